// A quote copied with its unit's own number: “（一）从两处以上取得综合所得…”,
// “第三条 除国务院…”, "(a) Short Title.— This Act …". A draft keeps a unit's
// number apart from its text, so the quote as written stands in no clause.
// Where it starts with the number of a unit whose text opens with the rest,
// it is read as that unit's words without the number (resolve.ts says what
// is done when no such unit, or several, are there).
import type { Clause } from '../draft/clause.js';
import { readMarker, type Marker } from '../draft/numbering.js';

interface NumberLed {
  /** The number as the quote writes it: （一）, 第三条, (a). */
  number: string;
  /** The quote without it. */
  rest: string;
  /** The units of the scope numbered so whose text opens with the rest. */
  units: Clause[];
  /** The units of the scope numbered in the same style, with another number, whose text opens with the rest. */
  others: Clause[];
}

/** 第三条除国务院: an article's number written without the space the draft puts after it. */
const ARTICLE = /^第[零〇一二三四五六七八九十百千两\d]+条(?:之[零〇一二三四五六七八九十百千两]+)?/u;

/** The unit number a quote starts with, and the words after it, or undefined. */
function leadingNumber(quote: string): { marker: Marker; rest: string } | undefined {
  let marker = readMarker(quote);
  if (!marker) {
    const article = ARTICLE.exec(quote)?.[0];
    const read = article ? readMarker(`${article} `) : null;
    if (read) marker = { ...read, raw: article! };
  }
  if (!marker || marker.value === null || marker.raw === '') return undefined;
  const rest = quote.slice(marker.raw.length).trimStart();
  return rest === '' ? undefined : { marker, rest };
}

/** Parentheses of either width, bold and spaces aside: （一） is (一). */
function plainNumber(number: string): string {
  return number.replace(/\*\*|[\s\u3000]/gu, '').replace(/（/gu, '(').replace(/）/gu, ')');
}

function numbers(unit: Clause, marker: Marker): boolean {
  const own = unit.marker;
  if (!own || own.value === null) return false;
  return (own.style === marker.style && own.value === marker.value) || plainNumber(own.number) === plainNumber(marker.number);
}

/** A quote that starts with a unit's number: the number, the rest, and the units of `scope` numbered so that open with the rest. */
export function numberLed(quote: string, scope: readonly Clause[]): NumberLed | undefined {
  const lead = leadingNumber(quote);
  if (!lead) return undefined;
  const opening = scope.filter((c) => c.marker !== null && c.text.trimStart().startsWith(lead.rest));
  const units = opening.filter((c) => numbers(c, lead.marker));
  const others = opening.filter((c) => !numbers(c, lead.marker) && c.marker!.style === lead.marker.style);
  return { number: lead.marker.number, rest: lead.rest, units, others };
}

/**
 * The new text of a unit whose quote was read without its number: without
 * the number too where it repeats the unit's, as it is where it has none;
 * another number of the same kind is asked about (the numbers follow from
 * the edits, and no unit's text holds one).
 */
export function newTextWithoutNumber(text: string, unit: Clause): string | { other: string } {
  const lead = leadingNumber(text);
  if (!lead) return text;
  if (numbers(unit, lead.marker)) return lead.rest;
  return unit.marker && lead.marker.style === unit.marker.style ? { other: lead.marker.number } : text;
}

/** The number a new unit's text opens with, where it is not `next`, the one the unit takes there (（5） where （4） comes next). */
export function otherLeadingNumber(text: string, next: string): string | undefined {
  const lead = leadingNumber(text);
  const own = lead?.marker.raw.trim();
  return own !== undefined && plainNumber(own) !== plainNumber(next) ? own : undefined;
}
