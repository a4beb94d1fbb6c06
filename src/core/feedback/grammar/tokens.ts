// The tokenizer: a comment becomes sentences of tokens — quotations (read
// whole, nesting included), locators, the words of the vocabulary, list and
// clause punctuation, and runs of other text. One pass, and every lookup at a
// position is bounded (longest phrase, a locator of a few parts), so the time
// is linear in the comment's length whatever it holds.
import { findQuotations, withNamedMarks, type Quotation } from '../quotation.js';
import { EN_START, LONGEST_NUMERAL, numeralClass, ordinalAt, readLocator, ZH_START, type Reference } from './locator.js';
import { EN_INDEX, ZH_INDEX, type PhraseIndex, type Word } from './vocabulary.js';

interface Span {
  /** Offsets in the comment. */
  start: number;
  end: number;
}

export type Token = Span &
  (
    | { kind: 'quote'; quote: number }
    | { kind: 'locator'; refs: Reference[] }
    | { kind: 'word'; word: Word }
    /** ， : between parts of a sentence. */
    | { kind: 'comma' }
    /** ：: before quoted new text. */
    | { kind: 'colon' }
    /** 、: between items of a list. */
    | { kind: 'enum' }
    | { kind: 'text' }
  );

export interface Sentence extends Span {
  tokens: Token[];
  /** Ends with a question mark. */
  question: boolean;
}

export interface Tokenized {
  comment: string;
  quotes: Quotation[];
  sentences: Sentence[];
}

const ZH_STOPS = '。；;！!？?\n';
const EN_STOPS = ';!?\n';
const QUESTIONS = '？?';
const COMMAS = '，,';
const COLONS = '：:';
/** Words before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(['sec', 'secs', 'no', 'nos', 'para', 'paras', 'art', 'subsec', 'cf', 'e.g', 'i.e', 'etc', 'mr', 'ms', 'mrs', 'dr', 'st', 'vs', 'v', 'u.s', 'u.s.c', 'pub', 'stat']);

/**
 * `comment` is read unwrapped (see unwrapped): the Tokenized's comment, not the
 * one given, is the text its offsets count in.
 */
export function tokenize(written: string, lang: 'zh' | 'en', options: { quick?: boolean } = {}): Tokenized {
  const comment = unwrapped(written, lang);
  const quotes = lang === 'en' ? withNamedMarks(comment, findQuotations(comment)) : findQuotations(comment);
  const index = lang === 'en' ? EN_INDEX : ZH_INDEX;
  const classes = characterClasses(lang);
  const sentences: Sentence[] = [];
  let tokens: Token[] = [];
  let sentenceStart = 0;
  const endSentence = (end: number, question: boolean) => {
    if (tokens.length > 0) sentences.push({ start: sentenceStart, end, tokens, question });
    tokens = [];
    sentenceStart = end + 1;
  };
  const runs = numeralRuns(comment);
  let q = 0;
  let i = 0;
  const text = (end: number) => {
    const last = tokens.at(-1);
    // Chinese text runs join up; English words stay apart only where a space parts them.
    if (last?.kind === 'text' && last.end === i) last.end = end;
    else tokens.push({ kind: 'text', start: i, end });
    i = end;
  };
  // (quick: false reads every character the slow way: the tests hold both readings equal.)
  const plain = options.quick === false ? NOTHING_PLAIN : plainCharacters(lang);
  while (i < comment.length) {
    // Most of a long comment is text that nothing can start in: taken as a run, without a lookup per character.
    const nextQuote = q < quotes.length ? quotes[q]!.start : comment.length;
    let j = i;
    while (j < nextQuote && plain[comment.charCodeAt(j)] === 1 && runs[j] === 0) j++;
    if (j > i) {
      text(j);
      continue;
    }
    if (q < quotes.length && quotes[q]!.start === i) {
      tokens.push({ kind: 'quote', quote: q, start: i, end: quotes[q]!.end + 1 });
      i = quotes[q]!.end + 1;
      q++;
      continue;
    }
    // By code and a table: a string per character (each CJK one a new string, hashed for a set) was most of the time.
    const code = comment.charCodeAt(i);
    if (code === NEWLINE && introducesQuote(comment, i, tokens, nextQuote)) {
      i++;
      continue;
    }
    const kind = classes[code]!;
    if (kind === STOP || kind === QUESTION || (lang === 'en' && code === FULL_STOP && endsSentence(comment, i, tokens))) {
      endSentence(i, kind === QUESTION);
      i++;
      continue;
    }
    if (kind === COMMA || kind === COLON || kind === ENUM) {
      tokens.push({ kind: kind === COMMA ? 'comma' : kind === COLON ? 'colon' : 'enum', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (kind === SPACE) {
      i++;
      continue;
    }
    // 一一一…: no locator starts inside a numeral run longer than any numeral it reads.
    if (runs[i]! > LONGEST_NUMERAL) {
      text(i + runs[i]! - LONGEST_NUMERAL);
      continue;
    }
    const locator = readLocator(comment, i, lang);
    if (locator && locator.end > i) {
      tokens.push({ kind: 'locator', refs: locator.refs, start: i, end: locator.end });
      i = locator.end;
      continue;
    }
    // 第二处, 第21个 before a quote: which occurrence (any numeral, so no phrase of the vocabulary).
    const ordinal = lang === 'zh' ? ordinalAt(comment, i) : null;
    if (ordinal) {
      tokens.push({ kind: 'word', word: 'nth', start: i, end: ordinal.end });
      i = ordinal.end;
      continue;
    }
    const phrase = matchPhrase(comment, i, index, lang);
    if (phrase) {
      tokens.push({ kind: 'word', word: phrase.word, start: i, end: phrase.end });
      i = phrase.end;
      continue;
    }
    text(lang === 'en' && isWordCode(code) ? wordEnd(comment, i) : i + 1);
  }
  endSentence(comment.length, false);
  return { comment, quotes, sentences };
}

/** A line break, with the spaces and tabs around it: \n, \r\n or \r. */
const LINE_BREAK = /[^\S\r\n]*(?:\r\n?|\n)[^\S\r\n]*/gu;
/** An English part's number at a line's start: (2), and (B), 3. (a Chinese one is an outline locator: 1. 一、 （一） ①). */
const EN_ITEM = /(?:and\s+)?\((?:\d{1,3}|[a-z]{1,4}|[A-Z]{1,4})\)|\d{1,3}[.)]\s/uy;
const LATIN = /[A-Za-z0-9]/u;
/** How a Chinese request opens a line: 建议…, a verb before its object, the unit it is about, 全文, 本条. */
const REQUEST_START = /^(?:建议|删除|删去|将|把|在|增加|增设|新增|全文|第[〇零一二三四五六七八九十百千\d]+(?:之[一二三四五六七八九十]+)?[编章节条款项]|本[编章节条款项])/u;
/** A line left open, that the next one must go on (将⏎, 中的⏎, 修改为⏎, …，⏎, …、⏎). */
const OPEN_END = /(?:[，,、：:（(《“‘]|将|把|对|在|由|从|和|与|及|或|的|中|为|于)$/u;
/**
 * An English line left open: a comma, or a word a request goes on after — a verb before its object (strike⏎,
 * inserting⏎), a preposition or a conjunction (after⏎, by⏎, and⏎), an article or a noun before quoted words (the⏎, words⏎).
 */
const EN_OPEN_END = /(?:,|\b(?:strike|striking|out|delete|deleting|remove|removing|omit|omitting|insert|inserting|add|adding|append|replace|replacing|change|changing|substitute|substituting|read|stating|states|reads|include|after|before|with|by|to|for|of|from|in|than|place|and|or|the|a|word|words|phrase|term|text))$/iu;
/**
 * An English line that goes on the one before: it opens with a word no request opens with ("X"⏎and insert "Y", "Y"⏎after "Z",
 * 102(3)⏎is amended). Not any lower-case word: `strike "a"⏎in section 4, strike "b"` and `strike "a"⏎insert "b"`
 * are two requests, written without a stop or a capital.
 */
const EN_GOES_ON = /^(?:and|or|but|with|by|is|are|shall|to|as|than|instead|after|before)\b/u;

/**
 * A cell or a page wraps a comment where it is narrow, not where a sentence
 * ends: 建议将第二十三条中的“以自己的名义”⏎修改为“以被授权组织的名义”。 is
 * one request. So a line break outside quotation marks is read as nothing
 * (a space between two Latin words), and the sentence goes on; it still parts
 * sentences where the next line starts a numbered item (1.…⏎2.…, amended—⏎(1)…),
 * after an empty line, and in Chinese where the next line opens as a request
 * does (第九条删除⏎第十三条删除) after one not left open. Where the line before ended with 。 or ；, that ends
 * the sentence anyway. A line break inside a quotation is the quoted text's own
 * (its paragraphs) and stays. English is unwrapped between two words
 * (striking the⏎words), and beside other characters only where the line before
 * is left open (strike⏎"useful", section 3(1),⏎strike) or the next goes on it
 * ("useful"⏎and insert): elsewhere a request ends without a stop ("Strike
 * paragraph (6)⏎"(5) …"" is a deletion, then the text; Strike "a"⏎In section
 * 4, strike "b" two requests), where Chinese puts 。. This is
 * the one place breaks are judged: the grammar sees a break only where it
 * parts sentences.
 */
function unwrapped(comment: string, lang: 'zh' | 'en'): string {
  if (!comment.includes('\n') && !comment.includes('\r')) return comment;
  const quotes = findQuotations(comment);
  let out = '';
  let at = 0;
  let q = 0;
  for (const m of comment.matchAll(LINE_BREAK)) {
    const start = m.index;
    const end = start + m[0].length;
    while (q < quotes.length && quotes[q]!.end < start) q++;
    if (q < quotes.length && quotes[q]!.start < start) continue;
    if (startsItem(comment, end, lang) || isLineBreakAt(comment, end)) continue;
    // (An empty line: the next match starts where this one ends, and is kept by the check above for it.)
    if (start > 0 && isLineBreakAt(comment, start - 1)) continue;
    const latin = LATIN.test(comment[start - 1] ?? '') && LATIN.test(comment[end] ?? '');
    // strike⏎"useful", "useful"⏎and insert: English is unwrapped beside a quote too, where the line before is left open or the next goes on it.
    const open = lang === 'en' && (EN_OPEN_END.test(comment.slice(Math.max(0, start - 12), start)) || EN_GOES_ON.test(comment.slice(end, end + 12)));
    if (lang === 'en' && !latin && !open) continue;
    // 删除第九条⏎第十一条中的“及时”删除: a line that opens as a request does (建议, 删除, 第十一条…) after one
    // that could end parts them, with no 。 between; after one left open (将⏎, 中的⏎, 修改为⏎) it goes on.
    if (lang === 'zh' && REQUEST_START.test(comment.slice(end, end + 12)) && !OPEN_END.test(comment.slice(Math.max(0, start - 3), start))) continue;
    out += comment.slice(at, start) + (latin || open ? ' ' : '');
    at = end;
  }
  return at === 0 ? comment : out + comment.slice(at);
}

function isLineBreakAt(text: string, at: number): boolean {
  return text[at] === '\n' || text[at] === '\r';
}

/** A numbered item starts at `at`: 1. 2、 一、 （三） (1) ① in Chinese, (2) and (B) 3. in English. */
function startsItem(text: string, at: number, lang: 'zh' | 'en'): boolean {
  if (lang === 'en') {
    EN_ITEM.lastIndex = at;
    return EN_ITEM.test(text);
  }
  const first = readLocator(text, at, 'zh')?.refs[0]?.parts[0];
  return first?.unit === 'outline' && first.decimal === undefined;
}

const PLAIN: Partial<Record<'zh' | 'en', Uint8Array>> = {};
/** No character plain (an empty table: every lookup is undefined). */
const NOTHING_PLAIN = new Uint8Array(0);
/** The characters isSpace accepts (its `\s` beyond ASCII written out): a table is made without a pattern per code unit. */
const SPACES = ' \t\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * For each UTF-16 code unit, 1 when a token other than text can never start
 * at it: not a quotation mark's place (checked apart), not punctuation or
 * space the tokenizer reads, not the first character of a locator or of a
 * phrase of the vocabulary, not part of an English word. Made once per language.
 */
function plainCharacters(lang: 'zh' | 'en'): Uint8Array {
  const made = PLAIN[lang];
  if (made) return made;
  const table = new Uint8Array(0x10000).fill(1);
  const index = lang === 'en' ? EN_INDEX : ZH_INDEX;
  const special = [...(lang === 'en' ? EN_STOPS : ZH_STOPS), ...COMMAS, ...COLONS, '、', '.', ...SPACES, ...(lang === 'en' ? EN_START : ZH_START)];
  for (const ch of special) table[ch.charCodeAt(0)] = 0;
  for (const code of index.byFirst.keys()) table[code] = 0;
  // Surrogates (characters beyond the BMP) go the slow way.
  table.fill(0, 0xd800, 0xe000);
  if (lang === 'en') {
    // English words are read whole; a caseless phrase may start with any case of its first letter (K, k, and the Kelvin sign).
    for (const [from, to] of [['0', '9'], ['A', 'Z'], ['a', 'z']] as const) table.fill(0, from.charCodeAt(0), to.charCodeAt(0) + 1);
    if (index.caseless) for (let code = 0x80; code < 0x10000; code++) if (index.byFirst.has(lowerCode(String.fromCharCode(code), 0))) table[code] = 0;
  }
  PLAIN[lang] = table;
  return table;
}

const STOP = 1;
const QUESTION = 2;
const COMMA = 3;
const COLON = 4;
const ENUM = 5;
const SPACE = 6;
const NEWLINE = 10;
const FULL_STOP = 46;
const CLASSES: Partial<Record<'zh' | 'en', Uint8Array>> = {};

/** For each UTF-16 code unit, what the tokenizer reads it as: a stop (a question's or another), a comma, a colon, 、, a space, or else 0. */
function characterClasses(lang: 'zh' | 'en'): Uint8Array {
  const made = CLASSES[lang];
  if (made) return made;
  const table = new Uint8Array(0x10000);
  const mark = (characters: string, kind: number) => {
    for (const ch of characters) table[ch.charCodeAt(0)] = kind;
  };
  mark(SPACES, SPACE);
  mark(COMMAS, COMMA);
  mark(COLONS, COLON);
  mark('、', ENUM);
  // Stops last: ; and \n are stops, whatever else they are.
  const stops = lang === 'en' ? EN_STOPS : ZH_STOPS;
  mark(stops, STOP);
  mark([...QUESTIONS].filter((ch) => stops.includes(ch)).join(''), QUESTION);
  CLASSES[lang] = table;
  return table;
}

/** For each position, the length of the run of one numeral class starting there (0 for other characters). */
function numeralRuns(text: string): Int32Array {
  const runs = new Int32Array(text.length + 1);
  let next = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const kind = numeralClass(text.charCodeAt(i));
    if (kind) runs[i] = kind === next ? runs[i + 1]! + 1 : 1;
    next = kind;
  }
  return runs;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u3000' || ch === '\u00a0' || (ch > '\u007f' && /\s/u.test(ch));
}

function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && /[A-Za-z0-9'’\-.]/u.test(text[end]!) && !(text[end] === '.' && !/[A-Za-z0-9]/u.test(text[end + 1] ?? ''))) end++;
  return end;
}

/**
 * "the following new paragraph:" with its quoted text on the next line: a line
 * break right after a colon, before a quotation, parts no sentence — the colon
 * introduces what is quoted after it, one quotation or several, a line each.
 */
function introducesQuote(text: string, at: number, tokens: readonly Token[], nextQuote: number): boolean {
  let last = tokens.length - 1;
  while (tokens[last]?.kind === 'quote') last--;
  if (tokens[last]?.kind !== 'colon') return false;
  let k = at + 1;
  while (k < nextQuote && (isSpace(text[k]!) || text[k] === '\n')) k++;
  return k === nextQuote && k < text.length;
}

/** A full stop ends an English sentence unless it closes an abbreviation (Sec., U.S.C.) or a single letter. */
function endsSentence(text: string, at: number, tokens: readonly Token[]): boolean {
  const next = text[at + 1];
  if (next !== undefined && !/\s/u.test(next)) return false;
  const last = tokens.at(-1);
  if (!last || last.kind !== 'text' || last.end !== at) return true;
  const word = text.slice(last.start, last.end).toLowerCase();
  return !(ABBREVIATIONS.has(word) || /^[a-z]$/u.test(word));
}

/** The longest phrase of the vocabulary at this position; English phrases end on a word boundary, spaces inside them match any run of spaces. */
function matchPhrase(text: string, at: number, index: PhraseIndex, lang: 'zh' | 'en'): { word: Word; end: number } | null {
  if (lang === 'en' && at > 0 && isWordCode(text.charCodeAt(at - 1))) return null;
  const candidates = index.byFirst.get(index.caseless ? lowerCode(text, at) : text.charCodeAt(at));
  if (!candidates) return null;
  for (const [phrase, word] of candidates) {
    const end = matchAt(text, at, phrase, index.caseless);
    if (end === -1) continue;
    if (lang === 'en' && end < text.length && isWordCode(text.charCodeAt(end))) continue;
    // (a) of a new paragraph (a)(3) is a designation, not the article (a letter or a roman numeral only: (delete) is the word).
    if (lang === 'en' && text.charCodeAt(at - 1) === OPEN_PAREN && text.charCodeAt(end) === CLOSE_PAREN && DESIGNATION.test(text.slice(at, end))) continue;
    return { word, end };
  }
  return null;
}

function matchAt(text: string, at: number, phrase: string, caseless: boolean): number {
  let i = at;
  for (let k = 0; k < phrase.length; k++) {
    const expected = phrase.charCodeAt(k);
    if (expected === SPACE_CODE) {
      if (i >= text.length || !/\s/u.test(text[i]!)) return -1;
      while (i < text.length && /\s/u.test(text[i]!)) i++;
      continue;
    }
    if (i >= text.length || (caseless ? lowerCode(text, i) : text.charCodeAt(i)) !== expected) return -1;
    i++;
  }
  return i;
}

const SPACE_CODE = 32;
/** A paragraph's designation in parentheses: (a), (iv). */
const DESIGNATION = /^(?:[a-z]|[ivxlcdm]{1,6})$/iu;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/** The code of the character at `at` in lower case; -1 where lower case is more than one code unit (İ). */
function lowerCode(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  const lower = text[at]!.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : -1;
}

/** [A-Za-z0-9]. */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
