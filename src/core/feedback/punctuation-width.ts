// New text typed with half-width punctuation (春节,放假4天) about a draft that
// writes the full-width ones takes the draft's ，: the office's text has
// them, and a comparison would mark the mark as changed. A mark is taken so
// only beside Chinese; English words, numbers (1,000, 3:30), addresses
// (https://…) and Markdown's links and images keep theirs.
import type { Clause } from '../draft/clause.js';
import { descendants, type ClauseTree } from '../draft/locate.js';

const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };
const HALF_MARKS = /[,;:()?!]/u;
/** Han, CJK punctuation (、。「」), and full-width forms (，（）０-９). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;

/** A mark and its kind: ( and ) are written alike. */
const KIND: Readonly<Record<string, string>> = { ...Object.fromEntries(Object.entries(FULL).flatMap(([half, full]) => [[half, half], [full, half]])), ')': '(', '）': '(' };

type Widths = Map<string, { full: number; half: number }>;
const draftWidths = new WeakMap<readonly Clause[], Widths>();

/**
 * The new text with each mark beside Chinese in the width the draft writes
 * that mark (a text may write ， and half-width parentheses): as the unit
 * writes it (the edited clause and those below it), or where the unit has
 * none (a whole draft's edit), the whole draft; a mark the draft never
 * writes, as most of its marks.
 */
export function inDraftWidths(text: string, tree: ClauseTree, clause: Clause | undefined): string {
  text = alphanumericsInDraftWidths(text, tree, clause);
  if (!HALF_MARKS.test(text)) return text;
  let all = draftWidths.get(tree.clauses);
  if (!all) {
    all = widthsIn(tree.clauses);
    draftWidths.set(tree.clauses, all);
  }
  const own = widthsIn(clause ? [clause, ...descendants(tree, clause)] : []);
  const total = [...all.values()].reduce((sum, n) => ({ full: sum.full + n.full, half: sum.half + n.half }), { full: 0, half: 0 });
  const full = (kind: string) => {
    const n = own.get(kind) ?? all.get(kind) ?? total;
    return n.full > n.half;
  };
  return fullWidth(text, full);
}

/** Digits and Latin letters, in each width. */
const ALPHANUMERIC: Readonly<Record<'digit' | 'letter', { half: RegExp; full: RegExp }>> = {
  digit: { half: /[0-9]/gu, full: /[０-９]/gu },
  letter: { half: /[A-Za-z]/gu, full: /[Ａ-Ｚａ-ｚ]/gu },
};
const draftAlphanumerics = new WeakMap<readonly Clause[], AlphanumericWidths>();
type AlphanumericWidths = Record<'digit' | 'letter', { full: number; half: number }>;

/**
 * ２０１９年１０月 typed with an input method's full-width digits, of a draft
 * that writes 2019年8月 (or the other way round): digits, and Latin letters,
 * in the width the unit writes them, else the draft; a kind the draft never
 * writes, as it writes the other (a draft with neither: as typed). The quote
 * was found by either width (resolve.ts asWritten); the new text keeps the draft's.
 */
function alphanumericsInDraftWidths(text: string, tree: ClauseTree, clause: Clause | undefined): string {
  if (!/[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/u.test(text)) return text;
  let all = draftAlphanumerics.get(tree.clauses);
  if (!all) {
    all = alphanumericsIn(tree.clauses);
    draftAlphanumerics.set(tree.clauses, all);
  }
  const own = alphanumericsIn(clause ? [clause, ...descendants(tree, clause)] : []);
  const some = (n: { full: number; half: number }) => n.full + n.half > 0;
  const width = (kind: 'digit' | 'letter', other: 'digit' | 'letter'): 'full' | 'half' | undefined => {
    const n = [own[kind], all[kind], own[other], all[other]].find(some);
    return n ? (n.full > n.half ? 'full' : 'half') : undefined;
  };
  const shift = { full: 0xff01 - 0x21, half: 0x21 - 0xff01 };
  for (const [kind, other] of [['digit', 'letter'], ['letter', 'digit']] as const) {
    const to = width(kind, other);
    // Letters are never widened (www.nhc.gov.cn is no word of the draft's), nor digits inside a run of Latin
    // letters and marks (GB 18030-2005, a URL, an e-mail): only numbers of their own take the draft's width.
    if (to === undefined || (to === 'full' && kind === 'letter')) continue;
    const from = to === 'full' ? OWN_NUMBER : ALPHANUMERIC[kind].full;
    text = text.replace(from, (run) => [...run].map((ch) => String.fromCodePoint(ch.codePointAt(0)! + shift[to])).join(''));
  }
  return text;
}

/** Half-width digits standing as a number of their own, not inside a run of Latin letters, marks and digits. */
const OWN_NUMBER = /(?<![A-Za-z0-9./@_\-])[0-9]+(?![A-Za-z0-9./@_\-])/gu;

function alphanumericsIn(clauses: readonly Clause[]): AlphanumericWidths {
  const count = (re: RegExp) => clauses.reduce((sum, { text }) => sum + (text.match(re)?.length ?? 0), 0);
  return {
    digit: { full: count(ALPHANUMERIC.digit.full), half: count(ALPHANUMERIC.digit.half) },
    letter: { full: count(ALPHANUMERIC.letter.full), half: count(ALPHANUMERIC.letter.half) },
  };
}

/** How many of each mark beside Chinese the clauses write in each width. */
function widthsIn(clauses: readonly Clause[]): Widths {
  const widths: Widths = new Map();
  for (const { text } of clauses) {
    for (let i = 0; i < text.length; i++) {
      const kind = KIND[text[i]!];
      if (kind === undefined || !besideChinese(text, i)) continue;
      const n = widths.get(kind) ?? { full: 0, half: 0 };
      if (text[i]! in FULL) n.half++;
      else n.full++;
      widths.set(kind, n);
    }
  }
  return widths;
}

function fullWidth(text: string, full: (kind: string) => boolean): string {
  const out = text.split('');
  const partner = pairedParentheses(text);
  // Markdown's own marks stay: a link's (address) after its ], an image's ! before its [.
  const markdown = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' && text[i - 1] === ']') markdown.add(i).add(partner.get(i) ?? i);
    if (text[i] === '!' && text[i + 1] === '[') markdown.add(i);
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!(ch in FULL) || !full(KIND[ch]!) || markdown.has(i)) continue;
    const other = partner.get(i);
    const chinese = besideChinese(text, i) || (other !== undefined && besideChinese(text, other));
    if (!chinese) continue;
    out[i] = FULL[ch]!;
    // 春节, 放假: a full-width mark holds its own space.
    if (ch !== '(' && ch !== ')') for (let j = i + 1; text[j] === ' '; j++) out[j] = '';
  }
  return out.join('');
}

/** The character before or after the mark (spaces aside) is Chinese; a mark between two digits (1,000) or Latin letters never is. */
function besideChinese(text: string, at: number): boolean {
  let after = at + 1;
  while (text[after] === ' ') after++;
  return CHINESE.test(text[at - 1] ?? '') || CHINESE.test(text[after] ?? '');
}

/** Each ( and its ), both ways. */
function pairedParentheses(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length > 0) {
      const start = open.pop()!;
      pairs.set(start, i).set(i, start);
    }
  }
  return pairs;
}
