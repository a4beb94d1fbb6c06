// A document's title is its own name, never the header printed above it: a
// State Council order's head and number (中华人民共和国国务院令 / 第707号),
// or a document number (国办发〔2019〕4号) on a page that puts it first. The
// header stays in the draft as the text it is. From a walk on 个人所得税法实施条例.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusWorkspace, redline, tempDir } from './helpers/cli.js';

const ORDER = 'gov_cn_policies/guoling_707_geren_suodeshui_fa_shishi_tiaoli_2018.txt';
const KAOHE = 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt';
const SHETUAN = 'gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt';

/** The draft file's title line. */
function titleLine(dir: string, name: string): string | undefined {
  return readFileSync(join(dir, `drafts/${name}.md`), 'utf8').split('\n').find((line) => line.startsWith('title:'));
}

/** A corpus file with its opening lines changed, imported as `name`. */
async function importEdited(file: string, name: string, edit: (text: string) => string): Promise<string> {
  const dir = tempDir();
  await redline(dir, 'init');
  const text = readFileSync(join(CORPUS, file), 'utf8');
  const edited = edit(text);
  expect(edited).not.toBe(text);
  writeFileSync(join(dir, `${name}.txt`), edited);
  const result = await redline(dir, 'import', `${name}.txt`);
  expect(result.code, result.stderr).toBe(0);
  return dir;
}

describe('the title of a document that opens with a header', () => {
  it('is the regulation’s name under a State Council order, in the draft and the outputs; the order stays as text (个人所得税法实施条例)', async () => {
    const dir = await corpusWorkspace(ORDER, 'shuifa');
    expect(titleLine(dir, 'shuifa')).toBe('title: 中华人民共和国个人所得税法实施条例');
    const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ text: string }>;
    expect(clauses.slice(0, 6).map((c) => c.text)).toEqual([
      '中华人民共和国国务院令',
      '第707号',
      '现公布修订后的《中华人民共和国个人所得税法实施条例》，自2019年1月1日起施行。',
      '总理  李克强',
      '2018年12月18日',
      '中华人民共和国个人所得税法实施条例',
    ]);
    const added = await redline(dir, 'feedback', 'add', '--unit', '财政部', '--comment', '建议将第五条中的“90天”修改为“183天”。');
    expect(added.code, added.stderr).toBe(0);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    const built = await redline(dir, 'build');
    expect(built.code, built.stderr).toBe(0);
    const second = (output: string) => readFileSync(join(dir, `out/shuifa.${output}.md`), 'utf8').split('\n')[1];
    expect(second('feedback')).toBe('title: "《中华人民共和国个人所得税法实施条例》意见采纳情况"');
    expect(second('comparison')).toBe('title: "《中华人民共和国个人所得税法实施条例》修改对照表"');
    expect(second('revised')).toBe('title: "中华人民共和国个人所得税法实施条例"');
  });

  it('is the name under the order’s head when its number shares the line (中华人民共和国国务院令第707号)', async () => {
    const dir = await importEdited(ORDER, 'shuifa', (text) => text.replace('中华人民共和国国务院令\n\n第707号', '中华人民共和国国务院令第707号'));
    expect(titleLine(dir, 'shuifa')).toBe('title: 中华人民共和国个人所得税法实施条例');
  });

  it('is the title below a document number printed first, wrapped over two lines or not (三级公立医院绩效考核, 清理整顿社会团体)', async () => {
    const kaohe = await importEdited(KAOHE, 'kaohe', (text) => `国办发〔2019〕4号\n\n${text.replace('国办发〔2019〕4号\n\n', '')}`);
    expect(titleLine(kaohe, 'kaohe')).toBe('title: 国务院办公厅关于加强三级公立医院绩效考核工作的意见');
    const shetuan = await importEdited(SHETUAN, 'shetuan', (text) => `国办发〔1997〕11号\n\n${text.replace('国办发〔1997〕11号\n\n', '')}`);
    expect(titleLine(shetuan, 'shetuan')).toBe('title: 国务院办公厅转发民政部关于清理整顿社会团体意见的通知');
  });
});
