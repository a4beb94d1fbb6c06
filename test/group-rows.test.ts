// Rows of a feedback table that are no comment: a group heading merged across
// the table (一、总体意见), even directly under the header where it once read
// as a second header row, and a filler (（以下无意见）, 以下空白, 无). And a
// header misread so that the comments are the 序号 is refused, not imported.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable, readTableFile, type TableRow } from '../src/core/intake/feedback-table.js';
import { redline, snapshot, tempDir } from './helpers/cli.js';
import { wordDocument, workbook, type WordCell } from './helpers/office.js';

const HEADER = ['序号', '单位', '条款', '意见', '理由'];
const GROUPED: string[][] = [
  HEADER,
  ['一、总体意见'],
  ['1', '庚局', '', '建议加强配套制度建设。', ''],
  ['二、具体条款意见'],
  ['2', '庚局', '第九条', '建议将“不得转让”修改为“禁止转让”。', ''],
  ['3', '辛局', '第六条', '建议将“提高办事效率”修改为“提高行政效率”。', ''],
  ['', '', '', '（以下无意见）', ''],
  ['4', '壬局', '', '无意见。', ''],
  ['', '', '', '以下空白', ''],
  ['', '', '', '无', ''],
];

const EXPECTED: Array<Omit<TableRow, 'line'>> = [
  { number: '1', unit: '庚局', comment: '建议加强配套制度建设。' },
  { number: '2', unit: '庚局', locator: '第九条', comment: '建议将“不得转让”修改为“禁止转让”。' },
  { number: '3', unit: '辛局', locator: '第六条', comment: '建议将“提高办事效率”修改为“提高行政效率”。' },
  // A unit that answers 无意见 is an answer, kept.
  { number: '4', unit: '壬局', comment: '无意见。' },
];
const LEFT_OUT = [
  { line: 2, kind: 'group', text: '一、总体意见' },
  { line: 4, kind: 'group', text: '二、具体条款意见' },
  { line: 7, kind: 'filler', text: '（以下无意见）' },
  { line: 9, kind: 'filler', text: '以下空白' },
  { line: 10, kind: 'filler', text: '无' },
];

const withoutLines = (rows: readonly TableRow[]) => rows.map(({ line: _, ...rest }) => rest);

async function groupedSheet(): Promise<Buffer> {
  return workbook([{ name: '汇总', rows: GROUPED.map((r) => r.map((c, i) => (i === 0 && /^\d+$/u.test(c) ? Number(c) : c || null))), merges: ['A2:E2', 'A4:E4'] }]);
}

describe('a group row directly under the header', () => {
  it('in Excel, merged across: skipped as a group, the header is 序号 / 单位 / 条款 / 意见 / 理由', async () => {
    const [table] = await readTableFile(await groupedSheet(), '意见汇总.xlsx', { format: 'xlsx' });
    expect(table!.columns.map((c) => c.field)).toEqual(['number', 'unit', 'locator', 'comment', undefined]);
    expect(withoutLines(table!.rows)).toEqual(EXPECTED);
    expect(table!.rows.map((r) => r.line)).toEqual([3, 5, 6, 8]);
    expect(table!.leftOut).toEqual(LEFT_OUT);
  });

  it('in a Word table (gridSpan) and in CSV', async () => {
    const cells: WordCell[][] = GROUPED.map((row) => (row.length === 1 ? [{ text: row[0]!, columnSpan: 5 }] : row.map((text) => ({ text }))));
    const [word] = await readTableFile(await wordDocument([{ text: '意见汇总' }, cells]), '意见汇总.docx', { format: 'docx' });
    expect(withoutLines(word!.rows)).toEqual(EXPECTED);
    expect(word!.leftOut).toEqual(LEFT_OUT);
    const csv = GROUPED.map((r) => [...r, '', '', '', ''].slice(0, 5).join(',')).join('\n');
    expect(withoutLines(readTable(csv, '意见汇总.csv', 'csv'))).toEqual(EXPECTED);
  });

  it('a comment column first, a row with no unit: its comment stays a comment', () => {
    expect(withoutLines(readTable('意见,单位\n建议删除第九条。,\n一、建议增加电子证照互认的规定,\n建议增加一条。,庚局\n', 'c.csv', 'csv'))).toEqual([
      { number: '', unit: '', comment: '建议删除第九条。' },
      { number: '', unit: '', comment: '一、建议增加电子证照互认的规定' },
      { number: '', unit: '庚局', comment: '建议增加一条。' },
    ]);
  });

  // Short is no heading: a numbered request (2.删除第九条) is a comment; a
  // heading in the comment column names a group and asks for nothing.
  it('a short numbered request in the comment column is a comment; 二、修改意见 is a heading', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, 'd.md'), '# 办法\n\n第六条 提高办事效率。\n\n第九条 不得转让。\n\n第十三条 申请人提出申请。\n');
    expect((await redline(dir, 'import', 'd.md')).code).toBe(0);
    writeFileSync(join(dir, 'c.csv'), '序号,单位,意见\n1,甲局,建议修改第六条。\n,,2.删除第九条\n,,三、删除第十三条\n,,二、修改意见\n');
    const result = await redline(dir, 'feedback', 'import', 'c.csv');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'c.csv:1: 3 row(s); columns: 序号 → number, 单位 → unit, 意见 → comment',
      '  line 5 is a group heading (二、修改意见): left out',
      'imported 3 entries (1–3), 2 proposed edits, 1 comment-only into feedback/d/',
      '',
    ]);
    const list = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Array<{ comment: string }>;
    expect(list.map((e) => e.comment)).toEqual(['建议修改第六条。', '2.删除第九条', '三、删除第十三条']);
  });
});

describe('a header misread, its comments the 序号', () => {
  const rows = [
    ['意见序号', '单位', '意见内容'],
    ['1', '庚局', '建议加强配套制度建设。'],
    ['2', '辛局', '建议将“提高办事效率”修改为“提高行政效率”。'],
  ];

  it('is refused with the file, the row and both columns, in CSV and in a Word table', async () => {
    expect(() => readTable(rows.map((r) => r.join(',')).join('\n'), 'm.csv', 'csv')).toThrow(
      'the comment column "意见序号" holds only numbers while "意见内容" holds the texts: the header row (line 1) was misread; nothing was imported',
    );
    const bytes = await wordDocument([rows.map((r) => r.map((text) => ({ text })))]);
    await expect(readTableFile(bytes, 'm.docx', { format: 'docx' })).rejects.toThrow(
      'table 1, row 2: the comment column "意见序号" holds only numbers while "意见内容" holds the texts: the header row (row 1) was misread; nothing was imported',
    );
  });

  it('through the CLI: exit 2, no file changed; the grouped sheet imports its four comments', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, 'd.md'), '# 办法\n\n第六条 提高办事效率。\n\n第九条 不得转让。\n');
    expect((await redline(dir, 'import', 'd.md')).code).toBe(0);
    writeFileSync(join(dir, 'm.csv'), rows.map((r) => r.join(',')).join('\n'));
    const before = snapshot(dir);
    const refused = await redline(dir, 'feedback', 'import', 'm.csv');
    expect(refused).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'm.csv:2:1: error: the comment column "意见序号" holds only numbers while "意见内容" holds the texts: the header row (line 1) was misread; nothing was imported [table]\n',
    });
    expect(snapshot(dir)).toEqual(before);
    writeFileSync(join(dir, '意见汇总.xlsx'), await groupedSheet());
    const grouped = await redline(dir, 'feedback', 'import', '意见汇总.xlsx');
    expect(grouped.code, grouped.stderr).toBe(0);
    expect(grouped.stdout.split('\n')).toEqual([
      '意见汇总.xlsx, sheet 汇总: 4 row(s); columns: 序号 → number, 单位 → unit, 条款 → locator, 意见 → comment, 理由 → note',
      '  row 2 is a group heading (一、总体意见): left out',
      '  row 4 is a group heading (二、具体条款意见): left out',
      '  row 7 is a filler (（以下无意见）): left out',
      '  row 9 is a filler (以下空白): left out',
      '  row 10 is a filler (无): left out',
      'imported 4 entries (1–4), 2 proposed edits, 2 comment-only into feedback/d/',
      '',
    ]);
  });
});
