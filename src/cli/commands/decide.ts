import { execFileSync } from 'node:child_process';
import { campaignMembers } from '../../core/feedback/campaign.js';
import { DECISION_VERBS, describeDecision as describe, makeDecision, type Decision, type DecisionVerb } from '../../core/feedback/decision.js';
import type { Entry } from '../../core/feedback/entry.js';
import { isOfficeAnswer } from '../../core/intake/columns.js';
import { commitFiles } from '../atomic-write.js';
import { calendarDate, localToday } from '../dates.js';
import type { Io } from '../io.js';
import { UsageError } from '../report.js';
import { afterDecisions, decisionChange } from '../decisions.js';
import { safeText } from '../terminal-text.js';
import { truncateToWidth } from '../../core/text/strings.js';
import { findWorkspace, resolveDraftName } from '../workspace.js';
import { loadEntries, type LoadedEntry } from '../workspace-reading.js';

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
  const status = Object.hasOwn(DECISION_VERBS, verb) ? DECISION_VERBS[verb as DecisionVerb] : undefined;
  if (!status) throw new UsageError(`the decision comes last: adopt, partial or reject (got "${verb}")`);
  if (ids.length === 0 && !flags.allPending) throw new UsageError('name the entries to decide, or pass --all-pending');
  if (ids.length > 0 && flags.allPending) throw new UsageError('name entries or pass --all-pending, not both');
  const request = { status, reason: flags.reason, edits: flags.edits ? parseEditNumbers(flags.edits) : undefined };
  // Checked at once, but for the reason: without --reason, each entry's imported response may give it (below).
  decided(makeDecision({ ...request, reason: request.reason ?? (status === 'pending' ? undefined : '…') }));
  const date = status === 'pending' ? undefined : flags.date !== undefined ? calendarDate(flags.date, '--date') : localToday();
  const workspace = findWorkspace(io.cwd);
  const name = resolveDraftName(workspace, flags.draft);
  const { entries } = loadEntries(workspace, name);
  const following = flags.allPending ? campaignFollowers(entries) : [];
  const followers = new Set(following);
  const chosen = flags.allPending
    ? entries.filter((e) => e.entry.decision.status === 'pending' && !followers.has(e))
    : ids.map((id) => findEntry(entries, id, name));
  const full = { ...request, by: flags.by ?? gitUser(io.cwd), date };
  // Check every entry first: a refused decision changes no file.
  const decisions = new Map(
    chosen.map((loaded) => {
      const response = full.reason === undefined && status !== 'pending' ? (keptReason(loaded.entry, status) ?? importedResponse(loaded.entry)) : undefined;
      // Among several entries, the one refused is named (the others may have brought their reason).
      const made = decided(makeDecision({ ...full, reason: full.reason ?? response?.text }, loaded.entry), chosen.length > 1 ? loaded.entry.id : undefined);
      return [loaded, { decision: made, response }] as const;
    }),
  );
  const decidedEntries = entries.map((e) => (decisions.has(e) ? { ...e.entry, decision: decisions.get(e)!.decision } : e.entry));
  const after = afterDecisions(workspace, name, decidedEntries, new Set(chosen.map((c) => c.entry.id)));
  // All the decisions are written together, or none.
  commitFiles(
    chosen.map((loaded) => decisionChange(workspace, loaded, decisions.get(loaded)!.decision)),
    { display: workspace.display, within: workspace.root },
  );
  for (const loaded of chosen) {
    const { decision, response } = decisions.get(loaded)!;
    const replaced = shown(loaded.entry.decision);
    // The same decision again (a date or a name changed, or nothing): "as before", not "replaces: adopted".
    const was = loaded.entry.decision.status === 'pending' && !loaded.entry.decision.reason ? '' : replaced === shown(decision) ? ' (as before)' : ` (replaces: ${replaced})`;
    const from = response === undefined ? '' : response.kept ? ' (the reason given before is kept)' : ' (the reason is the response imported with the comment)';
    io.stdout(`entry ${safeText(loaded.entry.id)}: ${safeText(shown(decision))}${safeText(was)}${from}\n`);
  }
  if (chosen.length === 0) io.stdout('no pending entries\n');
  if (following.length > 0) {
    io.stdout(`${following.length} campaign member(s) left to follow their lead's decision: entries ${safeText(following.map((e) => e.entry.id).join(', '))} (decide one by name to answer it apart)\n`);
  }
  for (const loaded of flags.allPending || status === 'pending' ? [] : chosen) {
    const lead = loaded.entry.campaign;
    if (lead !== undefined && lead !== loaded.entry.id && entries.some((e) => e.entry.id === lead)) {
      io.stderr(`note: entry ${safeText(loaded.entry.id)} is now answered apart from its campaign (entry ${safeText(lead)} answers the others)\n`);
    }
  }
  for (const line of after) io.stderr(`${safeText(line)}\n`);
  return 0;
}

/**
 * The office's answer that came with the comment (a response, 答复 or 回复
 * column beside no decision, kept as a note on import): the reason of a
 * decision given without --reason.
 */
function importedResponse(entry: Entry): { text: string; kept?: boolean } | undefined {
  const answers = (entry.notes ?? []).filter((note) => isOfficeAnswer(note.column) && note.text.trim() !== '');
  return answers.length > 0 ? { text: answers.map((note) => note.text.trim()).join('\n') } : undefined;
}

/**
 * The reason the entry's decision already gives, deciding it the same way
 * again: 部分采纳 imported with its reason, and only the adopted edits to name
 * (`decide 8 partial --edits 1`, as check says).
 */
function keptReason(entry: Entry, status: Decision['status']): { text: string; kept: boolean } | undefined {
  const reason = entry.decision.reason?.trim();
  return entry.decision.status === status && reason ? { text: reason, kept: true } : undefined;
}

function findEntry(entries: LoadedEntry[], id: string, draft: string): LoadedEntry {
  const found = entries.find((e) => e.entry.id === id);
  if (!found) throw new UsageError(`no feedback entry ${id} for ${draft} (entries: ${entries.map((e) => e.entry.id).join(', ')})`);
  return found;
}

/** The decision, or its first problem with the flag that mends it: "a rejected decision needs a reason (--reason)". */
function decided(made: ReturnType<typeof makeDecision>, entry?: string): Decision {
  if (!('problems' in made)) return made.decision;
  const problem = made.problems[0]!;
  const message = problem.kind === 'beyond' ? problem.message : `${problem.message} (--${problem.field})`;
  throw new UsageError(entry === undefined || message.startsWith(`entry ${entry} `) ? message : `entry ${entry}: ${message}`);
}

/** Pending members of a campaign whose lead is in the set: --all-pending leaves them to follow the lead (the table answers them in one row). */
function campaignFollowers(entries: readonly LoadedEntry[]): LoadedEntry[] {
  const members = new Set([...campaignMembers(entries.map((e) => e.entry)).values()].flat());
  return entries.filter((e) => members.has(e.entry));
}

function parseEditNumbers(text: string): number[] {
  const words = text.split(/[,，\s]+/u).filter(Boolean);
  // Digits only: Number() would also take "0x10", "1e3" and "".
  const numbers = words.filter((w) => /^\d{1,6}$/u.test(w)).map(Number);
  if (numbers.length === 0 || numbers.length < words.length || numbers.some((n) => n < 1)) throw new UsageError(`--edits takes edit numbers such as 1,3 (got "${text}")`);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

function gitUser(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A decision in a line, its reason cut to a few lines of a terminal (an imported response can run to pages; the file has it whole). */
function shown(decision: Decision): string {
  return truncateToWidth(describe(decision).replace(/\s+/gu, ' '), SHOWN_COLUMNS);
}

const SHOWN_COLUMNS = 240;
