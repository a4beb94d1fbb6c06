// 延长为, 提高至, 缩短为 … change a term or an amount as 修改为 does. They
// were read as general remarks, so adopting 建议将第四十二条中的期限由二十日延长为三十日
// published 采纳 of a text left as it was, with no warning.
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const PRICES = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');

describe('a term or an amount raised, lowered, lengthened or shortened', () => {
  it('quoted: the words replaced (明码标价规定 第二十四条, 行政许可法 第四十二条)', () => {
    const fine = '建议将第二十四条中的“三万元以下罚款”提高至“五万元以下罚款”。';
    expect(proposed(PRICES, fine)).toEqual({ edits: [{ op: 'replace', clause: '第二十四条', quote: '三', text: '五' }], unparsed: [] });
    expect(built(PRICES, fine)).toContain('可以处五万元以下罚款');
    expect(proposed(XUKE, '建议将第四十二条中的“可以延长十日”延长为“可以延长十五日”。').edits).toEqual([{ op: 'replace', clause: '第四十二条', quote: '日', text: '五日' }]);
    expect(built(XUKE, '建议将第四十二条中的“可以延长十日”延长为“可以延长十五日”。')).toContain('可以延长十五日，并应当将延长期限的理由告知申请人');
  });

  it('unquoted: a request whose new text is not quoted, never a general remark', () => {
    for (const comment of ['建议将第四十二条中的期限由二十日延长为三十日', '建议将第四十二条的审查期限缩短至十五日']) {
      const { edits, unparsed } = proposed(XUKE, comment);
      expect(edits).toEqual([]);
      expect(unparsed).toHaveLength(1);
      expect(unparsed[0]).toMatch(/ — the new text is not quoted$/u);
    }
  });
});
