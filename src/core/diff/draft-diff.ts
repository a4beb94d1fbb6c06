// Clause-aligned diff of two versions of a draft (pure). Clauses are matched
// by ID, never by number, so a renumbering shows as a renumbering and a moved
// clause as a move; only changed clauses are diffed, word by word.
import type { Block, Clause } from '../draft/clause.js';
import { readMarker, type Marker } from '../draft/numbering.js';
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
  /** Both sides had IDs, but not one draft's: the clauses were aligned by text instead (drafts imported apart). */
  unrelatedIds?: boolean;
}

/** A diff of clauses paired by ID: nothing was aligned by text. */
export function byIdOnly(changes: ClauseDiff[]): VersionDiff {
  return { changes, withoutIds: { before: 0, after: 0 }, aligned: { text: 0, similarity: 0 } };
}

/** The diff of two versions, aligning clauses by number and text where a side has no IDs. */
export function diffVersions(before: readonly Clause[], after: readonly Clause[]): VersionDiff {
  const alignment = alignClauses(before, after);
  const changes = diffDrafts(alignment.before, alignment.after);
  for (const change of alignment.matchedBy.size > 0 ? changes : []) {
    const kind = alignment.matchedBy.get(change.id);
    if (kind && change.change !== 'added' && change.change !== 'removed') change.matchedBy = kind;
  }
  const aligned: Record<MatchKind, number> = { text: 0, similarity: 0 };
  for (const kind of alignment.matchedBy.values()) aligned[kind]++;
  return { changes, withoutIds: alignment.withoutIds, aligned };
}

/** What the diff reads of a clause: a parsed clause's, or a draft block's read only as far as needed (see version.ts). */
export interface DiffClause {
  id: string;
  /** Place in its version, in document order. */
  index: number;
  heading: number | null;
  /** The clause as written: its number's marker, then its text. */
  full: string;
  number: string;
  text: string;
  /** Number and text follow from `full` alone: two clauses with the same `full` have the same number and text. */
  standsAlone: boolean;
  /** The block's lines as bytes in its file, where read from one (see BlockClause). */
  bytes?: string | undefined;
}

export function diffClause(clause: Clause): DiffClause {
  return { id: clause.id, index: clause.index, heading: clause.heading, full: (clause.marker?.raw ?? '') + clause.text, number: clause.number, text: clause.text, standsAlone: false };
}

/**
 * A clause straight from its block (which may itself be read when first
 * asked for): its marker read from its own text, when first asked for.
 * `bytes`, where the block was read from a file: its lines as they stand
 * there, one character a byte; the same bytes make the same block.
 */
export class BlockClause implements DiffClause {
  readonly standsAlone = true;
  #marker: Marker | null | undefined;

  constructor(
    readonly id: string,
    readonly index: number,
    private readonly block: Pick<Block, 'heading' | 'source'>,
    readonly bytes?: string,
  ) {}

  get heading(): number | null {
    return this.block.heading;
  }

  get full(): string {
    return this.block.source;
  }

  get number(): string {
    return this.#read()?.number ?? '';
  }

  get text(): string {
    const marker = this.#read();
    return marker ? this.full.slice(marker.raw.length) : this.full;
  }

  #read(): Marker | null {
    if (this.#marker === undefined) this.#marker = readMarker(this.full);
    return this.#marker;
  }
}

export function diffDrafts(before: readonly Clause[], after: readonly Clause[]): ClauseDiff[] {
  return diffClauses(before.map(diffClause), after.map(diffClause));
}

export function diffClauses(before: readonly DiffClause[], after: readonly DiffClause[]): ClauseDiff[] {
  const oldById = new Map<string, DiffClause>();
  for (const clause of before) oldById.set(clause.id, clause);
  const newIds = new Set<string>();
  const oldPositions: number[] = [];
  for (const clause of after) {
    newIds.add(clause.id);
    const old = oldById.get(clause.id);
    if (old) oldPositions.push(old.index);
  }
  const inOrder = longestInOrder(oldPositions);
  // Removed clauses are shown where they stood: after the last clause before them that remains.
  const removedAfter = new Map<string | null, DiffClause[]>();
  let previous: string | null = null;
  for (const clause of before) {
    if (newIds.has(clause.id)) previous = clause.id;
    else if (removedAfter.has(previous)) removedAfter.get(previous)!.push(clause);
    else removedAfter.set(previous, [clause]);
  }
  const out: ClauseDiff[] = [];
  const pushRemoved = (key: string | null) => {
    if (removedAfter.size === 0) return;
    for (const clause of removedAfter.get(key) ?? []) {
      const text = clause.full;
      out.push({ id: clause.id, change: 'removed', ...(clause.number ? { oldNumber: clause.number } : {}), before: text, diff: wordDiff(text, '') });
    }
  };
  pushRemoved(null);
  for (const clause of after) {
    const old = oldById.get(clause.id);
    if (!old) {
      const text = clause.full;
      out.push({ id: clause.id, change: 'added', ...(clause.number ? { newNumber: clause.number } : {}), after: text, diff: wordDiff('', text) });
    } else {
      // A clause whose parent changes only because a clause was added before it has not moved.
      const change = pairedChange(old, clause, !inOrder(old.index));
      if (change) out.push(change);
    }
    pushRemoved(clause.id);
  }
  return out;
}

/** How a clause found on both sides changed, if it did. */
export function pairedChange(old: DiffClause, clause: DiffClause, moved: boolean): ClauseDiff | undefined {
  // The same bytes: the same block, read or not.
  if (old.bytes !== undefined && old.bytes === clause.bytes) return moved ? changeOf(old, clause, 'moved') : undefined;
  // The same words standing alone: same number and text, without reading either.
  const same = old.standsAlone && clause.standsAlone && old.full === clause.full;
  const change: ClauseChangeKind | undefined =
    (!same && old.text !== clause.text) || old.heading !== clause.heading ? 'changed' : moved ? 'moved' : !same && old.number !== clause.number ? 'renumbered' : undefined;
  return change ? changeOf(old, clause, change) : undefined;
}

function changeOf(old: DiffClause, clause: DiffClause, change: ClauseChangeKind): ClauseDiff {
  const [was, now] = [old.full, clause.full];
  return {
    id: clause.id,
    change,
    ...(old.number ? { oldNumber: old.number } : {}),
    ...(clause.number ? { newNumber: clause.number } : {}),
    before: was,
    after: now,
    diff: wordDiff(was, now),
  };
}

/** Which old positions stay in order in the new version (a longest increasing subsequence). */
function longestInOrder(positions: readonly number[]): (position: number) => boolean {
  // Nothing moved, the usual case: every position stays.
  if (positions.every((value, i) => i === 0 || positions[i - 1]! < value)) return () => true;
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
  return (position) => kept.has(position);
}
