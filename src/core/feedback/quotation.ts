// Quotations in comments: “…” (nesting allowed: “坚持“五中心一广场”功能定位”),
// 「…」, and straight "…" in English. Top-level quotations are replaced by
// placeholders so that the wording patterns never look inside them.

export const OPEN = '\uE000';
export const CLOSE = '\uE001';

export interface Quoted {
  /** The comment with each top-level quotation replaced by OPEN + index + CLOSE. */
  masked: string;
  quotes: string[];
}

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』' };

export function maskQuotations(text: string): Quoted {
  const quotes: string[] = [];
  let masked = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const close = PAIRS[ch] ?? (ch === '"' ? '"' : undefined);
    const end = close ? closingIndex(text, i, ch, close) : -1;
    if (end === -1) {
      masked += ch;
      i++;
      continue;
    }
    masked += `${OPEN}${quotes.length}${CLOSE}`;
    quotes.push(text.slice(i + 1, end));
    i = end + 1;
  }
  return { masked, quotes };
}

/** The index of the quotation mark that closes the one at `start`, counting nested pairs. */
function closingIndex(text: string, start: number, open: string, close: string): number {
  if (open === close) {
    const end = text.indexOf(close, start + 1);
    return end;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return i;
  }
  return -1;
}

export function unmask(masked: string, quotes: readonly string[]): string {
  return masked.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'gu'), (_, k: string) => `“${quotes[Number(k)]}”`);
}

const ABBREVIATION = /(?:。。。|……|…|\.\.\.)$/u;

/** "自主创新能力显著提升。。。" → the quoted opening "自主创新能力显著提升", abbreviated: true. */
export function stripAbbreviation(quote: string): { text: string; abbreviated: boolean } {
  const trimmed = quote.trim();
  const text = trimmed.replace(ABBREVIATION, '');
  return { text, abbreviated: text !== trimmed };
}

/** For comparing titles: quotation marks and spaces do not matter ("推进三重一创…" finds "推进“三重一创”…"). */
export function looseText(text: string): string {
  return text.replace(/[“”「」『』"'‘’\s]/gu, '');
}
