// A heading over units rewritten (建议将第三章修改为：“行政许可的实施主体”, 建议将2.1修改为…):
// the rewrite of the chapter's heading took away the 7 articles under it, and
// check said ok. A new title now changes the heading's words, its number and
// units kept; a body for it is asked about; 章名 / 节名 / 标题 / 名称 say the title.
import { describe, expect, it } from 'vitest';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { built, proposed } from './helpers/wording.js';

const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const PLAN = corpusDraft('gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt');
const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const NOTICE = corpusDraft('gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt');

/** The revised text from the paragraph starting with `start` up to the one starting with `next`. */
function between(text: string, start: string, next: string): string {
  const from = text.indexOf(`\n${start}`) + 1;
  return text.slice(from, text.indexOf(`\n${next}`, from)).trimEnd();
}

describe('a heading over units given a new title keeps its number and its units', () => {
  const chapter = { edits: [{ op: 'replace', clause: '第三章', quote: '机关', text: '主体' }], unparsed: [] };

  it.each([
    '建议将第三章修改为：“行政许可的实施主体”',
    '建议将第三章的章名修改为：“行政许可的实施主体”',
    '建议将第三章的名称修改为：“第三章 行政许可的实施主体”',
    '第三章 行政许可的实施机关修改为：“行政许可的实施主体”',
  ])('行政许可法: %s', (comment) => {
    expect(proposed(XUKE, comment)).toEqual(chapter);
  });

  it('行政许可法: its 7 articles stay, and the 对照表 and redline show the title changed', () => {
    const text = built(XUKE, '建议将第三章修改为：“行政许可的实施主体”');
    const articles = between(text, '## 第三章', '## 第四章').split('\n\n');
    expect(articles[0]).toBe('## 第三章 行政许可的实施主体');
    expect(articles.filter((p) => /^第[一二三四五六七八九十]+条 /u.test(p)).map((p) => p.slice(0, p.indexOf(' ')))).toEqual(['第二十二条', '第二十三条', '第二十四条', '第二十五条', '第二十六条', '第二十七条', '第二十八条']);
    const { result } = revisedBody(XUKE, adopted('1', ...proposeEdits('建议将第三章修改为：“行政许可的实施主体”', XUKE.clauses, 'zh').edits));
    const output = (end: string) => result.outputs.find((o) => o.name.endsWith(end))!.content;
    expect(output('comparison.md')).toContain('\n| 1 | 第三章 | 第三章 行政许可的实施~~机关~~ | 第三章 行政许可的实施**主体** | 1 |\n');
    expect(output('redline.md')).toContain('\n## 第三章 行政许可的实施~~机关~~**主体**〔意见1〕\n');
  });

  it('国家粮食应急预案 2.1 (over 2.1.1 … 2.1.3), by its number or its 标题', () => {
    expect(proposed(PLAN, '建议将2.1修改为：“国家粮食应急指挥机构”')).toEqual({ edits: [{ op: 'replace', clause: '2.1', quote: '工作指挥部', text: '指挥机构' }], unparsed: [] });
    expect(proposed(PLAN, '建议将2.1的标题修改为：“国家粮食应急指挥机构”').edits).toEqual([{ op: 'replace', clause: '2.1', quote: '工作指挥部', text: '指挥机构' }]);
    const text = built(PLAN, '建议将2.1修改为：“国家粮食应急指挥机构”');
    expect(text).toContain('\n2.1 国家粮食应急指挥机构\n\n总指挥：国家发展改革委主要负责人。\n\n');
    expect(['2.1.1 国家粮食应急工作指挥部职责', '2.1.2 国家粮食应急工作指挥部办公室及其职责', '2.1.3 国家粮食应急工作指挥部成员单位职责'].map((h) => text.includes(`\n${h}\n`))).toEqual([true, true, true]);
  });

  it('立法法: 第二章 and its 第一节 by 节名', () => {
    expect(proposed(LIFA, '建议将第二章修改为：“法律的制定”').edits).toEqual([{ op: 'insert', clause: '第二章', quote: '法律', text: '的制定' }]);
    expect(proposed(LIFA, '建议将第二章第一节的节名修改为：“立法权限和范围”').edits).toEqual([{ op: 'insert', clause: '第二章第一节', quote: '立法权限', text: '和范围' }]);
    expect(built(LIFA, '建议将第二章第一节的节名修改为：“立法权限和范围”')).toContain('\n## 第二章 法律\n\n### 第一节 立法权限和范围\n\n第七条 ');
    expect(built(LIFA, '建议将第二章修改为：“法律的制定”')).toContain('\n## 第二章 法律的制定\n\n### 第一节 立法权限\n\n第七条 ');
  });
});

describe('a body for a heading over units makes no edit', () => {
  it('行政许可法 第三章, by its number or its 章名', () => {
    expect(proposed(XUKE, '建议将第三章修改为：“行政许可由具有行政许可权的行政机关实施。”')).toEqual({
      edits: [],
      unparsed: ['将第三章修改为：“行政许可由具有行政许可权的行政机关实施。” — 第三章 heads 7 articles (第二十二条, 第二十三条, 第二十四条, …), which a rewrite would take away: quote the words to change'],
    });
    expect(proposed(XUKE, '建议将第三章的章名修改为：“行政许可由具有行政许可权的行政机关实施。”')).toEqual({
      edits: [],
      unparsed: ['将第三章的章名修改为：“行政许可由具有行政许可权的行政机关实施。” — “行政许可由具有行政许可权的行政机关实施。” reads as no title of 第三章: give its new title alone (no sentence, one short line)'],
    });
  });

  it('国家粮食应急预案 2.1 and 立法法 第二章', () => {
    expect(proposed(PLAN, '建议将2.1修改为：“国家粮食应急工作指挥部由国家发展改革委牵头。”').unparsed).toEqual([
      '将2.1修改为：“国家粮食应急工作指挥部由国家发展改革委牵头。” — 2.1 heads 3 parts (2.1.1, 2.1.2, 2.1.3), which a rewrite would take away: quote the words to change',
    ]);
    expect(proposed(LIFA, '建议将第二章修改为：“法律由全国人民代表大会制定。”').unparsed).toEqual([
      '将第二章修改为：“法律由全国人民代表大会制定。” — 第二章 heads 5 parts (第二章第一节, 第二章第二节, 第二章第三节, …), which a rewrite would take away: quote the words to change',
    ]);
  });
});

// A probe of the 国家粮食应急预案 found the guard above held only where the units under a heading are parts
// headed in turn: 1.4 工作原则 renamed lost its items （1）–（3）, 1.2 等级划分 its paragraphs and 1.2.1–1.2.3,
// and a body for 2.2 replaced its heading too; check said ok.
describe('a heading over paragraphs or items is never taken away with them', () => {
  it('国家粮食应急预案 1.4 (over items （1）–（3）) and 1.2 (over paragraphs and 1.2.1 …) renamed keep what they head', () => {
    expect(proposed(PLAN, '建议将1.4修改为：“1.4 工作原则与要求”')).toEqual({ edits: [{ op: 'insert', clause: '1.4', quote: '工作原则', text: '与要求' }], unparsed: [] });
    expect(between(built(PLAN, '建议将1.4修改为：“1.4 工作原则与要求”'), '1.4 工作原则与要求\n', '## 2 组织机构').split('\n\n').map((p) => p.slice(0, 12))).toEqual([
      '1.4 工作原则与要求',
      '（1）统一领导、分级负责',
      '（2）科学监测、预防为主',
      '（3）反应及时、处置果断',
    ]);
    expect(proposed(PLAN, '建议将1.2修改为：“1.2 应急状态分级”').edits).toEqual([{ op: 'replace', clause: '1.2', quote: '等级划分', text: '应急状态分级' }]);
    const paragraphs = between(built(PLAN, '建议将1.2修改为：“1.2 应急状态分级”'), '1.2 应急状态分级\n', '1.3 ').split('\n\n');
    expect(paragraphs.map((p) => p.slice(0, 8))).toEqual(['1.2 应急状态', '本预案所称粮食应', '按照在国家宏观调', '1.2.1 国家', '1.2.2 省级', '1.2.3 省级']);
    expect(proposed(PLAN, '5.2修改为：“5.2 粮食应急供应保障系统”').edits).toEqual([{ op: 'insert', clause: '5.2', quote: '粮食应急', text: '供应' }]);
  });

  it('by its 标题, or with the number in the place column', () => {
    expect(proposed(PLAN, '建议将1.3的标题修改为“适用的范围”').edits).toEqual([{ op: 'insert', clause: '1.3', quote: '适用', text: '的' }]);
    expect(proposed(PLAN, '建议修改为：“6.3 应急能力的恢复”', '6.3').edits).toEqual([{ op: 'insert', clause: '6.3', quote: '应急能力', text: '的' }]);
  });

  it('“1.2 等级划分” quoted with its number is the heading, not the line of the 目录 that lists it', () => {
    expect(proposed(PLAN, '建议将“1.2 等级划分”修改为：“1.2 应急等级”').edits).toEqual([{ op: 'replace', clause: '1.2', quote: '等级划分', text: '应急等级' }]);
  });

  it('a body for 2.2 goes under its heading, which stays', () => {
    const comment = '建议将2.2修改为：“地方各级人民政府负责本地区粮食应急工作。”';
    expect(proposed(PLAN, comment).edits).toEqual([{ op: 'rewrite', clause: '2.2第一段', text: '地方各级人民政府负责本地区粮食应急工作。' }]);
    expect(between(built(PLAN, comment), '2.2 地方粮食应急机构及其职责\n', '## 3 预警监测')).toBe('2.2 地方粮食应急机构及其职责\n\n地方各级人民政府负责本地区粮食应急工作。');
  });

  it('1997 notice: （二）从严的原则。 renamed keeps its full stop and its paragraph', () => {
    expect(proposed(NOTICE, '建议将二、（二）修改为：“从严从紧的原则”').edits).toEqual([{ op: 'insert', clause: '二、（二）', quote: '从严', text: '从紧' }]);
    expect(built(NOTICE, '建议将二、（二）修改为：“从严从紧的原则”')).toContain('\n\n（二）从严从紧的原则。\n\n登记管理机关、业务主管部门和挂靠单位都要从严把关');
  });
});

// A reviewer: any short line read as a title renamed 5.4 通信保障 to a sentence where the comment named it by its
// heading's words, and 1.3 适用范围 to 本预案适用于全国粮食应急工作.
describe('a short sentence for a heading over paragraphs is its text, not its title', () => {
  it('国家粮食应急预案 5.4 named by its words, 1.3 by its number: the text under the heading, which stays', () => {
    expect(proposed(PLAN, '5.4通信保障修改为：“各地通信管理部门负责保障应急通信畅通”').edits).toEqual([
      { op: 'rewrite', clause: '5.4第一段', text: '各地通信管理部门负责保障应急通信畅通' },
    ]);
    expect(proposed(PLAN, '建议将1.3修改为：“本预案适用于全国粮食应急工作”').edits).toEqual([{ op: 'rewrite', clause: '1.3第一段', text: '本预案适用于全国粮食应急工作' }]);
    expect(between(built(PLAN, '建议将1.3修改为：“本预案适用于全国粮食应急工作”'), '1.3 适用范围\n', '1.4 ')).toBe('1.3 适用范围\n\n本预案适用于全国粮食应急工作');
  });

  it('a title that keeps the heading’s words is its title, named by its words or not (国家粮食应急预案 5.4; 1997 notice （二）)', () => {
    expect(proposed(PLAN, '5.4通信保障修改为：“通信保障工作”').edits).toEqual([{ op: 'insert', clause: '5.4', quote: '通信保障', text: '工作' }]);
    expect(proposed(PLAN, '建议将5.4修改为：“通信保障工作”').edits).toEqual([{ op: 'insert', clause: '5.4', quote: '通信保障', text: '工作' }]);
    expect(proposed(NOTICE, '二、（二）从严的原则修改为：“从严从紧的原则”').edits).toEqual([{ op: 'insert', clause: '二、（二）', quote: '从严', text: '从紧' }]);
  });
});

// A clerk's walk: one entry renaming 5.4 通信保障 and another giving its text clashed (the text's rewrite took the
// heading's words with it), so neither could be adopted beside the other. The text now rewrites the one paragraph.
describe('one entry renames a heading, another rewrites the paragraph under it: both apply', () => {
  const both = (draft: typeof PLAN, title: string, body: string) => {
    const [a, b] = [title, body].map((comment) => proposeEdits(comment, draft.clauses, 'zh'));
    expect([a!.unparsed, b!.unparsed]).toEqual([[], []]);
    const { text, result } = revisedBody(draft, adopted('1', ...a!.edits), adopted('2', ...b!.edits));
    expect(result.revision.unapplied.map((p) => p.message)).toEqual([]);
    expect(result.revision.problems).toEqual([]);
    return { text, comparison: result.outputs.find((o) => o.name.endsWith('comparison.md'))!.content };
  };

  it('国家粮食应急预案 5.4: its new title and its new paragraph, each credited to its entry', () => {
    const { text, comparison } = both(PLAN, '建议将5.4修改为：“5.4 通信与信息保障”', '建议将5.4修改为：“参与粮食应急工作的有关部门要提供准确有效的通信联络方式和信息报送渠道，保证通信畅通。”');
    expect(text).toContain('确保应急工作的需要。\n\n5.4 通信与信息保障\n\n参与粮食应急工作的有关部门要提供准确有效的通信联络方式和信息报送渠道，保证通信畅通。\n\n5.5 培训演练\n\n');
    expect(comparison).toContain('| 5.4 通信**与信息**保障 | 1 |');
    expect(comparison).toMatch(/\| 5\.4第一段 \| [^|]+ \| [^|]+ \| 2 \|/u);
  });

  it('1997 notice: （二）从严的原则。 renamed by one, its paragraph rewritten by the other', () => {
    const { text } = both(NOTICE, '建议将二、（二）修改为：“从严从紧的原则”', '二、（二）从严的原则修改为：“登记管理机关要从严把关。”');
    expect(text).toContain('\n\n（二）从严从紧的原则。\n\n登记管理机关要从严把关。\n\n（三）统一归口登记的原则。');
  });
});
