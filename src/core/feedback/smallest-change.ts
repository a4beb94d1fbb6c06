// A replacement that quotes more than it changes becomes the smallest edit a
// drafter would mark: “开展…改革” → “基本完成…改革” replaces 开展; “A” → “A,B”
// inserts ",B" after A; “进出口总额达到13343万美元” → “20000万美元” changes only
// the figure; “一般应当” → “应当” deletes 一般. Where the smaller quote repeats
// in the clause, the unchanged text around it keeps the anchor unique.
import type { Clause } from '../draft/clause.js';
import type { Edit } from '../edits/edit.js';
import { commonPrefixLength, commonSuffixLength, hasHan, occurrencesWithContext, quoteOccurrences, repeatedContext, type TextLang } from '../text/strings.js';

/**
 * A replacement that repeats the words just before or after its quote
 * (“辅助工作的人” → “其他辅助性工作的人” where the text reads 其他辅助工作的人)
 * means those words once, not twice: the quote is widened to take them in.
 */
function withOverlap(text: string, before: string, after: string, lang: TextLang): [string, string] {
  const at = quoteOccurrences(text, before, lang)[0];
  if (at === undefined) return [before, after];
  const { lead, trail } = repeatedContext(text, at, at + before.length, after);
  return [text.slice(at - lead, at + before.length + trail), after];
}

/** The edit that turns `before` into `after` inside the clause (the full `before` occurs there once, as the draft's language finds it). */
export function smallestChange(clause: Clause, before: string, after: string, confidence: number, source: string, lang: TextLang): Edit | null {
  const [a, b] = withOverlap(clause.text, before, after, lang);
  if (a === b) return null;
  let prefix = snapPrefix(a, b, commonPrefixLength(a, b), lang);
  const suffix = snapSuffix(a, b, commonSuffixLength(a, b, prefix), lang);
  let removed = a.slice(prefix, a.length - suffix);
  const added = b.slice(prefix, b.length - suffix);
  // The replacement names only the new figure or word: change the matching run at the end.
  if (prefix === 0 && suffix > 0 && added !== '' && removed.length > added.length) {
    const run = trailingRun(removed, added);
    // Only a figure or word after Chinese text: “…达到13343万美元” → “20000万美元”, never “in-flight” → “aerial”.
    if (run && hasHan(removed.slice(0, removed.length - run.length))) {
      prefix = removed.length - run.length;
      removed = run;
      confidence *= 0.8;
    }
  }
  const base = { clause: clause.id, source };
  if (removed === '' && added !== '') {
    confidence *= prefix + suffix === a.length ? 0.95 : 0.8;
    const anchorAfter = prefix > 0;
    const quote = anchorAfter ? a.slice(0, prefix) : a.slice(a.length - suffix);
    const position = anchorAfter ? 'after' : 'before';
    const text = tidyInsertion(clause.text, quote, added, position);
    // (An anchor that repeats keeps the words after it: 在“中华人民共和国”和“缔结”之间增加 of an article with two.)
    const insert: Edit = { op: 'insert', ...base, quote, text, position, confidence: round(confidence) };
    return anchorAfter ? keepUnique(insert, clause.text, '', a.slice(prefix), lang) : insert;
  }
  const edit: Edit =
    added === ''
      ? { op: 'delete', ...base, quote: removed, confidence: round(confidence) }
      : { op: 'replace', ...base, quote: removed, text: added, confidence: round(confidence) };
  if (removed !== a) return keepUnique(edit, clause.text, a.slice(0, prefix), a.slice(a.length - suffix), lang);
  return edit;
}

/** A narrowed quote that repeats in the clause gets the unchanged text around it as prefix / suffix. */
function keepUnique<E extends Edit & { quote: string; prefix?: string; suffix?: string }>(edit: E, text: string, prefix: string, suffix: string, lang: TextLang): E {
  if (quoteOccurrences(text, edit.quote, lang).length <= 1) return edit;
  if (prefix) edit.prefix = prefix;
  if (suffix && (!prefix || occurrencesWithContext(text, edit.quote, { prefix: edit.prefix }, lang).length !== 1)) edit.suffix = suffix;
  return edit;
}

/** An inserted sentence ending in "。" before the text's own "," drops its full stop. */
export function tidyInsertion(text: string, anchor: string, added: string, position: 'before' | 'after'): string {
  if (position !== 'after') return added;
  const at = text.indexOf(anchor);
  const next = at === -1 ? '' : text[at + anchor.length] ?? '';
  return /[。.]$/u.test(added) && /[,，;；。、]/u.test(next) ? added.slice(0, -1) : added;
}

const WORD = /[A-Za-z0-9]/u;

const DIGIT = /[0-9]/u;
const NUMBER_JOIN = /[.,]/u;

/**
 * Whether a cut of an English text before position k would part a figure:
 * 17.|7 and 17|.7 are inside 17.7, as 1,|500 is inside 1,500 (the changed
 * quote must stand apart as a number, as text/strings.ts wordOccurrences
 * finds quotes in an English draft).
 */
function insideFigure(text: string, k: number): boolean {
  const at = (i: number) => text[i] ?? '';
  return (NUMBER_JOIN.test(at(k - 1)) && DIGIT.test(at(k - 2)) && DIGIT.test(at(k))) || (NUMBER_JOIN.test(at(k)) && DIGIT.test(at(k - 1)) && DIGIT.test(at(k + 1)));
}

/**
 * The kept text must be worth keeping: whole words in Latin text and figures
 * (“within 30 days” → “within 60 days” changes 30, not 3; in English, 17.7 →
 * 17.6 changes the figure, not 7), and more than one character in Chinese
 * (诚实信用 → 诚信 is one change, not 实信用 → 信).
 */
function snapPrefix(a: string, b: string, prefix: number, lang: TextLang): number {
  let p = prefix;
  while (p > 0 && ((WORD.test(a[p - 1]!) && (WORD.test(a[p] ?? '') || WORD.test(b[p] ?? ''))) || (lang === 'en' && (insideFigure(a, p) || insideFigure(b, p))))) p--;
  return p === 1 && !WORD.test(a[0]!) ? 0 : p;
}

function snapSuffix(a: string, b: string, suffix: number, lang: TextLang): number {
  let s = suffix;
  const before = (text: string, n: number) => text[text.length - n - 1] ?? '';
  while (s > 0 && ((WORD.test(a[a.length - s]!) && (WORD.test(before(a, s)) || WORD.test(before(b, s)))) || (lang === 'en' && (insideFigure(a, a.length - s) || insideFigure(b, b.length - s))))) s--;
  return s === 1 && !WORD.test(a[a.length - 1]!) ? 0 : s;
}

const CLASSES = [/^[0-9０-９.,，]+$/u, /^[A-Za-z]+$/u];

/** The run at the end of `text` of the same kind as `like` (digits, Latin letters). */
function trailingRun(text: string, like: string): string | undefined {
  const kind = CLASSES.find((re) => re.test(like));
  if (!kind) return undefined;
  let start = text.length;
  while (start > 0 && kind.test(text[start - 1]!)) start--;
  return start < text.length ? text.slice(start) : undefined;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
