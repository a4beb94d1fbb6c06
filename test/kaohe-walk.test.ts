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
