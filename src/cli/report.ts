// One reporter for every problem: "file:line:col: error message [rule]" for
// people, "::error file=…" annotations under GitHub Actions.
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

function escapeAnnotation(text: string): string {
  return safeText(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command (a file name from a pull request): ":" and "," would end it early. */
function escapeProperty(text: string): string {
  return escapeAnnotation(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
