// Derives the clause tree from headings and numbering styles. Headings nest by
// depth, as Markdown means them; numbered paragraphs nest by style: a style
// seen before closes everything opened after it (a sibling), a new style opens
// a deeper level (a child). Unnumbered paragraphs belong to the clause above,
// except inside a statute's article (第X条): there each one is the article's
// next 款, wherever it stands relative to a list of 项, and the 项 that follow
// it are its own; and after a list that its numbered paragraph opens with a
// colon and its last item closes with a full stop (三十六、…主要任务是： （一）…；
// （三）…。), where the paragraph goes on after the list, not the last item.
import type { Marker } from './numbering.js';

export interface HierarchyInput {
  heading: number | null;
  marker: Marker | null;
  /** The block ends by introducing text ("内容如下：", "修改为：", "as follows:"). */
  introduces?: boolean;
  /** The block ends the numbered structure: an annex, signature or date line, or a closing paragraph (see clause.ts). */
  closes?: 'line' | 'paragraph';
  /** How the block's text ends: opening a list (：, :, —) or with a full stop (。). */
  ends?: 'opens' | 'stop';
}

export interface HierarchyNode {
  parent: number | null;
  level: number;
  /** The marker reading chosen where the numeral was ambiguous ("(i)"). */
  marker: Marker | null;
}

interface Open {
  index: number;
  heading: number | null;
  styles: Set<string>;
  lastValue: number | null;
  /** The rank of the division this level opened (编, 章, TITLE …), if it is one. */
  rank?: number;
}

/**
 * Divisions above articles and sections, outermost first: one that starts
 * where no level of its style is open closes the articles, sections and
 * items above it (a bill's TITLE I after its sections 1–3), never nesting
 * under them.
 */
const DIVISIONS: Record<string, number> = {
  第一编: 1, 第一分编: 2, 第一章: 3, 第一节: 4,
  DIVISION: 1, TITLE: 2, SUBTITLE: 3, CHAPTER: 4, SUBCHAPTER: 5, PART: 6, SUBPART: 7,
};

// Worked out once per style: a draft asks for every numbered block.
const ranks = new Map<string, number | undefined>();

function rankOf(style: string): number | undefined {
  if (!ranks.has(style)) ranks.set(style, DIVISIONS[style] ?? DIVISIONS[style.split(' ')[0]!.toUpperCase()]);
  return ranks.get(style);
}

/** Whether numbers of this style divide a text (编, 章, 节, TITLE …) rather than number its paragraphs. */
export function isDivisionStyle(style: string): boolean {
  return rankOf(style) !== undefined;
}

/** The numbering style of articles, whose unnumbered paragraphs are 款. */
export const ARTICLE_STYLE = '第一条';

export function buildHierarchy(blocks: readonly HierarchyInput[]): HierarchyNode[] {
  const stack: Open[] = [];
  const nodes: HierarchyNode[] = [];
  const levelOf = (parent: number | null) => (parent === null ? 1 : nodes[parent]!.level + 1);
  // Inside text that a clause introduces, numbers belong to the quoted text
  // (an amendment inserting "第一百二十三条…"), unless they continue the count.
  let quoting = false;

  blocks.forEach((block, index) => {
    if (block.heading !== null) quoting = false;
    if (quoting && block.marker !== null) {
      const placed = placeMarker(stack, block.marker);
      const open = placed.at >= 0 ? stack[placed.at]! : undefined;
      // A new list (starting at 1) under the introduction is structure too.
      const continues = open !== undefined ? follows(open, placed.marker) : placed.marker.value === 1;
      if (continues && open !== undefined) quoting = false;
      if (!continues) block = { ...block, marker: null };
    }
    if (block.introduces) quoting = true;
    if (block.heading !== null) {
      while (stack.length > 0 && (stack.at(-1)!.heading === null || stack.at(-1)!.heading! >= block.heading)) stack.pop();
      const parent = stack.at(-1)?.index ?? null;
      nodes.push({ parent, level: levelOf(parent), marker: block.marker });
      stack.push({ index, heading: block.heading, styles: new Set(), lastValue: block.marker?.value ?? null });
      return;
    }
    if (block.marker === null) {
      const article = findOpen(stack, paragraphFloor(stack), (open) => nodes[open.index]!.marker?.style === ARTICLE_STYLE);
      if (block.closes === 'line' || (block.closes === 'paragraph' && article < 0)) {
        // At the level of the sections: every numbered level closes, and numbered headings with them.
        while (stack.length > 0 && (stack.at(-1)!.heading === null || nodes[stack.at(-1)!.index]!.marker !== null)) stack.pop();
        quoting = false;
        const parent = stack.at(-1)?.index ?? null;
        nodes.push({ parent, level: levelOf(parent), marker: null });
        return;
      }
      if (article >= 0) {
        // A 款: a child of its article that the following 项 belong to.
        stack.length = article + 1;
        const parent = stack[article]!.index;
        nodes.push({ parent, level: levelOf(parent), marker: null });
        stack.push({ index, heading: null, styles: new Set(), lastValue: null });
        return;
      }
      const closed = closedList(stack, blocks, nodes);
      if (closed >= 0) stack.length = closed + 1;
      const parent = stack.at(-1)?.index ?? null;
      nodes.push({ parent, level: levelOf(parent), marker: null });
      return;
    }
    const { marker, at, division } = placeMarker(stack, block.marker);
    // A division closes the styles of the level it joins that rank below it (sections 1–3 before TITLE I).
    const styles = at < 0 ? new Set<string>() : division ? divisionsOf(stack[at]?.styles, division) : stack[at]!.styles;
    styles.add(marker.style);
    if (at >= 0) stack.length = at;
    const parent = stack.at(-1)?.index ?? null;
    nodes.push({ parent, level: levelOf(parent), marker });
    const rank = rankOf(marker.style);
    stack.push({ index, heading: null, styles, lastValue: marker.value, ...(rank !== undefined ? { rank } : {}) });
  });
  return nodes;
}

/**
 * Where an unnumbered paragraph goes on after a list rather than in its last
 * item: the open numbered paragraph that opened the list with a colon, when
 * the innermost open level is a numbered item ending with a full stop (-1: none).
 */
function closedList(stack: readonly Open[], blocks: readonly HierarchyInput[], nodes: readonly HierarchyNode[]): number {
  const item = stack.length - 1;
  const owner = item - 1;
  if (owner < paragraphFloor(stack as Open[])) return -1;
  const [last, opener] = [stack[item]!.index, stack[owner]!.index];
  const numbered = (i: number) => nodes[i]!.marker !== null && blocks[i]!.heading === null;
  return numbered(last) && numbered(opener) && blocks[last]!.ends === 'stop' && blocks[opener]!.ends === 'opens' && nodes[last]!.parent === opener ? owner : -1;
}

/** Finds the open level this marker continues (-1: it opens a new one). */
function placeMarker(stack: Open[], marker: Marker): { marker: Marker; at: number; division?: number } {
  const floor = paragraphFloor(stack);
  const readings = marker.alternative ? [marker, marker.alternative] : [marker];
  // A reading whose style is open and whose value follows on wins: "(i)" after "(h)" is a letter.
  for (const reading of readings) {
    const at = findOpen(stack, floor, (open) => open.styles.has(reading.style));
    if (at >= 0 && (readings.length === 1 || follows(stack[at]!, reading))) return { marker: reading, at };
  }
  // "(i)" after "(c)": a new roman list starting at one, rather than a letter that does not follow on.
  const opening = readings.length > 1 ? readings.find((r) => r.value === 1 && findOpen(stack, floor, (open) => open.styles.has(r.style)) < 0) : undefined;
  for (const reading of opening ? [] : readings) {
    const at = findOpen(stack, floor, (open) => open.styles.has(reading.style));
    if (at >= 0) return { marker: reading, at };
  }
  // Ambiguous and nothing open: a new roman level starts at i, a new letter level at a.
  const fresh = readings.find((r) => r.value === 1) ?? marker;
  const rank = rankOf(fresh.style);
  if (rank !== undefined) {
    // A division goes under the nearest open division above it in rank, or at the top.
    for (let i = stack.length - 1; i >= floor; i--) if (stack[i]!.rank !== undefined && stack[i]!.rank! < rank) return { marker: fresh, at: i + 1, division: rank };
    return { marker: fresh, at: floor, division: rank };
  }
  // A new style that does not start at 1 usually continues a level whose next
  // number it is, written in another style (a draft going "1、 2、 (三)").
  if (fresh.value !== null && fresh.value > 1) {
    const at = findOpen(stack, floor, (open) => follows(open, fresh));
    if (at >= 0) return { marker: fresh, at };
  }
  return { marker: fresh, at: -1 };
}

function divisionsOf(styles: Set<string> | undefined, rank: number): Set<string> {
  return new Set([...(styles ?? [])].filter((s) => (rankOf(s) ?? Infinity) <= rank));
}

function follows(open: Open, marker: Marker): boolean {
  return open.lastValue !== null && marker.value === open.lastValue + 1;
}

/** Index of the first paragraph level above the innermost heading. */
function paragraphFloor(stack: Open[]): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.heading !== null) return i + 1;
  return 0;
}

function findOpen(stack: Open[], floor: number, test: (open: Open) => boolean): number {
  for (let i = stack.length - 1; i >= floor; i--) if (test(stack[i]!)) return i;
  return -1;
}
