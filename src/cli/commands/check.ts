import { checkEntries } from '../../core/revision/consistency.js';
import { InputError, problem, type Problem } from '../../core/problem.js';
import { compareDates, isCalendarDate } from '../dates.js';
import { decideAgainHint, decideHint, decisionLine } from '../decisions.js';
import type { Io } from '../io.js';
import { listProblems } from '../report.js';
import { reportTarget, writeReport } from '../report-file.js';
import { draftNames, draftPath, findWorkspace, orphanFeedback, readWorkspaceText, type Workspace } from '../workspace.js';
import { readDraft, readEntries } from '../workspace-reading.js';

export interface CheckOptions {
  /** Also require every entry to be decided. */
  final?: boolean;
  /** List every problem; past a few, only the first ones and a count by kind are printed. */
  verbose?: boolean;
  /** Also write every problem to this file, one per line. */
  report?: string;
}

export async function checkCommand(flags: CheckOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const report = flags.report === undefined ? undefined : reportTarget(flags.report, workspace, io.cwd);
  const problems: Problem[] = [];
  let entryCount = 0;
  let editCount = 0;
  let unreadableCount = 0;
  const names = draftNames(workspace);
  for (const name of names) {
    try {
      const { draft, problems: draftProblems } = readDraft(workspace, name);
      problems.push(...draftProblems, ...windowProblems(workspace, name, draft.meta.consultation));
      // An entry file that cannot be read is reported, and the others are still checked and counted.
      const { entries, warnings, errors, unreadable } = readEntries(workspace, name);
      problems.push(...errors, ...warnings);
      unreadableCount += unreadable;
      entryCount += entries.length;
      editCount += entries.reduce((n, e) => n + e.entry.edits.length, 0);
      const paths = new Map(entries.map((e) => [e.entry.id, e]));
      for (const finding of checkEntries(draft.clauses, entries.map((e) => e.entry), Boolean(flags.final), draft.meta.lang)) {
        const loaded = paths.get(finding.entry.id)!;
        const line = finding.edit !== undefined ? finding.entry.editLines[finding.edit - 1] : decisionLine(workspace, loaded.path);
        const hint = finding.decideAgain
          ? `; ${decideAgainHint(finding.entry.id, finding.entry.decision.status)}`
          : finding.lacks
            ? ` (${decideHint(finding.entry.id, finding.entry.decision.status, finding.lacks)})`
            : '';
        problems.push(problem(finding.message + hint, { file: workspace.display(loaded.path), line, rule: finding.rule, warning: finding.warning }));
      }
      for (const { entry, path } of entries) {
        const date = entry.decision.date;
        if (date !== undefined && !isCalendarDate(date)) {
          problems.push(problem(`decision date "${date}" is not a calendar date as YYYY-MM-DD`, { file: workspace.display(path), line: decisionLine(workspace, path), rule: 'date' }));
        }
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  problems.push(...orphanFeedback(workspace));
  if (report !== undefined) writeReport(report, problems, workspace);
  listProblems(io, problems, { annotations: true, verbose: flags.verbose, ...(report !== undefined ? { reportFile: workspace.display(report) } : {}) });
  const errors = problems.filter((p) => p.fatal !== false).length;
  const warnings = problems.length - errors;
  const unread = unreadableCount === 0 ? '' : unreadableCount === 1 ? '; 1 entry file could not be read' : `; ${unreadableCount} entry files could not be read`;
  const summary = `${names.length} draft(s), ${entryCount} entries, ${editCount} edits${unread}`;
  if (errors > 0) {
    io.stderr(`check: ${errors} problem(s)${warnings ? `, ${warnings} warning(s)` : ''} in ${summary}\n`);
    return 1;
  }
  io.stdout(`check: ok (${summary}${warnings ? `; ${warnings} warning(s)` : ''})\n`);
  return 0;
}

/** The consultation window's dates, which status judges it open or closed by: each on the calendar, the first not after the last. */
function windowProblems(workspace: Workspace, name: string, window: { from: string; to: string } | undefined): Problem[] {
  if (!window) return [];
  const path = draftPath(workspace, name);
  const file = workspace.display(path);
  const head = readWorkspaceText(workspace, path).split('\n');
  const end = head.indexOf('---', 1);
  const lineOf = (key: string) => {
    const at = head.slice(0, end === -1 ? undefined : end).findIndex((line) => new RegExp(`^\\s+${key}\\s*:`, 'u').test(line));
    return at === -1 ? 1 : at + 1;
  };
  const found: Problem[] = [];
  for (const key of ['from', 'to'] as const) {
    if (!isCalendarDate(window[key])) found.push(problem(`consultation ${key}: "${window[key]}" is not a calendar date as YYYY-MM-DD`, { file, line: lineOf(key), rule: 'date' }));
  }
  if (found.length === 0 && compareDates(window.from, window.to) > 0) {
    found.push(problem(`the consultation window opens (${window.from}) after it closes (${window.to})`, { file, line: lineOf('from'), rule: 'date' }));
  }
  return found;
}

