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
  const pairs: MemberPair[] = [];
  let r = 0;
  let a = 0;
  const chunks = diffArrays(
    removed.map((c) => c.textBefore),
    added.map((c) => c.textAfter),
  );
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    if (!chunk.added && !chunk.removed) {
      for (let n = 0; n < chunk.count; n++) pairs.push({ removed: removed[r++]!, added: added[a++]! });
      continue;
    }
    // Old paragraphs gone, and new ones in their place: paired in order, the rest alone.
    const gone = chunk.removed ? chunk.count : 0;
    const next = chunks[k + 1];
    const come = chunk.removed && next?.added ? next.count : chunk.added ? chunk.count : 0;
    if (chunk.removed && next?.added) k++;
    for (let n = 0; n < Math.max(gone, come); n++) {
      const old = n < gone ? removed[r++] : undefined;
      const now = n < come ? added[a++] : undefined;
      if (old && now && similar(old.textBefore, now.textAfter)) pairs.push({ removed: old, added: now });
      else pairs.push(...(old ? [{ removed: old }] : []), ...(now ? [{ added: now }] : []));
    }
  }
  return pairs;
}

/** Texts that keep at least half their words: one paragraph changed, not another put in its place. */
function similar(before: string, after: string): boolean {
  return keptChars(before, after) * 2 >= Math.max(before.length, after.length);
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
