// Adding imported feedback entries to a draft: planned against the entries it
// already has (rows seen before are not added again, new rows take the next
// free ids), every target checked before any is written, so that a refused
// import changes nothing; then a report of what each column was taken for.
import { existsSync } from 'node:fs';
import type { Clause } from '../core/draft/clause.js';
import { formatEntry } from '../core/feedback/entry.js';
import { describeColumns } from '../core/intake/columns.js';
import { planImport, type ImportPlan, type NewEntry } from '../core/intake/feedback-import.js';
import type { FeedbackTable } from '../core/intake/table-rows.js';
import { commitFiles, type FileChange } from './atomic-write.js';
import { entryHeader } from './file-headers.js';
import type { Io } from './io.js';
import { UsageError } from './report.js';
import { closedRoundEntries, nextEntryNumber } from './rounds.js';
import { safeText } from './terminal-text.js';
import { entryPath, feedbackFolder, type Workspace } from './workspace.js';
import { loadEntries } from './workspace-reading.js';

export interface TableImport {
  workspace: Workspace;
  draft: string;
  clauses: readonly Clause[];
  lang: 'zh' | 'en';
  window?: { from: string; to: string };
  /** The table file as the user named it (messages) and its base name (provenance). */
  file: string;
  source: string;
  unit?: string;
  /** --replace: a re-sent row with other text rewrites its pending entry. */
  replace?: boolean;
}

/** Plans and writes the entries of `tables`; returns the plan for the report. */
export function importTables(tables: readonly FeedbackTable[], options: TableImport): ImportPlan {
  const plan = planTables(tables, options);
  const rewritten = plan.changed.flatMap((c) => (c.replacement ? [c.replacement] : []));
  commitFiles([...entryChanges(options.workspace, options.draft, plan.entries), ...entryChanges(options.workspace, options.draft, rewritten)], {
    display: options.workspace.display,
    within: options.workspace.root,
  });
  return plan;
}

/** The entries `tables` would add, checked to be writable; nothing is written. */
export function planTables(tables: readonly FeedbackTable[], options: TableImport): ImportPlan {
  const existing = loadEntries(options.workspace, options.draft).entries.map((e) => e.entry);
  const plan = planImport(tables, existing, {
    file: options.source,
    clauses: options.clauses,
    lang: options.lang,
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.window ? { window: options.window } : {}),
    ...(options.replace ? { replace: true } : {}),
    firstId: nextEntryNumber(options.workspace, options.draft),
    closed: closedRoundEntries(options.workspace, options.draft),
  });
  checkNewEntries(options.workspace, options.draft, plan.entries);
  // A decision is never rewritten under the clerk: a decided entry's comment is not replaced, and nothing is written.
  const decided = options.replace ? plan.changed.filter((c) => !c.replacement) : [];
  if (decided.length > 0) {
    const lines = decided.map((c) => `  ${changedRow(options.file, c)}; entry ${c.entry.id} is decided (${c.entry.decision.status})`);
    const ids = decided.map((c) => c.entry.id).join(' ');
    throw new UsageError(
      `--replace rewrites only pending entries:\n${lines.join('\n')}\nset ${decided.length === 1 ? 'it' : 'them'} back to pending first (redline decide ${ids} pending) if the new wording is to be decided again; no file was changed`,
    );
  }
  return plan;
}

/** "意见汇总_v2.xlsx, sheet 汇总, row 27: 序号 26 is already entry 26 (意见汇总.xlsx, sheet 汇总, row 27) with other text". */
function changedRow(file: string, change: ImportPlan['changed'][number]): string {
  const from = change.entry.from!;
  const where = [from.file, from.sheet !== undefined ? `sheet ${from.sheet}` : from.table !== undefined ? `table ${from.table}` : '', from.row !== undefined ? `row ${from.row}` : from.line !== undefined ? `line ${from.line}` : '']
    .filter((p) => p !== '')
    .join(', ');
  return `${tableName(file, change.table)}, ${rowName(change.table, change.row.line)}: 序号 ${change.row.number} is already entry ${change.entry.id} (${where}) with other text`;
}

/** `force` is not honoured: no import replaces an entry (kept for the callers' signature). */
export function checkNewEntries(workspace: Workspace, draft: string, entries: readonly NewEntry[], _force = false): void {
  const existing = entries.filter((e) => existsSync(entryPath(workspace, draft, e.id)));
  if (existing.length > 0) {
    const paths = existing.map((e) => workspace.display(entryPath(workspace, draft, e.id)));
    throw new UsageError(`${paths.join(', ')} ${paths.length === 1 ? 'is' : 'are'} in the way of new entr${paths.length === 1 ? 'y' : 'ies'} ${existing.map((e) => e.id).join(', ')} (not a readable entry); move ${paths.length === 1 ? 'it' : 'them'} away and try again; no file was changed`);
  }
}

/** The entry files to write, for a command that commits them with other files. */
export function entryChanges(workspace: Workspace, draft: string, entries: readonly NewEntry[]): FileChange[] {
  return entries.map((entry) => ({ path: entryPath(workspace, draft, entry.id), content: formatEntry(entry, entryHeader(entry.id, draft)) }));
}

/** Writes the entries all or none. */
export function writeNewEntries(workspace: Workspace, draft: string, entries: readonly NewEntry[]): string[] {
  const changes = entryChanges(workspace, draft, entries);
  commitFiles(changes, { display: workspace.display, within: workspace.root });
  return changes.map((c) => c.path);
}

export function summarise(entries: readonly NewEntry[]): string {
  const edits = entries.reduce((n, e) => n + e.edits.length, 0);
  const commentOnly = entries.filter((e) => e.edits.length === 0 && !e.campaign).length;
  const decided = entries.filter((e) => e.decision.status !== 'pending').length;
  return `${entries.length} entries${idRange(entries.map((e) => e.id))}, ${edits} proposed edits${commentOnly ? `, ${commentOnly} comment-only` : ''}${decided ? `, ${decided} already decided` : ''}`;
}

function idRange(ids: readonly string[]): string {
  return ids.length === 0 ? '' : ` (${idList(ids)})`;
}

/** "1, 2, 3, 5, 7, 8" → "1–3, 5, 7–8". */
export function idList(ids: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    let j = i;
    while (j + 1 < ids.length && /^\d+$/u.test(ids[j]!) && Number(ids[j + 1]) === Number(ids[j]) + 1) j++;
    parts.push(j > i ? `${ids[i]}–${ids[j]}` : ids[i]!);
    i = j;
  }
  return parts.join(', ');
}

/** Where a table is in its file, for the report: "comments.docx, table 2". */
function tableName(file: string, table: FeedbackTable): string {
  if (table.sheet !== undefined) return `${file}, sheet ${table.sheet}`;
  if (table.table !== undefined) return `${file}, table ${table.table}`;
  return `${file}:${table.headerLine}`;
}

function rowName(table: FeedbackTable, line: number): string {
  return table.sheet !== undefined || table.table !== undefined ? `row ${line}` : `line ${line}`;
}

/**
 * What the import did, line by line: columns, rows left out or seen before,
 * campaigns, late comments. `replaceable`: the command has --replace (feedback
 * import; not import, whose page may hold a table too), so the report may name it.
 */
export function reportImport(io: Io, plan: ImportPlan, tables: readonly FeedbackTable[], options: TableImport, replaceable = false): void {
  const out = (line: string) => io.stdout(`${safeText(line)}\n`);
  for (const table of tables) {
    out(`${tableName(options.file, table)}: ${table.rows.length} row(s); columns: ${describeColumns(table.columns)}${table.public ? ' (public comments)' : ''}`);
    if (!table.columns.some((c) => c.field === 'unit')) out(`  no unit column: unit ${options.unit ? `"${options.unit}" (--unit)` : table.public ? 'of each comment: 公众' : 'left empty (give one with --unit)'}`);
    for (const line of table.skipped) out(`  ${rowName(table, line)} has no comment: left out`);
    for (const row of table.leftOut ?? []) out(`  ${rowName(table, row.line)} is ${row.kind === 'group' ? 'a group heading' : 'a filler'} (${row.text}): left out`);
  }
  for (const repeated of plan.repeatedNumbers) {
    const ids = plan.entries.filter((e) => e.from?.number === repeated.number && repeated.lines.includes(e.from.line ?? e.from.row ?? -1)).map((e) => e.id);
    out(`序号 ${repeated.number} is on ${repeated.lines.length} rows (${repeated.lines.map((l) => rowName(repeated.table, l)).join(', ')}) of ${tableName(options.file, repeated.table)}: all kept${ids.length ? `, as entries ${ids.join(', ')}` : ''}`);
  }
  for (const change of plan.changed) {
    const status = change.entry.decision.status;
    const decided = `entry ${change.entry.id} is decided (${status})`;
    const what = change.replacement
      ? `entry ${change.entry.id} rewritten with the new wording, its edits proposed again`
      : !replaceable
        ? `not imported${status === 'pending' ? '' : `; ${decided}`}`
        : status === 'pending'
          ? `not imported; --replace takes the new wording into entry ${change.entry.id}`
          : `not imported; ${decided}: set it back to pending (redline decide ${change.entry.id} pending), then --replace takes the new wording`;
    out(`${changedRow(options.file, change)}: ${what}`);
  }
  const known = plan.known.filter((k) => k.round === undefined);
  if (known.length > 0) out(`${known.length} row(s) already imported before, not added again (entries ${idList(known.map((k) => k.entry))})`);
  // A row of a closed round named with its entry there: its answer is in that round's table.
  for (const k of plan.known) if (k.round !== undefined) out(`${tableName(options.file, k.table)}, ${rowName(k.table, k.row.line)}: already entry ${k.entry} of round ${k.round}, not added again`);
  for (const [lead, members] of plan.campaigns) {
    const follow = members.length === 1 ? `entry ${members[0]} follows` : `entries ${idList(members)} follow`;
    out(`campaign: ${members.length + 1} comments alike; ${follow} the decision on entry ${lead}`);
  }
  for (const timing of ['early', 'late'] as const) {
    const ids = plan.entries.filter((e) => e.timing === timing).map((e) => e.id);
    if (ids.length > 0 && options.window) {
      out(`${ids.length} comment(s) sent ${timing === 'late' ? 'after the consultation window closed' : 'before the consultation window opened'} (${options.window.from} to ${options.window.to}), marked timing: ${timing}: entries ${idList(ids)}`);
    }
  }
  const folder = options.workspace.display(feedbackFolder(options.workspace, options.draft));
  if (plan.entries.length === 0 && plan.changed.some((c) => c.replacement)) out(`no new entries in ${folder}/`);
  else if (plan.entries.length === 0 && plan.changed.length > 0) out(`nothing imported into ${folder}/`);
  else if (plan.entries.length === 0) out(`nothing new: every row is already an entry in ${folder}/${plan.known.some((k) => k.round !== undefined) ? ' or a closed round' : ''}`);
  else out(`imported ${summarise(plan.entries)} into ${folder}/`);
}
