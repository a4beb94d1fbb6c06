// Feedback tables as offices send them, read into rows: the format decides
// how cells are found (text.ts for text, docx.ts and xlsx.ts for Office
// files); columns.ts decides what each column means, table-rows.ts what each
// row says.
import { InputError, problem } from '../problem.js';
import { docxText, readWordDocument } from './docx.js';
import { decodeText, type Encoding } from './encoding.js';
import { readCsvTables, readMarkdownTables, readTextTables } from './text-tables.js';
import { misreadComments, tableFromGrid, type FeedbackTable, type TableRow } from './table-rows.js';
import { readSheet } from './xlsx.js';

export type { FeedbackTable, TableRow } from './table-rows.js';

export type TextTableFormat = 'csv' | 'tsv' | 'markdown' | 'text';
export type TableFormat = TextTableFormat | 'docx' | 'xlsx';

/** Every feedback table in a text file; a whole consultation page is searched for its tables. */
export function readTables(text: string, file: string, format: TextTableFormat): FeedbackTable[] {
  const tables =
    format === 'csv' || format === 'tsv'
      ? readCsvTables(text, file, format === 'csv' ? ',' : '\t')
      : format === 'markdown'
        ? readMarkdownTables(text, file)
        : readTextTables(text, file);
  if (tables.length === 0) throw noTable(file);
  return checked(tables, file);
}

/** The tables, refused when one's header was misread (its comments are numbers): importing them would make nonsense entries. */
function checked(tables: FeedbackTable[], file: string): FeedbackTable[] {
  for (const table of tables) {
    const misread = misreadComments(table);
    if (!misread) continue;
    const office = table.sheet !== undefined || table.table !== undefined;
    const where = table.sheet !== undefined ? `sheet ${table.sheet}, row ${misread.line}: ` : table.table !== undefined ? `table ${table.table}, row ${misread.line}: ` : '';
    throw new InputError(
      problem(
        `${where}the comment column "${misread.comment}" holds only numbers while "${misread.texts}" holds the texts: the header row (${office ? 'row' : 'line'} ${table.headerLine}) was misread; nothing was imported`,
        { file, ...(office ? {} : { line: misread.line }), rule: 'table' },
      ),
    );
  }
  return tables;
}

/** The rows of every table in the file, in order. */
export function readTable(text: string, file: string, format: TextTableFormat): TableRow[] {
  return readTables(text, file, format).flatMap((t) => t.rows);
}

export function noTable(file: string, where = ''): InputError {
  return new InputError(
    problem(`no feedback table${where || ' here'}: no header row names a comment column (意见 / 主要意见 / 意见内容 / 意见建议 …) beside another known column (序号, 单位, 采纳情况 …)`, { file, rule: 'table' }),
  );
}

export interface TableFileOptions {
  /** What the bytes are: the caller sniffs an Office file (officeFormat) before its name, once. */
  format: TableFormat;
  /** Workbooks: the sheet's name or number (default: the first). */
  sheet?: string;
  encoding?: Encoding;
}

/** The feedback tables of a file of any supported kind, text or Office. */
export async function readTableFile(bytes: Uint8Array, file: string, options: TableFileOptions): Promise<FeedbackTable[]> {
  const { format } = options;
  if (format === 'xlsx') {
    const sheet = await readSheet(bytes, file, options.sheet);
    const table = tableFromGrid(sheet.rows, sheet.rows.map((_, i) => i + 1));
    if (!table) throw noTable(file, ` in sheet "${sheet.name}"`);
    return checked([{ ...table, sheet: sheet.name }], file);
  }
  if (format === 'docx') {
    const { blocks, tracked } = readWordDocument(bytes, file);
    const tables: FeedbackTable[] = [];
    let number = 0;
    for (const block of blocks) {
      if (block.kind !== 'table') continue;
      number++;
      const table = tableFromGrid(block.rows, block.rows.map((_, i) => i + 1));
      if (table) tables.push({ ...table, table: number });
    }
    // A table pasted into Word as text is read as text.
    const read = tables.length > 0 ? checked(tables, file) : readTables(docxText(blocks), file, 'text');
    return tracked.length > 0 ? [{ ...read[0]!, tracked }, ...read.slice(1)] : read;
  }
  return readTables(decodeText(bytes, file, options.encoding).text, file, format);
}

export function tableFormatOf(file: string): TableFormat {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv' || ext === 'docx' || ext === 'xlsx') return ext;
  return ext === 'md' || ext === 'markdown' ? 'markdown' : 'text';
}
