// Closed rounds on disk. `redline round` keeps each closed round with the
// draft that continues it, in feedback/<draft>/round-<n>/:
//   draft.md     the round's draft, byte for byte as it was
//   <id>.yaml    every entry of that round as it stood when it closed (the
//                pending ones go on in the next round as well)
//   round.json   what the round did: its dates, its draft's name, the clauses it added
// (round.json is not YAML, so that no entry reader takes it for an entry).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '../core/draft/format.js';
import { parseDraft } from '../core/draft/format.js';
import { namedClauseIds, type Entry } from '../core/feedback/entry.js';
import { InputError, problem, type Problem } from '../core/problem.js';
import type { AddedClause } from '../core/revision/round.js';
import { UsageError } from './report.js';
import { checkDraftName, draftNames, feedbackFolder, readWorkspaceText, type Workspace } from './workspace.js';
import { loadEntries, readDraft, readEntries, type LoadedEntry } from './workspace-reading.js';

export interface RoundRecord {
  round: number;
  /** The draft's name in that round. */
  draft: string;
  /** The date the round was closed (`redline round`). */
  closed: string;
  added: AddedClause[];
  /** Pending entries carried into the next round. */
  carried: string[];
}

export interface ClosedRound {
  round: number;
  folder: string;
  draft: Draft;
  entries: LoadedEntry[];
  record: RoundRecord;
}

export function roundFolder(workspace: Workspace, draft: string, round: number): string {
  return join(feedbackFolder(workspace, draft), `round-${round}`);
}

/** The closed rounds of a draft, oldest first. */
export function closedRounds(workspace: Workspace, draft: string): number[] {
  const folder = feedbackFolder(workspace, draft);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => /^round-(\d+)$/u.exec(name))
    .filter((m): m is RegExpExecArray => m !== null && statSync(join(folder, m[0])).isDirectory())
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

/**
 * The IDs a new clause of the draft must not take: those of its closed
 * rounds' drafts and those its entries name (a clause removed by hand keeps
 * its ID to itself: a new clause taking it would receive the old one's edits).
 */
export function retiredIds(workspace: Workspace, draft: string): string[] {
  const named = existsSync(feedbackFolder(workspace, draft)) ? namedClauseIds(readEntries(workspace, draft).entries.map((e) => e.entry)) : [];
  return [...closedRoundIds(workspace, draft), ...named];
}

/** The clause IDs of a draft's closed rounds. */
export function closedRoundIds(workspace: Workspace, draft: string): string[] {
  return closedRounds(workspace, draft).flatMap((n) => readClosedRound(workspace, draft, n).draft.clauses.map((c) => c.id));
}

/**
 * The number a new entry of the draft takes: one after the highest numbered
 * entry file in feedback/<draft>/ and in every closed round's folder. A closed
 * round's ids are published in its response table and named by blame: an
 * entry of a later round must not take one (only its pending ones stay behind).
 */
export function nextEntryNumber(workspace: Workspace, draft: string): number {
  const folders = [feedbackFolder(workspace, draft), ...closedRounds(workspace, draft).map((n) => roundFolder(workspace, draft, n))];
  let highest = 0;
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      const number = /^(\d+)\.ya?ml$/u.exec(name)?.[1];
      if (number !== undefined) highest = Math.max(highest, Number(number));
    }
  }
  return highest + 1;
}

/**
 * The entries of each closed round of the draft, oldest first: rows imported in
 * a closed round are imported already (a re-sent row is not a new comment).
 * An archived file that does not read is left out: an import does not stop on it.
 */
export function closedRoundEntries(workspace: Workspace, draft: string): Array<{ round: number; entries: Entry[] }> {
  return closedRounds(workspace, draft).map((round) => ({ round, entries: readEntries(workspace, draft, roundFolder(workspace, draft, round)).entries.map((e) => e.entry) }));
}

export function readClosedRound(workspace: Workspace, draftName: string, round: number): ClosedRound {
  const folder = roundFolder(workspace, draftName, round);
  const draftFile = join(folder, 'draft.md');
  const recordFile = join(folder, 'round.json');
  if (!existsSync(draftFile)) throw new InputError(problem(`round ${round} of ${draftName} has no draft.md`, { file: workspace.display(folder), rule: 'round' }));
  const record = readRecord(workspace, recordFile, round, draftName);
  // Named after the draft as it was called in that round: its outputs are <name>.round-<n>.*.
  // Read as any draft is (a folder in its place, or bytes that are not UTF-8, are named with the path).
  const parsed = parseDraft(readWorkspaceText(workspace, draftFile), workspace.display(draftFile), `${record.draft}.round-${round}`);
  const errors = parsed.problems.filter((p) => p.fatal !== false);
  if (errors.length > 0) throw new InputError(errors);
  const { entries } = loadEntries(workspace, draftName, folder);
  return { round, folder, draft: parsed.draft, entries, record };
}

function readRecord(workspace: Workspace, file: string, round: number, draft: string): RoundRecord {
  const fallback: RoundRecord = { round, draft, closed: '', added: [], carried: [] };
  if (!existsSync(file)) return fallback;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<RoundRecord>;
    return {
      round,
      // It names output files: only a valid draft name is taken.
      draft: typeof data.draft === 'string' && isDraftName(data.draft) ? data.draft : draft,
      closed: typeof data.closed === 'string' ? data.closed : '',
      added: Array.isArray(data.added) ? data.added.filter((a) => typeof a?.id === 'string' && typeof a.from === 'string' && Array.isArray(a.entries)) : [],
      carried: Array.isArray(data.carried) ? data.carried.filter((c) => typeof c === 'string') : [],
    };
  } catch (error) {
    throw new InputError(problem(`round.json: ${(error as Error).message}`, { file: workspace.display(file), line: 1, rule: 'round' }));
  }
}

function isDraftName(name: string): boolean {
  try {
    checkDraftName(name);
    return true;
  } catch {
    return false;
  }
}

export function formatRecord(record: RoundRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export interface BuildSource {
  draft: Draft;
  entries: LoadedEntry[];
  warnings: Problem[];
}

/** What `build` builds: each draft with its entries, or with --round, each draft's closed round n (named <draft>.round-<n>). */
export function buildSources(workspace: Workspace, round?: number): BuildSource[] {
  if (round === undefined) {
    return draftNames(workspace).map((name) => ({ draft: readDraft(workspace, name).draft, ...loadEntries(workspace, name) }));
  }
  const sources = draftNames(workspace)
    .filter((name) => closedRounds(workspace, name).includes(round))
    .map((name) => {
      const closed = readClosedRound(workspace, name, round);
      return { draft: closed.draft, entries: closed.entries, warnings: [] };
    });
  if (sources.length === 0) throw new UsageError(`no draft has a closed round ${round} (rounds are kept in feedback/<draft>/round-<n>/)`);
  return sources;
}
