// Chinese, Roman and Latin-letter numerals: reading them to values and writing
// values back in the same system, for display numbers and renumbering.

// Keyed by character code: `ch in record` with a CJK character (a fresh string each) was a quarter of parsing a statute.
const byCode = (values: Record<string, number>) => new Map(Object.entries(values).map(([ch, value]) => [ch.charCodeAt(0), value]));
const CN_DIGITS = byCode({
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
});
const CN_UNITS = byCode({ 十: 10, 百: 100, 千: 1000 });

export function chineseValue(numeral: string): number | null {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  let total = 0;
  let digit = 0;
  let seen = false;
  for (let i = 0; i < numeral.length; i++) {
    const code = numeral.charCodeAt(i);
    const value = CN_DIGITS.get(code);
    const unit = CN_UNITS.get(code);
    if (value !== undefined) {
      digit = value;
      seen = true;
    } else if (unit !== undefined) {
      total += (digit || 1) * unit;
      digit = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + digit : null;
}

const CN_DIGIT_CHARS = '零一二三四五六七八九';

/** 18 → 十八, 105 → 一百零五, as statutes write them. */
export function chineseNumeral(value: number): string {
  if (value <= 0 || !Number.isInteger(value) || value >= 10000) return String(value);
  const parts: string[] = [];
  const units = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const;
  let rest = value;
  let pendingZero = false;
  for (const [unit, name] of units) {
    const d = Math.floor(rest / unit);
    rest %= unit;
    if (d > 0) {
      if (pendingZero) parts.push('零');
      pendingZero = false;
      // 十 alone for 10–19 at the start; 一十 inside a larger number.
      parts.push(unit === 10 && d === 1 && parts.length === 0 ? name : CN_DIGIT_CHARS[d]! + name);
    } else if (parts.length > 0) {
      pendingZero = true;
    }
  }
  if (rest > 0) {
    if (pendingZero) parts.push('零');
    parts.push(CN_DIGIT_CHARS[rest]!);
  }
  return parts.join('');
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function romanValue(numeral: string): number | null {
  const lower = numeral.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return null;
  let value = 0;
  let rest = lower;
  for (const [n, s] of ROMAN) {
    while (rest.startsWith(s)) {
      value += n;
      rest = rest.slice(s.length);
    }
  }
  return rest === '' && value > 0 ? value : null;
}

export function romanNumeral(value: number, upper: boolean): string {
  let rest = value;
  let out = '';
  for (const [n, s] of ROMAN) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return upper ? out.toUpperCase() : out;
}

/** a → 1, z → 26, aa → 27 (as US bills letter their subsections). */
export function letterValue(numeral: string): number | null {
  const lower = numeral.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return null;
  if (lower.length > 1 && !/^(.)\1*$/.test(lower)) return null;
  return (lower.length - 1) * 26 + (lower.charCodeAt(0) - 96);
}

export function letterNumeral(value: number, upper: boolean): string {
  const repeat = Math.floor((value - 1) / 26) + 1;
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  const out = letter.repeat(repeat);
  return upper ? out.toUpperCase() : out;
}

export function circledNumeral(value: number): string {
  return value >= 1 && value <= 20 ? String.fromCharCode(0x245f + value) : `(${value})`;
}
