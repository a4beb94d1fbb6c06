// The text of a web table copied or crawled from a page: one cell per
// paragraph, blank cells gone, a cell of several paragraphs spread over
// several lines. Rows are found by the 序号 sequence (1, 2, 3 …); within a row
// the decision word (采纳 / 不采纳 …) splits what comes before it (unit,
// comment) from what comes after (reason, notes).
import { fieldOf, isPublicForm, mapColumns, type Column } from './columns.js';
import { readDecision } from './decisions.js';
import { rowFromCells, type Cell, type FeedbackTable, type TableRow } from './table-rows.js';
import { HAN } from '../text/strings.js';

export interface Paragraph {
  text: string;
  line: number;
}

const ROW_NUMBER = /^(\d{1,4})[.、．]?$/u;
/** Text of the page after the table: a date alone, a closing sentence, the comment form. */
const PAGE_TEXT = /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|(综合|以上|特此|附件|附[:：]|注[:：]|感谢|发表意见|我要留言|发表评论))/u;

/** A publisher's signature line: an office's name alone (紫金县林业局, 市人民政府办公室). */
const SIGNATURE = new RegExp(`^${HAN}{2,24}(局|委|办|院|会|政府|中心|厅|部|处|所|室|公司|委员会|办公室)$`, 'u');

function rowNumber(text: string): number | undefined {
  const m = ROW_NUMBER.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/** The flattened table whose header starts at paragraph `at` ("序号", then the other header cells), if any. */
export function flattenedTableAt(paragraphs: readonly Paragraph[], at: number): { table: FeedbackTable; end: number } | undefined {
  if (fieldOf(paragraphs[at]!.text) !== 'number') return undefined;
  const first = paragraphs.findIndex((p, k) => k > at && k <= at + 12 && rowNumber(p.text) === 1);
  if (first === -1) return undefined;
  const headers = paragraphs.slice(at, first).map((p) => p.text);
  if (!headers.map((h) => fieldOf(h)).includes('comment') || headers.some((h) => h.length > 20)) return undefined;
  return readRows(paragraphs, first, mapColumns(headers), paragraphs[at]!.line);
}

function readRows(paragraphs: readonly Paragraph[], first: number, columns: Column[], headerLine: number): { table: FeedbackTable; end: number } {
  const numberAt = columns.findIndex((c) => c.field === 'number');
  const fields = columns.filter((_, i) => i !== numberAt);
  const rows: TableRow[] = [];
  const skipped: number[] = [];
  let at = first;
  let expected = 1;
  let end = first;
  while (at < paragraphs.length && rowNumber(paragraphs[at]!.text) === expected) {
    let next = at + 1;
    while (next < paragraphs.length && rowNumber(paragraphs[next]!.text) !== expected + 1) next++;
    const last = next >= paragraphs.length;
    let cells = paragraphs.slice(at + 1, next).map((p) => p.text);
    if (last) cells = lastRowCells(cells, fields);
    end = at + 1 + cells.length;
    const row = rowFromCells([{ column: columns[numberAt]!, text: paragraphs[at]!.text.replace(/[.、．]$/u, '') }, ...assign(cells, fields)], paragraphs[at]!.line);
    if (row) rows.push(row);
    else skipped.push(paragraphs[at]!.line);
    at = next;
    expected++;
  }
  return { table: { columns, headerLine, rows, public: isPublicForm(columns), skipped }, end };
}

/** After the last row the page goes on: cut at page text, and at one paragraph per column. */
function lastRowCells(cells: string[], fields: readonly Column[]): string[] {
  const pageAt = cells.findIndex((c, i) => i > 0 && PAGE_TEXT.test(c));
  const kept = pageAt === -1 ? cells : cells.slice(0, pageAt);
  const decisionColumn = fields.findIndex((c) => c.field === 'decision' || c.field === 'decision+reason');
  const d = decisionColumn === -1 ? -1 : decisionAt(kept, fields, decisionColumn);
  // The office signing the page below the table is never a cell of the last row.
  const signed = kept.findIndex((c, i) => i > Math.max(d, 1) && SIGNATURE.test(c));
  const row = signed === -1 ? kept : kept.slice(0, signed);
  if (d === -1) return row.slice(0, fields.length);
  const after = fields.length - decisionColumn - 1;
  return row.slice(0, d + 1 + Math.max(1, after));
}

/** Where the decision cell is: the first paragraph after the comment that is a decision word. */
function decisionAt(cells: readonly string[], fields: readonly Column[], decisionColumn: number): number {
  const commentBefore = fields.slice(0, decisionColumn).some((c) => c.field === 'comment');
  return cells.findIndex((c, i) => !(commentBefore && i === 0) && readDecision(c, true) !== undefined);
}

function fits(column: Column, text: string): boolean {
  if (column.field === 'unit') return text.length <= 40 && !/[。；;！？!?“”"]/u.test(text) && !/^(建议|第)/u.test(text) && !/[，,]/u.test(text);
  if (column.field === 'locator') return text.length <= 30 && /^(第.{1,12}[条款项章节页]|P?\d+页?|全文|总体|附件|标题)/u.test(text);
  if (column.field === 'contact') return /\d{5,}|@/u.test(text) && text.length <= 60;
  if (column.field === 'submitted') return /\d{4}/u.test(text) && text.length <= 30;
  return true;
}

/** Paragraphs of one row to its columns, blank cells having left no paragraph. */
function assign(cells: readonly string[], fields: readonly Column[]): Cell[] {
  const decisionColumn = fields.findIndex((c) => c.field === 'decision' || c.field === 'decision+reason');
  const d = decisionColumn === -1 ? -1 : decisionAt(cells, fields, decisionColumn);
  const out: Cell[] = [];
  const before = d === -1 ? [...cells] : cells.slice(0, d);
  const beforeColumns = decisionColumn === -1 ? fields : fields.slice(0, decisionColumn);
  out.push(...spread(before, beforeColumns));
  if (d === -1) return out;
  const afterColumns = fields.slice(decisionColumn + 1);
  const after = cells.slice(d + 1);
  if (afterColumns.length === 0) {
    // No column after the decision: its further paragraphs are the decision cell's (the reason).
    out.push({ column: fields[decisionColumn]!, text: [cells[d]!, ...after].join('\n') });
    return out;
  }
  out.push({ column: fields[decisionColumn]!, text: cells[d]! });
  if (after.length <= afterColumns.length) after.forEach((text, i) => out.push({ column: afterColumns[i]!, text }));
  else {
    const surplus = after.length - afterColumns.length + 1;
    out.push({ column: afterColumns[0]!, text: after.slice(0, surplus).join('\n') });
    after.slice(surplus).forEach((text, i) => out.push({ column: afterColumns[i + 1]!, text }));
  }
  return out;
}

/** Leading columns (unit, locator) take a paragraph when it looks like theirs; the comment takes the rest. */
function spread(paragraphs: string[], columns: readonly Column[]): Cell[] {
  const commentAt = columns.findIndex((c) => c.field === 'comment');
  const out: Cell[] = [];
  const rest = [...paragraphs];
  const leading = commentAt === -1 ? columns : columns.slice(0, commentAt);
  for (const column of leading) {
    if (rest.length > 1 && fits(column, rest[0]!)) out.push({ column, text: rest.shift()! });
  }
  if (commentAt === -1) return out;
  const trailing = columns.slice(commentAt + 1);
  const trailingCells: Cell[] = [];
  if (trailing.length > 0 && rest.length === trailing.length + 1) {
    trailing.forEach((column, i) => trailingCells.push({ column, text: rest[i + 1]! }));
    rest.length = 1;
  }
  out.push({ column: columns[commentAt]!, text: rest.join('\n') }, ...trailingCells);
  return out;
}
