// One row of a feedback table, whatever its layout: the cells that the
// columns name become the fields of an entry, the decision cell is read for
// its decision word and reason, and every other non-empty cell is kept as a note.
import type { DecisionStatus, Note } from '../feedback/entry.js';
import { fieldOf, isHeaderRow, isPublicForm, mapColumns, normaliseHeader, type Column } from './columns.js';
import { readDecision } from './decisions.js';
import type { TrackedChange } from './docx.js';

export interface TableRow {
  /** The 序号 as written ('' when the table has none). */
  number: string;
  unit: string;
  comment: string;
  locator?: string;
  decision?: DecisionStatus;
  reason?: string;
  contact?: string;
  /** When a web-form comment was sent, as written. */
  submitted?: string;
  notes?: Note[];
  /** Line of a text file, or row of a sheet or Word table (1-based, header counted). */
  line: number;
}

export interface FeedbackTable {
  columns: Column[];
  /** Line (or row) of the header. */
  headerLine: number;
  rows: TableRow[];
  /** A web-form export of public comments rather than a departments' table. */
  public: boolean;
  /** Word documents: the table's number (1-based). */
  table?: number;
  /** Workbooks: the sheet's name. */
  sheet?: string;
  /** Lines (rows) that held no comment and were left out. */
  skipped: number[];
  /** Rows left out for what they are: a group heading (一、总体意见) or a filler (（以下无意见）). */
  leftOut?: Array<{ line: number; kind: 'group' | 'filler'; text: string }>;
  /** Word documents, on the file's first table: its tracked changes, read as accepted (docx.ts). */
  tracked?: TrackedChange[];
}

export interface Cell {
  column: Column;
  text: string;
}

/** An office's remarks column. */
const REMARK = /^(备注|备注说明|remarks?|notes?)$/u;

/** The entry fields of one row; undefined when it has no comment (a blank, total or signature row). */
export function rowFromCells(cells: readonly Cell[], line: number): TableRow | undefined {
  const row: TableRow = { number: '', unit: '', comment: '', line };
  const notes: Note[] = [];
  const reasons: string[] = [];
  const contacts: string[] = [];
  for (const { column, text: raw } of cells) {
    const text = raw.trim();
    if (text === '') continue;
    switch (column.field) {
      case 'number':
        row.number = text;
        break;
      case 'unit':
        row.unit = text;
        break;
      case 'comment':
        row.comment = text;
        break;
      case 'locator':
        row.locator = text;
        break;
      case 'contact':
        contacts.push(text);
        break;
      case 'submitted':
        row.submitted = text;
        break;
      case 'reason':
        reasons.push(text);
        break;
      case 'decision':
      case 'decision+reason': {
        const read = readDecision(text);
        if (!read || read.status === 'pending') {
          // Words that decide nothing (已反馈给…研究, 已在第五条体现) stay with the entry as a note.
          notes.push({ column: column.header, text });
          break;
        }
        row.decision = read.status;
        if (read.rest) reasons.unshift(read.rest);
        break;
      }
      case undefined:
        // A column not understood is kept as a note, never dropped.
        notes.push({ column: column.header, text });
    }
  }
  if (row.comment === '') return undefined;
  // 不采纳 with its grounds under 备注, where no column gives a reason: the remark is the office's reason
  // (beside 采纳 a remark such as 已电话沟通 stays a note).
  const remark = notes.findIndex((n) => REMARK.test(normaliseHeader(n.column)));
  if (reasons.length === 0 && (row.decision === 'rejected' || row.decision === 'partial') && remark !== -1 && !cells.some((c) => c.column.field === 'reason')) {
    reasons.push(notes.splice(remark, 1)[0]!.text);
  }
  if (reasons.length > 0) {
    // A reason beside no decision is still the office's word on the comment: kept as a note.
    if (row.decision) row.reason = reasons.join('\n');
    else notes.push(...reasons.map((text) => ({ column: cells.find((c) => c.column.field === 'reason')?.column.header ?? '', text })));
  }
  if (contacts.length > 0) row.contact = contacts.join('; ');
  if (notes.length > 0) row.notes = notes;
  return row;
}

/**
 * A header of two rows, as offices merge it: 处理情况 over 意见采纳情况 and
 * 未采纳原因, 序号 and 单位 spanning both. The row under the header is a
 * second header row when every cell it has is a column name (or the one
 * above, down a merge); the header is then each column's lower name, or its
 * upper one where the lower is empty. Undefined where the row is not one.
 */
function subHeader(top: readonly string[], next: readonly string[] | undefined): string[] | undefined {
  // A group heading merged across the table (一、总体意见) names a comment column by its 意见, but is no header.
  if (!next || groupRow(next, top) !== undefined) return undefined;
  const named = next.filter((cell, i) => cell.trim() !== '' && cell.trim() !== (top[i] ?? '').trim());
  // A sentence (建议删除第九条。) is a first data row that names a column only by its 建议.
  if (named.length === 0 || !named.every((cell) => fieldOf(cell) !== undefined && !/[。；;！？!?]/u.test(cell))) return undefined;
  return Array.from({ length: Math.max(top.length, next.length) }, (_, i) => (next[i]?.trim() ? next[i]! : (top[i] ?? '')));
}

// A heading over a group of rows: 一、总体意见, （二）具体条款, 第一部分 …, 1. 总体意见 — short, no sentence.
const GROUP_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+(?:部分|类|章|组)|\d+[、.．](?!\d))[^。；;，,]{1,24}$/u;

// What a group heading ends in (一、总体意见, 二、存在的问题, 第一部分).
const GROUP_NOUN = /(?:意见|建议|部分|问题|方面|其他)$/u;
// A request or a quotation makes a numbered line a comment (三、删除第十三条, 一、将“应当”改为“必须”的意见); a verb naming the group (修改意见) does not.
const REQUEST = /(?:删除|删去|修改|增加|将|改为)(?!意见|建议)|[“”‘’"'「」『』]/u;

/**
 * The text of a group row: one cell only, in the first column (where a merge
 * across the table puts it), or a heading (一、总体意见) standing alone in any
 * column. Undefined where the row is not one.
 */
export function groupRow(record: readonly string[], header: readonly string[]): string | undefined {
  const filled = record.map((c, i) => [c.trim(), i] as const).filter(([c]) => c !== '');
  if (filled.length !== 1) return undefined;
  const [text, at] = filled[0]!;
  // In the comment column a numbered line may be a comment, however short (一、建议删除第九条, 2.删除第九条): a heading there names a group (…意见) and asks for nothing.
  if (GROUP_HEADING.test(text) && (fieldOf(header[at] ?? '') !== 'comment' || (GROUP_NOUN.test(text) && !REQUEST.test(text)))) return text;
  // Alone in the first column: a group, unless that column is the comment's (a row with no unit) or it is a bare 序号.
  return at === 0 && fieldOf(header[0] ?? '') !== 'comment' && !/^\d+[.、]?$/u.test(text) ? text : undefined;
}

// What a clerk writes in a row that holds no comment: （以下无意见）, 以下空白, 此页无正文, 无.
const FILLER = /^[(（]?(?:以下(?:无意见|空白|无正文|无内容|无)|(?:此|本)页无正文|无|空白)[)）]?[。.]?$/u;

/** A filler row: no unit, and its comment one of the FILLER words. */
function isFiller(row: TableRow): boolean {
  return row.unit === '' && FILLER.test(row.comment.normalize('NFKC').replace(/\s+/gu, ''));
}

/** A table whose cells are known (CSV, TSV, pipe rows, Word, Excel): header found by meaning, one row per record. */
export function tableFromGrid(records: readonly string[][], lines: readonly number[]): FeedbackTable | undefined {
  const headerAt = records.findIndex((record, i) => i < 30 && isHeaderRow(record));
  if (headerAt === -1) return undefined;
  const below = subHeader(records[headerAt]!, records[headerAt + 1]);
  const header = below ?? records[headerAt]!;
  const first = headerAt + (below ? 2 : 1);
  const columns = mapColumns(header);
  const rows: TableRow[] = [];
  const skipped: number[] = [];
  const leftOut: NonNullable<FeedbackTable['leftOut']> = [];
  records.slice(first).forEach((record, k) => {
    const line = lines[first + k] ?? 0;
    if (record.every((c) => c.trim() === '')) return;
    // A table split over pages repeats its header.
    if (record.length === header.length && record.every((c, i) => c.trim() === header[i]!.trim())) return;
    // Left out as a group only when it reads as one: a signature merged across (联系人：…) is a row with no comment.
    const group = groupRow(record, header);
    if (group !== undefined && GROUP_HEADING.test(group)) {
      leftOut.push({ line, kind: 'group', text: group });
      return;
    }
    // Cells past the header's last column are kept too, as notes.
    const width = Math.max(record.length, columns.length);
    const cells = Array.from({ length: width }, (_, i) => ({ column: columns[i] ?? { header: '' }, text: record[i] ?? '' }));
    const row = rowFromCells(cells, line);
    if (row && isFiller(row)) leftOut.push({ line, kind: 'filler', text: row.comment });
    else if (row) rows.push(row);
    else skipped.push(line);
  });
  return { columns, headerLine: lines[headerAt] ?? 0, rows, public: isPublicForm(columns), skipped, ...(leftOut.length > 0 ? { leftOut } : {}) };
}

/**
 * A header misread: the comment column holds only small numbers (1, 2, 3 —
 * the 序号 read as comments) while a column kept as a note holds the texts.
 * The first such row and the two columns; undefined when the table reads sensibly.
 */
export function misreadComments(table: FeedbackTable): { line: number; comment: string; texts: string } | undefined {
  if (table.rows.length === 0 || !table.rows.every((r) => /^\d{1,4}[.、．]?$/u.test(r.comment.trim()))) return undefined;
  const long = new Map<string, number>();
  for (const row of table.rows) for (const note of row.notes ?? []) if (note.text.length >= 8) long.set(note.column, (long.get(note.column) ?? 0) + 1);
  const [texts] = [...long].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (texts === undefined) return undefined;
  const comment = table.columns.find((c) => c.field === 'comment')?.header ?? '';
  return { line: table.rows[0]!.line, comment, texts };
}
