// Proposals from a comment's wording: the comment is tokenized (grammar/tokens),
// each sentence read into requests by one small grammar (grammar/requests), and
// each request resolved against the draft into the edit a drafter would make
// (resolve). Every edit says the words it came from and how sure it is; what
// gives no edit is listed in `unparsed` with the reason, so the clerk can add
// the edit by hand. An entry whose comment asked for more than its edits cover
// says so: its edits are marked less sure.
import type { Clause } from '../draft/clause.js';
import type { Edit } from '../edits/edit.js';
import { tokenize, type Sentence, type Token, type Tokenized } from './grammar/tokens.js';
import type { Reference } from './grammar/locator.js';
import { readSentences, type Request } from './grammar/requests.js';
import { VERBS } from './grammar/vocabulary.js';
import { unnested, type Quotation } from './quotation.js';
import { apartDeletions, draftIndex, headingsNamed, placeOf, placeOrProblem, resolveRequest, type CommentContext } from './resolve.js';
import { withHeadingWords } from './heading-words.js';
import { articlesUnderNewParts } from './new-part.js';
import { inDraftWidths } from './punctuation-width.js';
import { round } from './smallest-change.js';
import { isAbsence, MADE_IN_THE_OTHERS, NOTHING } from './unmade-change.js';

export interface Proposal {
  edits: Edit[];
  /** Words of the comment from which no edit was made, each with the reason: "建议…如何认定 — a question: no edit asked for". */
  unparsed: string[];
}

/** How much less sure the edits of a comment are when part of what it asks could not be read. */
const PARTIAL = 0.7;
/** A request put as a question (是否应将…改为…？). */
const ASKED = 0.6;

/**
 * `place` is where the comment's table says it applies (a 条款 column,
 * `feedback add --locator`): the comment's 本条 / this section, and the
 * scope of a quote with no place of its own, until the comment names another.
 */
/** An add-clause that gives an article (or a numbered paragraph) a new first 款. */
function newFirst(edit: Edit | undefined): edit is Extract<Edit, { op: 'add-clause' }> {
  return edit?.op === 'add-clause' && edit.position === 'first-paragraph';
}

export function proposeEdits(comment: string, clauses: readonly Clause[], lang: 'zh' | 'en', place?: string): Proposal {
  const index = draftIndex(clauses, lang);
  // Read as tokenize unwraps it (a line break outside quotes is a cell's wrap): the notes quote that text, the offsets count in it.
  const tokens = tokenize(comment, lang);
  const text = tokens.comment;
  const context: CommentContext = { lang, named: headingsNamed(text, index) };
  const read = withoutListNumbers(tokens, index, context);
  const tokenized = lang === 'zh' ? withHeadingWords(read, index, context) : read;
  const words = sourceText(text, tokenized.quotes);
  const named = place === undefined ? undefined : placeNamed(place, index, context);
  const given = named && 'problem' in named ? undefined : named;
  if (given) {
    context.last = given;
    context.given = given;
    context.givenPlace = columnPlace(place!, lang);
    context.named!.push(given);
  }
  // 二十四、将“A”改为“B”: a comment numbered as the draft's parts are may mean that part, where the quote alone does not say.
  const numbered = listNumber(tokenized);
  const listed = numbered ? placeOf(numbered, index, context) : undefined;
  if (listed) context.named!.push(listed);
  const edits: Edit[] = [];
  const unparsed: string[] = [];
  const silent: string[] = [];
  let missed = 0;
  // A place column naming a unit the draft does not have (第五条 of a draft of four articles): said, as of a comment naming it.
  if (named && 'problem' in named) {
    unparsed.push(`${place!.trim()} (the place given with the comment) — ${named.problem}`);
    missed++;
  }
  for (const reading of readSentences(tokenized, lang)) {
    for (const problem of reading.problems) {
      unparsed.push(`${words(problem.start, problem.end)} — ${problem.reason}`);
      missed++;
    }
    // 将第四十六条、第四十七条中的“A”修改为…: one request per place listed; a place without A, where another holds it, is
    // said for the clerk, but leaves nothing undone (an adoption is not refused for it).
    const notes: Array<{ note: string; absent?: string }> = [];
    const made = new Set<string>();
    const sentenceStart = edits.length;
    for (const read of reading.requests) {
      const source = words(read.start, read.end);
      // A draft that never writes ‘…’ has the comment's nested ‘三个代表’ as “三个代表”.
      const request = lang === 'zh' && !index.singleQuotes ? withUnnestedQuotes(read) : read;
      const outcome = resolveRequest(request, index, context, source);
      const same = `${read.start}:${read.end}:${changedWords(read)}`;
      if ('problem' in outcome) {
        // (Said once where the units of one quote are each refused alike: 增加两项：“（六）…；（七）…” at a place the draft lacks.)
        const note = `${source} — ${outcome.problem}`;
        if (!notes.some((n) => n.note === note)) notes.push({ note, ...(isAbsence(outcome.problem) ? { absent: same } : {}) });
        continue;
      }
      if (outcome.edits.length > 0) made.add(same);
      // A note (a redesignation: no edit of its own) matters only where the comment gives no edit at all.
      if (outcome.note) silent.push(`${source} — ${outcome.note}`);
      // A warning (a rewrite taking away 款 the comment did not give) is said beside the edit, which is then less sure.
      if (outcome.warning) {
        unparsed.push(`${source} — ${outcome.warning}`);
        missed++;
      }
      for (const edit of outcome.edits) {
        if (reading.sentence.question && edit.confidence !== undefined) edit.confidence = round(edit.confidence * ASKED);
        // 增加两款，作为第一款、第二款：“…”“…”: one new first 款 per quote would clash (two open the article); they are one new text, in order.
        const before = edits.length > sentenceStart ? edits.at(-1) : undefined;
        if (newFirst(edit) && newFirst(before) && before.clause === edit.clause) {
          before.text = `${before.text}\n${edit.text}`;
          before.source = source;
          continue;
        }
        edits.push(edit);
      }
      const clause = outcome.edits.at(-1)?.clause;
      const located = clause ? index.tree.byId.get(clause) : undefined;
      if (located) context.last = located;
    }
    for (const { note, absent } of notes) {
      if (absent !== undefined && made.has(absent)) {
        unparsed.push(`${note}; ${MADE_IN_THE_OTHERS}`);
        continue;
      }
      unparsed.push(note);
      missed++;
    }
    // 第十二条：1.…；2.…: the heading is the place of the sentences after it.
    if (reading.heading) {
      const heading = placeOf(reading.heading, index, context);
      if (heading) context.last = heading;
    }
    if (reading.kind !== 'request') silent.push(`${words(reading.sentence.start, reading.sentence.end)} — ${NOTHING[reading.kind]}`);
  }
  apartDeletions(edits, index);
  edits.splice(0, edits.length, ...articlesUnderNewParts(edits, index));
  // (A change's and a rewrite's new text took them before it was compared with the old: resolve.ts.)
  if (lang === 'zh') for (const edit of edits) if ('text' in edit) edit.text = inDraftWidths(edit.text, index.tree, index.tree.byId.get(edit.clause));
  if (edits.length === 0) unparsed.push(...silent);
  else if (missed > 0) for (const edit of edits) if (edit.confidence !== undefined) edit.confidence = round(edit.confidence * PARTIAL);
  return { edits, unparsed };
}

/** The quoted words a request changes or is anchored on: the requests made of one for each place listed share them, two requests of one sentence do not. */
function changedWords(request: Request): string {
  return 'old' in request ? request.old : 'anchor' in request ? request.anchor : '';
}

/** The one clause a place column names (第二百七十三条, 二、（一）, section 4), if it is nothing but that place; or why the draft has none. */
function placeNamed(place: string, index: ReturnType<typeof draftIndex>, context: CommentContext): Clause | { problem: string } | undefined {
  const ref = columnPlace(place, context.lang ?? 'zh');
  return ref ? placeOrProblem(ref, index, context) : undefined;
}

/** The one place a place column names, read as a locator, if it is nothing but that place. */
function columnPlace(place: string, lang: 'zh' | 'en'): Reference | undefined {
  const tokens = tokenize(place.trim(), lang).sentences.flatMap((s) => s.tokens);
  const [first] = tokens;
  return tokens.length === 1 && first?.kind === 'locator' && first.refs.length === 1 ? first.refs[0]! : undefined;
}

/** The outline number the comment starts with (二十四、, 3.), which the grammar reads as the comment's own numbering. */
function listNumber(tokenized: ReturnType<typeof tokenize>): Reference | undefined {
  const first = tokenized.sentences[0]?.tokens[0];
  if (first?.kind !== 'locator' || first.refs.length !== 1) return undefined;
  const ref = first.refs[0]!;
  return ref.parts.length === 1 && ref.parts[0]!.unit === 'outline' ? ref : undefined;
}

/**
 * 一、第一条改为第二条, 二、第二条第一款修改为: a decision's item number read
 * as one locator with the place after it. Where the draft has no part so
 * numbered, the number is the comment's own and the place is what follows;
 * where it has (a policy text's 一、…), the reading stands. An item may follow
 * the last one's closing quote on its line (……。”二、第四条第一款修改为): it
 * opens a sentence there, as at a line's start. So is 1.1删除“A” (a decimal
 * number before its verb, the grammar's place) in a draft that numbers
 * nothing decimally.
 */
function withoutListNumbers(tokenized: Tokenized, index: ReturnType<typeof draftIndex>, context: CommentContext): Tokenized {
  let changed = false;
  const numbered = (token: Token | undefined): token is Extract<Token, { kind: 'locator' }> => {
    if (token?.kind !== 'locator') return false;
    const number = token.refs[0]?.parts[0];
    return number?.unit === 'outline' && token.refs.every((ref) => ref.parts.length > 1 && ref.parts[0] === number) && !placeOf({ parts: [number] }, index, context);
  };
  const ownDecimal = (token: Token | undefined, rest: readonly Token[]): boolean =>
    !index.decimal && token?.kind === 'locator' && rest.length > 0 && token.refs.length === 1 && token.refs[0]!.parts.length === 1 && token.refs[0]!.parts[0]!.decimal !== undefined;
  const sentences = tokenized.sentences.flatMap((sentence) => {
    const items = sentence.tokens.flatMap((token, k) => (k === 0 || (sentence.tokens[k - 1]!.kind === 'quote' && (numbered(token) || ownNumber(sentence.tokens, k))) ? [k] : []));
    // (A sentence with no number to take off is kept as it is, not copied.)
    if (items.length === 1 && !ownDecimal(sentence.tokens[0], sentence.tokens.slice(1, 2)) && !numbered(sentence.tokens[0])) return [sentence];
    if (items.length > 1) changed = true;
    return items.map((from, i): Sentence => {
      const last = i === items.length - 1;
      const tokens = sentence.tokens.slice(from, last ? undefined : items[i + 1]);
      const start = i === 0 ? sentence.start : tokens[0]!.start;
      const end = last ? sentence.end : sentence.tokens[items[i + 1]!]!.start;
      const [first, ...rest] = tokens;
      if (ownDecimal(first, rest)) {
        changed = true;
        return { ...sentence, start, end, tokens: rest, question: last && sentence.question };
      }
      if (!numbered(first)) return { ...sentence, start, end, tokens, question: last && sentence.question };
      changed = true;
      const refs = first.refs.map((ref) => ({ ...ref, parts: ref.parts.slice(1) }));
      return { start, end, tokens: [{ ...first, refs }, ...rest], question: last && sentence.question };
    });
  });
  return changed ? { ...tokenized, sentences } : tokenized;
}

/**
 * ……。”2.将第四款修改为, ……。”（2）在…后增加: a lone number before a verb
 * (将, 在, 建议 or the verb itself) after a closing quote numbers the
 * comment's next request, whatever parts the draft numbers so: its sentence
 * starts there, where dropListNumber drops the number as at a line's start.
 */
function ownNumber(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  if (token.kind !== 'locator' || token.refs.length !== 1 || token.refs[0]!.parts.length !== 1 || token.refs[0]!.parts[0]!.unit !== 'outline') return false;
  return next?.kind === 'word' && (VERBS.has(next.word) || next.word === 'object' || next.word === 'at' || next.word === 'suggest');
}

/** The comment's words between two offsets, trimmed, quotations shown with “ ” whatever marks they had. */
function sourceText(comment: string, quotes: readonly Quotation[]): (start: number, end: number) => string {
  return (start, end) => {
    let out = '';
    let at = start;
    for (let q = firstQuoteFrom(quotes, start); q < quotes.length && quotes[q]!.start < end; q++) {
      const quote = quotes[q]!;
      out += `${comment.slice(at, quote.start)}${quote.named ? comment.slice(quote.start, quote.end + 1) : `“${quote.text}”`}`;
      at = quote.end + 1;
    }
    return (out + comment.slice(at, Math.max(at, end))).trim();
  };
}

function firstQuoteFrom(quotes: readonly Quotation[], start: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The request with its quoted texts as they stand unquoted (see unnested). */
function withUnnestedQuotes(request: Request): Request {
  const copy = { ...request } as Request & Partial<Record<'old' | 'text' | 'anchor' | 'item' | 'until', string>>;
  for (const field of ['old', 'text', 'anchor', 'item', 'until'] as const) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = unnested(value);
  }
  return copy;
}
