// A clause: the unit that feedback targets. Derived from a block of the draft
// file: its numbering marker, its place in the tree, its lead phrase and units.
import { buildHierarchy } from './hierarchy.js';
import { readMarker, type Marker } from './numbering.js';
import { titleOf } from './title.js';
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
  /** 1-based line of its ID line, where it was read from a file with one. */
  idLine?: number;
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
  const closing = closingBlocks(blocks, markers);
  const tree = buildHierarchy(
    blocks.map((block, i) => ({ heading: block.heading, marker: markers[i]!, introduces: introduces(block.source), ...(closing[i] ? { closes: closing[i] } : {}), ...endingOf(block.source) })),
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
      title: titleOf(text, block.heading !== null, marker),
      text,
      units: readUnits(text)?.units ?? noUnits(),
      heading: block.heading,
      line: block.line,
      index,
    };
  });
}

/**
 * Whether every block's number is the marker its own text starts with
 * (readMarker), whatever stands around it: so unless a block introduces
 * quoted text, whose numbers the hierarchy may then read as the quote's.
 */
export function markersStandAlone(blocks: readonly Block[]): boolean {
  return !blocks.some((block) => introduces(block.source));
}

/** An annex line: 附件, 附件1, 附件：三级公立医院绩效考核指标. */
const ANNEX = /^附件\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*(?:[：:].{0,80})?$/u;
/** A date line under a signature: 2019年1月16日, 一九九七年四月八日. */
const DATE = /^[（(]?(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[）)]?$/u;
/** A bill's attestation after its last section: Passed the House of Representatives February 13, 2019. / Attest: KAREN L. HAAS, Clerk. */
const ATTESTATION = /^(?:Passed the (?:House of Representatives|Senate)\b.{0,80}|Attest:.{0,120}|Speaker of the House of Representatives\.?|Vice President of the United States and President of the Senate\.?)$/u;
/** A Federal Register document's back matter after its last section: [FR Doc. 2017–21233 Filed 10–2–17; 8:45 am], BILLING CODE 4310–MR–P. */
const FR_BACK_MATTER = /^(?:\[FR Doc\.?\s[^\]]{1,80}\]|BILLING CODE\b.{0,40})$/u;
/** The first line of a bill's back page after its last section, as a reported bill prints it: Union Calendar No. 2, Calendar No. 12, 116th CONGRESS. */
const BACK_PAGE = /^(?:(?:Union |House )?Calendar No\.\s?\d{1,4}|\d{1,3}(?:st|nd|rd|th|d) CONGRESS)$/u;
/** A paragraph that addresses the readers: 各地区、各部门要…, 各级人民政府应当…, 单位、各部门要…. */
const ADDRESSES = /^[^。；]{0,12}?各(?:地区|地方|地|部门|单位|级|有关部门|有关单位|省|市|区|县|乡镇|街道)[^。；]{0,16}?(?:要|应当|应|务必|必须|须)/u;

/**
 * Blocks that end the numbered structure, so that rewriting or removing the
 * last item never takes them along: an annex line, a signature over a date,
 * a date line, a bill's attestation or back page, a Federal Register document's back matter ('line'); and a closing paragraph after the last item of a
 * document that addresses its readers, where no numbered block or heading
 * follows ('paragraph', a 款 where it stands in an article).
 */
function closingBlocks(blocks: readonly Block[], markers: readonly (Marker | null)[]): Array<'line' | 'paragraph' | undefined> {
  const out: Array<'line' | 'paragraph' | undefined> = blocks.map(() => undefined);
  const line = (i: number) => {
    const text = blocks[i]?.source.trim() ?? '';
    return blocks[i]?.heading === null && markers[i] === null && (ANNEX.test(text) || DATE.test(text) || ATTESTATION.test(text) || FR_BACK_MATTER.test(text));
  };
  let structureAfter = false;
  const firstNumbered = markers.findIndex((m, i) => m !== null && m.value !== null && blocks[i]!.heading === null);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const text = block.source.trim();
    if (line(i)) {
      out[i] = 'line';
      structureAfter = false;
    } else if (block.heading === null && markers[i] === null && text.length <= 40 && !/[。；，,：:！？!?]/u.test(text) && DATE.test(blocks[i + 1]?.source.trim() ?? '')) {
      out[i] = 'line'; // the signature over the date
    } else if (block.heading !== null || markers[i] !== null) {
      structureAfter = true;
    } else if (!structureAfter && firstNumbered !== -1 && firstNumbered < i && ADDRESSES.test(text)) {
      out[i] = 'paragraph';
    }
  }
  for (let i = backPage(blocks, markers, firstNumbered); i !== -1 && i < blocks.length; i++) out[i] = 'line';
  return out;
}

/**
 * Where a bill's back page starts (Union Calendar No. 2, 116th CONGRESS, the
 * bill's number, JOINT RESOLUTION, its long title, the order to print): the
 * first such line after which nothing to the end is numbered or a heading; -1
 * where there is none. The front page prints the same lines before the sections.
 */
function backPage(blocks: readonly Block[], markers: readonly (Marker | null)[], firstNumbered: number): number {
  if (firstNumbered === -1) return -1;
  let start = -1;
  for (let i = blocks.length - 1; i > firstNumbered && blocks[i]!.heading === null && markers[i] === null; i--) {
    if (BACK_PAGE.test(blocks[i]!.source.trim())) start = i;
  }
  return start;
}

/** A block that opens a list (its last line ends with a colon or an English dash) or ends with a full stop. */
function endingOf(source: string): { ends?: 'opens' | 'stop' } {
  const last = source.trimEnd().at(-1);
  if (last === '：' || last === ':' || last === '—') return { ends: 'opens' };
  return last === '。' || last === '.' ? { ends: 'stop' } : {};
}

/** What a block ends with, before a colon, when the text after it is quoted (see markersStandAlone). */
export const INTRODUCING = ['如下', '修改为', '改为', '表述为', 'as follows'];
const INTRODUCES = new RegExp(`(${INTRODUCING.join('|')})[:：]$`, 'u');

/** The block ends by introducing text; the pattern is tried only on a block that ends with a colon. */
export function introduces(source: string): boolean {
  return (source.endsWith('：') || source.endsWith(':')) && INTRODUCES.test(source);
}
