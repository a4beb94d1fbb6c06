// Locators in comments, read into references independent of any draft:
// 第十七条第二款第（三）项, 第十九条（七）项, 第20项, 18项, 第15页, 四、（五）19.,
// 第四部分第（三）项第13条, 本条 / 该段, lists and ranges (第四条第二款、第三款,
// 第十六条至第二十条); English section 3(a)(2), subsection (b), paragraph (6)
// of section 3, paragraphs (5) through (9), this section. Every reader looks a
// bounded distance ahead, so scanning a comment stays linear.
import { chineseValue, letterValue, romanValue } from '../../draft/numerals.js';

export type UnitName =
  | '编' | '分编' | '章' | '节' | '条' | '款' | '项' | '目' | '部分' | '段' | '点' | '页' | '句'
  /** An outline marker as written: 四、, （五）, 19., （1）. */
  | 'outline'
  | 'section' | 'subsection' | 'paragraph' | 'subparagraph' | 'clause' | 'subclause' | 'item' | 'article'
  /** The headed divisions of a bill or a regulation above its sections: title II, subtitle A, part 583, subpart C. */
  | Division
  /** A designator after a section number: the (a) of section 3(a). */
  | 'designator';

export type Division = 'title' | 'subtitle' | 'chapter' | 'part' | 'subpart';

/** One way to read a part: a numbering style (as numbering.ts names styles) and the value in it. */
export interface Reading {
  style?: string;
  value: number;
}

export interface Part {
  unit: UnitName;
  /** Preferred reading first: "(i)" is roman one, or the letter i. */
  readings: Reading[];
  /** 第（三）项: the number written in parentheses. */
  paren?: boolean;
  /** 第十条之一: the 一 (an article inserted between numbers). */
  sub?: number;
  /** § 10.99: the CFR part (10) a regulation's section is in; the section (99) is the reading's value. */
  cfrPart?: number;
  /** 最后一项, the last sentence: the last of its kind in the unit above (the reading's value is 0). */
  last?: boolean;
  /** 2.1.3: a decimal outline number as written, which names one unit of the whole draft. */
  decimal?: string;
  /** 第（7）项: the number was written in Arabic numerals. */
  arabic?: boolean;
  /** "the third paragraph", "paragraph 3": a 段 (a paragraph counted) named in English, and so named back. */
  english?: true;
}

export interface Reference {
  /** Outermost first. Empty for a pronoun. */
  parts: Part[];
  /** 该段, 本条, this section: the clause the comment spoke of last. */
  pronoun?: boolean;
  /** The kind of unit a Chinese pronoun names: 条 of 该条. */
  pronounUnit?: UnitName;
  /** A quoted title after the locator, checked against the clause (第18项“建立更加健全社会保障体系”). */
  title?: string;
  /** The heading the parts are read under (序言第七自然段: the 序言's seventh paragraph). */
  heading?: string;
}

export interface LocatorRead {
  end: number;
  refs: Reference[];
}

const CN_DIGITS = new Set([...'零〇一二三四五六七八九十百千两']);
const MAX_CN = 8;
const MAX_DIGITS = 4;
/** Unit words after 第N, longest first. */
const UNITS = ['自然段', '分编', '部分', '编', '章', '节', '条', '款', '项', '目', '页', '段', '点', '句'];
const SHORT_UNITS = ['项', '条', '页', '点'];

/**
 * The numeral class of a character's code (Chinese 一二…, or a digit 0-9), for the tokenizer to pass over a run
 * of numerals longer than any locator reads in one step instead of trying each position.
 */
export function numeralClass(code: number): NumeralClass {
  return NUMERAL_CLASS[code] as NumeralClass;
}

/** 0: not a numeral; 1: Chinese (一二…); 2: a digit (0-9, ０-９). */
export type NumeralClass = 0 | 1 | 2;

/** numeralClass for every UTF-16 code unit: a 1 MB comment asks 2M times. */
const NUMERAL_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of CN_DIGITS) table[ch.charCodeAt(0)] = 1;
  for (const [from, to] of [['0', '9'], ['０', '９']] as const) table.fill(2, from.charCodeAt(0), to.charCodeAt(0) + 1);
  return table;
})();

/** Longer runs of one numeral class cannot start a locator. */
export const LONGEST_NUMERAL = MAX_CN + 1;

const isDigit = (ch: string | undefined) => ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));

/** A numeral at `at`: Arabic (up to 4 digits) or Chinese (up to 8 characters); bounded, so rescanning stays linear. */
function numeralAt(text: string, at: number): { numeral: string; end: number; arabic: boolean } | null {
  let end = at;
  if (isDigit(text[at])) {
    while (end < text.length && end - at <= MAX_DIGITS && isDigit(text[end])) end++;
    return end - at > MAX_DIGITS ? null : { numeral: text.slice(at, end), end, arabic: true };
  }
  while (end < text.length && end - at <= MAX_CN && CN_DIGITS.has(text[end]!)) end++;
  return end === at || end - at > MAX_CN ? null : { numeral: text.slice(at, end), end, arabic: false };
}

function wordAt(text: string, at: number, words: readonly string[]): string | undefined {
  return words.find((w) => text.startsWith(w, at));
}

/**
 * One part of a Chinese locator at `at`: 第十七条, 第二款, 第（三）项, （七）项, 18项, 15页,
 * and outline markers 四、 （五） 19. （1） 1、 ①.
 */
function componentAt(text: string, at: number): { part: Part; end: number } | null {
  const ch = text[at];
  if (ch === undefined) return null;
  if (ch === '最' || ch === '末') {
    ZH_LAST.lastIndex = at;
    const last = ZH_LAST.exec(text);
    return last ? { part: { unit: unitOf(last[1]!), readings: [{ value: 0 }], last: true }, end: at + last[0].length } : null;
  }
  if (ch === '第') {
    const paren = text[at + 1] === '（' || text[at + 1] === '(';
    const n = numeralAt(text, at + (paren ? 2 : 1));
    if (!n) return null;
    if (paren) {
      if (!(text[n.end] === '）' || text[n.end] === ')') || text[n.end + 1] !== '项') return null;
      return made(itemPart(n), n.end + 2);
    }
    const unit = wordAt(text, n.end, UNITS);
    if (!unit) return null;
    let end = n.end + unit.length;
    // 第十条之一: an article of its own, inserted between 第十条 and 第十一条.
    if (unit === '条' && text[end] === '之') {
      const sub = numeralAt(text, end + 1);
      const value = sub && !sub.arabic ? numberOf(sub.numeral) : null;
      const base = part(unitOf(unit), n.numeral);
      if (value && base) return made({ ...base, sub: value }, sub!.end);
    }
    // 第二句话: the sentence.
    if (unit === '句' && text[end] === '话') end++;
    return made(part(unitOf(unit), n.numeral), end);
  }
  if (ch === '（' || ch === '(') {
    const n = numeralAt(text, at + 1);
    if (!n || !(text[n.end] === '）' || text[n.end] === ')')) return null;
    if (text[n.end + 1] === '项') return made(itemPart(n), n.end + 2);
    return made(part('outline', n.numeral, n.arabic ? '（1）' : '（一）'), n.end + 1);
  }
  if (ch >= '\u2460' && ch <= '\u2473') return { part: { unit: 'outline', readings: [{ style: '①', value: ch.charCodeAt(0) - 0x245f }] }, end: at + 1 };
  const decimal = decimalAt(text, at);
  if (decimal) return decimal;
  const n = numeralAt(text, at);
  if (!n) return null;
  const next = text[n.end];
  if (next === '、') return made(part('outline', n.numeral, n.arabic ? '1、' : '一、'), n.end + 1);
  if (!n.arabic) return null;
  // 18项, 15页: Arabic numerals only, so that 增加一项 stays a new item.
  const unit = wordAt(text, n.end, SHORT_UNITS);
  if (unit) return made(part(unitOf(unit), n.numeral), n.end + 1);
  if ((next === '.' || next === '．') && !isDigit(text[n.end + 1])) return made(part('outline', n.numeral, '1.'), n.end + 1);
  return null;
}

const sticky = (source: string, flags = '') => new RegExp(source, `uy${flags}`);

/** 第二处, 第21个, 第二十五次出现的: which occurrence of a quote the words name, any numeral a locator reads (sentence.ts ordinalBefore). */
export function ordinalAt(text: string, at: number): { value: number; end: number } | null {
  if (text[at] !== '第') return null;
  const n = numeralAt(text, at + 1);
  const value = n ? numberOf(n.numeral) : null;
  const word = n && value !== null && value > 0 ? wordAt(text, n.end, OCCURRENCE_WORDS) : undefined;
  return word ? { value: value!, end: n!.end + word.length } : null;
}

const OCCURRENCE_WORDS = ['次出现的', '处', '个'];

function numberOf(numeral: string): number | null {
  if (/^[0-9]+$/u.test(numeral)) return Number(numeral);
  const ascii = numeral.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10));
  return chineseValue(ascii);
}

/** 第（7）项, （七）项: an item by its number in parentheses, Arabic or Chinese as written. */
function itemPart(n: { numeral: string; arabic: boolean }): Part | null {
  const p = part('项', n.numeral, undefined, true);
  if (p && n.arabic) p.arabic = true;
  return p;
}

const DECIMAL = /\d{1,3}(?:[.．]\d{1,3})+/uy;
/**
 * Where a decimal outline number is a place in a comment: after 将 / 删除 / 在 /
 * 建议 / 对 or a separator, and before 中, 的, 第（7）项, 后, a verb, 建议 (7.2建议修改为)
 * or the sentence's end. 按1.5，, 由0.5调整为, 于12.31前, 1.5倍 and 2.5% are amounts and dates.
 */
const BEFORE_DECIMAL = /^[将除去在议对、，,：:；;。\s“"和及与或]?$/u;
const AFTER_DECIMAL = /^(?:$|[中的第后、。；;：:“"（(]|修改|删除|删去|增加|改为|建议)/u;

/** 2.1.3, 6.2.2, 4.4: a policy text's decimal outline number (numbering.ts's style 1.1.1), as a place of its own. */
function decimalAt(text: string, at: number): { part: Part; end: number } | null {
  const read = decimalNumberAt(text, at);
  if (!read || !BEFORE_DECIMAL.test(text.slice(Math.max(0, at - 1), at)) || !AFTER_DECIMAL.test(text.slice(read.end, read.end + 2))) return null;
  return read;
}

/**
 * A decimal outline number at `at`, whatever stands around it: 5.4通信保障 is
 * a place only where the draft's 5.4 is headed 通信保障 (heading-words.ts).
 */
export function decimalNumberAt(text: string, at: number): { part: Part; end: number } | null {
  DECIMAL.lastIndex = at;
  const m = DECIMAL.exec(text);
  if (!m || (at > 0 && /[\d.．]/u.test(text[at - 1]!))) return null;
  const end = at + m[0].length;
  if (/[\d.．]/u.test(text[end] ?? '')) return null;
  const numbers = m[0].split(/[.．]/u);
  const style = numbers.map(() => '1').join('.');
  return { part: { unit: 'outline', readings: [{ style, value: Number(numbers.at(-1)) }], decimal: numbers.join('.') }, end };
}

function part(unit: UnitName, numeral: string, style?: string, paren?: boolean): Part | null {
  const value = numberOf(numeral);
  if (value === null || value <= 0) return null;
  const p: Part = { unit, readings: [style ? { style, value } : { value }] };
  if (paren) p.paren = true;
  return p;
}

function made(p: Part | null, end: number): { part: Part; end: number } | null {
  return p ? { part: p, end } : null;
}

function unitOf(word: string): UnitName {
  return word === '自然段' ? '段' : word === '句话' ? '句' : (word as UnitName);
}

/** 最后一项, 最后一个自然段, 末句: the last of a kind inside the unit named before. */
const ZH_LAST = sticky('(?:最后一个?|末)(自然段|句话?|款|项|目|段)');
// (本章程 is a company's charter, 该节点 a milestone: no 章 or 节.)
const ZH_PRONOUN = sticky('(?:该|本|此|上述)(段|项|条|款|点|部分|章(?!程)|节(?![日点约能省奏假]))');
const ZH_SEPARATOR = sticky('(、|和|及|以及|与|或|至|到|—|－|~|～)');
const RANGE = new Set(['至', '到', '—', '－', '~', '～', 'through', 'to', '-', '–']);
const MAX_RANGE = 200;

/** Characters a locator can start with: anywhere else, no reader is tried (most of a comment is plain text). */
export const ZH_START = new Set([...'第（(0123456789０１２３４５６７８９零〇一二三四五六七八九十百千两该本此上附序前引最末'].concat(Array.from({ length: 20 }, (_, i) => String.fromCharCode(0x2460 + i))));
export const EN_START = new Set([...'sSpPcCiIaAtTfFlL§']);

/** The first characters as tables by UTF-16 code: the check made at most positions of a comment makes no string. */
const START_CODES = { zh: codeTable(ZH_START), en: codeTable(EN_START) };

function codeTable(characters: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of characters) table[ch.charCodeAt(0)] = 1;
  return table;
}

export function readLocator(text: string, at: number, lang: 'zh' | 'en'): LocatorRead | null {
  if (START_CODES[lang][text.charCodeAt(at)] !== 1) return null;
  return lang === 'en' ? readEnglish(text, at) : readChinese(text, at);
}

/** 附件第32项, 附件2第5项, 附件中的第32项: the annex is where the units are, not a unit of its own to find. */
const ANNEX_PREFIX = /附件[0-9０-９一二三四五六七八九十]{0,2}(?:中的|中|里的|的)?(?=第)/uy;

/** 序言第七自然段: a document's unnumbered opening, named by its heading, holds the paragraphs counted. */
const HEADING_PREFIX = /(序言|前言|引言)(?=第)/uy;

function readChinese(text: string, at: number): LocatorRead | null {
  ANNEX_PREFIX.lastIndex = at;
  const annex = ANNEX_PREFIX.exec(text);
  if (annex) return readChinese(text, at + annex[0].length);
  HEADING_PREFIX.lastIndex = at;
  const heading = HEADING_PREFIX.exec(text);
  if (heading) {
    const chain = readChain(text, at + heading[0].length);
    return chain ? { end: chain.end, refs: [{ ...chain.ref, heading: heading[1]! }] } : null;
  }
  ZH_PRONOUN.lastIndex = at;
  const pronoun = ZH_PRONOUN.exec(text);
  if (pronoun) return { end: at + pronoun[0].length, refs: [{ parts: [], pronoun: true, pronounUnit: pronoun[1] as UnitName }] };
  // A locator in parentheses: “以文字、图像等方式”（第十三条）.
  const wrapped = /[（(]/u.test(text[at] ?? '') && text[at + 1] === '第';
  const first = readChain(text, wrapped ? at + 1 : at);
  if (!first) return null;
  let end = first.end;
  if (wrapped) {
    if (!/[）)]/u.test(text[end] ?? '')) return null;
    end++;
  }
  const refs = [first.ref];
  // Lists and ranges: 第四条第二款、第三款; 第十六条至第二十条.
  for (let guard = 0; guard < 50 && !wrapped; guard++) {
    ZH_SEPARATOR.lastIndex = end;
    const sep = ZH_SEPARATOR.exec(text);
    if (!sep) break;
    const next = readChain(text, end + sep[0].length);
    if (!next || next.ref.parts[0]!.unit === 'outline') break;
    const joined = joinList(refs.at(-1)!, next.ref);
    if (!joined) break;
    if (RANGE.has(sep[1]!)) refs.push(...expandRange(refs.at(-1)!, joined));
    else refs.push(joined);
    end = next.end;
  }
  return { end, refs };
}

function readChain(text: string, at: number): { end: number; ref: Reference } | null {
  const parts: Part[] = [];
  let end = at;
  for (let guard = 0; guard < 8; guard++) {
    let found = componentAt(text, end);
    // 第二十六条的最后一句, 第一款中的第二句: a sentence or a last unit may follow after 的 / 中的.
    if (!found && parts.length > 0) {
      const joint = text.startsWith('中的', end) ? 2 : text[end] === '的' ? 1 : 0;
      const next = joint > 0 ? componentAt(text, end + joint) : null;
      if (next && (next.part.unit === '句' || next.part.last)) found = next;
    }
    if (!found) break;
    parts.push(found.part);
    end = found.end;
  }
  return parts.length > 0 ? { end, ref: { parts } } : null;
}

/** "第四条第二款、第三款": the second takes the first's parts above its own first unit. */
function joinList(previous: Reference, next: Reference): Reference | null {
  const head = next.parts[0]!;
  const at = previous.parts.findIndex((p) => p.unit === head.unit && sameStyles(p, head));
  if (at === -1) return previous.parts.length === 1 || next.parts.length > 1 ? next : null;
  return { parts: [...previous.parts.slice(0, at), ...next.parts] };
}

function sameStyles(a: Part, b: Part): boolean {
  return a.readings[0]!.style === b.readings[0]!.style;
}

/** 第十六条至第二十条 → 第十七条 … 第二十条 (the first is already listed). */
function expandRange(from: Reference, to: Reference): Reference[] {
  const a = from.parts.at(-1)!;
  const b = to.parts.at(-1)!;
  if (from.parts.length !== to.parts.length || a.unit !== b.unit) return [to];
  const start = a.readings[0]!.value;
  const stop = b.readings[0]!.value;
  if (stop <= start || stop - start > MAX_RANGE) return [to];
  const out: Reference[] = [];
  for (let value = start + 1; value <= stop; value++) {
    const readings = b.readings.map((r) => ({ ...r, value: value + (r.value - stop) }));
    out.push({ parts: [...to.parts.slice(0, -1), { ...b, readings }] });
  }
  return out;
}

// English: "section 3(a)(2)", "sec. 102", "§ 583.120", "subsection (b)", "paragraphs (5) through (9)".
const DESIGNATOR = '\\([A-Za-z0-9]{1,6}\\)';
const EN_SECTION = sticky(`(?:sections?|secs?\\.|§§?)\\s*(\\d{1,5}(?:\\.\\d{1,5})?[A-Za-z]?)((?:\\s?${DESIGNATOR}){0,6})`, 'i');
const EN_UNIT = sticky(`(subsections?|paragraphs?|subparagraphs?|clauses?|subclauses?|items?)\\s*((?:${DESIGNATOR})(?:\\s?${DESIGNATOR}){0,5})`, 'i');
const EN_DIVISION = sticky('(titles?|subtitles?|chapters?|parts?|subparts?)\\s+([IVXLC]+|\\d{1,4}|[A-Z])(?![A-Za-z0-9])', 'i');
/** A document's roman-numbered part (a Federal Register preamble's "II. Analysis…"): "section II", the numeral in capitals. */
const EN_ROMAN_SECTION = /[Ss]ections?\s+([IVXLC]{1,6})(?![A-Za-z0-9])/y;
const EN_NUMBERED = sticky('(items?|articles?|rules?)\\s+(\\d{1,4})(?![\\d.])', 'i');
const EN_PRONOUN = sticky('(?:this|such|that|the same|said)\\s+(?:section|subsection|paragraph|subparagraph|item|article|clause)', 'i');
export const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** "the last sentence", "the second sentence": a sentence of the unit named around it. */
const EN_SENTENCE = sticky(`(?:the\\s+)?(${ORDINALS.join('|')}|last|final)\\s+sentence(?![A-Za-z])`, 'i');
/** "the third paragraph", "the last paragraph", "paragraph 3": a paragraph counted in the unit named around it (a rule's part under its heading). */
const EN_PARAGRAPH = sticky(`(?:(?:the\\s+)?(${ORDINALS.join('|')}|last|final)\\s+paragraph|paragraph\\s+([1-9]\\d{0,2}))(?![A-Za-z0-9(]|\\.\\d)`, 'i');
const EN_OF = sticky('\\s*,?\\s+(?:of|in)\\s+', 'i');
const EN_MORE = sticky(`\\s*(,\\s*and\\s+|,\\s*|\\s+and\\s+|\\s+through\\s+|\\s+to\\s+|\\s*[-–]\\s*)(${DESIGNATOR})`, 'i');

/** The numbering style a designator is written in, by the unit word before it. */
const UNIT_STYLE: Record<string, string> = {
  subsection: '(a)',
  paragraph: '（1）',
  subparagraph: '(A)',
  clause: '(i)',
  subclause: '(I)',
  item: '（1）',
};

function readEnglish(text: string, at: number): LocatorRead | null {
  if (at > 0 && /[A-Za-z0-9]/u.test(text[at - 1]!)) return null;
  const first = readEnglishOne(text, at);
  if (!first) return null;
  let { end, refs } = first;
  // "paragraph (6) of section 3": the part after "of" is the outer one; after a comma, the House's
  // "In section 202, in subsection (d), strike …" goes the other way: the part after it is inside.
  // An "of" after such an inner part is that part's outer one: "…, in paragraph (3) of subsection (c)".
  let innerAt: number | undefined;
  for (let guard = 0; guard < 4; guard++) {
    EN_OF.lastIndex = end;
    const of = EN_OF.exec(text);
    if (!of) break;
    const outer = readEnglishOne(text, end + of[0].length);
    if (!outer || outer.refs.length !== 1 || outer.refs[0]!.pronoun) {
      if (outer?.refs[0]?.pronoun) end = outer.end;
      break;
    }
    const inside = /^\s*,\s*in\s/iu.test(of[0]);
    const added = outer.refs[0]!.parts;
    const at = inside ? undefined : innerAt;
    if (inside) innerAt = refs[0]!.parts.length;
    refs = refs.map((r) => ({ parts: inside ? [...r.parts, ...added] : at !== undefined ? [...r.parts.slice(0, at), ...added, ...r.parts.slice(at)] : [...added, ...r.parts] }));
    end = outer.end;
  }
  return { end, refs };
}

function readEnglishOne(text: string, at: number): LocatorRead | null {
  EN_SENTENCE.lastIndex = at;
  const sentence = EN_SENTENCE.exec(text);
  if (sentence) {
    const nth = ORDINALS.indexOf(sentence[1]!.toLowerCase()) + 1;
    const part: Part = nth > 0 ? { unit: '句', readings: [{ value: nth }] } : { unit: '句', readings: [{ value: 0 }], last: true };
    return { end: at + sentence[0].length, refs: [{ parts: [part] }] };
  }
  EN_PARAGRAPH.lastIndex = at;
  const paragraph = EN_PARAGRAPH.exec(text);
  if (paragraph) {
    // ("paragraph 3" may be a bill's paragraph (3), looked for first: arabic.)
    const nth = paragraph[2] !== undefined ? Number(paragraph[2]) : ORDINALS.indexOf(paragraph[1]!.toLowerCase()) + 1;
    const part: Part = nth > 0 ? { unit: '段', readings: [{ value: nth }], english: true, ...(paragraph[2] !== undefined ? { arabic: true } : {}) } : { unit: '段', readings: [{ value: 0 }], last: true, english: true };
    return { end: at + paragraph[0].length, refs: [{ parts: [part] }] };
  }
  EN_PRONOUN.lastIndex = at;
  const pronoun = EN_PRONOUN.exec(text);
  if (pronoun) return { end: at + pronoun[0].length, refs: [{ parts: [], pronoun: true }] };
  EN_SECTION.lastIndex = at;
  const section = EN_SECTION.exec(text);
  if (section) {
    // § 583.125 (section 583.125): a regulation's section, read whole: part 583, section 125.
    const cfr = /^(\d+)\.(\d+)/u.exec(section[1]!);
    const readings = cfr ? [{ style: '§ 1', value: Number(cfr[2]) }] : ['SEC. 1', 'Sec. 1', '§ 1'].map((style) => ({ style, value: parseInt(section[1]!, 10) }));
    const parts: Part[] = [cfr ? { unit: 'section', readings, cfrPart: Number(cfr[1]) } : { unit: 'section', readings }];
    for (const d of designators(section[2]!)) parts.push(designatorPart(d, undefined));
    return { end: at + section[0].length, refs: [{ parts }] };
  }
  EN_ROMAN_SECTION.lastIndex = at;
  const roman = EN_ROMAN_SECTION.exec(text);
  const romanNumber = roman ? romanValue(roman[1]!) : null;
  if (roman && romanNumber !== null) return { end: at + roman[0].length, refs: [{ parts: [{ unit: 'section', readings: ['I.', 'I'].map((style) => ({ style, value: romanNumber })) }] }] };
  EN_UNIT.lastIndex = at;
  const unit = EN_UNIT.exec(text);
  if (unit) {
    const word = unit[1]!.toLowerCase().replace(/s$/u, '');
    const [head, ...rest] = designators(unit[2]!);
    const firstPart = designatorPart(head!, UNIT_STYLE[word]);
    const parts = [firstPart, ...rest.map((d) => designatorPart(d, undefined))];
    const refs: Reference[] = [{ parts }];
    let end = at + unit[0].length;
    // "paragraphs (5) through (9)", "paragraphs (2) and (3)"
    for (let guard = 0; guard < 20 && rest.length === 0; guard++) {
      EN_MORE.lastIndex = end;
      const more = EN_MORE.exec(text);
      if (!more) break;
      const next = designatorPart(more[2]!.slice(1, -1), UNIT_STYLE[word]);
      const ref = { parts: [next] };
      if (RANGE.has(more[1]!.trim().replace(/^,\s*/u, ''))) refs.push(...expandRange(refs.at(-1)!, ref));
      else refs.push(ref);
      end += more[0].length;
    }
    return { end, refs };
  }
  EN_DIVISION.lastIndex = at;
  const division = EN_DIVISION.exec(text);
  // An uppercase numeral only: "title II", "subpart C" (never "part a" of a sentence).
  if (division && /^(?:[IVXLC]+|\d+|[A-Z])$/u.test(division[2]!)) {
    const unit = division[1]!.toLowerCase().replace(/s$/u, '') as Division;
    return { end: at + division[0].length, refs: [{ parts: [{ unit, readings: divisionReadings(unit, division[2]!) }] }] };
  }
  EN_NUMBERED.lastIndex = at;
  const numbered = EN_NUMBERED.exec(text);
  if (numbered) return { end: at + numbered[0].length, refs: [{ parts: [{ unit: 'item', readings: [{ value: Number(numbered[2]) }] }] }] };
  return null;
}

/**
 * The styles a division's marker is read in (numbering.ts: "TITLE II—" is
 * style "TITLE I", "Subpart B—" style "Subpart A"), the word in capitals or
 * capitalized: a single letter as a letter first, then as a roman numeral
 * ("subpart C", "title I"), as designators are read.
 */
function divisionReadings(unit: Division, numeral: string): Reading[] {
  const words = [unit.toUpperCase(), unit[0]!.toUpperCase() + unit.slice(1)];
  const arabic = /^\d+$/u.test(numeral) ? { example: '1', value: Number(numeral) } : null;
  const letter = arabic || numeral.length > 1 ? null : { example: 'A', value: letterValue(numeral) };
  const roman = arabic ? null : { example: 'I', value: romanValue(numeral) };
  const readings: Reading[] = [];
  for (const kind of [arabic, letter, roman]) {
    if (kind && kind.value !== null) for (const word of words) readings.push({ style: `${word} ${kind.example}`, value: kind.value });
  }
  return readings;
}

function designators(text: string): string[] {
  return [...text.matchAll(/\(([A-Za-z0-9]{1,6})\)/gu)].map((m) => m[1]!);
}

/** "(2)" is a numbered paragraph; "(b)" a subsection; "(i)" a roman clause or the letter i; "(A)" a subparagraph. */
export function designatorPart(designator: string, preferred: string | undefined): Part {
  const raw = designator.replace(/^\(|\)$/gu, '');
  const readings: Reading[] = [];
  if (/^\d+$/u.test(raw)) readings.push({ style: '（1）', value: Number(raw) });
  else {
    const upper = raw === raw.toUpperCase();
    const roman = romanValue(raw);
    const letter = letterValue(raw);
    const romanReading = roman !== null ? { style: upper ? '(I)' : '(i)', value: roman } : null;
    const letterReading = letter !== null ? { style: upper ? '(A)' : '(a)', value: letter } : null;
    const romanFirst = romanReading && (!letterReading || raw.length > 1 || preferred === '(i)' || preferred === '(I)');
    for (const r of romanFirst ? [romanReading, letterReading] : [letterReading, romanReading]) if (r) readings.push(r);
  }
  if (preferred) readings.sort((a, b) => Number(b.style === preferred) - Number(a.style === preferred));
  return { unit: 'designator', readings };
}

/** 第（七）项, 第二款, (b), paragraph (6): read inside the unit named before. */
export function isRelative(ref: Reference): boolean {
  const first = ref.parts.find((p) => p.unit !== '页');
  if (!first) return false;
  if (['款', '目', '段', '句', 'designator', 'subsection', 'paragraph', 'subparagraph', 'clause', 'subclause'].includes(first.unit)) return true;
  // 第四项 after 第二条第二项 is 第二条's; alone, the running items of a policy text are found anywhere.
  if (first.unit === '项') return true;
  return first.unit === 'outline' && first.readings[0]!.style !== '一、';
}
