// Display numbers after clauses are added and removed, in each clause's own
// style, and each 款's place in its article, before and after.
import type { Clause } from '../draft/clause.js';
import type { ContinuousNumbering } from '../draft/format.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { isBetween, withNumeral, type Marker } from '../draft/numbering.js';
import type { RevisedClause } from './revise.js';

/**
 * Numbers shift by the clauses added and removed before them in their
 * sequence: siblings under one parent, or, for styles that run on across
 * parents (articles across chapters, the seed's items 1–24), the whole run.
 * Where nothing was added or removed, numbers stay as the author wrote them,
 * oddities included; a list that starts again at 1 is a new sequence. A
 * regulation's sections (§ 583.340, § 583.345) are designations, not counts:
 * none is renumbered, and a new one takes the number after the one before it.
 */
export function renumber(clauses: RevisedClause[], continuous: readonly ContinuousNumbering[], articles: boolean): void {
  const runsOn = new Set(continuous.map((c) => `${c.style}@${c.level}`));
  const sequences = new Map<string, { shift: number; last: number; lastWritten: number; causes: Set<string> }>();
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
      sequence = { shift: 0, last: marker.value - 1, lastWritten: -Infinity, causes: new Set() };
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
        clause.movedBy = [...sequence.causes];
      }
      continue;
    }
    if (written !== null) sequence.lastWritten = written;
    if (isDesignation(marker)) {
      if (clause.status === 'removed') continue;
      const value = clause.status === 'added' ? sequence.last + 1 : marker.value;
      sequence.last = value;
      clause.valueAfter = value;
      if (clause.status === 'added') clause.markerAfter = withNumeral(marker, value);
      continue;
    }
    if (clause.status === 'removed') {
      sequence.shift--;
      clause.entries.forEach((e) => sequence.causes.add(e));
      continue;
    }
    let value: number;
    if (clause.status === 'added') {
      value = sequence.last + 1;
      sequence.shift++;
      clause.entries.forEach((e) => sequence.causes.add(e));
    } else {
      value = marker.value + sequence.shift;
    }
    sequence.last = value;
    clause.valueAfter = value;
    if (value !== marker.value || clause.status === 'added') {
      clause.markerAfter = withNumeral(marker, value);
      if (clause.status !== 'added') {
        clause.renumbered = true;
        clause.movedBy = [...sequence.causes];
      }
    }
  }
}

/** § 583.345: a section of a CFR part, whose number names it for good. */
function isDesignation(marker: Pick<Marker, 'raw' | 'style'>): boolean {
  return marker.style === '§ 1' && /\d\.\d/u.test(marker.raw);
}


/** A statute numbers its articles on through every 编, 章 and 节, at whatever depth they stand. */
export function articlesRunOn(clauses: readonly Clause[]): boolean {
  const articles = clauses.filter((c) => c.marker?.style === ARTICLE_STYLE);
  // 第一百二十条之一 repeats its base article's number; every other article numbers on.
  return articles.length > 1 && articles.every((c, i) => i === 0 || (isBetween(c.marker!) ? c.marker!.value! >= articles[i - 1]!.marker!.value! : c.marker!.value! > articles[i - 1]!.marker!.value!));
}

/** Each 款's number in its article, before and after; a 款 that moves records the entries that moved it. */
export function numberParagraphs(clauses: RevisedClause[]): void {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const counters = new Map<string, { before: number; after: number; causes: Set<string> }>();
  for (const clause of clauses) {
    if (clause.heading !== null || clause.parent === null) continue;
    const parent = byId.get(clause.parent);
    const numbered = clause.original ? clause.original.marker !== null : clause.markerAfter !== '';
    const inArticle = (parent?.original?.marker ?? parent?.basis)?.style === ARTICLE_STYLE;
    if (numbered || !inArticle) continue;
    // An article whose own paragraph is removed: its next 款 is its first now.
    const counter = counters.get(clause.parent) ?? (parent?.ownParagraphRemoved
      ? { before: 1, after: 0, causes: new Set(parent.changes.flatMap((c) => c.entries)) }
      : { before: 1, after: 1, causes: new Set<string>() });
    counters.set(clause.parent, counter);
    if (clause.original) clause.paragraphBefore = ++counter.before;
    if (clause.status === 'removed' || clause.status === 'added') {
      clause.entries.forEach((e) => counter.causes.add(e));
      if (clause.status === 'removed') continue;
    }
    clause.paragraphAfter = ++counter.after;
    if (clause.original && clause.paragraphAfter !== clause.paragraphBefore) clause.movedBy = [...counter.causes];
  }
}
