// Plain-string helpers every layer shares: where a quote stands (and which
// one, by the text around it), the common ends of two texts, Chinese
// characters (one definition: Unicode's Han script), text that shows nothing,
// and the columns a text takes on a terminal (a Chinese character takes two).
import { createRequire } from 'node:module';
import type StringWidth from 'string-width';

/** Offsets of every occurrence of `quote` in `text`, overlapping ones included. */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** A letter or digit of the Latin script: what joins to a word or number beside it (by code, no pattern run per place). */
function isLatinWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A decimal point or thousands separator with a digit on its far side: 17.5, 1,500 (the 5 and the 500 are no numbers of their own). */
function isNumberJoin(code: number, beyond: number): boolean {
  return (code === 46 || code === 44) && isDigitCode(beyond);
}

/**
 * Whether the occurrence of `quote` at `at` stands apart as whole words: where
 * the quote begins (ends) with a Latin letter or digit, no letter or digit is
 * joined to it there, and a number begins (ends) no other number (17.5, 1,500
 * hold no “5” and no “500”); a quote that begins (ends) with a mark or a space
 * needs nothing there.
 */
function standsApart(text: string, quote: string, at: number): boolean {
  const first = quote.charCodeAt(0);
  if (isLatinWordCode(first) && at > 0) {
    const before = text.charCodeAt(at - 1);
    if (isLatinWordCode(before) || (isDigitCode(first) && at > 1 && isNumberJoin(before, text.charCodeAt(at - 2)))) return false;
  }
  const last = quote.charCodeAt(quote.length - 1);
  const end = at + quote.length;
  if (isLatinWordCode(last) && end < text.length) {
    const after = text.charCodeAt(end);
    if (isLatinWordCode(after) || (isDigitCode(last) && end + 1 < text.length && isNumberJoin(after, text.charCodeAt(end + 1)))) return false;
  }
  return true;
}

/**
 * The occurrences of `quote` that are whole words where it begins or ends in
 * a letter or digit of the Latin script (standsApart): “rule” each place it
 * appears is not the rule of rulemaking, “5 percent” not the 5 percent of 17.5
 * percent. (Chinese has no spaces to part words: there only Latin letters and
 * digits beside Latin ones part nothing.)
 */
export function wordOccurrences(text: string, quote: string): number[] {
  const found = occurrences(text, quote);
  if (!isLatinWordCode(quote.charCodeAt(0)) && !isLatinWordCode(quote.charCodeAt(quote.length - 1))) return found;
  return found.filter((at) => standsApart(text, quote, at));
}

/**
 * Whether text[start, end) lies inside an occurrence of a longer `term`
 * (whole words in English, as wordOccurrences finds them): “Director” in
 * “Regional Director”. A change throughout leaves such a place to the term
 * its own new words or another change throughout name: the compound title is
 * that one's, never made “Regional BOEM Director”.
 */
export function insideTerm(text: string, start: number, end: number, term: string): boolean {
  if (term.length <= end - start) return false;
  for (let i = text.indexOf(term, Math.max(0, end - term.length)); i !== -1 && i <= start; i = text.indexOf(term, i + 1)) {
    if (i + term.length >= end && standsApart(text, term, i)) return true;
  }
  return false;
}

/** A draft's language, which says how its words are parted. */
export type TextLang = 'zh' | 'en';

/**
 * Where a quote stands in a draft's text, the one rule for counting, finding
 * the clauses that hold it, anchoring an edit and checking it is stale:
 * English as whole words (wordOccurrences: “war” is not in “warplanes”);
 * Chinese, whose words no space parts, anywhere it is written.
 */
export function quoteOccurrences(text: string, quote: string, lang: TextLang): number[] {
  return lang === 'en' ? wordOccurrences(text, quote) : occurrences(text, quote);
}

/** Whether the quote stands in the text as quoteOccurrences finds it (a first hit is enough). */
export function holdsQuote(text: string, quote: string, lang: TextLang): boolean {
  if (lang !== 'en') return text.includes(quote);
  for (let i = text.indexOf(quote); i !== -1 && quote !== ''; i = text.indexOf(quote, i + 1)) if (standsApart(text, quote, i)) return true;
  return false;
}

/** The text that must stand right before and right after a quote, where it repeats. */
export interface QuoteContext {
  prefix?: string | undefined;
  suffix?: string | undefined;
}

function hasContext(text: string, quote: string, at: number, { prefix, suffix }: QuoteContext): boolean {
  return (!prefix || (at >= prefix.length && text.startsWith(prefix, at - prefix.length))) && (!suffix || text.startsWith(suffix, at + quote.length));
}

/** Offsets of the occurrences of `quote` (as quoteOccurrences finds them) that have `prefix` right before them and `suffix` right after. */
export function occurrencesWithContext(text: string, quote: string, context: QuoteContext, lang: TextLang): number[] {
  return quoteOccurrences(text, quote, lang).filter((at) => hasContext(text, quote, at, context));
}

/**
 * The occurrences an edit's `occurrence` numbers: every place the quote is
 * written with its prefix / suffix, in any language, an English one inside
 * another word too (“the” of “other”), as entries have always counted. Which
 * of them an edit may change is quoteOccurrences' rule (anchor.ts).
 */
export function numberedOccurrences(text: string, quote: string, context: QuoteContext = {}): number[] {
  return occurrences(text, quote).filter((at) => hasContext(text, quote, at, context));
}

/**
 * The `occurrence` an edit written for the quote at `at` (with no prefix or
 * suffix) carries: its 1-based place among every occurrence of the quote
 * (numberedOccurrences), or none where it is the one place the quote stands
 * as the language finds it (anchored then without a number).
 */
export function occurrenceNumber(text: string, quote: string, at: number, lang: TextLang): number | undefined {
  const found = quoteOccurrences(text, quote, lang);
  if (found.length === 1 && found[0] === at) return undefined;
  const k = occurrences(text, quote).indexOf(at);
  return k === -1 ? undefined : k + 1;
}

/** The word (or figure: 17.5 percent) an occurrence of a quote stands inside, where it is no whole word of its own: “other” for the “the” in it. */
export function enclosingWords(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  const joins = (i: number) => isLatinWordCode(text.charCodeAt(i)) || (isNumberJoin(text.charCodeAt(i), text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i - 1)));
  while (s > 0 && joins(s - 1)) s--;
  while (e < text.length && joins(e)) e++;
  return text.slice(s, e);
}

/** 1-based numbers as a short list: 1–3, or 1, 2, 4 where some are left out. */
export function numberList(numbers: readonly number[]): string {
  if (numbers.length > 1 && numbers.every((n, i) => n === i + 1)) return `1–${numbers.length}`;
  return numbers.join(', ');
}

// The common ends are found by halving, each step one native comparison: a
// loop over characters runs mostly unoptimised in a short-lived CLI.

/** How many characters (UTF-16 units) `a` and `b` share at their start. */
export function commonPrefixLength(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a.startsWith(b.slice(lo, mid), lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many characters `a` and `b` share at their end, leaving `skip` characters at the start of each alone. */
export function commonSuffixLength(a: string, b: string, skip = 0): number {
  let lo = 0;
  let hi = Math.max(0, Math.min(a.length, b.length) - skip);
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a.endsWith(b.slice(b.length - mid, b.length - lo), a.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A Chinese character, as a regular-expression class: Unicode's Han script (every CJK ideograph block, 〇 and 々). */
export const HAN = '\\p{Script=Han}';

const ANY_HAN = new RegExp(HAN, 'u');
const EVERY_HAN = new RegExp(HAN, 'gu');
const ONLY_HAN = new RegExp(`^${HAN}+$`, 'u');

/** Overlaps of two characters or more are taken as the commenter's context, not as new words. */
const MIN_OVERLAP = 2;
const MAX_OVERLAP = 12;

/**
 * A replacement of text[start, end) by `added` that repeats the words right
 * before it (“市场主体” → “企业等经营主体” where the text reads 企业等市场主体)
 * means them once: how many characters before `start` it takes in (`lead`),
 * and after `end` (`trail`). Words the old text itself starts or ends with
 * are its own (“A” → “A、B”), never taken in.
 */
export function repeatedContext(text: string, start: number, end: number, added: string): { lead: number; trail: number } {
  const before = text.slice(start, end);
  const longest = (fits: (k: number) => boolean) => {
    for (let k = Math.min(MAX_OVERLAP, added.length - 1); k >= MIN_OVERLAP; k--) if (fits(k)) return k;
    return 0;
  };
  if (before === '' || added === before) return { lead: 0, trail: 0 };
  const lead = longest((k) => k <= start && !before.startsWith(added.slice(0, k)) && text.slice(start - k, start) === added.slice(0, k));
  const trail = longest((k) => end + k <= text.length && !before.endsWith(added.slice(-k)) && text.slice(end, end + k) === added.slice(-k));
  return { lead, trail };
}

/** What may follow the last element of a 、-list: a mark, or a word that closes or joins it (…、图片或者视频等, …、行政法规的, …、检疫和…). */
const LIST_CLOSE = /^(?:$|[\p{P}\s]|[等的和及与或以并之])/u;
/** What may stand before the first element of a 、-list: a mark, or a word that leads in to it (误导性的语言、, 对公民、); not the words of an element (标价签（含电子标价签）、). */
const LIST_OPEN = /(?:^|[\p{P}\s]|[的之对和及与或在将把为是由从向经以含])$/u;

/**
 * Words text[start, end) struck from a 、-list take one 、 along, as a drafter
 * strikes a list element, so that the list reads right: the one after them
 * where one follows (误导性的语言、文字、数字 without 语言: 误导性的文字、数字),
 * else the one before them where they end the list (…、数字、图片或者视频等
 * without 图片或者视频: …、数字等). The range as it is where the words stand in no
 * such list, or bring a separator of their own, or are part of an element
 * (a first one's end after other words of it: 标价签（含电子标价签）、 without
 * （含电子标价签）; where a list's first element opens after a verb, 通过检验、, the
 * 、 stays too: that is not told from 国家安全、 without 安全).
 */
export function struckFromList(text: string, start: number, end: number): { start: number; end: number } {
  const words = text.slice(start, end);
  if (words === '' || /^[、，,；;]|[、，,；;]$/u.test(words)) return { start, end };
  if (text[end] === '、' && !/^[（(［[【]/u.test(words) && LIST_OPEN.test(text.slice(Math.max(0, start - 1), start))) return { start, end: end + 1 };
  if (text[start - 1] === '、' && LIST_CLOSE.test(text.slice(end))) return { start: start - 1, end };
  return { start, end };
}

/** Spaces, and characters that show nothing (a zero-width space or joiner, a word joiner, a soft hyphen, a BOM). */
const INVISIBLE = /^[\s\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]*$/u;

/** True where nothing of the text would show on a page (an empty text included). */
export function isInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

export function hasHan(text: string): boolean {
  return ANY_HAN.test(text);
}

export function countHan(text: string): number {
  return text.match(EVERY_HAN)?.length ?? 0;
}

/** True for a non-empty text of Chinese characters only. */
export function onlyHan(text: string): boolean {
  return ONLY_HAN.test(text);
}

// string-width compiles Unicode-property patterns when it loads (~20 ms, on
// every command's start): it is loaded the first time a width is measured.
let stringWidth: typeof StringWidth | undefined;
let graphemes: Intl.Segmenter | undefined;

/** This module's file: import.meta.url as ES module; in the CommonJS bundle (where import.meta is empty) the chunk's file name. */
function moduleFile(): string {
  return typeof __filename === 'string' ? __filename : import.meta.url;
}

/** Columns the text takes on a terminal: two for a Chinese (East Asian wide) character, none for a combining mark. */
export function displayWidth(text: string): number {
  stringWidth ??= (createRequire(moduleFile())('string-width') as { default: typeof StringWidth }).default;
  return stringWidth(text);
}

/** The text cut to at most `columns` terminal columns, "…" (one column) included when it is cut; never inside a character. */
export function truncateToWidth(text: string, columns: number): string {
  // Only the head is measured: segmenting a whole long text (80,000 characters of a comment) takes seconds, and what
  // fits in `columns` columns is within the first few characters per column.
  const head = text.length > columns * 8 + 16 ? text.slice(0, columns * 8 + 16) : text;
  if (head === text && displayWidth(text) <= columns) return text;
  let width = 0;
  let end = 0;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment, index } of graphemes.segment(head)) {
    const w = displayWidth(segment);
    if (width + w > columns - 1) break;
    width += w;
    end = index + segment.length;
  }
  return `${text.slice(0, end)}…`;
}
