// A workbook's sheet as rows of cell text (exceljs reads the package). A
// merged cell's text belongs to every row it spans, in the first column it
// spans, as in a Word table; dates become ISO text.
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { InputError, problem } from '../problem.js';
import { isOldOffice, oldOffice } from './office-file.js';

export interface Sheet {
  name: string;
  rows: string[][];
}

/** The first sheet, or the one named or numbered (1-based) by `which`. */
export async function readSheet(bytes: Uint8Array, file: string, which?: string): Promise<Sheet> {
  if (isOldOffice(bytes)) throw oldOffice(file);
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new InputError(problem(`not an Excel workbook (.xlsx): ${(error as Error).message}`, { file, rule: 'xlsx' }));
  }
  const sheet = pick(workbook, which);
  if (!sheet) {
    const names = workbook.worksheets.map((s) => s.name).join(', ');
    throw new InputError(problem(which === undefined ? 'the workbook has no sheet' : `no sheet "${which}" in the workbook (sheets: ${names})`, { file, rule: 'xlsx' }));
  }
  return { name: sheet.name, rows: rowsOf(sheet) };
}

function pick(workbook: Workbook, which: string | undefined): Worksheet | undefined {
  if (which === undefined) return workbook.worksheets[0];
  const byName = workbook.worksheets.find((s) => s.name === which);
  if (byName) return byName;
  return /^\d+$/u.test(which) ? workbook.worksheets[Number(which) - 1] : undefined;
}

/**
 * Only the rows and cells the sheet holds are visited: a border on an empty
 * cell far down (A65536) adds nothing, and sheet.getCell (which makes the
 * cell it is asked for) or sheet.columnCount (which walks every row at each
 * call) would turn such a sheet into minutes of work.
 */
function rowsOf(sheet: Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Across a merge only the first column has the text; down a merge every row has it.
      const master = cell.isMerged ? cell.master : cell;
      cells[c - 1] = master.col !== cell.col ? '' : textOf(master.value);
    });
    const filled = Array.from(cells, (text) => text ?? '');
    while (filled.length > 0 && filled.at(-1) === '') filled.pop();
    while (rows.length < r - 1) rows.push([]);
    rows.push(filled);
  });
  return rows;
}

function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return '';
  if ('result' in value) return value.result === undefined ? '' : textOf(value.result as CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

/** Excel keeps a date as a serial day; exceljs gives it as UTC. */
function isoDate(date: Date): string {
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? day : `${day} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}
