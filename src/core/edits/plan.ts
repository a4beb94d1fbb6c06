// The edit engine (pure): resolves every edit of a set of entries against the
// draft, marks stale / ambiguous / conflicting ones, and applies the rest to
// each clause in one pass. Like a linter's fixer: every change is a range and
// a replacement; overlapping ones are not applied but reported (an occurrence
// of a change throughout that another edit's new words take up is that edit's,
// not a clash: leaveToOtherEdits). Structural edits (remove, rewrite, add
// inside) claim a clause and everything under it, so that no change to a unit
// they replace is silently lost.
import { anchorQuote, nearestInDraft, unitTarget } from './anchor.js';
import { hasHan, insideTerm, repeatedContext, struckFromList, wordOccurrences, type TextLang } from '../text/strings.js';
import type { Clause } from '../draft/clause.js';
import { isTextEdit, isUnitEdit, roleOf, type AddClauseEdit, type Edit, type RewriteEdit, type RewriteFirstParagraphEdit, type TextEdit, type UnitEdit, type UnitRole } from './edit.js';
import { ARTICLE_STYLE, isDivisionStyle } from '../draft/hierarchy.js';
import { clauseTree, descendants, listLines, paragraphsOf, type ClauseTree } from '../draft/locate.js';
import { readMarker } from '../draft/numbering.js';
import { titleOnly } from '../draft/paragraphs.js';
import { throughoutUnits } from '../draft/regulatory-text.js';
import { leadingCaption } from '../draft/title.js';
import { readUnits, UNIT_LABELS, UNIT_SEPARATORS, type UnitAnnotation } from '../draft/units.js';
import { addToGroup } from '../text/groups.js';

export type EditState = 'ok' | 'stale' | 'ambiguous' | 'conflict';

export interface EditRef {
  entry: string;
  /** 1-based position of the edit in its entry, as `propose` prints it. */
  index: number;
}

export interface Change {
  start: number;
  end: number;
  text: string;
}

export interface PlannedEdit {
  ref: EditRef;
  edit: Edit;
  clause: Clause | undefined;
  state: EditState;
  message?: string;
  suggestion?: string;
  /** Where the edit changes the clause's text (without its number). */
  change?: Change;
  /** replace-all: each clause it changes, with the change there (one per occurrence, merged per clause). */
  spread?: Array<{ clause: Clause; changes: Change[] }>;
  /**
   * replace-all: occurrences left to another edit whose new words there lack the old term already (markConflicts), with the
   * edits that take each up; `term`, where the place is inside a longer term those edits write (leaveToNamedTerms).
   */
  takenUp?: Array<{ clause: Clause; change: Change; by: EditRef[]; term?: string }>;
  /** The clauses this edit takes out of the draft: a removed clause and its children, a rewritten clause's children. */
  removes?: string[];
  /** remove-first-paragraph: the paragraph that moves up into the clause. */
  promotes?: string;
  conflictsWith: EditRef[];
}

export interface EditInput {
  ref: EditRef;
  edit: Edit;
}

export function refLabel(ref: EditRef): string {
  return `${ref.entry}#${ref.index}`;
}

/** Resolves each edit on its own: where it applies, or why it cannot (a quote of an English draft as whole words). */
export function resolveEdits(clauses: readonly Clause[], inputs: readonly EditInput[], tree: ClauseTree = clauseTree(clauses), lang: TextLang): PlannedEdit[] {
  return inputs.map(({ ref, edit }) => {
    const planned = resolveEdit(tree, ref, edit, lang);
    if (planned.message) planned.message = `${where(ref, planned.clause, edit)}${planned.message}`;
    return planned;
  });
}

function resolveEdit(tree: ClauseTree, ref: EditRef, edit: Edit, lang: TextLang): PlannedEdit {
  const clauses = tree.clauses;
  const clause = tree.byId.get(edit.clause);
  const planned: PlannedEdit = { ref, edit, clause, state: 'ok', conflictsWith: [] };
  if (edit.op === 'replace-all') {
    // A rule's preamble is no text the rule amends: its regulatory text only (regulatory-text.ts).
    planned.spread = everyOccurrence(throughoutUnits(clauses), edit.quote, edit.text);
    if (planned.spread.length === 0) {
      planned.state = 'stale';
      planned.message = everyOccurrence(clauses, edit.quote, edit.text).length > 0 ? `“${edit.quote}” stands only in the rule's preamble, which the rule does not amend` : `“${edit.quote}” is not in the draft`;
      const suggestion = nearestInDraft(clauses, edit.quote);
      if (suggestion) planned.suggestion = suggestion;
    }
    return planned;
  }
  if (!clause) {
    planned.state = 'stale';
    planned.message = `clause ${edit.clause} is not in the draft`;
    return planned;
  }
  if (isTextEdit(edit)) {
    const anchor = anchorQuote(clause, edit, clauses, lang);
    planned.state = anchor.state;
    if (anchor.message) planned.message = anchor.message;
    if (anchor.suggestion) planned.suggestion = anchor.suggestion;
    if (anchor.state === 'ok') planned.change = textChange(edit, anchor.start, anchor.end);
  } else if (isUnitEdit(edit)) {
    planned.change = unitChange(clause, edit, []);
  } else if (edit.op === 'append') {
    const { start, end, text } = continuation(clause.text.slice(0, appendPoint(clause)), edit.text);
    planned.change = { start, end, text: spacedAfter(clause.text.slice(0, start), text) };
  } else if (edit.op === 'rewrite-first-paragraph' && !hasParagraphs(clause)) {
    // On a chapter it would rewrite the heading and take every article under it away.
    planned.state = 'stale';
    planned.message = `${clause.number || clause.id} is not an article or a numbered paragraph: rewrite-first-paragraph rewrites an article's own 款 (use rewrite for the whole clause)`;
  } else if (edit.op === 'rewrite' || edit.op === 'rewrite-first-paragraph') {
    planned.change = { start: 0, end: clause.text.length, text: rewrittenText(clause, edit) };
    // 第一款修改为: the later 款 stay (with their items); an article of one paragraph is rewritten whole.
    const own = edit.op === 'rewrite-first-paragraph' ? firstParagraphItems(tree, clause) : undefined;
    planned.removes = own ? own.flatMap((c) => [c.id, ...descendants(tree, c).map((d) => d.id)]) : below(tree, clause).map((c) => c.id);
  } else if (edit.op === 'remove-clause') {
    planned.removes = [clause.id, ...below(tree, clause).map((c) => c.id)];
  } else if (edit.op === 'remove-first-paragraph') {
    const next = paragraphsOf(tree, clause)[0];
    if (!next) {
      planned.state = 'stale';
      planned.message = `${clause.number || clause.id} has one paragraph only: remove the clause itself (remove-clause)`;
    } else {
      // The items of the first paragraph go with it; the next paragraph takes its place.
      const own = firstParagraphItems(tree, clause)!;
      planned.change = { start: 0, end: clause.text.length, text: '' };
      planned.removes = own.flatMap((c) => [c.id, ...descendants(tree, c).map((d) => d.id)]);
      planned.promotes = next.id;
    }
  } else if (edit.op === 'add-clause' && edit.text.trim() === '') {
    planned.state = 'stale';
    planned.message = 'the new clause has no text';
  } else if (edit.op === 'add-clause' && edit.position === 'first-paragraph' && (!hasParagraphs(clause) || titleOnly(clause))) {
    // (2.1 国家粮食应急工作指挥部 is a title: its first paragraph is the one under it, which add-clause before precedes.)
    planned.state = 'stale';
    planned.message = `${clause.number || clause.id} is not an article or a numbered paragraph: a new first 款 (position first-paragraph) opens one with text of its own`;
  } else if (edit.op === 'add-clause' && edit.position === 'first-paragraph' && linesOf(edit.text).slice(1).some((line) => readMarker(line) !== null)) {
    // Its later lines are further 款 before the old one; items would need a 款 to lead them in.
    planned.state = 'stale';
    planned.message = 'a new first 款 (position first-paragraph) is one or more paragraphs without numbers: rewrite the article to add items';
  } else if (edit.op === 'add-clause' && edit.position === 'inside' && clause.marker !== null && inArticle(tree, clause) && !readMarker(linesOf(edit.text)[0] ?? '')) {
    // In a statute an unnumbered paragraph is a 款 of its article; a 项 has none.
    planned.state = 'stale';
    planned.message = `${clause.number} is an item: a paragraph added to it would be a 款 of its article; number the new text (“1. …”) or add the 款 to the article`;
  }
  return planned;
}

/** What a clause takes along when it is removed or rewritten whole: its descendants, and for a 款 that opens a list, the list's lines. */
function below(tree: ClauseTree, clause: Clause): Clause[] {
  return [...descendants(tree, clause), ...listLines(tree, clause).flatMap((line) => [line, ...descendants(tree, line)])];
}

/** A clause below an article (an item, a 目). */
function inArticle(tree: ClauseTree, clause: Clause): boolean {
  for (let c = clause.parent === null ? undefined : tree.byId.get(clause.parent); c; c = c.parent === null ? undefined : tree.byId.get(c.parent)) {
    if (c.marker?.style === ARTICLE_STYLE) return true;
  }
  return false;
}

/** The paragraphs of a rewrite or of a new clause: one per line, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A rewrite's first paragraph, without a number written in the clause's own style ("第十条 …" for 第十条). */
/** The items of an article's own paragraph (those before its second 款); undefined where it has one paragraph only. */
/** An article, or a numbered paragraph of a policy text (三十六、), whose unnumbered paragraphs go on as its 款; not a heading or a chapter. */
function hasParagraphs(clause: Clause): boolean {
  const style = clause.marker?.style;
  return style !== undefined && clause.heading === null && (style === ARTICLE_STYLE || !isDivisionStyle(style));
}

export function firstParagraphItems(tree: ClauseTree, clause: Clause): Clause[] | undefined {
  const next = paragraphsOf(tree, clause)[0];
  if (!next) return undefined;
  const children = tree.children.get(clause.id) ?? [];
  return children.slice(0, children.indexOf(next));
}

export function rewrittenText(clause: Clause, edit: RewriteEdit | RewriteFirstParagraphEdit): string {
  const text = withoutOwnNumber(linesOf(edit.text)[0] ?? '', clause);
  // 第一条(立法目的)为了…: the caption names the article; a new text that gives none keeps it.
  // (An article whose whole text is （删去） has no caption: that is all it says.)
  const caption = clause.marker?.style === ARTICLE_STYLE && clause.heading === null ? leadingCaption(clause.text) : '';
  if (caption && clause.text.trim() === caption) return text;
  return caption && !leadingCaption(text.trimStart()) ? caption + text.trimStart() : text;
}

/** A rewrite's first line without a number in the unit's own style (（七）采用… of an item): the unit keeps its marker, renumbered as the build does. */
export function withoutOwnNumber(line: string, clause: Clause): string {
  const own = readMarker(line);
  return own && clause.marker && own.style === clause.marker.style ? line.slice(own.raw.length) : line;
}

/**
 * Every occurrence of the quote, clause by clause, without overlaps. Where
 * the text around an occurrence already holds words the new text repeats
 * (全文“市场主体”改为“企业等经营主体” at 企业等市场主体), they are not written
 * twice; an occurrence that already reads as the new text is left alone.
 */
function everyOccurrence(clauses: readonly Clause[], quote: string, text: string): Array<{ clause: Clause; changes: Change[] }> {
  const spread: Array<{ clause: Clause; changes: Change[] }> = [];
  for (const clause of clauses) {
    const changes = occurrenceChanges(clause.text, quote, text);
    if (changes.length > 0) spread.push({ clause, changes });
  }
  return spread;
}

/** What a change throughout the draft changes in one text (see everyOccurrence). */
export function occurrenceChanges(source: string, quote: string, text: string): Change[] {
  // Where the old words stand in the new text (“公司” in “本公司”): an occurrence inside the new text written out already is no occurrence.
  const changes: Change[] = [];
  let end = 0;
  for (const at of wordOccurrences(source, quote)) {
    if (at < end) continue;
    end = at + quote.length;
    if (insideTerm(source, at, end, text)) continue;
    if (text === '') {
      changes.push({ ...struckWithSpace(source, at, end), text: '' });
      continue;
    }
    const { lead, trail } = repeatedContext(source, at, end, text);
    const added = text.slice(lead, text.length - trail);
    if (added !== quote) changes.push({ start: at, end, text: added });
  }
  return changes;
}

/**
 * A word struck each place it appears takes one space along, as a drafter
 * strikes it: the one after it between two words, the one before it before
 * punctuation (deficit sequestration” → deficit”). Chinese has no such spaces;
 * words struck from a 、-list there take one 、 along (struckFromList), as a
 * single deletion's quote does when the wording proposes it (resolve.ts
 * tidyChineseDeletion): one edit of many places is widened where each place is known.
 */
function struckWithSpace(text: string, start: number, end: number): { start: number; end: number } {
  if (hasHan(text.slice(start, end))) return struckFromList(text, start, end);
  if (!/^[A-Za-z0-9]/u.test(text.slice(start, start + 1)) || !/[A-Za-z0-9]$/u.test(text.slice(start, end)) || text[start - 1] !== ' ') return { start, end };
  if (text[end] === ' ') return { start, end: end + 1 };
  return end === text.length || /^[\p{P}\n]/u.test(text[end]!) ? { start: start - 1, end } : { start, end };
}

/** An edit's changes, clause by clause: a replace-all's in each clause it changes, another's in its own clause; none where it changes no text. */
export function changesByClause(p: PlannedEdit): ReadonlyArray<{ clause: Clause; changes: readonly Change[] }> {
  return p.spread ?? (p.clause && p.change ? [{ clause: p.clause, changes: [p.change] }] : []);
}

/** How many times a replace-all edit applies. */
export function occurrenceCount(planned: PlannedEdit): number {
  return (planned.spread ?? []).reduce((n, s) => n + s.changes.length, 0);
}

/** "entry 1, edit 1 (c48, 18): " — so that a message stands on its own in `check`. */
function where(ref: EditRef, clause: Clause | undefined, edit: Edit): string {
  const place = clause ? `${clause.id}${clause.number ? `, ${clause.number}` : ''}` : edit.clause;
  return `entry ${ref.entry}, edit ${ref.index} (${place}): `;
}

function textChange(edit: TextEdit, start: number, end: number): Change {
  if (edit.op === 'delete') return { start, end, text: '' };
  if (edit.op === 'replace') return { start, end, text: edit.text };
  const at = edit.position === 'before' ? start : end;
  return { start: at, end: at, text: edit.text };
}

/** English words appended after a full stop start a new sentence a space after it ("requirements. HHS will…"); Chinese runs on. */
function spacedAfter(before: string, text: string): string {
  return /[A-Za-z0-9.;:,!?)”"]$/u.test(before) && /^[(“"]?[A-Za-z]/u.test(text) ? ` ${text}` : text;
}

/** Appended text goes before a trailing unit annotation, which stays last. */
function appendPoint(clause: Clause): number {
  const annotation = readUnits(clause.text);
  return annotation ? annotation.start : clause.text.length;
}

/** Words that go on with a sentence: they open with a comma or the like. */
const CONTINUING = /^\s*[，,、；;]/u;
/** Words that go on with an item's words: 或者拖延整改的. */
const CONJUNCTION = /^\s*(?:或者|或|并且|并|以及|及|和|与|且|但是|但|等)/u;
const UNIT_END = /(?:; and|; or|[。；;.．])\s*$/u;
const LIST_END = /(?:; and|; or|[；;])\s*$/u;
/** A proviso (但书) that goes on with a sentence: 但是 / 但 and words with no sentence mark inside (a 。 at the end at most); 但是，… opens a sentence. */
const PROVISO = /^\s*但(?:是)?(?![，,\s凡是])[^。；;！？!?]+[。.]?\s*$/u;
/** Added words that are list punctuation and nothing else: they take the place of the unit's own. */
const ENDING_ONLY = /^\s*(?:; and|; or|[;；,，])\s*$/u;

/**
 * How words added at the end of `text` go in. Words that go on with its
 * sentence go before its closing mark, which stays the unit's (“，加强协作。”
 * after “…司法救济。”: …司法救济，加强协作。; “，但是…除外；” in an item: …，但是…除外；);
 * so do words that go on with an item's (“或者拖延整改的” after “…拒不整改的；”).
 * List punctuation alone takes the place of the unit's mark (“; and” after
 * “…Code.”: …Code; and). A sentence of its own goes after the mark.
 */
export function continuation(text: string, added: string): { start: number; end: number; text: string } {
  const end = UNIT_END.exec(text);
  const after = { start: text.length, end: text.length, text: added };
  if (!end) return after;
  if (CONTINUING.test(added)) {
    if (ENDING_ONLY.test(added)) return { start: end.index, end: text.length, text: added.trim() };
    return { start: end.index, end: end.index, text: added.replace(UNIT_END, '') };
  }
  // A proviso added to a sentence (“但是法律另有规定的除外”, with its 。 or without): …的律师，但是法律另有规定的除外。
  // (“但是，法律另有规定的，依照其规定。” is a sentence of its own, as statutes write one: after the mark.)
  if (!LIST_END.test(text) && PROVISO.test(added)) return { start: end.index, end: end.index, text: `，${added.trim().replace(UNIT_END, '')}` };
  if (!LIST_END.test(text) || !CONJUNCTION.test(added)) return after;
  // (“但是…除外。” in an item: …未延续的，但是…除外；)
  const words = added.replace(UNIT_END, '');
  return { start: end.index, end: end.index, text: /^\s*但/u.test(words) ? `，${words.trimStart()}` : words };
}

/** What an edit claims of one clause: ranges of its text, or the whole clause (removed, rewritten, added into). */
interface Claim {
  planned: PlannedEdit;
  changes: Change[];
  whole?: 'remove' | 'rewrite' | 'into' | 'promote';
  /** into: where the new clause goes, when it goes in after the clause's own paragraph (a new last 款, a 款 after a later one). */
  after?: 'own-paragraph';
  /** rewrite (of an article's first paragraph): the article itself, whose later 款 stay. */
  own?: boolean;
  /** into: a new first 款 of the article (add-clause first-paragraph); two of them clash. */
  first?: boolean;
}

function claims(p: PlannedEdit): Array<[string, Claim]> {
  const edit = p.edit;
  if (edit.op === 'replace-all') return (p.spread ?? []).map((s) => [s.clause.id, { planned: p, changes: s.changes }]);
  if (!p.clause) return [];
  if (edit.op === 'remove-clause') return (p.removes ?? []).map((id) => [id, { planned: p, changes: [], whole: 'remove' }]);
  // The clause's text is replaced by the next paragraph's: an edit of the clause's own is one of a text that is no longer
  // there. The next paragraph moves up as it is revised (revise.ts joinPromoted): only its removal clashes.
  if (edit.op === 'remove-first-paragraph') {
    return [
      [p.clause.id, { planned: p, changes: [], whole: 'rewrite' }],
      [p.promotes!, { planned: p, changes: [], whole: 'promote' }],
      ...(p.removes ?? []).map((id): [string, Claim] => [id, { planned: p, changes: [], whole: 'remove' }]),
    ];
  }
  if (edit.op === 'rewrite' || edit.op === 'rewrite-first-paragraph') {
    const own = edit.op === 'rewrite-first-paragraph';
    return [p.clause.id, ...(p.removes ?? [])].map((id) => [id, { planned: p, changes: [], whole: 'rewrite', own: own && id === p.clause!.id }]);
  }
  // A new sibling goes into the clause's parent: removing or rewriting that parent clashes with it.
  if (edit.op === 'add-clause') {
    // A new first 款 goes into the article, before its own paragraph, whose words it leaves to other edits.
    if (edit.position === 'first-paragraph') return [[p.clause.id, { planned: p, changes: [], whole: 'into', first: true }]];
    const into = edit.position === 'inside' ? p.clause.id : p.clause.parent;
    if (into === null) return [];
    const claim: Claim = { planned: p, changes: [], whole: 'into' };
    if (afterOwnParagraph(edit, p.clause)) claim.after = 'own-paragraph';
    return [[into, claim]];
  }
  return [[p.clause.id, { planned: p, changes: p.change ? [p.change] : [] }]];
}

/** The clauses an edit claims, where another edit's claim may clash with it (its own, those it removes or rewrites, the one it adds into). */
export function claimedClauses(p: PlannedEdit): string[] {
  return claims(p).map(([id]) => id);
}

/**
 * Marks conflicts among the edits that are ok: overlapping ranges, contradicting
 * unit changes, changes to what another edit removes or rewrites. An
 * occurrence of a change throughout the draft that another edit takes up is
 * left to it first (leaveToOtherEdits).
 */
export function markConflicts(planned: readonly PlannedEdit[]): void {
  leaveToOtherEdits(planned);
  const byClause = new Map<string, Claim[]>();
  for (const p of planned) {
    if (p.state !== 'ok') continue;
    for (const [id, claim] of claims(p)) {
      const list = byClause.get(id);
      if (list) list.push(claim);
      else byClause.set(id, [claim]);
    }
  }
  const conflict = (a: PlannedEdit, b: PlannedEdit) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      x.state = 'conflict';
      if (!x.conflictsWith.some((r) => r.entry === y.ref.entry && r.index === y.ref.index)) x.conflictsWith.push(y.ref);
      x.message = `${where(x.ref, x.clause, x.edit)}overlaps entry ${y.ref.entry}, edit ${y.ref.index}`;
    }
  };
  for (const list of byClause.values()) {
    for (const [i, j] of clashingPairs(list)) conflict(list[i]!.planned, list[j]!.planned);
  }
}

/**
 * 全文“市场主体”改为“企业等经营主体” beside 第七十九条第（一）项修改为“…限定企业等经营主体办理渠道的；”:
 * the rewrite already says what the change throughout wants, and a clerk
 * adopts both. An occurrence that lies inside another edit's range (not
 * another replace-all's: leaveToLongerOccurrences) is left to that edit where its words there, once
 * made, hold nothing the change throughout would change (its new text says
 * the new term, other words, or nothing); the replace-all keeps every other
 * occurrence. Where one such edit's words keep the old term, both asked for
 * that place: the occurrence stays, a conflict for the clerk. Decided for
 * each occurrence by what the edits write, never by entry order.
 */
function leaveToOtherEdits(planned: readonly PlannedEdit[]): void {
  if (!planned.some((p) => p.state === 'ok' && p.edit.op === 'replace-all')) return;
  const byClause = new Map<string, Claim[]>();
  for (const p of planned) {
    if (p.state !== 'ok' || p.edit.op === 'replace-all') continue;
    for (const [id, claim] of claims(p)) addToGroup(byClause, id, claim);
  }
  for (const p of planned) {
    if (p.state !== 'ok' || p.edit.op !== 'replace-all') continue;
    const { quote, text } = p.edit;
    for (const s of p.spread ?? []) {
      const others = byClause.get(s.clause.id);
      if (!others) continue;
      s.changes = s.changes.filter((change) => {
        const takers = others.filter((claim) => clash({ planned: p, changes: [change] }, claim));
        if (takers.length === 0 || takers.some((claim) => keepsOldTerm(s.clause.text, change, claim, quote, text))) return true;
        (p.takenUp ??= []).push({ clause: s.clause, change, by: takers.map((claim) => claim.planned.ref) });
        return false;
      });
    }
    if (p.spread) p.spread = p.spread.filter((s) => s.changes.length > 0);
  }
  const throughout = planned.filter((p) => p.state === 'ok' && p.edit.op === 'replace-all');
  leaveToLongerOccurrences(throughout);
  leaveToNamedTerms(throughout);
}

/**
 * “Regional Supervisor” → “Regional Director” beside “Director” → “BOEM
 * Director” (one entry or two): where the draft already writes the longer
 * term another change throughout writes (Regional Director), the shorter one
 * inside it is part of that title, left to that change: never “Regional BOEM
 * Director”. A change's own new words are the same rule (occurrenceChanges:
 * insideTerm); a longer term another change strikes is leaveToLongerOccurrences'.
 */
function leaveToNamedTerms(throughout: readonly PlannedEdit[]): void {
  for (const p of throughout) {
    if (p.edit.op !== 'replace-all') continue;
    const namers = longerTermsNamed(p, throughout);
    if (namers.length === 0) continue;
    const quote = p.edit.quote;
    for (const s of p.spread ?? []) {
      s.changes = s.changes.filter((change) => {
        const by = namers.filter(({ term }) => changeInTerm(s.clause.text, quote, change, term));
        if (by.length === 0) return true;
        (p.takenUp ??= []).push({ clause: s.clause, change, by: by.map(({ planned }) => planned.ref), term: by[0]!.term });
        return false;
      });
    }
    if (p.spread) p.spread = p.spread.filter((s) => s.changes.length > 0);
  }
}

/** The longer terms the other changes throughout write that hold this one's old words (“Regional Director” for “Director”). */
export function longerTermsNamed(p: PlannedEdit, throughout: readonly PlannedEdit[]): Array<{ planned: PlannedEdit; term: string }> {
  // An English title only: Chinese terms hold one another as a matter of course (全文“地方政府”改为“地方人民政府” beside
  // “部门规章”改为“部门规章和地方政府规章”: each 地方政府 is changed, and the other's new words are warned of).
  if (p.edit.op !== 'replace-all' || hasHan(p.edit.quote)) return [];
  const quote = p.edit.quote;
  return throughout.flatMap((q) => (q !== p && q.edit.op === 'replace-all' && q.edit.text.length > quote.length && q.edit.text.includes(quote) ? [{ planned: q, term: q.edit.text }] : []));
}

/** Whether the quote a change replaces stands inside the term there (the quote's own words: a word struck takes a space along, which no term need hold). */
export function changeInTerm(text: string, quote: string, change: Change, term: string): boolean {
  const at = text.indexOf(quote, change.start);
  return at !== -1 && insideTerm(text, at, at + quote.length, term);
}

/**
 * 全文“股东会或者股东大会”改为“股东会”，“股东大会”改为“股东会”: the office's
 * change in two steps. An occurrence of one change throughout that lies inside
 * a longer occurrence of another (股东大会 in 股东会或者股东大会) is left to that
 * one where its new words there lack the old term (股东会): the place reads
 * 股东会, never 股东会或者股东会. Where they keep it (the longer one changed to
 * 股东大会 or …股东大会…), both asked for that place: a conflict, as before.
 * Decided by what the edits write, never by entry order; an occurrence inside
 * two, one inside the other, is credited to the outer one.
 */
function leaveToLongerOccurrences(throughout: readonly PlannedEdit[]): void {
  if (throughout.length < 2) return;
  interface Occurrence {
    planned: PlannedEdit;
    clause: Clause;
    change: Change;
  }
  const byClause = new Map<string, Occurrence[]>();
  for (const planned of throughout) for (const { clause, changes } of planned.spread ?? []) for (const change of changes) addToGroup(byClause, clause.id, { planned, clause, change });
  const left = new Map<Change, Occurrence[]>();
  for (const list of byClause.values()) {
    if (!list.some((o) => o.planned !== list[0]!.planned)) continue;
    // Sorted by start, the longer first: what lies inside an occurrence comes after it, before the first one starting past its end.
    list.sort((x, y) => x.change.start - y.change.start || y.change.end - x.change.end);
    const outerOf = new Map<Occurrence, Occurrence[]>();
    list.forEach((outer, k) => {
      for (let m = k + 1; m < list.length && list[m]!.change.start < outer.change.end; m++) {
        const inner = list[m]!;
        if (inner.planned !== outer.planned && contains(outer.change, inner.change)) addToGroup(outerOf, inner, outer);
      }
    });
    for (const [inner, outer] of outerOf) {
      if (inner.planned.edit.op !== 'replace-all') continue;
      const { quote, text } = inner.planned.edit;
      if (!outer.some((o) => keepsOldTerm(inner.clause.text, inner.change, { planned: o.planned, changes: [o.change] }, quote, text))) left.set(inner.change, outer);
    }
  }
  if (left.size === 0) return;
  for (const p of throughout) {
    for (const s of p.spread ?? []) {
      s.changes = s.changes.filter((change) => {
        const outer = left.get(change);
        if (!outer) return true;
        const by = outer.filter((o) => !left.has(o.change)).map((o) => o.planned.ref);
        (p.takenUp ??= []).push({ clause: s.clause, change, by: by.filter((r, k) => by.findIndex((q) => q.entry === r.entry && q.index === r.index) === k) });
        return false;
      });
    }
    if (p.spread) p.spread = p.spread.filter((s) => s.changes.length > 0);
  }
}

/** Whether `outer` covers `inner` and more: a longer stretch of the text around it. */
function contains(outer: Change, inner: Change): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

/**
 * Whether the words another edit makes where an occurrence stands still hold
 * something the change throughout would change: a rewrite's whole new text
 * (its further lines too), or none where a removal leaves none; else the
 * clause with that other change made, read where the occurrence and the
 * change stood (the old term in its new words, or made again from the words
 * left on either side of it).
 */
function keepsOldTerm(text: string, occurrence: Change, claim: Claim, quote: string, newText: string): boolean {
  const p = claim.planned;
  if (claim.whole) {
    const made = p.edit.op === 'rewrite' || p.edit.op === 'rewrite-first-paragraph' ? [p.change?.text ?? '', ...linesOf(p.edit.text).slice(1)].join('\n') : (p.change?.text ?? '');
    return occurrenceChanges(made, quote, newText).length > 0;
  }
  return claim.changes.some((change) => {
    if (!overlaps(occurrence, change)) return false;
    const start = Math.min(occurrence.start, change.start);
    const end = Math.max(occurrence.end, change.end) + change.text.length - (change.end - change.start);
    return occurrenceChanges(applyChanges(text, [change]), quote, newText).some((o) => o.start < end && start < o.end);
  });
}

/**
 * The pairs (i < j, in that order) of a clause's claims that clash. Two text
 * changes can only overlap where the later starts no further on than the
 * earlier ends, so those are found by a sweep over the changes sorted by start
 * instead of trying every pair (issue 17: 10,000 entries on the Civil Code
 * made 42,000 pairs); claims of whole clauses and unit edits are tried
 * against every other claim, as before.
 */
function clashingPairs(list: readonly Claim[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const add = (i: number, j: number) => {
    if (list[i]!.planned !== list[j]!.planned) pairs.push(i < j ? [i, j] : [j, i]);
  };
  const spans: Array<{ claim: number; change: Change }> = [];
  const others: number[] = [];
  list.forEach((claim, i) => {
    if (claim.whole || isUnitEdit(claim.planned.edit)) others.push(i);
    else for (const change of claim.changes) spans.push({ claim: i, change });
  });
  for (const i of others) for (let j = 0; j < list.length; j++) if (j !== i && !(others.includes(j) && j < i) && clash(list[i]!, list[j]!)) add(i, j);
  spans.sort((x, y) => x.change.start - y.change.start);
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]!;
    for (let m = k + 1; m < spans.length && spans[m]!.change.start <= a.change.end; m++) {
      const b = spans[m]!;
      if (b.claim === a.claim || !overlaps(a.change, b.change)) continue;
      if ((list[a.claim]!.planned.edit.op === 'append' || list[b.claim]!.planned.edit.op === 'append') && isPoint(a.change) && isPoint(b.change)) continue;
      add(a.claim, b.claim);
    }
  }
  // Each pair once, in the order trying every pair would meet them: the messages name the same entry.
  const seen = new Set<number>();
  return pairs
    .filter(([i, j]) => !seen.has(i * list.length + j) && seen.add(i * list.length + j))
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

// (Called for every pair of claims on a clause, 40,000 pairs in a build of 10,000 entries: no closure or array per call.)
function clash(a: Claim, b: Claim): boolean {
  // "全文统一修改" changes the term wherever it remains: a clause another edit removes is simply not among them.
  if (spreadIntoRemoved(a, b) || spreadIntoRemoved(b, a)) return false;
  if (a.whole || b.whole) {
    if (a.whole === 'promote' || b.whole === 'promote') return a.whole === 'remove' || b.whole === 'remove';
    // Removing twice, or adding two clauses into one, is one result; anything else touches what the other replaces.
    if (a.first && b.first) return true;
    if (a.whole === b.whole && a.whole !== 'rewrite') return false;
    // A new 款 after an article's own paragraph leaves that paragraph to a rewrite of it (第一款修改为…，增加一款作为第四款).
    if ((a.after && b.own) || (b.after && a.own)) return false;
    if (a.whole === 'into' || b.whole === 'into') return a.whole === 'remove' || b.whole === 'remove' || a.whole === 'rewrite' || b.whole === 'rewrite';
    return true;
  }
  const x = a.planned.edit;
  const y = b.planned.edit;
  if (isUnitEdit(x) && isUnitEdit(y)) return unitsContradict(x, y);
  // Words added at the end compose in entry order with other words added there (unless one takes the place of the unit's closing mark).
  if ((x.op === 'append' || y.op === 'append') && a.changes.every(isPoint) && b.changes.every(isPoint)) return false;
  for (const ca of a.changes) for (const cb of b.changes) if (overlaps(ca, cb)) return true;
  return false;
}

/**
 * An add-clause whose new clause comes after its parent's own paragraph: a
 * paragraph without a number added at the end of an article (its new last 款),
 * or one before or after a later 款 of it (a 款 of its own, not one of the
 * first paragraph's items). A rewrite of the first paragraph leaves such a
 * clause alone; the edits are checked apart where the anchor is itself
 * claimed (an item of the first paragraph is one the rewrite replaces).
 */
function afterOwnParagraph(edit: AddClauseEdit, anchor: Clause): boolean {
  if (readMarker(linesOf(edit.text)[0] ?? '')) return false;
  if (edit.position === 'inside') return anchor.marker?.style === ARTICLE_STYLE;
  return anchor.marker === null && anchor.heading === null;
}

/** A change that writes words at one place and replaces none. */
function isPoint(change: Change): boolean {
  return change.start === change.end;
}

function spreadIntoRemoved(x: Claim, y: Claim): boolean {
  return x.planned.edit.op === 'replace-all' && y.whole === 'remove';
}

function overlaps(a: Change, b: Change): boolean {
  const aPoint = a.start === a.end;
  const bPoint = b.start === b.end;
  if (aPoint && bPoint) return a.start === b.start;
  if (aPoint) return (b.start < a.start && a.start < b.end) || writesAgain(a, b);
  if (bPoint) return (a.start < b.start && b.start < a.end) || writesAgain(b, a);
  return a.start < b.end && b.start < a.end;
}

/**
 * Words inserted right where another change writes the same words in
 * (“of” after “refueling”, and “,” replaced by “ of,” after it): both asked
 * for one change, which would be made twice (refueling of of,).
 */
function writesAgain(point: Change, span: Change): boolean {
  if (point.text.trim() === '') return false;
  return (point.start === span.start && span.text.startsWith(point.text)) || (point.start === span.end && span.text.endsWith(point.text));
}

function unitsContradict(a: UnitEdit, b: UnitEdit): boolean {
  if (roleOf(a) !== roleOf(b)) return false;
  if (a.op === 'set-lead' && b.op === 'set-lead') return a.units.join('\u0000') !== b.units.join('\u0000');
  if (a.op === 'set-lead' || b.op === 'set-lead') return true;
  if (a.op === b.op) return false;
  return a.units.some((u) => b.units.includes(u));
}

/** The clause text after the given changes, applied in one pass (they do not overlap). */
export function applyChanges(text: string, changes: readonly Change[]): string {
  const sorted = [...changes].sort((x, y) => x.start - y.start || x.end - y.end);
  const parts: string[] = [];
  let at = 0;
  for (const change of sorted) {
    parts.push(text.slice(at, change.start), change.text);
    at = Math.max(at, change.end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The change to a unit list: all unit edits on one list compose, in order,
 * into one replacement that keeps the list's separator and never repeats a unit.
 */
export function unitChange(clause: Clause, edit: UnitEdit, earlier: readonly UnitEdit[]): Change {
  const role = roleOf(edit);
  const { annotation, list } = unitTarget(clause, role);
  let names = list ? [...list.names] : [];
  for (const e of [...earlier, edit]) {
    if (e.op === 'set-lead') names = dedupe(e.units);
    else if (e.op === 'add-units') names = dedupe([...names, ...e.units]);
    else names = names.filter((n) => !e.units.includes(n));
  }
  if (list) return { start: list.start, end: list.end, text: names.join(list.separator) };
  return newUnitField(clause, annotation, role, names);
}

function dedupe(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/** A role the annotation does not have yet ("(牵头单位:A)" gains ";责任单位:B"), or a new annotation. */
function newUnitField(clause: Clause, annotation: UnitAnnotation | null, role: UnitRole, names: string[]): Change {
  const language = annotation ? annotation.language : hasHan(clause.text) ? 'zh' : 'en';
  const english = language === 'en';
  const label = UNIT_LABELS[language][role];
  const separator = UNIT_SEPARATORS[language];
  if (!annotation) {
    const text = english ? ` (${label}: ${names.join(separator)})` : `（${label}：${names.join(separator)}）`;
    return { start: clause.text.length, end: clause.text.length, text };
  }
  const inner = clause.text.slice(annotation.start, annotation.end);
  const halfWidth = inner.includes(':') || inner.includes(';');
  const colon = english || halfWidth ? ':' : '：';
  const semicolon = english ? '; ' : halfWidth ? ';' : '；';
  const field = `${label}${colon}${english ? ' ' : ''}${names.join(separator)}`;
  const other = role === 'lead' ? annotation.responsible : annotation.lead;
  if (role === 'lead' && other) {
    // The lead unit comes first: "(牵头单位:A;责任单位:B)".
    const labelStart = clause.text.lastIndexOf(UNIT_LABELS[language].responsible, other.start);
    return { start: labelStart, end: labelStart, text: `${field}${semicolon}` };
  }
  const closing = /[)）]\s*[。.]?\s*$/u.exec(inner);
  const at = closing ? annotation.start + closing.index : annotation.end;
  return { start: at, end: at, text: `${semicolon}${field}` };
}
