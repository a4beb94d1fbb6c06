// Feedback tables in text: CSV and TSV (csv-parse), GFM Markdown (remark),
// rows of cells between pipes (with or without outer pipes and delimiter
// row), rows pasted from Excel (tabs), and the flattened text of a web table.
// A page may hold its table between a notice and a signature, or several tables.
import { parse as parseCsv } from 'csv-parse/sync';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { InputError, problem } from '../problem.js';
import { fieldOf, isHeaderRow } from './columns.js';
import { flattenedTableAt, type Paragraph } from './flattened-table.js';
import { tableFromGrid, type FeedbackTable } from './table-rows.js';

export function readCsvTables(text: string, file: string, delimiter: ',' | '\t'): FeedbackTable[] {
  const { records, lines } = parseDelimited(text, file, delimiter, 0);
  const table = tableFromGrid(records, lines);
  return table ? [table] : [];
}

type Parsed = Array<{ record: string[]; info: { lines: number } }>;

function parseDelimited(text: string, file: string, delimiter: ',' | '\t', firstLine: number): { records: string[][]; lines: number[] } {
  const options = { delimiter, bom: true, relax_column_count: true, relax_quotes: delimiter === '\t', info: true, skip_empty_lines: true };
  let parsed: Parsed;
  try {
    parsed = (parseCsv as (input: string, options: object) => unknown)(text, options) as typeof parsed;
  } catch (error) {
    const { code, lines, records: complete } = error as { code?: string; lines?: number; records?: number };
    const kind = delimiter === ',' ? 'CSV' : 'TSV';
    // A quote left open runs to the end of the file, where csv-parse stops: the place to mend is where it opened.
    const opened = code === 'CSV_QUOTE_NOT_CLOSED' && complete !== undefined ? recordStartLine(text, options, complete) : undefined;
    const [message, line] = opened !== undefined ? [`a quoted cell opens on this line and is never closed`, opened] : [(error as Error).message, lines];
    throw new InputError(problem(`not a readable ${kind} table: ${message}`, { file, line: line === undefined ? undefined : line + firstLine, rule: 'table' }));
  }
  return {
    records: parsed.map((p) => p.record),
    // info.lines is where a record ends; a quoted cell may span lines.
    lines: parsed.map((p) => firstLine + p.info.lines - p.record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0)),
  };
}

/** The line (1-based) where the record after the first `complete` ones starts, past empty lines. */
function recordStartLine(text: string, options: object, complete: number): number {
  // Those records parse alone; csv-parse's byte counts in the error are running totals, not a place.
  const before = complete === 0 ? [] : ((parseCsv as (input: string, options: object) => unknown)(text, { ...options, to: complete }) as Parsed);
  const lines = text.split('\n');
  let line = (before.at(-1)?.info.lines ?? 0) + 1;
  while (line < lines.length && lines[line - 1]!.trim() === '') line++;
  return line;
}

/** GFM tables as remark reads them, and the tables remark does not see (rows without a delimiter row, flattened text) as text. */
export function readMarkdownTables(text: string, file: string): FeedbackTable[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  const tables: FeedbackTable[] = [];
  for (const node of tree.children) {
    if (node.type !== 'table') continue;
    const records = node.children.map((row) =>
      row.children.map((cell) => {
        const s = cell.position?.start.offset;
        const e = cell.position?.end.offset;
        return s === undefined || e === undefined ? '' : pipeCell(text.slice(s, e).replace(/^\|/, '').replace(/\|$/, ''));
      }),
    );
    const table = tableFromGrid(records, node.children.map((row) => row.position?.start.line ?? 0));
    if (table) tables.push(table);
  }
  const seen = new Set(tables.map((t) => t.headerLine));
  return [...tables, ...readTextTables(text, file).filter((t) => !seen.has(t.headerLine))].sort((a, b) => a.headerLine - b.headerLine);
}

function pipeCell(text: string): string {
  return text.replace(/\\\|/g, '|').replace(/<br\s*\/?>/giu, '\n').trim();
}

/** How a table's header row is written: its cells, and whether it has a pipe before the first and after the last. */
interface PipeHeader {
  width: number;
  leading: boolean;
  trailing: boolean;
}

/**
 * "a | b | c |", "| a | b |": the cells; undefined for a line without a pipe.
 * Under a header, a row's pipe at either end is an outer one where the header
 * has one there, or where the row has a cell more than the header without it:
 * " | 2019-01-10 | 建议… |" under "留言人 | 留言时间 | 留言内容 |" is an empty
 * 留言人, not an outer pipe (the cells shifted left and the comment was lost).
 */
export function splitPipeRow(line: string, header?: PipeHeader): string[] | undefined {
  const body = line.trim();
  if (!/(^|[^\\])\|/u.test(body)) return undefined;
  const cells = body.split(/(?<!\\)\|/u);
  const trailing = cells.length > 1 && cells.at(-1)!.trim() === '';
  if (trailing && (!header || header.trailing || cells.length > header.width)) cells.pop();
  const leading = cells.length > 1 && cells[0]!.trim() === '';
  if (leading && (!header || header.leading || cells.length > header.width)) cells.shift();
  return cells.map(pipeCell);
}

const isDelimiterRow = (cells: readonly string[]) => cells.every((c) => /^:?-+:?$/u.test(c));
const rowNumber = (cell: string | undefined) => (cell !== undefined && /^\d{1,4}$/u.test(cell.trim()) ? Number(cell.trim()) : undefined);

/** Every table on a text page, in order. */
export function readTextTables(text: string, file: string): FeedbackTable[] {
  const lines = text.split('\n');
  const paragraphs: Array<Paragraph & { index: number }> = [];
  lines.forEach((raw, index) => {
    // Some crawlers end (or start) each cell's line with a pipe.
    const cell = raw.trim().replace(/^\|\s*/u, '').replace(/\s*\|$/u, '').trim();
    if (cell !== '') paragraphs.push({ text: cell, line: index + 1, index });
  });
  const tables: FeedbackTable[] = [];
  let p = 0;
  while (p < paragraphs.length) {
    const { index } = paragraphs[p]!;
    const line = lines[index]!;
    const pipes = splitPipeRow(line);
    if (pipes && pipes.length >= 2 && isHeaderRow(pipes)) {
      const read = readPipeRows(lines, index);
      if (read.table) tables.push(read.table);
      p = paragraphs.findIndex((q) => q.index >= read.end);
      if (p === -1) break;
      continue;
    }
    const tabs = line.includes('\t') ? line.split('\t') : undefined;
    if (tabs && isHeaderRow(tabs)) {
      const read = readTabRows(lines, index, file);
      if (read.table) tables.push(read.table);
      p = paragraphs.findIndex((q) => q.index >= read.end);
      if (p === -1) break;
      continue;
    }
    const flattened = flattenedTableAt(paragraphs, p);
    if (flattened) {
      tables.push(flattened.table);
      p = Math.max(flattened.end, p + 1);
      continue;
    }
    p++;
  }
  return tables;
}

/** Rows between pipes from the header line on; a row may run over several lines until it has every cell. */
function readPipeRows(lines: readonly string[], headerAt: number): { table: FeedbackTable | undefined; end: number } {
  const header = splitPipeRow(lines[headerAt]!)!;
  const width = header.length;
  const headerText = lines[headerAt]!.trim();
  const style: PipeHeader = { width, leading: headerText.startsWith('|'), trailing: headerText.endsWith('|') && !headerText.endsWith('\\|') };
  const numberAt = header.findIndex((c) => fieldOf(c) === 'number');
  const records: string[][] = [header];
  const recordLines: number[] = [headerAt + 1];
  let current: string[] | undefined;
  let blank = false;
  let i = headerAt + 1;
  for (; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '') {
      blank = true;
      continue;
    }
    const cells = splitPipeRow(text, style);
    if (cells && isDelimiterRow(cells)) continue;
    if (!cells) {
      // A line without a pipe goes on an unfinished cell; after a blank line it is the page again.
      if (!current || current.length >= width || blank) break;
      current[current.length - 1] += `\n${text}`;
      continue;
    }
    blank = false;
    const next = numberAt !== -1 && current && rowNumber(cells[numberAt]) !== undefined && rowNumber(cells[numberAt]) === (rowNumber(current[numberAt]) ?? -2) + 1;
    if (!current || current.length >= width || cells.length >= width || next) {
      current = [...cells];
      records.push(current);
      recordLines.push(i + 1);
    } else {
      current[current.length - 1] += `\n${cells[0]!}`;
      current.push(...cells.slice(1));
    }
  }
  return { table: tableFromGrid(records, recordLines), end: i };
}

/** Rows pasted from Excel: tab-separated, a cell with line breaks in quotes. */
function readTabRows(lines: readonly string[], headerAt: number, file: string): { table: FeedbackTable | undefined; end: number } {
  let last = headerAt;
  for (let i = headerAt + 1; i < lines.length; i++) {
    if (lines[i]!.includes('\t')) last = i;
    else if (lines[i]!.trim() !== '' && lines[i - 1]!.trim() === '') break;
  }
  const { records, lines: recordLines } = parseDelimited(lines.slice(headerAt, last + 1).join('\n'), file, '\t', headerAt);
  return { table: tableFromGrid(records, recordLines), end: last + 1 };
}
