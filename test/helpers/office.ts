// Word and Excel files made by the tests, as an office would send them: a
// draft whose article and item numbers Word generates from list styles, and
// feedback tables with merged cells. Written with the `docx` package and exceljs.
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, type ILevelsOptions } from 'docx';
import ExcelJS from 'exceljs';

/** A paragraph of a Word draft: plain, or numbered by Word from list `list` at `level`. */
export interface WordParagraph {
  text: string;
  list?: string;
  level?: number;
  /** A new list of that reference (numbers start again). */
  instance?: number;
}

export interface WordList {
  reference: string;
  /** lvlText and numFmt per level, e.g. ['第%1条', 'chineseCounting', 'space']. */
  levels: Array<[text: string, format: keyof typeof LevelFormat, suffix: keyof typeof LevelSuffix]>;
}

/** One cell: its text (paragraphs split at "\n"), and how far it spans. */
export interface WordCell {
  text: string;
  columnSpan?: number;
  rowSpan?: number;
}

export type WordBlock = WordParagraph | WordCell[][];

export async function wordDocument(blocks: readonly WordBlock[], lists: readonly WordList[] = []): Promise<Buffer> {
  const children = blocks.map((block) => (Array.isArray(block) ? table(block) : paragraph(block)));
  const document = new Document({
    numbering: {
      config: lists.map((list) => ({
        reference: list.reference,
        levels: list.levels.map(([text, format, suffix], level): ILevelsOptions => ({
          level,
          text,
          format: LevelFormat[format],
          suffix: LevelSuffix[suffix],
          alignment: AlignmentType.START,
        })),
      })),
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

function paragraph(p: WordParagraph): Paragraph {
  if (!p.list) return new Paragraph({ text: p.text });
  return new Paragraph({ text: p.text, numbering: { reference: p.list, level: p.level ?? 0, ...(p.instance !== undefined ? { instance: p.instance } : {}) } });
}

function table(rows: WordCell[][]): Table {
  return new Table({
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (cell) =>
              new TableCell({
                children: cell.text.split('\n').map((text) => new Paragraph({ text })),
                ...(cell.columnSpan ? { columnSpan: cell.columnSpan } : {}),
                ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
              }),
          ),
        }),
    ),
  });
}

/** A workbook with one sheet per entry; `merges` such as "A2:A4"; `bordered`: empty cells given a border (A65536), as a sheet formatted down to its end has. */
export async function workbook(
  sheets: ReadonlyArray<{ name: string; rows: Array<Array<string | number | Date | null>>; merges?: string[]; bordered?: string[] }>,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row);
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const address of sheet.bordered ?? []) ws.getCell(address).border = { bottom: { style: 'thin' } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
