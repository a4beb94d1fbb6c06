// A new article numbered between two others (增加一条，作为第一条之一) where the
// draft already has an article of that number: the build would write two
// articles 第一条之一 (an amendment applied a second time does that). Said as a
// warning, with the next number free after it, since only the clerk knows
// whether the new article is a second one or the same one again.
import type { Clause } from '../draft/clause.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { chineseNumeral } from '../draft/numerals.js';
import { isBetween, readMarker, subNumber } from '../draft/numbering.js';
import { linesOf, type PlannedEdit } from '../edits/plan.js';

/** What to tell the clerk when an added article takes a 第X条之Y the draft has already; undefined when the number is free. */
export function takenNumberMessage(p: PlannedEdit, clauses: readonly Clause[], removed: ReadonlySet<string> = new Set()): string | undefined {
  if (p.edit.op !== 'add-clause' || p.state !== 'ok') return undefined;
  const own = readMarker(linesOf(p.edit.text)[0] ?? '');
  if (!own || own.style !== ARTICLE_STYLE || own.value === null || !isBetween(own)) return undefined;
  const sub = subNumber(own.raw)!;
  const family = clauses.filter((c) => c.marker?.style === ARTICLE_STYLE && c.marker.value === own.value && isBetween(c.marker) && !removed.has(c.id));
  const taken = family.find((c) => subNumber(c.marker!.raw) === sub);
  if (!taken) return undefined;
  const free = Math.max(...family.map((c) => subNumber(c.marker!.raw)!)) + 1;
  const number = own.raw.trim().replace(/之[零〇一二三四五六七八九十百]+/u, `之${chineseNumeral(free)}`);
  return `the draft has ${taken.number} already (${taken.id}): the new article would be a second ${taken.number}; give it the next free number, ${number}, or drop the edit if it is that article again`;
}
