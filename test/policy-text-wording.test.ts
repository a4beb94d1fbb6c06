// Comments on two policy texts, from a clerk's walk: 国务院工作规则 (2004,
// 三十八、 numbered points in 章) and the 1997 notice on 社会团体清理整顿
// (二、（一） points with paragraphs under them), with 行政许可法 beside them.
// Each had built a wrong text with check ok.
import { describe, expect, it } from 'vitest';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const RULES = corpusDraft('gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt');
const NOTICE = corpusDraft('gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');


describe('words deleted take their separator along', () => {
  it('…认真整改，该合并的必须合并。 without the last words ends …认真整改。 (it left …认真整改，。)', () => {
    const text = built(NOTICE, '二、（二）“该合并的必须合并”，建议删除。');
    expect(text).toContain('该撤销的一定要撤销，该整改的要认真整改。清理整顿期间');
    expect(text).not.toContain('，。');
  });

  it('…报总理确定；会议文件由总理批印。 without its last clause ends …报总理确定。 (国务院工作规则 三十八、)', () => {
    expect(built(RULES, '建议将第三十八条中的“会议文件由总理批印”删除。')).toContain('报总理确定。国务院全体会议和国务院常务会议的组织工作由国务院办公厅负责');
  });

  it('words that open a sentence, or stand between two separators, take the one after them', () => {
    expect(proposed(XUKE, '建议删除第五条第二款中的“有关行政许可的规定应当公布”。').edits).toEqual([{ op: 'delete', clause: '第五条第二款', quote: '有关行政许可的规定应当公布；' }]);
    expect(proposed(NOTICE, '二、（二）“该撤销的一定要撤销”，建议删除。').edits).toEqual([{ op: 'delete', clause: '二、（二）第一段', quote: '该撤销的一定要撤销，' }]);
  });
});

describe('several places listed', () => {
  it('二、（一）和五、（一）中的“挂靠单位”: each occurrence in both points (the first had been dropped)', () => {
    const { edits, unparsed } = proposed(NOTICE, '建议将二、（一）和五、（一）中的“挂靠单位”修改为“业务主管单位”。');
    expect(unparsed).toEqual([]);
    expect(edits.map((e) => e.clause)).toEqual(['二、（一）第一段', '二、（一）第一段', '二、（一）第一段', '五、（一）', '五、（一）']);
  });

  it('第六条和第十条中的“行政许可”: in both articles (行政许可法)', () => {
    const { edits } = proposed(XUKE, '建议将第六条和第十条中的“行政许可”修改为“许可”。');
    expect([...new Set(edits.map((e) => e.clause))]).toEqual(['第六条', '第十条', '第十条第二款']);
  });
});

describe('a point titled by one short sentence', () => {
  it('四、（二）第二款 is the second paragraph under the title line, not the title and one more (the wrong paragraph was rewritten)', () => {
    const comment = '建议将四、（二）第二款修改为：“基金会经业务主管部门初审，报经中国人民银行审核后送社会团体登记管理机关。”';
    expect(proposed(NOTICE, comment).edits).toEqual([{ op: 'rewrite', clause: '四、（二）第二段', text: '基金会经业务主管部门初审，报经中国人民银行审核后送社会团体登记管理机关。' }]);
    const text = built(NOTICE, comment);
    expect(text).toContain('一并送交社会团体登记管理机关。\n\n基金会经业务主管部门初审，报经中国人民银行审核后送社会团体登记管理机关。\n\n（三）');
  });
});

describe('places named by the text around a quote, and by a number the text writes otherwise', () => {
  it('在“A”中的“B”后增加: A says which B, where B alone stands in four clauses (it was asked about)', () => {
    const text = built(NOTICE, '建议在“国家安全、人民银行等部门要积极配合”中的“人民银行”后增加“、审计”。');
    expect(text).toContain('民政、公安、国家安全、人民银行、审计等部门要积极配合');
    expect(text.split('人民银行、审计').length).toBe(2);
  });

  it('增加一条，作为第二十条 in a text numbered 二十、 through its chapters: before its 二十、 (it said the draft has no articles)', () => {
    const { edits, unparsed } = proposeEdits('增加一条，作为第二十条：“国务院工作人员应当依法行政。”', RULES.clauses, 'zh');
    expect(unparsed).toEqual([]);
    expect(edits).toMatchObject([{ op: 'add-clause', position: 'before', clause: RULES.clauses.find((c) => c.number === '二十')!.id }]);
    // A text whose points number again in each part has no such run: asked about, not guessed.
    expect(proposeEdits('增加一条，作为第二十条：“新的一条。”', NOTICE.clauses, 'zh').unparsed).toEqual(['增加一条，作为第二十条：“新的一条。” — the draft has no articles']);
  });
});
