// A unit named by its number and the words of its heading, as a clerk copies
// them from the text: 5.4通信保障修改为：“…”, 第三章 行政许可的实施机关中的….
// Whether the words after the number are the unit's heading, or a part of it
// (第十四条第一款后半句), or an amount (1.5倍), only the draft can tell: they
// are read here, before the grammar, into the locator as its title (as a title
// quoted after it is), and the unit is named by both. So is a heading quoted
// whole as the place of the words after it (在“4.4 应急终止”中“A”后增加…),
// which no text of the draft holds as quoted: the number is no word of it.
import { decimalNumberAt, isRelative, readLocator, type Reference } from './grammar/locator.js';
import { isWord } from './grammar/sentence.js';
import type { Token, Tokenized } from './grammar/tokens.js';
import { placeOf, type CommentContext, type DraftIndex } from './resolve.js';
import { addToGroup } from '../text/groups.js';

/** Digits that may open a decimal number inside a run of text (关于5.4通信保障). */
const DIGIT = /[0-9]/u;
const SPACE = /[^\S\n]/u;

export function withHeadingWords(tokenized: Tokenized, index: DraftIndex, context: CommentContext): Tokenized {
  let changed = false;
  const sentences = tokenized.sentences.map((sentence) => {
    const tokens = headingWords(sentence.tokens, tokenized, index, context);
    if (tokens === sentence.tokens) return sentence;
    changed = true;
    return { ...sentence, tokens };
  });
  return changed ? { ...tokenized, sentences } : tokenized;
}

function headingWords(tokens: Token[], tokenized: Tokenized, index: DraftIndex, context: CommentContext): Token[] {
  const comment = tokenized.comment;
  const out: Token[] = [];
  let changed = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const found =
      token.kind === 'locator'
        ? afterLocator(tokens, k, comment, index, context)
        : token.kind === 'text' && index.decimal
          ? inText(tokens, k, comment, index, context)
          : token.kind === 'quote' && isWord(tokens[k + 1], 'in')
            ? quotedHeading(token, tokenized.quotes[token.quote]!.text, k, index, context)
            : undefined;
    if (!found) {
      out.push(token);
      continue;
    }
    changed = true;
    out.push(...found.tokens);
    k = found.last;
  }
  return changed ? out : tokens;
}

interface Found {
  tokens: Token[];
  /** The last token of the input the heading's words take in. */
  last: number;
}

/** 第三章 行政许可的实施机关, 二、（二）从严的原则: a locator, then the heading of the unit it names. */
function afterLocator(tokens: readonly Token[], k: number, comment: string, index: DraftIndex, context: CommentContext): Found | undefined {
  const token = tokens[k] as Extract<Token, { kind: 'locator' }>;
  const ref = token.refs.length === 1 ? token.refs[0]! : undefined;
  if (!ref || !namesAUnit(ref)) return undefined;
  const heading = titled(ref, token.end, tokens, k, comment, index, context);
  return heading && { tokens: [{ ...token, refs: [heading.ref], end: tokens[heading.last]!.end }], last: heading.last };
}

/** 5.4通信保障, 关于5.4 通信保障: a decimal number the tokenizer left as text (1.5倍 may be an amount), then the heading of the unit so numbered. */
function inText(tokens: readonly Token[], k: number, comment: string, index: DraftIndex, context: CommentContext): Found | undefined {
  const token = tokens[k]!;
  for (let at = token.start; at < token.end; at++) {
    if (!DIGIT.test(comment[at]!)) continue;
    const number = decimalNumberAt(comment, at);
    if (!number || number.end > token.end) continue;
    const heading = titled({ parts: [number.part] }, number.end, tokens, k, comment, index, context);
    if (!heading) continue;
    const before: Token[] = at > token.start ? [{ kind: 'text', start: token.start, end: at }] : [];
    return { tokens: [...before, { kind: 'locator', refs: [heading.ref], start: at, end: tokens[heading.last]!.end }], last: heading.last };
  }
  return undefined;
}

/** 在“4.4 应急终止”中, “第三章 行政许可的实施机关”中的: the quote is a unit's number and heading, as the text shows them. */
function quotedHeading(token: Extract<Token, { kind: 'quote' }>, text: string, k: number, index: DraftIndex, context: CommentContext): Found | undefined {
  const at = text.length - text.trimStart().length;
  const number = numberAt(text, at);
  if (!number || !namesAUnit(number.ref)) return undefined;
  const clause = placeOf(number.ref, index, context);
  const title = clause?.title.trim() ?? '';
  if (title === '' || text.slice(number.end).trim() !== title) return undefined;
  return { tokens: [{ kind: 'locator', refs: [{ ...number.ref, title }], start: token.start, end: token.end }], last: k };
}

/** The one place a quote opens with: a decimal number (which the locator reader takes only before 中, 的, a verb …), 第三章, 二、（二）. */
function numberAt(text: string, at: number): { ref: Reference; end: number } | undefined {
  const decimal = decimalNumberAt(text, at);
  if (decimal) return { ref: { parts: [decimal.part] }, end: decimal.end };
  const read = readLocator(text, at, 'zh');
  return read?.refs.length === 1 ? { ref: read.refs[0]!, end: read.end } : undefined;
}

/** The unit `ref` names, where its heading's words follow at `from` and end where a token of the sentence ends. */
function titled(ref: Reference, from: number, tokens: readonly Token[], k: number, comment: string, index: DraftIndex, context: CommentContext): { ref: Reference; last: number } | undefined {
  let at = from;
  while (SPACE.test(comment[at] ?? '')) at++;
  // Words no title of the draft begins with are none (a comment quoting a whole law names thousands of 第X条: each placed for nothing was most of reading it).
  if (!(titlesOf(index).get(comment[at] ?? '') ?? []).some((t) => comment.startsWith(t, at))) return undefined;
  const clause = placeOf(ref, index, context);
  // (A unit without one, an unnumbered paragraph or a long first sentence, has no title to say.)
  const title = clause?.title.trim() ?? '';
  if (title === '') return undefined;
  if (!comment.startsWith(title, at)) return undefined;
  const end = at + title.length;
  // (通信保障工作: words that run on past the heading are not it.)
  for (let j = k; j < tokens.length && tokens[j]!.start < end; j++) if (tokens[j]!.end === end) return { ref: { ...ref, title }, last: j };
  return undefined;
}

const titles = new WeakMap<DraftIndex, Map<string, string[]>>();

/** The draft's titles by their first character. */
function titlesOf(index: DraftIndex): Map<string, string[]> {
  let byFirst = titles.get(index);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const clause of index.tree.clauses) {
    const title = clause.title.trim();
    if (title !== '') addToGroup(byFirst, title[0]!, title);
  }
  titles.set(index, byFirst);
  return byFirst;
}

/** A place of its own with no title yet: not 本条, not 第二款 (of the unit spoken of); a decimal number names one unit of the whole draft. */
function namesAUnit(ref: Reference): boolean {
  return !ref.pronoun && ref.title === undefined && ref.heading === undefined && ref.parts.length > 0 && (!isRelative(ref) || ref.parts[0]!.decimal !== undefined);
}
