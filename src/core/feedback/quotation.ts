// Quotations in comments: “…” (nesting allowed: “坚持“五中心一广场”功能定位”),
// 「…」, 『…』 and straight "…". Found in one pass with a stack per pair, so a
// comment full of unclosed marks costs no more than a clean one; the wording
// grammar reads each top-level quotation as one token and never looks inside.

export interface Quotation {
  /** Offsets of the opening and closing marks in the comment. */
  start: number;
  end: number;
  /** The text between the marks, as written. */
  text: string;
}

const CLOSING: Record<string, string> = { '“': '”', '「': '」', '『': '』' };
const OPENING: Record<string, string> = { '”': '“', '」': '「', '』': '『' };

/** The top-level quotations of a comment, in order. Unbalanced marks are plain text. */
export function findQuotations(text: string): Quotation[] {
  const closes = new Int32Array(text.length).fill(-1);
  const stacks: Record<string, number[]> = { '“': [], '「': [], '『': [] };
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch in CLOSING) stacks[ch]!.push(i);
    else if (ch in OPENING) {
      const open = stacks[OPENING[ch]!]!.pop();
      if (open !== undefined) closes[open] = i;
    } else if (ch === '"') {
      if (straight === -1) straight = i;
      else {
        closes[straight] = i;
        straight = -1;
      }
    }
  }
  const quotations: Quotation[] = [];
  for (let i = 0; i < text.length; i++) {
    const end = closes[i]!;
    if (end === -1) continue;
    quotations.push({ start: i, end, text: text.slice(i + 1, end) });
    i = end;
  }
  return quotations;
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
