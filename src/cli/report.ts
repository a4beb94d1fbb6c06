// One reporter for every problem: "file:line:col: error message [rule]" for
// people, "::error file=…" annotations under GitHub Actions. A build or check
// with hundreds of problems prints the first few and a count by kind: a clerk
// reads a summary, and the full list goes to a file or to --verbose.
import type { Problem } from '../core/problem.js';
import { reasonWithHint } from './hints.js';
import type { Io } from './io.js';
import { safeText } from './terminal-text.js';

/** A problem with how the command was called or with its input: exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function formatProblem(problem: Problem, cwdRelative: (file: string) => string = (f) => f): string {
  const file = problem.file ? safeText(cwdRelative(problem.file)) : 'redline';
  const place = problem.line ? `:${problem.line}:${problem.column ?? 1}` : '';
  const severity = problem.fatal === false ? 'warning' : 'error';
  const rule = problem.ruleId ? ` [${problem.ruleId}]` : '';
  return `${file}${place}: ${severity}: ${safeText(reasonWithHint(problem))}${rule}`;
}

export interface ReportOptions {
  relative?: (file: string) => string;
  /** Also print GitHub Actions annotations on stdout (`redline check` under Actions). */
  annotations?: boolean;
}

export function reportProblems(io: Io, problems: readonly Problem[], options: ReportOptions = {}): void {
  const cwdRelative = options.relative;
  const github = options.annotations === true && io.env['GITHUB_ACTIONS'] === 'true';
  for (const problem of problems) {
    io.stderr(`${formatProblem(problem, cwdRelative)}\n`);
    if (github) {
      const kind = problem.fatal === false ? 'warning' : 'error';
      const file = problem.file ? `file=${escapeProperty(cwdRelative ? cwdRelative(problem.file) : problem.file)}` : '';
      const line = problem.line ? `,line=${problem.line},col=${problem.column ?? 1}` : '';
      io.stdout(`::${kind} ${file}${line}::${escapeAnnotation(reasonWithHint(problem))}\n`);
    }
  }
}

/** More problems than this, and build and check print only the first few and a summary. */
export const SUMMARY_AFTER = 20;
/** How many problems (and GitHub annotations) a summary shows in full. */
export const SHOWN_BEFORE_SUMMARY = 10;

export interface ListOptions extends ReportOptions {
  /** Every problem, however many (--verbose). */
  verbose?: boolean;
  /** The file that --report wrote every problem to, as the user should see it. */
  reportFile?: string;
}

/** The problems of a whole build or check: all of them up to SUMMARY_AFTER or with --verbose, else the first few and a count by kind. */
export function listProblems(io: Io, problems: readonly Problem[], options: ListOptions = {}): void {
  const summarised = options.verbose !== true && problems.length > SUMMARY_AFTER;
  reportProblems(io, summarised ? problems.slice(0, SHOWN_BEFORE_SUMMARY) : problems, options);
  if (summarised) {
    const annotated = options.annotations === true && io.env['GITHUB_ACTIONS'] === 'true';
    io.stderr(problemSummary(problems, SHOWN_BEFORE_SUMMARY, annotated));
    io.stderr(options.reportFile === undefined ? 'run with --verbose to list them all, or --report <file> to write them to a file\n' : 'run with --verbose to list them all here\n');
  }
  if (options.reportFile !== undefined) io.stderr(`wrote ${safeText(options.reportFile)}: ${problems.length} problem(s), one per line\n`);
}

/** The full list as --report writes it: the lines the terminal shows, one problem a line. */
export function problemLines(problems: readonly Problem[]): string {
  return problems.map((p) => `${formatProblem(p)}\n`).join('');
}

/** What a clerk reads of each kind of problem, one and many (the rule id follows in brackets). */
const KINDS = new Map<string, readonly [string, string]>([
  ['stale', ['edit whose quote is not in its clause', 'edits whose quote is not in their clause']],
  ['ambiguous', ['edit whose quote occurs more than once in its clause', 'edits whose quote occurs more than once in their clause']],
  ['conflict', ['edit in conflict with another edit', 'edits in conflict with another edit']],
  ['dangling-reference', ['edit that removes what the text still cites', 'edits that remove what the text still cites']],
  ['narrowed-reference', ['range in a reference narrowed to the units left', 'ranges in references narrowed to the units left']],
  ['empty-heading', ['heading left with no clause under it', 'headings left with no clause under them']],
  ['self-coordination', ['clause where an edit names a term twice over (A或者A)', 'clauses where an edit names a term twice over (A或者A)']],
  ['throughout-missed', ['change throughout that does not reach the new words of another entry', 'changes throughout that do not reach the new words of other entries']],
  ['taken-number', ['new article given a number already taken (by the draft or another new one)', 'new articles given numbers already taken (by the draft or other new ones)']],
  ['numbering-gap', ['number skipped in a sequence', 'numbers skipped in sequences']],
  ['numbering-repeat', ['number given twice in a sequence', 'numbers given twice in sequences']],
  ['adopted-without-edit', ['adopted entry with no edit for the change it asks', 'adopted entries with no edit for the change they ask']],
  ['reason', ['decision without its reason', 'decisions without their reason']],
  ['partial-edits', ['partial adoption that does not name its edits', 'partial adoptions that do not name their edits']],
  ['pending', ['entry not decided yet', 'entries not decided yet']],
  ['date', ['decision date that is not YYYY-MM-DD', 'decision dates that are not YYYY-MM-DD']],
  ['campaign', ['entry following a campaign that is not an entry', 'entries following a campaign that is not an entry']],
  ['missing-id', ['clause without an ID', 'clauses without an ID']],
  ['duplicate-id', ['clause ID used twice', 'clause IDs used twice']],
  ['orphan-id', ['ID not followed by a clause', 'IDs not followed by a clause']],
  ['duplicate-entry', ['entry id used twice', 'entry ids used twice']],
  ['entry', ['problem in an entry file', 'problems in entry files']],
]);

// Made at first use: an Intl formatter costs start-up time every command would pay.
let formatter: Intl.NumberFormat | undefined;
const count = { format: (n: number) => (formatter ??= new Intl.NumberFormat('en-US')).format(n) };

/**
 * After the first `shown` problems: how many more, errors and warnings, and
 * each kind (rule) with its count, most frequent first. Annotations follow the
 * lines shown: GitHub caps them per step anyway.
 */
function problemSummary(problems: readonly Problem[], shown: number, annotated = false): string {
  const kinds = new Map<string, { all: number; warnings: number }>();
  for (const p of problems) {
    const kind = kinds.get(p.ruleId ?? '') ?? { all: 0, warnings: 0 };
    kind.all++;
    if (p.fatal === false) kind.warnings++;
    kinds.set(p.ruleId ?? '', kind);
  }
  const warnings = problems.filter((p) => p.fatal === false).length;
  const severities = [plural(problems.length - warnings, 'error'), plural(warnings, 'warning')].filter((s) => !s.startsWith('0 ')).join(', ');
  const width = count.format(Math.max(...[...kinds.values()].map((k) => k.all))).length;
  const lines = [
    `… and ${count.format(problems.length - shown)} more: ${plural(problems.length, 'problem')} in all (${severities}), by kind:`,
    ...[...kinds]
      .sort(([, a], [, b]) => b.all - a.all)
      .map(([rule, { all, warnings: w }]) => {
        const [one, many] = KINDS.get(rule) ?? ['problem', 'problems'];
        const severity = w === 0 ? '' : w === all ? (all === 1 ? ', a warning' : ', warnings') : `, ${count.format(w)} of them warnings`;
        return `  ${count.format(all).padStart(width)} ${all === 1 ? one : many}${rule ? ` [${safeText(rule)}]` : ''}${severity}`;
      }),
    ...(annotated ? [`GitHub annotations for the first ${shown} only; ${count.format(problems.length - shown)} left off`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${count.format(n)} ${word}${n === 1 ? '' : 's'}`;
}

function escapeAnnotation(text: string): string {
  return safeText(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command (a file name from a pull request): ":" and "," would end it early. */
function escapeProperty(text: string): string {
  return escapeAnnotation(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
