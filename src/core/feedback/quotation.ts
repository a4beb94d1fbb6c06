// Quotations in comments: “…” (nesting allowed: “坚持“五中心一广场”功能定位”),
// 「…」, 『…』, straight "…", and single ‘…’ and '…' (strike 'will' and insert
// 'shall'), where a mark inside a word is an apostrophe (BOEM's, agency’s)
// and never opens or closes one. Found in one pass with a stack per pair, so
// a comment full of unclosed marks costs no more than a clean one; the wording
// grammar reads each top-level quotation as one token and never looks inside.

export interface Quotation {
  /** Offsets of the opening and closing marks in the comment. */
  start: number;
  end: number;
  /** The text between the marks, as written. */
  text: string;
  /** A mark named in words, not quoted (strike the period at the end): start and end span the words. */
  named?: true;
}

/** Punctuation a drafter names in words, and the mark each stands for. */
const MARK_NAMES: Record<string, string> = { period: '.', 'full stop': '.', semicolon: ';', comma: ',', colon: ':' };
const NAMED_MARK = /\b(?:the|a) (period|full stop|semicolon|comma|colon)\b/giu;
/** Only as the object of striking or inserting, or before "at the end": "a period of 30 days" is no mark. */
const MARK_BEFORE = /(?:\bstrike|\bstriking|\binsert|\binserting|\bbefore|\bafter)(?: out)? $/iu;
const MARK_AFTER = /^ at the end\b/iu;

/**
 * English amendments name the marks they change (strike the period at the end
 * and insert “; and”, insert a semicolon): each such name is read as a
 * quotation of its mark, among the comment's quotations in order.
 */
export function withNamedMarks(text: string, quotes: Quotation[]): Quotation[] {
  if (!/\b(?:period|full stop|semicolon|comma|colon)\b/iu.test(text)) return quotes;
  const named: Quotation[] = [];
  // Matches come in order, as the quotations do: one pass over both (a 1 MB comment stays linear).
  let q = 0;
  for (const m of text.matchAll(NAMED_MARK)) {
    const start = m.index;
    const end = start + m[0].length - 1;
    while (q < quotes.length && quotes[q]!.end < start) q++;
    if (q < quotes.length && quotes[q]!.start <= end) continue;
    if (!MARK_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && !MARK_AFTER.test(text.slice(end + 1, end + 16))) continue;
    named.push({ start, end, text: MARK_NAMES[m[1]!.toLowerCase()]!, named: true });
  }
  return named.length === 0 ? quotes : [...quotes, ...named].sort((a, b) => a.start - b.start);
}

/** Opening mark → its closing mark, by character code (“ ” 「 」 『 』). */
const PAIRS = new Map([
  [0x201c, 0x201d],
  [0x300c, 0x300d],
  [0x300e, 0x300f],
  [0x2018, 0x2019],
]);
const OPENING_OF = new Map([...PAIRS].map(([open, close]) => [close, open]));
const STRAIGHT = 0x22;
const STRAIGHT_SINGLE = 0x27;
/** ’ and ' may be apostrophes (BOEM's): they close a quotation only where no Latin letter follows, and ' opens one only where none goes before. */
const WORD = /[A-Za-z0-9\u00c0-\u024f]/u;

/** The top-level quotations of a comment, in order. Unbalanced marks are plain text. */
export function findQuotations(text: string): Quotation[] {
  const closes = new Int32Array(text.length).fill(-1);
  const stacks = new Map<number, number[]>([...PAIRS.keys()].map((open) => [open, []]));
  let straight = -1;
  let single = -1;
  const word = (at: number) => at >= 0 && at < text.length && WORD.test(text[at]!);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most characters are none of the marks: one range test, no map lookups.
    if (code > 0x300f || (code > STRAIGHT_SINGLE && code < 0x2018) || (code > 0x201d && code < 0x300c)) continue;
    if (PAIRS.has(code)) stacks.get(code)!.push(i);
    else if (code === 0x2019 && word(i + 1)) continue;
    else if (code === STRAIGHT_SINGLE) {
      if (single !== -1 && !word(i + 1)) {
        closes[single] = i;
        single = -1;
      } else if (single === -1 && !word(i - 1)) single = i;
    } else if (OPENING_OF.has(code)) {
      const open = stacks.get(OPENING_OF.get(code)!)!.pop();
      if (open !== undefined) closes[open] = i;
    } else if (code === STRAIGHT) {
      if (straight === -1) straight = i;
      else {
        closes[straight] = i;
        straight = -1;
      }
    }
  }
  const quotations: Quotation[] = [];
  // Where a run of paragraphs failed: the openings up to there would fail the same way (a pasted text full of “ stays linear).
  let failedTo = -1;
  for (let i = 0; i < text.length; i++) {
    if (closes[i] === -1 && i > failedTo && text.charCodeAt(i) === 0x201c && QUOTATION_LEAD.test(text.slice(Math.max(0, i - 4), i))) {
      const paragraphs = quotedParagraphs(text, i, closes);
      if (typeof paragraphs === 'number') failedTo = paragraphs;
      else {
        quotations.push(paragraphs);
        i = paragraphs.end;
        continue;
      }
    }
    const end = closes[i]!;
    if (end === -1) continue;
    quotations.push({ start: i, end, text: text.slice(i + 1, end) });
    i = end;
  }
  return quotations;
}

/** What a quotation of paragraphs follows: 修改为：“…, 作为第X条之一：“… (a stray “ elsewhere stays plain text). */
const QUOTATION_LEAD = /[：:]\s*$/u;

/** A paragraph whose last sentence asks for a change (“…监督制度。第十一条修改为：“…”: a closing mark left out): the comment's words, not the text's. */
const REQUEST_LEAD = /(?:修改为|改为|修订为|表述为|调整为|增加|增写|补充|删除|删去|规定为|内容为|如下)[^。；！？]{0,12}[：:]\s*$/u;

/** A paragraph that ends a sentence, before the next paragraph's opening mark. */
const PARAGRAPH_END = /[。；！？：:]\s*$/u;

/**
 * “第一款……。“第二款……。”: a quotation of several paragraphs opens each
 * paragraph with “ and closes only the last (GB/T 15834, as amendment
 * decisions print it). From an unclosed “ at `open`, paragraphs that each end
 * a sentence, up to one that closes, are one quotation: its text holds them
 * on lines of their own. Anything else leaves the mark plain text, and the
 * place where the run failed is returned.
 */
function quotedParagraphs(text: string, open: number, closes: Int32Array): Quotation | number {
  const paragraphs: string[] = [];
  let at = open;
  for (;;) {
    const next = text.indexOf('“', at + 1);
    if (next === -1) return text.length;
    const paragraph = text.slice(at + 1, next);
    if (paragraph.includes('”') || !PARAGRAPH_END.test(paragraph) || REQUEST_LEAD.test(paragraph)) return at;
    paragraphs.push(paragraph.trim());
    const end = closes[next]!;
    if (end !== -1) return { start: open, end, text: [...paragraphs, text.slice(next + 1, end).trim()].join('\n') };
    at = next;
  }
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

/**
 * “…‘三个代表’重要思想…” → “…“三个代表”重要思想…”: inside a quotation, Chinese
 * writes a quotation of its own with ‘…’; unquoted, as the draft stands, it is
 * “…”. Only the outer pairs change (a quotation inside those stays ‘…’, as the
 * draft writes it), and a mark without its pair on its line stays as it is.
 */
export function unnested(text: string): string {
  if (!text.includes('‘')) return text;
  const open: number[] = [];
  const outer: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') open.length = 0;
    else if (ch === '‘') open.push(i);
    else if (ch === '’' && open.length > 0) {
      const start = open.pop()!;
      if (open.length === 0) outer.push([start, i]);
    }
  }
  if (outer.length === 0) return text;
  const chars = text.split('');
  for (const [start, end] of outer) {
    chars[start] = '“';
    chars[end] = '”';
  }
  return chars.join('');
}

