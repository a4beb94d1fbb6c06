// A new article numbered between two others (增加一条，作为第一条之一) where the
// draft already has an article of that number, or another new article is given
// it too: the build would write two articles 第一条之一 (an amendment applied a
// second time does that; so do two items of a decision numbered alike). Said as
// a warning, with the next number free after it, since only the clerk knows
// whether the new article is a second one or the same one again.
import type { Clause } from '../draft/clause.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { chineseNumeral } from '../draft/numerals.js';
import { isBetween, readMarker, subNumber } from '../draft/numbering.js';
import { linesOf, type PlannedEdit } from '../edits/plan.js';

/** What to tell the clerk when an added article takes a 第X条之Y the draft has already; undefined when the number is free. */
export function takenNumberMessage(p: PlannedEdit, clauses: readonly Clause[], removed: ReadonlySet<string> = new Set()): string | undefined {
  const own = givenNumber(p);
  if (!own) return undefined;
  const family = familyOf(own.value, clauses, removed);
  const taken = family.find((c) => subNumber(c.marker!.raw) === own.sub);
  if (!taken) return undefined;
  const free = Math.max(...family.map((c) => subNumber(c.marker!.raw)!)) + 1;
  return `the draft has ${taken.number} already (${taken.id}): the new article would be a second ${taken.number}; give it the next free number, ${withSub(own.raw, free)}, or drop the edit if it is that article again`;
}

export interface SameNumber {
  /** The later edit, which the warning is of. */
  edit: PlannedEdit;
  /** The first edit given that number. */
  first: PlannedEdit;
  message: string;
}

/**
 * New articles given one 第X条之Y by two edits (of one entry or two) that the
 * draft does not have (takenNumberMessage says that one, to each): each after
 * the first is told of it, with the next number free of the draft's and the
 * new articles'.
 */
export function sameNumbers(edits: readonly PlannedEdit[], clauses: readonly Clause[], removed: ReadonlySet<string> = new Set()): SameNumber[] {
  const numbered = edits.flatMap((p) => {
    const own = givenNumber(p);
    return own ? [{ p, ...own }] : [];
  });
  const out: SameNumber[] = [];
  const next = new Map<number, number>();
  numbered.forEach(({ p, value, sub, raw }, i) => {
    const first = numbered.find((q) => q.value === value && q.sub === sub);
    if (first === numbered[i]) return;
    if (familyOf(value, clauses, removed).some((c) => subNumber(c.marker!.raw) === sub)) return;
    const free = next.get(value) ?? Math.max(...familyOf(value, clauses, removed).map((c) => subNumber(c.marker!.raw)!), ...numbered.filter((q) => q.value === value).map((q) => q.sub)) + 1;
    next.set(value, free + 1);
    const { entry, index } = first!.p.ref;
    const message = `entry ${entry}, edit ${index} adds a ${raw} too: the two new articles would both be ${raw}; give this one the next free number, ${withSub(raw, free)}, or drop the edit if it is that article again`;
    out.push({ edit: p, first: first!.p, message });
  });
  return out;
}

/** The 第X条之Y an ok add-clause's text opens with. */
function givenNumber(p: PlannedEdit): { value: number; sub: number; raw: string } | undefined {
  if (p.edit.op !== 'add-clause' || p.state !== 'ok') return undefined;
  const own = readMarker(linesOf(p.edit.text)[0] ?? '');
  if (!own || own.style !== ARTICLE_STYLE || own.value === null || !isBetween(own)) return undefined;
  return { value: own.value, sub: subNumber(own.raw)!, raw: own.raw.trim() };
}

/** The draft's articles 第X条之… of one X, those removed aside. */
function familyOf(value: number, clauses: readonly Clause[], removed: ReadonlySet<string>): Clause[] {
  return clauses.filter((c) => c.marker?.style === ARTICLE_STYLE && c.marker.value === value && isBetween(c.marker) && !removed.has(c.id));
}

/** 第一条之一 as 第一条之三. */
function withSub(raw: string, sub: number): string {
  return raw.replace(/之[零〇一二三四五六七八九十百]+/u, `之${chineseNumeral(sub)}`);
}
