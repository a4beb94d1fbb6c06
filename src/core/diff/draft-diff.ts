// Clause-aligned diff of two versions of a draft (pure). Clauses are matched
// by ID, never by number, so a renumbering shows as a renumbering and a moved
// clause as a move; only changed clauses are diffed, word by word.
import type { Clause } from '../draft/clause.js';
import { alignClauses, type Alignment, type MatchKind } from './align.js';
import { wordDiff, type DiffPart } from './word-diff.js';

export type ClauseChangeKind = 'changed' | 'added' | 'removed' | 'moved' | 'renumbered';

export interface ClauseDiff {
  id: string;
  change: ClauseChangeKind;
  oldNumber?: string;
  newNumber?: string;
  before?: string;
  after?: string;
  diff: DiffPart[];
  /** Set where a side had no clause IDs: how this clause was paired. */
  matchedBy?: MatchKind;
}

export interface VersionDiff {
  changes: ClauseDiff[];
  /** Clauses without IDs on each side; when any, clauses were aligned by number and text. */
  withoutIds: Alignment['withoutIds'];
  /** Pairs found by text and by similarity. */
  aligned: Record<MatchKind, number>;
}

/** The diff of two versions, aligning clauses by number and text where a side has no IDs. */
export function diffVersions(before: readonly Clause[], after: readonly Clause[]): VersionDiff {
  const alignment = alignClauses(before, after);
  const changes = diffDrafts(alignment.before, alignment.after);
  for (const change of changes) {
    const kind = alignment.matchedBy.get(change.id);
    if (kind && change.change !== 'added' && change.change !== 'removed') change.matchedBy = kind;
  }
  const aligned: Record<MatchKind, number> = { text: 0, similarity: 0 };
  for (const kind of alignment.matchedBy.values()) aligned[kind]++;
  return { changes, withoutIds: alignment.withoutIds, aligned };
}

const full = (clause: Clause) => (clause.marker?.raw ?? '') + clause.text;

export function diffDrafts(before: readonly Clause[], after: readonly Clause[]): ClauseDiff[] {
  const oldById = new Map(before.map((c) => [c.id, c]));
  const newIds = new Set(after.map((c) => c.id));
  const inOrder = longestInOrder(after.filter((c) => oldById.has(c.id)).map((c) => oldById.get(c.id)!.index));
  // Removed clauses are shown where they stood: after the last clause before them that remains.
  const removedAfter = new Map<string | null, Clause[]>();
  let previous: string | null = null;
  for (const clause of before) {
    if (newIds.has(clause.id)) previous = clause.id;
    else removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), clause]);
  }
  const out: ClauseDiff[] = [];
  const pushRemoved = (key: string | null) => {
    for (const clause of removedAfter.get(key) ?? []) {
      out.push({ id: clause.id, change: 'removed', ...(clause.number ? { oldNumber: clause.number } : {}), before: full(clause), diff: wordDiff(full(clause), '') });
    }
  };
  pushRemoved(null);
  for (const clause of after) {
    const old = oldById.get(clause.id);
    if (!old) {
      out.push({ id: clause.id, change: 'added', ...(clause.number ? { newNumber: clause.number } : {}), after: full(clause), diff: wordDiff('', full(clause)) });
    } else {
      // A clause whose parent changes only because a clause was added before it has not moved.
      const moved = !inOrder.has(old.index);
      const change: ClauseChangeKind | undefined =
        old.text !== clause.text || old.heading !== clause.heading ? 'changed' : moved ? 'moved' : old.number !== clause.number ? 'renumbered' : undefined;
      if (change) {
        out.push({
          id: clause.id,
          change,
          ...(old.number ? { oldNumber: old.number } : {}),
          ...(clause.number ? { newNumber: clause.number } : {}),
          before: full(old),
          after: full(clause),
          diff: wordDiff(full(old), full(clause)),
        });
      }
    }
    pushRemoved(clause.id);
  }
  return out;
}

/** The old positions that stay in order in the new version (longest increasing subsequence). */
function longestInOrder(positions: readonly number[]): Set<number> {
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous: number[] = [];
  positions.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailAt[lo] = i;
    previous[i] = lo > 0 ? tailAt[lo - 1]! : -1;
  });
  const kept = new Set<number>();
  for (let i = tailAt[tails.length - 1] ?? -1; i !== -1; i = previous[i]!) kept.add(positions[i]!);
  return kept;
}
