// A unit rewritten whole (将第三百零三条修改为：“…”) loses its old 款 and 项
// and gains the new ones, though an amendment usually keeps most of them word
// for word. For the comparison table and the redline, the old and new
// paragraphs are paired: one that reads as before is shown as it is, one that
// stands in an old one's place with other words is shown with its words
// marked, and only the rest as struck or added whole (刑法修正案十一 三十六:
// a 第三款 added, 第二款 kept).
import { diffArrays } from 'diff';
import { wordDiff } from '../diff/word-diff.js';
import type { RevisedClause } from './revise.js';

export interface MemberPair {
  removed?: RevisedClause;
  added?: RevisedClause;
}

/** The members of one row (a rewrite's old and new paragraphs, in order), paired by their words (without their numbers). */
export function pairMembers(members: readonly RevisedClause[]): MemberPair[] {
  const removed = members.filter((m) => m.status === 'removed');
  const added = members.filter((m) => m.status === 'added');
  if (removed.length === 0 || added.length === 0) return members.map((m) => (m.status === 'removed' ? { removed: m } : { added: m }));
  return alignParagraphs(
    removed.map((c) => c.textBefore),
    added.map((c) => c.textAfter),
  ).map(([r, a]) => ({ ...(r === undefined ? {} : { removed: removed[r]! }), ...(a === undefined ? {} : { added: added[a]! }) }));
}

/**
 * A rewrite that keeps the unit's own old paragraph as one of its new ones
 * (将第五条修改为：“<新款>”“<原第五条>”, 增加一款作为第一款: the old text is
 * its 第二款 now) pairs that paragraph with the one that reads as it, not with
 * the unit's new own words. The pairs over the unit's own paragraph and its
 * members together, the unit standing for its old own paragraph (removed) and
 * its new one (added); undefined where the two are paired with each other, as
 * in most rewrites (pairMembers then pairs the rest).
 */
export function ownParagraphPairs(clause: RevisedClause, members: readonly RevisedClause[]): MemberPair[] | undefined {
  if (clause.status !== 'changed' || clause.ownParagraphRemoved || !members.some((m) => m.status === 'added')) return undefined;
  // A new first 款 (add-clause first-paragraph): the old own paragraph is the 款 kept, however other edits changed its words.
  const kept = clause.newFirstParagraph ? clause.ownParagraphKept : undefined;
  // (The new text's later paragraphs, 增加两款作为第一款、第二款, stand before it, new.)
  const at = kept ? members.indexOf(kept) : -1;
  if (kept && at !== -1) return [{ added: clause }, ...members.slice(0, at).map((m) => ({ added: m })), { removed: clause, added: kept }, ...pairMembers(members.slice(at + 1))];
  const removed = [clause, ...members.filter((m) => m.status === 'removed')];
  const added = [clause, ...members.filter((m) => m.status === 'added')];
  const pairs = alignParagraphs(
    removed.map((c) => c.textBefore),
    added.map((c) => c.textAfter),
  );
  if (pairs.some(([r, a]) => r === 0 && a === 0)) return undefined;
  return pairs.map(([r, a]) => ({ ...(r === undefined ? {} : { removed: removed[r]! }), ...(a === undefined ? {} : { added: added[a]! }) }));
}

/** How far past the next new (or old) paragraph one looks for the one that reads as it (a 款 or two put before it, or taken out). */
const LOOK_AHEAD = 3;

/** How much of two paragraphs is the same for one to be the other kept nearly word for word. */
const NEARLY_KEPT = 0.9;

/**
 * Old and new paragraphs paired in order (indices; one side undefined where a
 * paragraph is gone or new): those that read the same, then, between them,
 * each old one with the next new one where that keeps at least half its words
 * (a 款 reworded in its place). Only a paragraph kept word for word or nearly
 * (NEARLY_KEPT) is looked for further on: the new ones put before it stand
 * alone (增加一款作为第一款, the old text its 第二款 now), as do old ones taken
 * out before the one a new paragraph keeps. An old paragraph that keeps more
 * of its words in a later new one than in its own is still paired with its own.
 */
function alignParagraphs(before: readonly string[], after: readonly string[]): Array<[number | undefined, number | undefined]> {
  const pairs: Array<[number | undefined, number | undefined]> = [];
  let r = 0;
  let a = 0;
  const chunks = diffArrays([...before], [...after]);
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    if (!chunk.added && !chunk.removed) {
      for (let n = 0; n < chunk.count; n++) pairs.push([r++, a++]);
      continue;
    }
    // Old paragraphs gone, and new ones in their place.
    const gone = chunk.removed ? chunk.count : 0;
    const next = chunks[k + 1];
    const come = chunk.removed && next?.added ? next.count : chunk.added ? chunk.count : 0;
    if (chunk.removed && next?.added) k++;
    const goneEnd = r + gone;
    const comeEnd = a + come;
    while (r < goneEnd) {
      const here = a < comeEnd ? share(before[r]!, after[a]!) : 0;
      if (here < NEARLY_KEPT) {
        // A new paragraph further on that keeps this one nearly whole (and no later old one better): those before it are new.
        const ahead = nearlyKept(before[r]!, after, a + 1, Math.min(comeEnd, a + 1 + LOOK_AHEAD), before, r + 1, goneEnd);
        if (ahead !== undefined) {
          while (a < ahead) pairs.push([undefined, a++]);
          pairs.push([r++, a++]);
          continue;
        }
        // An old paragraph further on that this new one keeps nearly whole (and no later new one better): this old one is gone.
        if (a < comeEnd && nearlyKept(after[a]!, before, r + 1, Math.min(goneEnd, r + 1 + LOOK_AHEAD), after, a + 1, comeEnd) !== undefined) {
          pairs.push([r++, undefined]);
          continue;
        }
      }
      if (here * 2 >= 1) pairs.push([r++, a++]);
      else if (goneEnd - r > comeEnd - a) pairs.push([r++, undefined]);
      else {
        // Neither reads as the other: the old one gone, the new one in its place, each alone.
        pairs.push([r++, undefined]);
        if (a < comeEnd) pairs.push([undefined, a++]);
      }
    }
    while (a < comeEnd) pairs.push([undefined, a++]);
  }
  return pairs;
}

/** The share of two paragraphs' words the second keeps of the first (of the longer's length). */
function share(before: string, after: string): number {
  const longer = Math.max(before.length, after.length);
  return longer === 0 ? 1 : keptChars(before, after) / longer;
}

/**
 * The one of others[from, to) that keeps `text` nearly word for word (the
 * closest), if any, and if none of rivals[rivalFrom, rivalEnd) (the paragraphs
 * after `text` on its side, a few) reads as it as closely: in an article whose
 * 款 differ in a word or two, a 款 reworded more than the next is still paired
 * with its own.
 */
function nearlyKept(text: string, others: readonly string[], from: number, to: number, rivals: readonly string[], rivalFrom: number, rivalEnd: number): number | undefined {
  let best: number | undefined;
  let most = 0;
  for (let j = from; j < to; j++) {
    const kept = share(text, others[j]!);
    if (kept >= NEARLY_KEPT && kept > most) [best, most] = [j, kept];
  }
  if (best === undefined) return undefined;
  for (let i = rivalFrom; i < Math.min(rivalEnd, rivalFrom + LOOK_AHEAD); i++) if (share(rivals[i]!, others[best]!) >= most) return undefined;
  return best;
}

/**
 * The paragraphs a rewrite merged into the unit's own (将第一百九十八条修改为
 * one 款 that reads as its two did): its old members, all removed, when the
 * unit's new text keeps their words after its own. Shown so, in the
 * comparison table and the redline, the words kept are neither struck nor
 * added again. Undefined when the rewrite did anything else with them.
 */
export function mergedMembers(clause: RevisedClause, group: readonly RevisedClause[]): RevisedClause[] | undefined {
  if (clause.status === 'added' || clause.status === 'removed' || clause.ownParagraphRemoved) return undefined;
  if (group.length === 0 || group.some((m) => m.status !== 'removed')) return undefined;
  const theirs = group.reduce((n, m) => n + m.markerBefore.length + m.textBefore.length, 0);
  const gained = keptChars(mergedBefore(clause, group), clause.textAfter) - keptChars(clause.textBefore, clause.textAfter);
  return gained * 2 >= theirs ? [...group] : undefined;
}

/** The unit's old text and its merged paragraphs', run together as the new text runs them. */
export function mergedBefore(clause: RevisedClause, merged: readonly RevisedClause[]): string {
  return clause.textBefore + merged.map((m) => m.markerBefore + m.textBefore).join('');
}

function keptChars(before: string, after: string): number {
  return wordDiff(before, after).reduce((n, part) => n + (part.kind === 'equal' ? part.text.length : 0), 0);
}
