// Resolving an edit against the current draft: where its quote stands in the
// clause (ok), that it no longer does (stale, with the nearest match), or that
// it stands there more than once (ambiguous).
import type { Clause } from '../draft/clause.js';
import type { QuoteAnchor } from './edit.js';
import { readUnits, type UnitAnnotation, type UnitList } from '../draft/units.js';
import { nearestPassage } from '../text/nearest.js';
import { enclosingWords, holdsQuote, numberList, numberedOccurrences, occurrencesWithContext, type TextLang } from '../text/strings.js';

export type AnchorState = 'ok' | 'stale' | 'ambiguous';

export interface Anchor {
  state: AnchorState;
  /** Offsets in the clause's text (without its number). */
  start: number;
  end: number;
  message?: string;
  /** For stale quotes: the nearest text in the clause, or the clause that now holds the quote. */
  suggestion?: string;
}

/**
 * Finds the quote of a text edit inside the clause text: in an English draft as
 * whole words (text/strings.ts quoteOccurrences). An `occurrence` N is the N-th
 * place the quote is written (numberedOccurrences: English words inside other
 * words counted too, as entries have always counted them); in English, one that
 * is no whole word is stale, never moved to another word.
 */
export function anchorQuote(clause: Clause, edit: QuoteAnchor, clauses: readonly Clause[], lang: TextLang): Anchor {
  const quote = edit.quote;
  const text = clause.text;
  const hits = occurrencesWithContext(text, quote, edit, lang);
  if (edit.occurrence !== undefined) {
    const numbered = lang === 'en' ? numberedOccurrences(text, quote, edit) : hits;
    const at = numbered[edit.occurrence - 1];
    // (In English: which of the places the quote is written stand as whole words, by their numbers.)
    const words = () => (hits.length === 0 ? `“${quote}” stands in ${clause.id} as no whole word` : `as a whole word: occurrence ${numberList(hits.map((h) => numbered.indexOf(h) + 1))}`);
    if (at === undefined) {
      const counted = numbered.length === hits.length ? '' : `; ${words()}`;
      return stale(clause, edit, clauses, lang, `occurrence ${edit.occurrence} of “${quote}” is not in ${clause.id}: it occurs ${numbered.length} time(s)${counted}`);
    }
    if (numbered !== hits && !hits.includes(at)) {
      return { state: 'stale', start: 0, end: 0, message: `“${quote}” at occurrence ${edit.occurrence} of ${clause.id} is inside “${enclosingWords(text, at, at + quote.length)}”: ${words()}` };
    }
    return { state: 'ok', start: at, end: at + quote.length };
  }
  if (hits.length === 1) return { state: 'ok', start: hits[0]!, end: hits[0]! + quote.length };
  if (hits.length === 0) return stale(clause, edit, clauses, lang, `“${quote}” is not in ${clause.id}`);
  // (The numbers an occurrence may take: in English, those of the whole words among every place the quote is written.)
  const numbered = lang === 'en' ? numberedOccurrences(text, quote, edit) : hits;
  return {
    state: 'ambiguous',
    start: hits[0]!,
    end: hits[0]! + quote.length,
    message: `“${quote}” occurs ${hits.length} times in ${clause.id}; give an occurrence (${numberList(hits.map((h) => numbered.indexOf(h) + 1))}) or a prefix/suffix`,
  };
}

/**
 * A stale quote's hint. Where the clause still holds words near it (its
 * prefix and suffix read with it), those first, and any other clause that
 * holds it said beside them: that may be another article saying the same
 * (市场价格秩序 in 第一条 as in 第三条), not where the quote went. Where nothing
 * near is left, a quote long enough to be a passage of its own, held by one
 * other clause, went there; a short one (办事) is only said to stand there,
 * and several clauses are named as several, never the first of them.
 */
function stale(clause: Clause, edit: QuoteAnchor, clauses: readonly Clause[], lang: TextLang, message: string): Anchor {
  const quote = edit.quote;
  const others = clauses.filter((c) => c.id !== clause.id && holdsQuote(c.text, quote, lang) && occurrencesWithContext(c.text, quote, edit, lang).length > 0);
  const named = (c: Clause) => `${c.id}${c.number ? ` (${c.number})` : ''}`;
  const near = nearest(clause.text, `${edit.prefix ?? ''}${quote}${edit.suffix ?? ''}`);
  const elsewhere =
    others.length <= 1 ? others.map(named)[0] : `${others.length} other clauses (${others.slice(0, 3).map(named).join(', ')}${others.length > 3 ? ', …' : ''})`;
  const moved = others.length === 1 && [...quote].length >= MOVED_QUOTE;
  const suggestion = near && elsewhere ? `${near}; the quote stands in ${elsewhere} too` : near ?? (elsewhere && (moved ? `the quote is now in ${elsewhere}` : `the quote stands in ${elsewhere}`));
  return { state: 'stale', start: 0, end: 0, message, ...(suggestion ? { suggestion } : {}) };
}

/** Characters a quote takes to be a passage of its own, which a clause holding it alone is where it went. */
const MOVED_QUOTE = 6;

/** The passage of the clause nearest to the quote, where one is near (text/nearest.ts). */
function nearest(text: string, quote: string): string | undefined {
  const near = nearestPassage(quote, [text]);
  return near ? `nearest: “${near.text}”` : undefined;
}

/** The same for a quote looked for in every clause: the passage, and the clause it is in. */
export function nearestInDraft(clauses: readonly Clause[], quote: string): string | undefined {
  const near = nearestPassage(quote, clauses.map((c) => c.text));
  if (!near) return undefined;
  const clause = clauses[near.index]!;
  return `nearest: “${near.text}” in ${clause.id}${clause.number ? ` (${clause.number})` : ''}`;
}

/** The unit list an edit changes, or where a missing one would go. */
export interface UnitTarget {
  annotation: UnitAnnotation | null;
  list: UnitList | undefined;
}

export function unitTarget(clause: Clause, role: 'lead' | 'responsible'): UnitTarget {
  const annotation = readUnits(clause.text);
  return { annotation, list: annotation ? annotation[role] : undefined };
}
