// Requests read from a comment, resolved against one draft: the locator to
// its clause (locate(), trying each reading of a part: "(i)" roman or letter,
// SEC. or Sec.), the quote to where it stands, and the edit a drafter would
// make — or, when that cannot be done, why (the quote is not there, occurs N
// times, the draft has no such unit).
import type { Clause } from '../draft/clause.js';
import { citableClauses, clauseName, type CitableTree } from '../draft/citation.js';
import { ARTICLE_STYLE, isDivisionStyle } from '../draft/hierarchy.js';
import { titleOnly } from '../draft/paragraphs.js';
import { clauseTree, descendants, insertionPoint, listLines, locate, paragraphsOf, unitsLike, type ClauseTree, type InsertionPoint, type Located, type Step } from '../draft/locate.js';
import { articleOf as articleHolding, paragraphOfClause } from '../draft/references.js';
import { isBetween, readMarker, withNumeral } from '../draft/numbering.js';
import { chineseNumeral } from '../draft/numerals.js';
import { cfrParts, throughoutUnits } from '../draft/regulatory-text.js';
import { nearestPassage } from '../text/nearest.js';
import { hasHan, holdsQuote, insideTerm, occurrenceNumber, occurrences, quoteOccurrences, struckFromList, truncateToWidth, wordOccurrences, type TextLang } from '../text/strings.js';
import { WHOLE_DRAFT, type Edit } from '../edits/edit.js';
import { firstParagraphItems, linesOf } from '../edits/plan.js';
import { capitalsHeading, leadingCaption } from '../draft/title.js';
import { isRelative, type Part, type Reference } from './grammar/locator.js';
import type { Request, Where } from './grammar/requests.js';
import { betweenChange } from './between.js';
import { missingUnit, type Miss } from './missing-unit.js';
import { newDefinitionPlace } from './new-definition.js';
import { newTextWithoutNumber, numberLed, otherLeadingNumber } from './numbered-quote.js';
import { looseText, stripAbbreviation } from './quotation.js';
import { inDraftWidths } from './punctuation-width.js';
import { round, smallestChange, tidyInsertion } from './smallest-change.js';
import { NOT_IN, TAKES_AWAY } from './unmade-change.js';
import { sentenceSpans } from '../text/sentences.js';

/** What resolving needs of a draft, built once per draft. */
export interface DraftIndex {
  tree: ClauseTree;
  /** The draft numbers its articles 第一条 …: 条 and 项 are statute units. */
  statute: boolean;
  citations: CitableTree;
  /** Clauses whose text holds a quote, by quote. */
  holding: Map<string, Clause[]>;
  /** The draft writes ‘…’ somewhere: a comment's nested ‘…’ may be the draft's own. */
  singleQuotes: boolean;
  /** The draft numbers units 1.1, 1.1.1 (a policy text's outline): a comment's 7.2 may be one of them. */
  decimal: boolean;
  /** The draft's language: an English quote stands as whole words (text/strings.ts quoteOccurrences), as edits are anchored. */
  lang: TextLang;
}

const indexes = new WeakMap<readonly Clause[], DraftIndex>();

export function draftIndex(clauses: readonly Clause[], lang: TextLang): DraftIndex {
  let index = indexes.get(clauses);
  if (index?.lang !== lang) {
    index = {
      tree: clauseTree(clauses),
      statute: clauses.some((c) => c.marker?.style === '第一条'),
      citations: citableClauses(clauses),
      holding: new Map(),
      singleQuotes: clauses.some((c) => c.text.includes('‘')),
      decimal: clauses.some((c) => c.marker !== null && /^1(?:\.1)+$/u.test(c.marker.style)),
      lang,
    };
    indexes.set(clauses, index);
  }
  return index;
}

/** What the comment spoke of last: 该段 / this section, and the scope of a quote with no locator of its own. */
export interface CommentContext {
  last?: Clause;
  /** The comment's language: 将第X条中的“A”修改为… means every A there; US drafting says "each place it appears" for that. */
  lang?: 'zh' | 'en';
  /** Parts the comment names without placing a request there: headings by their words ("In the DATES section"), the part its own number matches (二十四、将…). A quote found in several clauses is looked for there. */
  named?: Clause[];
  /** The place given with the comment (a 条款 column): a quote with no place of its own is not looked for elsewhere while the comment speaks of it. */
  given?: Clause;
  /** That place as the column words it (第二百七十四条第（七）项): what a request with no place of its own (建议修改为：“…”) is read as naming. */
  givenPlace?: Reference;
}

/**
 * The headings whose words the comment has (of four characters or more, as
 * whole words, case aside): a rule's parts are named so, not by number.
 */
export function headingsNamed(comment: string, index: DraftIndex): Clause[] {
  const lower = comment.toLowerCase();
  return index.tree.clauses.filter((c) => {
    if (c.heading === null) return false;
    const words = c.text.replace(/[:：。.]+$/u, '').trim().toLowerCase();
    if (words.length < 4) return false;
    for (let at = lower.indexOf(words); at !== -1; at = lower.indexOf(words, at + 1)) {
      if (!/[a-z0-9]/u.test(lower[at - 1] ?? '') && !/[a-z0-9]/u.test(lower[at + words.length] ?? '')) return true;
    }
    return false;
  });
}

/** `warning`: what the edits do that the comment may not mean (a rewrite taking away 款 it did not give), said beside them. */
export type Outcome = { edits: Edit[]; note?: string; warning?: string } | { problem: string };

interface Placed {
  clause: Clause;
  confidence: number;
  /** 本款 of an item of an article's own 款: that 款 (its text and items), not the article with its later 款. */
  own?: true;
  /** "part 583" of a rule: the part's line and every unit after it (regulatory-text.ts), which the tree does not put under it. */
  units?: Clause[];
}

/** The units a place takes in: a rule's part as its text runs, else the clause and all below it. */
function unitsOf(at: Placed, index: DraftIndex): Clause[] {
  return at.units ?? [at.clause, ...descendants(index.tree, at.clause)];
}
/** A locator that names nothing, or several clauses (the candidates, for a quote to choose among). */
interface Unplaced {
  problem: string;
  candidates?: Clause[];
}
type Place = Placed | Unplaced | undefined;

export function resolveRequest(request: Request, index: DraftIndex, context: CommentContext, source: string): Outcome {
  // Whatever it names (paragraphs (3) and (4) of section 307), a redesignation follows from the edits beside it.
  if (request.op === 'redesignate') return { edits: [], note: 'no edit of its own: the numbers follow when paragraphs are added or removed' };
  // 建议修改为：“…” with the place only in the 条款 column: as if the comment named it, while it speaks of no other.
  if (request.where?.unnamed !== undefined) {
    if (!context.givenPlace || context.last !== context.given) return { problem: request.where.unnamed };
    request = { ...request, where: { ref: context.givenPlace } };
  }
  if (request.where?.ref.parts.at(-1)?.unit === '句') return sentenceRequest(request, request.where, index, context, source);
  let at = place(request.where, index, context);
  if (at && 'problem' in at) {
    // 第一部分第（三）项中的“到2020年”: of the clauses the locator names, the one that holds the quote.
    const quote = quoteOf(request);
    const holding = quote && at.candidates ? at.candidates.filter((c) => holds(c, quote, index)) : [];
    if (holding.length !== 1) return { problem: at.problem };
    at = { clause: holding[0]!, confidence: 0.8 };
  }
  switch (request.op) {
    case 'replace':
      // (将“监督检查”修改为“监督检查”: a slip of the commenter's, or words the tool read wrong: no edit either way.)
      if (request.old === request.text) return { problem: `“${request.old}” would be replaced by the same words: nothing changes` };
      if (request.atEnd) return atEndEdit(request, at, index, source);
      if (request.part) return titleChange(request.old, request.text, at, request.where, index, context, source);
      if (request.nth !== undefined && !request.everywhere) return nthEdit(request.old, request.text, request.nth, at, request.where, index, context, source);
      return request.everywhere ? replaceEverywhere(request.old, request.text, at, index, source) : textEdit(request.old, request.text, at, request.where, index, context, source);
    case 'delete':
      if (request.atEnd) return atEndEdit(request, at, index, source);
      if (request.part) return titleChange(request.old, '', at, request.where, index, context, source);
      if (request.nth !== undefined && !request.everywhere) return nthEdit(request.old, '', request.nth, at, request.where, index, context, source);
      return request.everywhere ? replaceEverywhere(request.old, '', at, index, source) : textEdit(request.old, '', at, request.where, index, context, source);
    case 'insert':
      if (request.atEnd) return atEndEdit(request, at, index, source);
      return insert(request.anchor, request.text, request.position, at, index, context, source, request.nth);
    case 'list-insert':
      return listInsert(request.anchor, request.item, at, index, context, source);
    case 'between':
      return between(request, at, index, context, source);
    case 'append':
      return append(request, at, index, context, source);
    case 'rewrite':
      return rewrite(request, at, index, context, source);
    case 'remove-clause':
      if (!at) return { problem: 'which clause to delete is not said' };
      // 删除第五条第一款 of an article with more 款: its own paragraph goes, the article stays.
      return { edits: [{ op: firstParagraph(request, at, index) ? 'remove-first-paragraph' : 'remove-clause', clause: at.clause.id, confidence: round(0.9 * at.confidence), source }] };
    case 'add-clause':
      return addClause(request, at, index, context, source);
    case 'move':
      return { problem: MOVE_NOT_MADE };
    case 'units':
      return units(request, at, context, source);
  }
}

/**
 * 将第十条移至第八条之后: a move is asked for, and said, not made: made of a
 * removal and an addition, the article's 款 and 项 deleted or changed by
 * other edits, a partial adoption of one half, and cites of it elsewhere all
 * went wrong without a word (a probe of moves made into edits).
 */
const MOVE_NOT_MADE = 'moving an article is not made into edits: delete it (删除第X条) and add its text where it goes (在第X条后增加一条：“…”), or move it in the draft by hand';

/**
 * 删除第三条最后一句, 第十条第一款第二句修改为…, strike the last sentence: the
 * sentence is found in the unit named (an article's sentences run through
 * its 款, a 款's are its own) and the edit is made on its words.
 */
function sentenceRequest(request: Request, where: Where, index: DraftIndex, context: CommentContext, source: string): Outcome {
  const part = where.ref.parts.at(-1)!;
  const outer = where.ref.parts.slice(0, -1);
  const unit: Place =
    outer.length > 0 || where.ref.heading !== undefined
      ? place({ ...where, ref: { ...where.ref, parts: outer } }, index, context)
      : where.within
        ? placeRef(where.within, undefined, index, context)
        : context.last && { clause: context.last, confidence: 0.85 };
  if (!unit) return { problem: 'which clause the sentence is in is not said' };
  if ('problem' in unit) return { problem: unit.problem };
  // Its last sentence is in one of its items, (1), (A), which the comment does not name.
  if (part.last && descendants(index.tree, unit.clause).some((c) => c.marker !== null && c.marker.value !== null)) {
    return { problem: `${nameOf(index, unit.clause)} goes on in numbered units: name the one whose last sentence is meant` };
  }
  const ownOnly = outer.at(-1)?.unit === '款' || outer.at(-1)?.unit === '段';
  const holders = [...(unit.clause.heading === null ? [unit.clause] : []), ...(ownOnly ? [] : prose(unit.clause, paragraphsOf(index.tree, unit.clause)))];
  const sentences = holders.flatMap((clause) => {
    const from = afterHeading(clause);
    return sentenceSpans(clause.text.slice(from)).map((span, k, all) => ({ clause, span: { start: from + span.start, end: from + span.end }, last: k === all.length - 1 }));
  });
  // A unit of one sentence: deleting or rewriting "its last sentence" means words inside it, which the
  // comment does not quote (words added after or before it go there, as after any sentence).
  const adding = request.op === 'append' || request.op === 'add-clause';
  if (sentences.length === 1 && !adding) return { problem: `${nameOf(index, unit.clause)} is a single sentence: quote the words meant` };
  const n = part.last ? sentences.length : part.readings[0]!.value;
  const found = sentences[n - 1];
  if (!found) return { problem: `${nameOf(index, unit.clause)} has ${sentences.length} sentence${sentences.length === 1 ? '' : 's'} (句), not ${n}` };
  const { clause, span } = found;
  const words = clause.text.slice(span.start, span.end).trimEnd();
  const confidence = round(0.9 * unit.confidence);
  const occurrence = (quote: string, at: number) => occurrenceField(clause.text, quote, at, index.lang);
  switch (request.op) {
    case 'remove-clause': {
      // The space between two sentences goes with the one deleted: after it, or before the last.
      const before = clause.text.slice(0, span.start);
      const leading = found.last ? before.length - before.trimEnd().length : 0;
      const start = span.start - leading;
      const quote = leading > 0 ? clause.text.slice(start, span.start + words.length) : clause.text.slice(span.start, span.end);
      if (quote.trim() === clause.text.trim()) {
        // The whole of an article's own paragraph, where it has more 款: that 款 goes, the article stays.
        const op = clause.id === unit.clause.id && paragraphsOf(index.tree, clause).length > 0 ? 'remove-first-paragraph' : 'remove-clause';
        return { edits: [{ op, clause: clause.id, confidence, source }] };
      }
      return { edits: [{ op: 'delete', clause: clause.id, quote, ...occurrence(quote, start), confidence, source }] };
    }
    case 'rewrite': {
      const text = inWidths(request.text.trim(), clause, index, context);
      if (text === words) return { problem: `the sentence already reads so` };
      const once = quoteOccurrences(clause.text, words, index.lang).length === 1;
      const edit = once ? smallestChange(clause, words, text, confidence, source, index.lang) : { op: 'replace' as const, clause: clause.id, quote: words, text, ...occurrence(words, span.start), confidence, source };
      return edit ? { edits: [edit] } : { problem: 'the old and the new text are the same' };
    }
    case 'replace':
    case 'delete':
      return textEdit(request.old, request.op === 'replace' ? request.text : '', { clause, confidence: unit.confidence }, undefined, index, context, source);
    case 'append':
    case 'add-clause': {
      // 在第十条第一款第一句后增加“…”, insert after the first sentence the following: the words go right after (or before) it.
      const position = request.op === 'append' ? (request.position ?? (request.atEnd ? 'after' : undefined)) : request.unit ? undefined : request.relation;
      if (position !== 'before' && position !== 'after') return { problem: 'where in the sentence to add is not said: quote the words it follows' };
      // English sentences stand apart by a space.
      const text = !/^[A-Za-z0-9“"(]/u.test(request.text.trim()) ? request.text : position === 'after' ? ` ${request.text.trim()}` : `${request.text.trim()} `;
      return insert(words, text, position, { clause, confidence: unit.confidence }, index, context, source);
    }
    case 'insert':
    case 'list-insert':
    case 'between':
    case 'units':
    case 'redesignate':
    case 'move':
      return { problem: 'a sentence can be deleted or rewritten; to change it otherwise, quote its words' };
  }
}

/**
 * The paragraphs of a part under a heading that are its text: not a block of
 * lines after them (a rule's signature, “Dated: September 22, 2017.” and the
 * names and titles under it), whose lines are no sentences of the part.
 */
function prose(unit: Clause, paragraphs: readonly Clause[]): readonly Clause[] {
  if (unit.heading === null) return paragraphs;
  let end = paragraphs.length;
  while (end > 1 && paragraphs[end - 1]!.text.trim().includes('\n')) end--;
  return paragraphs.slice(0, end);
}

/** Where a clause's sentences start: after a heading in words (SEC. 2. FINDINGS., (a) In General.—), which is no sentence of it. */
function afterHeading(clause: Clause): number {
  if (!/[A-Za-z]/u.test(clause.title) || !clause.text.startsWith(clause.title)) return 0;
  return clause.title.length + (/^[.:]?[—–-]?\s*/u.exec(clause.text.slice(clause.title.length))?.[0].length ?? 0);
}

/** The locator ends at 第一款 of a clause that has more than one (or 本款 names that 款). */
function firstParagraph(request: Request, at: Placed, index: DraftIndex): boolean {
  const last = request.where?.ref.parts.at(-1);
  // (the first paragraph of section 3, counted so in English, is its 第一款.)
  return (at.own === true || ((last?.unit === '款' || (last?.unit === '段' && last.english === true)) && last.readings[0]!.value === 1)) && paragraphsOf(index.tree, at.clause).length > 0;
}

function quoteOf(request: Request): string | undefined {
  if (request.op === 'replace' || request.op === 'delete') return stripAbbreviation(request.old).text;
  if (request.op === 'insert' || request.op === 'list-insert' || request.op === 'between') return stripAbbreviation(request.anchor).text;
  return undefined;
}

function holds(clause: Clause, quote: string, index: DraftIndex): boolean {
  return holdsQuote(clause.text, quote, index.lang) || descendants(index.tree, clause).some((c) => holdsQuote(c.text, quote, index.lang));
}

export function nameOf(index: DraftIndex, clause: Clause): string {
  return clauseName(index.citations, clause);
}

// ── where: locator → clause

/** The clause a locator alone names, if it names exactly one. */
export function placeOf(ref: Reference, index: DraftIndex, context: CommentContext): Clause | undefined {
  const at = placeRef(ref, undefined, index, context);
  return at && 'clause' in at ? at.clause : undefined;
}

/** The clause a place names, or why the draft has none (the draft has no 第五条 (it has 第一条 to 第四条)). */
export function placeOrProblem(ref: Reference, index: DraftIndex, context: CommentContext): Clause | { problem: string } | undefined {
  const at = placeRef(ref, undefined, index, context);
  return at && 'clause' in at ? at.clause : at;
}

function place(where: Where | undefined, index: DraftIndex, context: CommentContext): Place {
  if (!where) return undefined;
  const base = placeRef(where.ref, where.within, index, context);
  if (base && 'problem' in base) return base;
  if (where.definition !== undefined) return placeDefinition(where.definition, base, index);
  if (where.opening === undefined) return base;
  return placeOpening(where.opening, base, index);
}

function placeRef(ref: Reference, within: Reference | undefined, index: DraftIndex, context: CommentContext): Place {
  if (ref.pronoun) {
    if (!context.last) return { problem: 'no clause was named before' };
    // 本章 / 本节 (a place column's 第九章, or an article in it): the chapter or section spoken of, or the one holding it.
    if (ref.pronounUnit === '章' || ref.pronounUnit === '节') {
      const style = `第一${ref.pronounUnit}`;
      for (let c: Clause | undefined = context.last; c; c = parentOf(c, index)) if (c.marker?.style === style) return { clause: c, confidence: 0.85 };
      return { problem: `${nameOf(index, context.last)} is no ${ref.pronounUnit} and is in none: name the ${ref.pronounUnit} meant` };
    }
    // 本条 / 该条 / 本款 of a smaller unit spoken of (a place column's 第二十二条第一款第（八）项): the article or 款 it is in.
    const above = context.last.marker?.style === ARTICLE_STYLE ? undefined : articleHolding(index.tree, context.last);
    if (above && ref.pronounUnit === '条') return { clause: above, confidence: 0.85 };
    if (above && ref.pronounUnit === '款') {
      // A later 款 holds its items; the article's own 款 (its text and the items right under it) is named so where it has more.
      const paragraph = paragraphOfClause(index.tree, context.last) ?? above;
      return { clause: paragraph, confidence: 0.85, ...(paragraph === above && paragraphsOf(index.tree, above).length > 0 ? { own: true as const } : {}) };
    }
    // 本款 where the unit spoken of is an article of several 款: which one is not said.
    const paragraphs = ref.pronounUnit === '款' && context.last.marker?.style === ARTICLE_STYLE ? paragraphsOf(index.tree, context.last).length + 1 : 1;
    if (paragraphs > 1) return { problem: `${nameOf(index, context.last)} has ${paragraphs} 款: name the one meant (第一款 …)` };
    return { clause: context.last, confidence: 0.85 };
  }
  const parts = ref.parts.filter((p) => p.unit !== '页');
  // "In part 583" of a rule: its regulatory text (regulatory-text.ts), never a part of its preamble.
  if (parts.length === 1 && parts[0]!.unit === 'part') {
    const part = cfrParts(index.tree.clauses).find((p) => p.number === parts[0]!.readings[0]!.value);
    if (part) return { clause: part.heading, confidence: 0.95, units: part.units };
  }
  if (parts.length === 0) {
    // In the DATES section, at the end of the SUMMARY: the part under that heading.
    if (ref.heading !== undefined) return placeHeading(ref.heading, index);
    if (ref.title === undefined) return undefined;
    const titled = byTitle(ref.title, index);
    return titled.length === 1 ? { clause: titled[0]!, confidence: 0.85 } : { problem: `the title “${ref.title}” names ${titled.length} clauses` };
  }
  let scope: Clause | undefined;
  if (ref.heading !== undefined) {
    const named = placeHeading(ref.heading, index);
    if ('problem' in named) return named;
    scope = named.clause;
  } else if (isRelative(ref)) {
    const outer = within ? placeRef(within, undefined, index, context) : context.last ? { clause: carriedScope(ref, context.last, index), confidence: 0.85 } : undefined;
    if (outer && 'problem' in outer) return outer;
    scope = outer?.clause;
  }
  let found = structural(parts, scope, index);
  if ('problem' in found && scope && !within && ref.heading === undefined) {
    // paragraph (6) after a request on section 207(1): under the clauses that hold the one spoken of last,
    // then anywhere in the draft.
    for (let above = parentOf(scope, index); above && 'problem' in found; above = parentOf(above, index)) found = structural(parts, above, index);
    if ('problem' in found) found = structural(parts, undefined, index);
  }
  return withTitle(found, ref.title, index);
}

/** The one heading `name` names, or why not. */
function placeHeading(name: string, index: DraftIndex): Placed | Unplaced {
  const named = headingNamed(name, index);
  if (named.length === 1) return { clause: named[0]!, confidence: 0.9 };
  // (English: the comment's words, which may name no part at all: the Response to the first Comment.)
  const english = /[A-Za-z]/u.test(name) ? ': name its section or paragraph, or quote words that stand only there' : '';
  if (named.length === 0) return { problem: english ? `the draft has no part headed “${name}”${english}` : `the draft has no heading “${name}”` };
  return { problem: english ? `“${name}” heads ${named.length} parts (${named.slice(0, 4).map((c) => nameOf(index, c)).join(', ')})${english}` : `the heading “${name}” names ${named.length} clauses` };
}

/**
 * The headings whose text is `name` (序言), spaces aside (序　言); in English,
 * failing that, case aside and without "the", "section" and a parenthetical
 * (the Regulatory Flexibility Act section, the RFA section: “The Regulatory
 * Flexibility Act (RFA)”; the SUMMARY: “SUMMARY:”), else the headings that
 * open with those words.
 */
function headingNamed(name: string, index: DraftIndex): Clause[] {
  const wanted = looseText(name);
  const exact = index.tree.clauses.filter((c) => c.heading !== null && looseText(c.text).replace(/\s/gu, '') === wanted);
  if (exact.length > 0 || !/[A-Za-z]/u.test(name)) return exact;
  const words = headingWords(name).replace(/\s+(?:section|part|heading)$/u, '');
  const headings = index.tree.clauses.filter((c) => c.heading !== null);
  const plain = (c: Clause) => headingWords(c.text).replace(/\s*\([^()]*\)/gu, '');
  const same = headings.filter((c) => {
    const text = headingWords(c.text);
    return text === words || plain(c) === words || /\(([^()]+)\)$/u.exec(text)?.[1] === words;
  });
  // (the Paperwork Reduction Act section: “Paperwork Reduction Act (PRA) of 1995”.)
  return same.length > 0 ? same : headings.filter((c) => plain(c).startsWith(`${words} `));
}

/** A heading's words as compared: lower case, one space between words, no “the” before them or colon after. */
function headingWords(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim().replace(/[:.]$/u, '').replace(/^the /u, '');
}

/**
 * Where a relative locator of a later request is read when the comment spoke
 * last of a smaller unit: 二、在第一款后增加一款 after 一、将第三十七条第一款第（四）项中的…
 * is 第三十七条's 第一款, not the item's own paragraph; a 款 is always of the article.
 */
function carriedScope(ref: Reference, last: Clause, index: DraftIndex): Clause {
  const head = ref.parts.find((p) => p.unit !== '页');
  return head?.unit === '款' ? (articleHolding(index.tree, last) ?? last) : last;
}

function parentOf(clause: Clause, index: DraftIndex): Clause | undefined {
  return clause.parent === null ? undefined : index.tree.byId.get(clause.parent);
}

interface Structural {
  clauses: Clause[];
  /** Several parts of a policy text restart their numbering (an annex's 一、): the first was taken. */
  guessed?: boolean;
}

/** Candidate clauses for the parts, trying each reading of a part in order of preference. */
function structural(parts: readonly Part[], scope: Clause | undefined, index: DraftIndex): Structural | Unplaced {
  let current: Array<Clause | undefined> = [scope];
  for (const part of parts) {
    const steps = stepsOf(part, index.statute);
    if (steps.length === 0) return { problem: `a ${part.unit} cannot be located` };
    const next = new Map<string, Clause>();
    const misses: Miss[] = [];
    for (const from of current) {
      for (const step of steps) {
        const past = step.kind === 'paragraph' && part.english ? pastSubheading(part, from, index) : undefined;
        if (past) return { problem: past };
        const found = part.last ? lastOf(step, from, index) : locate(index.tree, [step], from);
        if ('clause' in found) {
          next.set(found.clause.id, found.clause);
          break;
        }
        if (found.problem === 'ambiguous') {
          for (const c of found.candidates.slice(0, 20)) next.set(c.id, c);
          break;
        }
        misses.push({ step, within: from });
      }
    }
    if (next.size === 0) return { problem: part.last ? `${current[0] ? nameOf(index, current[0]) : 'the draft'} has no ${part.unit}` : missingUnit(part, misses, index) };
    current = [...next.values()];
  }
  const clauses = current as Clause[];
  // 第一部分 of a policy text whose annex numbers its parts 一、二、… again: the main text's.
  const first = parts[0]!;
  const parted = first.unit === '部分' || (first.unit === 'outline' && first.readings[0]!.style === '一、');
  if (clauses.length > 1 && !index.statute && !scope && parted) return { clauses: [clauses.reduce((a, b) => (a.index <= b.index ? a : b))], guessed: true };
  return { clauses };
}

/**
 * "the last paragraph of section I", where section I goes on in parts under
 * headings of their own (A. Program Description, B. Program History) or in
 * numbered units ((1), (2)): whether its paragraphs are counted through them
 * is not said. Those of a heading before the first part are the same either
 * way (a numbered unit's own words, its first as a 款 is counted, lead in to its parts).
 */
function pastSubheading(part: Part, from: Clause | undefined, index: DraftIndex): string | undefined {
  if (!from) return undefined;
  const children = index.tree.children.get(from.id) ?? [];
  const parts = children.filter((c) => c.heading !== null || (c.marker !== null && c.marker.value !== null));
  if (parts.length === 0) return undefined;
  const before = from.heading === null ? 0 : paragraphsOf(index.tree, from).filter((c) => c.index < parts[0]!.index).length;
  if (!part.last && part.readings[0]!.value <= before) return undefined;
  const names = parts.slice(0, 3).map((c) => (c.heading !== null ? truncateToWidth(c.number ? `${c.number}. ${c.text}` : c.text, 30) : nameOf(index, c)));
  return `${nameOf(index, from)} goes on in parts of its own (${names.join(', ')}${parts.length > 3 ? ', …' : ''}): name the part whose paragraph is meant, or quote its words`;
}

/** 最后一项, 最后一款: the last unit the step could name inside `from` (an article's last 款 is the article itself when it has one). */
function lastOf(step: Step, from: Clause | undefined, index: DraftIndex): Located {
  const all =
    step.kind === 'number' && step.style === undefined
      ? (index.tree.children.get(from?.id ?? null) ?? []).filter((c) => c.marker !== null && c.marker.value !== null)
      : unitsLike(index.tree, step, from);
  const last = all.at(-1);
  return last ? { clause: last } : { problem: 'not-found', message: 'none', candidates: [] };
}

function stepsOf(part: Part, statute: boolean): Step[] {
  const value = part.readings[0]!.value;
  const any: Step = { kind: 'number', value };
  switch (part.unit) {
    case '编':
    case '分编':
    case '章':
    case '节':
      return [{ kind: 'number', style: `第一${part.unit}`, value }];
    case '条':
      return statute ? [{ kind: 'number', style: '第一条', value, ...(part.sub ? { sub: part.sub } : {}) }] : [any];
    case '款':
    case '段':
      // "paragraph 3" in English: a bill's paragraph (3) where the unit has one, else its third paragraph.
      if (part.english && part.arabic) return [{ kind: 'number', style: '（1）', value }, { kind: 'paragraph', value }];
      return [{ kind: 'paragraph', value }];
    case '项':
      // 第（7）项 of a text whose items are （1）（2）…: Arabic in parentheses first, where it was written so.
      if (part.arabic) return [{ kind: 'number', style: '（1）', value }, { kind: 'number', style: '（一）', value }];
      return statute || part.paren ? [{ kind: 'number', style: '（一）', value }] : [any];
    case '目':
      return [{ kind: 'number', style: '1.', value }, any];
    case '部分':
      return [{ kind: 'number', style: '一、', value }];
    case '点':
    case 'item':
    case 'article':
      return [any];
    case '句':
    case '页':
      return [];
    // English divisions, designators and outline numbers: the style each reading of the number implies.
    case 'title':
    case 'subtitle':
    case 'chapter':
    case 'part':
    case 'subpart':
    case 'section':
    case 'subsection':
    case 'paragraph':
    case 'subparagraph':
    case 'clause':
    case 'subclause':
    case 'designator':
    case 'outline': {
      // § 10.99: a regulation's section, in its CFR part only.
      const inPart = part.cfrPart !== undefined ? { cfrPart: part.cfrPart } : part.decimal !== undefined ? { decimal: part.decimal } : {};
      return part.readings.map((r) => (r.style ? { kind: 'number', style: r.style, value: r.value, ...inPart } : { kind: 'number', value: r.value, ...inPart }));
    }
  }
}

/** 第18项“建立更加健全社会保障体系”: the title confirms the number, or finds the clause when the number is off. */
function withTitle(found: Structural | Unplaced, title: string | undefined, index: DraftIndex): Place {
  const candidates = 'clauses' in found ? found.clauses : [];
  if (title !== undefined) {
    const wanted = looseText(stripAbbreviation(title).text);
    const titled = (c: Clause) => wanted !== '' && looseText(c.title || c.text.slice(0, wanted.length + 10)).includes(wanted);
    const both = candidates.filter(titled);
    if (both.length >= 1) return { clause: both[0]!, confidence: 0.95 };
    const elsewhere = byTitle(title, index);
    if (elsewhere.length === 1) return { clause: elsewhere[0]!, confidence: 0.8 };
    if (candidates.length === 1) return { clause: candidates[0]!, confidence: 0.5 };
  }
  if ('problem' in found) return found;
  if (candidates.length === 1) return { clause: candidates[0]!, confidence: found.guessed ? 0.7 : 0.95 };
  // Said only when asked for: placeOf, which reads none, is called for every number a long comment names.
  return {
    get problem() {
      return `the locator names ${candidates.length} clauses (${candidates.slice(0, 4).map((c) => `${nameOf(index, c)} “${truncateToWidth(c.text, 25)}”`).join(', ')})`;
    },
    candidates,
  };
}

/** Clauses a quoted title names: “（三）推进贸易便利化…” by its number and opening, “建立…体系” by its lead phrase. */
function byTitle(title: string, index: DraftIndex): Clause[] {
  const text = stripAbbreviation(title).text;
  const marker = readMarker(text);
  const rest = looseText(marker ? text.slice(marker.raw.length) : text);
  if (rest === '') return [];
  return index.tree.clauses.filter((c) => {
    if (marker && (c.marker?.style !== marker.style || c.marker.value !== marker.value)) return false;
    return looseText(c.text).startsWith(rest) || (c.title !== '' && looseText(c.title).includes(rest));
  });
}

/** the definition of “Secretary”: the one paragraph (inside the located clause) that opens “Secretary means …”. */
function placeDefinition(term: string, base: Placed | undefined, index: DraftIndex): Place {
  const { text } = stripAbbreviation(term);
  const scope = base ? [base.clause, ...descendants(index.tree, base.clause)] : index.tree.clauses;
  const defines = (c: Clause) => {
    const body = c.text.trimStart().replace(/^[“"]/u, '');
    return (body.startsWith(text) && DEFINES.test(body.slice(text.length))) || definesAsBills(body, text);
  };
  const found = scope.filter(defines);
  const where = base ? nameOf(index, base.clause) : 'the draft';
  if (found.length === 1) return { clause: found[0]!, confidence: base ? 0.95 : 0.8 };
  return { problem: found.length === 0 ? `${where} has no definition of “${text}”` : `${where} defines “${text}” ${found.length} times` };
}

/** After a defined term: “Secretary means …”, “…” has the meaning given …. */
const DEFINES = /^[”"]?,?\s+(?:means|has the meaning|includes|shall mean|refers to)\b/u;
/** A bill's definition, its heading before it or not: Grant recipient.— The term “grant recipient” means …, The term ‘total spending’ means …, The terms “X” and “Y” mean …. */
const BILL_DEFINITION = /^(?:[^—\n]{1,120}?\.—\s*)?The terms? ((?:[“"‘][^”"’\n]{1,120}[”"’](?:,? (?:or|and) |, )?)+)/u;

/** Whether a paragraph defines the term as a bill does (the terms quoted after "The term", in any case). */
function definesAsBills(body: string, term: string): boolean {
  const terms = BILL_DEFINITION.exec(body)?.[1];
  return terms !== undefined && [...terms.matchAll(/[“"‘]([^”"’\n]{1,120})[”"’]/gu)].some((m) => m[1]!.toLowerCase() === term.toLowerCase());
}

/** “强力实施千百十亿工程。。。”: the paragraph with this opening, inside the located clause. */
function placeOpening(opening: string, base: Placed | undefined, index: DraftIndex): Place {
  const { text } = stripAbbreviation(opening);
  const scope = base ? [base.clause, ...descendants(index.tree, base.clause)] : index.tree.clauses;
  const starts = scope.filter((c) => c.text.startsWith(text));
  const contains = scope.filter((c) => c.text.includes(text));
  const found = starts.length === 1 ? starts[0] : contains.length === 1 ? contains[0] : undefined;
  if (found) return { clause: found, confidence: base ? 0.9 : 0.7 };
  return base ?? { problem: `no paragraph opens with “${text}”` };
}

// ── quotes: where the quoted text stands

/** The one clause holding the quote: inside the located clause, else where it is unique in the draft. */
function clauseWith(text: string, at: Placed | undefined, index: DraftIndex, context: CommentContext): Placed | { problem: string } {
  if (text === '') return { problem: 'the quote is empty' };
  const holding = holdersOf(text, index);
  if (at) {
    const unit = unitsOf(at, index);
    const subtree = new Set(unit.map((c) => c.id));
    const inside = holding.filter((c) => subtree.has(c.id));
    if (inside.length === 1) return { clause: inside[0]!, confidence: Math.min(0.95, at.confidence) };
    if (inside.length > 1) {
      if (inside.some((c) => c.id === at.clause.id)) return { clause: at.clause, confidence: Math.min(0.9, at.confidence) };
      return { problem: `“${text}” is in ${inside.length} paragraphs of ${nameOf(index, at.clause)} (${inside.map((c) => nameOf(index, c)).join(', ')})` };
    }
    // Found elsewhere only: said, never changed there unasked (将第八十二条中的“A” where A is in 第七十二条 alone).
    return notIn(text, at.clause, unit, index, standsElsewhere(holding, index));
  }
  // No locator of its own: the clause the comment spoke of last, then the whole draft.
  if (context.last) {
    const last = context.last;
    const inLast = holding.filter((c) => c.id === last.id || isBelow(index, c, last));
    if (inLast.length === 1) return { clause: inLast[0]!, confidence: 0.85 };
    // (A heading's own words are its title: a quote in the part it heads is meant.)
    if (last.heading === null && inLast.some((c) => c.id === last.id)) return { clause: last, confidence: 0.8 };
    if (inLast.length > 1) return { problem: `“${text}” is in ${inLast.length} parts of ${nameOf(index, last)} (${inLast.map((c) => nameOf(index, c)).join(', ')}): name the one meant` };
    // Still in the place given with the comment, and the quote is not there: said, as for a place the comment names.
    const given = context.given;
    const inGiven = (c: Clause) => given !== undefined && (c.id === given.id || isBelow(index, c, given));
    if (given && holding.length > 0 && inGiven(last) && !holding.some(inGiven)) {
      return notIn(text, given, [given, ...descendants(index.tree, given)], index, `, the place given with the comment${standsElsewhere(holding, index)}`);
    }
  }
  if (holding.length === 1) return { clause: holding[0]!, confidence: 0.85 };
  if (holding.length > 1 && context.named && context.named.length > 0) {
    const named = context.named;
    const inNamed = holding.filter((c) => named.some((h) => c.id === h.id || isBelow(index, c, h)));
    if (inNamed.length === 1) return { clause: inNamed[0]!, confidence: 0.75 };
  }
  if (holding.length === 0) return notIn(text, undefined, index.tree.clauses, index);
  return { problem: `“${text}” is in ${holding.length} clauses (${holding.slice(0, 4).map((c) => nameOf(index, c)).join(', ')}${holding.length > 4 ? ', …' : ''}): name the one meant` };
}

/** Where a quote not in the place named stands: the one clause, or how many. */
function standsElsewhere(holding: readonly Clause[], index: DraftIndex): string {
  return holding.length === 1 ? ` (it is in ${nameOf(index, holding[0]!)})` : holding.length > 1 ? ` (it is in ${holding.length} other clauses)` : '';
}

/**
 * “A” is not in 第三条 (or the draft), with the passage of the unit nearest to
 * A where one is near (text/nearest.ts): words for the clerk, never an edit.
 */
function notIn(quote: string, unit: Clause | undefined, scope: readonly Clause[], index: DraftIndex, aside = ''): { problem: string } {
  const near = nearestPassage(quote, scope.map((c) => c.text));
  const holder = near ? scope[near.index]! : undefined;
  const hint = near ? `; nearest: “${near.text}”${holder !== unit ? ` (${nameOf(index, holder!)})` : ''}` : '';
  return { problem: `“${quote}${NOT_IN}${unit ? nameOf(index, unit) : 'the draft'}${aside}${hint}` };
}

function holdersOf(text: string, index: DraftIndex): Clause[] {
  let found = index.holding.get(text);
  if (!found) {
    found = index.tree.clauses.filter((c) => holdsQuote(c.text, text, index.lang));
    index.holding.set(text, found);
  }
  return found;
}

function isBelow(index: DraftIndex, clause: Clause, ancestor: Clause): boolean {
  for (let c: Clause | undefined = clause; c && c.parent !== null; c = index.tree.byId.get(c.parent)) if (c.parent === ancestor.id) return true;
  return false;
}

/** The quote must stand once in its clause; twice or more, the comment has to say which. */
function once(clause: Clause, text: string, index: DraftIndex): string | undefined {
  const n = quoteOccurrences(clause.text, text, index.lang).length;
  return n > 1 ? `“${text}” occurs ${n} times in ${nameOf(index, clause)}: say which` : undefined;
}

// ── text edits

/** The clauses a change “in” a located unit may touch: the unit and all below it, or a 款's own text and its items only. */
function scopeOf(at: Placed, where: Where | undefined, index: DraftIndex): Clause[] {
  const last = where?.ref.parts.at(-1)?.unit;
  // 第九条第一款中的“一般应当”: not 第二款's; 第九条中的: any of its 款.
  if (last !== '款' && last !== '段' && !at.own) return unitsOf(at, index);
  return [at.clause, ...(index.tree.children.get(at.clause.id) ?? []).filter((c) => c.marker !== null)];
}

function textEdit(before: string, after: string, at: Placed | undefined, where: Where | undefined, index: DraftIndex, context: CommentContext, source: string): Outcome {
  const quoted = stripAbbreviation(before).text;
  const a = writtenIn(at, quoted, index);
  const b = casedAs(quoted, a, spacedAs(quoted, a, stripAbbreviation(after).text));
  // “（一）从两处以上取得综合所得” copied with the item's number: the item's words.
  const numbered = numberedQuote(a, b, at, index, context);
  if (numbered) return 'problem' in numbered ? numbered : textEdit(numbered.quote, numbered.text, numbered.at, undefined, index, context, source);
  // 将第三十九条中的“法律委员会”修改为…: in the unit named, every time it stands there (as amendment decisions mean it).
  if (at && a !== '' && context.lang !== 'en') {
    const every = occurrenceEdits(scopeOf(at, where, index), a, b, round(0.9 * 0.9 * at.confidence), source, index.lang);
    // 第二百九十条，建议删除“A” where A stands twice: which one is not said (中, 均, 全部 would say each).
    if (every.length > 1 && !where?.inUnit) return { problem: `“${a}” occurs ${every.length} times in ${nameOf(index, at.clause)}: say which, or say 全部 for each` };
    if (every.length > 1) return { edits: every };
  }
  const found = clauseWith(a, at, index, context);
  if ('problem' in found) return found;
  const repeated = once(found.clause, a, index);
  if (repeated) return { problem: repeated };
  // 删除第32项“辅助用药收入占比”: the quote is the whole of a numbered unit, which goes (never a number left with no text).
  // (删除“有其他突出贡献的” of an item “（四）有其他突出贡献的。”: its closing mark goes with it.)
  if (b === '' && found.clause.marker !== null && found.clause.marker.value !== null && (a === found.clause.text.trim() || a === found.clause.text.trim().replace(/[。；;.，,]$/u, ''))) {
    return { edits: [{ op: 'remove-clause', clause: found.clause.id, confidence: round(0.9 * found.confidence), source }] };
  }
  const edit = smallestChange(found.clause, a, inWidths(b, found.clause, index, context), found.confidence, source, index.lang);
  if (!edit) return { problem: 'the old and the new text are the same' };
  if (edit.op === 'delete') tidyDeletion(edit, found.clause.text, index.lang);
  return { edits: [edit] };
}

/**
 * 删除第二百九十条第二处“A”, 将第一个“A”修改为“B”: the nth time A stands in
 * the unit named or spoken of (its 款 and items in order), or in the one
 * clause that holds it; one edit, of that occurrence.
 */
function nthEdit(before: string, after: string, nth: number, given: Placed | undefined, where: Where | undefined, index: DraftIndex, context: CommentContext, source: string): Outcome {
  // No place of its own: the unit the comment spoke of (a 条款 column, 该条), as for a quote alone.
  const at = given ?? (context.last ? { clause: context.last, confidence: 0.85 } : undefined);
  const quoted = stripAbbreviation(before).text;
  const a = writtenIn(at, quoted, index);
  const b = casedAs(quoted, a, stripAbbreviation(after).text);
  let scope: Clause[];
  let confidence: number;
  if (at) {
    scope = scopeOf(at, where, index);
    confidence = at.confidence;
  } else {
    const holding = holdersOf(a, index);
    if (holding.length !== 1) return { problem: holding.length === 0 ? `“${a}” is not in the draft` : `“${a}” is in ${holding.length} clauses: name the one meant` };
    scope = holding;
    confidence = 0.85;
  }
  let seen = 0;
  for (const clause of scope) {
    // (The nth as the comment counts, whole words in English; written as the place among every occurrence, as an edit's occurrence counts.)
    const hits = quoteOccurrences(clause.text, a, index.lang);
    if (seen + hits.length < nth) {
      seen += hits.length;
      continue;
    }
    const occurrence = occurrenceField(clause.text, a, hits[nth - seen - 1]!, index.lang);
    const c = round(0.9 * confidence);
    return { edits: [b === '' ? { op: 'delete', clause: clause.id, quote: a, ...occurrence, confidence: c, source } : { op: 'replace', clause: clause.id, quote: a, text: b, ...occurrence, confidence: c, source }] };
  }
  return { problem: `“${a}” stands ${seen} time(s) in ${at ? nameOf(index, at.clause) : 'its clause'}, not ${nth}` };
}

/**
 * A quote in no clause of the place searched (the unit named, else the
 * draft) that starts with a unit's number (“（一）从两处以上…”, “第三条 除国务院…”):
 * the words after the number, in the one unit so numbered that opens with
 * them, and the new text without the number where it repeats it. A number
 * that fits no such unit, or several, is said; undefined where the quote has
 * no number (or is there as written).
 */
function numberedQuote(quote: string, text: string | undefined, at: Placed | undefined, index: DraftIndex, context: CommentContext): { quote: string; text: string; at: Placed } | { problem: string } | undefined {
  const scope = at ? unitsOf(at, index) : index.tree.clauses;
  if (quote === '') return undefined;
  const written = at ? scope.some((c) => holdsQuote(c.text, quote, index.lang)) : holdersOf(quote, index).length > 0;
  const led = numberLed(quote, scope);
  if (!led) return undefined;
  // “1.2 等级划分” of a plan whose 目录 lists it too: the unit so numbered is meant, not the line of contents.
  if (written && (at || led.units.length !== 1)) return undefined;
  let units = led.units;
  // (No place named: the unit the comment spoke of, where the number leaves several.)
  const last = context.last;
  if (!at && last && units.length > 1) {
    const near = units.filter((c) => c.id === last.id || isBelow(index, c, last));
    if (near.length === 1) units = near;
  }
  if (units.length > 1) return { problem: `“${quote}” starts with a unit's number (${led.number}), and “${led.rest}” opens ${units.length} units numbered so (${units.slice(0, 4).map((c) => nameOf(index, c)).join(', ')}${units.length > 4 ? ', …' : ''}): name the one meant` };
  const [unit] = units;
  if (!unit) {
    // “（三）从两处…” of an item （一）: the words open a unit numbered another way of the same kind. (Else — 第三条规定的,
    // N. For — the quote is the text's words, not found as such.)
    const other = led.others[0];
    if (!other) return undefined;
    return { problem: `“${quote}” is not in ${at ? nameOf(index, at.clause) : 'the draft'}: it includes a unit's number (${led.number}), and “${led.rest}” opens ${nameOf(index, other)}: quote the words without the number` };
  }
  const after = text === undefined ? '' : newTextWithoutNumber(text, unit);
  if (typeof after !== 'string') return { problem: `“${quote}” is ${nameOf(index, unit)} with its number, and the new text gives another (${after.other}): the numbers follow from the edits; quote the words without the number` };
  return { quote: led.rest, text: after, at: { clause: unit, confidence: round(Math.min(0.9, at?.confidence ?? 0.85)) } };
}

/** Spaces of other widths (a footnote's number before a thin space: 1\u2009See: …): a space quoted is any one space but a line break. */
const SPACES = [' ', '\u00a0', '\u2009', '\u202f', '\u3000'];
/**
 * Each printable ASCII character and its full-width form (，（ but also
 * ２０１９, ＡＢＣ) are one character to a quote, as NFKC reads them: a comment
 * typed with an input method's full-width digits, or with half-width marks,
 * quotes the draft's 2019 and （二）. A straight quotation mark is a curly one too.
 */
const CURLY: Record<string, string> = { '"': '“”', "'": '‘’' };
const EITHER_WIDTH = new Map([
  ...Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => [String.fromCodePoint(0xff01 + i), String.fromCodePoint(0x21 + i)] as const).flatMap(([full, half]) =>
    // (- first in the class stands for itself.)
    [full, half].map((ch): [string, string] => [ch, `[${regexpText(half)}${full}${CURLY[half] ?? ''}]`]),
  ),
  ...SPACES.map((ch): [string, string] => [ch, '[^\\S\\n]']),
]);

/** A character as a regular expression (Unicode mode) matches it. */
function regexpText(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/u.test(ch) ? `\\${ch}` : ch;
}

/**
 * The quote as the unit writes it, where the two differ only in the width of
 * their punctuation (“申请登记的，应当” quoted of a draft that reads
 * 申请登记的,应当), digits and letters (“２０１９年” of 2019年) or spaces: once in the unit (with none named, in the draft,
 * where the quote is nowhere as written), or the quote as it is.
 */
function writtenIn(at: Placed | undefined, quote: string, index: DraftIndex): string {
  const scope = at ? unitsOf(at, index) : index.tree.clauses;
  const written = at || quote === '' || holdersOf(quote, index).length === 0 ? asWritten(quote, scope) : quote;
  return written === quote && index.lang === 'en' ? (inCapitals(quote, scope) ?? quote) : written;
}

/**
 * “grant management” of SEC. 202. GRANT MANAGEMENT.: words a heading in
 * capitals holds (draft/title.ts capitalsHeading), quoted in another case, as
 * the heading writes them; only where no clause of the scope holds them as
 * quoted, and every place they stand in capitals there is such a heading (an
 * acronym or a defined term in running text is matched as written).
 */
function inCapitals(quote: string, scope: readonly Clause[]): string | undefined {
  const upper = quote.toUpperCase();
  if (upper === quote || upper.length !== quote.length || scope.some((c) => holdsQuote(c.text, quote, 'en'))) return undefined;
  let found = false;
  for (const c of scope) {
    const hits = wordOccurrences(c.text, upper);
    if (hits.length === 0) continue;
    const span = capitalsHeading(c);
    if (!span || hits.some((at) => at < span.start || at + upper.length > span.end)) return undefined;
    found = true;
  }
  return found ? upper : undefined;
}

/** New words for a quote found in a heading in capitals (inCapitals) are written in capitals there too: GRANT OVERSIGHT. */
function casedAs(quote: string, written: string, text: string): string {
  return written !== quote && written === quote.toUpperCase() ? text.toUpperCase() : text;
}

/**
 * The new text with the draft's spaces where it repeats the old quote's words
 * that were found with spaces of another width (1 See: https → 1\u2009See: http
 * changes https only); its own words, and any mark, as written.
 */
function spacedAs(quote: string, written: string, text: string): string {
  if (quote === written || quote.length !== written.length) return text;
  const out = text.split('');
  const respace = (i: number, j: number) => {
    if (SPACES.includes(quote[i]!) && SPACES.includes(written[i]!)) out[j] = written[i]!;
  };
  for (let i = 0; i < quote.length && i < text.length && text[i] === quote[i]; i++) respace(i, i);
  for (let k = 1; k <= quote.length && k <= text.length && text[text.length - k] === quote[quote.length - k]; k++) respace(quote.length - k, text.length - k);
  return out.join('');
}

function asWritten(quote: string, clauses: readonly Clause[]): string {
  if (quote === '' || clauses.some((c) => c.text.includes(quote)) || ![...quote].some((ch) => EITHER_WIDTH.has(ch))) return quote;
  const pattern = new RegExp([...quote].map((ch) => EITHER_WIDTH.get(ch) ?? regexpText(ch)).join(''), 'gu');
  const found = clauses.flatMap((c) => [...c.text.matchAll(pattern)].map((m) => m[0]));
  return found.length === 1 ? found[0]! : quote;
}

/**
 * strike the period at the end and insert “; and”, insert “…” before the
 * period at the end: the words that end the clause named (or its last
 * paragraph, where it has paragraphs), wherever else they stand in it.
 */
function atEndEdit(request: Extract<Request, { op: 'replace' | 'delete' | 'insert' }>, at: Placed | undefined, index: DraftIndex, source: string): Outcome {
  if (!at) return { problem: 'at the end of what is not said: name the clause' };
  let quote = request.op === 'insert' ? request.anchor : request.old;
  // The end of a unit with paragraphs is the end of its last one (never its heading or lead-in).
  const clause = descendants(index.tree, at.clause).at(-1) ?? at.clause;
  const ending = clause.text.trimEnd();
  if (!ending.endsWith(quote)) return { problem: `${nameOf(index, at.clause)} does not end with “${quote}”` };
  // strike “or” at the end: a word struck takes the space before it along.
  if (request.op === 'delete' && /^[A-Za-z0-9]/u.test(quote) && ending[ending.length - quote.length - 1] === ' ') quote = ` ${quote}`;
  const occurrence = occurrenceField(clause.text, quote, ending.length - quote.length, index.lang);
  const confidence = round(0.9 * at.confidence);
  if (request.op === 'insert') return { edits: [{ op: 'insert', clause: clause.id, quote, text: request.text, position: request.position, ...occurrence, confidence, source }] };
  if (request.op === 'delete') return { edits: [{ op: 'delete', clause: clause.id, quote, ...occurrence, confidence, source }] };
  return { edits: [{ op: 'replace', clause: clause.id, quote, text: request.text, ...occurrence, confidence, source }] };
}

/** A replacement (a deletion where `text` is empty) of each occurrence of `quote` in the clauses, in order. */
function occurrenceEdits(clauses: readonly Clause[], quote: string, text: string, confidence: number, source: string, lang: TextLang): Edit[] {
  const edits: Edit[] = [];
  for (const clause of clauses) {
    // An English word as a word (rule, not the rule of rulemaking), numbered among all its occurrences, as an edit's occurrence counts (occurrenceField).
    for (const at of wordOccurrences(clause.text, quote)) {
      // (“Director” → “Regional Director” where the unit writes “Regional Director” already: that place is the new term, as a change throughout reads it: plan.ts occurrenceChanges.)
      if (insideTerm(clause.text, at, at + quote.length, text)) continue;
      const occurrence = occurrenceField(clause.text, quote, at, lang);
      const edit: Edit = text === '' ? { op: 'delete', clause: clause.id, quote, ...occurrence, confidence, source } : { op: 'replace', clause: clause.id, quote, text, ...occurrence, confidence, source };
      // (删除第十九条第（四）项中的“A”和“B”均…: words that stand once there take their separator, as a single deletion's do.)
      if (edit.op === 'delete' && hasHan(quote)) tidyDeletion(edit, clause.text, lang);
      edits.push(edit);
    }
  }
  return edits;
}

/**
 * The `occurrence` field of an edit written for the quote at `at`: its place
 * among every occurrence of the quote in the text (an English word inside
 * another counted too, as anchor.ts reads it), none where it is the one place
 * the quote stands as a word.
 */
function occurrenceField(text: string, quote: string, at: number, lang: TextLang): { occurrence?: number } {
  const n = occurrenceNumber(text, quote, at, lang);
  return n === undefined ? {} : { occurrence: n };
}

/** strike “transparent, apolitical, and” between two spaces takes one of them along, as a drafter strikes words. */
function tidyDeletion(edit: Extract<Edit, { op: 'delete' }>, text: string, lang: TextLang): void {
  if (edit.prefix || edit.suffix || edit.occurrence) return;
  if (!/^[A-Za-z0-9]/u.test(edit.quote) || !/[A-Za-z0-9,;.]$/u.test(edit.quote)) {
    tidyChineseDeletion(edit, text, lang);
    return;
  }
  const occurs = (quote: string) => quoteOccurrences(text, quote, lang);
  const at = occurs(edit.quote)[0] ?? -1;
  if (text[at - 1] === ' ' && text[at + edit.quote.length] === ' ' && occurs(`${edit.quote} `).length === 1) edit.quote = `${edit.quote} `;
  // strike "and" at the end of paragraph (2), or words before a full stop: the space before them goes too (not after a comma: "(b), as appropriate, to").
  else if (text[at - 1] === ' ' && (at + edit.quote.length === text.trimEnd().length || (/^[.;]/u.test(text.slice(at + edit.quote.length)) && !/[,;:]/u.test(text[at - 2] ?? ''))) && occurs(` ${edit.quote}`).length === 1) edit.quote = ` ${edit.quote}`;
}

/** Marks that part the words of a sentence, and those that end it. */
const SEPARATOR = /[，、；,;]/u;
const SENTENCE_CLOSE = /[。；！？.;]/u;
const SENTENCE_OPEN = /[。；！？：:]/u;

/**
 * 删除“该合并的必须合并” of “…认真整改，该合并的必须合并。”: the words' separator
 * goes with them (…认真整改。, not …认真整改，。); so does the one after words that
 * open a sentence or stand between two (“A，B，C。” without B: “A，C。”). Words
 * that are elements of a 、-list take one 、 along (struckFromList: 误导性的语言、文字、数字
 * without “语言”: 误导性的文字、数字; without “数字”, the list's last: 误导性的语言、文字).
 */
function tidyChineseDeletion(edit: Extract<Edit, { op: 'delete' }>, text: string, lang: TextLang): void {
  const hits = quoteOccurrences(text, edit.quote, lang);
  if (hits.length !== 1) return;
  const at = hits[0]!;
  const end = at + edit.quote.length;
  const before = text[at - 1] ?? '';
  const after = text[end] ?? '';
  const listed = struckFromList(text, at, end);
  const quote =
    SEPARATOR.test(before) && (after === '' || SENTENCE_CLOSE.test(after))
      ? before + edit.quote
      : listed.start !== at || listed.end !== end
        ? text.slice(listed.start, listed.end)
        : (at === 0 || SENTENCE_OPEN.test(before) || SEPARATOR.test(before)) && SEPARATOR.test(after)
          ? edit.quote + after
          : edit.quote;
  if (quote !== edit.quote && quoteOccurrences(text, quote, lang).length === 1) edit.quote = quote;
}

/**
 * The deletions of one comment that took the same separator along (“数字、”
 * and “、图片或者视频” of …文字、数字、图片或者视频等): each mark goes with one of
 * them only, the earlier words taking the 、 before them instead (…文字等), or
 * none where there is none (the list's first words), so that the edits do not
 * overlap and the list reads right.
 */
export function apartDeletions(edits: readonly Edit[], index: DraftIndex): void {
  const byClause = new Map<string, Array<{ edit: Extract<Edit, { op: 'delete' }>; start: number }>>();
  for (const edit of edits) {
    const text = index.tree.byId.get(edit.clause)?.text;
    if (edit.op !== 'delete' || text === undefined || edit.occurrence || edit.prefix || edit.suffix || !hasHan(edit.quote) || occurrences(text, edit.quote).length !== 1) continue;
    const list = byClause.get(edit.clause) ?? [];
    list.push({ edit, start: text.indexOf(edit.quote) });
    byClause.set(edit.clause, list);
  }
  for (const [id, list] of byClause) {
    if (list.length < 2) continue;
    const text = index.tree.byId.get(id)!.text;
    list.sort((a, b) => b.start - a.start);
    let next = Infinity;
    for (const item of list) {
      const { edit, start } = item;
      const end = start + edit.quote.length;
      if (end - 1 === next && SEPARATOR.test(edit.quote.at(-1)!) && text[next] === edit.quote.at(-1)) {
        let quote = edit.quote.slice(0, -1);
        let at = start;
        if (!SEPARATOR.test(quote.at(0) ?? '') && text[start - 1] === '、') {
          quote = `、${quote}`;
          at = start - 1;
        }
        if (quote !== '' && occurrences(text, quote).length === 1) {
          edit.quote = quote;
          item.start = at;
        }
      }
      next = item.start;
    }
  }
}

/** 全文统一修改: one edit for the whole draft; within a located clause, each occurrence there. */
function replaceEverywhere(before: string, after: string, at: Placed | undefined, index: DraftIndex, source: string): Outcome {
  // (“提高社会信用水平，” of a draft that writes 提高社会信用水平,: as the draft writes it, as for one change.)
  const quoted = stripAbbreviation(before).text;
  const quote = writtenIn(at, quoted, index);
  const text = casedAs(quoted, quote, spacedAs(quoted, quote, stripAbbreviation(after).text));
  const holding = holdersOf(quote, index);
  if (!at) {
    // (A rule's regulatory text only, as the edit applies: regulatory-text.ts.)
    const amended = new Set(throughoutUnits(index.tree.clauses));
    if (!holding.some((c) => amended.has(c) && wordOccurrences(c.text, quote).length > 0)) {
      if (holding.length > 0 && amended.size < index.tree.clauses.length) return { problem: `“${quote}” stands only in the rule's preamble, which the rule does not amend: name the part of the preamble meant` };
      return notIn(quote, undefined, index.tree.clauses, index);
    }
    return { edits: [{ op: 'replace-all', clause: WHOLE_DRAFT, quote, text, confidence: 0.9, source }] };
  }
  const unit = unitsOf(at, index);
  const subtree = new Set(unit.map((c) => c.id));
  const edits = occurrenceEdits(holding.filter((c) => subtree.has(c.id)), quote, text, round(0.9 * at.confidence), source, index.lang);
  if (edits.length === 0) return notIn(quote, at.clause, unit, index);
  return { edits };
}

function insert(anchor: string, added: string, position: 'before' | 'after', at: Placed | undefined, index: DraftIndex, context: CommentContext, source: string, nth?: number): Outcome {
  const anchored = stripAbbreviation(anchor).text;
  const quote = writtenIn(at, anchored, index);
  const numbered = numberedQuote(quote, undefined, at, index, context);
  if (numbered) return 'problem' in numbered ? numbered : insert(numbered.quote, added, position, numbered.at, index, context, source);
  added = casedAs(anchored, quote, added);
  const found = clauseWith(quote, at, index, context);
  if ('problem' in found) return found;
  // after the second “small manufacturers”: that one, of those in the paragraph that holds it.
  const all = quoteOccurrences(found.clause.text, quote, index.lang);
  if (nth !== undefined && nth > all.length) return { problem: `“${quote}” stands ${all.length} time(s) in ${nameOf(index, found.clause)}, not ${nth}` };
  const repeated = nth === undefined ? once(found.clause, quote, index) : undefined;
  if (repeated) return { problem: repeated };
  const quoteAt = all[(nth ?? 1) - 1]!;
  const occurrence = nth !== undefined ? occurrenceField(found.clause.text, quote, quoteAt, index.lang) : {};
  if (added === '') return { problem: 'the text to insert is empty' };
  let text = tidyInsertion(found.clause.text, quote, added, position);
  let confidence = found.confidence;
  // 在“博物馆、图书馆”后增加“公园”: the new word joins the list with its separator
  // (not after “中央军事委员会、”, whose separator is quoted already, nor after a
  // whole sentence that has a list in it: “但法律、法规另有规定的除外。”).
  const next = found.clause.text[quoteAt + quote.length] ?? '';
  if (position === 'after' && quote.includes('、') && !/[、，,；;。！？：:”]$/u.test(quote) && !/^[、，,；;。]/u.test(text) && !/[。！？]$/u.test(text) && next !== '、') {
    text = `、${text}`;
    confidence *= 0.9;
  }
  // insert “promptly” after “shall”: English words keep a space between them.
  if (position === 'after' && spacedApart(quote, text)) text = ` ${text}`;
  if (position === 'before' && spacedApart(text, quote)) text = `${text} `;
  // insert “(4),” after “(3),” in “(3), (5)”: the new words stand apart as the words around them do.
  const previous = found.clause.text[quoteAt - 1];
  if (position === 'after' && /[,;:]$/u.test(quote) && next === ' ' && LATIN_START.test(text)) text = ` ${text}`;
  if (position === 'before' && /[,;:]$/u.test(text) && previous === ' ' && LATIN_START.test(quote)) text = `${text} `;
  return { edits: [{ op: 'insert', clause: found.clause.id, quote, text, position, ...occurrence, confidence: round(confidence), source }] };
}

/** English words, and a parenthetical after them: “Public Health Service Act (PHSA)”. */
const WORD_END = /[A-Za-z0-9][)\]]?$/u;
/** …and before them: “(42 U.S.C. 256b)”, “(HHS)”, but no designation ((a), (2), (iv), (A), (II)), which follows its unit unspaced (section 3(a), (2)(B)). */
const WORD_START = /^(?:[A-Za-z0-9]|\((?!(?:\d{1,4}|[a-z]{1,4}|[A-Z]|[IVXLC]{2,5})\)(?:\([A-Za-z0-9]{1,4}\))*$))/u;

/** Whether English words meet the words after them with a space: “SERVICES (HHS)”, after a word even a designation (“subparagraph (A)”), never “section 3(a)”. */
function spacedApart(before: string, after: string): boolean {
  return WORD_END.test(before) && (WORD_START.test(after) || (/[A-Za-z]{2}$/u.test(before) && after.startsWith('(')));
}
const LATIN_START = /^[A-Za-z0-9(“"]/u;

/**
 * 删除“A”和“B”之间的“C”, 在“A”和“B”之间增加“C”: the words A … B as they stand
 * (in the unit named or spoken of, else in the draft) changed as a quote is
 * (between.ts says what they become, textEdit where they are).
 */
function between(request: Extract<Request, { op: 'between' }>, at: Placed | undefined, index: DraftIndex, context: CommentContext, source: string): Outcome {
  const near = at?.clause ?? context.last;
  const texts = (clauses: readonly Clause[]) => clauses.map((c) => c.text);
  let change = near ? betweenChange(request, texts([near, ...descendants(index.tree, near)])) : undefined;
  if (!at && (!change || 'absent' in change)) change = betweenChange(request, texts(index.tree.clauses));
  if (!change || 'absent' in change) {
    // (A deletion of words not there: said as of A C B, with the passage nearest to them.)
    if (request.change === 'delete') return textEdit(request.anchor + request.text + request.until, request.anchor + request.until, at, request.where, index, context, source);
    return { problem: `“${request.until}” does not follow “${request.anchor}” in ${at ? nameOf(index, at.clause) : 'the draft'}` };
  }
  if ('problem' in change) return change;
  return textEdit(change.old, change.text, at, request.where, index, context, source);
}

/** “…卫生计生、。。。”增加食品安全: the new item goes after the quoted list, with its separator. */
function listInsert(anchor: string, item: string, at: Placed | undefined, index: DraftIndex, context: CommentContext, source: string): Outcome {
  const quote = stripAbbreviation(anchor).text;
  const found = clauseWith(quote, at, index, context);
  if ('problem' in found) return found;
  const separator = /[、，,]$/u.exec(quote)?.[0];
  const text = separator ? `${item}${separator}` : item;
  return { edits: [{ op: 'insert', clause: found.clause.id, quote, text, position: 'after', confidence: round(found.confidence * 0.7), source }] };
}

// ── clause edits

function append(request: Extract<Request, { op: 'append' }>, at: Placed | undefined, index: DraftIndex, context: CommentContext, source: string): Outcome {
  const placed = at ?? (request.where === undefined && context.last ? { clause: context.last, confidence: 0.7 } : undefined);
  if (!placed) return { problem: 'where to add is not said: name the clause or quote the text it follows' };
  let clause = placed.clause;
  let confidence = placed.confidence * 0.9;
  const children = index.tree.children.get(clause.id) ?? [];
  // Section 3 is amended by adding at the end the following: “(c) Report.— …”: a unit numbered as the
  // section's own are is its new last one, not words after its heading.
  const own = readMarker(request.text.trim());
  if (own && own.value !== null && children.some((c) => c.marker?.style === own.style)) {
    return { edits: [{ op: 'add-clause', clause: clause.id, text: request.text.trim(), position: 'inside', confidence: round(confidence), source }] };
  }
  // In section 309, add at the end the following: “(H) …”: the next of the one run below it that has a (G).
  if (own && own.value !== null && own.value > 1) {
    const last = (c: Clause) => !(index.tree.children.get(c.parent) ?? []).some((s) => s.index > c.index && s.marker?.style === own.style);
    const previous = descendants(index.tree, clause).filter((c) => c.marker?.style === own.style && c.marker.value === own.value! - 1 && last(c));
    if (previous.length === 1) return { edits: [{ op: 'add-clause', clause: previous[0]!.id, text: request.text.trim(), position: 'after', confidence: round(confidence * 0.9), source }] };
  }
  // The end of a part under a heading (a rule's "I. Background", with its "A." and "B." below) is the end of its last paragraph: a heading takes no words.
  const last = clause.heading !== null ? prose(clause, descendants(index.tree, clause)).at(-1) : undefined;
  if (last && last.heading === null && last.marker === null) {
    return { edits: [{ op: 'append', clause: last.id, text: request.text, confidence: round(confidence * 0.9), source }] };
  }
  const paragraphs = paragraphsOf(index.tree, clause);
  // 第四十一条第一款末尾增加: the end of the article's own paragraph (or of the items it leads in to), not of its last 款.
  if (firstParagraph(request, placed, index)) {
    const items = children.filter((c) => c.index < paragraphs[0]!.index);
    return { edits: [{ op: 'append', clause: (items.at(-1) ?? clause).id, text: request.text, confidence: round(confidence), source }] };
  }
  // The end of an article is the end of its last 款; of a point titled on a line of its own (（三）工作目标。), the end of its text below.
  const textBelow = children.length > 0 && children.length === paragraphs.length;
  if ((isArticleLevel(clause) || textBelow) && paragraphs.length > 0 && children.at(-1) === paragraphs.at(-1)) {
    clause = paragraphs.at(-1)!;
  } else if (children.length > 0) confidence *= 0.7;
  return { edits: [{ op: 'append', clause: clause.id, text: request.text, confidence: round(confidence), source }] };
}

function isArticleLevel(clause: Clause): boolean {
  return clause.marker !== null && (clause.marker.style === '第一条' || /^(SEC\. 1|Sec\. 1|§ 1)$/u.test(clause.marker.style));
}

function rewrite(request: Extract<Request, { op: 'rewrite' }>, at: Placed | undefined, index: DraftIndex, context: CommentContext, source: string): Outcome {
  if (!at) return { problem: 'which clause is to be rewritten is not said' };
  const clause = at.clause;
  const text = itemsOnLines(request.text, index);
  // “第十条 经营者…”: the number is the clause's own, not new text.
  const own = readMarker(text.trim());
  const given = own && clause.marker && own.style === clause.marker.style && own.value === clause.marker.value ? text.trim().slice(own.raw.length) : text.trim();
  const widened = inWidths(given, clause, index, context);
  if (request.part) return rewritePart(request.part, widened.trim(), at, index, source);
  const headed = headedBody(clause, widened, request.where?.ref.title !== undefined, index);
  if (headed === 'title') return rewritePart('heading', widened.trim(), at, index, source);
  if (typeof headed === 'object' && 'paragraph' in headed) {
    const paragraph = headed.paragraph;
    if (widened.trim() === paragraph.text.trim()) return { problem: `${nameOf(index, clause)} already reads so` };
    return { edits: [{ op: 'rewrite', clause: paragraph.id, text: widened.trim(), confidence: round(0.9 * at.confidence), source }] };
  }
  if (typeof headed === 'object') return headed;
  const body = headed ?? underHeading(clause, widened, given !== text.trim()) ?? widened;
  // 第四十二条第一款修改为 of an article with more 款: its own paragraph is rewritten, the others stay.
  const named = firstParagraph(request, at, index) ? 'rewrite-first-paragraph' : 'rewrite';
  // 第十条修改为：“…” with fewer 款 than the article has: the one it rewrites, or a word that the others would go.
  const fewer = named === 'rewrite' ? fewerParagraphs(clause, body, index) : undefined;
  const target = fewer && 'clause' in fewer ? fewer.clause : clause;
  const op = fewer && 'op' in fewer ? fewer.op : named;
  const confidence = round(0.9 * at.confidence * (fewer && 'clause' in fewer ? CHOSEN_PARAGRAPH : 1));
  if (body === rewritten(target, op, index)) return { problem: `${nameOf(index, target)}${fewer && op !== named ? '第一款' : ''} already reads so` };
  // 第十二条第一款修改为：“下列事项可以依法设定行政许可：” of a 款 with items: a new lead-in only, the items stay.
  if (LEAD_IN.test(body) && itemsLedIn(target, op, index)) return rewritePart('introductory', body, { ...at, clause: target }, index, source);
  const edits: Edit[] = [{ op, clause: target.id, text: body, confidence, source }];
  return fewer && 'warning' in fewer ? { edits, warning: fewer.warning } : { edits };
}

/** How much less sure a rewrite is when the 款 it rewrites was told from its words, not named. */
const CHOSEN_PARAGRAPH = 0.9;
/** A 款 is the one rewritten where this share of the new text's character pairs is in it… */
const ALIKE = 0.5;
/** …and that share is ahead of every other 款's by this much. */
const AHEAD = 0.25;
/** A 款 is in the new text (merged into it) where this share of its character pairs is. */
const HELD = 0.6;

/**
 * 第十条修改为：“…” (or the 条款 column's 第十条 with 建议修改为：“…”) where
 * 第十条 has more 款 than the new text: a clerk who writes one paragraph
 * against a three-款 article means the 款 it rewrites, and that one is
 * rewritten where its words are plainly the closest (ALIKE, AHEAD): the
 * article's own paragraph as its 第一款 (rewrite-first-paragraph), a later
 * 款 as itself; the others stay. Where that cannot be told (two 款 as alike,
 * none alike, a text of two paragraphs for three), the whole article is still
 * rewritten, with a warning that the other 款 would go. Undefined (the whole
 * article, said nothing of) where the new text has as many 款 as the article
 * (a full rewrite), holds the words of every 款 (merged: 第八十三条's two 款
 * made one), or is one 款 word for word (the others are what is asked to go).
 */
function fewerParagraphs(article: Clause, body: string, index: DraftIndex): { clause: Clause; op: 'rewrite' | 'rewrite-first-paragraph' } | { warning: string } | undefined {
  if (article.marker?.style !== ARTICLE_STYLE) return undefined;
  const later = paragraphsOf(index.tree, article);
  const own = [article, ...later];
  // (The new text's lines of items, （一）…, are of its 款, not 款 of their own.)
  const given = linesOf(body).filter((line) => !isItemLine(line));
  if (later.length === 0 || given.length === 0 || given.length >= own.length) return undefined;
  const words = own.map((p) => looseText(p.text.trim()));
  const all = looseText(given.join(''));
  if (given.length === 1 && words.includes(all)) return undefined;
  // (How much of the new text each 款 holds: a 款 rewritten keeps its own words, whatever it gains or loses.)
  const scores = words.map((w) => share(pairsOf(all), counted(pairsOf(w))));
  const best = scores.indexOf(Math.max(...scores));
  const second = Math.max(...scores.filter((_, k) => k !== best));
  // The 款 the new text holds: the closest, and any other whose words are there beyond the closest one's
  // (第八十三条's two 款 merged into one; not 第十四条's 款 whose phrases its other 款 repeats).
  const beyond = counted(pairsOf(all));
  for (const pair of pairsOf(words[best]!)) if ((beyond.get(pair) ?? 0) > 0) beyond.set(pair, beyond.get(pair)! - 1);
  const held = words.map((w, k) => share(pairsOf(w), k === best ? counted(pairsOf(all)) : beyond) >= HELD);
  if (held.every(Boolean)) return undefined;
  if (given.length === 1 && held.every((h, k) => !h || k === best) && scores[best]! >= ALIKE && scores[best]! - second >= AHEAD) {
    return best === 0 ? { clause: article, op: 'rewrite-first-paragraph' } : { clause: own[best]!, op: 'rewrite' };
  }
  const name = nameOf(index, article);
  return {
    warning: `${TAKES_AWAY} ${own.length - given.length} of ${name}’s ${own.length} 款 (the new text gives ${given.length}); to rewrite one 款, name it (${name}第X款修改为：“…”)`,
  };
}

/** A text's character pairs, in order. */
function pairsOf(text: string): string[] {
  const chars = [...text];
  return chars.slice(1).map((ch, k) => chars[k]! + ch);
}

function counted(pairs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of pairs) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  return counts;
}

/** The share of the pairs found among those `within` has (each of those found once). */
function share(pairs: readonly string[], within: ReadonlyMap<string, number>): number {
  const left = new Map(within);
  let found = 0;
  for (const pair of pairs) {
    const n = left.get(pair) ?? 0;
    if (n > 0) {
      found++;
      left.set(pair, n - 1);
    }
  }
  return pairs.length === 0 ? 1 : found / pairs.length;
}

/** A line of new text that is an item (（一）…, 1.…), not a 款. */
function isItemLine(line: string): boolean {
  const marker = readMarker(line);
  return marker !== null && marker.value !== null && marker.style !== ARTICLE_STYLE;
}

/**
 * Revise § 583.325 to read: “The agreement will …”: a section's heading in
 * words stays where the new text gives neither it nor the section's number
 * (`numbered`) first; the words after it are what is rewritten, as a rewrite
 * never takes away what a heading heads. Undefined where the whole is meant.
 */
function underHeading(clause: Clause, text: string, numbered: boolean): string | undefined {
  const from = isArticleLevel(clause) ? afterHeading(clause) : 0;
  if (numbered || from === 0 || looseText(text).startsWith(looseText(clause.title))) return undefined;
  // (The heading and its words on one line, § 583.325's, stay so for a text of one line.)
  const sameLine = from < clause.text.trimEnd().length && !text.includes('\n');
  return sameLine ? `${clause.text.slice(0, from)}${text}` : `${clause.text.slice(0, from).trimEnd()}\n${text}`;
}

/**
 * A unit that is a heading alone over what it heads (第三章's articles, 1.4
 * 工作原则's items （1）–（3）, 5.4 通信保障's paragraph): a rewrite never
 * takes them away. New text that reads as a title renames the heading
 * ('title': 建议将1.4修改为：“1.4 工作原则与要求”); a body goes under the
 * heading in place of its text (建议将5.4修改为：“…。”: the one paragraph
 * there, `paragraph`), the heading line kept as an article's caption is,
 * and is asked about where parts headed in
 * turn stand there (a chapter's articles, 4 应急响应's 4.1 …). Undefined
 * where the unit heads nothing or the new text gives its heading itself.
 */
function headedBody(clause: Clause, body: string, named: boolean, index: DraftIndex): string | 'title' | { problem: string } | { paragraph: Clause } | undefined {
  // (An article's short first 款 is no heading over its others; nor is a lead-in over its items.)
  if (!headedAlone(clause) || isArticleLevel(clause) || /[：:]$/u.test(clause.text.trim()) || (index.tree.children.get(clause.id) ?? []).length === 0) return undefined;
  const text = body.trim();
  const parts = partsUnder(clause, index);
  // Over parts headed in turn (a chapter's articles, 2.1's 2.1.1 …) no text but a title can stand in its place.
  if (parts.length > 0) return readsAsTitle(text, clause, !named) ? 'title' : { problem: headsMessage(clause, parts, index) };
  if (titleFor(text, clause, named)) return 'title';
  const first = text.split('\n')[0]!.trim().replace(/[。.]$/u, '');
  if (looseText(first) === looseText(clause.title)) return undefined;
  // Over one paragraph of its own (5.4 通信保障's), that paragraph is what is rewritten: the heading's words stay free
  // for another entry that gives it a new title, where a rewrite of both would clash with it.
  const children = index.tree.children.get(clause.id) ?? [];
  const only = children.length === 1 ? children[0]! : undefined;
  if (only && only.heading === null && only.marker === null && (index.tree.children.get(only.id) ?? []).length === 0) return { paragraph: only };
  return `${clause.text.trim()}\n${text}`;
}

/**
 * Over paragraphs or items, where a short line may be a new title or the new
 * text: a title is one line no longer than the heading's twice over (12
 * characters at least: 工作原则 → 工作原则与要求, not 适用范围 → 本预案适用于全国粮食应急工作),
 * and, where the comment names the unit by its heading's words (5.4通信保障修改为),
 * one that keeps half of those words' characters at least (通信保障工作,
 * 从严从紧的原则): else it is the text under the heading.
 */
function titleFor(text: string, clause: Clause, named: boolean): boolean {
  if (!readsAsTitle(text, clause, !named) || text.length > Math.max(12, 2 * clause.title.length)) return false;
  if (!named) return true;
  const kept = [...new Set(looseText(clause.title))];
  return kept.filter((ch) => text.includes(ch)).length * 2 >= kept.length;
}

/** The parts headed in turn under a unit that is a heading alone (a chapter's articles, 2.1's 2.1.1 …), which no rewrite of it may take away. */
function partsUnder(clause: Clause, index: DraftIndex): Clause[] {
  if (!headedAlone(clause)) return [];
  const children = index.tree.children.get(clause.id) ?? [];
  return children.filter((c) => c.heading !== null || c.marker?.style === ARTICLE_STYLE || (headedAlone(c) && (index.tree.children.get(c.id) ?? []).length > 0));
}

function headsMessage(clause: Clause, parts: readonly Clause[], index: DraftIndex): string {
  const kind = parts.every((c) => c.marker?.style === ARTICLE_STYLE) ? 'articles' : 'parts';
  return `${nameOf(index, clause)} heads ${parts.length} ${kind} (${parts.slice(0, 3).map((c) => nameOf(index, c)).join(', ')}${parts.length > 3 ? ', …' : ''}), which a rewrite would take away: quote the words to change`;
}

/**
 * New text that reads as a heading's title: one short line, no sentence or
 * lead-in end, no article cited (a body for it has them); a full stop at its
 * end only where the heading has one (（一）从严的原则。) and `ended` allows it.
 */
function readsAsTitle(text: string, clause: Clause, ended = true): boolean {
  const words = ended && /[。.]$/u.test(clause.text.trim()) ? text.replace(/[。.]$/u, '') : text;
  return words !== '' && words.length <= 30 && !/[\n。；;！!？?：:]/u.test(words) && !/第[一二三四五六七八九十百千零〇0-9]+条/u.test(words);
}

/** A unit whose own text is its heading alone (通信保障, 从严的原则。, a chapter's words). */
function headedAlone(clause: Clause): boolean {
  return clause.title !== '' && clause.text.trim().replace(/[。.]$/u, '') === clause.title;
}

/** The words a rewrite replaces, a line per paragraph, as its new text gives them; none where a heading is among them. */
function rewritten(clause: Clause, op: 'rewrite' | 'rewrite-first-paragraph', index: DraftIndex): string | undefined {
  const below = op === 'rewrite' ? descendants(index.tree, clause) : (firstParagraphItems(index.tree, clause) ?? []);
  if (below.some((c) => c.heading !== null)) return undefined;
  return [clause.text, ...below.map((c) => `${c.marker?.raw ?? ''}${c.text}`)].map((line) => line.trim()).join('\n');
}

/**
 * New text in the widths the draft writes its marks beside Chinese
 * (punctuation-width.ts), before it is compared with the words it replaces
 * and cut to the smallest change: 春节,放假三天 of 春节，放假3天 changes the
 * 3 alone, and new text that differs only in its marks' widths changes
 * nothing. (The text of other edits takes them once made: wording.ts.)
 */
function inWidths(text: string, clause: Clause, index: DraftIndex, context: CommentContext): string {
  return context.lang === 'zh' ? inDraftWidths(text, index.tree, clause) : text;
}

/** One line that opens a list: “…下列事项：”. */
const LEAD_IN = /^[^\n]*[：:]$/u;

/** Whether the unit a rewrite replaces leads in to numbered items of its own (an article's own 款: those before its later 款). */
function itemsLedIn(clause: Clause, op: 'rewrite' | 'rewrite-first-paragraph', index: DraftIndex): boolean {
  const items = op === 'rewrite-first-paragraph' ? (firstParagraphItems(index.tree, clause) ?? []) : paragraphsOf(index.tree, clause).length === 0 ? (index.tree.children.get(clause.id) ?? []) : [];
  return items.some((c) => c.marker !== null && c.marker.value !== null);
}

/** A unit's heading words: a section's title line, or the whole text of a heading alone (第三章's, 2.1's); '' where it has none. */
function headingLine(clause: Clause): string {
  const from = isArticleLevel(clause) ? afterHeading(clause) : 0;
  return from > 0 ? clause.title : headedAlone(clause) ? clause.text.trim() : '';
}

/**
 * 将第四章第二节的节名“股东大会”修改为“股东会”, 删除第三章章名中的“A”: the
 * words in the unit's heading only, as a new title (the units under it keep
 * theirs, however often they say the words). A unit with no heading (第十条的名称“A”)
 * has the words changed in its text, as without the title words.
 */
function titleChange(before: string, after: string, at: Placed | undefined, where: Where | undefined, index: DraftIndex, context: CommentContext, source: string): Outcome {
  if (!at) return { problem: 'whose title is not said: name the chapter or section' };
  const title = headingLine(at.clause);
  if (title === '') return textEdit(before, after, at, where, index, context, source);
  const a = stripAbbreviation(before).text;
  const count = a === '' ? 0 : title.split(a).length - 1;
  if (count !== 1) return { problem: count === 0 ? `“${a}” is not in the title of ${nameOf(index, at.clause)} (“${title}”)` : `“${a}” occurs ${count} times in the title of ${nameOf(index, at.clause)}: say which` };
  const b = inWidths(stripAbbreviation(after).text, at.clause, index, context);
  return rewritePart('heading', title.replace(a, () => b), at, index, source);
}

/**
 * revising paragraph (b) introductory text, the section heading: the unit's
 * own words before its paragraphs (after its heading), or its heading line,
 * changed as words are; its paragraphs and the rest of its text stay.
 */
function rewritePart(part: 'introductory' | 'heading', body: string, at: Placed, index: DraftIndex, source: string): Outcome {
  const clause = at.clause;
  // A section's heading is its title line; a paragraph's title (a lead-in “The written request must include:”) is its own words.
  // (A chapter's, or 2.1's, own text is its title: all of it.)
  const from = isArticleLevel(clause) ? afterHeading(clause) : 0;
  const words = part === 'heading' ? headingLine(clause) : clause.text.slice(from).trimEnd();
  if (words === '') return { problem: `${nameOf(index, clause)} has no ${part === 'heading' ? 'heading' : 'introductory text'}` };
  // 第三章的章名修改为：“…。”: a sentence is no chapter's title, whatever the comment calls it.
  if (part === 'heading' && from === 0 && !readsAsTitle(body, clause)) return { problem: `“${truncateToWidth(body, 40)}” reads as no title of ${nameOf(index, clause)}: give its new title alone (no sentence, one short line)` };
  // （一）从严的原则。 renamed 从严从紧的原则: its full stop stays.
  const ended = part === 'heading' && from === 0 && /[。.]$/u.test(words) && !/[。.]$/u.test(body) ? `${body}${words.at(-1)!}` : body;
  const edit = smallestChange(clause, words, ended, round(0.9 * at.confidence), source, index.lang);
  return edit ? { edits: [edit] } : { problem: `${nameOf(index, clause)} already reads so` };
}

/**
 * 增加一条 / 一款 / 一项 at the place a drafter means: 作为第七条, 作为第三款,
 * 作为第（三）项 (locate.ts's insertionPoint: before the present one, or last),
 * after / before the clause named (after 第一款 is before 第二款), or last
 * inside the clause named.
 */
function addClause(request: Extract<Request, { op: 'add-clause' }>, where: Placed | undefined, index: DraftIndex, context: CommentContext, source: string): Outcome {
  if (request.defines !== undefined) {
    if (!where) return { problem: `whose definitions “${request.defines}” joins is not said: name the section` };
    const point = newDefinitionPlace(where.clause, nameOf(index, where.clause), request.defines, index);
    if ('problem' in point) return point;
    return { edits: [{ op: 'add-clause', clause: point.clause.id, text: request.text.trim(), position: point.position, confidence: round(0.9 * where.confidence), source }] };
  }
  const unit = request.as ? unitOfAs(request.as) : request.unit;
  // 增加一款作为第三款 naming no article: the one spoken of last (the place column's 第三十四条), as 删除第（六）项 is read there.
  const relative = request.as && ['款', '项'].includes(request.as.parts[0]!.unit) ? request.as : undefined;
  const at = where ?? (relative && context.last ? { clause: carriedScope(relative, context.last, index), confidence: 0.85 } : undefined);
  if (!where && !request.as && !request.relation && (unit === 'paragraph' || unit === 'item')) return lastOfItsKind(request, unit, index, context, source);
  const n = request.as?.parts.at(-1)!.readings[0]!.value;
  // 作为第十一条之一: the one number the build keeps as given (it renumbers nothing).
  const sub = unit === 'article' && n !== undefined ? request.as?.parts.at(-1)!.sub : undefined;
  const given = itemsOnLines(request.text.trim(), index);
  const text = sub === undefined ? given : betweenText(given, n!, sub);
  const confidence = 0.9 * (at?.confidence ?? 1);
  const made = (point: InsertionPoint): Outcome =>
    'problem' in point
      ? { problem: point.message }
      : { edits: [{ op: 'add-clause', clause: point.clause.id, text, position: point.position, confidence: round(confidence), source }] };
  // Add paragraph (c), Add § 583.355 (English units named by their designation): where the number goes.
  const designated = request.as?.parts.at(-1);
  if (designated && (designated.unit === 'designator' || designated.unit === 'section')) {
    if (designated.unit === 'designator' && !at) return { problem: 'which unit the new one joins is not said' };
    return made(designatedPoint(designated, designated.unit === 'designator' ? at?.clause : undefined, index));
  }
  if (request.relation === 'before' || request.relation === 'after') {
    if (!at) return { problem: 'which clause the new one goes next to is not said' };
    if (unit === 'paragraph') {
      const article = articleOf(at.clause, index);
      const k = [article, ...paragraphsOf(index.tree, article)].indexOf(at.clause);
      const place = request.relation === 'after' ? k + 2 : k + 1;
      if (k === 0 && place === 1) return newFirstParagraph(article, text, confidence, index, source);
      if (k > 0 && request.relation === 'after' && article.marker?.style !== ARTICLE_STYLE) return afterPolicyParagraph(at.clause, article, index, made);
      if (k !== -1) return made(insertionPoint(index.tree, { kind: 'paragraph', of: article }, place));
    }
    return made({ clause: partOfStyle(at.clause, text, index) ?? at.clause, position: request.relation });
  }
  if (unit === 'article') {
    // 第四章增加一条: after the part's last article (in its last 节), numbered in their run.
    const part = at && at.clause.heading !== null && !isArticleLevel(at.clause) ? descendants(index.tree, at.clause) : undefined;
    const lastArticle = part?.filter(isArticleLevel).at(-1);
    if (n === undefined && at) return made(lastArticle ? { clause: lastArticle, position: 'after' } : { clause: at.clause, position: isArticleLevel(at.clause) ? 'after' : 'inside' });
    const point = insertionPoint(index.tree, { kind: 'article', between: sub !== undefined }, n);
    if (part && 'clause' in point && !part.includes(point.clause)) {
      // 第三章增加一条，作为第七十二条, where the present 第七十二条 opens 第四章: the chapter named holds it, as its last article.
      const articles = index.tree.clauses.filter(isArticleLevel);
      const next = lastArticle ? articles[articles.indexOf(lastArticle) + 1] : undefined;
      if (lastArticle && point.clause === next && point.position === 'before') return made({ clause: lastArticle, position: 'after' });
      return { problem: `${nameOf(index, point.clause)} is not in ${nameOf(index, at!.clause)}: a new article there would not be 第${chineseNumeral(n!)}条; say which` };
    }
    return made(point);
  }
  if (!at) return { problem: 'which clause the new one joins is not said' };
  if (unit === 'paragraph' && n === 1) return newFirstParagraph(articleOf(at.clause, index), text, confidence, index, source);
  if (unit === 'paragraph' && n !== undefined && isHeadedPart(articleOf(at.clause, index))) return asNthPolicyParagraph(articleOf(at.clause, index), n, index, made);
  if (unit === 'paragraph') return made(insertionPoint(index.tree, { kind: 'paragraph', of: articleOf(at.clause, index) }, n));
  if (unit === 'item') return made(insertionPoint(index.tree, { kind: 'item', of: at.clause }, n));
  return made({ clause: at.clause, position: 'inside' });
}

/** A policy text's part under a heading (## 四、考核程序): its heading is no 段, as an article's first line is its 第一款. */
function isHeadedPart(unit: Clause): boolean {
  return unit.heading !== null && unit.marker?.style !== ARTICLE_STYLE;
}

/**
 * 增加一段，作为第二段 in a headed part: after its (n-1)th 段 (and that 段's
 * list lines), counting the 段 under the heading; where the part has fewer,
 * where it goes is asked. (Counted as an article's 款, the heading was the
 * first, and the new 段 went first.)
 */
function asNthPolicyParagraph(part: Clause, n: number, index: DraftIndex, made: (point: InsertionPoint) => Outcome): Outcome {
  const paragraphs = (index.tree.children.get(part.id) ?? []).filter((c) => c.marker === null && c.heading === null);
  const before = paragraphs[n - 2];
  if (!before) return { problem: `${nameOf(index, part)} has ${paragraphs.length} 段 under its heading: a new one cannot be its 第${chineseNumeral(n)}段; say where it goes` };
  return afterPolicyParagraph(before, part, index, made);
}

/**
 * 在第四部分第一段后增加一段: in a policy text's part (or item) the new 段
 * goes right after the one named and its list lines: the numbered items
 * after it (（一）…) are the part's own, not that 段's, as an article's 项 are
 * its 款's. Only a 段 that leads in to them (ends with a colon) has them as its
 * own, and where the new one goes is then not said.
 */
function afterPolicyParagraph(paragraph: Clause, unit: Clause, index: DraftIndex, made: (point: InsertionPoint) => Outcome): Outcome {
  const own = [paragraph, ...listLines(index.tree, paragraph)].at(-1)!;
  const siblings = index.tree.children.get(unit.id) ?? [];
  const next = siblings[siblings.indexOf(own) + 1];
  if (next?.marker && /[：:]\s*$/u.test(own.text)) return { problem: `${nameOf(index, paragraph)} leads in to ${nameOf(index, next)}: say whether the new paragraph goes before or after its items` };
  return made({ clause: own, position: 'after' });
}

/**
 * 增加一款，作为第一款 (在第五条第一款前增加一款): the new 款 opens the
 * article, after its number, and its own paragraph follows word for word as
 * its 第二款, with the items it leads in to; the later 款 move on by one. It is
 * an add-clause at first-paragraph, which claims none of the old words: other
 * adopted edits in them are made in that 第二款 (the build: place.ts
 * keptOwnParagraph, revise.ts splitNewFirstParagraphs). So on an article with
 * a caption (第一条（立法目的）, kept where the article opens), for new text of
 * several paragraphs (增加两款，作为第一款、第二款：“…”“…”: all go before the
 * old one), and on a numbered paragraph of a policy text (1.2.1, 三、). A
 * section whose text is its title (1.1 编制目的及依据) has its paragraphs
 * under it: the new one goes before the first. Otherwise (new text with
 * numbered items) a rewrite of the article's own paragraph whose later line
 * is the old one: the build places and numbers it so, and pairs the kept
 * paragraph with itself (rewrite-pairs.ts).
 */
function newFirstParagraph(article: Clause, text: string, confidence: number, index: DraftIndex, source: string): Outcome {
  // (An unnumbered heading's paragraphs are no 款 of an article: what would go first under it is not said so.)
  if (article.marker === null) return { problem: `${nameOf(index, article)} has no 款 of its own to put a new one before` };
  const add = (clause: Clause, position: 'before' | 'inside' | 'first-paragraph'): Outcome => ({ edits: [{ op: 'add-clause', clause: clause.id, text: text.trim(), position, confidence: round(confidence), source }] });
  const children = index.tree.children.get(article.id) ?? [];
  if (titleOnly(article) || article.heading !== null) {
    // 1.1 编制目的及依据, a policy text's part 四、考核程序: its title stays; the paragraphs under it are its 段, the new one first among them.
    const first = children[0];
    if (!first) return add(article, 'inside');
    if (first.marker === null && first.heading === null) return add(first, 'before');
    return { problem: `${nameOf(index, article)} opens with ${nameOf(index, first)}: say where the new paragraph goes` };
  }
  const laterParagraphs = paragraphsOf(index.tree, article).length > 0;
  const items = firstParagraphItems(index.tree, article) ?? children;
  const below = items.flatMap((c) => [c, ...descendants(index.tree, c)]);
  if (below.some((c) => c.heading !== null)) return { problem: `${nameOf(index, article)} heads parts of its own: say where the new 款 goes` };
  // One or more new 款 without numbers claim none of the old words, which other edits of the article may change (第七条第一款中的…修改为…).
  const plain = linesOf(text.trim()).slice(1).every((line) => readMarker(line) === null);
  if (plain && (article.marker.style === ARTICLE_STYLE || !isDivisionStyle(article.marker.style))) return add(article, 'first-paragraph');
  // 第一条（立法目的）: the caption stays where the article opens, before the new 款.
  const own = article.text.trim().slice(leadingCaption(article.text.trim()).length).trim();
  const kept = [own, ...below.map((c) => `${c.marker?.raw ?? ''}${c.text}`.trim())];
  const op = laterParagraphs ? 'rewrite-first-paragraph' : 'rewrite';
  return { edits: [{ op, clause: article.id, text: [text.trim(), ...kept].join('\n'), confidence: round(confidence), source }] };
}

/**
 * 增加一款 / 增加一项 saying no place, beside the unit the comment spoke of
 * last (the place column's 第七十二条, 1.4): the new 款 is its article's last,
 * the new 项 the last of its items (the list's 。 and ； follow in the build,
 * lists.ts). A number the quote gives the item must be the next one: another
 * is asked about, as the comment may mean another place.
 */
function lastOfItsKind(request: Extract<Request, { op: 'add-clause' }>, unit: 'paragraph' | 'item', index: DraftIndex, context: CommentContext, source: string): Outcome {
  const last = context.last;
  if (!last) return { problem: 'where to add the new clause is not said' };
  const text = itemsOnLines(request.text.trim(), index);
  const made = (point: InsertionPoint): Outcome =>
    'problem' in point ? { problem: point.message } : { edits: [{ op: 'add-clause', clause: point.clause.id, text, position: point.position, confidence: round(0.9 * 0.8), source }] };
  if (unit === 'paragraph') {
    const article = articleHolding(index.tree, last) ?? (last.heading === null ? last : undefined);
    // (A chapter has articles, not 款 of its own.)
    if (!article) return { problem: `${nameOf(index, last)} is not an article: where the new 款 goes is not said` };
    return made(insertionPoint(index.tree, { kind: 'paragraph', of: article }));
  }
  // (Beside an item, 第十二条第（三）项 or 1.4（2）, the list it is in; not beside a part with paragraphs of its own, 1.3.)
  const parent = parentOf(last, index);
  const leaf = !index.tree.children.get(last.id)?.length && last.marker?.style !== ARTICLE_STYLE;
  const holder = itemsOf(last, index).length > 0 ? last : parent && leaf && itemsOf(parent, index).includes(last) ? parent : undefined;
  if (!holder) return { problem: `${nameOf(index, last)} has no items: where the new item goes is not said` };
  const lastItem = itemsOf(holder, index).at(-1)!;
  const next = withNumeral(lastItem.marker!, lastItem.marker!.value! + 1).trim();
  const own = otherLeadingNumber(text, next);
  if (own !== undefined) return { problem: `the new item is numbered ${own}, but the next of ${nameOf(index, holder)}’s items is ${next}: say where it goes` };
  return made(insertionPoint(index.tree, { kind: 'item', of: holder }));
}

/** The numbered items of a unit, as insertionPoint counts them. */
function itemsOf(unit: Clause, index: DraftIndex): Clause[] {
  return (index.tree.children.get(unit.id) ?? []).filter((c) => c.marker !== null && c.marker.value !== null && c.heading === null);
}

/**
 * A new (c) of a section, a new § 583.355 of a part: after the last unit of its
 * kind there numbered below it (a rule's sections leave gaps: 583.350, then
 * 583.355), before the first where none is; a first one goes inside its
 * parent. The numbering style is the one of the readings the draft has there.
 */
function designatedPoint(part: Part, parent: Clause | undefined, index: DraftIndex): InsertionPoint {
  for (const step of stepsOf(part, index.statute)) {
    if (step.kind !== 'number') continue;
    // Add paragraph (c) beside § 583.330(b) (a place column's): (b)'s sibling, in § 583.330.
    const sibling = parent && step.style !== undefined && parent.marker?.style === step.style && !index.tree.children.get(parent.id)?.some((c) => c.marker?.style === step.style);
    const within = sibling ? parentOf(parent, index) : parent;
    const kin = unitsLike(index.tree, step, within).filter((c) => c.heading === null || part.unit === 'section');
    if (kin.length === 0) continue;
    const below = kin.filter((c) => c.marker!.value! < step.value);
    return below.length > 0 ? { clause: below.at(-1)!, position: 'after' } : { clause: kin[0]!, position: 'before' };
  }
  if (parent) return { clause: parent, position: 'inside' };
  return { problem: 'not-found', message: 'the draft has no sections of that part' };
}

/**
 * 在第一百九十三条后增加一节：“第四节 …”: a new part numbered in the style of
 * a part the clause named is in goes after that part (after its last
 * article), as its next sibling, not among the articles.
 */
function partOfStyle(clause: Clause, text: string, index: DraftIndex): Clause | undefined {
  const own = readMarker(text);
  if (!own || own.value === null || clause.marker?.style === own.style) return undefined;
  for (let up = index.tree.byId.get(clause.parent ?? ''); up; up = index.tree.byId.get(up.parent ?? '')) {
    if (up.marker?.style === own.style && up.heading !== null) return up;
  }
  return undefined;
}

/**
 * “下列民事案件，由人民法院专属管辖：（一）…；（二）…；（三）…。” pasted from a
 * table cell as one line: its items go on lines of their own, as the draft
 * writes its items (only where it does, and only a run numbered from 一 or 1).
 */
function itemsOnLines(text: string, index: DraftIndex): string {
  if (text.includes('\n') || !/[：:；;]\s*[（(][一1][）)]/u.test(text)) return text;
  const cuts: number[] = [];
  let style: string | undefined;
  for (const m of text.matchAll(/[：:；;]\s*(?=[（(])/gu)) {
    const at = m.index + m[0].length;
    const marker = readMarker(text.slice(at));
    if (!marker || (style !== undefined && marker.style !== style) || marker.value !== cuts.length + 1) continue;
    style = marker.style;
    cuts.push(at);
  }
  if (cuts.length < 2 || !index.tree.clauses.some((c) => c.marker?.style === style)) return text;
  let out = '';
  let from = 0;
  for (const at of cuts) {
    out += `${text.slice(from, at).trimEnd()}\n`;
    from = at;
  }
  return out + text.slice(from);
}

/** A new article's text numbered 第N条之M, unless the comment quoted it so. */
function betweenText(text: string, n: number, sub: number): string {
  const own = readMarker(text);
  return own && isBetween(own) ? text : `第${chineseNumeral(n)}条之${chineseNumeral(sub)} ${text}`;
}

function unitOfAs(ref: Reference): Extract<Request, { op: 'add-clause' }>['unit'] {
  const last = ref.parts.at(-1)!;
  if (last.unit === '条' || last.unit === 'section') return 'article';
  if (last.unit === '款' || last.unit === '段') return 'paragraph';
  return 'item';
}

/** The article (or unit) a 款 belongs to: a paragraph's parent, or the clause itself. */
function articleOf(clause: Clause, index: DraftIndex): Clause {
  if (clause.marker === null && clause.heading === null && clause.parent !== null) return index.tree.byId.get(clause.parent) ?? clause;
  return clause;
}

function units(request: Extract<Request, { op: 'units' }>, at: Placed | undefined, context: CommentContext, source: string): Outcome {
  const placed = at ?? (request.where?.ref.pronoun && context.last ? { clause: context.last, confidence: 0.7 } : undefined);
  if (!placed) return { problem: 'whose units is not said: name the item' };
  const base = { clause: placed.clause.id, units: request.names, confidence: round(placed.confidence), source };
  if (request.change === 'set') return { edits: [{ op: 'set-lead', ...base }] };
  return { edits: [{ op: request.change === 'add' ? 'add-units' : 'remove-units', role: request.role, ...base }] };
}
