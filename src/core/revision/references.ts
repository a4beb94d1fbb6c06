// Cross-references follow renumbering: when articles, 款 or 项 are added or
// removed, every reference in the revised text to a unit that moved is
// rewritten to its new number (本规定第十六条至第二十条 → 第十五条至第十九条;
// 前两款 → 前款 when one of the two is gone; 前条 → 第八条 when an article
// comes between). References are read as the draft numbered its units when
// the comments were written, in new text too. A range or a list that lost
// some of its units names those left, as a drafter amends it (第四条第二款、
// 第三款 without 第二款: 第四条第二款; sections 305, 306, and 307 without 306:
// sections 305 and 306), reported as a warning; a reference to a removed unit
// with nothing left is not guessed at: it is reported. No rewrite
// ever writes a number that the revised text does not have: where one cannot
// be given, the reference is reported and left as written. English cross-references (section 5(b),
// paragraphs (5) through (9)) follow the same way (english-references.ts).
import type { Clause } from '../draft/clause.js';
import { citableClauses, cite } from '../draft/citation.js';
import { findEnglishReferences, type EnglishReference } from '../draft/english-references.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import type { ClauseTree } from '../draft/locate.js';
import { formatNumeral, readMarker } from '../draft/numbering.js';
import { titleOf } from '../draft/title.js';
import { chineseNumeral } from '../draft/numerals.js';
import {
  articleOf,
  findReferences,
  paragraphOfClause,
  paragraphsOfArticle,
  resolveCite,
  type Cite,
  type CitedLevel,
  type Reference,
  type ResolvedCite,
  type UnitKind,
} from '../draft/references.js';
import type { Change, PlannedEdit } from '../edits/plan.js';
import { addToGroup } from '../text/groups.js';
import type { AttributedChange, RevisedClause, RevisionProblem } from './revise.js';

interface Rewrite extends Change {
  entries: string[];
  /** A line of a table of contents, not a cross-reference. */
  contents?: true;
}

interface Context {
  tree: ClauseTree;
  byOriginal: Map<string, RevisedClause>;
  revised: readonly RevisedClause[];
  removedBy: ReadonlyMap<string, PlannedEdit>;
  /** Articles whose own paragraph (their first 款) an edit removes, the next 款 moving up. */
  paragraphRemovedBy: ReadonlyMap<string, PlannedEdit>;
  applied: readonly PlannedEdit[];
  problems: RevisionProblem[];
  /** The problems said of a citing clause, by what they say apart from the words quoted (see report). */
  reported: Map<string, { problem: RevisionProblem; quotes: Map<string, number>; say: (quoted: string) => string }>;
  names: ReturnType<typeof citableClauses>;
  english: boolean;
  /** Whether a stretch of the text being read lies in one piece: the clause's own words, or one edit's (see renumberInClause). */
  onePiece?: (start: number, end: number) => boolean;
  /** How problems name the clause being read, where it is not the citing clause itself: a new clause (see addedName). */
  name?: string;
}

/** What a cite's numbers become: the rewrites of its levels down to the unit it names that is gone (or cannot be numbered), if one is. */
interface Outcome {
  rewrites: Rewrite[];
  removed?: Clause;
  why?: string;
}

export function renumberReferences(
  tree: ClauseTree,
  revised: RevisedClause[],
  removedBy: ReadonlyMap<string, PlannedEdit>,
  applied: readonly PlannedEdit[],
  paragraphRemovedBy: ReadonlyMap<string, PlannedEdit> = new Map(),
): RevisionProblem[] {
  const english = !tree.clauses.some((c) => c.marker?.style === ARTICLE_STYLE) && tree.clauses.some((c) => c.marker && /^(SEC\.|Sec\.|SECTION|Section|§)/u.test(c.marker.raw));
  // Nothing moved and nothing removed: every reference still points where it did (and a table of contents lists each
  // heading as it did, where no section of an English text is given another: englishEntryTitle).
  if (!revised.some((c) => c.renumbered || c.movedBy.length > 0 || c.status === 'removed' || c.status === 'added' || c.ownParagraphRemoved || (english && newHeading(c) !== undefined))) return [];
  const context: Context = {
    tree,
    byOriginal: new Map(revised.filter((c) => c.original).map((c) => [c.original!.id, c])),
    revised,
    removedBy,
    paragraphRemovedBy,
    applied,
    problems: [],
    reported: new Map(),
    names: citableClauses(tree.clauses),
    english,
  };
  for (const clause of revised) {
    if (clause.status === 'removed') continue;
    if (clause.original) renumberInClause(context, clause, clause.original);
    else if (clause.sequenceOf) {
      // Its references are read from the clause it joins; a problem names the new clause, not that one.
      context.name = addedName(context, clause, clause.sequenceOf);
      clause.textAfter = rewriteText(context, clause.textAfter, clause.sequenceOf, true);
      context.name = undefined;
    }
  }
  return context.problems;
}

/**
 * A new clause as problems name it: by its number in the revised text, as
 * blame does, and where the entry adds it (new 第八十一条 (added after
 * 第八十条 (c196) by entry 24)).
 */
function addedName(context: Context, clause: RevisedClause, anchor: Clause): string {
  const entry = clause.entries[0];
  const p = context.applied.find((a) => a.edit.op === 'add-clause' && a.edit.clause === anchor.id && a.ref.entry === entry);
  const position = p?.edit.op === 'add-clause' ? p.edit.position : 'after';
  const number = clause.markerAfter.trim().replace(/[、.．]$/u, '');
  return `new ${number || 'text'} (added ${position} ${nameOf(context, anchor)} by entry ${entry})`;
}

/** The clause whose text is read, in a problem: 第八十条 (c196), or a new clause's name. */
function citingName(context: Context, citing: Clause): string {
  return context.name ?? nameOf(context, citing);
}

function nameOf(context: Context, clause: Clause): string {
  return `${cite(context.names, clause.id)} (${clause.id})`;
}

/**
 * References are read in the clause's text as its edits leave it (still in the
 * draft's numbering), so that an edit's new words are read with the words
 * around them (第四条第二款、第三款 with "第二款、第三款" made "第三款" cites 第四条第三款)
 * and an edit that mends a reference to a removed unit clears its report. A
 * rewrite in the clause's own words is a change of its own; one in an edit's
 * new text is made there.
 */
function renumberInClause(context: Context, clause: RevisedClause, citing: Clause): void {
  const { text, pieces } = edited(clause);
  const inEdits = new Map<AttributedChange, Rewrite[]>();
  const added: AttributedChange[] = [];
  // A list is written anew only where an edit's words and the clause's own do not meet in it (narrowedList).
  context.onePiece = (start, end) => pieces.some((p) => p.at <= start && end <= p.at + p.text.length);
  const rewrites = rewritesIn(context, text, citing, false);
  context.onePiece = undefined;
  for (const rewrite of rewrites) {
    const piece = pieces.find((p) => p.at <= rewrite.start && rewrite.end <= p.at + p.text.length);
    if (!piece) {
      splitNumber(context, text, rewrite, citing, pieces);
      continue;
    }
    const moved = { ...rewrite, start: rewrite.start - piece.at, end: rewrite.end - piece.at };
    if (piece.change) addToGroup(inEdits, piece.change, moved);
    else added.push({ ...moved, start: moved.start + piece.own!, end: moved.end + piece.own!, reference: true });
  }
  for (const [change, rewrites] of inEdits) change.text = applyRewrites(change.text, rewrites);
  clause.changes.push(...added);
}

interface Piece {
  /** Where the piece starts in the edited text. */
  at: number;
  text: string;
  /** The clause's own words: where they start in its text. */
  own?: number;
  /** An edit's new text. */
  change?: AttributedChange;
}

/** The clause's text with its edits applied (as applyChanges applies them), in pieces. */
function edited(clause: RevisedClause): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let text = '';
  const add = (piece: Omit<Piece, 'at'>) => {
    pieces.push({ ...piece, at: text.length });
    text += piece.text;
  };
  let at = 0;
  for (const change of [...clause.changes].sort((x, y) => x.start - y.start || x.end - y.end)) {
    add({ text: clause.textBefore.slice(at, change.start), own: at });
    add({ text: change.text, change });
    at = Math.max(at, change.end);
  }
  add({ text: clause.textBefore.slice(at), own: at });
  return { text, pieces };
}

function applyRewrites(text: string, rewrites: readonly Rewrite[]): string {
  let out = text;
  for (const r of [...rewrites].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}

/** A number to rewrite that an edit rewrote in part ("十三" with "三" made "四"): not guessed at, reported. */
function splitNumber(context: Context, text: string, rewrite: Rewrite, citing: Clause, pieces: readonly Piece[]): void {
  const entries = new Set(pieces.filter((p) => p.change && p.at < rewrite.end && rewrite.start < p.at + p.text.length).flatMap((p) => p.change!.entries));
  const by = context.applied.find((p) => entries.has(p.ref.entry));
  context.problems.push({
    rule: 'dangling-reference',
    clause: citing.id,
    message: `${citingName(context, citing)} cites a unit whose number is now “${rewrite.text}”, but an edit rewrites only part of “${text.slice(rewrite.start, rewrite.end)}”: give the whole number in the edit`,
    edits: by ? [by.ref] : [],
  });
}

/** New text (an edit's, an added clause's) with its references renumbered; only absolute ones where it has no place yet. */
function rewriteText(context: Context, text: string, citing: Clause, absoluteOnly: boolean): string {
  return applyRewrites(text, rewritesIn(context, text, citing, absoluteOnly));
}

function rewritesIn(context: Context, text: string, citing: Clause, absoluteOnly: boolean): Rewrite[] {
  const rewrites: Rewrite[] = [];
  if (context.english) {
    for (const reference of findEnglishReferences(context.tree, citing, text)) {
      if (absoluteOnly && !reference.absolute) continue;
      // (A table of contents' line: its changes say the contents followed, not that a cross-reference did.)
      const made = englishRewrites(context, text, reference, citing);
      rewrites.push(...(reference.entry ? made.map((r) => ({ ...r, contents: true as const })) : made));
    }
    return rewrites;
  }
  for (const reference of findReferences(text)) {
    if (absoluteOnly && reference.groups.some((g) => g.from.scope || g.from.previous || !g.from.levels.some((l) => l.kind === '条'))) continue;
    rewrites.push(...referenceRewrites(context, text, reference, citing));
  }
  return rewrites;
}

function referenceRewrites(context: Context, text: string, reference: Reference, citing: Clause): Rewrite[] {
  // Every cite is resolved first: a reference naming a unit the draft lacks is not the draft's, and is left whole.
  const cites: Array<{ group: Reference['groups'][number]; from: ResolvedCite; to?: ResolvedCite }> = [];
  let before: ResolvedCite | undefined;
  for (const group of reference.groups) {
    const from = resolveCite(context.tree, citing, group.from, before);
    const to = from && group.to ? resolveCite(context.tree, citing, group.to, from) : undefined;
    if (!from || (group.to && !to)) return [];
    cites.push(to ? { group, from, to } : { group, from });
    before = to ?? from;
  }
  const listed = narrowedList(context, text, reference, citing, cites);
  if (listed) return [listed];
  // "第四条第二款、第三款": each cite on its own. One that survives is renumbered, one that is gone is
  // left as written and reported, and the levels above it that survive (第四条) are renumbered still
  // where the cites after it take their article from it.
  const rewrites: Rewrite[] = [];
  const flag = flagger(context, text, reference, citing);
  for (const [k, { group, from, to }] of cites.entries()) {
    if (!group.to || !to) {
      const outcome = citeRewrites(context, group.from, from, citing);
      const kept = survivors(outcome, flag);
      // Renumbered above a removed unit only for a cite after it that takes its article from it: alone,
      // 本细则第二十条第二款 made 第二十一条第二款 would name what is now another 款 (or none).
      if (!outcome.removed || cites.slice(k + 1).some((c) => inheritsArticle(c.group.from))) rewrites.push(...kept);
      continue;
    }
    rewrites.push(...rangeRewrites(context, text, reference, citing, { from: group.from, to: group.to }, from, to, flag));
  }
  return rewrites;
}

/**
 * A list of units (第四条第二款、第三款; 第三项、第五项和第六项) that lost some
 * but not all of them names those left, as a drafter amends it: the removed
 * ones go with their joining word (第四条第二款, old 第三款), the words above
 * them that the others take their place from stay (第四条, 前款), and the last
 * joining word stays the last (第一款、第二款和第三款 without 第三款: 第一款和第二款).
 * The list is written anew as one rewrite, reported as narrowed (a warning).
 * Null where it cannot be: a range in the list, no unit left or none removed,
 * a unit kept that has no number now.
 */
function narrowedList(context: Context, text: string, reference: Reference, citing: Clause, cites: ReadonlyArray<{ group: Reference['groups'][number]; from: ResolvedCite; to?: ResolvedCite }>): Rewrite | null {
  if (cites.length < 2) return null;
  const members: Array<{ start: number; end: number; first: Cite; outcome: Outcome }> = [];
  for (const { group, from, to } of cites) {
    let outcome = citeRewrites(context, group.from, from, citing);
    if (group.to && to) {
      // A range in the list (第二十三条至第二十五条、…) is kept whole: one that lost units is rangeRewrites' to narrow.
      const span = inward(context, from.targets[0]!, to.targets.at(-1)!, from.kind);
      const end = citeRewrites(context, group.to, to, citing);
      if (!span || span.dropped.length > 0 || outcome.removed || end.removed) return null;
      outcome = { rewrites: [...outcome.rewrites, ...end.rewrites] };
    }
    if (outcome.removed && (outcome.why !== undefined || !context.removedBy.has(outcome.removed.id))) return null;
    members.push({ start: group.from.start, end: (group.to ?? group.from).end, first: group.from, outcome });
  }
  const kept = members.flatMap((m, i) => (m.outcome.removed ? [] : [i]));
  if (kept.length === 0 || kept.length === members.length) return null;
  // An edit's words and the clause's own in one list: each number is rewritten where it stands, as in any other reference.
  if (context.onePiece && !context.onePiece(members[0]!.start, members.at(-1)!.end)) return null;
  // A stretch of the text with the rewrites inside it made (as an edit's new text gets them).
  const rewritten = (start: number, end: number, rewrites: readonly Rewrite[]) =>
    applyRewrites(text.slice(start, end), rewrites.filter((r) => r.start >= start && r.end <= end).map((r) => ({ ...r, start: r.start - start, end: r.end - start })));
  const joiner = (i: number) => text.slice(members[i - 1]!.end, members[i]!.start);
  let written = '';
  for (const [k, i] of kept.entries()) {
    // The list's last joining word (和, 或者) stays between its last two units.
    if (k > 0) written += k === kept.length - 1 && i !== members.length - 1 && joiner(i) === '、' ? joiner(members.length - 1) : joiner(i);
    const inherited = inheritedWords(text, members, i);
    if (inherited === null) return null;
    for (const words of inherited) written += rewritten(words.start, words.end, members[words.from]!.outcome.rewrites);
    written += rewritten(members[i]!.start, members[i]!.end, members[i]!.outcome.rewrites);
  }
  const removed = members.flatMap((m) => (m.outcome.removed ? [m.outcome.removed] : []));
  narrowed(context, text, reference, citing, removed, 'list');
  const entries = new Set([...members.flatMap((m) => m.outcome.rewrites.flatMap((r) => r.entries)), ...removed.map((unit) => context.removedBy.get(unit.id)!.ref.entry)]);
  return { start: members[0]!.start, end: members.at(-1)!.end, text: written, entries: [...entries] };
}

/** A cite that names no article of its own, nor a place (前款, 本条): it takes its article from the cite before it. */
function inheritsArticle(c: Cite): boolean {
  return !c.previous && !c.scope && !c.levels.some((l) => l.kind === '条');
}

/** The levels of a cite, outermost first. */
const DEPTH: readonly UnitKind[] = ['条', '款', '项', '目'];

/**
 * The words a kept cite of a list takes its place from, where they stand in
 * removed cites before it, outermost first: 第四条 of 第四条第二款 for 第三款,
 * 前款 of 前款第(二)项 for 第(三)项, 第二条 and 第三款 of 第二条第二款、第三款第一项
 * for 第二项. None where nothing is to be carried (the cite is written in
 * full, or what it takes its place from stands in a cite kept before it);
 * null where a cite before it names a unit of another kind only
 * (第四条、第三款), which is not read as a place.
 */
function inheritedWords(text: string, members: ReadonlyArray<{ start: number; first: Cite; outcome: Outcome }>, i: number, kind?: UnitKind): Array<{ from: number; start: number; end: number }> | null {
  const own = members[i]!.first;
  if (own.previous || own.scope || own.levels.length === 0 || own.levels[0]!.kind === '条') return [];
  // A kept cite right before it stands in the text with what it takes its place from.
  if (kind === undefined && (i === 0 || !members[i - 1]!.outcome.removed)) return [];
  const level = kind ?? own.levels[0]!.kind;
  for (let j = i - 1; j >= 0; j--) {
    const { first, outcome, start } = members[j]!;
    const at = first.levels.findIndex((l) => l.kind === level);
    // A cite written at this level alone (第三款 after 第二款), or below it (第二项 before 第二款): kept, it carries
    // what it takes its place from; removed, look further back.
    const alone = !first.previous && !first.scope && (at === 0 || (at === -1 && DEPTH.indexOf(first.levels[0]!.kind) > DEPTH.indexOf(level)));
    if (alone) {
      if (!outcome.removed) return [];
      continue;
    }
    if (at === -1) return null;
    if (!outcome.removed) return [];
    // (A level's place is its numeral's: its 第 stands before it, 第(二)项 two characters before.)
    const words = { from: j, start, end: Math.max(start, text.lastIndexOf('第', first.levels[at]!.start)) };
    if (words.end === start) return [];
    const outer = inheritedWords(text, members, j, first.levels[0]!.kind);
    return outer && [...outer, words];
  }
  // Every cite before it is written at its level alone: they take their place from the citing unit.
  return [];
}

/** Reports a cite's removed unit once per reference, and gives the rewrites of the levels above it. */
function survivors(outcome: Outcome, flag: (target: Clause, why?: string) => void): Rewrite[] {
  if (outcome.removed) flag(outcome.removed, outcome.why);
  return outcome.rewrites;
}

function flagger(context: Context, text: string, reference: Pick<Reference, 'start' | 'end'>, citing: Clause): (target: Clause, why?: string) => void {
  const flagged = new Set<string>();
  return (target, why) => {
    if (flagged.has(target.id)) return;
    flagged.add(target.id);
    dangling(context, text, reference, citing, target, why);
  };
}

/**
 * 第二款至第四款. A range names every unit between its ends: it keeps its ends
 * while they survive, so one removed inside it (第三款) leaves it naming
 * exactly the units left, renumbered (第二款至第三款); one removed at an end
 * moves that end inward to the nearest unit left (第二款 gone: 第二款至第三款,
 * old 第三款 and 第四款). Either way the range is not wrong, so the removal is
 * reported as a warning (narrowed-reference), not as a dangling reference
 * that the clerk could never clear. A range left with one unit is written as
 * that unit (第二款). A range with no unit left is left as written and reported.
 */
function rangeRewrites(
  context: Context,
  text: string,
  reference: Reference,
  citing: Clause,
  group: { from: Cite; to: Cite },
  from: ResolvedCite,
  to: ResolvedCite,
  flag: (target: Clause, why?: string) => void,
): Rewrite[] {
  const span = inward(context, from.targets[0]!, to.targets.at(-1)!, from.kind);
  if (!span) {
    // Nothing left inside: the levels above the ends (第四条 of 第四条第二款至第三款) still follow.
    const gone = [from.targets[0]!, to.targets.at(-1)!].find((t) => context.removedBy.has(t.id)) ?? from.targets[0]!;
    flag(gone);
    return [group.from, group.to].flatMap((c, i) => citeRewrites(context, c, i === 0 ? from : to, citing).rewrites);
  }
  if (span.dropped.length > 0) narrowed(context, text, reference, citing, span.dropped);
  const at = (clause: Clause, like: ResolvedCite): ResolvedCite => ({
    ...like,
    targets: [clause],
    ...(like.kind === '条' ? { article: clause } : like.kind === '款' ? { paragraph: clause } : {}),
  });
  // An end moved inward is rewritten for the edits that removed the units it passed.
  const removing = span.dropped.map((d) => context.removedBy.get(d.id)!.ref.entry);
  const by = (rewrites: Rewrite[]) => rewrites.map((r) => ({ ...r, entries: [...new Set([...r.entries, ...removing])] }));
  const first = by(survivors(citeRewrites(context, group.from, at(span.first, from), citing), flag));
  const single = span.first === span.last && span.dropped.length > 0 ? singleUnit(text, group) : null;
  if (single) return [...first, ...by([single])];
  return [...first, ...by(survivors(citeRewrites(context, group.to, at(span.last, to), citing), flag))];
}

/** 第二款至第三款 left with one unit: "至第三款" goes, where both ends are written alike (第N款至第M款). */
function singleUnit(text: string, group: { from: Cite; to: Cite }): Rewrite | null {
  const last = group.from.levels.at(-1);
  const end = group.to.levels[0];
  if (!last || !end || group.to.levels.length !== 1 || last.kind !== end.kind || last.sub || end.sub) return null;
  if (text.slice(group.from.end, group.to.start) !== '至' || text.slice(last.end, group.from.end) !== text.slice(end.end, group.to.end)) return null;
  return { start: group.from.end, end: group.to.end, text: '', entries: [] };
}

/** The units of a range, in their sequence: every article, the 款 of an article, the items of a list. */
function sequenceAround(context: Context, first: Clause, kind?: UnitKind): Clause[] {
  if (kind === '款') {
    const article = articleOf(context.tree, first);
    return article ? paragraphsOfArticle(context.tree, article) : [];
  }
  const articles = first.marker?.style === ARTICLE_STYLE;
  return context.tree.clauses.filter((c) => c.marker?.style === first.marker?.style && (articles || c.parent === first.parent));
}

interface Span {
  first: Clause;
  last: Clause;
  /** The units of the range that are removed. */
  dropped: Clause[];
}

/** A range's units left: its ends moved inward past removed ones, and those removed; null when none is left. */
function inward(context: Context, first: Clause, last: Clause, kind?: UnitKind): Span | null {
  const sequence = sequenceAround(context, first, kind);
  const from = sequence.indexOf(first);
  const to = sequence.indexOf(last);
  const removed = (c: Clause) => context.removedBy.has(c.id);
  // Ends not in one sequence: only kept as they are.
  if (from === -1 || to < from) return removed(first) || removed(last) ? null : { first, last, dropped: [] };
  const units = sequence.slice(from, to + 1);
  const inside = units.filter((c) => !removed(c));
  if (inside.length === 0) return null;
  return { first: inside[0]!, last: inside.at(-1)!, dropped: units.filter(removed) };
}

/** The new numerals of one cite (its 前款 / 前条 phrase, then each numbered level), or the removed unit it names. */
function citeRewrites(context: Context, c: Cite, resolved: ResolvedCite, citing: Clause): Outcome {
  const rewrites: Rewrite[] = [];
  if (c.previous) {
    const phrase = previousRewrite(context, c, resolved, citing);
    if (phrase.removed) return phrase;
    rewrites.push(...phrase.rewrites);
  }
  for (const level of c.levels) {
    const unit = unitAt(context, level, resolved);
    if (!unit) return { rewrites: [] };
    if (context.removedBy.has(unit.id)) return { rewrites, removed: unit };
    const revised = context.byOriginal.get(unit.id);
    // 第五条第一款 of an article given a new first 款: the old one, kept as its 第二款.
    const after = level.kind === '款' ? revised && paragraphKept(revised) : revised;
    const value = after ? numberAfter(after, level.kind) : null;
    if (value === null) return { rewrites, removed: unit, why: level.kind === '款' ? 'whose first paragraph is removed' : 'which has no number now' };
    if (value === level.value) continue;
    rewrites.push({ start: level.start, end: level.end, text: level.arabic ? String(value) : chineseNumeral(value), entries: after === revised ? after!.movedBy : after!.entries });
  }
  return { rewrites };
}

/** The 款 that holds a unit's old first paragraph now: the unit, or the 款 a rewrite kept it as (ownParagraphKept). */
function paragraphKept(clause: RevisedClause): RevisedClause {
  return clause.ownParagraphKept ?? clause;
}

/** A unit's number in the revised text, counted as a cite of this kind counts it; null when it has none. */
function numberAfter(clause: RevisedClause, kind: '条' | '款' | '项' | '目'): number | null {
  let value: number | null | undefined;
  if (kind === '款') value = clause.original?.marker?.style === ARTICLE_STYLE || clause.basis?.style === ARTICLE_STYLE ? (clause.ownParagraphRemoved ? null : 1) : clause.paragraphAfter;
  else value = clause.valueAfter;
  return value !== undefined && value !== null && Number.isInteger(value) && value >= 1 ? value : null;
}

function unitAt(context: Context, level: CitedLevel, resolved: ResolvedCite): Clause | undefined {
  if (level.kind === '条') return resolved.article;
  if (level.kind === '款') return resolved.paragraph ?? resolved.article;
  const target = resolved.targets[0];
  if (level.kind === '项' && target?.marker?.style !== '（一）' && target?.parent) return context.tree.byId.get(target.parent);
  return target;
}

/**
 * 前款, 前两款, 前项, 前条: the same units, counted again from where the
 * citing unit now stands; written out (本条第一款, 第八条) where they are no
 * longer the ones right before it.
 */
function previousRewrite(context: Context, c: Cite, resolved: ResolvedCite, citing: Clause): Outcome {
  const previous = c.previous!;
  const kind = previous.kind;
  // 前款第（四）项: the phrase names the 款; the levels after it are rewritten on their own.
  const targets = c.levels.length === 0 ? resolved.targets : kind === '款' ? [resolved.paragraph!] : kind === '条' ? [resolved.article!] : null;
  if (!targets || targets.some((t) => t === undefined)) return { rewrites: [] };
  const own = kind === '款' ? paragraphOfClause(context.tree, citing) : kind === '条' ? articleOfClause(context, citing) : citing;
  const ownAfter = own ? context.byOriginal.get(own.id) : undefined;
  if (!ownAfter) return { rewrites: [] };
  const gone = (t: Clause) => context.removedBy.has(t.id) || (kind === '款' && context.paragraphRemovedBy.has(t.id));
  const kept = targets.filter((t) => !gone(t)).map((t) => (kind === '款' ? paragraphKept(context.byOriginal.get(t.id)!) : context.byOriginal.get(t.id)!));
  if (kept.length === 0) return context.removedBy.has(targets[0]!.id) ? { rewrites: [], removed: targets[0]! } : { rewrites: [], removed: targets[0]!, why: 'whose first paragraph is removed' };
  const sequence = sequenceOf(context, kind, ownAfter);
  const at = sequence.indexOf(ownAfter);
  const before = at >= kept.length ? sequence.slice(at - kept.length, at) : [];
  const counted = before.length === kept.length && before.every((r, i) => r === kept[i]);
  let phrase: string;
  if (counted) phrase = `前${kept.length === 1 ? '' : kept.length === 2 ? '两' : chineseNumeral(kept.length)}${kind}`;
  else {
    const values = kept.map((r) => numberAfter(r, kind));
    if (values.some((v) => v === null)) return { rewrites: [], removed: targets[0]!, why: 'which has no number now' };
    // A 款 of its own article written out is 本条第一款, as statutes cite one (第一款 alone reads as any article's).
    const own = kind === '款' && articleOfClause(context, citing) ? '本条' : '';
    phrase = kind === '条' ? kept.map((r) => articleName(r)).join('、') : own + explicit(values as number[], kind);
  }
  const written = `前${previous.count === 1 ? '' : previous.count === 2 ? '两' : chineseNumeral(previous.count)}${kind}`;
  if (phrase === written) return { rewrites: [] };
  return { rewrites: [{ start: previous.start, end: previous.end, text: phrase, entries: previousMovedBy(context, targets.filter(gone), kept, ownAfter, sequence, at) }] };
}

/**
 * The entries that parted 前款 from the 款 it meant: those that removed a unit
 * it named, and those that put units between it and the citing one (an
 * article renumbered as a whole moves no 款 within it). Where that says
 * nothing (the citing unit moved elsewhere), every entry that moved or
 * changed the units concerned.
 */
function previousMovedBy(context: Context, gone: readonly Clause[], kept: readonly RevisedClause[], own: RevisedClause, sequence: readonly RevisedClause[], to: number): string[] {
  const from = sequence.indexOf(kept.at(-1)!);
  const between = from !== -1 && from < to ? sequence.slice(from + 1, to) : [];
  const causes = new Set([
    ...gone.flatMap((t) => (context.removedBy.get(t.id) ?? context.paragraphRemovedBy.get(t.id))?.ref.entry ?? []),
    ...between.flatMap((r) => (r.status === 'added' ? r.entries : r.movedBy)),
  ]);
  if (causes.size > 0) return [...causes];
  return [...new Set([...kept, own].flatMap((r) => [...r.movedBy, ...r.entries]))];
}

function articleOfClause(context: Context, clause: Clause): Clause | undefined {
  for (let c: Clause | undefined = clause; c; c = c.parent === null ? undefined : context.tree.byId.get(c.parent)) {
    if (c.marker?.style === ARTICLE_STYLE) return c;
  }
  return undefined;
}

/** The units of this kind in revised order that the citing unit is counted among: every article, the 款 of its article, the items of its list. */
function sequenceOf(context: Context, kind: '条' | '款' | '项', own: RevisedClause): RevisedClause[] {
  const live = context.revised.filter((r) => r.status !== 'removed');
  const style = (r: RevisedClause) => (r.original?.marker ?? r.basis)?.style;
  if (kind === '条') return live.filter((r) => style(r) === ARTICLE_STYLE);
  if (kind === '项') return live.filter((r) => r.parent === own.parent && style(r) === style(own) && r.valueAfter !== null);
  const article = style(own) === ARTICLE_STYLE ? own : context.revised.find((r) => r.id === own.parent);
  if (!article) return [];
  const paragraphs = live.filter((r) => r.parent === article.id && r.heading === null && (r.original ? r.original.marker === null : r.markerAfter === ''));
  return article.ownParagraphRemoved ? paragraphs : [article, ...paragraphs];
}

/** 第八条, 第十七条之一: an article's revised number as cited. */
function articleName(clause: RevisedClause): string {
  const marker = readMarker(clause.markerAfter + clause.textAfter);
  return (marker?.number ?? clause.markerAfter.trim()).replace(/\*\*/gu, '');
}

/** 第一款、第三款 or 第一款至第三款. */
function explicit(values: readonly number[], kind: string): string {
  const contiguous = values.every((v, i) => i === 0 || v === values[i - 1]! + 1);
  if (contiguous && values.length >= 3) return `第${chineseNumeral(values[0]!)}${kind}至第${chineseNumeral(values.at(-1)!)}${kind}`;
  return values.map((v) => `第${chineseNumeral(v)}${kind}`).join('、');
}

/**
 * section 5(b), paragraphs (5) through (9): each numeral follows its unit; a
 * removed one is left as written and reported, the others still follow
 * ("subsection (a) or (b)" with (a) struck: (b) is (a) now). A range, as in
 * Chinese: its ends move inward past removed units, with a warning.
 */
function englishRewrites(context: Context, text: string, reference: EnglishReference, citing: Clause): Rewrite[] {
  const listed = narrowedEnglishList(context, text, reference, citing);
  if (listed) return listed;
  const rewrites: Rewrite[] = [];
  const quoted: Reference = { start: reference.start, end: reference.end, groups: [] };
  const flag = flagger(context, text, quoted, citing);
  for (const group of reference.groups) {
    let ends = group.to ? [group.from, group.to] : [group.from];
    if (group.to) {
      const span = inward(context, group.from.at(-1)!.unit, group.to.at(-1)!.unit);
      if (!span) {
        flag(group.from.at(-1)!.unit);
        // The levels above the range's last one name live units, or are reported in turn.
        ends = [group.from.slice(0, -1)];
      } else {
        if (span.dropped.length > 0) narrowed(context, text, quoted, citing, span.dropped);
        // A range shrinks only at its last level; the levels above it name live units.
        ends = [
          [...group.from.slice(0, -1), { ...group.from.at(-1)!, unit: span.first }],
          [...group.to.slice(0, -1), { ...group.to.at(-1)!, unit: span.last }],
        ];
      }
    }
    for (const slots of ends) {
      for (const slot of slots) {
        if (context.removedBy.has(slot.unit.id) && reference.entry) {
          // A table of contents lists the section no more.
          return [{ ...reference.entry, text: '', entries: [context.removedBy.get(slot.unit.id)!.ref.entry] }];
        }
        if (context.removedBy.has(slot.unit.id)) {
          flag(slot.unit);
          break;
        }
        const after = context.byOriginal.get(slot.unit.id);
        const value = after?.valueAfter;
        if (!after || value === null || value === undefined || value < 1) {
          flag(slot.unit, 'which has no number now');
          break;
        }
        const written = formatNumeral(slot.kind, value);
        // "subparagraph (A) or (B) of subsection (e)(1)": the outer numerals are named once per unit.
        if (rewrites.some((r) => r.start === slot.start)) continue;
        if (written !== text.slice(slot.start, slot.end)) rewrites.push({ start: slot.start, end: slot.end, text: written, entries: after.movedBy });
      }
    }
  }
  const retitled = englishEntryTitle(context, text, reference);
  if (retitled) rewrites.push(retitled);
  return rewrites;
}

/**
 * A table of contents' line (Sec. 202.  Grant management.) of a section whose
 * heading the edits change (SEC. 202. GRANT OVERSIGHT.): its title follows,
 * in the line's own case (Grant oversight.), as its number follows renumbering
 * and the line goes with the section removed. Only a line that lists the old
 * heading word for word, in any case.
 */
function englishEntryTitle(context: Context, text: string, reference: EnglishReference): Rewrite | undefined {
  const slots = reference.groups.length === 1 && !reference.groups[0]!.to ? reference.groups[0]!.from : [];
  if (!reference.entry || slots.length !== 1) return undefined;
  const unit = slots[0]!.unit;
  const after = context.byOriginal.get(unit.id);
  const title = after && newHeading(after);
  if (!title) return undefined;
  const listed = /^(\.\s+)(\S.*?)\.?$/u.exec(text.slice(reference.end, reference.entry.end));
  const words = (s: string) => s.replace(/\s+/gu, ' ').toUpperCase();
  if (!listed || words(listed[2]!) !== words(unit.title)) return undefined;
  const start = reference.end + listed[1]!.length;
  // (The section's entries from its changes: its own are counted when it is finished, after this pass.)
  return { start, end: start + listed[2]!.length, text: inCaseOf(listed[2]!, title), entries: [...new Set(after.changes.flatMap((c) => c.entries))] };
}

/** A section's heading as its edits leave it, where they change it (SEC. 202. GRANT OVERSIGHT.); else undefined. */
function newHeading(clause: RevisedClause): string | undefined {
  const original = clause.original;
  if (!original || clause.changes.length === 0 || original.title === '' || !original.marker) return undefined;
  const title = titleOf(edited(clause).text, original.heading !== null, original.marker);
  return title !== '' && title !== original.title ? title : undefined;
}

/**
 * A new heading written as a line of contents writes the old one: capitals
 * where it is in capitals, else each word it has as it writes it (Trust Fund),
 * a new word in small letters, the first word with a capital (Grant oversight).
 */
function inCaseOf(line: string, heading: string): string {
  if (line === line.toUpperCase()) return heading.toUpperCase();
  // (The line's first word has its capital as the first: moved later, it is a word in small letters unless written so there too.)
  const [first, ...rest] = line.split(/\s+/u);
  const known = new Map(rest.map((w) => [w.toUpperCase(), w]));
  return heading
    .split(/(\s+)/u)
    .map((w, i) => {
      if (/^\s+$/u.test(w)) return w;
      const written = known.get(w.toUpperCase()) ?? (i === 0 && first?.toUpperCase() === w.toUpperCase() ? first : w.toLowerCase());
      return i === 0 ? written.charAt(0).toUpperCase() + written.slice(1) : written;
    })
    .join('');
}

/**
 * An English list that lost some but not all of its units names those left,
 * as the Chinese one does (narrowedList): sections 305, 306, and 307 without
 * 306 is sections 305 and 306 (old 307); subsections (a) or (b) without (a)
 * is subsection (a). Each item is one number or designator of one level under
 * the same units (written once, before or after the list: of section 304);
 * the last joining word stays as written (and, or, none), a plural noun left
 * with one unit is singular. Null where it cannot be read so: a range, items
 * of different levels (sections 305(1) and 306), a table of contents, a kept
 * unit with no number now.
 */
function narrowedEnglishList(context: Context, text: string, reference: EnglishReference, citing: Clause): Rewrite[] | null {
  const { groups } = reference;
  if (groups.length < 2 || reference.entry || groups.some((g) => g.to)) return null;
  const own = groups.map((g) => g.from.at(-1)!);
  // Items of one level under the same units (sections 305, 306; (3), (4) of section 304), never 305(1) and 306.
  const outerOf = (g: (typeof groups)[number]) => g.from.slice(0, -1).map((slot) => slot.unit.id).join(' ');
  if (groups.some((g) => g.from.length !== groups[0]!.from.length || outerOf(g) !== outerOf(groups[0]!))) return null;
  const removedAbove = (g: (typeof groups)[number]) => g.from.slice(0, -1).some((slot) => context.removedBy.has(slot.unit.id));
  if (groups.some(removedAbove)) return null;
  const gone = own.map((slot) => context.removedBy.has(slot.unit.id));
  if (!gone.some(Boolean) || gone.every(Boolean)) return null;
  // Each item is its own numeral alone: a bracketed designator, or a section's number.
  const items = own.map((slot) => (text[slot.start - 1] === '(' && text[slot.end] === ')' ? { start: slot.start - 1, end: slot.end + 1 } : { start: slot.start, end: slot.end }));
  for (let i = 1; i < items.length; i++) {
    if (items[i]!.start <= items[i - 1]!.end || /[()\d]/u.test(text.slice(items[i - 1]!.end, items[i]!.start))) return null;
  }
  const [first, last] = [items[0]!, items.at(-1)!];
  if (context.onePiece && !context.onePiece(reference.start, reference.end)) return null;
  const numbered = (i: number) => {
    const after = context.byOriginal.get(own[i]!.unit.id);
    const value = after?.valueAfter;
    if (!after || value === null || value === undefined || value < 1) return null;
    const numeral = formatNumeral(own[i]!.kind, value);
    return { text: items[i]!.end - items[i]!.start > own[i]!.end - own[i]!.start ? `(${numeral})` : numeral, entries: after.movedBy };
  };
  const kept = own.flatMap((_, i) => (gone[i] ? [] : [i]));
  const written = kept.map(numbered);
  if (written.some((w) => w === null)) return null;
  // The units above the items, written once before or after them (of section 304): renumbered where they moved.
  const outer = groups[0]!.from.slice(0, -1);
  const above = englishRewritesAbove(context, text, outer, reference.start, first.start);
  const beyond = englishRewritesAbove(context, text, outer, last.end, reference.end);
  if (above === null || beyond === null) return null;
  // The last joining word as written (and, or, OR), or none: paragraphs (1), (2), (3).
  const lastJoiner = text.slice(items.at(-2)!.end, last.start);
  const conjunction = /\b(?:and|or)\b/iu.exec(lastJoiner)?.[0];
  const names = written.map((w) => w!.text);
  const list =
    names.length === 1
      ? names[0]!
      : conjunction === undefined
        ? names.join(', ')
        : names.length === 2
          ? `${names[0]} ${conjunction} ${names[1]}`
          : `${names.slice(0, -1).join(', ')}${lastJoiner.trimStart().startsWith(',') ? ',' : ''} ${conjunction} ${names.at(-1)}`;
  // A plural noun left with one unit is singular: sections 305 and 306 → section 305.
  const lead = above.text.replace(/^(sections|subsections|paragraphs|subparagraphs|clauses|subclauses|secs(?=\.))/iu, (noun) => (names.length === 1 ? noun.slice(0, -1) : noun));
  const removed = own.filter((_, i) => gone[i]).map((slot) => slot.unit);
  const quoted: Reference = { start: reference.start, end: reference.end, groups: [] };
  narrowed(context, text, quoted, citing, removed, 'list');
  const entries = new Set([...above.entries, ...written.flatMap((w) => w!.entries), ...removed.map((unit) => context.removedBy.get(unit.id)!.ref.entry)]);
  const rewrites: Rewrite[] = [{ start: reference.start, end: last.end, text: `${lead}${list}`, entries: [...entries] }];
  // The units written once after the list (of section 304), renumbered where they moved.
  if (beyond.text !== text.slice(last.end, reference.end)) rewrites.push({ start: last.end, end: reference.end, text: beyond.text, entries: beyond.entries });
  return rewrites;
}

/** The text from `start` to `end` with the numerals of these slots in it renumbered; null where one has no number now. */
function englishRewritesAbove(context: Context, text: string, slots: readonly EnglishReference['groups'][number]['from'][number][], start: number, end: number): { text: string; entries: string[] } | null {
  let out = '';
  let at = start;
  const entries: string[] = [];
  for (const slot of [...slots].filter((s) => s.start >= start && s.end <= end).sort((a, b) => a.start - b.start)) {
    const after = context.byOriginal.get(slot.unit.id);
    const value = after?.valueAfter;
    if (!after || value === null || value === undefined || value < 1) return null;
    out += text.slice(at, slot.start) + formatNumeral(slot.kind, value);
    entries.push(...after.movedBy);
    at = slot.end;
  }
  return { text: out + text.slice(at, end), entries };
}

/** A range or list that held removed units: it names those left, which is reported as a warning for the clerk to read. */
function narrowed(context: Context, text: string, reference: Pick<Reference, 'start' | 'end'>, citing: Clause, dropped: readonly Clause[], kind: 'range' | 'list' = 'range'): void {
  const names = dropped.map((d) => cite(context.names, d.id)).join(', ');
  const edits = [...new Map(dropped.map((d) => context.removedBy.get(d.id)!.ref).map((ref) => [`${ref.entry}#${ref.index}`, ref])).values()];
  const said = `${citingName(context, citing)} cites a ${kind} that held ${names}, which ${dropped.length === 1 ? 'is' : 'are'} removed`;
  report(context, { rule: 'narrowed-reference', clause: citing.id, edits }, said, text.slice(reference.start, reference.end), (quoted) => `${said}: ${quoted} now names the units left in it`);
}

function dangling(context: Context, text: string, reference: Pick<Reference, 'start' | 'end'>, citing: Clause, target: Clause, why = 'which is removed'): void {
  const by = context.removedBy.get(target.id) ?? context.paragraphRemovedBy.get(target.id);
  const said = `${citingName(context, citing)} cites ${cite(context.names, target.id)}, ${why}`;
  report(context, { rule: 'dangling-reference', clause: citing.id, edits: by ? [by.ref] : causes(context, target) }, said, text.slice(reference.start, reference.end), (quoted) => `${said}: ${quoted}`);
}

/**
 * A problem is said once of a citing clause: its references that say the same
 * (前款 three times in one 款, each naming the 款 removed) are one message,
 * quoting each wording once with how many times it stands there.
 */
function report(context: Context, problem: Omit<RevisionProblem, 'message'>, said: string, quote: string, say: (quoted: string) => string): void {
  const key = `${problem.rule}\u0000${said}`;
  let found = context.reported.get(key);
  if (!found) {
    found = { problem: { ...problem, message: '' }, quotes: new Map(), say };
    context.reported.set(key, found);
    context.problems.push(found.problem);
  }
  found.quotes.set(quote, (found.quotes.get(quote) ?? 0) + 1);
  const quoted = [...found.quotes].map(([words, times]) => (times > 1 ? `“${words}” (${times} times)` : `“${words}”`)).join(', ');
  found.problem.message = found.say(quoted);
}

/** The applied edits that moved a unit (so that the problem is reported against one of them). */
function causes(context: Context, target: Clause): PlannedEdit['ref'][] {
  const after = context.byOriginal.get(target.id);
  const entries = new Set([...(after?.movedBy ?? []), ...(after?.entries ?? [])]);
  const found = context.applied.find((p) => entries.has(p.ref.entry)) ?? context.applied[0];
  return found ? [found.ref] : [];
}
