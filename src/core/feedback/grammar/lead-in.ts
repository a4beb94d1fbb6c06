// "Section 104 is amended— (1) by striking …; and (2) by inserting after
// paragraph (3) …": a lead-in names the place once, and each numbered part
// after it (a sentence of its own, parted by ";" or a line break) is read in
// that place, as if the lead-in's locator stood before it. A part may lead in
// again ("(2) in paragraph (3)— (A) …; and (B) …"): the places nest, and a
// part numbered as an outer level's parts ("(3)" after "(B)") is back at that
// level. A sentence that is no numbered part ends them all.
import type { Sentence, Token, Tokenized } from './tokens.js';

type LocatorToken = Extract<Token, { kind: 'locator' }>;
/** How a level numbers its parts: (1), (a) / (i), (A) / (I). */
type PartStyle = 'number' | 'lower' | 'upper';

interface Level {
  locator: LocatorToken;
  /** Known once the first part after the lead-in is read. */
  style?: PartStyle;
}

/** A part's number as written at its start: "(2)", "and (B)" (read from the text: "(A)" is also the word "a" in parentheses). */
const PART_NUMBER = /\s*(?:and\s+)?\((\d{1,3}|[a-z]{1,4}|[A-Z]{1,4})\)/uy;
const DASH = /—|–|--/uy;

/** A sticky pattern's match at `at` (a bounded look, never a copy of the rest of the comment). */
function matchAt(pattern: RegExp, comment: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(comment);
}

/** The sentences, each numbered part with the locators of the lead-ins it belongs to put before its tokens. */
export function withLeadIns(tokenized: Tokenized): Sentence[] {
  const { comment } = tokenized;
  let levels: Level[] = [];
  return tokenized.sentences.map((sentence) => {
    // "; and" then a line break: the "and" alone is no sentence that ends the parts.
    if (sentence.tokens.every((t) => t.kind === 'word' && t.word === 'and')) return sentence;
    const part = partOpening(comment, sentence);
    levels = part ? levelOf(levels, part.style) : [];
    const lead = leadIn(comment, sentence.tokens);
    const placed = part && levels.length > 0 ? { ...sentence, tokens: placedBefore(sentence.tokens, part.next, levels) } : sentence;
    if (lead) levels = [...levels, lead];
    return placed;
  });
}

/** "(2) by inserting …", "and (2) in paragraph (6), …": the part's style, and the token its words start at. */
function partOpening(comment: string, sentence: Sentence): { style: PartStyle; next: Token } | null {
  const number = matchAt(PART_NUMBER, comment, sentence.start);
  if (!number || sentence.start + number[0].length > sentence.end) return null;
  const next = sentence.tokens.find((t) => t.start >= sentence.start + number[0].length);
  return next ? { style: styleOf(number[1]!), next } : null;
}

function styleOf(designator: string): PartStyle {
  return /^\d/u.test(designator) ? 'number' : designator === designator.toLowerCase() ? 'lower' : 'upper';
}

/** The levels a part numbered in `style` is read at: the innermost level numbering its parts so, and those around it. */
function levelOf(levels: readonly Level[], style: PartStyle): Level[] {
  const last = levels.at(-1);
  if (last && last.style === undefined) return [...levels.slice(0, -1), { ...last, style }];
  for (let k = levels.length - 1; k >= 0; k--) if (levels[k]!.style === style) return levels.slice(0, k + 1);
  return [...levels];
}

/**
 * "Section 104 is amended—", "in paragraph (3)—", "In section 2:": a locator
 * (noise such as "is amended" aside) then a dash or colon with a part number
 * or nothing after it. The last one in the sentence is the place of the parts
 * that follow ("in paragraph (1), by striking" is a part's own place, not one).
 */
function leadIn(comment: string, tokens: readonly Token[]): Level | null {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'locator') continue;
    let d = k + 1;
    while (isNoise(tokens[d])) d++;
    const mark = tokens[d];
    const dash = mark?.kind === 'text' ? matchAt(DASH, comment, mark.start) : null;
    if (!mark || (mark.kind !== 'colon' && !dash)) continue;
    // Nothing after the mark: the parts start on the next line. Else a part number right after it ("—(1)", "— (1)").
    if (tokens[d + 1] === undefined) return { locator: token };
    const number = matchAt(PART_NUMBER, comment, mark.start + (dash ? dash[0].length : 1));
    if (number) return { locator: token, style: styleOf(number[1]!) };
  }
  return null;
}

function isNoise(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.word === 'noise';
}

/** The lead-ins' locators, standing (taking no words) right before the part's own words. */
function placedBefore(tokens: readonly Token[], next: Token, levels: readonly Level[]): Token[] {
  const at = tokens.indexOf(next);
  const placed = levels.map((l): LocatorToken => ({ kind: 'locator', refs: l.locator.refs, start: next.start, end: next.start }));
  return [...tokens.slice(0, at), ...placed, ...tokens.slice(at)];
}
