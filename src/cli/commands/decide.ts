import { execFileSync } from 'node:child_process';
import { isMap, type Document } from 'yaml';
import { entryDocument, type Decision, type DecisionStatus } from '../../core/feedback/entry.js';
import { InputError } from '../../core/problem.js';
import { adoptionWarnings } from '../../core/revision/consistency.js';
import { commitFiles, type FileChange } from '../atomic-write.js';
import { calendarDate, localToday } from '../dates.js';
import type { Io } from '../io.js';
import { UsageError } from '../report.js';
import { safeText } from '../terminal-text.js';
import { inStyleOf } from '../text-file.js';
import { findWorkspace, loadEntries, readDraft, readEntryText, resolveDraftName, type LoadedEntry, type Workspace } from '../workspace.js';

const VERBS: Record<string, DecisionStatus> = { adopt: 'adopted', partial: 'partial', reject: 'rejected', pending: 'pending' };

export interface DecideFlags {
  allPending?: boolean;
  edits?: string;
  reason?: string;
  by?: string;
  date?: string;
  draft?: string;
}

export interface DecideOptions extends DecideFlags {
  /** Entry ids (none with --all-pending). */
  entries: string[];
  /** adopt, partial, reject or pending. */
  decision: string;
}

export async function decideCommand({ entries: ids, decision: verb, ...flags }: DecideOptions, io: Io): Promise<number> {
  const status = VERBS[verb];
  if (!status) throw new UsageError(`the decision comes last: adopt, partial or reject (got "${verb}")`);
  if (ids.length === 0 && !flags.allPending) throw new UsageError('name the entries to decide, or pass --all-pending');
  if (ids.length > 0 && flags.allPending) throw new UsageError('name entries or pass --all-pending, not both');
  if ((status === 'partial' || status === 'rejected') && !flags.reason?.trim()) {
    throw new UsageError(`a ${status === 'partial' ? 'partial' : 'rejected'} decision needs --reason`);
  }
  if (status === 'partial' && !flags.edits) throw new UsageError('a partial decision needs --edits: the numbers of the adopted edits (see `redline propose`)');
  if (status !== 'partial' && flags.edits) throw new UsageError('--edits goes with partial');
  const date = status === 'pending' ? undefined : flags.date !== undefined ? calendarDate(flags.date, '--date') : localToday();
  const workspace = findWorkspace(io.cwd);
  const name = resolveDraftName(workspace, flags.draft);
  const { entries } = loadEntries(workspace, name);
  const chosen = flags.allPending ? entries.filter((e) => e.entry.decision.status === 'pending') : ids.map((id) => findEntry(entries, id, name));
  const editNumbers = flags.edits ? parseEditNumbers(flags.edits) : undefined;
  const decision: Decision = { status };
  if (editNumbers) decision.edits = editNumbers;
  if (flags.reason?.trim()) decision.reason = flags.reason.trim();
  const by = flags.by ?? gitUser(io.cwd);
  if (by && status !== 'pending') decision.by = by;
  if (date !== undefined) decision.date = date;
  // Check every entry first: a refused decision changes no file.
  for (const { entry } of chosen) {
    const beyond = (editNumbers ?? []).filter((n) => n > entry.edits.length);
    if (beyond.length > 0) throw new UsageError(`entry ${entry.id} has ${entry.edits.length} edit(s); there is no edit ${beyond.join(', ')}`);
  }
  // An adoption that cannot reach the text is said at once, not at build time
  // (worked out before writing: a draft that cannot be read changes nothing here).
  const warnings = status === 'adopted' || status === 'partial' ? adoptionCheck(workspace, name, entries, chosen, decision) : [];
  // All the decisions are written together, or none.
  commitFiles(
    chosen.map((loaded) => decisionChange(workspace, loaded, decision)),
    { display: workspace.display, within: workspace.root },
  );
  for (const loaded of chosen) {
    const replaced = describe(loaded.entry.decision);
    const was = loaded.entry.decision.status === 'pending' && !loaded.entry.decision.reason ? '' : ` (replaces: ${replaced})`;
    io.stdout(`entry ${safeText(loaded.entry.id)}: ${safeText(describe(decision))}${safeText(was)}\n`);
  }
  if (chosen.length === 0) io.stdout('no pending entries\n');
  for (const w of warnings) io.stderr(`warning: ${safeText(w)}\n`);
  return 0;
}

function adoptionCheck(workspace: Workspace, draft: string, entries: readonly LoadedEntry[], chosen: readonly LoadedEntry[], decision: Decision): string[] {
  const changed = new Set(chosen.map((c) => c.entry.id));
  const decided = entries.map((e) => (changed.has(e.entry.id) ? { ...e.entry, decision } : e.entry));
  try {
    return adoptionWarnings(readDraft(workspace, draft).draft.clauses, decided, changed);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) return [`drafts/${draft}.md cannot be read, so the adopted edits were not checked against it (redline check says why)`];
    throw error;
  }
}

function findEntry(entries: LoadedEntry[], id: string, draft: string): LoadedEntry {
  const found = entries.find((e) => e.entry.id === id);
  if (!found) throw new UsageError(`no feedback entry ${id} for ${draft} (entries: ${entries.map((e) => e.entry.id).join(', ')})`);
  return found;
}

function parseEditNumbers(text: string): number[] {
  const words = text.split(/[,，\s]+/u).filter(Boolean);
  // Digits only: Number() would also take "0x10", "1e3" and "".
  const numbers = words.filter((w) => /^\d{1,6}$/u.test(w)).map(Number);
  if (numbers.length === 0 || numbers.length < words.length || numbers.some((n) => n < 1)) throw new UsageError(`--edits takes edit numbers such as 1,3 (got "${text}")`);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

export function describe(decision: Decision): string {
  const edits = decision.edits ? ` edits ${decision.edits.join(', ')}` : '';
  const reason = decision.reason ? ` — ${decision.reason}` : '';
  return `${decision.status}${edits}${reason}`;
}

function gitUser(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the decision through the YAML document, so that comments and layout
 * elsewhere in the file survive and a git diff shows only the decision.
 */
export function decisionChange(workspace: Workspace, loaded: LoadedEntry, decision: Decision): FileChange {
  // Re-read just before writing (under the workspace lock): the file as it is now, in its own line endings.
  const source = readEntryText(workspace, loaded.path);
  const current = entryDocument(source, workspace.display(loaded.path));
  setDecision(current, decision);
  return { path: loaded.path, content: inStyleOf(source, current.toString({ lineWidth: 0 })) };
}

export function writeDecision(workspace: Workspace, loaded: LoadedEntry, decision: Decision): void {
  commitFiles([decisionChange(workspace, loaded, decision)], { display: workspace.display, within: workspace.root });
}

export function setDecision(document: Document, decision: Decision): void {
  const node = document.get('decision', true);
  if (!isMap(node)) {
    document.set('decision', document.createNode(decision));
    return;
  }
  for (const key of ['status', 'edits', 'reason', 'by', 'date'] as const) {
    const value = decision[key];
    if (value === undefined) node.delete(key);
    else if (key === 'edits') node.set(key, document.createNode(value, { flow: true }));
    else node.set(key, value);
  }
}
