// A corrected table re-sent: a row whose 序号 is already an entry, with its
// wording fixed, is never a new entry beside the old one. The import says so;
// --replace rewrites the entry (comment, edits proposed again) while it is
// pending, and refuses, changing nothing, for one already decided.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PAGE, redline, snapshot, tempDir } from './helpers/cli.js';
import { wordDocument, workbook } from './helpers/office.js';

const DRAFT = '# 办法\n\n第六条 行政机关应当提高办事效率。\n\n第九条 许可证件不得转让。\n\n第十条 申请人以自己的名义提出申请。\n';
const HEADER = ['序号', '单位', '意见'];
const FIRST = [
  ['1', '庚局', '建议将“办事效率”修改为“行政效率”。'],
  // (Misquoted: no edit is proposed from it.)
  ['2', '辛局', '建议将第十条中的“以自己名义”修改为“以申请人的名义”。'],
  ['3', '壬局', '建议将“不得转让”修改为“禁止转让”。'],
];
// Row 2's wording fixed (the words quoted as the text has them), and a row added.
const SECOND = [FIRST[0]!, ['2', '辛局', '建议将第十条中的“以自己的名义”修改为“以申请人的名义”。'], FIRST[2]!, ['4', '癸局', '建议删除第九条。']];

const LAYOUTS = {
  xlsx: async (dir: string, name: string, rows: string[][]) =>
    writeFileSync(join(dir, `${name}.xlsx`), await workbook([{ name: '汇总', rows: [HEADER, ...rows].map((r, i) => (i === 0 ? r : [Number(r[0]), r[1]!, r[2]!])) }])),
  csv: (dir: string, name: string, rows: string[][]) =>
    writeFileSync(join(dir, `${name}.csv`), [HEADER, ...rows].map((r) => r.map((c) => (c.includes('\n') ? `"${c}"` : c)).join(',')).join('\n') + '\n'),
};
// Where row 2 is, as the report names it.
const WHERE = { xlsx: (file: string) => `${file}, sheet 汇总, row 3`, csv: (file: string) => `${file}:1, line 3` };
const FROM = { xlsx: (file: string) => `${file}, sheet 汇总, row 3`, csv: (file: string) => `${file}, line 3` };

async function workspace(layout: keyof typeof LAYOUTS): Promise<string> {
  const dir = tempDir();
  await redline(dir, 'init');
  writeFileSync(join(dir, 'd.md'), DRAFT);
  expect((await redline(dir, 'import', 'd.md')).code).toBe(0);
  await LAYOUTS[layout](dir, '意见汇总', FIRST);
  await LAYOUTS[layout](dir, '意见汇总_v2', SECOND);
  expect((await redline(dir, 'feedback', 'import', `意见汇总.${layout}`)).stdout).toMatch(/imported 3 entries \(1–3\), 2 proposed edits, 1 comment-only/u);
  return dir;
}

describe.each(['xlsx', 'csv'] as const)('a corrected table re-sent (%s)', (layout) => {
  const v1 = `意见汇总.${layout}`;
  const v2 = `意见汇总_v2.${layout}`;

  it('says that 序号 2 is already entry 2 with other text, and adds only the new row', async () => {
    const dir = await workspace(layout);
    const before = snapshot(dir);
    const result = await redline(dir, 'feedback', 'import', v2);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n').slice(1)).toEqual([
      `${WHERE[layout](v2)}: 序号 2 is already entry 2 (${FROM[layout](v1)}) with other text: not imported; --replace takes the new wording into entry 2`,
      '2 row(s) already imported before, not added again (entries 1, 3)',
      'imported 1 entries (4), 1 proposed edits into feedback/d/',
      '',
    ]);
    const after = snapshot(dir);
    for (const [file, content] of Object.entries(before)) expect(after[file], file).toBe(content);
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual(['feedback/d/4.yaml']);
  });

  it('--replace rewrites the pending entry: the new comment, its edit proposed, from the new file', async () => {
    const dir = await workspace(layout);
    const result = await redline(dir, 'feedback', 'import', v2, '--replace');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${WHERE[layout](v2)}: 序号 2 is already entry 2 (${FROM[layout](v1)}) with other text: entry 2 rewritten with the new wording, its edits proposed again\n`);
    const entry = readFileSync(join(dir, 'feedback/d/2.yaml'), 'utf8');
    expect(entry).toContain('comment: 建议将第十条中的“以自己的名义”修改为“以申请人的名义”。\n');
    expect(entry).toMatch(/edits:\n {2}- op: replace\n/u);
    expect(entry).toContain(`file: ${v2}\n`);
    expect(entry).toContain('decision:\n  status: pending\n');
    const list = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Array<{ id: string }>;
    expect(list.map((e) => e.id)).toEqual(['1', '2', '3', '4']);
    // The same table again: every row is known.
    expect((await redline(dir, 'feedback', 'import', v2, '--replace')).stdout).toContain('nothing new: every row is already an entry in feedback/d/\n');
  });

  it('--replace refuses for a decided entry, exit 2, no file changed; without it the decision is named', async () => {
    const dir = await workspace(layout);
    expect((await redline(dir, 'decide', '2', 'reject', '--reason', '已有规定')).code).toBe(0);
    const before = snapshot(dir);
    const refused = await redline(dir, 'feedback', 'import', v2, '--replace');
    expect(refused).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `redline: --replace rewrites only pending entries:\n  ${WHERE[layout](v2)}: 序号 2 is already entry 2 (${FROM[layout](v1)}) with other text; entry 2 is decided (rejected)\nset it back to pending first (redline decide 2 pending) if the new wording is to be decided again; no file was changed\n`,
    });
    expect(snapshot(dir)).toEqual(before);
    const plain = await redline(dir, 'feedback', 'import', v2);
    expect(plain.stdout).toContain(`with other text: not imported; entry 2 is decided (rejected): set it back to pending (redline decide 2 pending), then --replace takes the new wording\n`);
    expect(snapshot(dir)['feedback/d/2.yaml']).toBe(before['feedback/d/2.yaml']);
  });
});

it('another unit under the same 序号 in another file is a new comment, not a correction', async () => {
  const dir = await workspace('csv');
  LAYOUTS.csv(dir, 'other', [['2', '子局', '建议删除第九条。']]);
  const result = await redline(dir, 'feedback', 'import', 'other.csv');
  expect(result.stdout.split('\n').slice(1)).toEqual(['imported 1 entries (4), 1 proposed edits into feedback/d/', '']);
});

// A table is a re-send only where some of its rows are already entries from
// that file: two tables of one name (next week's export, each 单位's form)
// share 序号 and, with no unit column, the unit too.
it("next week's public export under the same name is imported, not taken for a correction of last week's", async () => {
  const dir = await workspace('csv');
  mkdirSync(join(dir, 'w3'));
  mkdirSync(join(dir, 'w4'));
  const header = '序号,留言时间,留言内容\n';
  writeFileSync(join(dir, 'w3/留言导出.csv'), `${header}1,2026-11-16 09:12,建议删除第九条。\n2,2026-11-17 10:00,建议将“办事效率”修改为“提高效能”。\n`);
  writeFileSync(join(dir, 'w4/留言导出.csv'), `${header}1,2026-11-23 09:00,建议删除第十条。\n2,2026-11-24 15:30,建议将“不得转让”修改为“严禁转让”。\n`);
  expect((await redline(dir, 'feedback', 'import', 'w3/留言导出.csv')).stdout).toContain('imported 2 entries (4–5), 2 proposed edits into feedback/d/\n');
  const before = snapshot(dir);
  const result = await redline(dir, 'feedback', 'import', 'w4/留言导出.csv');
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout.split('\n').slice(2)).toEqual(['imported 2 entries (6–7), 2 proposed edits into feedback/d/', '']);
  const after = snapshot(dir);
  for (const [file, content] of Object.entries(before)) expect(after[file], file).toBe(content);
  expect(readFileSync(join(dir, 'feedback/d/6.yaml'), 'utf8')).toContain('comment: 建议删除第十条。\n');
  // --replace has nothing to rewrite: week 1 stays.
  const again = await redline(dir, 'feedback', 'import', 'w4/留言导出.csv', '--replace');
  expect(again.stdout).toContain('nothing new: every row is already an entry in feedback/d/\n');
  expect(snapshot(dir)['feedback/d/4.yaml']).toBe(before['feedback/d/4.yaml']);
});

it('two 单位 each sending 意见反馈表.docx with no unit column: both imported', async () => {
  const dir = await workspace('csv');
  const form = (rows: string[][]) => wordDocument([[['序号', '修改意见'], ...rows].map((r) => r.map((text) => ({ text })))]);
  mkdirSync(join(dir, '甲局'));
  mkdirSync(join(dir, '乙局'));
  writeFileSync(join(dir, '甲局/意见反馈表.docx'), await form([['1', '建议删除第九条。']]));
  writeFileSync(join(dir, '乙局/意见反馈表.docx'), await form([['1', '建议删除第十条。']]));
  expect((await redline(dir, 'feedback', 'import', '甲局/意见反馈表.docx')).stdout).toContain('imported 1 entries (4), 1 proposed edits into feedback/d/\n');
  const result = await redline(dir, 'feedback', 'import', '乙局/意见反馈表.docx');
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).not.toContain('already entry');
  expect(result.stdout).toMatch(/\nimported 1 entries \(5\), 1 proposed edits into feedback\/d\/\n$/u);
  expect(readFileSync(join(dir, 'feedback/d/5.yaml'), 'utf8')).toContain('comment: 建议删除第十条。\n');
});

// `import` has no --replace: a page's table re-sent through it is reported without naming one.
it('import --force of a page whose table changed names no --replace', async () => {
  const dir = tempDir();
  await redline(dir, 'init');
  const page = readFileSync(SEED_PAGE, 'utf8');
  writeFileSync(join(dir, 'p.txt'), page);
  expect((await redline(dir, 'import', 'p.txt', '--name', 'seed')).code).toBe(0);
  writeFileSync(join(dir, 'p.txt'), page.replace('改为“公共卫生专业机构”', '改为“公共卫生机构”'));
  expect((await redline(dir, 'decide', '4', 'reject', '--reason', '已有规定')).code).toBe(0);
  const result = await redline(dir, 'import', 'p.txt', '--name', 'seed', '--force');
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout.split('\n').slice(-4)).toEqual([
    'p.txt:129, line 165: 序号 4 is already entry 4 (p.txt, line 165) with other text: not imported; entry 4 is decided (rejected)',
    '5 row(s) already imported before, not added again (entries 1–3, 5–6)',
    'nothing imported into feedback/seed/',
    '',
  ]);
  expect((await redline(dir, 'decide', '4', 'pending')).code).toBe(0);
  const pending = await redline(dir, 'import', 'p.txt', '--name', 'seed', '--force');
  expect(pending.stdout).toContain('p.txt:129, line 165: 序号 4 is already entry 4 (p.txt, line 165) with other text: not imported\n');
});
