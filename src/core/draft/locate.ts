// Resolving a structural reference to exactly one clause: 第十七条第二款,
// 第十九条第（七）项, 四、（五）19., section 3(a)(2). A reference is a path of
// steps, outermost first; each step is a numbered unit (by numbering style and
// value) or a 款 (an article's N-th paragraph: the article itself is its first).
// Shared by the wording of comments and by cross-references inside the text.
import type { Clause } from './clause.js';
import { ARTICLE_STYLE } from './hierarchy.js';
import { subNumber } from './numbering.js';
import { paragraphAt, titleOnly, treeParagraphs } from './paragraphs.js';
import { addToGroup } from '../text/groups.js';
import { inRegulatoryText } from './regulatory-text.js';

export type Step =
  /**
   * A numbered unit: 第十七条 is {style: '第一条', value: 17}; a missing style matches any numbered unit.
   * § 10.99 is {style: '§ 1', value: 99, cfrPart: 10}: a regulation's section only in its CFR part.
   */
  | { kind: 'number'; value: number; style?: string; sub?: number; cfrPart?: number; decimal?: string }
  /** 款 N of the unit above: 1 is the unit itself, 2 its first unnumbered paragraph, … */
  | { kind: 'paragraph'; value: number };

export type Located =
  | { clause: Clause }
  | { problem: 'not-found' | 'ambiguous'; message: string; candidates: Clause[] };

/** An index of the tree, built once per draft and reused for every reference. */
export interface ClauseTree {
  clauses: readonly Clause[];
  children: Map<string | null, Clause[]>;
  byId: Map<string, Clause>;
}

export function clauseTree(clauses: readonly Clause[]): ClauseTree {
  const children = new Map<string | null, Clause[]>();
  for (const clause of clauses) {
    const list = children.get(clause.parent);
    if (list) list.push(clause);
    else children.set(clause.parent, [clause]);
  }
  return { clauses, children, byId: new Map(clauses.map((c) => [c.id, c])) };
}

/** Finds the one clause a path of steps names, searching the whole draft for the first step, or inside `within`. */
export function locate(tree: ClauseTree, steps: readonly Step[], within?: Clause): Located {
  let current: Clause | undefined = within;
  for (const [i, step] of steps.entries()) {
    // After a 款 step, a 项 is one of that 款's own: 第二十条第一款第（三）项 is never 款 2's.
    const onlyDirect = steps[i - 1]?.kind === 'paragraph';
    const found: Located =
      step.kind === 'paragraph' ? paragraphOf(tree, current, step.value) : numbered(tree, current, step, i === 0 && !within, onlyDirect);
    if (!('clause' in found)) return found;
    current = found.clause;
  }
  if (!current) return { problem: 'not-found', message: 'an empty reference', candidates: [] };
  return { clause: current };
}

function describe(step: Step): string {
  return step.kind === 'paragraph' ? `款 ${step.value}` : `${step.style ?? 'unit'} ${step.value}${step.sub ? `之${step.sub}` : ''}`;
}

function numbered(tree: ClauseTree, scope: Clause | undefined, step: Extract<Step, { kind: 'number' }>, anywhere: boolean, onlyDirect = false): Located {
  // 第十七条 is never 第十七条之一, nor 第十七条之一 第十七条.
  const matches = (c: Clause) =>
    c.marker !== null &&
    c.marker.value === step.value &&
    (step.style === undefined || c.marker.style === step.style) &&
    (step.style !== ARTICLE_STYLE || (subNumber(c.marker.raw) ?? 0) === (step.sub ?? 0)) &&
    (step.decimal === undefined || c.number.replace(/．/gu, '.') === step.decimal) &&
    inCfrPart(c, step);
  if (anywhere || !scope) return one(mainSequence(tree, (indexOf(tree).byValue.get(step.value) ?? []).filter(matches)), step);
  return one(below(tree, scope, matches, onlyDirect), step);
}

/** What a search over the whole draft reads, worked out once per tree (a tree is never changed once made). */
interface TreeIndex {
  /** Numbered clauses by their number's value, in document order. */
  byValue: Map<number | null, Clause[]>;
  /** How many clauses each numbering sequence holds (mainSequence's key). */
  sequenceSizes: Map<string, number>;
}

// A comment quoting a whole law names thousands of 第X条: one scan of the draft each made
// resolving a 1 MB comment quadratic (issue 17's bench: 1 MB imported in 2.5 s).
const indexes = new WeakMap<ClauseTree, TreeIndex>();

function indexOf(tree: ClauseTree): TreeIndex {
  let index = indexes.get(tree);
  if (index) return index;
  index = { byValue: new Map(), sequenceSizes: new Map() };
  for (const c of tree.clauses) {
    if (!c.marker) continue;
    addToGroup(index.byValue, c.marker.value, c);
    const key = sequenceKey(c);
    index.sequenceSizes.set(key, (index.sequenceSizes.get(key) ?? 0) + 1);
  }
  indexes.set(tree, index);
  return index;
}

/** Articles are one sequence at any depth (under 章 or under 节); other styles, one per level. */
function sequenceKey(c: Clause): string {
  return c.marker!.style === ARTICLE_STYLE ? c.marker!.style : `${c.marker!.style}@${c.level}`;
}

/** Direct children first (the items of the first 款), then anywhere below. */
function below(tree: ClauseTree, scope: Clause, matches: (c: Clause) => boolean, onlyDirect: boolean): Clause[] {
  const direct = (tree.children.get(scope.id) ?? []).filter(matches);
  return direct.length > 0 || onlyDirect ? direct : descendants(tree, scope).filter(matches);
}

/**
 * The units a step looked among, whatever their numbers, for a message to say
 * what there is: 第十六条's items for its missing 第（十）项, an article's 款.
 * Over the whole draft, only the articles and sections, one running sequence.
 */
export function unitsLike(tree: ClauseTree, step: Step, within?: Clause): Clause[] {
  if (step.kind === 'paragraph') return within ? [...(within.heading === null && !titleOnly(within) ? [within] : []), ...paragraphsOf(tree, within)] : [];
  const style = step.style;
  if (style === undefined) return [];
  const numbered = (c: Clause) => c.marker !== null && c.marker.value !== null && c.marker.style === style && inCfrPart(c, step);
  if (within) return below(tree, within, numbered, false);
  return RUNNING_STYLES.has(style) ? tree.clauses.filter(numbered) : [];
}

/** A step naming no CFR part matches any clause; one naming a part, a section of that part only (§ 583.120 is part 583's). */
function inCfrPart(clause: Clause, step: Extract<Step, { kind: 'number' }>): boolean {
  if (step.cfrPart === undefined) return true;
  const part = /^§\s*(\d+)\./u.exec(clause.marker?.raw ?? '');
  return part !== null && Number(part[1]) === step.cfrPart;
}

/** Numbered on through the whole draft: articles, sections, and a bill's titles. */
const RUNNING_STYLES = new Set([ARTICLE_STYLE, 'SEC. 1', 'Sec. 1', '§ 1', 'TITLE I', 'Title I']);

/** 款 N: the unit itself for 1, then its unnumbered paragraphs in order; under a heading (序言第七自然段) or a numbered title line (2.1第三段), its paragraphs from the first. */
function paragraphOf(tree: ClauseTree, unit: Clause | undefined, n: number): Located {
  if (!unit) return { problem: 'not-found', message: `款 ${n} of nothing`, candidates: [] };
  const paragraphs = paragraphsOf(tree, unit);
  if (unit.heading !== null || titleOnly(unit)) {
    const found = paragraphs[n - 1];
    const name = unit.heading !== null ? unit.title || unit.id : unit.number || unit.id;
    return found ? { clause: found } : { problem: 'not-found', message: `${name} has ${paragraphs.length} paragraphs, not ${n}`, candidates: [] };
  }
  if (n === 1) return { clause: unit };
  const found = paragraphs[n - 2];
  if (found) return { clause: found };
  return { problem: 'not-found', message: `${unit.number || unit.id} has ${paragraphs.length + 1} 款, not ${n}`, candidates: [] };
}

function one(candidates: readonly Clause[], step: Step): Located {
  if (candidates.length === 1) return { clause: candidates[0]! };
  if (candidates.length === 0) return { problem: 'not-found', message: `no ${describe(step)}`, candidates: [] };
  return { problem: 'ambiguous', message: `${describe(step)} is ${candidates.length} clauses (${candidates.map((c) => c.id).join(', ')})`, candidates: [...candidates] };
}

export function descendants(tree: ClauseTree, root: Clause): Clause[] {
  const out: Clause[] = [];
  const stack = [...(tree.children.get(root.id) ?? [])].reverse();
  while (stack.length > 0) {
    const clause = stack.pop()!;
    out.push(clause);
    stack.push(...[...(tree.children.get(clause.id) ?? [])].reverse());
  }
  return out;
}

/** A draft's longest run of numbered units at one level that numbers on through it (1, 2, 3 … never again 1), or none. */
function runningUnits(tree: ClauseTree): Clause[] {
  const runs = new Map<string, Clause[]>();
  for (const c of tree.clauses) if (c.marker && c.marker.value !== null && c.heading === null) addToGroup(runs, `${c.marker.style}@${c.level}`, c);
  const longest = [...runs.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return longest.length > 1 && longest.every((c, i) => c.marker!.value === i + 1) ? longest : [];
}

/** Among clauses with one number, those of the draft's longest numbering sequence (articles, the running action items). */
function mainSequence(tree: ClauseTree, given: readonly Clause[]): Clause[] {
  if (given.length <= 1) return [...given];
  // A rule's subpart C is its regulatory text's, which holds its sections: not the preamble's heading of
  // its analysis, nor its line in the part's contents (regulatory-text.ts).
  const amended = given.filter((c) => inRegulatoryText(tree.clauses, c));
  if (amended.length > 0 && amended.length < given.length) {
    const sections = amended.filter((c) => descendants(tree, c).some((d) => d.marker?.style === '§ 1'));
    return mainSequence(tree, sections.length > 0 ? sections : amended);
  }
  // A part's heading, not its line in a table of contents (a rule's "I. Background" twice): within one
  // style only (第十条 of a text numbered 一、二、… is its 十、, never its heading 第十章).
  const headingStyles = new Set(given.filter((c) => c.heading !== null).map((c) => c.marker!.style));
  const candidates = given.filter((c) => c.heading !== null || !headingStyles.has(c.marker!.style));
  if (candidates.length === 1) return [...candidates];
  const size = indexOf(tree).sequenceSizes;
  const largest = Math.max(...candidates.map((c) => size.get(sequenceKey(c)) ?? 0));
  return candidates.filter((c) => size.get(sequenceKey(c)) === largest);
}

/** A unit's 款 after the first, in order: its unnumbered, non-heading children, a list's lines aside (paragraphs.ts). */
export function paragraphsOf(tree: ClauseTree, unit: Clause): Clause[] {
  return treeParagraphs(tree, unit).slice(1).map((p) => p.head);
}

/** The 款 an unnumbered child of an article stands in: itself, or for a line of a list, the 款 that opens it (the article for its own). */
export function paragraphHead(tree: ClauseTree, clause: Clause): Clause | undefined {
  const parent = clause.parent === null ? undefined : tree.byId.get(clause.parent);
  if (!parent) return undefined;
  const paragraphs = treeParagraphs(tree, parent);
  return paragraphs[paragraphAt(paragraphs, clause)]?.head;
}

/** The lines of the list a 款 opens (宪法第六十五条's 委员长，…): they go where it goes. None for any other clause, nor for an article, whose lines are its children. */
export function listLines(tree: ClauseTree, clause: Clause): Clause[] {
  const parent = clause.parent === null ? undefined : tree.byId.get(clause.parent);
  if (!parent || clause.marker !== null) return [];
  return treeParagraphs(tree, parent).find((p) => p.head === clause)?.lines ?? [];
}

/** Which 款 of its parent an unnumbered paragraph is (2 for the first paragraph after the unit's own; a list's line, its 款's), or null. */
export function paragraphNumber(tree: ClauseTree, clause: Clause): number | null {
  if (clause.marker !== null || clause.heading !== null || clause.parent === null) return null;
  const parent = tree.byId.get(clause.parent);
  if (!parent) return null;
  const at = paragraphAt(treeParagraphs(tree, parent), clause);
  return at === -1 ? null : at + 1;
}

/** A unit to add: an article, a 款 of an article, or an item (项, or a policy text's numbered item) of a clause. */
export type NewUnit = { kind: 'article'; between?: boolean } | { kind: 'paragraph'; of: Clause } | { kind: 'item'; of: Clause };

export type InsertionPoint = { clause: Clause; position: 'before' | 'after' | 'inside' } | { problem: 'not-found'; message: string };

/**
 * Where an add-clause edit puts a new unit so that it becomes the N-th of its
 * kind (增加一条作为第七条: before the present 第七条), or the last without N;
 * an article `between` numbers (作为第七条之一) goes right after 第七条 and its
 * 之X. A first item added where a 款 has none must carry its number in its text ("（一）…").
 */
export function insertionPoint(tree: ClauseTree, unit: NewUnit, n?: number): InsertionPoint {
  const place = (list: readonly Clause[], last: () => InsertionPoint, what: string): InsertionPoint => {
    if (n === undefined || n === list.length + 1) return last();
    if (n >= 1 && n <= list.length) return { clause: list[n - 1]!, position: 'before' };
    return { problem: 'not-found', message: `there are ${list.length} ${what}; a new one can be 1 to ${list.length + 1}` };
  };
  if (unit.kind === 'article') {
    // The N-th article is 第N条: a 第X条之一 between them counts for none. A bill's are its sections.
    const style = [ARTICLE_STYLE, 'SEC. 1', 'Sec. 1'].find((s) => tree.clauses.some((c) => c.marker?.style === s)) ?? ARTICLE_STYLE;
    const own = tree.clauses.filter((c) => c.marker?.style === style && subNumber(c.marker.raw) === undefined);
    // A text numbered 一、二、… through its chapters (国务院工作规则) has its 第二十条 in its 二十、.
    const articles = own.length > 0 ? own : runningUnits(tree);
    if (articles.length === 0) return { problem: 'not-found', message: 'the draft has no articles' };
    if (unit.between) {
      const base = n === undefined ? undefined : articles[n - 1];
      return base ? { clause: base, position: 'after' } : { problem: 'not-found', message: `there are ${articles.length} articles; a new one goes between two of them` };
    }
    // 作为第八条 where the present 第八条 opens a chapter (or 节): the new one closes the chapter before, after 第七条.
    const present = n === undefined ? undefined : articles[n - 1];
    const before = n === undefined ? undefined : articles[n - 2];
    if (present && before && present.parent !== before.parent) return { clause: before, position: 'after' };
    return place(articles, () => ({ clause: articles.at(-1)!, position: 'after' }), 'articles');
  }
  if (unit.kind === 'paragraph') {
    if (n === 1) return { problem: 'not-found', message: 'a new first 款 rewrites the article’s own text' };
    const later = paragraphsOf(tree, unit.of);
    const list = [unit.of, ...later];
    return place(list, () => ({ clause: unit.of, position: 'inside' }), '款');
  }
  const items = (tree.children.get(unit.of.id) ?? []).filter((c) => c.marker !== null && c.marker.value !== null && c.heading === null);
  const firstParagraph = paragraphsOf(tree, unit.of)[0];
  return place(
    items,
    () =>
      items.length > 0
        ? { clause: items.at(-1)!, position: 'after' }
        : firstParagraph && unit.of.marker?.style === ARTICLE_STYLE
          ? { clause: firstParagraph, position: 'before' }
          : { clause: unit.of, position: 'inside' },
    'items',
  );
}
