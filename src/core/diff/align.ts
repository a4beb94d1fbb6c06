// Pairs the clauses of two versions when one side has no clause IDs (a built
// revised text, a pasted file), so that the diff can still say "changed",
// "renumbered" or "moved" instead of "everything removed, everything added".
// Clauses with an ID on both sides are paired by it; the others are paired by
// their text (number left out, so a renumbered clause is found), in order,
// then by number and similarity within each gap, then by identical text out
// of order (a move). Each paired clause without an ID takes its partner's ID;
// one left unpaired is named by its line: "-L12" (old file), "+L12" (new).
import { diffArrays } from 'diff';
import type { Clause } from '../draft/clause.js';
import { addToGroup } from '../text/groups.js';

export type MatchKind = 'text' | 'similarity';

export interface Alignment {
  before: Clause[];
  after: Clause[];
  /** How each aligned pair (by the ID it now has) was found; clauses paired by their own IDs are not in it. */
  matchedBy: Map<string, MatchKind>;
  /** Clauses on each side that had no ID. */
  withoutIds: { before: number; after: number };
}

/** Gaps larger than this (old × new clauses) are paired by number only: similarity is quadratic. */
const MAX_GAP_CELLS = 250_000;
const SIMILAR = 0.5;
const SIMILAR_SAME_NUMBER = 0.3;

export function alignClauses(before: readonly Clause[], after: readonly Clause[]): Alignment {
  const withoutIds = { before: countWithoutId(before), after: countWithoutId(after) };
  const matchedBy = new Map<string, MatchKind>();
  if (withoutIds.before === 0 && withoutIds.after === 0) return { before: [...before], after: [...after], matchedBy, withoutIds };

  const newIds = new Set(after.map((c) => c.id).filter(Boolean));
  const oldIds = new Set(before.map((c) => c.id).filter(Boolean));
  // Clauses not paired by their own ID; a pair needs at least one side without an ID.
  const oldRest = before.filter((c) => !c.id || !newIds.has(c.id));
  const newRest = after.filter((c) => !c.id || !oldIds.has(c.id));
  const pairable = (o: Clause, n: Clause) => !o.id || !n.id;
  const pairs = new Map<Clause, { partner: Clause; kind: MatchKind }>();
  const pair = (o: Clause, n: Clause, kind: MatchKind) => {
    pairs.set(o, { partner: n, kind });
    pairs.set(n, { partner: o, kind });
  };

  // 1. Identical text, in order (longest common subsequence).
  const oldKeys = oldRest.map(key);
  const newKeys = newRest.map(key);
  const runs = diffArrays(
    oldRest.map((_, i) => i),
    newRest.map((_, i) => i),
    { comparator: (i, j) => oldKeys[i] === newKeys[j] && pairable(oldRest[i]!, newRest[j]!), timeout: 1000 },
  );
  const anchors: Array<[number, number]> = [];
  if (runs) {
    let oi = 0;
    let ni = 0;
    for (const run of runs) {
      if (run.added) ni += run.count ?? run.value.length;
      else if (run.removed) oi += run.count ?? run.value.length;
      else
        for (let k = 0; k < (run.count ?? run.value.length); k++) {
          pair(oldRest[oi]!, newRest[ni]!, 'text');
          anchors.push([oi++, ni++]);
        }
    }
  }
  // 2. Within each gap between those: by number and similarity, in order.
  let previous: [number, number] = [-1, -1];
  for (const anchor of [...anchors, [oldRest.length, newRest.length] as [number, number]]) {
    const gapOld = oldRest.slice(previous[0] + 1, anchor[0]);
    const gapNew = newRest.slice(previous[1] + 1, anchor[1]);
    for (const [o, n] of pairGap(gapOld, gapNew, pairable)) pair(o, n, 'similarity');
    previous = anchor;
  }
  // 3. Identical text out of order: a clause that moved.
  const unpairedNew = new Map<string, Clause[]>();
  for (const n of newRest) if (!pairs.has(n)) addToGroup(unpairedNew, key(n), n);
  for (const o of oldRest) {
    if (pairs.has(o)) continue;
    const candidates = unpairedNew.get(key(o));
    const n = candidates?.find((c) => pairable(o, c) && !pairs.has(c));
    if (n) pair(o, n, 'text');
  }

  const name = (clause: Clause, side: '-' | '+'): string => {
    if (clause.id) return clause.id;
    const found = pairs.get(clause);
    if (found?.partner.id) return found.partner.id;
    // Neither side has an ID: both take the old clause's line.
    if (found) return side === '-' ? `-L${clause.line}` : `-L${found.partner.line}`;
    return `${side}L${clause.line}`;
  };
  const relabel = (clauses: readonly Clause[], side: '-' | '+'): Clause[] =>
    clauses.map((c) => {
      const id = name(c, side);
      const found = pairs.get(c);
      if (found && !c.id) matchedBy.set(id, found.kind);
      return id === c.id ? c : { ...c, id };
    });
  return { before: relabel(before, '-'), after: relabel(after, '+'), matchedBy, withoutIds };
}

function countWithoutId(clauses: readonly Clause[]): number {
  let count = 0;
  for (const clause of clauses) if (!clause.id) count++;
  return count;
}

/** What must be equal for two clauses to be "the same text": the text without its number, spacing aside. */
function key(clause: Clause): string {
  return clause.text.replace(/\s+/gu, ' ').trim();
}

/**
 * Pairs in order inside a gap, maximising total similarity (a small
 * Needleman–Wunsch); a pair needs enough similar text, a little less when the
 * numbers agree. Large gaps are paired by equal number only.
 */
export function pairGap(olds: Clause[], news: Clause[], pairable: (o: Clause, n: Clause) => boolean): Array<[Clause, Clause]> {
  if (olds.length === 0 || news.length === 0) return [];
  if (olds.length * news.length > MAX_GAP_CELLS) return pairByNumber(olds, news, pairable);
  const grams = { old: olds.map(bigrams), new: news.map(bigrams) };
  const score = (i: number, j: number): number => {
    const o = olds[i]!;
    const n = news[j]!;
    if (!pairable(o, n) || o.heading !== n.heading) return 0;
    const similarity = dice(grams.old[i]!, grams.new[j]!);
    const sameNumber = o.number !== '' && o.number === n.number;
    return similarity >= (sameNumber ? SIMILAR_SAME_NUMBER : SIMILAR) ? similarity + (sameNumber ? 0.1 : 0) : 0;
  };
  const rows = olds.length + 1;
  const cols = news.length + 1;
  const best = new Float64Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const s = score(i - 1, j - 1);
      best[i * cols + j] = Math.max(best[(i - 1) * cols + j]!, best[i * cols + j - 1]!, s > 0 ? best[(i - 1) * cols + j - 1]! + s : 0);
    }
  }
  const out: Array<[Clause, Clause]> = [];
  for (let i = rows - 1, j = cols - 1; i > 0 && j > 0; ) {
    const here = best[i * cols + j]!;
    if (here === best[(i - 1) * cols + j]) i--;
    else if (here === best[i * cols + j - 1]) j--;
    else {
      out.push([olds[i - 1]!, news[j - 1]!]);
      i--;
      j--;
    }
  }
  return out.reverse();
}

function pairByNumber(olds: Clause[], news: Clause[], pairable: (o: Clause, n: Clause) => boolean): Array<[Clause, Clause]> {
  const byNumber = new Map<string, Clause[]>();
  for (const n of news) if (n.number) addToGroup(byNumber, `${n.level}:${n.number}`, n);
  const out: Array<[Clause, Clause]> = [];
  for (const o of olds) {
    const list = byNumber.get(`${o.level}:${o.number}`) ?? [];
    const at = list.findIndex((n) => pairable(o, n));
    if (at !== -1) out.push([o, list.splice(at, 1)[0]!]);
  }
  return out;
}

function bigrams(clause: Clause): Map<string, number> {
  return bigramsOf(key(clause));
}

/** How alike two texts are: the Sørensen–Dice coefficient of their character pairs (0 nothing shared, 1 the same). */
export function textSimilarity(a: string, b: string): number {
  return dice(bigramsOf(a), bigramsOf(b));
}

function bigramsOf(text: string): Map<string, number> {
  const chars = [...text];
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  if (chars.length === 1) grams.set(chars[0]!, 1);
  return grams;
}

/** Sørensen–Dice coefficient of two bigram multisets (0 nothing shared, 1 the same). */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const count of a.values()) total += count;
  for (const count of b.values()) total += count;
  if (total === 0) return 1;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return (2 * shared) / total;
}
