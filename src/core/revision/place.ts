// Where the clauses of the revised draft stand: every clause of the draft in
// reading order with the edits that change it, and the clauses that edits add
// (add-clause before, after or inside a clause; a rewrite's further lines)
// placed where they belong, with their parent in the revised tree.
import { clausesOf, type Block, type Clause } from '../draft/clause.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { listLines, type ClauseTree } from '../draft/locate.js';
import { readMarker, type Marker } from '../draft/numbering.js';
import { isUnitEdit, roleOf, type UnitEdit, type UnitRole } from '../edits/edit.js';
import { firstParagraphItems, linesOf, unitChange, type Change, type PlannedEdit } from '../edits/plan.js';
import type { AttributedChange, RevisedClause } from './revise.js';
import { isBetween, isDesignation, mainMarker } from '../draft/numbering.js';
import { addToGroup } from '../text/groups.js';

/** Every clause in reading order, with the added ones where their edits put them. */
export function placeClauses(tree: ClauseTree, applied: readonly PlannedEdit[], removedBy: ReadonlyMap<string, PlannedEdit>): RevisedClause[] {
  const edits = new Map<string, PlannedEdit[]>();
  const add = (id: string, p: PlannedEdit) => addToGroup(edits, id, p);
  // A replace-all's changes by clause, looked up once per clause (not searched for in a spread of thousands).
  const spreads = new Map<PlannedEdit, Map<string, readonly Change[]>>();
  for (const p of applied) {
    if (p.edit.op === 'replace-all') {
      const byClause = new Map<string, readonly Change[]>();
      spreads.set(p, byClause);
      for (const { clause, changes } of p.spread ?? []) {
        add(clause.id, p);
        if (!byClause.has(clause.id)) byClause.set(clause.id, changes);
      }
    } else if (p.clause && p.edit.op !== 'add-clause') add(p.clause.id, p);
  }
  const adds = { before: new Map<string, PlannedEdit[]>(), inside: new Map<string, PlannedEdit[]>(), after: new Map<string, PlannedEdit[]>() };
  const firstParagraphAdds = new Map<string, PlannedEdit>();
  for (const p of applied) {
    if (p.edit.op !== 'add-clause') continue;
    if (p.edit.position === 'first-paragraph') {
      firstParagraphAdds.set(p.edit.clause, p);
      continue;
    }
    const map = adds[p.edit.position];
    addToGroup(map, p.edit.position === 'after' ? familyEnd(tree, p.edit.clause) : p.edit.clause, p);
  }
  // A subtree closes at its last descendant: what goes after or inside it comes there, innermost first.
  const closing = new Map<string, Clause[]>();
  const last = lastDescendants(tree);
  for (const clause of tree.clauses) closing.set(last.get(clause.id)!, [clause, ...(closing.get(last.get(clause.id)!) ?? [])]);

  const revised: RevisedClause[] = [];
  const firstParagraphs = firstParagraphRewrites(tree, applied);
  for (const clause of tree.clauses) {
    for (const p of adds.before.get(clause.id) ?? []) revised.push(...addedClauses(tree, p, revised.length));
    const own = revisedClause(clause, edits.get(clause.id) ?? [], removedBy.get(clause.id), spreads);
    revised.push(own);
    const newFirst = firstParagraphAdds.get(clause.id);
    if (newFirst) revised.push(...keptOwnParagraph(own, newFirst));
    const ownParagraph = firstParagraphs.get(`own:${clause.id}`);
    if (ownParagraph) revised.push(...rewriteParagraphs(clause, ownParagraph));
    for (const root of closing.get(clause.id) ?? []) {
      const rewrite = (edits.get(root.id) ?? []).find((p) => p.edit.op === 'rewrite') ?? firstParagraphs.get(`closing:${root.id}`);
      if (rewrite) revised.push(...rewriteParagraphs(rewrite.clause!, rewrite));
      for (const p of adds.inside.get(root.id) ?? []) revised.push(...addedClauses(tree, p, revised.length));
      for (const p of adds.after.get(root.id) ?? []) revised.push(...addedClauses(tree, p, revised.length));
    }
  }
  return revised;
}

/**
 * Where a first paragraph's rewrite writes its further lines: after the
 * article's own paragraph and its items, before its next 款 (keyed
 * `own:<article>` when it has no items, `closing:<last item>` when it has);
 * after the whole article where it has one paragraph only.
 */
function firstParagraphRewrites(tree: ClauseTree, applied: readonly PlannedEdit[]): Map<string, PlannedEdit> {
  const at = new Map<string, PlannedEdit>();
  for (const p of applied) {
    if (p.edit.op !== 'rewrite-first-paragraph' || !p.clause) continue;
    const items = firstParagraphItems(tree, p.clause);
    at.set(!items ? `closing:${p.clause.id}` : items.length === 0 ? `own:${p.clause.id}` : `closing:${items.at(-1)!.id}`, p);
  }
  return at;
}

/**
 * After 第十七条 (or after 第一百二十条之二) where 第十七条之一 (之三 …) follows:
 * after the last article numbered on from it, so that a new article never
 * stands between an article and its 之X and takes them over. After a 款 that
 * opens a list: after the list's last line, which the new 款 would join.
 */
function familyEnd(tree: ClauseTree, id: string): string {
  const clause = tree.byId.get(id);
  const lines = clause ? listLines(tree, clause) : [];
  if (lines.length > 0) return lines.at(-1)!.id;
  if (clause?.marker?.style !== ARTICLE_STYLE) return id;
  const siblings = tree.children.get(clause.parent) ?? [];
  let at = siblings.indexOf(clause);
  while (siblings[at + 1]?.marker && isBetween(siblings[at + 1]!.marker!) && siblings[at + 1]!.marker!.value === clause.marker.value) at++;
  return siblings[at]?.id ?? id;
}

function lastDescendants(tree: ClauseTree): Map<string, string> {
  const last = new Map<string, string>();
  for (const clause of [...tree.clauses].reverse()) {
    const children = tree.children.get(clause.id) ?? [];
    last.set(clause.id, children.length > 0 ? last.get(children.at(-1)!.id)! : clause.id);
  }
  return last;
}

const UNIT_ROLES: readonly UnitRole[] = ['lead', 'responsible'];

function revisedClause(clause: Clause, edits: readonly PlannedEdit[], removedBy: PlannedEdit | undefined, spreads: ReadonlyMap<PlannedEdit, ReadonlyMap<string, readonly Change[]>>): RevisedClause {
  const marker = clause.marker?.raw ?? '';
  const changes: AttributedChange[] = [];
  for (const p of edits) {
    if (p.edit.op === 'replace-all') {
      for (const change of spreads.get(p)!.get(clause.id)!) changes.push(attributed(change, [p.ref.entry]));
    } else if (p.change && !isUnitEdit(p.edit)) {
      changes.push(attributed(p.change, [p.ref.entry]));
    }
  }
  // All unit edits on one list compose into one change.
  for (const role of edits.some((p) => isUnitEdit(p.edit)) ? UNIT_ROLES : []) {
    const group = edits.filter((p) => isUnitEdit(p.edit) && roleOf(p.edit) === role);
    if (group.length === 0) continue;
    const list = group.map((p) => p.edit as UnitEdit);
    changes.push(attributed(unitChange(clause, list.at(-1)!, list.slice(0, -1)), [...new Set(group.map((p) => p.ref.entry))]));
  }
  const removed = removedBy !== undefined;
  const revised: RevisedClause = {
    id: clause.id,
    original: clause,
    heading: clause.heading,
    level: clause.level,
    parent: clause.parent,
    markerBefore: marker,
    markerAfter: marker,
    valueAfter: clause.marker?.value ?? null,
    textBefore: clause.text,
    textAfter: removed ? '' : clause.text,
    changes: removed ? [] : changes,
    status: removed ? 'removed' : 'unchanged',
    renumbered: false,
    entries: removed ? [removedBy.ref.entry] : [],
    movedBy: [],
  };
  // Removed with the clause an edit removes or rewrites: shown in that clause's row.
  if (removedBy && removedBy.edit.clause !== clause.id) revised.partOf = removedBy.edit.clause;
  if (!removed && edits.some((p) => p.edit.op === 'remove-first-paragraph')) revised.ownParagraphRemoved = true;
  return revised;
}

/**
 * 增加一款，作为第一款 (add-clause first-paragraph): the article's old own
 * paragraph goes on as its first later 款, before its items and its other 款,
 * and the references to its first 款 follow it there (ownParagraphKept). Its
 * words, as the article's other edits revise them, and the new 款's are put in
 * place once every change is made (revise.ts splitNewFirstParagraphs). A new
 * text of several paragraphs (增加两款，作为第一款、第二款) opens the article
 * with its first; the others are 款 of their own before the kept one.
 */
function keptOwnParagraph(article: RevisedClause, p: PlannedEdit): RevisedClause[] {
  const paragraph = (id: string, text: string): RevisedClause => ({
    ...addedClause(id, p, { heading: null, level: article.level + 1, parent: article.id, markerAfter: '', valueAfter: null, textAfter: text }),
    partOf: article.id,
  });
  const [first = '', ...more] = p.edit.op === 'add-clause' ? linesOf(p.edit.text) : [];
  const added = more.map((line, i) => paragraph(`${article.id}+${p.ref.entry}.${p.ref.index}.0.${i + 1}`, line));
  const kept = paragraph(`${article.id}+${p.ref.entry}.${p.ref.index}.1`, article.textAfter);
  article.ownParagraphKept = kept;
  article.newFirstParagraph = { text: first, entries: [p.ref.entry] };
  return [...added, kept];
}

/** A clause an edit adds: where it stands and what it reads, nothing of the draft's before it; the edit's entry behind it. */
function addedClause(id: string, p: PlannedEdit, at: Pick<RevisedClause, 'heading' | 'level' | 'parent' | 'markerAfter' | 'valueAfter' | 'textAfter'>): RevisedClause {
  const { heading, level, parent, markerAfter, valueAfter, textAfter } = at;
  return { id, heading, level, parent, markerBefore: '', markerAfter, valueAfter, textBefore: '', textAfter, changes: [], status: 'added', renumbered: false, entries: [p.ref.entry], movedBy: [] };
}

/** A change with the entries behind it. (Written out: an object spread per change was the slowest line of a 10,000-edit build's placing.) */
function attributed(change: Change, entries: string[]): AttributedChange {
  return { start: change.start, end: change.end, text: change.text, entries };
}

/** A new clause (and the paragraphs under it, when its text has several) from an add-clause edit. */
function addedClauses(tree: ClauseTree, p: PlannedEdit, position: number): RevisedClause[] {
  if (p.edit.op !== 'add-clause') return [];
  const anchor = p.clause!;
  const inside = p.edit.position === 'inside';
  const [first = '', ...rest] = linesOf(p.edit.text);
  const own = readMarker(first);
  const siblingMarker = inside ? childStyle(tree, anchor) : anchor.marker?.value != null ? anchor.marker : null;
  // The number is the build's to give: a number written in the style it joins is dropped.
  let basis: Marker | undefined;
  let text = first;
  if (siblingMarker && (!own || own.style === siblingMarker.style)) {
    // The one number a comment gives: 作为第十一条之一 puts an article between two numbers, moving none.
    // A new article next to a 第X条之一 without one is a numbered article of its own.
    // A regulation's section is named by its number (§ 583.355 after § 583.350): the one given is kept.
    basis = own && (isBetween(own) || isDesignation(own)) ? own : isBetween(siblingMarker) ? mainMarker(siblingMarker) : siblingMarker;
    if (own) text = first.slice(own.raw.length);
  } else if (own && own.value !== null) {
    basis = own;
    text = first.slice(own.raw.length);
  }
  const id = `${anchor.id}+${p.ref.entry}.${p.ref.index}@${position}`;
  // A paragraph added into a 款 is the article's next 款, as the text will be read.
  const child = inside && !(basis === undefined && anchor.marker === null && anchor.heading === null && tree.byId.get(anchor.parent ?? '')?.marker?.style === ARTICLE_STYLE);
  const clause: RevisedClause = {
    ...addedClause(id, p, {
      heading: inside ? null : anchor.heading,
      level: child ? anchor.level + 1 : anchor.level,
      parent: child ? anchor.id : anchor.parent,
      markerAfter: basis?.raw ?? '',
      valueAfter: basis?.value ?? null,
      textAfter: text,
    }),
    sequenceOf: anchor,
  };
  if (basis) clause.basis = basis;
  if (basis && basis === own && isDesignation(own)) clause.numberGiven = true;
  return [clause, ...subParagraphs(clause, rest, p)];
}

/** The style a clause's new last child takes: that of its numbered children, unless it is an article (a new 款). */
function childStyle(tree: ClauseTree, parent: Clause): Marker | null {
  if (parent.marker?.style === ARTICLE_STYLE) return null;
  const numbered = (tree.children.get(parent.id) ?? []).filter((c) => c.marker && c.marker.value !== null && c.heading === null);
  return numbered.at(-1)?.marker ?? null;
}

/** A rewrite's paragraphs after the first: the rewritten clause's new 款 and items. */
function rewriteParagraphs(clause: Clause, p: PlannedEdit): RevisedClause[] {
  if (p.edit.op !== 'rewrite' && p.edit.op !== 'rewrite-first-paragraph') return [];
  const root: RevisedClause = {
    id: clause.id,
    heading: clause.heading,
    level: clause.level,
    parent: clause.parent,
    markerBefore: '',
    markerAfter: clause.marker?.raw ?? '',
    valueAfter: null,
    textBefore: '',
    textAfter: p.change?.text ?? '',
    changes: [],
    status: 'added',
    renumbered: false,
    entries: [],
    movedBy: [],
  };
  return subParagraphs(root, linesOf(p.edit.text).slice(1), p, clause.marker === null && clause.heading === null && clause.parent !== null);
}

/**
 * Paragraphs written under a new or rewritten clause, placed by the same rules
 * as an imported draft: unnumbered ones in an article are its 款, numbered
 * ones its items (or the items of the 款 just before them). Their numbers are
 * kept as written.
 */
function subParagraphs(root: RevisedClause, lines: readonly string[], p: PlannedEdit, paragraphOfArticle = false): RevisedClause[] {
  if (lines.length === 0) return [];
  const blocks: Block[] = [];
  // A 款 rewritten is read inside an article, so that its new paragraphs are 款 too.
  if (paragraphOfArticle) blocks.push({ id: 'article', heading: null, source: '第一条 ', line: 0 });
  blocks.push({ id: 'root', heading: root.heading, source: root.markerAfter + root.textAfter, line: 0 });
  lines.forEach((line, i) => blocks.push({ id: `p${i}`, heading: null, source: line, line: 0 }));
  const read = clausesOf(blocks);
  const ids = new Map<string | null, string | null>([[null, root.parent], ['article', root.parent], ['root', root.id]]);
  const levels = new Map<string | null, number>([[root.id, root.level], [root.parent, root.level - 1]]);
  return read.slice(paragraphOfArticle ? 2 : 1).map((c, i) => {
    const id = `${root.id}+${p.ref.entry}.${p.ref.index}.${i + 1}`;
    const parent = ids.get(c.parent) ?? root.parent;
    ids.set(c.id, id);
    const level = (levels.get(parent) ?? root.level - 1) + 1;
    levels.set(id, level);
    const added: RevisedClause = {
      ...addedClause(id, p, { heading: null, level, parent, markerAfter: c.marker?.raw ?? '', valueAfter: c.marker?.value ?? null, textAfter: c.text }),
      partOf: root.id,
    };
    // A new 节's articles cite as the new 节 does: their references are renumbered as any new clause's are.
    if (root.sequenceOf) added.sequenceOf = root.sequenceOf;
    // Paragraphs (9) and (10) added at once, or a new 节 with its articles: each numbered clause an edit adds
    // counts in its sequence, as the first does, so that the clauses after them move on by as many.
    if (p.edit.op === 'add-clause' && c.marker && c.marker.value !== null) added.basis = c.marker;
    return added;
  });
}
