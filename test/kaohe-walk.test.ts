// Comments from a clerk's walk on the 三级公立医院绩效考核 text (国办发〔2019〕4号:
// 一、（一）1. points and a 附件 of numbered indicators) that made no edit, with
// the same phrasings on 明码标价和禁止价格欺诈规定.
import { describe, expect, it } from 'vitest';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const KAOHE = corpusDraft('gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt');
const MINGMA = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');

describe('“…”几个字 after the words to add: the quote is the words (it was “describes what to add”)', () => {
  it('a request inside a long public comment: 在“医保政策调整的重要依据”后面加上“和医院等级评审”几个字', () => {
    const comment = '看了这个文件很受鼓舞，但是我们县医院的情况和大医院不一样，说到底还是钱的问题，投入跟不上什么考核都是空的。文件里说要把考核结果作为财政投入的依据，我觉得应该在“医保政策调整的重要依据”后面加上“和医院等级评审”几个字，这样更全面。另外建议多听听基层的声音，不要一刀切。';
    expect(proposed(KAOHE, comment)).toEqual({ edits: [{ op: 'insert', clause: '五、（三）', quote: '医保政策调整的重要依据', text: '和医院等级评审' }], unparsed: [] });
    expect(built(KAOHE, comment)).toContain('绩效工资总量核定、医保政策调整的重要依据和医院等级评审，同时与医院评审评价');
  });

  it('后边 / 之后 / 前边 加上 “…”这几个字 / 等字样 / 这些字, each where it says', () => {
    for (const [comment, position] of [
      ['在“医保政策调整的重要依据”后边加上“和医院等级评审”这几个字。', 'after'],
      ['在“医保政策调整的重要依据”之后加上“和医院等级评审”等字样。', 'after'],
      ['在“医保政策调整的重要依据”前边加上“作为”这些字。', 'before'],
    ] as const) {
      const { edits, unparsed } = proposeEdits(comment, KAOHE.clauses, 'zh');
      expect(unparsed).toEqual([]);
      expect(edits.map((e) => ('position' in e ? e.position : undefined))).toEqual([position]);
    }
  });

  it('a statute: 第十八条“应当标示赠品的品名、数量”后面加上“、有效期”几个字', () => {
    const comment = '建议在第十八条“应当标示赠品的品名、数量”后面加上“、有效期”几个字。';
    expect(proposed(MINGMA, comment).edits).toEqual([{ op: 'insert', clause: '第十八条', quote: '应当标示赠品的品名、数量', text: '、有效期' }]);
    expect(built(MINGMA, comment)).toContain('赠品的品名、数量、有效期');
  });
});

describe('附件中的第32项“…”指标: the annex\'s numbered indicator goes (it was “what to delete is not said”)', () => {
  it('删除附件中的第32项“辅助用药收入占比”指标: item 32 with its lines, the later indicators renumbered', () => {
    const comment = '建议删除附件中的第32项“辅助用药收入占比”指标。';
    expect(proposed(KAOHE, comment)).toEqual({ edits: [{ op: 'remove-clause', clause: '二、（六）32.' }], unparsed: [] });
    const text = built(KAOHE, comment);
    expect(text).not.toContain('辅助用药收入');
    expect(text).toContain('指标来源：财务年报表。\n\n32.人员支出占业务支出比重▲\n\n定量\n\n计算方法：人员支出/业务支出×100%。');
    expect(text).toContain('54.医务人员满意度▲');
  });

  it('附件中的第32项 alone, and 附件第三十二项“…”, name the same item; a quote the item named does not hold is said', () => {
    for (const comment of ['建议删除附件中的第32项。', '建议删除附件第三十二项“辅助用药收入占比”。']) {
      expect(proposed(KAOHE, comment).edits).toEqual([{ op: 'remove-clause', clause: '二、（六）32.' }]);
    }
    expect(proposed(KAOHE, '建议删除附件中的第31项“辅助用药收入占比”指标。').unparsed).toEqual(['删除附件中的第31项“辅助用药收入占比” — “辅助用药收入占比” is not in 二、（六）31. (it is in 二、（六）32.)']);
  });
});
