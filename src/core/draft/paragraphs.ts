// The 款 of an article: its own text first, then its unnumbered paragraphs,
// except the lines of a list printed one per paragraph. 宪法第六十五条 opens
// "由下列人员组成：" and prints 委员长，副委员长若干人，秘书长，委员若干人。
// on lines of their own: they are its first 款, not four more, so that its
// 第四款 is the one the 2018 amendment cites. Locating, naming, renumbering
// and cross-references all count 款 here, on a clause or on a revised one.
import { ARTICLE_STYLE } from './hierarchy.js';

/** What counting 款 reads of a unit: whether it is numbered or a heading, and its text without its number. */
export interface ParagraphUnit {
  marker: { style: string } | null;
  heading: number | null;
  text: string;
}

/** A 款 (or a paragraph of a unit that is not an article) and the lines of the list it opens. */
export interface Paragraph<T> {
  head: T;
  lines: T[];
}

const OPENS_LIST = /[：:]\s*$/u;
/** 。！？, a closing quote after it allowed: the list's last line. */
const ENDS_SENTENCE = /[。！？][”’」』]?\s*$/u;

/**
 * The unit's paragraphs, the unit itself first, each with its list lines: in
 * an article, the unnumbered paragraphs after one that ends with a colon, up
 * to and including the first that ends a sentence (lineByRule). Numbered items answer a
 * colon instead, whether they follow it (the article's own 项) or stand
 * below it (a later 款's): they end the list, or there is none. Elsewhere
 * (序言's paragraphs, an item's) there are no lines: every unnumbered
 * paragraph counts, as it always has. `known` gives a child's part where it
 * is settled whatever stands before it (in a revision, as it was before: a 款
 * stays one when the items that answered the colon are removed, a list's line
 * stays a line when the line before it is).
 */
export function paragraphsIn<T extends ParagraphUnit>(unit: T, childrenOf: (unit: T) => readonly T[], known?: (child: T) => 'paragraph' | 'line' | undefined): Array<Paragraph<T>> {
  const article = unit.marker?.style === ARTICLE_STYLE;
  const opens = (u: T) => article && OPENS_LIST.test(u.text) && !childrenOf(u).some((c) => c.marker !== null);
  const paragraphs: Array<Paragraph<T>> = [{ head: unit, lines: [] }];
  let open = opens(unit);
  for (const child of childrenOf(unit)) {
    if (child.marker !== null || child.heading !== null) {
      open = false;
    } else if (open && (known?.(child) ?? lineByRule(child.text, paragraphs.at(-1)!.lines.length)) === 'line') {
      paragraphs.at(-1)!.lines.push(child);
      open = !ENDS_SENTENCE.test(child.text);
    } else {
      paragraphs.push({ head: child, lines: [] });
      open = opens(child);
    }
  }
  return paragraphs;
}

/**
 * Whether a paragraph after an open colon is one of its lines: not if it opens
 * a list of its own (a colon), nor if it is one whole sentence right after the
 * colon (a list has two lines at least).
 */
function lineByRule(text: string, linesBefore: number): 'line' | 'paragraph' {
  if (OPENS_LIST.test(text)) return 'paragraph';
  return linesBefore > 0 || !ENDS_SENTENCE.test(text) ? 'line' : 'paragraph';
}

/** Where a child stands among the paragraphs (0 for the unit's own): a line, where the paragraph it belongs to does; -1 if in none. */
export function paragraphAt<T>(paragraphs: ReadonlyArray<Paragraph<T>>, child: T): number {
  return paragraphs.findIndex((p) => p.head === child || p.lines.includes(child));
}

/** Any mark that ends or splits a sentence: a title has none. */
const SENTENCE_MARK = /[。；;，,：:！？!?]/u;
const MAX_TITLE_LINE = 40;
const HAN = /[\u3400-\u9fff]/u;

/**
 * A numbered unit whose text is only a Chinese title (2.1 国家粮食应急工作指挥部,
 * 4.4 应急终止): a heading in all but markup, so it holds no paragraph of its
 * own and the paragraphs under it count from the first, as under a heading
 * (2.1第三段 is its third paragraph, not the title and two more). An
 * article's text is its first 款 whatever it says. An English outline's
 * title (Subpart C—Outer Continental Shelf Sand, Gravel, and/or Shell) is no
 * shorter than a sentence, so its length tells nothing; but a bill's or a
 * regulation's section whose text is its heading and no more (SECTION 1.
 * FINDINGS., § 583.115 What definitions do I need to know?) is a title line too.
 */
export function titleOnly(unit: ParagraphUnit & { title: string }): boolean {
  if (unit.marker === null || unit.heading !== null || unit.marker.style === ARTICLE_STYLE) return false;
  if (ENGLISH_SECTIONS.has(unit.marker.style)) return unit.title !== '' && [unit.title, `${unit.title}.`].includes(unit.text.trim());
  const text = unit.text.trim();
  // （二）第二阶段为业务主管部门审查阶段。: one short sentence over paragraphs of its own is a title too.
  const title = text.length <= MAX_TITLE_SENTENCE && text.endsWith('。') ? text.slice(0, -1) : text;
  return HAN.test(title) && !title.includes('\n') && title.length <= MAX_TITLE_LINE && !SENTENCE_MARK.test(title);
}

/** A bill's section (SEC. 1., Sec. 1., SECTION 1.) and a regulation's (§ 583.115). */
const ENGLISH_SECTIONS: ReadonlySet<string> = new Set(['SEC. 1', 'Sec. 1', '§ 1']);

/** A title written as a sentence, with its full stop: short, and with no other mark. */
const MAX_TITLE_SENTENCE = 24;

interface Tree<T> {
  children: ReadonlyMap<string | null, readonly T[]>;
}

const read = new WeakMap<object, Map<unknown, unknown>>();

/**
 * paragraphsIn over a tree of clauses or of citables, read once per unit of a
 * tree: naming and locating ask it of the same articles again and again (a
 * build's comparison table names every changed unit).
 */
export function treeParagraphs<T extends ParagraphUnit & { id: string }>(tree: Tree<T>, unit: T): Array<Paragraph<T>> {
  let byUnit = read.get(tree);
  if (!byUnit) read.set(tree, (byUnit = new Map()));
  let paragraphs = byUnit.get(unit) as Array<Paragraph<T>> | undefined;
  if (!paragraphs) {
    paragraphs = paragraphsIn(unit, (u) => tree.children.get(u.id) ?? []);
    byUnit.set(unit, paragraphs);
  }
  return paragraphs;
}
