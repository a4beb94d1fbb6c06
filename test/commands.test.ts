// Each command is a typed function (options, io) → exit status, callable
// without commander: these tests call them directly on real workspaces.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { buildCommand } from '../src/cli/commands/build.js';
import { checkCommand } from '../src/cli/commands/check.js';
import { clausesCommand } from '../src/cli/commands/clauses.js';
import { decideCommand } from '../src/cli/commands/decide.js';
import { diffCommand } from '../src/cli/commands/diff.js';
import { feedbackListCommand } from '../src/cli/commands/feedback/list.js';
import { fmtCommand } from '../src/cli/commands/fmt.js';
import { gitTextconvCommand } from '../src/cli/commands/git-textconv.js';
import { importCommand } from '../src/cli/commands/import.js';
import { initCommand } from '../src/cli/commands/init.js';
import { statusCommand } from '../src/cli/commands/status.js';
import type { Io } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import { UsageError } from '../src/cli/report.js';
import { CORPUS, seedWorkspace, snapshot, tempDir } from './helpers/cli.js';

/** An Io that keeps what a command prints. */
function capture(cwd: string): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: Io = { cwd, env: { NO_COLOR: '1' }, stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false };
  return { io, out: () => out, err: () => err };
}

/** A new workspace with one law of the corpus imported as `name`, through the command functions. */
async function lawWorkspace(file: string, name: string): Promise<string> {
  const { dir, out } = await imported(file, name);
  expect(out).toMatch(new RegExp(`^imported \\d+ clauses \\(\\d+ numbered\\) from .*${file.split('/').pop()} \\(utf-8\\) into drafts/${name}\\.md\\n(?:left out \\d+ HTML comments? \\(markup, not text\\): .*:\\d+(?:, \\d+)*\\n)?$`, 'u'));
  return dir;
}

/** A corpus file imported into a new workspace as `name`: the workspace, what import printed, the file's path. */
async function imported(file: string, name: string): Promise<{ dir: string; out: string; path: string }> {
  const dir = tempDir();
  expect(await initCommand({ dir: '.' }, capture(dir).io)).toBe(0);
  const { io, out } = capture(dir);
  const path = join(CORPUS, file);
  expect(await importCommand({ file: path, name }, io)).toBe(0);
  return { dir, out: out(), path };
}

describe('commands as functions', () => {
  it('import leaves out a Markdown source\'s HTML comments and names their lines (a lawrefbook page and the Legislation Law)', async () => {
    for (const [file, clauses, numbered] of [
      ['lawrefbook/samr_mingma_biaojia_2022.md', 62, 41],
      ['lawrefbook/lifa_fa_2015.md', 242, 157],
    ] as const) {
      const { dir, out, path } = await imported(file, 'law');
      expect(out).toBe(`imported ${clauses} clauses (${numbered} numbered) from ${path} (utf-8) into drafts/law.md\nleft out 1 HTML comment (markup, not text): ${path}:7\n`);
      expect(readFileSync(join(dir, 'drafts/law.md'), 'utf8')).not.toContain('INFO END');
    }
  });

  it('import leaves out a bill’s print marks and names their lines (H.R. 1000, S. 2245)', async () => {
    for (const [file, clauses, lines] of [
      ['us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 357, '1, 2, 395'],
      ['us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', 76, '1'],
    ] as const) {
      const { dir, out, path } = await imported(file, 'bill');
      const count = lines.split(', ').length;
      expect(out.split('\n').slice(0, 2)).toEqual([
        expect.stringMatching(new RegExp(`^imported ${clauses} clauses \\(\\d+ numbered\\) from `, 'u')),
        `left out ${count} print mark${count === 1 ? '' : 's'} (the printer's, not the bill's text): ${path}:${lines}`,
      ]);
      expect(readFileSync(join(dir, 'drafts/bill.md'), 'utf8')).toMatch(/^<!-- #c1 -->\n116th CONGRESS$/mu);
    }
  });

  it('init makes a workspace, and says so when there is one already', async () => {
    const dir = tempDir();
    const first = capture(dir);
    expect(await initCommand({ dir: 'consultation' }, first.io)).toBe(0);
    expect(first.out()).toBe('created a redline workspace in consultation\nnext: redline import <draft file>\n');
    expect(readFileSync(join(dir, 'consultation/redline.yaml'), 'utf8')).toMatch(/^out: out$/mu);
    const again = capture(dir);
    expect(await initCommand({ dir: 'consultation' }, again.io)).toBe(0);
    expect(again.out()).toBe('consultation/redline.yaml already exists: this is a workspace already; nothing changed\n');
  });

  it('status gives the seed as JSON, the window judged on the date given', async () => {
    const dir = await seedWorkspace();
    const { io, out, err } = capture(dir);
    expect(await statusCommand({ format: 'json', today: '2018-01-10' }, io)).toBe(0);
    expect(err()).toBe('');
    const [seed] = JSON.parse(out()) as Array<Record<string, unknown>>;
    expect(seed).toEqual({
      draft: 'seed',
      entries: 6,
      byStatus: { pending: 5, adopted: 0, partial: 1, rejected: 0 },
      byUnit: expect.any(Object),
      stale: 0,
      window: { from: '2018-01-08', to: '2018-01-15', open: true },
    });
  });

  it('clauses lists two laws of the corpus, as text and as JSON', async () => {
    for (const [file, name, first] of [
      ['lawrefbook/lifa_fa_2015.md', 'lifa', '第一条'],
      ['lawrefbook/nianjie_fangjia_banfa_2024.md', 'nianjie', '第一条'],
    ] as const) {
      const dir = await lawWorkspace(file, name);
      const json = capture(dir);
      expect(await clausesCommand({ json: true }, json.io)).toBe(0);
      const clauses = JSON.parse(json.out()) as Array<{ id: string; number: string }>;
      expect(clauses.find((c) => c.number === first)?.id).toMatch(/^c\d+$/u);
      const text = capture(dir);
      expect(await clausesCommand({ draft: name }, text.io)).toBe(0);
      expect(text.out().split('\n').length).toBeGreaterThanOrEqual(clauses.length);
      expect(text.out()).toMatch(new RegExp(`^c\\d+ +(  )*${first} `, 'mu'));
    }
  });

  it('build --check exits 1 and names the outputs until a build writes them; check and fmt --check pass', async () => {
    const dir = await seedWorkspace();
    const before = capture(dir);
    expect(await buildCommand({ check: true }, before.io)).toBe(1);
    expect(before.out()).toMatch(/^out\/seed\.revised\.md is missing: a build would write it$/mu);
    const built = capture(dir);
    expect(await buildCommand({}, built.io)).toBe(0);
    expect(built.out()).toMatch(/^wrote out\/seed\.revised\.md$/mu);
    expect(existsSync(join(dir, 'out/seed.revised.md'))).toBe(true);
    const after = capture(dir);
    expect(await buildCommand({ check: true }, after.io)).toBe(0);
    expect(after.out()).toBe('');
    const checked = capture(dir);
    expect(await checkCommand({}, checked.io)).toBe(0);
    expect(checked.out()).toMatch(/^check: ok \(1 draft\(s\), 6 entries, \d+ edits/u);
    const formatted = capture(dir);
    expect(await fmtCommand({ check: true }, formatted.io)).toBe(0);
    expect(formatted.out()).toBe('');
  });

  it('decide refuses a rejection without a reason by throwing a UsageError, and changes no file', async () => {
    const dir = await seedWorkspace();
    const files = snapshot(dir);
    await expect(decideCommand({ entries: ['3'], decision: 'reject' }, capture(dir).io)).rejects.toThrow(new UsageError('a rejected decision needs a reason (--reason)'));
    expect(snapshot(dir)).toEqual(files);
    const decided = capture(dir);
    expect(await decideCommand({ entries: ['3'], decision: 'reject', reason: '以市下达指标为准', by: '办公室', date: '2018-02-01' }, decided.io)).toBe(0);
    expect(decided.out()).toMatch(/^entry 3: rejected — 以市下达指标为准 \(replaces: /u);
    const listed = capture(dir);
    expect(await feedbackListCommand({ json: true }, listed.io)).toBe(0);
    const entry = (JSON.parse(listed.out()) as Array<{ id: string; decision: unknown }>).find((e) => e.id === '3');
    // (With the digest of the edits it was taken on: decision-digest.test.ts.)
    expect(entry?.decision).toEqual({ status: 'rejected', reason: '以市下达指标为准', by: '办公室', date: '2018-02-01', digest: expect.stringMatching(/^[0-9a-f]{8}$/u) });
  });

  it('diff compares two versions of two laws of the corpus, as JSON, and says how it aligned them', async () => {
    const dir = tempDir();
    const cases = [
      ['lifa_fa_2015.md', 'lifa_fa_2023.md', { id: '-L459', change: 'removed', before: '有关的专门委员会和常务委员会工作机构可以对报送备案的规范性文件进行主动审查。' }],
      ['nianjie_fangjia_banfa_2013.md', 'nianjie_fangjia_banfa_2024.md', { id: '+L21', change: 'added', newNumber: '（二）', after: '（二）春节，放假4天（农历除夕、正月初一至初三）；' }],
    ] as const;
    for (const [old, next, expected] of cases) {
      const { io, out, err } = capture(dir);
      expect(await diffCommand({ old: join(CORPUS, 'lawrefbook', old), new: join(CORPUS, 'lawrefbook', next), format: 'json' }, io)).toBe(0);
      expect(JSON.parse(out())).toContainEqual(expected);
      expect(err()).toMatch(/^redline: note: .* clause\(s\) without IDs .*: clauses matched by text \(\d+\) and by number and similarity \(\d+\) instead of by ID/u);
    }
  });

  it('git-textconv prints a draft one line per clause', async () => {
    const dir = await lawWorkspace('lawrefbook/lifa_fa_2015.md', 'lifa');
    const { io, out } = capture(dir);
    expect(await gitTextconvCommand({ file: join(dir, 'drafts/lifa.md') }, io)).toBe(0);
    expect(out()).toMatch(/^\[c\d+\] 第一条 /mu);
    expect(out()).toMatch(/^\[c\d+\] 第一百零五条 本法自2000年7月1日起施行。$/mu);
  });

  it('--version alone is answered without the command line; with a command, commander answers as before', async () => {
    for (const flag of ['--version', '-V']) {
      const { io, out } = capture(tempDir());
      expect(await run([flag], io)).toBe(0);
      expect(out()).toBe(`${packageJson.version}\n`);
    }
    const { io, out, err } = capture(tempDir());
    expect(await run(['status', '--bogus'], io)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toBe("error: unknown option '--bogus'\n(run with --help for usage)\n");
  });
});
