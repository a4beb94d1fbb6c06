// The revised draft (pure): the adopted edits applied to each clause in one
// pass, added, rewritten and removed clauses placed, display numbers
// recomputed by the scheme detected at import, lists kept punctuated, and
// cross-references renumbered with the units they name. Edits that are stale,
// ambiguous or in conflict are not applied; they are returned for the shell
// to report, with what the revision found wrong (a reference to a removed unit).
import { clausesOf, type Block, type Clause } from '../draft/clause.js';
import type { ContinuousNumbering, DraftMeta } from '../draft/format.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { clauseTree, type ClauseTree } from '../draft/locate.js';
import { readMarker, type Marker } from '../draft/numbering.js';
import { chineseNumeral, circledNumeral, letterNumeral, romanNumeral } from '../draft/numerals.js';
import { isUnitEdit, roleOf, type UnitEdit, type UnitRole } from '../edits/edit.js';
import { applyChanges, markConflicts, paragraphsOf, resolveEdits, unitChange, type Change, type EditRef, type PlannedEdit } from '../edits/plan.js';
import type { Entry } from '../feedback/entry.js';
import { keepListPunctuation } from './lists.js';
import { renumberReferences } from './references.js';

export interface AttributedChange extends Change {
  entries: string[];
  /** A number inside a cross-reference, rewritten because the unit it names moved. */
  reference?: boolean;
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
  /** For an added clause: the neighbour whose numbering sequence and style it joins. */
  sequenceOf?: Clause;
  /** For an added clause: the marker whose style and sequence its number follows. */
  basis?: Marker;
  /** 款 number in its article, before and after (2 for the first paragraph after the article's own). */
  paragraphBefore?: number;
  paragraphAfter?: number;
}

export interface RevisionProblem {
  rule: 'dangling-reference' | 'empty-heading';
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
  meta: Pick<DraftMeta, 'numbering'>;
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
  const planned = resolveEdits(draft.clauses, inputs, tree);
  markConflicts(planned);
  const applied = planned.filter((p) => p.state === 'ok');
  const unapplied = planned.filter((p) => p.state !== 'ok');

  const removedBy = new Map<string, PlannedEdit>();
  for (const p of applied) for (const id of p.removes ?? []) if (!removedBy.has(id)) removedBy.set(id, p);
  const revised = placeClauses(tree, applied, removedBy);
  renumber(revised, draft.meta.numbering.continuous, articlesRunOn(draft.clauses));
  numberParagraphs(revised);
  for (const clause of revised) finish(clause);
  keepListPunctuation(revised);
  const problems = renumberReferences(tree, revised, removedBy);
  problems.push(...emptiedHeadings(tree, revised, removedBy));
  for (const clause of revised) finish(clause);
  return { clauses: revised, unapplied, applied, problems };
}

/** Every clause in reading order, with the added ones where their edits put them. */
function placeClauses(tree: ClauseTree, applied: readonly PlannedEdit[], removedBy: ReadonlyMap<string, PlannedEdit>): RevisedClause[] {
  const edits = new Map<string, PlannedEdit[]>();
  const add = (id: string, p: PlannedEdit) => edits.set(id, [...(edits.get(id) ?? []), p]);
  for (const p of applied) {
    if (p.edit.op === 'replace-all') for (const { clause } of p.spread ?? []) add(clause.id, p);
    else if (p.clause && p.edit.op !== 'add-clause') add(p.clause.id, p);
  }
  const adds = { before: new Map<string, PlannedEdit[]>(), inside: new Map<string, PlannedEdit[]>(), after: new Map<string, PlannedEdit[]>() };
  for (const p of applied) {
    if (p.edit.op !== 'add-clause') continue;
    const map = adds[p.edit.position];
    map.set(p.edit.clause, [...(map.get(p.edit.clause) ?? []), p]);
  }
  // A subtree closes at its last descendant: what goes after or inside it comes there, innermost first.
  const closing = new Map<string, Clause[]>();
  const last = lastDescendants(tree);
  for (const clause of tree.clauses) closing.set(last.get(clause.id)!, [clause, ...(closing.get(last.get(clause.id)!) ?? [])]);

  const revised: RevisedClause[] = [];
  for (const clause of tree.clauses) {
    for (const p of adds.before.get(clause.id) ?? []) revised.push(...addedClauses(tree, p, revised.length));
    revised.push(revisedClause(clause, edits.get(clause.id) ?? [], removedBy.get(clause.id)));
    for (const root of closing.get(clause.id) ?? []) {
      const rewrite = (edits.get(root.id) ?? []).find((p) => p.edit.op === 'rewrite');
      if (rewrite) revised.push(...rewriteParagraphs(root, rewrite));
      for (const p of adds.inside.get(root.id) ?? []) revised.push(...addedClauses(tree, p, revised.length));
      for (const p of adds.after.get(root.id) ?? []) revised.push(...addedClauses(tree, p, revised.length));
    }
  }
  return revised;
}

function lastDescendants(tree: ClauseTree): Map<string, string> {
  const last = new Map<string, string>();
  for (const clause of [...tree.clauses].reverse()) {
    const children = tree.children.get(clause.id) ?? [];
    last.set(clause.id, children.length > 0 ? last.get(children.at(-1)!.id)! : clause.id);
  }
  return last;
}

function revisedClause(clause: Clause, edits: readonly PlannedEdit[], removedBy: PlannedEdit | undefined): RevisedClause {
  const marker = clause.marker?.raw ?? '';
  const changes: AttributedChange[] = [];
  for (const p of edits) {
    if (p.edit.op === 'replace-all') {
      for (const change of p.spread!.find((s) => s.clause.id === clause.id)!.changes) changes.push({ ...change, entries: [p.ref.entry] });
    } else if (p.change && !isUnitEdit(p.edit)) {
      changes.push({ ...p.change, entries: [p.ref.entry] });
    }
  }
  // All unit edits on one list compose into one change.
  for (const role of ['lead', 'responsible'] as UnitRole[]) {
    const group = edits.filter((p) => isUnitEdit(p.edit) && roleOf(p.edit) === role);
    if (group.length === 0) continue;
    const list = group.map((p) => p.edit as UnitEdit);
    changes.push({ ...unitChange(clause, list.at(-1)!, list.slice(0, -1)), entries: [...new Set(group.map((p) => p.ref.entry))] });
  }
  const removed = removedBy !== undefined;
  return {
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
}

/** The applied changes in the text, status and entries, once every pass has added its changes. */
function finish(clause: RevisedClause): void {
  if (clause.status === 'removed' || clause.status === 'added') return;
  clause.changes.sort((a, b) => a.start - b.start || a.end - b.end);
  clause.textAfter = applyChanges(clause.textBefore, clause.changes);
  clause.status = clause.textAfter !== clause.textBefore ? 'changed' : 'unchanged';
  clause.entries = [...new Set(clause.changes.flatMap((c) => c.entries))];
}

/** A new clause (and the paragraphs under it, when its text has several) from an add-clause edit. */
function addedClauses(tree: ClauseTree, p: PlannedEdit, position: number): RevisedClause[] {
  if (p.edit.op !== 'add-clause') return [];
  const anchor = p.clause!;
  const inside = p.edit.position === 'inside';
  const [first = '', ...rest] = paragraphsOf(p.edit.text);
  const own = readMarker(first);
  const siblingMarker = inside ? childStyle(tree, anchor) : anchor.marker?.value != null ? anchor.marker : null;
  // The number is the build's to give: a number written in the style it joins is dropped.
  let basis: Marker | undefined;
  let text = first;
  if (siblingMarker && (!own || own.style === siblingMarker.style)) {
    basis = siblingMarker;
    if (own) text = first.slice(own.raw.length);
  } else if (own && own.value !== null) {
    basis = own;
    text = first.slice(own.raw.length);
  }
  const id = `${anchor.id}+${p.ref.entry}.${p.ref.index}@${position}`;
  const clause: RevisedClause = {
    id,
    heading: inside ? null : anchor.heading,
    level: inside ? anchor.level + 1 : anchor.level,
    parent: inside ? anchor.id : anchor.parent,
    markerBefore: '',
    markerAfter: basis?.raw ?? '',
    valueAfter: basis?.value ?? null,
    textBefore: '',
    textAfter: text,
    changes: [],
    status: 'added',
    renumbered: false,
    entries: [p.ref.entry],
    movedBy: [],
    sequenceOf: anchor,
  };
  if (basis) clause.basis = basis;
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
  if (p.edit.op !== 'rewrite') return [];
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
  return subParagraphs(root, paragraphsOf(p.edit.text).slice(1), p, clause.marker === null && clause.heading === null && clause.parent !== null);
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
    return {
      id,
      heading: null,
      level,
      parent,
      markerBefore: '',
      markerAfter: c.marker?.raw ?? '',
      valueAfter: c.marker?.value ?? null,
      textBefore: '',
      textAfter: c.text,
      changes: [],
      status: 'added',
      renumbered: false,
      entries: [p.ref.entry],
      movedBy: [],
    };
  });
}

/**
 * Numbers shift by the clauses added and removed before them in their
 * sequence: siblings under one parent, or, for styles that run on across
 * parents (articles across chapters, the seed's items 1–24), the whole run.
 * Where nothing was added or removed, numbers stay as the author wrote them,
 * oddities included; a list that starts again at 1 is a new sequence.
 */
function renumber(clauses: RevisedClause[], continuous: readonly ContinuousNumbering[], articles: boolean): void {
  const runsOn = new Set(continuous.map((c) => `${c.style}@${c.level}`));
  const sequences = new Map<string, { shift: number; last: number; lastWritten: number; causes: Set<string> }>();
  for (const clause of clauses) {
    const marker = clause.original?.marker ?? clause.basis;
    if (!marker || marker.value === null || (clause.status === 'added' && !clause.basis)) continue;
    const key =
      articles && marker.style === ARTICLE_STYLE
        ? 'run:articles'
        : runsOn.has(`${marker.style}@${clause.level}`)
          ? `run:${marker.style}@${clause.level}`
          : `in:${clause.parent ?? ''}`;
    let sequence = sequences.get(key);
    const written = clause.original?.marker?.value ?? null;
    if (!sequence || (written !== null && written <= sequence.lastWritten)) {
      sequence = { shift: 0, last: marker.value - 1, lastWritten: -Infinity, causes: new Set() };
      sequences.set(key, sequence);
    }
    if (written !== null) sequence.lastWritten = written;
    if (clause.status === 'removed') {
      sequence.shift--;
      clause.entries.forEach((e) => sequence.causes.add(e));
      continue;
    }
    let value: number;
    if (clause.status === 'added') {
      value = sequence.last + 1;
      sequence.shift++;
      clause.entries.forEach((e) => sequence.causes.add(e));
    } else {
      value = marker.value + sequence.shift;
    }
    sequence.last = value;
    clause.valueAfter = value;
    if (value !== marker.value || clause.status === 'added') {
      clause.markerAfter = withNumeral(marker, value);
      if (clause.status !== 'added') {
        clause.renumbered = true;
        clause.movedBy = [...sequence.causes];
      }
    }
  }
}

/** A statute numbers its articles on through every 编, 章 and 节, at whatever depth they stand. */
function articlesRunOn(clauses: readonly Clause[]): boolean {
  const values = clauses.filter((c) => c.marker?.style === ARTICLE_STYLE).map((c) => c.marker!.value!);
  return values.length > 1 && values.every((v, i) => i === 0 || v > values[i - 1]!);
}

/** Each 款's number in its article, before and after; a 款 that moves records the entries that moved it. */
function numberParagraphs(clauses: RevisedClause[]): void {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const counters = new Map<string, { before: number; after: number; causes: Set<string> }>();
  for (const clause of clauses) {
    if (clause.heading !== null || clause.parent === null) continue;
    const parent = byId.get(clause.parent);
    const numbered = clause.original ? clause.original.marker !== null : clause.markerAfter !== '';
    const inArticle = (parent?.original?.marker ?? parent?.basis)?.style === ARTICLE_STYLE;
    if (numbered || !inArticle) continue;
    const counter = counters.get(clause.parent) ?? { before: 1, after: 1, causes: new Set<string>() };
    counters.set(clause.parent, counter);
    if (clause.original) clause.paragraphBefore = ++counter.before;
    if (clause.status === 'removed' || clause.status === 'added') {
      clause.entries.forEach((e) => counter.causes.add(e));
      if (clause.status === 'removed') continue;
    }
    clause.paragraphAfter = ++counter.after;
    if (clause.original && clause.paragraphAfter !== clause.paragraphBefore) clause.movedBy = [...counter.causes];
  }
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

export function withNumeral(marker: Pick<Marker, 'raw' | 'numeralStart' | 'numeralEnd' | 'kind'>, value: number): string {
  const numeral = formatNumeral(marker.kind, value);
  return marker.raw.slice(0, marker.numeralStart) + numeral + marker.raw.slice(marker.numeralEnd);
}

export function formatNumeral(kind: Marker['kind'], value: number): string {
  switch (kind) {
    case 'chinese':
      return chineseNumeral(value);
    case 'roman-lower':
    case 'roman-upper':
      return romanNumeral(value, kind === 'roman-upper');
    case 'letter-lower':
    case 'letter-upper':
      return letterNumeral(value, kind === 'letter-upper');
    case 'circled':
      return circledNumeral(value);
    default:
      return String(value);
  }
}
