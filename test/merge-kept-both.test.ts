// Two clerks change one entry on two branches; git conflicts, and the clerk
// "keeps both" by deleting the marker lines. What that leaves is never read
// as something else: an edit left under `unparsed:` and a key written twice
// are errors at their line, saying what they are and the likely cause.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../src/core/feedback/entry.js';
import { corpusWorkspace, redline, snapshot } from './helpers/cli.js';

const ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x', LC_ALL: 'C.UTF-8' };
const gitIn = (dir: string) => (...args: string[]) => execFileSync('git', ['--no-pager', ...args], { cwd: dir, env: ENV, encoding: 'utf8' });

/**
 * A workspace in git with entry 1 imported from a one-row table; branches E1
 * and E2 each run their command on it; main merges both and the clerk deletes
 * the marker lines of the conflict.
 */
async function keptBoth(file: string, name: string, row: string, e1: string[], e2: string[]) {
  const dir = await corpusWorkspace(file, name);
  const git = gitIn(dir);
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'c.csv'), `序号,单位,主要意见\n${row}\n`);
  expect((await redline(dir, 'feedback', 'import', 'c.csv')).code).toBe(0);
  git('add', '-A');
  git('commit', '-qm', 'entry');
  for (const [branch, args] of [['E1', e1], ['E2', e2]] as const) {
    git('checkout', '-q', '-b', branch, 'main');
    const result = await redline(dir, ...args);
    expect(result.code, result.stderr).toBe(0);
    git('commit', '-qam', branch);
  }
  git('checkout', '-q', 'main');
  git('merge', '-q', 'E1');
  expect(() => git('merge', '-q', 'E2')).toThrow();
  const path = join(dir, `feedback/${name}/1.yaml`);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^(?:<{7}|={7}|>{7}).*\n/gmu, ''));
  return { dir, path, text: readFileSync(path, 'utf8') };
}

const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

/** check (1), fmt --check and feedback list (2) all give the one problem, and change nothing. */
async function refusedEverywhere(dir: string, message: string) {
  const before = snapshot(dir);
  const check = await redline(dir, 'check');
  expect(check.code).toBe(1);
  expect(check.stderr).toBe(`${message}check: 1 problem(s) in 1 draft(s), 0 entries, 0 edits; 1 entry file could not be read\n`);
  for (const args of [['fmt', '--check'], ['fmt'], ['feedback', 'list'], ['build']]) {
    const result = await redline(dir, ...args);
    expect(result.code, args.join(' ')).toBe(2);
    expect(result.stderr, args.join(' ')).toBe(message);
  }
  expect(snapshot(dir)).toEqual(before);
}

describe('both sides of an entry kept after a conflict', () => {
  it('an edit left under unparsed: is an error at its line (明码标价规定)', async () => {
    const { dir, text } = await keptBoth(
      'lawrefbook/samr_mingma_biaojia_2022.md',
      'x',
      '1,李四,第十六条“最低成交价格”如何认定？',
      ['feedback', 'edit', '1', '--op', 'replace', '--clause', 'c35', '--quote', '临时显著提高', '--text', '临时提高'],
      ['feedback', 'edit', '1', '--op', 'insert', '--clause', 'c33', '--quote', '最低成交价格', '--position', 'before', '--text', '实际'],
    );
    expect(text).toMatch(/\nunparsed:\n {2}- .*\n {2}- op: insert\n/u);
    await refusedEverywhere(
      dir,
      `feedback/x/1.yaml:${lineOf(text, '  - op: insert')}:5: error: an edit (insert in c33) under "unparsed", where no edit belongs: move it under "edits" (likely a merge conflict resolved by keeping both sides) [entry]\n`,
    );
  });

  it('the same on 行政许可法, and a note or a list under unparsed: is no sentence either', async () => {
    const { dir, path, text } = await keptBoth(
      'lawrefbook/xingzheng_xuke_fa_2019.md',
      'xk',
      '1,司法部,第十二条第（二）项“有限自然资源开发利用”如何界定？',
      ['feedback', 'edit', '1', '--op', 'replace', '--clause', 'c4', '--quote', '设定和实施', '--text', '设定与实施'],
      ['feedback', 'edit', '1', '--op', 'insert', '--clause', 'c23', '--quote', '有限自然资源开发利用', '--position', 'before', '--text', '重要的'],
    );
    await refusedEverywhere(
      dir,
      `feedback/xk/1.yaml:${lineOf(text, '  - op: insert')}:5: error: an edit (insert in c23) under "unparsed", where no edit belongs: move it under "edits" (likely a merge conflict resolved by keeping both sides) [entry]\n`,
    );
    // Under notes: too (where the sentence is no note either).
    const underNotes = text.replace('\nunparsed:\n', '\nnotes:\n');
    expect(parseEntry(underNotes, 'e.yaml').problems.map((p) => `${p.line}:${p.column}: ${p.reason}`)).toEqual([
      `${lineOf(underNotes, 'notes:') + 1}:5: a note is a mapping: column, text`,
      `${lineOf(underNotes, '  - op: insert')}:5: an edit (insert in c23) under "notes", where no edit belongs: move it under "edits" (likely a merge conflict resolved by keeping both sides)`,
    ]);
    // A mapping or a list where a sentence belongs.
    const note = text.slice(0, text.indexOf('\nunparsed:\n')) + '\nunparsed:\n  - column: 备注\n    text: 已电话沟通\n  - [a, b]\n' + text.slice(text.indexOf('\nfrom:'));
    expect(parseEntry(note, 'e.yaml').problems.map((p) => `${p.line}:${p.column}: ${p.reason}`)).toEqual([
      `${lineOf(note, '  - column: 备注')}:5: each of unparsed is a sentence (text), not a mapping or a list`,
      `${lineOf(note, '  - [a, b]')}:5: each of unparsed is a sentence (text), not a mapping or a list`,
    ]);
    writeFileSync(path, note);
    expect((await redline(dir, 'check')).code).toBe(1);
  });

  it('two decisions kept say which key is written twice, where, and why (明码标价规定)', async () => {
    const { dir, text } = await keptBoth(
      'lawrefbook/samr_mingma_biaojia_2022.md',
      'x',
      '1,市税务局,第八条，建议在“收取任何未予标明的费用”前增加“以任何名义”。',
      ['decide', '1', 'adopt', '--by', '甲', '--date', '2026-01-05'],
      ['decide', '1', 'reject', '--by', '乙', '--date', '2026-01-06', '--reason', '表述已足够明确'],
    );
    const [status1, status2] = [lineOf(text, '  status: adopted'), lineOf(text, '  status: rejected')];
    const [by1, by2] = [lineOf(text, '  by: 甲'), lineOf(text, '  by: 乙')];
    const [date1, date2] = [lineOf(text, '  date: 2026-01-05'), lineOf(text, '  date: 2026-01-06')];
    const kept = ': keep one; likely a merge conflict resolved by keeping both sides [yaml]\n';
    const message = [
      `feedback/x/1.yaml:${status2}:3: error: "status" of "decision" is written twice (lines ${status1} and ${status2})${kept}`,
      `feedback/x/1.yaml:${by2}:3: error: "by" of "decision" is written twice (lines ${by1} and ${by2})${kept}`,
      `feedback/x/1.yaml:${date2}:3: error: "date" of "decision" is written twice (lines ${date1} and ${date2})${kept}`,
    ];
    const check = await redline(dir, 'check');
    expect(check.code).toBe(1);
    expect(check.stderr.split('\n').filter((l) => l.includes('written twice'))).toEqual(message.map((m) => m.trimEnd()));
    const listed = await redline(dir, 'feedback', 'list');
    expect(listed.code).toBe(2);
  });
});

describe('an edit outside edits', () => {
  it('is an error at its line, wherever among sentences or notes it stands, and the entry is not read', () => {
    const sentence = fc.stringMatching(/^[一-龥，。]{1,12}$/u);
    const edit = fc.record({ op: fc.constantFrom('replace', 'delete', 'insert', 'remove-clause', 'add-units'), clause: fc.stringMatching(/^c[1-9][0-9]{0,2}$/u), quote: sentence });
    fc.assert(
      fc.property(fc.constantFrom('unparsed', 'notes'), fc.array(sentence, { maxLength: 4 }), fc.nat(), edit, (key, sentences, at, stray) => {
        const items = sentences.map((t) => (key === 'notes' ? `  - column: 备注\n    text: ${t}\n` : `  - ${t}\n`));
        const where = at % (items.length + 1);
        items.splice(where, 0, `  - op: ${stray.op}\n    clause: ${stray.clause}\n    quote: ${stray.quote}\n`);
        const text = `id: "1"\nunit: 某局\ncomment: 意见\nedits:\n  - op: append\n    clause: c4\n    text: 和\n${key}:\n${items.join('')}decision:\n  status: pending\n`;
        const parsed = parseEntry(text, 'e.yaml');
        expect(parsed.entry).toBeUndefined();
        expect(parsed.problems.map((p) => `${p.line}:${p.column}: ${p.reason}`)).toEqual([
          `${lineOf(text, `  - op: ${stray.op}`)}:5: an edit (${stray.op} in ${stray.clause}) under "${key}", where no edit belongs: move it under "edits" (likely a merge conflict resolved by keeping both sides)`,
        ]);
      }),
    );
  });
});
