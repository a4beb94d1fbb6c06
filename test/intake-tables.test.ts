// One feedback table, as departments really send it, in every layout: GFM
// Markdown, CSV, TSV, ` | ` rows in a page, the flattened text of a web
// table, a Word table and an Excel sheet with merged cells. Every layout must
// give the same rows. The table is written for these tests (comments on the
// 行政许可法, 2019), not copied from the seed.
import { describe, expect, it } from 'vitest';
import { fieldOf, isOfficeAnswer, mapColumns } from '../src/core/intake/columns.js';
import { readDecision } from '../src/core/intake/decisions.js';
import { readTable, readTableFile, type TableRow } from '../src/core/intake/feedback-table.js';
import { locatorOf } from '../src/core/intake/feedback-import.js';
import { wordDocument, workbook, type WordCell } from './helpers/office.js';

const HEADER = ['序号', '提出单位', '涉及条款', '修改意见', '处理意见', '理由', '备注'];
const ROWS = [
  ['1', '市市场监管局', '第十二条', '建议将第十二条第（一）项中的“直接涉及国家安全”改为“直接关系国家安全”。', '采纳', '', ''],
  ['2', '市市场监管局', '第三十二条', '建议将第三十二条第（四）项中的“五日内”改为“三日内”。\n受理补正告知应与“一网通办”时限衔接。', '部分采纳', '补正告知时限改为四日内，与“一网通办”衔接。', ''],
  ['3', '市生态环境局', '第四十二条', '建议将第四十二条第二款中的“四十五日”改为“三十日”。', '不予采纳', '统一办理涉及多个部门，四十五日为上位法规定期限。', '已电话沟通'],
  ['4', '张**', '全文', '建议增加行政许可电子证照互认的规定。', '待研究', '', ''],
];

const EXPECTED: Array<Omit<TableRow, 'line'>> = [
  { number: '1', unit: '市市场监管局', locator: '第十二条', comment: ROWS[0]![3]!, decision: 'adopted' },
  { number: '2', unit: '市市场监管局', locator: '第三十二条', comment: ROWS[1]![3]!, decision: 'partial', reason: '补正告知时限改为四日内，与“一网通办”衔接。' },
  { number: '3', unit: '市生态环境局', locator: '第四十二条', comment: ROWS[2]![3]!, decision: 'rejected', reason: ROWS[2]![5]!, notes: [{ column: '备注', text: '已电话沟通' }] },
  // 待研究 decides nothing: the words stay with the entry.
  { number: '4', unit: '张**', locator: '全文', comment: ROWS[3]![3]!, notes: [{ column: '处理意见', text: '待研究' }] },
];

const NOTICE = '关于《行政许可实施办法（征求意见稿）》征求意见情况的说明\n\n2023年4月10日至5月5日，我局就征求意见稿书面征求了有关单位意见，现将意见采纳情况公布如下：';
const SIGNATURE = '紫金县司法局\n\n2023年5月6日';

const quote = (cell: string, delimiter: string) => (/["\n]/u.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/gu, '""')}"` : cell);

const LAYOUTS: Record<string, string> = {
  markdown: [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => ' --- ').join('|')}|`, ...ROWS.map((r) => `| ${r.map((c) => c.replace(/\n/gu, '<br>')).join(' | ')} |`)].join('\n'),
  csv: [HEADER, ...ROWS].map((r) => r.map((c) => quote(c, ',')).join(',')).join('\r\n'),
  // As Excel puts a selection on the clipboard: a cell with a line break in quotes.
  tsv: [HEADER, ...ROWS].map((r) => r.map((c) => quote(c, '\t')).join('\t')).join('\n'),
  // Rows as lines of cells between pipes, no outer pipe at the start, no delimiter row, a notice above and a signature below.
  pipes: [NOTICE, '', `${HEADER.join(' | ')} |`, ...ROWS.map((r) => `${r.join(' | ')} |`), '', SIGNATURE].join('\n'),
  // A web table copied from the page: one cell per paragraph, blank cells gone.
  flattened: [NOTICE, ...HEADER, ...ROWS.flatMap((r) => r.filter((c) => c !== '').flatMap((c) => c.split('\n'))), SIGNATURE].join('\n\n'),
};

const withoutLines = (rows: readonly TableRow[]) => rows.map(({ line: _, ...rest }) => rest);

describe('one table in every layout', () => {
  it.each([
    ['markdown', 'markdown', [3, 4, 5, 6]],
    ['csv', 'csv', [2, 3, 5, 6]],
    ['tsv', 'tsv', [2, 3, 5, 6]],
    ['pipes', 'text', [6, 7, 9, 10]],
    ['flattened', 'text', [19, 29, 43, 57]],
  ] as const)('%s', (layout, format, lines) => {
    const rows = readTable(LAYOUTS[layout]!, `table.${layout}`, format);
    expect(withoutLines(rows)).toEqual(EXPECTED);
    expect(rows.map((r) => r.line)).toEqual(lines);
  });

  it('TSV pasted into a text page reads as the TSV file', () => {
    expect(withoutLines(readTable(`${NOTICE}\n\n${LAYOUTS['tsv']}\n\n${SIGNATURE}\n`, 'page.txt', 'text'))).toEqual(EXPECTED);
  });

  it('a Word table, the unit cell merged over two rows and a title row merged across', async () => {
    const cells: WordCell[][] = [
      [{ text: '行政许可实施办法征求意见采纳情况汇总表', columnSpan: 7 }],
      HEADER.map((text) => ({ text })),
      ...ROWS.map((row, r) => row.flatMap((text, c): WordCell[] => (c === 1 && r === 1 ? [] : [{ text, ...(c === 1 && r === 0 ? { rowSpan: 2 } : {}) }]))),
    ];
    const bytes = await wordDocument([{ text: '关于《行政许可实施办法（征求意见稿）》征求意见情况的说明' }, cells, { text: '紫金县司法局' }]);
    const tables = await readTableFile(bytes, 'comments.docx', { format: 'docx' });
    expect(tables.map((t) => [t.table, t.headerLine])).toEqual([[1, 2]]);
    expect(withoutLines(tables[0]!.rows)).toEqual(EXPECTED);
    expect(tables[0]!.rows.map((r) => r.line)).toEqual([3, 4, 5, 6]);
  });

  it('an Excel sheet, merged cells included, the first sheet or the one named', async () => {
    const bytes = await workbook([
      { name: '说明', rows: [['本表为各单位反馈意见汇总。']] },
      {
        name: '意见汇总',
        rows: [['行政许可实施办法征求意见采纳情况汇总表'], HEADER, ...ROWS.map((r) => r.map((c, i) => (i === 0 ? Number(c) : c || null)))],
        merges: ['A1:G1', 'B3:B4'],
      },
    ]);
    const tables = await readTableFile(bytes, 'comments.xlsx', { format: 'xlsx', sheet: '意见汇总' });
    expect(withoutLines(tables[0]!.rows)).toEqual(EXPECTED);
    expect(tables[0]!.rows.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect((await readTableFile(bytes, 'comments.xlsx', { format: 'xlsx', sheet: '2' }))[0]!.sheet).toBe('意见汇总');
    await expect(readTableFile(bytes, 'comments.xlsx', { format: 'xlsx' })).rejects.toThrow(/^no feedback table in sheet "说明": no header row names a comment column/);
    await expect(readTableFile(bytes, 'comments.xlsx', { format: 'xlsx', sheet: '汇总' })).rejects.toThrow('no sheet "汇总" in the workbook (sheets: 说明, 意见汇总)');
  });
});

describe('a header of two rows (处理情况 over 意见采纳情况 and 未采纳原因)', () => {
  const expected = [
    { number: '1', unit: '区教育局', comment: '建议将第五条中的“显著位置”改为“醒目位置”。', decision: 'adopted' },
    { number: '2', unit: '区财政局', comment: '建议删除第九条。', decision: 'rejected', reason: '该条为上位法要求。' },
  ];

  it('in Word, with 序号, 单位 and 主要意见 spanning both rows: no entry is made of the lower header row', async () => {
    const rows: WordCell[][] = [
      [{ text: '序号', rowSpan: 2 }, { text: '单位', rowSpan: 2 }, { text: '主要意见', rowSpan: 2 }, { text: '处理情况', columnSpan: 2 }],
      [{ text: '意见采纳情况' }, { text: '未采纳原因' }],
      [{ text: '1' }, { text: '区教育局' }, { text: '建议将第五条中的“显著位置”改为“醒目位置”。' }, { text: '采纳' }, { text: '' }],
      [{ text: '2' }, { text: '区财政局' }, { text: '建议删除第九条。' }, { text: '不采纳' }, { text: '该条为上位法要求。' }],
    ];
    const [table] = await readTableFile(await wordDocument([{ text: '征求意见采纳情况' }, rows]), 'c.docx', { format: 'docx' });
    expect(table!.columns.map((c) => c.field)).toEqual(['number', 'unit', 'comment', 'decision', 'reason']);
    expect(withoutLines(table!.rows)).toEqual(expected);
  });

  it('in Excel (merged) and in CSV (the upper cells left empty)', async () => {
    const bytes = await workbook([
      {
        name: '汇总',
        rows: [
          ['序号', '单位', '主要意见', '处理情况', null],
          [null, null, null, '意见采纳情况', '未采纳原因'],
          [1, '区教育局', '建议将第五条中的“显著位置”改为“醒目位置”。', '采纳', null],
          [2, '区财政局', '建议删除第九条。', '不采纳', '该条为上位法要求。'],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'],
      },
    ]);
    const [sheet] = await readTableFile(bytes, 'c.xlsx', { format: 'xlsx' });
    expect(withoutLines(sheet!.rows)).toEqual(expected);
    expect(sheet!.rows.map((r) => r.line)).toEqual([3, 4]);
    const csv = ['序号,单位,主要意见,处理情况,', ',,,意见采纳情况,未采纳原因', '1,区教育局,建议将第五条中的“显著位置”改为“醒目位置”。,采纳,', '2,区财政局,建议删除第九条。,不采纳,该条为上位法要求。'].join('\n');
    expect(withoutLines(readTable(csv, 'c.csv', 'csv'))).toEqual(expected);
  });

  it('a first data row is never taken for a header row', () => {
    const csv = ['序号,单位,主要意见,处理情况', '1,区教育局,意见,采纳'].join('\n');
    expect(withoutLines(readTable(csv, 'c.csv', 'csv'))).toEqual([{ number: '1', unit: '区教育局', comment: '意见', decision: 'adopted' }]);
  });
});

describe('a sheet formatted far beyond its rows', () => {
  it('reads the rows it holds: a border on A65536 and on Z2000 adds no row or column (it took minutes: each cell was made and counted)', async () => {
    const rows = [HEADER, ...ROWS.map((r) => r.map((c, i) => (i === 0 ? Number(c) : c || null)))];
    const plain = await readTableFile(await workbook([{ name: '意见汇总', rows }]), 'comments.xlsx', { format: 'xlsx' });
    const styled = await readTableFile(await workbook([{ name: '意见汇总', rows, bordered: ['A65536', 'Z2000', 'C3000'] }]), 'comments.xlsx', { format: 'xlsx' });
    expect(withoutLines(styled[0]!.rows)).toEqual(EXPECTED);
    expect(styled.map((t) => [t.headerLine, t.rows.map((r) => r.line)])).toEqual(plain.map((t) => [t.headerLine, t.rows.map((r) => r.line)]));
  });

  it('keeps the line numbers of rows after empty ones, and the columns of a cell far right', async () => {
    const rows: Array<Array<string | number | null>> = [['序号', '单位', '意见'], [1, '县司法局', '建议删除第九条。'], [], [], [2, '县商务局', '建议将第五条中的“显著位置”改为“醒目位置”。']];
    const [table] = await readTableFile(await workbook([{ name: 'a', rows }]), 'c.xlsx', { format: 'xlsx' });
    expect(table!.rows.map((r) => [r.line, r.number, r.unit])).toEqual([
      [2, '1', '县司法局'],
      [5, '2', '县商务局'],
    ]);
  });
});

describe('the layouts the issue found failing', () => {
  it('` | ` rows with no leading pipe and no delimiter row (单位/个人 / 收集到的意见 / 意见反馈 / 是否采纳的原因或理由)', () => {
    const page = [
      '关于《明码标价和禁止价格欺诈规定》修订稿征求意见的反馈',
      '序号 | 单位/个人 | 收集到的意见 | 意见反馈 | 是否采纳的原因或理由 |',
      '1 | 县市场监管局 | 建议将第五条中的“显著位置”改为“醒目位置”。 | 采纳 | 表述更准确。 |',
      '2 | 王** | 建议删除第九条。 | 不采纳 | 该条为上位法要求。 |',
      '3 | 县商务局 | 建议明确网络交易平台的标价要求。 | 已反馈给县市场监管局研究 |  |',
    ].join('\n');
    expect(withoutLines(readTable(page, 'p.txt', 'text'))).toEqual([
      // A reason given for an adopted row is kept.
      { number: '1', unit: '县市场监管局', comment: '建议将第五条中的“显著位置”改为“醒目位置”。', decision: 'adopted', reason: '表述更准确。' },
      { number: '2', unit: '王**', comment: '建议删除第九条。', decision: 'rejected', reason: '该条为上位法要求。' },
      { number: '3', unit: '县商务局', comment: '建议明确网络交易平台的标价要求。', notes: [{ column: '意见反馈', text: '已反馈给县市场监管局研究' }] },
    ]);
  });

  it('three columns 序号 / 意见及建议 / 采纳情况, the decision cell holding two paragraphs', () => {
    const page = ['序号', '意见及建议', '采纳情况', '1', '建议将第六条中的“应当在工作日补假”改为“应当在下一个工作日补假”。', '不采纳。', '补假日期由国务院办公厅每年通知。', '2', '第五条建议增加“国家公祭日”。', '采纳。'].join('\n\n');
    expect(withoutLines(readTable(page, 'p.txt', 'text'))).toEqual([
      { number: '1', unit: '', comment: '建议将第六条中的“应当在工作日补假”改为“应当在下一个工作日补假”。', decision: 'rejected', reason: '补假日期由国务院办公厅每年通知。' },
      { number: '2', unit: '', comment: '第五条建议增加“国家公祭日”。', decision: 'adopted' },
    ]);
  });

  it('TSV with 单位/个人 / 意见 / 反馈意见采纳情况 / 备注, and CSV with no unit and 采纳情况及理由 in one cell', () => {
    const tsv = '序号\t单位/个人\t意见\t反馈意见采纳情况\t备注\n1\t市教育局\t建议将第三条第三项中的“不满14周岁”改为“不满16周岁”。\t采纳\t已电话沟通\n';
    expect(withoutLines(readTable(tsv, 't.tsv', 'tsv'))).toEqual([
      { number: '1', unit: '市教育局', comment: '建议将第三条第三项中的“不满14周岁”改为“不满16周岁”。', decision: 'adopted', notes: [{ column: '备注', text: '已电话沟通' }] },
    ]);
    const csv = '序号,意见内容,采纳情况及理由\n1,建议将第一条中的“制定本办法”改为“特制定本办法”。,"采纳，感谢您的建议"\n2,建议删除第五条。,"不采纳，备案为上位法规定"\n';
    expect(withoutLines(readTable(csv, 'c.csv', 'csv'))).toEqual([
      { number: '1', unit: '', comment: '建议将第一条中的“制定本办法”改为“特制定本办法”。', decision: 'adopted', reason: '感谢您的建议' },
      { number: '2', unit: '', comment: '建议删除第五条。', decision: 'rejected', reason: '备案为上位法规定' },
    ]);
  });

  it('备注 beside a decision and no reason column: the grounds of 不采纳 and 部分采纳, a note beside 采纳 (CSV, Markdown)', () => {
    const rows = [
      ['1', '市发展改革委', '建议将第二条中的“激发市场活力”改为“激发市场主体活力”。', '采纳', '已电话沟通'],
      ['2', '市司法局', '建议删除第三十四条。', '不采纳', '该条为上位法规定的内容'],
      ['3', '浦东新区', '建议将第五条中的“浦东新区”改为“浦东新区人民政府”，并删除第六条。', '部分采纳', '第六条仍需保留'],
    ];
    const header = ['序号', '单位/个人', '意见', '反馈意见采纳情况', '备注'];
    const csv = [header, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');
    const md = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
    for (const [text, name, format] of [[csv, 'a.csv', 'csv'], [md, 'b.md', 'markdown']] as const) {
      expect(withoutLines(readTable(text, name, format)), name).toEqual([
        { number: '1', unit: '市发展改革委', comment: rows[0]![2], decision: 'adopted', notes: [{ column: '备注', text: '已电话沟通' }] },
        { number: '2', unit: '市司法局', comment: rows[1]![2], decision: 'rejected', reason: '该条为上位法规定的内容' },
        { number: '3', unit: '浦东新区', comment: rows[2]![2], decision: 'partial', reason: '第六条仍需保留' },
      ]);
    }
  });

  it('a publisher signing above the table is never a unit, nor one signing below it', () => {
    const page = ['紫金县林业局关于《林地保护办法》征求意见情况的报告', '紫金县林业局', '2023年6月1日', '序号', '单位', '意见', '是否采纳', '1', '县自然资源局', '建议将第八条中的“三十日”改为“十五日”。', '否', '与上位法不一致。', '紫金县林业局', '2023年6月1日'].join('\n');
    expect(withoutLines(readTable(page, 'p.txt', 'text'))).toEqual([
      { number: '1', unit: '县自然资源局', comment: '建议将第八条中的“三十日”改为“十五日”。', decision: 'rejected', reason: '与上位法不一致。' },
    ]);
  });

  it('two tables on one page, each read with its own columns', () => {
    const page = `${LAYOUTS['pipes']}\n\n二、公众意见\n\n| 序号 | 姓名 | 意见内容 | 提交时间 |\n| --- | --- | --- | --- |\n| 1 | 刘* | 建议延长公示期。 | 2023-04-12 |\n`;
    const rows = readTable(page, 'p.md', 'markdown');
    expect(rows.map((r) => [r.number, r.unit, r.submitted])).toEqual([['1', '市市场监管局', undefined], ['2', '市市场监管局', undefined], ['3', '市生态环境局', undefined], ['4', '张**', undefined], ['1', '刘*', '2023-04-12']]);
  });
});

describe('columns by meaning', () => {
  it('maps every header the issue names, and keeps the others as notes', () => {
    const headers: Record<string, string[]> = {
      number: ['序号', '编号'],
      unit: ['单位', '提出单位', '反馈单位', '单位/个人', '反馈人', '姓名', '提出人'],
      comment: ['主要意见', '意见', '意见内容', '意见建议', '意见及建议', '修改意见', '收集到的意见', '具体意见'],
      locator: ['条款', '涉及条款', '章节', '页码'],
      decision: ['意见采纳情况', '采纳情况', '是否采纳', '意见反馈', '处理意见', '反馈意见采纳情况', '处理情况', '是否采纳 (是/否)', '处理结果：'],
      reason: ['未采纳原因', '理由', '采纳理由', '未采纳理由', '是否采纳的原因或理由', '说明'],
      'decision+reason': ['采纳情况及理由', '采纳情况及说明', '意见采纳情况及未采纳原因'],
      contact: ['联系电话', '电子邮箱', '联系方式'],
      submitted: ['提交时间', '留言时间'],
    };
    for (const [field, names] of Object.entries(headers)) expect(names.map((n) => [n, fieldOf(n)])).toEqual(names.map((n) => [n, field]));
    expect(['备注', '附件', ''].map((h) => fieldOf(h))).toEqual([undefined, undefined, undefined]);
    expect(mapColumns(['序号', '单位', '意见', '单位', '备注'])).toEqual([
      { header: '序号', field: 'number' },
      { header: '单位', field: 'unit' },
      { header: '意见', field: 'comment' },
      { header: '单位' },
      { header: '备注' },
    ]);
  });

  // A walk on 立法法 2015: 修改意见及理由 read as a reason, so no comment column; 涉及条文 kept as a note.
  it('a comment with its grounds (修改意见及理由) is the comment, 涉及条文 the place; an office’s 处理意见及理由 and 答复意见 are not', () => {
    const comments = ['修改意见及理由', '意见及理由', '建议及理由', '意见和理由', '修改建议及理由', '具体意见及理由', '意见及依据'];
    expect(comments.map((h) => [h, fieldOf(h)])).toEqual(comments.map((h) => [h, 'comment']));
    const places = ['涉及条文', '相关条文', '对应条文', '条文序号'];
    expect(places.map((h) => [h, fieldOf(h)])).toEqual(places.map((h) => [h, 'locator']));
    expect(['处理意见及理由', '答复意见', '修改理由', '原条文'].map((h) => fieldOf(h))).toEqual(['decision+reason', 'reason', 'reason', undefined]);
    expect(mapColumns(['编号', '提出单位', '涉及条文', '修改意见及理由']).map((c) => c.field ?? 'note')).toEqual(['number', 'unit', 'locator', 'comment']);
  });

  // A walk on 公司法 2018: 序号|条文|意见建议|提出人 kept 条文 as a note.
  it('条文 is the place; a column of the article’s words (原条文, 修改后条文, 条款内容) is not', () => {
    const fields = (headers: string[]) => mapColumns(headers).map((c) => c.field ?? 'note');
    expect(fields(['序号', '条文', '意见建议', '提出人'])).toEqual(['number', 'locator', 'comment', 'unit']);
    expect(fields(['序号', '原条文', '修改后条文', '修改意见', '提出单位'])).toEqual(['number', 'note', 'note', 'comment', 'unit']);
    const texts = ['原条文', '修改后条文', '现行条文', '原条款', '条款内容', '条文内容', '征求意见稿条文'];
    expect(texts.map((h) => [h, fieldOf(h)])).toEqual(texts.map((h) => [h, undefined]));
    expect(['条文', '所涉条文', '涉及条款', '条文修改意见'].map((h) => fieldOf(h))).toEqual(['locator', 'locator', 'locator', 'comment']);
  });

  it('a bare 理由 is the office’s only after a decision column; 修改理由 is always the commenter’s', () => {
    const fields = (headers: string[]) => mapColumns(headers).map((c) => c.field ?? 'note');
    expect(fields(['序号', '提出单位', '修改意见', '理由'])).toEqual(['number', 'unit', 'comment', 'note']);
    expect(fields(['序号', '单位', '意见', '是否采纳', '理由'])).toEqual(['number', 'unit', 'comment', 'decision', 'reason']);
    expect(fields(['序号', '条款', '修改意见', '修改理由', '采纳情况', '未采纳原因'])).toEqual(['number', 'locator', 'comment', 'note', 'decision', 'reason']);
    expect(fields(['序号', '意见', '说明', '处理情况'])).toEqual(['number', 'comment', 'note', 'decision']);
    expect(fields(['序号', '意见', '答复'])).toEqual(['number', 'comment', 'reason']);
    expect(['答复', '回复', '未采纳原因', 'response'].map(isOfficeAnswer)).toEqual([true, true, true, true]);
    expect(['理由', '修改理由', '建议理由', '说明', '备注'].map(isOfficeAnswer)).toEqual([false, false, false, false, false]);
  });

  it('reads the decision words, and the reason after them', () => {
    const cases: Array<[string, string | undefined, string]> = [
      ['采纳', 'adopted', ''], ['已采纳', 'adopted', ''], ['予以采纳', 'adopted', ''], ['吸收采纳', 'adopted', ''], ['是', 'adopted', ''],
      ['部分采纳', 'partial', ''], ['部分吸收', 'partial', ''],
      ['不采纳', 'rejected', ''], ['未采纳', 'rejected', ''], ['不予采纳', 'rejected', ''], ['否', 'rejected', ''],
      ['', 'pending', ''], ['待研究', 'pending', ''], ['已反馈给县交通局研究', 'pending', '已反馈给县交通局研究'],
      ['不采纳，备案为上位法规定', 'rejected', '备案为上位法规定'], ['采纳，感谢您的建议！', 'adopted', '感谢您的建议！'],
      ['不采纳。\n该期限为上位法规定。', 'rejected', '该期限为上位法规定。'], ['（部分采纳）第二项已修改', 'partial', '第二项已修改'],
      ['是否', undefined, ''], ['该意见已在第五条中体现', undefined, ''],
    ];
    expect(cases.map(([cell]) => {
      const read = readDecision(cell);
      return [cell, read?.status, read?.rest ?? ''];
    })).toEqual(cases);
  });
});

describe('the locator an entry gets from its comment', () => {
  it('names pages, items and articles as the comments do, never the count in 增加一条 or 三项措施', () => {
    expect(locatorOf('第15页；第16页，18项“建立更加健全社会保障体系”')).toBe('第15页；第16页；18项“建立更加健全社会保障体系”');
    expect(locatorOf('建议在第九条后增加一条：“经营者应当公示价格。”')).toBe('第九条');
    expect(locatorOf('建议在第二十四条中增加一款，内容如下：“…”；另增加一项。')).toBe('第二十四条');
    expect(locatorOf('建议第三条增加三项措施')).toBe('第三条');
    expect(locatorOf('第一百二十三条、第十二条表述不一致')).toBe('第一百二十三条；第十二条');
    expect(locatorOf('In section 2, replace "shall" with "must".')).toBe('section 2');
    expect(locatorOf('建议增加一条')).toBeUndefined();
    expect(locatorOf('民法典第一千零一条与第一百零一条')).toBe('第一千零一条；第一百零一条');
    // Not a place named inside the quoted new text; an English list joined in English.
    expect(locatorOf('建议在第九条后增加一条：“经营者违反本规定第十二条的，依法处理。”')).toBe('第九条');
    expect(locatorOf('Section 104 is amended by inserting after paragraph (1) the following: “(2) costs under section 311;”. See also section 5.', 'en')).toBe('Section 104; section 5');
    expect(locatorOf('第三、四条和第十至十二条合并')).toBe('第三、四条；第十至十二条');
  });
});
