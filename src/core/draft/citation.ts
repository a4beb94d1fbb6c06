// The name a clerk gives a unit in full: 第十七条第二款, 第十九条第（七）项,
// 第二十条第二款第（一）项, 四、（五）19., section 3(a)(2). Used by the
// comparison table, messages and the references that the build rewrites.
import type { Clause } from './clause.js';
import { ARTICLE_STYLE } from './hierarchy.js';
import type { Marker } from './numbering.js';
import { chineseNumeral } from './numerals.js';
import { paragraphAt, titleOnly, treeParagraphs } from './paragraphs.js';

/** What naming needs of a clause, so that revised clauses (not parsed yet) can be named too. */
export interface Citable {
  id: string;
  parent: string | null;
  heading: number | null;
  marker: Pick<Marker, 'style' | 'raw' | 'number' | 'value'> | null;
  title: string;
  /** The text without its number: a list's lines are told from 款 by it (paragraphs.ts). */
  text: string;
}

export interface CitableTree {
  byId: ReadonlyMap<string, Citable>;
  children: ReadonlyMap<string | null, readonly Citable[]>;
}

export function citableTree(units: readonly Citable[]): CitableTree {
  const children = new Map<string | null, Citable[]>();
  for (const unit of units) {
    const list = children.get(unit.parent);
    if (list) list.push(unit);
    else children.set(unit.parent, [unit]);
  }
  return { byId: new Map(units.map((u) => [u.id, u])), children };
}

export function citableClauses(clauses: readonly Clause[]): CitableTree {
  return citableTree(clauses);
}

const ENGLISH_SECTION = /^(SEC\.|Sec\.|SECTION|Section|§)/u;
const CJK = /[\u3400-\u9fff]/u;

/** The name messages give a clause: its citation, else its number as written, else its ID (a note names it so, and `feedback edit` finds the note by it). */
export function clauseName(tree: CitableTree, clause: Clause): string {
  return cite(tree, clause.id) || clause.number || clause.id;
}

/** The unit's full name, from its article (or its outermost numbered ancestor) down. */
export function cite(tree: CitableTree, id: string): string {
  const chain: Citable[] = [];
  for (let unit = tree.byId.get(id); unit; unit = unit.parent === null ? undefined : tree.byId.get(unit.parent)) {
    chain.unshift(unit);
    if (unit.marker?.style === ARTICLE_STYLE) break;
  }
  const top = chain.findIndex((u) => u.marker?.style === ARTICLE_STYLE);
  if (top >= 0) return statuteName(tree, chain.slice(top));
  const last = chain.at(-1);
  if (!last) return id;
  if (chain.some((u) => u.marker && ENGLISH_SECTION.test(u.marker.raw))) return englishName(tree, chain);
  return outlineName(tree, chain);
}

/**
 * 第十九条第（七）项: 款 by ordinal, 项 and 目 by their numbers; the first 款
 * is named before its items only where the article has more 款
 * (第一百三十三条之一第一款第（二）项, as statutes cite them). A line of a
 * list is named as the 款 it is a line of (宪法第六十五条's 委员长，: 第六十五条第一款).
 */
function statuteName(tree: CitableTree, chain: readonly Citable[]): string {
  let name = chain[0]!.marker!.number.replace(/\*\*/g, '');
  const paragraphed = hasParagraphs(tree, chain[0]!);
  for (const [i, unit] of chain.slice(1).entries()) {
    const paragraph = paragraphOrdinal(tree, unit);
    if (paragraph !== null) {
      if (paragraph > 1 || paragraphed) name += `第${chineseNumeral(paragraph)}款`;
      continue;
    }
    // An item of the first 款.
    if (i === 0 && paragraphed) name += '第一款';
    if (unit.marker?.style === '（一）') name += `第（${chineseNumeral(unit.marker.value ?? 0)}）项`;
    else if (unit.marker && unit.marker.value !== null) name += `第${unit.marker.value}目`;
  }
  return name;
}

/** 四、（五）19.: the numbers as written, from the outermost. */
function outlineName(tree: CitableTree, chain: readonly Citable[]): string {
  const numbered = chain.filter((u) => u.marker && u.marker.raw.trim() !== '');
  const last = chain.at(-1)!;
  // A decimal number holds its parents' already (1.2.1 under 1.2 under 1): it is named alone, not 11.21.2.1.
  let name = '';
  numbered.forEach((u, i) => {
    const raw = u.marker!.raw.trim();
    name = i > 0 && raw.startsWith(`${numbered[i - 1]!.marker!.number}.`) ? raw : name + raw;
  });
  if (!last.marker && last.heading === null && last.parent !== null) {
    const parent = tree.byId.get(last.parent);
    // Under a heading (序言, a chapter's title, a numbered title line) the first paragraph is 第一段; under a numbered paragraph, its own text is.
    const heading = parent?.heading != null;
    const n = paragraphIndex(tree, last) + (heading || (parent !== undefined && titleOnly(parent)) ? 1 : 2);
    const within = name || (heading ? parent!.title : '');
    // A rule's "SUMMARY:" or "I. Background" is English: its paragraphs are named so. A number alone (2.1) says
    // nothing of the language: the paragraph's words do.
    if (CJK.test(within) || within === '' || (!/[A-Za-z]/u.test(within) && CJK.test(last.text))) return `${within}第${chineseNumeral(n)}段`;
    return `${within.replace(/[.:：]$/u, '')}, paragraph ${n}`;
  }
  return name || last.title || documentParagraph(tree, last) || last.id;
}

/** A paragraph of the document itself, outside every numbered unit and heading (a preamble, a closing word): 第一段, paragraph 1. */
function documentParagraph(tree: CitableTree, unit: Citable): string {
  if (unit.parent !== null || unit.marker || unit.heading !== null) return '';
  const n = (tree.children.get(null) ?? []).filter((u) => !u.marker && u.heading === null).indexOf(unit) + 1;
  if (n === 0) return '';
  return CJK.test(unit.text) ? `第${chineseNumeral(n)}段` : `paragraph ${n}`;
}

/** section 3(a)(2). */
function englishName(tree: CitableTree, chain: readonly Citable[]): string {
  const start = chain.findIndex((u) => u.marker && ENGLISH_SECTION.test(u.marker.raw));
  const section = chain[start]!;
  // A regulation's section is cited by its sign (§ 583.345), a bill's by the word.
  const sign = section.marker!.raw.trimStart().startsWith('§') ? '§' : 'section';
  let name = `${sign} ${section.marker!.number.replace(ENGLISH_SECTION, '').trim()}`;
  for (const unit of chain.slice(start + 1)) {
    if (unit.marker) name += unit.marker.number;
    else if (unit.parent !== null) {
      // Under a section that is its heading alone (§ 583.115 What definitions do I need to know?), the first paragraph is the first.
      const parent = tree.byId.get(unit.parent);
      name += ` (paragraph ${paragraphIndex(tree, unit) + (parent && titleOnly(parent) ? 1 : 2)})`;
    }
  }
  return name;
}

/** An article with 款 after its first. */
function hasParagraphs(tree: CitableTree, article: Citable): boolean {
  return treeParagraphs(tree, article).length > 1;
}

/** Which paragraph of its parent a unit is, the parent's own being the first (a list's line: its 款's); null for a numbered unit or a heading. */
function paragraphOrdinal(tree: CitableTree, unit: Citable): number | null {
  if (unit.marker || unit.heading !== null || unit.parent === null) return null;
  const parent = tree.byId.get(unit.parent);
  if (!parent) return null;
  const at = paragraphAt(treeParagraphs(tree, parent), unit);
  return at === -1 ? null : at + 1;
}

/** Where an unnumbered paragraph stands among its parent's paragraphs after the parent's own (0 for the first). */
function paragraphIndex(tree: CitableTree, unit: Citable): number {
  return (paragraphOrdinal(tree, unit) ?? 1) - 2;
}
