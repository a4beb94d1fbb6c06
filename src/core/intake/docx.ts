// A Word document read as a reader sees it: paragraphs in order, with the
// numbers Word generates from list styles written out as text, and tables as
// grids whose merged cells (gridSpan across, vMerge down) are resolved.
// Deleted revisions, hidden text and field instructions are not text: tracked
// changes are read as if accepted, and counted, so that the shell can say so.
import type { Element, Node } from '@xmldom/xmldom';
import { InputError, problem, type Problem } from '../problem.js';
import { Numbering } from './docx-numbering.js';
import { attribute, child, children, isOn, isWord, numberAttribute, parsePart, readPackage } from './ooxml.js';

export interface DocxParagraph {
  kind: 'paragraph';
  /** The generated number ("3. ", "第一章 ") and the text; soft line breaks kept as "\n". */
  text: string;
}

export interface DocxTable {
  kind: 'table';
  /** One string per grid column; a merged cell's text in every row it spans, in the first column it spans. */
  rows: string[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

/** A tracked change Word has not had accepted or rejected: read as accepted (an insertion's text kept, a deletion's left out). */
export interface TrackedChange {
  kind: 'insertion' | 'deletion';
  text: string;
  /** Where: the article its paragraph belongs to (第六条), else the paragraph's opening words. */
  place: string;
}

export interface WordDocument {
  blocks: DocxBlock[];
  tracked: TrackedChange[];
}

/** 第六条, 第二十条之一 at a paragraph's start (after Word's own list number, if any). */
const ARTICLE = /^\s*(第[零〇一二三四五六七八九十百千0-9０-９]+条(?:之[一二三四五六七八九十]+)?)/u;

interface StyleNumbering {
  numId?: string;
  level?: number;
  basedOn?: string;
}

class Reader {
  readonly tracked: TrackedChange[] = [];
  /** The article the body's paragraphs are in, for the place of a tracked change (none inside a table). */
  private article: string | undefined;
  private tableDepth = 0;

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: ReadonlyMap<string, StyleNumbering>,
  ) {}

  blocks(container: Element): DocxBlock[] {
    const out: DocxBlock[] = [];
    for (let node = container.firstChild; node; node = node.nextSibling) {
      if (isWord(node, 'p')) out.push({ kind: 'paragraph', text: this.paragraph(node) });
      else if (isWord(node, 'tbl')) {
        this.tableDepth++;
        out.push({ kind: 'table', rows: this.table(node) });
        this.tableDepth--;
      }
      else if (isWord(node, 'sdt')) out.push(...this.blocks(child(node, 'sdtContent') ?? node));
      else if (isWord(node, 'customXml')) out.push(...this.blocks(node));
    }
    return out;
  }

  private paragraph(p: Element): string {
    const properties = child(p, 'pPr');
    let text = '';
    const changes: Array<Omit<TrackedChange, 'place'>> = [];
    const walk = (node: Node): void => {
      for (let n = node.firstChild; n; n = n.nextSibling) {
        if (!isWord(n)) continue;
        switch (n.localName ?? '') {
          case 'r':
            if (!isOn(child(child(n, 'rPr'), 'vanish'))) text += runText(n);
            break;
          case 'ins':
          case 'moveTo': {
            const before = text.length;
            walk(n);
            if (text.length > before) changes.push({ kind: 'insertion', text: text.slice(before) });
            break;
          }
          case 'del':
          case 'moveFrom': {
            const deleted = n.textContent ?? '';
            if (deleted.trim() !== '') changes.push({ kind: 'deletion', text: deleted });
            break;
          }
          case 'hyperlink':
          case 'smartTag':
          case 'fldSimple':
          case 'customXml':
          case 'dir':
          case 'bdo':
            walk(n);
            break;
          case 'sdt':
            walk(child(n, 'sdtContent') ?? n);
            break;
          default:
          // pPr, bookmarks, proofing marks: no text.
        }
      }
    };
    walk(p);
    const read = this.label(properties) + text;
    const article = this.tableDepth === 0 ? ARTICLE.exec(read)?.[1] : undefined;
    if (article) this.article = article;
    const place = (this.tableDepth === 0 ? this.article : undefined) ?? opening(read);
    for (const change of changes) this.tracked.push({ ...change, place });
    return read;
  }

  /** The number Word shows before the paragraph, from its own list properties or its style's. */
  private label(properties: Element | undefined): string {
    const numPr = child(properties, 'numPr');
    let numId = attribute(child(numPr, 'numId'), 'val');
    let level = numberAttribute(child(numPr, 'ilvl'), 'val');
    let style = attribute(child(properties, 'pStyle'), 'val');
    for (let depth = 0; style && depth < 10 && numId === undefined; depth++) {
      const s = this.styles.get(style);
      numId = s?.numId;
      level ??= s?.level;
      style = s?.basedOn;
    }
    if (numId === undefined) return '';
    return this.numbering.next(numId, level ?? 0);
  }

  private table(tbl: Element): string[][] {
    const grid: string[][] = [];
    for (const tr of rowsOf(tbl)) {
      const row: string[] = [];
      const before = numberAttribute(child(child(tr, 'trPr'), 'gridBefore'), 'val') ?? 0;
      for (let i = 0; i < before; i++) row.push('');
      for (const tc of cellsOf(tr)) {
        const properties = child(tc, 'tcPr');
        const span = Math.max(1, numberAttribute(child(properties, 'gridSpan'), 'val') ?? 1);
        const merge = child(properties, 'vMerge');
        const column = row.length;
        // vMerge without "restart" continues the cell above: its text belongs to this row too.
        const text = merge && attribute(merge, 'val') !== 'restart' ? grid.at(-1)?.[column] ?? '' : this.cellText(tc);
        row.push(text);
        for (let i = 1; i < span; i++) row.push('');
      }
      grid.push(row);
    }
    return grid;
  }

  private cellText(tc: Element): string {
    return this.blocks(tc)
      .map((block) => (block.kind === 'paragraph' ? block.text : block.rows.map((r) => r.filter(Boolean).join(' ')).join('\n')))
      .join('\n')
      .trim();
  }
}

function rowsOf(tbl: Element): Element[] {
  const rows: Element[] = [];
  for (let node = tbl.firstChild; node; node = node.nextSibling) {
    if (isWord(node, 'tr')) rows.push(node);
    else if (isWord(node, 'sdt') || isWord(node, 'customXml')) rows.push(...rowsOf(child(node, 'sdtContent') ?? node));
  }
  return rows;
}

function cellsOf(tr: Element): Element[] {
  const cells: Element[] = [];
  for (let node = tr.firstChild; node; node = node.nextSibling) {
    if (isWord(node, 'tc')) cells.push(node);
    else if (isWord(node, 'sdt') || isWord(node, 'customXml')) cells.push(...cellsOf(child(node, 'sdtContent') ?? node));
  }
  return cells;
}

function runText(r: Element): string {
  let text = '';
  for (let n = r.firstChild; n; n = n.nextSibling) {
    if (!isWord(n)) continue;
    switch (n.localName ?? '') {
      case 't':
        text += n.textContent ?? '';
        break;
      case 'tab':
        text += '\t';
        break;
      case 'br':
      case 'cr':
        // A page or column break is layout, not a line of text.
        if (!/^(page|column)$/u.test(attribute(n, 'type') ?? '')) text += '\n';
        break;
      case 'noBreakHyphen':
        text += '-';
        break;
      default:
      // delText, instrText (field codes), drawings, footnote marks: not text.
    }
  }
  return text;
}

function styleNumbering(styles: Element | undefined): Map<string, StyleNumbering> {
  const map = new Map<string, StyleNumbering>();
  for (const style of children(styles, 'style')) {
    const id = attribute(style, 'styleId');
    if (!id) continue;
    const numPr = child(child(style, 'pPr'), 'numPr');
    const entry: StyleNumbering = {};
    const numId = attribute(child(numPr, 'numId'), 'val');
    const level = numberAttribute(child(numPr, 'ilvl'), 'val');
    const basedOn = attribute(child(style, 'basedOn'), 'val');
    if (numId !== undefined) entry.numId = numId;
    if (level !== undefined) entry.level = level;
    if (basedOn !== undefined) entry.basedOn = basedOn;
    map.set(id, entry);
  }
  return map;
}

/** A paragraph's opening words, quoted, for a place it has no article for. */
function opening(text: string): string {
  const words = [...text.trim()];
  return `“${words.slice(0, 12).join('')}${words.length > 12 ? '…' : ''}”`;
}

/** How many tracked changes a warning names the places of. */
const PLACES_SHOWN = 3;

/**
 * The warning for a Word file whose tracked changes were read as accepted: the
 * text imported is the one Word shows with "accept all", which a clerk who
 * meant to reject some would not see otherwise.
 */
export function trackedChangesWarning(tracked: readonly TrackedChange[], file: string): Problem | undefined {
  if (tracked.length === 0) return undefined;
  const places = [...new Set(tracked.map((c) => c.place))];
  const shown = `${places.slice(0, PLACES_SHOWN).join(', ')}${places.length > PLACES_SHOWN ? ' …' : ''}`;
  const count = `${tracked.length} tracked change${tracked.length === 1 ? '' : 's'}`;
  return problem(`${count} not yet accepted (${shown}) were read as accepted; accept or reject them in Word first if that is not meant`, {
    file,
    rule: 'tracked-changes',
    warning: true,
  });
}

/** The body of a .docx and the tracked changes in it, read as accepted. */
export function readWordDocument(bytes: Uint8Array, file: string): WordDocument {
  const parts = readPackage(bytes, file);
  const document = parsePart(parts, 'word/document.xml', file);
  const body = child(document, 'body');
  if (!body) throw new InputError(problem('not a Word document (.docx): it has no word/document.xml body', { file, rule: 'docx' }));
  const styles = styleNumbering(parsePart(parts, 'word/styles.xml', file));
  const numberingStyles = new Map([...styles].filter(([, s]) => s.numId !== undefined).map(([id, s]) => [id, s.numId!]));
  const numbering = new Numbering(parsePart(parts, 'word/numbering.xml', file), numberingStyles);
  const reader = new Reader(numbering, styles);
  const blocks = reader.blocks(body);
  return { blocks, tracked: reader.tracked };
}

/**
 * The document as the text a clerk would get by copying it out of Word: one
 * line per paragraph, numbers included, a table as rows of cells between pipes.
 */
export function docxText(blocks: readonly DocxBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') lines.push(block.text.replace(/\t+/gu, ' ').trimEnd());
    else {
      lines.push('');
      for (const row of block.rows) lines.push(`| ${row.map((cell) => cell.replace(/\|/gu, '\\|').replace(/\n/gu, '<br>')).join(' | ')} |`);
      lines.push('');
    }
  }
  return `${lines.join('\n')}\n`;
}
