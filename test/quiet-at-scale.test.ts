// Quiet at scale (issue 17): a build or check with hundreds of problems prints
// the first ten and a count by kind; --verbose lists them all, --report writes
// them all to a file; the exit status is the same in every mode. The problems
// are real: comments written against an earlier version of a statute, on the
// later version as the draft, quote words that are no longer there.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { problem } from '../src/core/problem.js';
import { listProblems, problemLines, SHOWN_BEFORE_SUMMARY, SUMMARY_AFTER } from '../src/cli/report.js';
import { run } from '../src/cli/main.js';
import { corpusWorkspace, redline, snapshot, tempDir } from './helpers/cli.js';

interface ClauseJson {
  id: string;
  number: string;
  text: string;
}

const articles = (clauses: ClauseJson[]) => clauses.filter((c) => /^第.+条$/u.test(c.number));

/**
 * The later version of a statute as the draft "law", with one entry per article
 * of the earlier version: it replaces the article's first eight characters as
 * the earlier version had them, in the article of the same number now.
 * `decision` gives each entry's decision block (1-based entry number).
 */
async function laterVersionWorkspace(earlier: string, later: string, decision: (n: number) => string): Promise<string> {
  const old = await corpusWorkspace(earlier, 'law');
  const dir = await corpusWorkspace(later, 'law');
  const before = articles(JSON.parse((await redline(old, 'clauses', '--json')).stdout) as ClauseJson[]);
  const now = new Map(articles(JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as ClauseJson[]).map((c) => [c.number, c]));
  mkdirSync(join(dir, 'feedback/law'), { recursive: true });
  let n = 0;
  for (const article of before) {
    const target = now.get(article.number);
    if (!target) continue;
    n++;
    const quote = article.text.slice(0, 8);
    const edit = `  - op: replace\n    clause: ${target.id}\n    quote: ${JSON.stringify(quote)}\n    text: ${JSON.stringify(`${quote}（修改）`)}\n`;
    writeFileSync(join(dir, `feedback/law/${n}.yaml`), `id: "${n}"\nunit: 单位${n % 7}\ncomment: 建议修改${article.number}\nedits:\n${edit}decision:\n${decision(n)}`);
  }
  return dir;
}

const adopted = () => '  status: adopted\n';
/** Most adopted; some pending, some partial without their edits, some rejected without a reason. */
const mixed = (n: number) =>
  n % 10 === 0 ? '  status: rejected\n' : n % 10 === 5 ? '  status: partial\n  reason: 部分采纳\n' : n % 3 === 0 ? '  status: pending\n' : '  status: adopted\n';

/** The problem lines of a command's stderr (everything before its closing line), and the closing line. */
function split(stderr: string): { lines: string[]; last: string } {
  const all = stderr.trimEnd().split('\n');
  return { lines: all.slice(0, -1), last: all.at(-1)! };
}

/** How many lines end in each [rule]. */
function byRule(lines: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines) {
    const rule = /\[([a-z-]+)\]$/u.exec(line)?.[1] ?? '?';
    counts[rule] = (counts[rule] ?? 0) + 1;
  }
  return counts;
}

const firstTen = (text: string) => text.split('\n').slice(0, SHOWN_BEFORE_SUMMARY).map((l) => `${l}\n`).join('');
const UNAPPLIED = (n: number, nothing = 'nothing') =>
  `build: ${n} adopted edit(s) cannot be applied; ${nothing} written (fix them, or pass --allow-unapplied to publish with them listed)\n`;

describe('build with hundreds of adopted edits that no longer apply (公司法: comments on the 2018 law, the 2023 law as the draft)', () => {
  let dir: string;
  let verbose: { code: number; stderr: string };
  let all: string;
  beforeAll(async () => {
    dir = await laterVersionWorkspace('lawrefbook/gongsi_fa_2018.md', 'lawrefbook/gongsi_fa_2023.md', adopted);
    verbose = await redline(dir, 'build', '--verbose');
    all = verbose.stderr.slice(0, verbose.stderr.lastIndexOf('build: '));
  });

  it('--verbose lists every problem, as a build always did', () => {
    expect(verbose.code).toBe(1);
    const { lines, last } = split(verbose.stderr);
    expect(lines.length).toBe(216);
    expect(byRule(lines)).toEqual({ stale: 216 });
    expect(lines[0]).toBe('feedback/law/2.yaml:5:1: error: adopted but not applied: entry 2, edit 1 (c10, 第二条): “本法所称公司是指” is not in c10 [stale]');
    expect(`${last}\n`).toBe(UNAPPLIED(216));
  });

  it('prints the first ten in full, then how many more and of which kind, and how to see them all', async () => {
    const before = snapshot(dir);
    const result = await redline(dir, 'build');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${firstTen(all)}… and 206 more: 216 problems in all (216 errors), by kind:\n` +
        '  216 edits whose quote is not in their clause [stale]\n' +
        'run with --verbose to list them all, or --report <file> to write them to a file\n' +
        UNAPPLIED(216),
    );
    expect(result.stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  it('--report writes every problem, one per line exactly as --verbose prints them, and nothing else', async () => {
    const before = snapshot(dir);
    const result = await redline(dir, 'build', '--report', 'reports/build.txt');
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, 'reports/build.txt'), 'utf8')).toBe(all);
    expect(result.stderr).toBe(
      `${firstTen(all)}… and 206 more: 216 problems in all (216 errors), by kind:\n` +
        '  216 edits whose quote is not in their clause [stale]\n' +
        'run with --verbose to list them all here\n' +
        'wrote reports/build.txt: 216 problem(s), one per line\n' +
        UNAPPLIED(216, 'no output'),
    );
    // snapshot() reads bytes as latin1.
    expect(snapshot(dir)).toEqual({ ...before, 'reports/build.txt': Buffer.from(all).toString('latin1') });
  });

  it('with --allow-unapplied the same problems are warnings, and every mode exits 0 and writes the same outputs', async () => {
    const results = [];
    for (const mode of [[], ['--verbose'], ['--report', 'reports/allowed.txt']]) {
      const result = await redline(dir, 'build', '--allow-unapplied', ...mode);
      results.push({ code: result.code, revised: readFileSync(join(dir, 'out/law.revised.md'), 'utf8'), table: readFileSync(join(dir, 'out/law.feedback.md'), 'utf8') });
      if (mode.length === 0) {
        expect(result.stderr.split('\n').slice(SHOWN_BEFORE_SUMMARY).join('\n')).toBe(
          '… and 206 more: 216 problems in all (216 warnings), by kind:\n' +
            '  216 edits whose quote is not in their clause [stale], warnings\n' +
            'run with --verbose to list them all, or --report <file> to write them to a file\n',
        );
      }
    }
    expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(new Set(results.map((r) => r.revised + r.table)).size).toBe(1);
    expect(readFileSync(join(dir, 'reports/allowed.txt'), 'utf8')).toBe(all.replaceAll(': error: adopted', ': warning: adopted'));
  });

  it('refuses a --report that cannot or should not be written: exit 2, a clear message, no file changed', async () => {
    writeFileSync(join(dir, 'notes.txt'), '会议记录\n');
    const cases: Array<[string[], string]> = [
      [['--report', 'feedback/law/report.yaml'], 'redline: --report feedback/law/report.yaml: redline reads redline.yaml, drafts/ and feedback/; write the report elsewhere; no file was changed\n'],
      [['--report', 'drafts/report.txt'], 'redline: --report drafts/report.txt: redline reads redline.yaml, drafts/ and feedback/; write the report elsewhere; no file was changed\n'],
      [['--report', 'notes.txt/report.txt'], 'redline: --report notes.txt/report.txt: notes.txt is a file, not a folder; choose another place; no file was changed\n'],
      [['--report', 'reports'], 'redline: --report reports is a folder; name a file in it; no file was changed\n'],
      [['--allow-unapplied', '--report', 'out/law.revised.md'], 'redline: --report out/law.revised.md is one of the outputs; write the report elsewhere; no file was changed\n'],
    ];
    for (const [args, message] of cases) {
      const before = snapshot(dir);
      const result = await redline(dir, 'build', ...args);
      expect({ code: result.code, stderr: result.stderr, stdout: result.stdout }).toEqual({ code: 2, stderr: message, stdout: '' });
      expect(snapshot(dir)).toEqual(before);
    }
  });

  it('at twenty problems or fewer prints them all as before; at twenty-one it summarises', async () => {
    // Entries 1 and 3 apply: entries 1–22 leave twenty stale edits, entry 23 makes twenty-one.
    const small = tempDir();
    cpSync(dir, small, { recursive: true });
    for (let n = 24; n <= 218; n++) rmSync(join(small, `feedback/law/${n}.yaml`));
    const entry23 = readFileSync(join(small, 'feedback/law/23.yaml'), 'utf8');
    rmSync(join(small, 'feedback/law/23.yaml'));
    const twenty = await redline(small, 'build');
    expect(twenty.code).toBe(1);
    expect(twenty.stderr).toBe(`${all.split('\n').slice(0, SUMMARY_AFTER).join('\n')}\n${UNAPPLIED(20)}`);
    expect(await redline(small, 'build', '--verbose')).toEqual(twenty);
    writeFileSync(join(small, 'feedback/law/23.yaml'), entry23);
    const twentyOne = await redline(small, 'build');
    expect(twentyOne.code).toBe(1);
    expect(twentyOne.stderr).toBe(
      `${firstTen(all)}… and 11 more: 21 problems in all (21 errors), by kind:\n` +
        '  21 edits whose quote is not in their clause [stale]\n' +
        'run with --verbose to list them all, or --report <file> to write them to a file\n' +
        UNAPPLIED(21),
    );
  });
});

describe('check with hundreds of problems (民事诉讼法: comments on the 2021 law, the 2023 law as the draft, decisions half done)', () => {
  let dir: string;
  let verbose: { code: number; stderr: string };
  let all: string;
  const closing = 'check: 222 problem(s) in 1 draft(s), 291 entries, 291 edits\n';
  const kinds =
    '… and 212 more: 222 problems in all (222 errors), by kind:\n' +
    '  85 edits whose quote is not in their clause [stale]\n' +
    '  78 entries not decided yet [pending]\n' +
    '  29 partial adoptions that do not name their edits [partial-edits]\n' +
    '  29 decisions without their reason [reason]\n' +
    '   1 edit whose quote occurs more than once in its clause [ambiguous]\n';
  beforeAll(async () => {
    dir = await laterVersionWorkspace('lawrefbook/minshi_susong_fa_2021.md', 'lawrefbook/minshi_susong_fa_2023.md', mixed);
    verbose = await redline(dir, 'check', '--final', '--verbose');
    all = verbose.stderr.slice(0, verbose.stderr.lastIndexOf('check: '));
  });

  it('--verbose lists all 222, and the summary counts each kind as the full list does', () => {
    expect(verbose.code).toBe(1);
    const { lines, last } = split(verbose.stderr);
    expect(byRule(lines)).toEqual({ stale: 85, pending: 78, 'partial-edits': 29, reason: 29, ambiguous: 1 });
    expect(lines[0]).toBe('feedback/law/3.yaml:9:1: error: entry 3 is not decided yet [pending]');
    expect(`${last}\n`).toBe(closing);
  });

  it('prints the first ten and the count by kind; --report writes all 222 exactly; the exit status is the same', async () => {
    const quiet = await redline(dir, 'check', '--final');
    expect(quiet).toEqual({ code: 1, stdout: '', stderr: `${firstTen(all)}${kinds}run with --verbose to list them all, or --report <file> to write them to a file\n${closing}` });
    const reported = await redline(dir, 'check', '--final', '--report', 'check-report.txt');
    expect(reported).toEqual({ code: 1, stdout: '', stderr: `${firstTen(all)}${kinds}run with --verbose to list them all here\nwrote check-report.txt: 222 problem(s), one per line\n${closing}` });
    expect(readFileSync(join(dir, 'check-report.txt'), 'utf8')).toBe(all);
    const both = await redline(dir, 'check', '--final', '--verbose', '--report', 'check-report.txt');
    expect(both).toEqual({ code: 1, stdout: '', stderr: `${all}wrote check-report.txt: 222 problem(s), one per line\n${closing}` });
  });

  it('says which problems are warnings, and exits 1 for the errors among them in every mode', async () => {
    const modes = [];
    for (const mode of [[], ['--verbose'], ['--report', 'warnings.txt']]) modes.push(await redline(dir, 'check', ...mode));
    expect(modes.map((r) => r.code)).toEqual([1, 1, 1]);
    expect(modes[0]!.stderr.split('\n').slice(SHOWN_BEFORE_SUMMARY).join('\n')).toBe(
      '… and 134 more: 144 problems in all (115 errors, 29 warnings), by kind:\n' +
        '  85 edits whose quote is not in their clause [stale]\n' +
        '  29 partial adoptions that do not name their edits [partial-edits], warnings\n' +
        '  29 decisions without their reason [reason]\n' +
        '   1 edit whose quote occurs more than once in its clause [ambiguous]\n' +
        'run with --verbose to list them all, or --report <file> to write them to a file\n' +
        'check: 115 problem(s), 29 warning(s) in 1 draft(s), 291 entries, 291 edits\n',
    );
    expect(readFileSync(join(dir, 'warnings.txt'), 'utf8')).toBe(modes[1]!.stderr.slice(0, modes[1]!.stderr.lastIndexOf('check: ')));
  });

  it('under GitHub Actions annotates the first ten and says how many were left off; --verbose annotates all', async () => {
    const underActions = async (...args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await run(args, { cwd: dir, env: { NO_COLOR: '1', GITHUB_ACTIONS: 'true' }, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
      return { code, stdout, stderr };
    };
    const quiet = await underActions('check', '--final');
    expect(quiet.code).toBe(1);
    const annotations = quiet.stdout.trimEnd().split('\n');
    expect(annotations.length).toBe(SHOWN_BEFORE_SUMMARY);
    expect(annotations[0]).toBe('::error file=feedback/law/3.yaml,line=9,col=1::entry 3 is not decided yet');
    expect(quiet.stderr).toBe(`${firstTen(all)}${kinds}GitHub annotations for the first 10 only; 212 left off\nrun with --verbose to list them all, or --report <file> to write them to a file\n${closing}`);
    const loud = await underActions('check', '--final', '--verbose');
    expect(loud.code).toBe(1);
    expect(loud.stdout.trimEnd().split('\n').length).toBe(222);
    expect(loud.stdout.startsWith(quiet.stdout)).toBe(true);
  });

  it('build on the same statute summarises its own problems alike', async () => {
    const result = await redline(dir, 'build');
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').slice(SHOWN_BEFORE_SUMMARY).join('\n')).toBe(
      // The partial decisions imported without their edits apply none: warned of, as check does.
      '… and 71 more: 81 problems in all (52 errors, 29 warnings), by kind:\n' +
        '  51 edits whose quote is not in their clause [stale]\n' +
        '  29 partial adoptions that do not name their edits [partial-edits], warnings\n' +
        '   1 edit whose quote occurs more than once in its clause [ambiguous]\n' +
        'run with --verbose to list them all, or --report <file> to write them to a file\n' +
        UNAPPLIED(52),
    );
    expect(split((await redline(dir, 'build', '--verbose')).stderr).lines.length).toBe(81);
  });
});

describe('listing problems, on any list', () => {
  const anyProblem = fc.record({
    rule: fc.constantFrom('stale', 'ambiguous', 'conflict', 'reason', 'pending', 'yaml', undefined),
    warning: fc.boolean(),
    line: fc.integer({ min: 1, max: 999 }),
  });

  it('prints every problem up to the threshold or with --verbose, else the first few and counts that add up to all', () => {
    fc.assert(
      fc.property(fc.array(anyProblem, { maxLength: 3 * SUMMARY_AFTER }), fc.boolean(), (given, verbose) => {
        const problems = given.map((p, i) => problem(`问题${i}`, { file: 'feedback/law/1.yaml', line: p.line, ...(p.rule ? { rule: p.rule } : {}), warning: p.warning }));
        let stderr = '';
        listProblems({ cwd: '.', env: {}, stdout: () => {}, stderr: (s) => (stderr += s), isTTY: false }, problems, { verbose });
        if (verbose || problems.length <= SUMMARY_AFTER) {
          expect(stderr).toBe(problemLines(problems));
          return;
        }
        expect(stderr.startsWith(problemLines(problems.slice(0, SHOWN_BEFORE_SUMMARY)))).toBe(true);
        const summary = stderr.slice(problemLines(problems.slice(0, SHOWN_BEFORE_SUMMARY)).length).split('\n');
        expect(summary[0]).toMatch(new RegExp(`^… and ${problems.length - SHOWN_BEFORE_SUMMARY} more: ${problems.length} problems in all \\(`, 'u'));
        const counts = summary.slice(1).flatMap((line) => /^ +(\d+) /u.exec(line)?.[1] ?? []).map(Number);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(problems.length);
        expect(counts.length).toBe(new Set(given.map((p) => p.rule)).size);
      }),
    );
  });
});
