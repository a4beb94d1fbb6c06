// Recognises the numbering marker at the start of a block ("二、", "（三）",
// "18.", "第十二条", "SEC. 101.", "(a)") and says which numbering style it
// belongs to. The hierarchy is derived from these styles, never from rules
// fitted to one document.
import { chineseNumeral, chineseValue, circledNumeral, letterNumeral, letterValue, romanNumeral, romanValue } from './numerals.js';
import { HAN } from '../text/strings.js';
import { ARTICLE_STYLE } from './hierarchy.js';

export type NumeralKind = 'arabic' | 'chinese' | 'roman-lower' | 'roman-upper' | 'letter-lower' | 'letter-upper' | 'circled' | 'none';

export interface Marker {
  /** The marker exactly as written, with its punctuation and trailing space. */
  raw: string;
  /** The number as a reader cites it: raw without trailing punctuation or space. */
  number: string;
  /** Style key, written as an example of the style: "一、", "（一）", "1.", "第一条", "(a)". */
  style: string;
  /** Ordinal value, or null for bullets such as "——". */
  value: number | null;
  /** Where the numeral sits inside raw, and its numeral system, for renumbering. */
  numeralStart: number;
  numeralEnd: number;
  kind: NumeralKind;
  /** A reading with another style where the numeral is ambiguous: "(i)" is roman or the ninth letter. */
  alternative?: Marker;
}

const CN_NUM = '[零〇一二三四五六七八九十百千两]+';
const SPACE = '[\\s\\u3000]';

interface Reading {
  /** The numeral as written; it sits at the end of capture group `group`. */
  numeral: string;
  group?: number;
  style: string;
  value: number | null;
  kind: NumeralKind;
  alternative?: Reading;
}

interface Rule {
  pattern: RegExp;
  /** The same pattern with capture indices ('d'), which make V8's exec several times slower: used only where a group's place is ambiguous. */
  withIndices: RegExp;
  read(m: RegExpExecArray): Reading | null;
}

function rule(pattern: string, read: Rule['read']): Rule {
  const flags = unicodeFlag(pattern);
  return { pattern: new RegExp(pattern, flags), withIndices: new RegExp(pattern, `d${flags}`), read };
}

/**
 * "u" only for a pattern that needs it (a Unicode property): the others name
 * BMP characters only, and no class of theirs is negated, so they match the
 * same without it, several times faster (V8's Unicode mode reads a line by
 * code points). Every paragraph of a draft is read against them.
 */
function unicodeFlag(pattern: string): '' | 'u' {
  return pattern.includes('\\p{') ? 'u' : '';
}

const RULES: Rule[] = [
  // Statutes: 第一编 / 第一分编 / 第一章 / 第一节 / 第一条 (之一), possibly in bold.
  rule(`^(?:\\*\\*)?第(${CN_NUM}|\\d+)(分编|编|章|节|条)(?:之${CN_NUM})?(?:\\*\\*)?(?=${SPACE}|[（(]|$)`, (m) => ({
    numeral: m[1]!,
    style: `第一${m[2]}`,
    value: chineseValue(m[1]!),
    kind: /\d/.test(m[1]!) ? 'arabic' : 'chinese',
  })),
  // Decimal outline: "1.1 编制目的", "1.2.1 …" (whitespace required after it).
  rule(`^(\\d+(?:[.．]\\d+)+)[.．]?(?=${SPACE})`, (m) => {
    const parts = m[1]!.split(/[.．]/);
    return {
      numeral: parts[parts.length - 1]!,
      style: Array.from({ length: parts.length }, () => '1').join('.'),
      value: Number(parts[parts.length - 1]),
      kind: 'arabic',
    };
  }),
  rule(`^(${CN_NUM})、`, (m) => ({ numeral: m[1]!, style: '一、', value: chineseValue(m[1]!), kind: 'chinese' })),
  rule(`^[（(](${CN_NUM})[）)]`, (m) => ({ numeral: m[1]!, style: '（一）', value: chineseValue(m[1]!), kind: 'chinese' })),
  rule(`^(\\d{1,4})、`, (m) => ({ numeral: m[1]!, style: '1、', value: Number(m[1]), kind: 'arabic' })),
  rule(`^[（(](\\d{1,4})[）)]`, (m) => ({ numeral: m[1]!, style: '（1）', value: Number(m[1]), kind: 'arabic' })),
  rule(`^([\\u2460-\\u2473])`, (m) => ({
    numeral: m[1]!,
    style: '①',
    value: m[1]!.charCodeAt(0) - 0x245f,
    kind: 'circled',
  })),
  // "18." and "18.建立" (no space) but not the decimal "1.5 km" handled above.
  rule(`^(\\d{1,4})[.．](?!\\d)`, (m) => ({ numeral: m[1]!, style: '1.', value: Number(m[1]), kind: 'arabic' })),
  rule(`^(\\d{1,4})[.．](?=\\d{4}年)`, (m) => ({ numeral: m[1]!, style: '1.', value: Number(m[1]), kind: 'arabic' })),
  // Outline headings without a dot: "1 总则".
  rule(`^(\\d{1,3})${SPACE}+(?=${HAN})`, (m) => ({ numeral: m[1]!, style: '1', value: Number(m[1]), kind: 'arabic' })),
  // Goal paragraphs led by a dash: a bullet, not a number.
  rule(`^(——)`, () => ({ numeral: '', style: '——', value: null, kind: 'none' })),
  // English structure words.
  rule(`^(PART|Part|CHAPTER|Chapter|TITLE|Title|ARTICLE|Article|SUBTITLE|Subtitle|Subpart|SUBPART)${SPACE}+([IVXLC]+|\\d+|[A-Z])[.:]?(?=[—–\\-\\s]|$)`, (m) => {
    const numeral = m[2]!;
    const roman = /^[IVXLC]+$/.test(numeral) ? romanValue(numeral) : null;
    const value = /^\d+$/.test(numeral) ? Number(numeral) : roman ?? letterValue(numeral);
    const kind: NumeralKind = /^\d+$/.test(numeral) ? 'arabic' : roman !== null ? 'roman-upper' : 'letter-upper';
    return { numeral, group: 2, style: `${m[1]} ${kind === 'arabic' ? '1' : kind === 'roman-upper' ? 'I' : 'A'}`, value, kind };
  }),
  rule(`^(SECTION|SEC\\.|Section|Sec\\.)${SPACE}+(\\d+[A-Za-z]?)[.:]?(?=\\s|$)`, (m) => ({
    numeral: m[2]!,
    group: 2,
    style: /^S[EC]/.test(m[1]!) && m[1] === m[1]!.toUpperCase() ? 'SEC. 1' : 'Sec. 1',
    value: parseInt(m[2]!, 10),
    kind: 'arabic',
  })),
  // § 583.345: the section's own number is the part after the dot (the part, 583, is the same for all).
  rule(`^§${SPACE}*(\\d+(?:\\.\\d+)*)`, (m) => ({
    numeral: m[1]!.split('.').pop()!,
    style: '§ 1',
    value: Number(m[1]!.split('.').pop()),
    kind: 'arabic',
  })),
  rule(`^\\(([a-z]{1,4})\\)`, (m) => letterOrRoman(m[1]!, false)),
  rule(`^\\(([A-Z]{1,4})\\)`, (m) => letterOrRoman(m[1]!, true)),
  // "C." after "B." is a letter (a rule's preamble: A. Subpart A, B. Subpart B, C. Subpart C): the hierarchy decides from the neighbours.
  rule(`^([IVXLC]{1,6})\\.(?=${SPACE})`, (m) => ({
    numeral: m[1]!,
    style: 'I.',
    value: romanValue(m[1]!),
    kind: 'roman-upper',
    ...(m[1]!.length === 1 ? { alternative: { numeral: m[1]!, style: 'A.', value: letterValue(m[1]!), kind: 'letter-upper' as const } } : {}),
  })),
  // "A. Scope", but not an abbreviation ("H. R. 1000").
  rule(`^([A-Z])\\.(?=${SPACE}+[A-Z](?![.]))`, (m) => ({ numeral: m[1]!, style: 'A.', value: letterValue(m[1]!), kind: 'letter-upper' })),
];

function letterOrRoman(numeral: string, upper: boolean): Reading | null {
  const roman = romanValue(numeral);
  const letter = letterValue(numeral);
  const romanReading: Reading = { numeral, style: upper ? '(I)' : '(i)', value: roman, kind: upper ? 'roman-upper' : 'roman-lower' };
  const letterReading: Reading = { numeral, style: upper ? '(A)' : '(a)', value: letter, kind: upper ? 'letter-upper' : 'letter-lower' };
  if (roman !== null && (letter === null || numeral.length > 1)) return romanReading;
  if (letter === null) return null;
  // "(i)", "(v)", "(x)": the hierarchy decides from the neighbours.
  return roman !== null ? { ...letterReading, alternative: romanReading } : letterReading;
}

/**
 * Every rule's pattern in one (two: those without Unicode mode, and those
 * with it): most paragraphs match none, and are then read with two tests
 * instead of one per rule.
 */
const ANY_RULE = [false, true].map((unicode) => {
  const rules = RULES.filter((r) => r.pattern.unicode === unicode);
  return rules.length > 0 ? new RegExp(rules.map((r) => `(?:${r.pattern.source})`).join('|'), unicode ? 'u' : '') : /(?!)/;
});

/** Reads the numbering marker at the start of a block's first line, if any. */
export function readMarker(line: string): Marker | null {
  if (!ANY_RULE[0]!.test(line) && !ANY_RULE[1]!.test(line)) return null;
  for (const rule of RULES) {
    const m = rule.pattern.exec(line);
    if (!m) continue;
    const reading = rule.read(m);
    if (!reading || (reading.value !== null && !Number.isFinite(reading.value))) continue;
    return toMarker(line, m, reading, rule);
  }
  return null;
}

/** Where capture group g starts in the match: where its text occurs once in it, else from capture indices (renumbering needs the numeral's place). */
function groupStart(line: string, m: RegExpExecArray, g: number, rule: Rule): number | undefined {
  const text = m[g];
  if (text) {
    const at = m[0].indexOf(text);
    if (at !== -1 && m[0].indexOf(text, at + 1) === -1) return m.index + at;
  }
  return rule.withIndices.exec(line)?.indices?.[g]?.[0];
}

function toMarker(line: string, m: RegExpExecArray, reading: Reading, rule: Rule): Marker {
  let end = m[0].length;
  // Separators that belong to the marker: "—" after TITLE I, spaces, U+3000.
  TAIL.lastIndex = end;
  const tail = TAIL.exec(line);
  if (tail) end += tail[0].length;
  const bullet = reading.kind === 'none';
  const spanStart = groupStart(line, m, reading.group ?? 1, rule);
  const groupText = m[reading.group ?? 1] ?? '';
  const numeralStart = spanStart !== undefined ? spanStart + groupText.length - reading.numeral.length : 0;
  const marker: Marker = {
    raw: bullet ? '' : line.slice(0, end),
    number: bullet ? '' : citedNumber(m[0]),
    style: reading.style,
    value: reading.value,
    numeralStart,
    numeralEnd: numeralStart + reading.numeral.length,
    kind: reading.kind,
  };
  if (reading.alternative) {
    const { style, value, kind } = reading.alternative;
    marker.alternative = { ...marker, style, value, kind };
  }
  return marker;
}

const TAIL = /[—–]?[\s\u3000]*/y;

/** "18." → "18", "二、" → "二", "SEC. 101." → "SEC. 101", "**第一条**" → "第一条". */
function citedNumber(matched: string): string {
  const unbolded = matched.includes('*') ? matched.replace(/\*\*/g, '') : matched;
  let end = unbolded.length;
  while (end > 0 && TRAILING.test(unbolded[end - 1]!)) end--;
  return unbolded.slice(0, end);
}

const TRAILING = /^[.．、:：—–\-\s\u3000]$/;

/** The M of an article numbered 第N条之M. */
export function subNumber(raw: string): number | undefined {
  const m = /之([零〇一二三四五六七八九十百]+)/u.exec(raw);
  return m ? (chineseValue(m[1]!) ?? undefined) : undefined;
}

/** The marker with another number in the same numerals and punctuation: （三） → （十）, 第十六条 → 第二百条. */
export function withNumeral(marker: Pick<Marker, 'raw' | 'numeralStart' | 'numeralEnd' | 'kind'>, value: number): string {
  const numeral = formatNumeral(marker.kind, value);
  return marker.raw.slice(0, marker.numeralStart) + numeral + marker.raw.slice(marker.numeralEnd);
}

export function formatNumeral(kind: Marker['kind'], value: number): string {
  switch (kind) {
    case 'chinese':
      return chineseNumeral(value);
    case 'roman-lower':
    case 'roman-upper':
      return romanNumeral(value, kind === 'roman-upper');
    case 'letter-lower':
    case 'letter-upper':
      return letterNumeral(value, kind === 'letter-upper');
    case 'circled':
      return circledNumeral(value);
    case 'arabic':
    case 'none':
      return String(value);
  }
}

/** § 583.345: a section of a CFR part, whose number names it for good. */
export function isDesignation(marker: Pick<Marker, 'raw' | 'style'>): boolean {
  return marker.style === '§ 1' && /\d\.\d/u.test(marker.raw);
}

/** 第X条之一, 第X条之二: an article inserted between two numbers. */
export function isBetween(marker: Pick<Marker, 'raw' | 'style'>): boolean {
  return marker.style === ARTICLE_STYLE && subNumber(marker.raw) !== undefined;
}

/** 第X条之一's marker without its 之一. */
export function mainMarker(marker: Marker): Marker {
  const m = /之[零〇一二三四五六七八九十百]+/u.exec(marker.raw)!;
  return { ...marker, raw: marker.raw.slice(0, m.index) + marker.raw.slice(m.index + m[0].length) };
}
