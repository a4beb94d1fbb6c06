// A Chinese draft's units are named in Chinese whatever their numbers look
// like (2.1第三段, never "2.1, paragraph 3"). A numbered line that is only a
// title (2.1 国家粮食应急工作指挥部) is a heading to the paragraphs under it:
// they count from the first, in names and in comments alike. A new decimal
// unit is named by its own number (新增5.2.5). From a walk on 国家粮食应急预案.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';

const LIANGSHI = 'gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt';
const KAOHE = 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt';
const GUIZE = 'gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt';

interface Listed {
  id: string;
  text: string;
}

async function clauses(dir: string): Promise<Listed[]> {
  return JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Listed[];
}

/** The ID of the clause whose text starts so. */
function idOf(list: readonly Listed[], opening: string): string {
  const found = list.filter((c) => c.text.startsWith(opening));
  expect(found, opening).toHaveLength(1);
  return found[0]!.id;
}

/** Adds an edit by hand and adopts it. */
async function adopt(dir: string, ...flags: string[]): Promise<void> {
  const added = await redline(dir, 'feedback', 'add', '--unit', '测试', '--comment', '意见', ...flags);
  expect(added.code, added.stderr).toBe(0);
  const id = /added entry (\d+)/u.exec(added.stdout)![1]!;
  expect((await redline(dir, 'decide', id, 'adopt')).code).toBe(0);
}

/** The 修改对照表's rows, after a build that must succeed. */
async function comparisonRows(dir: string, name: string): Promise<string[]> {
  const built = await redline(dir, 'build');
  expect(built.code, built.stderr).toBe(0);
  return readFileSync(join(dir, `out/${name}.comparison.md`), 'utf8').split('\n').filter((line) => /^\| \d+ \|/u.test(line));
}

const provision = (row: string) => row.split(' | ')[1];

describe('clause labels in a Chinese draft', () => {
  it('names the paragraphs under 2.1, 2.1.2 and 4.4 in Chinese, from the first (国家粮食应急预案)', async () => {
    const dir = await corpusWorkspace(LIANGSHI, 'liangshi');
    const list = await clauses(dir);
    await adopt(dir, '--op', 'replace', '--clause', idOf(list, '成员：公安部'), '--quote', '交通部', '--text', '交通运输部');
    await adopt(dir, '--op', 'replace', '--clause', idOf(list, '国家粮食应急工作指挥部下设办公室'), '--quote', '负责日常工作', '--text', '负责日常事务');
    await adopt(dir, '--op', 'replace', '--clause', idOf(list, '粮食应急状态消除后'), '--quote', '恢复正常秩序', '--text', '恢复正常秩序，并及时向社会公布');
    expect((await comparisonRows(dir, 'liangshi')).map(provision)).toEqual(['2.1第三段', '2.1.2第一段', '4.4第一段']);
  });

  it('names a new decimal unit by its own number, which holds its parent’s: 新增5.2.5 and 新增2.1.4, not 5.2新增.5 (国家粮食应急预案)', async () => {
    const dir = await corpusWorkspace(LIANGSHI, 'liangshi');
    const list = await clauses(dir);
    await adopt(dir, '--op', 'add-clause', '--clause', idOf(list, '国家粮食应急工作指挥部成员单位职责'), '--position', 'after', '--text', '2.1.4 国家粮食应急工作指挥部办公室承担指挥部交办的其他事项。');
    await adopt(dir, '--op', 'add-clause', '--clause', idOf(list, '省级人民政府有关行政主管部门应当与应急指定加工'), '--position', 'after', '--text', '5.2.5 建立粮食应急信息网络。依托现有信息系统，实现应急粮源、加工、储运和供应信息的互联互通。');
    const rows = await comparisonRows(dir, 'liangshi');
    expect(rows.map(provision)).toEqual(['新增2.1.4', '新增5.2.5']);
    expect(rows[1]).toBe('| 2 | 新增5.2.5 | （新增） | **5.2.5 建立粮食应急信息网络。依托现有信息系统，实现应急粮源、加工、储运和供应信息的互联互通。** | 2 |');
  });

  it('reads a --clause given as such a name as its ID (2.1第三段 is the 成员 line)', async () => {
    const dir = await corpusWorkspace(LIANGSHI, 'liangshi');
    const members = idOf(await clauses(dir), '成员：公安部');
    const given = await redline(dir, 'feedback', 'add', '--unit', '测试', '--comment', '意见', '--op', 'replace', '--clause', '2.1第三段', '--quote', '交通部', '--text', '交通运输部');
    expect(given.code).toBe(0);
    expect(readFileSync(join(dir, 'feedback/liangshi/1.yaml'), 'utf8')).toContain(`    clause: ${members}\n`);
  });

  it('reads a comment’s 第一段 under a numbered title line as the paragraph below it, and names it so; a numbered sentence stays its own first (三级公立医院绩效考核, 国务院工作规则)', async () => {
    const dir = await corpusWorkspace(KAOHE, 'kaohe');
    const list = await clauses(dir);
    const title = idOf(list, '门诊人次数与出院人次数比');
    const below = list[list.findIndex((c) => c.id === title) + 1]!;
    expect(below.text).toBe('定量');
    const added = await redline(dir, 'feedback', 'add', '--unit', '测试', '--comment', '建议将附件一、（一）1.第一段修改为：“定性”。');
    expect(added.code, added.stderr).toBe(0);
    const proposed = JSON.parse((await redline(dir, 'propose', '1', '--format', 'json')).stdout) as Array<{ edits: Array<{ op: string; clause: string; state: string }> }>;
    expect(proposed[0]!.edits).toMatchObject([{ op: 'rewrite', clause: below.id, state: 'ok' }]);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await comparisonRows(dir, 'kaohe')).map(provision)).toEqual(['一、（一）1.第一段']);
    // A numbered paragraph's own sentence is still its first (国务院工作规则 十一、 and the paragraph after it).
    const guize = await corpusWorkspace(GUIZE, 'guize');
    await adopt(guize, '--op', 'replace', '--clause', idOf(await clauses(guize), '各部、各委员会、人民银行、审计署根据法律'), '--quote', '发布命令', '--text', '发布决定');
    expect((await comparisonRows(guize, 'guize')).map(provision)).toEqual(['第二章十一、第二段']);
  });
});
