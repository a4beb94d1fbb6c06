// Display numbers after clauses are added and removed, in each clause's own
// style, and each 款's place in its article, before and after.
import type { Clause } from '../draft/clause.js';
import type { ContinuousNumbering } from '../draft/format.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { isBetween, isDesignation, withNumeral } from '../draft/numbering.js';
import { paragraphsIn, type ParagraphUnit } from '../draft/paragraphs.js';
import { applyChanges } from '../edits/plan.js';
import type { RevisedClause } from './revise.js';

/**
 * Numbers shift by the clauses added and removed before them in their
 * sequence: siblings under one parent, or, for styles that run on across
 * parents (articles across chapters, the seed's items 1–24), the whole run.
 * Where nothing was added or removed, numbers stay as the author wrote them,
 * oddities included; a list that starts again at 1 is a new sequence. A
 * regulation's sections (§ 583.340, § 583.345) are designations, not counts:
 * none is renumbered, and a new one takes the number its text gives, or the
 * one after the one before it.
 */
export function renumber(clauses: RevisedClause[], continuous: readonly ContinuousNumbering[], articles: boolean): void {
  const runsOn = new Set(continuous.map((c) => `${c.style}@${c.level}`));
  const sequences = new Map<string, { shift: number; last: number; lastWritten: number; causes: Shifts }>();
  for (const clause of clauses) {
    const marker = clause.original?.marker ?? clause.basis;
    if (!marker || marker.value === null || (clause.status === 'added' && !clause.basis)) continue;
    const key =
      articles && marker.style === ARTICLE_STYLE
        ? 'run:articles'
        : runsOn.has(`${marker.style}@${clause.level}`)
          ? `run:${marker.style}@${clause.level}`
          : `in:${clause.parent ?? ''}`;
    let sequence = sequences.get(key);
    const written = clause.original?.marker?.value ?? null;
    // 第一百二十条之一 stands between numbers, as does a new article added as one (place.ts):
    // it takes its base article's new number and moves nothing.
    const between = isBetween(marker);
    if (!sequence || (written !== null && !between && written <= sequence.lastWritten)) {
      sequence = { shift: 0, last: marker.value - 1, lastWritten: -Infinity, causes: new Shifts() };
      sequences.set(key, sequence);
    }
    if (between) {
      if (clause.status === 'removed') continue;
      const value = Math.max(1, sequence.last);
      clause.valueAfter = value;
      if (clause.status === 'added') clause.markerAfter = withNumeral(marker, value);
      else if (value !== marker.value) {
        clause.markerAfter = withNumeral(marker, value);
        clause.renumbered = true;
        clause.movedBy = sequence.causes.movers();
      }
      continue;
    }
    if (written !== null) sequence.lastWritten = written;
    if (isDesignation(marker)) {
      if (clause.status === 'removed') continue;
      // (Add § 583.355: the number the comment gave, where it comes after the one before.)
      const value = clause.status !== 'added' ? marker.value : clause.numberGiven && marker.value > sequence.last ? marker.value : sequence.last + 1;
      sequence.last = value;
      clause.valueAfter = value;
      if (clause.status === 'added') clause.markerAfter = withNumeral(marker, value);
      continue;
    }
    if (clause.status === 'removed') {
      sequence.shift--;
      sequence.causes.add(clause.entries, -1);
      continue;
    }
    let value: number;
    if (clause.status === 'added') {
      value = sequence.last + 1;
      sequence.shift++;
      sequence.causes.add(clause.entries, 1);
    } else {
      value = marker.value + sequence.shift;
    }
    sequence.last = value;
    clause.valueAfter = value;
    if (value !== marker.value || clause.status === 'added') {
      clause.markerAfter = withNumeral(marker, value);
      if (clause.status !== 'added') {
        clause.renumbered = true;
        clause.movedBy = sequence.causes.movers();
      }
    }
  }
}

/**
 * The entries that shifted the units after this point: each counts the units
 * it added less those it removed, so that one which moved a unit from before
 * the point to elsewhere before it (第十一条 moved up to after 第四条) moved
 * nothing after it, and is not credited with the numbers that changed there.
 */
class Shifts {
  private readonly net = new Map<string, number>();

  add(entries: readonly string[], delta: 1 | -1): void {
    for (const entry of entries) this.net.set(entry, (this.net.get(entry) ?? 0) + delta);
  }

  /** Those whose units added and removed do not cancel out; where every one cancels out (entries sharing a unit), all of them. */
  movers(): string[] {
    const moving = [...this.net].filter(([, n]) => n !== 0).map(([entry]) => entry);
    return moving.length > 0 ? moving : [...this.net.keys()];
  }
}

/** A statute numbers its articles on through every 编, 章 and 节, at whatever depth they stand. */
export function articlesRunOn(clauses: readonly Clause[]): boolean {
  const articles = clauses.filter((c) => c.marker?.style === ARTICLE_STYLE);
  // 第一百二十条之一 repeats its base article's number; every other article numbers on.
  return articles.length > 1 && articles.every((c, i) => i === 0 || (isBetween(c.marker!) ? c.marker!.value! >= articles[i - 1]!.marker!.value! : c.marker!.value! > articles[i - 1]!.marker!.value!));
}

/**
 * Each 款's number in its article, before and after, as paragraphs.ts counts
 * them on the text before and after (a list's lines are no 款: they have no
 * number and move none); a 款 that moves records the entries that moved it.
 */
export function numberParagraphs(clauses: RevisedClause[]): void {
  const children = new Map<string, RevisedClause[]>();
  for (const clause of clauses) {
    if (clause.parent === null) continue;
    const list = children.get(clause.parent);
    if (list) list.push(clause);
    else children.set(clause.parent, [clause]);
  }
  for (const article of clauses) {
    if ((article.original?.marker ?? article.basis)?.style === ARTICLE_STYLE) numberArticle(article, children);
  }
}

function numberArticle(article: RevisedClause, children: ReadonlyMap<string, readonly RevisedClause[]>): void {
  const own = children.get(article.id);
  if (!own) return;
  const before = paragraphNumbers(article, children, 'before');
  // A unit of the draft keeps the part it had there (a 款, or a list's line); added ones follow the rule.
  // With none added or removed, the 款 are those of the draft (the common case, read once).
  const after = own.some((c) => c.status === 'added' || c.status === 'removed')
    ? paragraphNumbers(article, children, 'after', (c) => (before.has(c) ? 'paragraph' : c.original && c.original.marker === null && c.heading === null ? 'line' : undefined))
    : before;
  // An article whose own paragraph is removed: its next 款 is its first now.
  const shift = article.ownParagraphRemoved ? 1 : 0;
  const causes = new Shifts();
  if (article.ownParagraphRemoved) causes.add([...new Set(article.changes.flatMap((c) => c.entries))], -1);
  for (const clause of own) {
    const was = before.get(clause);
    const is = after.get(clause);
    if (was !== undefined) clause.paragraphBefore = was;
    if (clause.status === 'removed' && was !== undefined) causes.add(clause.entries, -1);
    if (clause.status === 'added' && is !== undefined) causes.add(clause.entries, 1);
    if (is === undefined || clause.status === 'removed') continue;
    clause.paragraphAfter = is - shift;
    if (was !== undefined && clause.paragraphAfter !== was) clause.movedBy = causes.movers();
  }
}

type Unit = ParagraphUnit & { id: string; clause: RevisedClause };

/** The 款 after the article's own, by number (2 for the first), read from the clauses and their text before or after the revision. */
function paragraphNumbers(
  article: RevisedClause,
  children: ReadonlyMap<string, readonly RevisedClause[]>,
  when: 'before' | 'after',
  known?: (clause: RevisedClause) => 'paragraph' | 'line' | undefined,
): Map<RevisedClause, number> {
  const there = (c: RevisedClause) => (when === 'before' ? c.original !== undefined : c.status !== 'removed');
  const childrenOf = (unit: Unit) => (children.get(unit.id) ?? []).filter(there).map((c) => unitOf(c, when));
  const paragraphs = paragraphsIn(unitOf(article, when), childrenOf, known && ((u: Unit) => known(u.clause)));
  return new Map(paragraphs.slice(1).map((p, i) => [p.head.clause, i + 2]));
}

/** A revised clause as paragraphs.ts reads it; the text after is its edits applied (the build applies them later, in revise.ts's finish). */
function unitOf(clause: RevisedClause, when: 'before' | 'after'): Unit {
  const marker = clause.original ? clause.original.marker : clause.markerAfter !== '' ? (clause.basis ?? { style: '' }) : null;
  const text = when === 'before' ? clause.textBefore : clause.status === 'added' ? clause.textAfter : applyChanges(clause.textBefore, clause.changes);
  return { id: clause.id, clause, marker, heading: clause.heading, text };
}
