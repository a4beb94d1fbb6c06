// A numbering that skips (六、 then 八、) or repeats (第十二条 twice): the build
// keeps numbers as the author wrote them where nothing was added or removed,
// so a clause deleted or added by hand leaves a gap or a twin that every later
// version carries. `check` warns of it.
// The sequences are the build's: siblings of one style under one parent, or,
// for articles and the styles the front matter says run on, the whole draft.
import type { Clause } from './clause.js';
import { ARTICLE_STYLE } from './hierarchy.js';
import type { ContinuousNumbering } from './meta.js';
import { isBetween } from './numbering.js';

export interface NumberingGap {
  /** The clause after the gap. */
  clause: Clause;
  /** The number before it, as cited. */
  after: string;
  /** A number skipped, or the same number twice (a clause added by hand with the number of the next). */
  kind: 'skip' | 'repeat';
}

export function numberingGaps(clauses: readonly Clause[], continuous: readonly ContinuousNumbering[]): NumberingGap[] {
  const runsOn = new Set(continuous.map((c) => `${c.style}@${c.level}`));
  const last = new Map<string, Clause>();
  const gaps: NumberingGap[] = [];
  for (const clause of clauses) {
    const marker = clause.marker;
    // No counts: bullets, 第X条之一 (between numbers), a regulation's 583.345 (a designation that steps
    // by five), and C, D, L or M alone (Subpart C: a letter more likely than a hundred).
    if (!marker || marker.value === null || isBetween(marker) || /\d\.\d/u.test(marker.raw) || /^[CDLM]$/u.test(marker.number)) continue;
    const key = marker.style === ARTICLE_STYLE ? 'articles' : runsOn.has(`${marker.style}@${clause.level}`) ? `run:${marker.style}@${clause.level}` : `in:${clause.parent ?? ''}:${marker.style}`;
    const before = last.get(key);
    last.set(key, clause);
    // A number that is not above the last starts a new sequence (a list numbered again from 1).
    if (before && marker.value > before.marker!.value! + 1) gaps.push({ clause, after: before.number, kind: 'skip' });
    else if (before && marker.value === before.marker!.value && marker.style === before.marker!.style) gaps.push({ clause, after: before.number, kind: 'repeat' });
  }
  return gaps;
}
