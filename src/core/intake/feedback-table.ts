// Feedback tables as offices publish them: the flattened text of a web table
// (one cell per paragraph, blank cells gone, as in the seed), a Markdown pipe
// table, or CSV/TSV. Columns are found by their headers (序号 / 单位 /
// 主要意见 / 意见采纳情况 / 未采纳原因, and the variants offices use).
import { parse as parseCsv } from 'csv-parse/sync';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { DecisionStatus } from '../feedback/entry.js';
import { InputError, problem } from '../problem.js';
import { layoutPage } from './consultation-page.js';
import { readTextBlocks, type SourceBlock } from './source-blocks.js';

export interface TableRow {
  number: string;
  unit: string;
  comment: string;
  decision?: DecisionStatus;
  reason?: string;
  contact?: string;
  line: number;
}

type Column = 'number' | 'unit' | 'comment' | 'decision' | 'reason' | 'contact';

const HEADERS: Array<[Column, RegExp]> = [
  ['number', /^(序号|编号|No\.?|#|Number)$/iu],
  ['unit', /^(单位|反馈单位|提出单位|反馈人|意见人|提出人|姓名|Unit|Commenter|Name|From)$/iu],
  ['comment', /^(主要意见|意见内容|意见建议|意见|具体意见|修改意见|Comment|Comments|Opinion)$/iu],
  ['decision', /^(意见采纳情况|采纳情况|是否采纳|处理情况|处理意见|Decision|Status|Adopted)$/iu],
  ['reason', /^(未采纳原因|采纳理由|理由|原因|说明|Reason|Response)$/iu],
  ['contact', /^(联系方式|联系电话|电话|Contact|Email|E-mail)$/iu],
];

const DECISIONS: Array<[DecisionStatus, RegExp]> = [
  ['partial', /^(部分采纳|部分采用|partially adopted|partial)$/iu],
  ['rejected', /^(不采纳|未采纳|不予采纳|否|rejected|not adopted|no)$/iu],
  ['adopted', /^(采纳|已采纳|采用|予以采纳|是|adopted|accepted|yes)$/iu],
  ['pending', /^(待定|未定|pending)$/iu],
];

export function decisionOf(text: string): DecisionStatus | undefined {
  const cell = text.trim();
  return DECISIONS.find(([, re]) => re.test(cell))?.[0];
}

function columnOf(header: string): Column | undefined {
  return HEADERS.find(([, re]) => re.test(header.replace(/\s/gu, '')))?.[0];
}

/** The flattened web table: header cells, then rows that each start with the next 序号. */
export function readFlattenedTable(source: readonly SourceBlock[], file: string): TableRow[] {
  // Some crawlers end each cell with " |".
  const blocks = source.map((b) => ({ ...b, text: b.text.replace(/\s*\|\s*$/u, '').trim() })).filter((b) => b.text !== '');
  const start = blocks.findIndex((b) => columnOf(b.text) === 'number');
  if (start === -1) throw new InputError(problem('no feedback table here: no 序号 header cell was found', { file, rule: 'table' }));
  let i = start;
  const columns: Column[] = [];
  while (i < blocks.length && columnOf(blocks[i]!.text) !== undefined) columns.push(columnOf(blocks[i++]!.text)!);
  const rows: TableRow[] = [];
  let expected = 1;
  while (i < blocks.length) {
    if (blocks[i]!.text.trim() !== String(expected)) {
      i++;
      continue;
    }
    const line = blocks[i]!.line;
    const cells: string[] = [];
    i++;
    while (i < blocks.length && blocks[i]!.text.trim() !== String(expected + 1)) cells.push(blocks[i++]!.text.trim());
    // After the last row, the page goes on ("综合以上，…"): a row has one cell per column at most.
    if (i >= blocks.length) cells.length = Math.min(cells.length, columns.length - 1);
    rows.push(rowFromCells(String(expected), cells, columns, line));
    expected++;
  }
  return rows;
}

/** Blank cells are gone from a flattened table: the comment runs up to a decision word, the reason after it. */
function rowFromCells(number: string, cells: string[], columns: Column[], line: number): TableRow {
  const [unit = '', ...rest] = cells;
  const decisionAt = rest.findIndex((cell) => decisionOf(cell) !== undefined);
  const comment = (decisionAt === -1 ? rest : rest.slice(0, decisionAt)).join('\n');
  const row: TableRow = { number, unit, comment, line };
  if (decisionAt !== -1) {
    row.decision = decisionOf(rest[decisionAt]!);
    const reason = rest.slice(decisionAt + 1).join('\n').trim();
    if (reason && columns.includes('reason')) row.reason = reason;
  }
  return row;
}

/** Rows of a table whose cells are known (CSV, TSV, Markdown), mapped by their header row. */
export function rowsFromRecords(records: string[][], lines: number[], file: string): TableRow[] {
  const headerAt = records.findIndex((record) => record.some((cell) => columnOf(cell) === 'comment'));
  if (headerAt === -1) {
    throw new InputError(problem('no header row with a comment column (主要意见 / 意见内容 / Comment)', { file, line: lines[0], rule: 'table' }));
  }
  const columns = records[headerAt]!.map(columnOf);
  const index = (column: Column) => columns.indexOf(column);
  const rows: TableRow[] = [];
  records.slice(headerAt + 1).forEach((record, k) => {
    const cell = (column: Column) => (index(column) === -1 ? '' : (record[index(column)] ?? '').trim());
    if (record.every((c) => c.trim() === '')) return;
    const row: TableRow = {
      number: cell('number') || String(rows.length + 1),
      unit: cell('unit'),
      comment: cell('comment'),
      line: lines[headerAt + 1 + k] ?? 0,
    };
    const decisionText = cell('decision');
    const decision = decisionText ? decisionOf(decisionText) : undefined;
    if (decision) row.decision = decision;
    // One column may hold both the decision and its reason ("采纳理由").
    else if (decisionText && index('reason') === -1) row.reason = decisionText;
    const reason = cell('reason');
    if (reason) row.reason = reason;
    const contact = cell('contact');
    if (contact) row.contact = contact;
    rows.push(row);
  });
  return rows;
}

export function readCsvTable(text: string, file: string, delimiter: ',' | '\t'): TableRow[] {
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    parsed = (parseCsv as (input: string, options: object) => unknown)(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: delimiter === '\t', info: true, skip_empty_lines: true }) as typeof parsed;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new InputError(problem(`not a readable ${delimiter === ',' ? 'CSV' : 'TSV'} table: ${(error as Error).message}`, { file, line, rule: 'table' }));
  }
  return rowsFromRecords(
    parsed.map((p) => p.record),
    // info.lines is where a record ends; a quoted cell may span lines.
    parsed.map((p) => p.info.lines - p.record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0)),
    file,
  );
}

/** The first Markdown pipe table with a comment column; cell text sliced from the source. */
export function readMarkdownTable(text: string, file: string): TableRow[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  for (const node of tree.children) {
    if (node.type !== 'table') continue;
    const records = node.children.map((row) =>
      row.children.map((cell) => {
        const s = cell.position?.start.offset;
        const e = cell.position?.end.offset;
        return s === undefined || e === undefined ? '' : text.slice(s, e).replace(/^\|/, '').replace(/\|$/, '').replace(/\\\|/g, '|').replace(/<br\s*\/?>/giu, '\n').trim();
      }),
    );
    const lines = node.children.map((row) => row.position?.start.line ?? 0);
    if (records.some((r) => r.some((c) => columnOf(c) === 'comment'))) return rowsFromRecords(records, lines, file);
  }
  throw new InputError(problem('no Markdown table with a comment column (主要意见 / 意见内容 / Comment)', { file, rule: 'table' }));
}

export type TableFormat = 'csv' | 'tsv' | 'markdown' | 'text';

/** Reads a table file of any supported kind; a whole consultation page is searched for its table. */
export function readTable(text: string, file: string, format: TableFormat): TableRow[] {
  if (format === 'csv' || format === 'tsv') return readCsvTable(text, file, format === 'csv' ? ',' : '\t');
  if (format === 'markdown' && /^\s*\|.*\|\s*$/mu.test(text)) return readMarkdownTable(text, file);
  const blocks = readTextBlocks(text);
  const layout = layoutPage(blocks);
  return readFlattenedTable(layout.table ? blocks.slice(layout.table.start, layout.table.end) : blocks, file);
}

export function tableFormatOf(file: string): TableFormat {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ext === 'csv' ? 'csv' : ext === 'tsv' ? 'tsv' : ext === 'md' || ext === 'markdown' ? 'markdown' : 'text';
}
