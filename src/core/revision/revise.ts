// The revised draft (pure): the adopted edits applied to each clause in one
// pass, added, rewritten and removed clauses placed, display numbers
// recomputed by the scheme detected at import, lists kept punctuated, and
// cross-references renumbered with the units they name. Edits that are stale,
// ambiguous or in conflict are not applied; they are returned for the shell
// to report, with what the revision found wrong (a reference to a removed unit).
import type { Clause } from '../draft/clause.js';
import type { DraftMeta } from '../draft/format.js';
import { clauseTree, type ClauseTree } from '../draft/locate.js';
import type { Marker } from '../draft/numbering.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { leadingCaption } from '../draft/title.js';
import { applyChanges, markConflicts, resolveEdits, type Change, type EditRef, type PlannedEdit } from '../edits/plan.js';
import type { Entry } from '../feedback/entry.js';
import { selfCoordinationProblems } from './coordination.js';
import { keepListPunctuation } from './lists.js';
import { placeClauses } from './place.js';
import { renumberReferences } from './references.js';
import { articlesRunOn, numberParagraphs, renumber } from './renumber.js';
import { sameNumbers, takenNumberMessage } from './taken-numbers.js';
import { missedByThroughout } from './throughout.js';
import { followContents } from './contents.js';

export interface AttributedChange extends Change {
  entries: string[];
  /** A number inside a cross-reference, rewritten because the unit it names moved. */
  reference?: boolean;
  /** A line of the 目录 rewritten because the heading it lists was retitled or renumbered. */
  contents?: boolean;
}

export interface RevisedClause {
  id: string;
  /** The clause in the draft; absent for a clause an edit adds. */
  original?: Clause;
  heading: number | null;
  level: number;
  /** The parent in the revised draft. */
  parent: string | null;
  /** Display marker as written before and after ("5. " → "4. "). */
  markerBefore: string;
  markerAfter: string;
  /** The number of markerAfter (null when unnumbered or a bullet). */
  valueAfter: number | null;
  textBefore: string;
  textAfter: string;
  /** Text changes, as ranges of the original text, with the entries behind each. */
  changes: AttributedChange[];
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  renumbered: boolean;
  entries: string[];
  /** The entries whose added or removed units moved this clause's number (or its 款). */
  movedBy: string[];
  /** For an added clause: the neighbour whose numbering sequence and style it joins (for one written under it in the same edit, its root's). */
  sequenceOf?: Clause;
  /** For an added clause: the marker whose style and sequence its number follows. */
  basis?: Marker;
  /** For an added clause: its basis is the number its text gave (§ 583.355), which names it. */
  numberGiven?: true;
  /** The clause whose removal, rewrite or addition this one came or went with (one row of the comparison table). */
  partOf?: string;
  /** 款 number in its article, before and after (2 for the first paragraph after the article's own). */
  paragraphBefore?: number;
  paragraphAfter?: number;
  /** remove-first-paragraph: the clause's own paragraph (its first 款) is gone; its next 款 moved up into it. */
  ownParagraphRemoved?: boolean;
  /** That next 款, as revised: the redline shows it in its own paragraph, and it has a row of its own in the comparison table where edits of its own changed it. */
  promoted?: RevisedClause;
  /**
   * A rewrite that keeps the article's own old paragraph word for word as a
   * later 款 (增加一款作为第一款): that 款. References to the old first 款
   * (第五条第一款, a later 款's 前款) follow it there.
   */
  ownParagraphKept?: RevisedClause;
  /** add-clause first-paragraph: the new 款 that opens the article, and the entries behind it (its old own paragraph is ownParagraphKept). */
  newFirstParagraph?: { text: string; entries: string[] };
}

export interface RevisionProblem {
  rule: 'dangling-reference' | 'narrowed-reference' | 'empty-heading' | 'self-coordination' | 'taken-number' | 'throughout-missed';
  /** The clause where the problem shows (the citing clause, the empty heading). */
  clause: string;
  message: string;
  /** The applied edits that caused it. */
  edits: EditRef[];
}

export interface Revision {
  clauses: RevisedClause[];
  /** Adopted edits that were not applied, and why. */
  unapplied: PlannedEdit[];
  applied: PlannedEdit[];
  problems: RevisionProblem[];
}

export interface RevisionInput {
  clauses: readonly Clause[];
  /** lang: how the draft's words are parted (an English quote stands as whole words); Chinese where not given. */
  meta: Pick<DraftMeta, 'numbering'> & Partial<Pick<DraftMeta, 'lang'>>;
}

/** The edits an entry's decision adopts: all when adopted, the chosen ones when partial. */
export function adoptedEdits(entry: Entry): number[] {
  if (entry.decision.status === 'adopted') return entry.edits.map((_, i) => i + 1);
  if (entry.decision.status === 'partial') return entry.decision.edits ?? [];
  return [];
}

export function revise(draft: RevisionInput, entries: readonly Entry[]): Revision {
  const tree = clauseTree(draft.clauses);
  const inputs = entries.flatMap((entry) => adoptedEdits(entry).map((index) => ({ ref: { entry: entry.id, index }, edit: entry.edits[index - 1]! })));
  const planned = resolveEdits(draft.clauses, inputs, tree, draft.meta.lang ?? 'zh');
  markConflicts(planned);
  const applied = planned.filter((p) => p.state === 'ok');
  const unapplied = planned.filter((p) => p.state !== 'ok');

  const removedBy = new Map<string, PlannedEdit>();
  for (const p of applied) for (const id of p.removes ?? []) if (!removedBy.has(id)) removedBy.set(id, p);
  const paragraphRemovedBy = new Map(applied.filter((p) => p.edit.op === 'remove-first-paragraph').map((p) => [p.edit.clause, p]));
  const placed = placeClauses(tree, applied, removedBy);
  markKeptOwnParagraphs(placed, applied);
  renumber(placed, draft.meta.numbering.continuous, articlesRunOn(draft.clauses));
  numberParagraphs(placed);
  keepListPunctuation(placed);
  const problems = renumberReferences(tree, placed, removedBy, applied, paragraphRemovedBy);
  problems.push(...emptiedHeadings(tree, placed, removedBy));
  const removed = new Set(removedBy.keys());
  for (const p of applied) {
    const message = takenNumberMessage(p, draft.clauses, removed);
    if (message) problems.push({ rule: 'taken-number', clause: p.clause!.id, message, edits: [p.ref] });
  }
  for (const { edit, message } of sameNumbers(applied, draft.clauses, removed)) problems.push({ rule: 'taken-number', clause: edit.clause!.id, message, edits: [edit.ref] });
  for (const clause of placed) finish(clause);
  splitNewFirstParagraphs(placed);
  for (const clause of followContents(placed, removedBy)) finish(clause);
  // (A clause whose own paragraph is removed reads its next 款 now: that 款's words are not new.)
  problems.push(...selfCoordinationProblems(tree, placed, applied, new Set(paragraphRemovedBy.keys())));
  problems.push(...missedByThroughout(tree, placed, applied));
  const revised = joinPromoted(placed, paragraphRemovedBy);
  return { clauses: revised, unapplied, applied, problems };
}

/**
 * remove-first-paragraph: the paragraph that moves up becomes the clause's
 * text (its number and ID kept), its items the clause's own, and it is no
 * longer a clause of its own.
 */
function joinPromoted(clauses: RevisedClause[], paragraphRemovedBy: ReadonlyMap<string, PlannedEdit>): RevisedClause[] {
  if (paragraphRemovedBy.size === 0) return clauses;
  const joined = new Set<string>();
  const byId = new Map(clauses.map((c) => [c.id, c]));
  for (const [id, p] of paragraphRemovedBy) {
    const clause = byId.get(id);
    const next = byId.get(p.promotes!);
    if (!clause || !next) continue;
    const length = clause.textBefore.length;
    const entries = [p.ref.entry];
    // The text that moves up carries the entries that changed it as well.
    const moved = [...new Set([...entries, ...next.entries])];
    clause.changes = [
      { start: 0, end: length, text: '', entries },
      { start: length, end: length, text: next.textAfter, entries: moved },
    ];
    clause.textAfter = next.textAfter;
    clause.status = 'changed';
    clause.entries = moved;
    clause.promoted = next;
    joined.add(next.id);
    const shift = (parent: string) => {
      for (const child of clauses.filter((c) => c.parent === parent)) {
        child.level--;
        shift(child.id);
      }
    };
    shift(next.id);
    for (const child of clauses) if (child.parent === next.id) child.parent = clause.id;
  }
  return clauses.filter((c) => !joined.has(c.id));
}

/** Articles rewritten whose own old paragraph a new 款 of the rewrite repeats word for word (its caption aside): see ownParagraphKept. */
function markKeptOwnParagraphs(clauses: readonly RevisedClause[], applied: readonly PlannedEdit[]): void {
  const rewritten = new Set(applied.filter((p) => p.edit.op === 'rewrite' || p.edit.op === 'rewrite-first-paragraph').map((p) => p.edit.clause));
  if (rewritten.size === 0) return;
  const byId = new Map(clauses.map((c) => [c.id, c]));
  for (const member of clauses) {
    if (member.status !== 'added' || member.partOf === undefined || member.parent !== member.partOf || !rewritten.has(member.partOf)) continue;
    const article = byId.get(member.partOf);
    if (!article || article.ownParagraphKept || article.original?.marker?.style !== ARTICLE_STYLE) continue;
    const own = article.textBefore.trim();
    if (member.markerAfter === '' && member.textAfter.trim() === own.slice(leadingCaption(own).length).trim()) article.ownParagraphKept = member;
  }
}

/**
 * add-clause first-paragraph, once every change is made: the article's own
 * paragraph, as the other edits revised it, is the 款 kept after the new one,
 * with the entries that changed it; the article reads the new 款 (after its
 * caption, 第一条（立法目的）, which stays where the article opens).
 */
function splitNewFirstParagraphs(clauses: readonly RevisedClause[]): void {
  for (const article of clauses) {
    const added = article.newFirstParagraph;
    const kept = article.ownParagraphKept;
    if (!added || !kept || article.status === 'removed') continue;
    // (A numbered paragraph of a policy text has no caption: its （…） opening is its own words.)
    const caption = article.original?.marker?.style === ARTICLE_STYLE ? leadingCaption(article.textBefore.trim()) : '';
    const start = caption ? article.textBefore.indexOf(caption) + caption.length : 0;
    const end = article.textBefore.length;
    // (Its changes in the caption stay the article's; those in the paragraph go with it.)
    const ownChanges = article.changes.filter((c) => c.start >= start);
    const text = applyChanges(article.textBefore.slice(start), ownChanges.map((c) => ({ ...c, start: c.start - start, end: c.end - start }))).trim();
    kept.textAfter = text;
    // (Kept word for word, it is the new 款's entry's still: the round names it so.)
    const changedBy = [...new Set(ownChanges.flatMap((c) => c.entries))];
    if (changedBy.length > 0) kept.entries = changedBy;
    article.changes = [...article.changes.filter((c) => c.start < start), { start, end, text: added.text, entries: added.entries }];
    finish(article);
  }
}

/** The applied changes in the text, status and entries, once every pass has added its changes. */
function finish(clause: RevisedClause): void {
  if (clause.status === 'removed' || clause.status === 'added') return;
  clause.changes.sort((a, b) => a.start - b.start || a.end - b.end);
  clause.textAfter = applyChanges(clause.textBefore, clause.changes);
  clause.status = clause.textAfter !== clause.textBefore ? 'changed' : 'unchanged';
  clause.entries = [...new Set(clause.changes.flatMap((c) => c.entries))];
}

/** Headings (章, 节) whose every clause was removed, with nothing added in their place. */
function emptiedHeadings(tree: ClauseTree, revised: readonly RevisedClause[], removedBy: ReadonlyMap<string, PlannedEdit>): RevisionProblem[] {
  const kept = new Set(revised.filter((c) => c.status !== 'removed').map((c) => c.parent));
  const problems: RevisionProblem[] = [];
  for (const clause of tree.clauses) {
    const children = tree.children.get(clause.id) ?? [];
    if (clause.heading === null || removedBy.has(clause.id) || children.length === 0 || kept.has(clause.id)) continue;
    const edits = [...new Map(children.map((c) => removedBy.get(c.id)!).map((p) => [`${p.ref.entry}#${p.ref.index}`, p.ref])).values()];
    problems.push({ rule: 'empty-heading', clause: clause.id, message: `${[clause.number, clause.title].filter(Boolean).join(' ')} has no clause left`, edits });
  }
  return problems;
}

