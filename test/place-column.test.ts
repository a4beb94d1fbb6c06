// A comment whose place stands in a column of its own (条款 / 涉及条款, or
// `feedback add --locator`) is read there: its 本条 / 该条 is that unit, and a
// quote with no place of its own is looked for in it first. On 民事诉讼法 2021
// (the 2023 amendment's own changes), 行政许可法 and a State Council policy text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';

interface Listed {
  id: string;
  edits: Array<{ op: string; clause: string; quote?: string; text?: string }>;
  unparsed?: string[];
}

/** A clause by its id as a clerk names it: its number after its parent's (第二百七十四条 （八）), or the parent's number and the first words of an unnumbered 款. */
async function imported(file: string, name: string, table: string): Promise<{ dir: string; entries: Listed[]; clauseNumber: (id: string) => string; notes: (id: string) => string }> {
  const dir = await corpusWorkspace(file, name);
  writeFileSync(join(dir, 'comments.tsv'), table);
  const result = await redline(dir, 'feedback', 'import', 'comments.tsv');
  expect(result.code).toBe(0);
  const entries = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Listed[];
  const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; number: string; parent: string | null; text: string }>;
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const clauseNumber = (id: string): string => {
    const clause = byId.get(id)!;
    const parent = clause.parent ? byId.get(clause.parent)! : undefined;
    return `${parent ? `${parent.number} ` : ''}${clause.number || clause.text.slice(0, 8)}`;
  };
  // What the wording could not make: in the entry's file (`unparsed`).
  const notes = (id: string) => readFileSync(join(dir, `feedback/${name}/${id}.yaml`), 'utf8');
  return { dir, entries, clauseNumber, notes };
}

describe('the place column', () => {
  it('is the 本条 of a comment that names no place (民事诉讼法 第二百七十三条, deleted in 2023)', async () => {
    const { dir, entries, clauseNumber, notes } = await imported(
      'lawrefbook/minshi_susong_fa_2021.md',
      'ms',
      '序号\t单位\t条款\t意见\n1\t市贸促会\t第二百七十三条\t建议删除本条。理由：该内容已并入新增的专属管辖条款。\n2\t市中院\t第二百九十条\t建议删除该条。\n3\t市司法局\t总体\t建议删除本条。\n',
    );
    expect(entries[0]!.edits).toEqual([expect.objectContaining({ op: 'remove-clause' })]);
    expect(clauseNumber(entries[0]!.edits[0]!.clause)).toMatch(/^第二十四章 第二百七十三条$/u);
    expect(clauseNumber(entries[1]!.edits[0]!.clause)).toMatch(/ 第二百九十条$/u);
    // 总体 names no unit: still asked about.
    expect(entries[2]!.edits).toEqual([]);
    expect(notes('3')).toContain('unparsed:\n  - 删除本条 — no clause was named before\n');
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    const revised = readFileSync(join(dir, 'out/ms.revised.md'), 'utf8');
    expect(revised).not.toContain('因在中华人民共和国领域内履行中外合资经营企业合同');
  });

  it('scopes a quote found in several articles: one part of the place is changed, two are asked about by name', async () => {
    const { entries, clauseNumber, notes } = await imported(
      'lawrefbook/minshi_susong_fa_2021.md',
      'ms',
      '序号\t单位\t条款\t意见\n1\t市中院\t第二百七十四条第（八）项\t建议将“三个月”修改为“六十日”。\n2\t市中院\t第二百七十四条\t建议将“三个月”修改为“六十日”。\n3\t市中院\t第一百六十四条\t建议将“三个月”修改为“六个月”。\n',
    );
    expect(entries[0]!.edits).toEqual([expect.objectContaining({ op: 'replace', quote: '三个月', text: '六十日' })]);
    expect(clauseNumber(entries[0]!.edits[0]!.clause)).toBe('第二百七十四条 （八）');
    expect(entries[1]!.edits).toEqual([]);
    expect(notes('2')).toContain('“三个月” is in 2 parts of 第二百七十四条 (第二百七十四条第（六）项, 第二百七十四条第（八）项): name the one meant');
    expect(clauseNumber(entries[2]!.edits[0]!.clause)).toMatch(/ 第一百六十四条$/u);
  });

  it('reads 本条 and scoped quotes on 行政许可法 and on a policy text numbered 一、（一）', async () => {
    const xuke = await imported(
      'lawrefbook/xingzheng_xuke_fa_2019.md',
      'xk',
      '序号\t单位\t条款\t修改意见\n1\t司法部\t第八十三条\t建议删除本条第二款。\n2\t司法部\t第四十二条\t建议将“法律、法规另有规定的，依照其规定”修改为“法律、行政法规另有规定的，依照其规定”。\n3\t司法部\t\t建议将“法律、法规另有规定的，依照其规定”修改为“法律、行政法规另有规定的，依照其规定”。\n',
    );
    expect(xuke.entries[0]!.edits).toEqual([expect.objectContaining({ op: 'remove-clause' })]);
    expect(xuke.clauseNumber(xuke.entries[0]!.edits[0]!.clause)).toMatch(/^第八十三条 \p{Script=Han}{8}$/u);
    expect(xuke.clauseNumber(xuke.entries[0]!.edits[0]!.clause)).not.toBe(xuke.clauseNumber('c195'));
    // The words stand in two articles: the column says which; without it, the comment is asked about.
    expect(xuke.entries[1]!.edits).toHaveLength(1);
    expect(xuke.clauseNumber(xuke.entries[1]!.edits[0]!.clause)).toMatch(/ 第四十二条$/u);
    expect(xuke.entries[2]!.edits).toEqual([]);
    expect(xuke.notes('3')).toContain('is in 2 clauses');
    const sanji = await imported(
      'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt',
      'sj',
      '序号\t单位\t涉及条款\t意见\n1\t省卫健委\t四、（一）\t建议将“三级公立医院”修改为“各级公立医院”。\n',
    );
    expect(sanji.entries[0]!.edits).toEqual([expect.objectContaining({ op: 'replace', quote: '三', text: '各' })]);
    expect(sanji.clauseNumber(sanji.entries[0]!.edits[0]!.clause)).toBe('四 （一）');
  });

  it('is the place of `feedback add --locator` too', async () => {
    const dir = await corpusWorkspace('lawrefbook/minshi_susong_fa_2021.md', 'ms');
    const added = await redline(dir, 'feedback', 'add', '--unit', '市贸促会', '--locator', '第二百七十三条', '--comment', '建议删除本条。');
    expect(added).toMatchObject({ code: 0, stdout: 'added entry 1 with 1 edit(s) in feedback/ms/1.yaml\n' });
    expect(readFileSync(join(dir, 'feedback/ms/1.yaml'), 'utf8')).toContain('locator: 第二百七十三条\n');
  });

  it('stands before the comment in the response table when the comment does not name it (民事诉讼法, 行政许可法)', async () => {
    const minsu = await imported(
      'lawrefbook/minshi_susong_fa_2021.md',
      'ms',
      '序号\t单位\t条款\t意见\n1\t市贸促会\t第二百七十三条\t建议删除本条。\n2\t市中院\t第二百九十条\t建议删除第二百九十条中的“中华人民共和国”。\n',
    );
    expect((await redline(minsu.dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(minsu.dir, 'decide', '2', 'reject', '--reason', '该表述为法律通用表述')).code).toBe(0);
    expect((await redline(minsu.dir, 'build')).code).toBe(0);
    const rows = readFileSync(join(minsu.dir, 'out/ms.feedback.md'), 'utf8').split('\n').filter((l) => /^\| \d/u.test(l));
    expect(rows).toEqual(['| 1 | 市贸促会 | 第二百七十三条：建议删除本条。 | 采纳 |   |', '| 2 | 市中院 | 建议删除第二百九十条中的“中华人民共和国”。 | 不采纳 | 该表述为法律通用表述 |']);
    const xuke = await imported('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk', '序号\t单位\t涉及条款\t修改意见\n1\t司法部\t第八十三条\t建议删除本条第二款。\n2\t司法部\t总体\t建议进一步明确。\n');
    expect((await redline(xuke.dir, 'build')).code).toBe(0);
    const xukeRows = readFileSync(join(xuke.dir, 'out/xk.feedback.md'), 'utf8').split('\n').filter((l) => /^\| \d/u.test(l));
    expect(xukeRows).toEqual(['| 1 | 司法部 | 第八十三条：建议删除本条第二款。 | 待定 |   |', '| 2 | 司法部 | 总体：建议进一步明确。 | 待定 |   |']);
  });

  it('asks where it does not say which: a quote in many articles of a chapter, 本款 of an article of two 款 (行政许可法)', async () => {
    const { entries, notes } = await imported(
      'lawrefbook/xingzheng_xuke_fa_2019.md',
      'xk',
      '序号\t单位\t条款\t意见\n1\t审改办\t第二章\t建议将“行政许可”修改为“行政审批”。\n2\t审改办\t第十条\t建议删除本款。\n3\t审改办\t第十一条\t建议删除本款。\n',
    );
    expect(entries[0]!.edits).toEqual([]);
    expect(notes('1')).toMatch(/“行政许可” is in \d+ parts of 第二章 \(/u);
    expect(entries[1]!.edits).toEqual([]);
    expect(notes('2')).toContain('删除本款 — 第十条 has 2 款: name the one meant (第一款 …)');
    // An article of one 款: 本款 is the article.
    expect(entries[2]!.edits).toEqual([expect.objectContaining({ op: 'remove-clause' })]);
  });

  it('reads 本条 / 本款 of a 项 it names as the article / 款 holding it (公司法 第一百四十八条)', async () => {
    const { entries, clauseNumber } = await imported('lawrefbook/gongsi_fa_2018.md', 'gs', '序号\t单位\t条款\t意见\n1\t司法局\t第一百四十八条第一款第（八）项\t建议删除本条。\n2\t司法局\t第一百四十八条第一款第（八）项\t建议删除本款。\n');
    expect(entries[0]!.edits).toEqual([expect.objectContaining({ op: 'remove-clause' })]);
    expect(clauseNumber(entries[0]!.edits[0]!.clause)).toMatch(/ 第一百四十八条$/u);
    expect(entries[1]!.edits).toEqual([expect.objectContaining({ op: 'remove-first-paragraph', clause: entries[0]!.edits[0]!.clause })]);
  });

  it('counts an ordinal through the place given (公司法 第二十二条, 民事诉讼法 第二百九十条)', async () => {
    const gongsi = await imported('lawrefbook/gongsi_fa_2018.md', 'gs', '序号\t单位\t条款\t意见\n1\t司法局\t第二十二条\t建议将第二处“股东会或者股东大会”修改为“股东会”\n');
    expect(gongsi.entries[0]!.edits).toEqual([expect.objectContaining({ op: 'replace', quote: '股东会或者股东大会', text: '股东会' })]);
    expect(gongsi.clauseNumber(gongsi.entries[0]!.edits[0]!.clause)).toBe('第二十二条 股东会或者股东大');
    const minsu = await imported('lawrefbook/minshi_susong_fa_2021.md', 'ms', '序号\t单位\t条款\t意见\n1\t市中院\t第二百九十条\t建议删除第二处“中华人民共和国”。\n');
    expect(minsu.entries[0]!.edits).toEqual([expect.objectContaining({ op: 'delete', quote: '中华人民共和国', occurrence: 2 })]);
  });
});

// A walk on 立法法 2015: a table headed 修改意见及理由 was refused (no comment
// column: the header read as a reason), and 涉及条文 was kept as a note, so a
// quote found in two articles was asked about although the row named one.
describe('a table headed 涉及条文 / 修改意见及理由', () => {
  const HEADER = '编号\t提出单位\t涉及条文\t修改意见及理由\n';

  it('立法法: 涉及条文 is the place of a quote found in 第七十二条 and 第八十二条, and the comment keeps its grounds', async () => {
    const { entries, clauseNumber, notes } = await imported(
      'lawrefbook/lifa_fa_2015.md',
      'lifa',
      `${HEADER}1\t某市人大\t第七十二条第二款\t建议将“环境保护”修改为“生态文明建设”。理由：与宪法的表述一致。\n`,
    );
    expect(entries[0]!.edits).toEqual([expect.objectContaining({ op: 'replace', quote: '环境保护', text: '生态文明建设' })]);
    expect(clauseNumber(entries[0]!.edits[0]!.clause)).toBe('第七十二条 设区的市的人民代');
    expect(notes('1')).toContain('locator: 第七十二条第二款\ncomment: 建议将“环境保护”修改为“生态文明建设”。理由：与宪法的表述一致。\n');
    expect(notes('1')).not.toContain('notes:');
  });

  it('行政许可法: 涉及条文 第四十七条 places “五日内”, found in three articles', async () => {
    const { entries, clauseNumber, notes } = await imported(
      'lawrefbook/xingzheng_xuke_fa_2019.md',
      'xk',
      `${HEADER}1\t市司法局\t第四十七条\t建议将“五日内”修改为“十日内”。理由：给当事人留出准备时间。\n`,
    );
    expect(entries[0]!.edits).toEqual([expect.objectContaining({ op: 'replace', quote: '五', text: '十' })]);
    expect(clauseNumber(entries[0]!.edits[0]!.clause)).toMatch(/ 第四十七条$/u);
    expect(notes('1')).toContain('locator: 第四十七条\n');
  });
});

// A walk on 公司法 2018: a table headed 序号|条文|意见建议|提出人 kept 条文 as a
// note, so a quote found in three articles was asked about although the row
// named one. A column of the article's words (原条文, 修改后条文) names no place.
describe('a table headed 条文', () => {
  it('公司法: 条文 第三十七条 places “签名、盖章”, found in three articles', async () => {
    const { entries, clauseNumber, notes } = await imported(
      'lawrefbook/gongsi_fa_2018.md',
      'gongsi',
      '序号\t条文\t意见建议\t提出人\n1\t第三十七条\t建议将“签名、盖章”修改为“签名或者盖章”。\t司法部\n',
    );
    expect(entries[0]!.edits).toEqual([expect.objectContaining({ op: 'replace', text: '或者' })]);
    expect(clauseNumber(entries[0]!.edits[0]!.clause)).toMatch(/^第三十七条 /u);
    expect(notes('1')).toContain('locator: 第三十七条\n');
  });

  it('行政许可法: 条文 is the place; 原条文 and 修改后条文 beside it are the article’s words, kept as notes', async () => {
    const { entries, clauseNumber, notes } = await imported(
      'lawrefbook/xingzheng_xuke_fa_2019.md',
      'xk',
      '序号\t条文\t原条文\t修改后条文\t意见建议\t提出人\n1\t第四十七条\t第四十七条　行政许可直接涉及…\t…\t建议将“五日内”修改为“十日内”。\t市司法局\n',
    );
    expect(entries[0]!.edits).toEqual([expect.objectContaining({ op: 'replace', quote: '五', text: '十' })]);
    expect(clauseNumber(entries[0]!.edits[0]!.clause)).toMatch(/ 第四十七条$/u);
    expect(notes('1')).toContain('locator: 第四十七条\n');
    expect(notes('1')).toContain('notes:\n  - column: 原条文\n    text: 第四十七条　行政许可直接涉及…\n  - column: 修改后条文\n');
  });
});

// 增加一款作为第三款 with the article in the place column only: the new 款 was
// asked about (which clause the new one joins is not said), where 删除第（六）项
// beside 第十二条 was read in that article. On 行政许可法 第三十四条 and on the
// 款 the later texts added: 立法法 2015 第十三条 (2023 第十六条), 公司法 2018
// 第一百四十七条 (2023 第一百八十条).
describe('增加一款作为第N款 beside an article in the place column', () => {
  const built = async (file: string, name: string, row: string): Promise<{ entries: Listed[]; revised: string }> => {
    const { dir, entries } = await imported(file, name, `序号\t单位\t涉及条文\t意见\n1\t司法部\t${row}\n`);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    return { entries, revised: readFileSync(join(dir, `out/${name}.revised.md`), 'utf8') };
  };

  it('行政许可法: joins 第三十四条 as its 第三款, and 第五十六条’s 第三十四条第三款 becomes 第四款', async () => {
    const { entries, revised } = await built('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk', '第三十四条\t增加一款作为第三款：“行政机关应当在受理后五日内告知申请人审查人员。”');
    expect(entries[0]!.edits).toEqual([expect.objectContaining({ op: 'add-clause', position: 'before', text: '行政机关应当在受理后五日内告知申请人审查人员。' })]);
    expect(revised).toContain(
      '申请人提交的申请材料齐全、符合法定形式，行政机关能够当场作出决定的，应当当场作出书面的行政许可决定。\n\n行政机关应当在受理后五日内告知申请人审查人员。\n\n根据法定条件和程序',
    );
    expect(revised).toContain('行政机关依照本法第三十四条第四款的规定办理。');
  });

  it('立法法 2015 第十三条: its 第二款 as 2023 gave it', async () => {
    const { revised } = await built(
      'lawrefbook/lifa_fa_2015.md',
      'lifa',
      '第十三条\t增加一款作为第二款：“暂时调整或者暂时停止适用法律的部分规定的事项，实践证明可行的，由全国人民代表大会及其常务委员会及时修改有关法律；修改法律的条件尚不成熟的，可以延长授权的期限，或者恢复施行有关法律规定。”',
    );
    expect(revised).toContain(
      '暂时停止适用法律的部分规定。\n\n暂时调整或者暂时停止适用法律的部分规定的事项，实践证明可行的，由全国人民代表大会及其常务委员会及时修改有关法律；修改法律的条件尚不成熟的，可以延长授权的期限，或者恢复施行有关法律规定。\n\n### 第二节 全国人民代表大会立法程序\n',
    );
  });

  it('公司法 2018 第一百四十七条: its 第三款 as 2023 gave it, before 第一百四十八条', async () => {
    const { revised } = await built('lawrefbook/gongsi_fa_2018.md', 'gs', '第一百四十七条\t增加一款作为第三款：“公司的控股股东、实际控制人不担任公司董事但实际执行公司事务的，适用前两款规定。”');
    expect(revised).toContain('不得侵占公司的财产。\n\n公司的控股股东、实际控制人不担任公司董事但实际执行公司事务的，适用前两款规定。\n\n第一百四十八条 董事、高级管理人员不得有下列行为：');
  });
});
