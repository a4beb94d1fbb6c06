// A decision knows the edits it was taken on (`digest:` in the decision):
// git merges a branch that changed an entry's edits with one that decided
// them without a conflict, and `edits: [1]` would then adopt whatever edit 1
// has become. check and build refuse such an entry (decide it again);
// `feedback edit` keeps a decision right on its own branch.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editsDigest } from '../src/core/feedback/decision.js';
import { parseEntry } from '../src/core/feedback/entry.js';
import { corpusWorkspace, redline, snapshot } from './helpers/cli.js';

const ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x', LC_ALL: 'C.UTF-8' };
const gitIn = (dir: string) => (...args: string[]) => execFileSync('git', ['--no-pager', ...args], { cwd: dir, env: ENV, encoding: 'utf8' });

const MINGMA = 'lawrefbook/samr_mingma_biaojia_2022.md';
const XUKE = 'lawrefbook/xingzheng_xuke_fa_2019.md';
// 第九条第二款 (一般应当 → 应当) and 第二十条第（三）项 removed.
const MINGMA_COMMENT = '建议将第九条第二款中的“一般应当”修改为“应当”，并删除第二十条第（三）项。';
// 第一条 (和 → 与) and 第二十六条第二款 removed.
const XUKE_COMMENT = '建议将第一条中的“规范行政许可的设定和实施”修改为“规范行政许可的设定与实施”，并删除第二十六条第二款。';

/** A workspace in git with one entry of two edits, committed on main. */
async function repository(file: string, name: string, comment: string) {
  const dir = await corpusWorkspace(file, name);
  const git = gitIn(dir);
  git('init', '-q', '-b', 'main');
  expect((await redline(dir, 'feedback', 'add', '--unit', '市人大', '--comment', comment)).code).toBe(0);
  git('add', '-A');
  git('commit', '-qm', 'entry');
  return { dir, git, entry: join(dir, `feedback/${name}/1.yaml`) };
}

/** Branch A runs `a`, branch B runs `b`, both from main; then main merges A and B (cleanly). */
async function mergeBranches(dir: string, a: string[], b: string[]) {
  const git = gitIn(dir);
  for (const [branch, args] of [['A', a], ['B', b]] as const) {
    git('checkout', '-q', '-b', branch, 'main');
    const result = await redline(dir, ...args);
    expect(result.code, result.stderr).toBe(0);
    git('commit', '-qam', branch);
  }
  git('checkout', '-q', 'main');
  git('merge', '-q', 'A', '-m', 'merge A');
  git('merge', '-q', 'B', '-m', 'merge B');
}

const lineOf = (path: string, start: string) => readFileSync(path, 'utf8').split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('a decision merged onto edits that changed', () => {
  it('is an error of check and build, which write nothing; deciding again mends it (明码标价规定)', async () => {
    const { dir, entry } = await repository(MINGMA, 'x', MINGMA_COMMENT);
    await mergeBranches(dir, ['feedback', 'edit', '1', '--remove', '1'], ['decide', '1', 'partial', '--edits', '1', '--reason', '第二十条第（三）项保留', '--by', '乙', '--date', '2026-01-05']);
    // The merge was clean: the decision names edit 1, which is now the removal its reason keeps out.
    expect(readFileSync(entry, 'utf8')).toMatch(/ {2}- op: remove-clause\n[^]*decision:\n {2}status: partial\n {2}edits: \[ 1 \]\n/u);
    const message = `feedback/x/1.yaml:${lineOf(entry, 'decision:')}:1: error: entry 1: its edits changed after it was decided (partial, edits 1: edit 1 is now remove-clause in c50; 1 edit(s) in all), likely in a git merge; decide it again: redline decide 1 partial --edits … --reason … (or redline decide 1 pending) [decision-changed]\n`;
    const before = snapshot(dir);
    const check = await redline(dir, 'check');
    expect(check.code).toBe(1);
    expect(check.stderr).toBe(`${message}check: 1 problem(s) in 1 draft(s), 1 entries, 1 edits\n`);
    const build = await redline(dir, 'build');
    expect(build.code).toBe(1);
    expect(build.stderr).toBe(`${message}build: 1 decision(s) taken on edits that have changed since; nothing written (decide them again)\n`);
    // Not even with --allow-unapplied: the decision itself is in doubt.
    expect((await redline(dir, 'build', '--allow-unapplied')).code).toBe(1);
    // Nor does a round close on it: the next round's draft would take in the edit no one decided.
    const round = await redline(dir, 'round', 'x', '--name', 'x2');
    expect(round.code).toBe(1);
    expect(round.stderr).toBe(`${message}round: 1 problem(s); nothing changed\n`);
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // feedback edit does not renumber or re-stamp a decision taken on other edits.
    const edit = await redline(dir, 'feedback', 'edit', '1', '--remove', '1');
    expect(edit.code).toBe(2);
    expect(edit.stderr).toBe(
      'redline: entry 1: its edits changed after it was decided (partial, edits 1: edit 1 is now remove-clause in c50; 1 edit(s) in all), likely in a git merge; decide it again first (redline decide 1 partial --edits … --reason …, or redline decide 1 pending), then edit it\n',
    );
    expect(snapshot(dir)).toEqual(before);
    // The clerk decides again, on the edit as it now stands.
    expect((await redline(dir, 'decide', '1', 'reject', '--reason', '第二十条第（三）项保留', '--by', '乙', '--date', '2026-01-06')).code).toBe(0);
    expect((await redline(dir, 'check')).code).toBe(0);
    expect((await redline(dir, 'fmt', '--check')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(readFileSync(join(dir, 'out/x.revised.md'), 'utf8')).toContain('其他虚假的或者使人误解的价格标示和价格促销行为');
  });

  it('catches an edit added to an adopted entry on another branch (行政许可法)', async () => {
    const { dir, entry } = await repository(XUKE, 'xk', XUKE_COMMENT);
    await mergeBranches(dir, ['feedback', 'edit', '1', '--op', 'delete', '--clause', 'c4', '--quote', '，保护公民、法人和其他组织的合法权益'], ['decide', '1', 'adopt', '--by', '甲', '--date', '2026-01-05']);
    const check = await redline(dir, 'check');
    expect(check.code).toBe(1);
    expect(check.stderr).toBe(
      `feedback/xk/1.yaml:${lineOf(entry, 'decision:')}:1: error: entry 1: its edits changed after it was decided (adopted; 3 edit(s) in all), likely in a git merge; decide it again: redline decide 1 adopt (or redline decide 1 pending) [decision-changed]\ncheck: 1 problem(s) in 1 draft(s), 1 entries, 3 edits\n`,
    );
    expect((await redline(dir, 'build')).code).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('feedback edit on a decided entry (its own branch)', () => {
  it('renumbers a partial decision, records the edits it now stands on, and stays canonical (行政许可法)', async () => {
    const { dir, entry } = await repository(XUKE, 'xk', XUKE_COMMENT);
    expect((await redline(dir, 'feedback', 'edit', '1', '--op', 'delete', '--clause', 'c4', '--quote', '，保护公民、法人和其他组织的合法权益')).code).toBe(0);
    expect((await redline(dir, 'decide', '1', 'partial', '--edits', '3', '--reason', '第一条、第二十六条不改', '--by', '甲', '--date', '2026-01-05')).code).toBe(0);
    const decided = parseEntry(readFileSync(entry, 'utf8'), 'e').entry!;
    expect(decided.decision.digest).toBe(editsDigest(decided.edits));
    const removed = await redline(dir, 'feedback', 'edit', '1', '--remove', '1');
    expect(removed.stdout).toBe('entry 1: removed edit 1 (replace in c4); 2 edit(s) left in feedback/xk/1.yaml\nthe partial decision now names edits 2\n');
    const after = parseEntry(readFileSync(entry, 'utf8'), 'e').entry!;
    expect(after.decision).toEqual({ status: 'partial', edits: [2], reason: '第一条、第二十六条不改', by: '甲', date: '2026-01-05', digest: editsDigest(after.edits) });
    expect(after.edits[1]).toEqual(decided.edits[2]);
    expect(readFileSync(entry, 'utf8')).toMatch(/\ndecision:\n {2}status: partial\n {2}edits: \[ 2 \]\n {2}reason: 第一条、第二十六条不改\n {2}by: 甲\n {2}date: 2026-01-05\n {2}digest: [0-9a-f]{8}\n$/u);
    expect((await redline(dir, 'check')).code).toBe(0);
    expect((await redline(dir, 'fmt', '--check')).code).toBe(0);
  });

  it('says so when it replaces an edit a partial decision adopts (明码标价规定)', async () => {
    const { dir } = await repository(MINGMA, 'x', MINGMA_COMMENT);
    expect((await redline(dir, 'decide', '1', 'partial', '--edits', '1', '--reason', '第二十条第（三）项保留', '--by', '乙', '--date', '2026-01-05')).code).toBe(0);
    const replaced = await redline(dir, 'feedback', 'edit', '1', '--replace', '1', '--op', 'replace', '--clause', 'c22', '--quote', '一般应当', '--text', '应当');
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toBe(
      'entry 1: replaced edit 1 with replace in c22 in feedback/x/1.yaml\nentry 1 is partially adopted with edit 1: the decision now adopts the new edit 1 (redline decide 1 partial --edits … to choose again)\n',
    );
    expect((await redline(dir, 'check')).code).toBe(0);
  });

  it('leaves entries decided before digests were written as they were read', async () => {
    const { dir, entry } = await repository(MINGMA, 'x', MINGMA_COMMENT);
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('  status: pending\n', '  status: partial\n  edits: [ 2 ]\n  reason: 保留第九条\n'));
    const check = await redline(dir, 'check');
    expect(check.code, check.stderr).toBe(0);
  });
});

describe('any sequence of feedback edit and decide on one entry', () => {
  // The edits a clerk can add to the 明码标价 entry: each applies, none overlaps another.
  const EXTRA = [
    ['--op', 'delete', '--clause', 'c33', '--quote', '最低成交价格'],
    ['--op', 'replace', '--clause', 'c35', '--quote', '临时显著提高', '--text', '临时提高'],
  ];
  type Step = { kind: 'add'; k: number } | { kind: 'remove'; n: number } | { kind: 'partial'; n: number } | { kind: 'adopt' } | { kind: 'pending' };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), k: fc.integer({ min: 0, max: EXTRA.length - 1 }) }),
    fc.record({ kind: fc.constant('remove' as const), n: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant('partial' as const), n: fc.integer({ min: 1, max: 4 }) }),
    fc.constant({ kind: 'adopt' as const }),
    fc.constant({ kind: 'pending' as const }),
  );

  it('never leaves a decision naming an edit other than the one decided, nor one check calls changed (明码标价规定)', async () => {
    const { dir, entry, git } = await repository(MINGMA, 'x', MINGMA_COMMENT);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        git('checkout', '-q', '--', '.');
        // The edits the decision adopted, as they were when decided.
        let adopted: unknown[] | undefined;
        for (const s of steps) {
          const args =
            s.kind === 'add'
              ? ['feedback', 'edit', '1', ...EXTRA[s.k]!]
              : s.kind === 'remove'
                ? ['feedback', 'edit', '1', '--remove', String(s.n)]
                : s.kind === 'partial'
                  ? ['decide', '1', 'partial', '--edits', String(s.n), '--reason', '理由']
                  : ['decide', '1', s.kind];
          const before = parseEntry(readFileSync(entry, 'utf8'), 'e').entry!;
          const result = await redline(dir, ...args);
          const now = parseEntry(readFileSync(entry, 'utf8'), 'e').entry!;
          if (result.code === 0 && s.kind === 'partial') adopted = [before.edits[s.n - 1]];
          if (result.code === 0 && (s.kind === 'adopt' || s.kind === 'pending')) adopted = undefined;
          if (now.decision.status === 'partial') expect(now.decision.edits!.map((n) => now.edits[n - 1])).toEqual(adopted);
          // (An edit added twice conflicts with itself: that is check's to say, but never of the decision.)
          expect((await redline(dir, 'check')).stderr).not.toContain('[decision-changed]');
        }
      }),
      { numRuns: 15 },
    );
  });
});
