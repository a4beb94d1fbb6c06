// A new 段 in a part of a policy text (一、 / （一） / 1. numbering), as the
// 款 forms of a statute are read. 在第四部分第一段后增加一段 made the new 段 the
// part's last, after its items, and numbered it （四）: it now goes right after
// the 段 named; after a 段 that leads in to the items, where is asked.
// 在第四部分增加一段，作为第一段 on a part headed 四、考核程序 was refused (it
// "has no 款 of its own"): the new 段 now opens the part, under its heading.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusDraft } from './helpers/drafts.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { built } from './helpers/wording.js';

const KAOHE_FILE = 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt';
const KAOHE = corpusDraft(KAOHE_FILE);
const SHETUAN = corpusDraft('gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt');

/** The revised text's paragraphs from the one that is `start` (or opens with it), `count` of them. */
function around(text: string, start: string, count: number): string[] {
  const paragraphs = text.trimEnd().split('\n\n');
  const from = paragraphs.findIndex((p) => p === start || p.startsWith(start));
  expect(from).toBeGreaterThan(-1);
  return paragraphs.slice(from, from + count);
}

const NEW = '考核工作应当公开透明，接受社会监督。';
const KAOHE_FOURTH = '三级公立医院绩效考核工作按照年度实施，考核数据时间节点为上一年度1月至12月。2019年12月底前完成第一次全国三级公立医院绩效考核工作。2020年起，每年2月底前各省份完成辖区内三级公立医院绩效考核工作，3月底前国家卫生健康委完成国家监测指标分析工作。';
const KAOHE_ITEM = '（一）医院自查自评。各三级公立医院对照绩效考核指标体系，';
const SHETUAN_THIRD = '清理整顿工作要以国家有关法律法规为依据，按照有关通知要求，突出重点，区别不同社会团体的情况，作出保留、整改、合并、撤销的处理。';
const SHETUAN_NEW = '清理整顿工作要坚持依法办事。';

describe('a new first 段 of a part headed 四、考核程序: after the heading, before its old first 段', () => {
  it.each([`建议在第四部分增加一段，作为第一段：“${NEW}”`, `在第四部分第一段前增加一段：“${NEW}”`])('三级公立医院绩效考核: %s', (comment) => {
    const [paragraph] = KAOHE.clauses.filter((c) => c.text === KAOHE_FOURTH);
    expect(proposeEdits(comment, KAOHE.clauses, 'zh').edits).toMatchObject([{ op: 'add-clause', clause: paragraph!.id, position: 'before', text: NEW }]);
    const text = built(KAOHE, comment);
    expect(around(text, '## 四、考核程序', 4).map((p, k) => (k === 3 ? p.slice(0, KAOHE_ITEM.length) : p))).toEqual(['## 四、考核程序', NEW, KAOHE_FOURTH, KAOHE_ITEM]);
  });

  it('社会团体清理整顿: 建议在第三部分增加一段，作为第一段', () => {
    const text = built(SHETUAN, `建议在第三部分增加一段，作为第一段：“${SHETUAN_NEW}”`);
    expect(around(text, '## 三、清理整顿工作的主要内容', 4)).toEqual(['## 三、清理整顿工作的主要内容', SHETUAN_NEW, SHETUAN_THIRD, '（一）清理整顿的重点。']);
  });
});

describe('在第X部分第一段后增加一段: right after that 段, before the part’s numbered items (it went last, numbered （四）)', () => {
  it('三级公立医院绩效考核 四、, through the CLI: feedback add, decide, build', async () => {
    const dir = await corpusWorkspace(KAOHE_FILE, 'kaohe');
    const added = await redline(dir, 'feedback', 'add', '--unit', '市卫生健康委', '--comment', `在第四部分第一段后增加一段：“${NEW}”`);
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('added entry 1 with 1 edit(s)');
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    const text = readFileSync(join(dir, 'out/kaohe.revised.md'), 'utf8');
    expect(around(text, '## 四、考核程序', 5).map((p, k) => (k === 3 ? p.slice(0, KAOHE_ITEM.length) : p))).toEqual(['## 四、考核程序', KAOHE_FOURTH, NEW, KAOHE_ITEM, around(text, '（二）省级年度考核', 1)[0]]);
    expect(text).not.toContain('（四）考核工作');
    expect(around(text, '（三）国家监测分析', 2)[1]).toBe('## 五、组织实施');
  });

  it('社会团体清理整顿 三、, and 一、（二）第一段后 (a 段 among 段, as before)', () => {
    const text = built(SHETUAN, `在第三部分第一段后增加一段：“${SHETUAN_NEW}”`);
    expect(around(text, '## 三、清理整顿工作的主要内容', 4)).toEqual(['## 三、清理整顿工作的主要内容', SHETUAN_THIRD, SHETUAN_NEW, '（一）清理整顿的重点。']);
    const second = around(built(KAOHE, `在一、（二）第一段后增加一段：“${NEW}”`), '（二）基本原则。', 4);
    expect(second.slice(2).map((p) => p.slice(0, 17))).toEqual([NEW.slice(0, 17), '坚持属地化管理，做好国家顶层设计。']);
  });
});

describe('增加一段，作为第二段 in a headed part: its heading is no 段 (the new 段 went first, as 作为第一段 did; a review)', () => {
  it('三级公立医院绩效考核 四、: after its one 段, before （一）', () => {
    const text = built(KAOHE, `建议在第四部分增加一段，作为第二段：“${NEW}”`);
    expect(around(text, '## 四、考核程序', 4).map((p, k) => (k === 3 ? p.slice(0, KAOHE_ITEM.length) : p))).toEqual(['## 四、考核程序', KAOHE_FOURTH, NEW, KAOHE_ITEM]);
  });

  it('社会团体清理整顿 三、: after its one 段, before （一）; a 第三段 there is asked about', () => {
    const text = built(SHETUAN, `建议在第三部分增加一段，作为第二段：“${SHETUAN_NEW}”`);
    expect(around(text, '## 三、清理整顿工作的主要内容', 4)).toEqual(['## 三、清理整顿工作的主要内容', SHETUAN_THIRD, SHETUAN_NEW, '（一）清理整顿的重点。']);
    const { edits, unparsed } = proposeEdits(`建议在第三部分增加一段，作为第三段：“${SHETUAN_NEW}”`, SHETUAN.clauses, 'zh');
    expect(edits).toEqual([]);
    expect(unparsed[0]).toContain('has 1 段 under its heading: a new one cannot be its 第三段; say where it goes');
  });
});

describe('where the new 段 would go is not clear: said, no edit', () => {
  const drafts = { KAOHE, SHETUAN };
  it.each([
    ['KAOHE', `建议在第一部分增加一段，作为第一段：“${NEW}”`, '一、 opens with 一、（一）: say where the new paragraph goes'],
    ['KAOHE', `在第四部分第二段后增加一段：“${NEW}”`, 'none of the 2 clauses numbered 四、 has 第二段'],
    ['SHETUAN', `在三、（一）第一段后增加一段：“${SHETUAN_NEW}”`, '三、（一）第一段 leads in to 三、（一）1.: say whether the new paragraph goes before or after its items'],
  ] as const)('%s: %s', (name, comment, why) => {
    const { edits, unparsed } = proposeEdits(comment, drafts[name].clauses, 'zh');
    expect(edits).toEqual([]);
    expect(unparsed).toHaveLength(1);
    expect(unparsed[0]!.split(' — ').at(-1)).toBe(why);
  });
});
