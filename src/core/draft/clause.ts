// A clause: the unit that feedback targets. Derived from a block of the draft
// file: its numbering marker, its place in the tree, its lead phrase and units.
import { buildHierarchy } from './hierarchy.js';
import { readMarker, type Marker } from './numbering.js';
import { noUnits, readUnits, type Units } from './units.js';

/** One block of a draft file: a heading or a paragraph (table, list…) with its ID. */
export interface Block {
  id: string | null;
  /** Markdown heading depth (1–6), or null for a paragraph. */
  heading: number | null;
  /** The block's text as written, without the heading's "#"s. */
  source: string;
  /** 1-based line of the block's first line in its file. */
  line: number;
}

export interface Clause {
  id: string;
  /** Display number as cited ("18", "二", "（三）", "第三条"), "" when unnumbered. */
  number: string;
  marker: Marker | null;
  level: number;
  parent: string | null;
  title: string;
  /** The clause's own text, without its number and without its children. */
  text: string;
  units: Units;
  heading: number | null;
  line: number;
  /** Index in document order. */
  index: number;
}

export function clausesOf(blocks: readonly Block[]): Clause[] {
  const markers = blocks.map((block) => readMarker(block.source));
  const tree = buildHierarchy(
    blocks.map((block, i) => ({ heading: block.heading, marker: markers[i]!, introduces: introduces(block.source) })),
  );
  return blocks.map((block, index) => {
    const node = tree[index]!;
    const marker = node.marker;
    const text = marker ? block.source.slice(marker.raw.length) : block.source;
    return {
      id: block.id ?? '',
      number: marker?.number ?? '',
      marker,
      level: node.level,
      parent: node.parent === null ? null : blocks[node.parent]!.id ?? '',
      title: titleOf(text, block.heading !== null, marker !== null),
      text,
      units: readUnits(text)?.units ?? noUnits(),
      heading: block.heading,
      line: block.line,
      index,
    };
  });
}

const MAX_TITLE = 40;
const INTRODUCES = /(如下|修改为|改为|表述为|as follows)[:：]$/u;

/** The block ends by introducing text; the pattern is tried only on a block that ends with a colon. */
function introduces(source: string): boolean {
  return (source.endsWith('：') || source.endsWith(':')) && INTRODUCES.test(source);
}

const CAPTION = /^[(（]([^()（）]{1,20})[)）]/u;
const LEAD_SENTENCE = /^(.+?)(?:[。；;]|\.(?=[\s—–]|$)|$)/u;

/** The lead phrase: a heading's text, a caption "(立法目的)", or a short first sentence. */
function titleOf(text: string, heading: boolean, numbered: boolean): string {
  const body = (text.startsWith('——') ? text.slice(2) : text).trim();
  if (heading) return body.replace(/[。.]$/u, '').trim();
  if (!numbered) return '';
  const caption = CAPTION.exec(body);
  if (caption) return caption[1]!;
  const newline = body.indexOf('\n');
  const sentence = LEAD_SENTENCE.exec(newline === -1 ? body : body.slice(0, newline));
  const lead = sentence?.[1]?.trim() ?? '';
  return lead.length > 0 && lead.length <= MAX_TITLE ? lead : '';
}
