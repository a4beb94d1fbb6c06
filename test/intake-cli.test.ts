// Several tables, one draft, through the CLI: a Word table, an Excel sheet
// and a CSV export come in for the 明码标价和禁止价格欺诈规定 (2022); each row
// becomes one entry with the next free id, as the table decided it, with
// where it came from; the same table again adds nothing, a re-sent one only
// its new rows; and `check` passes on what the importer wrote.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, redline, snapshot, tempDir } from './helpers/cli.js';
import { wordDocument, workbook } from './helpers/office.js';

interface Listed {
  id: string;
  unit: string;
  comment: string;
  edits: Array<{ op: string; state: string }>;
  decision: { status: string; reason?: string };
}

async function pricingWorkspace(): Promise<string> {
  const dir = tempDir();
  await redline(dir, 'init');
  const draft = readFileSync(join(CORPUS, 'lawrefbook/samr_mingma_biaojia_2022.md'), 'utf8');
  writeFileSync(join(dir, 'pricing.md'), draft);
  const imported = await redline(dir, 'import', 'pricing.md');
  if (imported.code !== 0) throw new Error(imported.stderr);
  return dir;
}

const WORD_ROWS = [
  ['序号', '单位/个人', '收集到的意见', '意见反馈', '是否采纳的原因或理由'],
  ['1', '县发展改革局', '建议将第五条第二款中的“标识醒目”改为“标识清晰醒目”。', '采纳', '表述更完整。'],
  ['2', '县商务局', '建议删除第九条第一款中的“一般”。', '不采纳', '需保留例外情形。'],
  ['3', '赵**', '建议将第六条第二款中的“及时调整”改为“立即调整”；建议将第八条中的“任何未予标明的费用”改为“任何未标明的费用”。', '部分采纳', '第六条维持“及时调整”。'],
];

const SHEET_ROWS: Array<Array<string | number | null>> = [
  ['明码标价规定征求意见汇总表'],
  ['序号', '单位', '意见', '反馈意见采纳情况', '备注'],
  [1, '县市场监管局', '建议将第十条中的“收购粮食等农产品”改为“收购粮食、蔬菜等农产品”。', '已采纳', null],
  [2, null, '建议删除第十一条第二款中的“以显著方式”。', '不予采纳，区分标记须醒目', '已与起草组沟通'],
  [3, '钱*明', '第十二条表述清楚，无修改意见。', '是', null],
];

const CSV = '序号,意见内容,采纳情况及理由\n1,建议将第三条中的“诚实信用”改为“诚信”。,"不采纳，“诚实信用”为法律用语"\n2,建议将第七条第二款中的“服务内容”改为“服务内容、服务标准”。,"采纳，感谢您的建议"\n';

async function writeTables(dir: string): Promise<void> {
  writeFileSync(join(dir, '县直部门意见.docx'), await wordDocument([{ text: '明码标价规定征求意见反馈' }, WORD_ROWS.map((row) => row.map((text) => ({ text })))]));
  writeFileSync(join(dir, '市场监管局意见.xlsx'), await workbook([{ name: '意见汇总', rows: SHEET_ROWS, merges: ['A1:E1', 'B3:B4'] }]));
  writeFileSync(join(dir, '消协意见.csv'), CSV);
}

describe('three tables in three layouts into one draft', () => {
  it('gives one entry per row, ids without collisions, every decision and reason as stated, and check passes', async () => {
    const dir = await pricingWorkspace();
    await writeTables(dir);
    const word = await redline(dir, 'feedback', 'import', '县直部门意见.docx');
    expect(word).toEqual({
      code: 0,
      stdout:
        '县直部门意见.docx, table 1: 3 row(s); columns: 序号 → number, 单位/个人 → unit, 收集到的意见 → comment, 意见反馈 → decision, 是否采纳的原因或理由 → reason\n' +
        'imported 3 entries (1–3), 4 proposed edits, 3 already decided into feedback/pricing/\n',
      stderr: '',
    });
    const excel = await redline(dir, 'feedback', 'import', '市场监管局意见.xlsx');
    expect(excel.stdout).toBe(
      '市场监管局意见.xlsx, sheet 意见汇总: 3 row(s); columns: 序号 → number, 单位 → unit, 意见 → comment, 反馈意见采纳情况 → decision, 备注 → note\n' +
        'imported 3 entries (4–6), 2 proposed edits, 1 comment-only, 3 already decided into feedback/pricing/\n',
    );
    const csv = await redline(dir, 'feedback', 'import', '消协意见.csv', '--unit', '市消费者协会');
    expect(csv.stdout).toBe(
      '消协意见.csv:1: 2 row(s); columns: 序号 → number, 意见内容 → comment, 采纳情况及理由 → decision+reason\n' +
        '  no unit column: unit "市消费者协会" (--unit)\n' +
        'imported 2 entries (7–8), 2 proposed edits, 2 already decided into feedback/pricing/\n',
    );
    expect(readdirSync(join(dir, 'feedback/pricing')).sort()).toEqual(['1.yaml', '2.yaml', '3.yaml', '4.yaml', '5.yaml', '6.yaml', '7.yaml', '8.yaml']);
    const list = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Listed[];
    expect(list.map((e) => [e.id, e.unit, e.decision.status, e.decision.reason])).toEqual([
      ['1', '县发展改革局', 'adopted', '表述更完整。'],
      ['2', '县商务局', 'rejected', '需保留例外情形。'],
      ['3', '赵**', 'partial', '第六条维持“及时调整”。'],
      ['4', '县市场监管局', 'adopted', undefined],
      // The unit cell merged over two rows belongs to both.
      ['5', '县市场监管局', 'rejected', '区分标记须醒目'],
      ['6', '钱*明', 'adopted', undefined],
      ['7', '市消费者协会', 'rejected', '“诚实信用”为法律用语'],
      ['8', '市消费者协会', 'adopted', '感谢您的建议'],
    ]);
    // “删除…中的“X”” (entries 2 and 5) becomes a deletion; entry 6 asks for no change: comment-only.
    expect(list.map((e) => e.edits.map((x) => x.state).join(' '))).toEqual(['ok', 'ok', 'ok ok', 'ok', 'ok', '', 'ok', 'ok']);
    const five = readFileSync(join(dir, 'feedback/pricing/5.yaml'), 'utf8');
    expect(five).toContain('notes:\n  - column: 备注\n    text: 已与起草组沟通\n');
    expect(five).toContain('from:\n  file: 市场监管局意见.xlsx\n  sheet: 意见汇总\n  row: 4\n  number: "2"\n');
    expect(readFileSync(join(dir, 'feedback/pricing/7.yaml'), 'utf8')).toContain('from:\n  file: 消协意见.csv\n  line: 2\n  number: "1"\n');
    // The partial decision still needs its edits chosen: a warning now, an error before publishing.
    const check = await redline(dir, 'check');
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toMatch(/^feedback\/pricing\/3\.yaml:\d+:1: warning: entry 3 is partially adopted: name the adopted edits/);
    expect((await redline(dir, 'check', '--final')).code).toBe(1);
    expect((await redline(dir, 'fmt', '--check')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
  });

  it('adds nothing for the same table again and says so; a re-sent table adds only its new rows; no entry is changed', async () => {
    const dir = await pricingWorkspace();
    await writeTables(dir);
    await redline(dir, 'feedback', 'import', '县直部门意见.docx');
    await redline(dir, 'feedback', 'import', '市场监管局意见.xlsx');
    // The clerk decides and edits entries in the meantime.
    await redline(dir, 'decide', '3', 'partial', '--edits', '2', '--reason', '第六条维持“及时调整”。');
    await redline(dir, 'decide', '2', 'adopt');
    const before = snapshot(dir);
    const again = await redline(dir, 'feedback', 'import', '县直部门意见.docx');
    expect(again.stdout.split('\n').slice(1)).toEqual(['3 row(s) already imported before, not added again (entries 1–3)', 'nothing new: every row is already an entry in feedback/pricing/', '']);
    expect(snapshot(dir)).toEqual(before);
    // The department sends its table again, with one row more, under another name.
    const resent = [...SHEET_ROWS, [4, '县市场监管局', '建议将第九条第一款中的“阿拉伯数字”改为“阿拉伯数字和规范汉字”。', null, null]];
    writeFileSync(join(dir, '市场监管局意见（补充）.xlsx'), await workbook([{ name: '意见汇总', rows: resent, merges: ['A1:E1', 'B3:B4'] }]));
    const more = await redline(dir, 'feedback', 'import', '市场监管局意见（补充）.xlsx');
    expect(more.stdout.split('\n').slice(1)).toEqual(['3 row(s) already imported before, not added again (entries 4–6)', 'imported 1 entries (7), 1 proposed edits into feedback/pricing/', '']);
    const after = snapshot(dir);
    for (const [file, content] of Object.entries(before)) expect(after[file], file).toBe(content);
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual(['feedback/pricing/7.yaml', '市场监管局意见（补充）.xlsx']);
  });

  it('keeps both rows when one table repeats a 序号, and says so', async () => {
    const dir = await pricingWorkspace();
    writeFileSync(join(dir, 'dup.tsv'), '序号\t单位\t意见\n1\t县财政局\t建议将第八条中的“加价出售”改为“加价销售”。\n1\t县税务局\t第九条无意见。\n2\t县财政局\t第十条无意见。\n');
    const result = await redline(dir, 'feedback', 'import', 'dup.tsv');
    expect(result.stdout.split('\n').slice(1)).toEqual(['序号 1 is on 2 rows (line 2, line 3) of dup.tsv:1: all kept, as entries 1, 2', 'imported 3 entries (1–3), 1 proposed edits, 2 comment-only into feedback/pricing/', '']);
    const list = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Listed[];
    expect(list.map((e) => [e.id, e.unit])).toEqual([['1', '县财政局'], ['2', '县税务局'], ['3', '县财政局']]);
  });

  it('imports the seed page and leaves a workspace that check passes', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    await redline(dir, 'import', join(CORPUS, '../seed-page.txt'), '--name', 'seed');
    const check = await redline(dir, 'check');
    expect(check).toMatchObject({ code: 0, stdout: 'check: ok (1 draft(s), 6 entries, 15 edits; 1 warning(s))\n' });
    expect(readFileSync(join(dir, 'feedback/seed/3.yaml'), 'utf8')).toContain('from:\n  file: seed-page.txt\n  line: 155\n  number: "3"\n');
  });

  it('refuses an unreadable table with its file and line, changing nothing', async () => {
    const dir = await pricingWorkspace();
    writeFileSync(join(dir, 'bad.csv'), '序号,意见\n1,"未闭合的引号\n');
    writeFileSync(join(dir, 'none.txt'), '本次征求意见未收到书面意见。\n');
    writeFileSync(join(dir, 'open.csv'), '序号,意见\n\n1,"建议将“专项资金”修改为“专项经费”。\n2,建议删除第十条第二款。\n3,无意见。\n');
    writeFileSync(join(dir, 'late.csv'), '\uFEFF序号,意见\n1,建议一\n2,建议二\n3,"建议三\n4,建议四\n5,建议五\n6,建议六\n7,建议七\n');
    const before = snapshot(dir);
    const bad = await redline(dir, 'feedback', 'import', 'bad.csv');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bad\.csv:2:1: error: not a readable CSV table: .*\[table\]\n$/);
    // A quote left open swallows the rows after it: the message names the line where it opened, not the file's end.
    const open = await redline(dir, 'feedback', 'import', 'open.csv');
    expect(open).toMatchObject({ code: 2, stderr: 'open.csv:3:1: error: not a readable CSV table: a quoted cell opens on this line and is never closed [table]\n' });
    const late = await redline(dir, 'feedback', 'import', 'late.csv');
    expect(late).toMatchObject({ code: 2, stderr: 'late.csv:4:1: error: not a readable CSV table: a quoted cell opens on this line and is never closed [table]\n' });
    const none = await redline(dir, 'feedback', 'import', 'none.txt');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^none\.txt: error: no feedback table here: no header row names a comment column/);
    const sheet = await redline(dir, 'feedback', 'import', 'bad.csv', '--sheet', '2');
    expect(sheet).toMatchObject({ code: 2, stderr: 'redline: --sheet is for Excel workbooks (.xlsx)\n' });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('an English comment/response table (Federal Register, 340B final rule)', () => {
  it('maps no / section / comment / response, keeps the agency response, and check passes', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    await redline(dir, 'import', join(CORPUS, 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md'), '--name', 'rule');
    const result = await redline(dir, 'feedback', 'import', join(CORPUS, 'us_federal_register/hhs_hrsa_fr2017-20911_comment_response_pairs.tsv'), '--unit', 'Commenters');
    expect(result.stdout).toMatch(/: 6 row\(s\); columns: no → number, section → locator, comment → comment, response → reason\n/u);
    const list = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Listed[];
    expect(list.map((e) => [e.id, e.unit, e.decision.status])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [String(n), 'Commenters', 'pending']));
    const one = readFileSync(join(dir, 'feedback/rule/1.yaml'), 'utf8');
    expect(one).toMatch(/^locator: .+$/mu);
    expect(one).toMatch(/notes:\n {2}- column: response\n {4}text: .+/u);
    expect((await redline(dir, 'check')).code).toBe(0);
  });
});
