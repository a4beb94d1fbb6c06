// 本条 / 该条 / 本款 where the place the comment speaks of is smaller than the
// pronoun's unit: a 条款 column naming a 项 (第一百四十八条第一款第（八）项), or
// a 项 the comment has just deleted. The pronoun is the article, or the 款,
// that holds it; it had been the 项 itself. On 公司法 2018 第一百四十八条 (two
// 款, eight 项) and 明码标价和禁止价格欺诈规定 第十九条 (one 款, eight 项).
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');
const MINGMA = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');

describe('本条 / 本款 with a place column naming a 项', () => {
  it('公司法: 本条 is 第一百四十八条 whole; 本款 its own 款 (with its items), the later 款 kept', () => {
    expect(proposed(GONGSI, '建议删除本条。', '第一百四十八条第一款第（八）项')).toEqual({ edits: [{ op: 'remove-clause', clause: '第一百四十八条' }], unparsed: [] });
    const withoutArticle = built(GONGSI, '建议删除本条。', '第一百四十八条第一款第（八）项');
    expect(withoutArticle).not.toContain('挪用公司资金');
    expect(withoutArticle).not.toContain('违反前款规定所得的收入');
    expect(proposed(GONGSI, '建议删除本款。', '第一百四十八条第一款第（八）项').edits).toEqual([{ op: 'remove-first-paragraph', clause: '第一百四十八条' }]);
    const withoutParagraph = built(GONGSI, '建议删除本款。', '第一百四十八条第一款第（八）项');
    expect(withoutParagraph).not.toContain('挪用公司资金');
    expect(withoutParagraph).toContain('\n\n第一百四十八条 董事、高级管理人员违反前款规定所得的收入应当归公司所有。\n\n');
  });

  it('公司法: 本款中的“A” is looked for in that 款 only; a later 款 named is its own 本款', () => {
    expect(proposed(GONGSI, '建议将本款中的“董事、高级管理人员”修改为“董事、监事、高级管理人员”。', '第一百四十八条第一款第（八）项').edits).toEqual([
      { op: 'insert', clause: '第一百四十八条', quote: '董事、', text: '监事、' },
    ]);
    expect(proposed(GONGSI, '建议删除本款。', '第一百四十八条第二款').edits).toEqual([{ op: 'remove-clause', clause: '第一百四十八条第二款' }]);
    expect(proposed(GONGSI, '建议删除本条。', '第一百四十八条第二款').edits).toEqual([{ op: 'remove-clause', clause: '第一百四十八条' }]);
  });

  it('明码标价: 本条 and 本款 of an article of one 款 are the article', () => {
    for (const comment of ['建议删除本条。', '建议删除本款。']) {
      expect(proposed(MINGMA, comment, '第十九条第（八）项').edits, comment).toEqual([{ op: 'remove-clause', clause: '第十九条' }]);
    }
    const text = built(MINGMA, '建议删除本条。', '第十九条第（八）项');
    expect(text).not.toContain('经营者不得实施下列价格欺诈行为');
    expect(text).not.toContain('其他价格欺诈行为');
  });
});

describe('该条 after a 项 the place column leads to: the article (the new 款 had gone into the 项)', () => {
  it('公司法 第一百四十八条: 删除第（八）项，并在该条增加一款', () => {
    const comment = '删除第（八）项，并在该条增加一款：“董事、高级管理人员违反前款规定给公司造成损失的，应当承担赔偿责任。”';
    expect(proposed(GONGSI, comment, '第一百四十八条').edits).toEqual([
      { op: 'remove-clause', clause: '第一百四十八条第一款第（八）项' },
      { op: 'add-clause', clause: '第一百四十八条', text: '董事、高级管理人员违反前款规定给公司造成损失的，应当承担赔偿责任。' },
    ]);
    expect(built(GONGSI, comment, '第一百四十八条')).toContain('\n\n（七）擅自披露公司秘密。\n\n董事、高级管理人员违反前款规定所得的收入应当归公司所有。\n\n董事、高级管理人员违反前款规定给公司造成损失的，应当承担赔偿责任。\n\n第一百四十九条 ');
  });

  it('明码标价 第十九条: the new 款 after its items', () => {
    const comment = '建议删除第（八）项，并在该条增加一款：“其他价格欺诈行为由国务院市场监督管理部门认定。”';
    expect(proposed(MINGMA, comment, '第十九条').edits).toEqual([
      { op: 'remove-clause', clause: '第十九条第（八）项' },
      { op: 'add-clause', clause: '第十九条', text: '其他价格欺诈行为由国务院市场监督管理部门认定。' },
    ]);
    expect(built(MINGMA, comment, '第十九条')).toContain('拒不按约定折抵价款。\n\n其他价格欺诈行为由国务院市场监督管理部门认定。\n\n第二十条 ');
  });
});

// A walk on 公司法 2018: in 「一、将第三十七条第一款第（四）项中的“或者监事”删去。二、在第一款后增加一款：“…”」
// the bare 第一款 of the second request was read in the 项 of the first (an item's own paragraph is its
// 第一款), and the new 款 went inside （四）, stale. A 款 is of the article the comment spoke of.
describe('a bare 第X款 after a request on a 项: the 款 of the article', () => {
  const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

  it('公司法 第三十七条: the new 款 after 第一款 and its items, before 第二款 (whose 前款 becomes 本条第一款, as the 2023 law words it)', () => {
    const comment = '一、将第三十七条第一款第（四）项中的“或者监事”删去。二、在第一款后增加一款：“股东会可以授权董事会对发行公司债券作出决议。”';
    expect(proposed(GONGSI, comment).edits).toEqual([
      { op: 'delete', clause: '第三十七条第一款第（四）项', quote: '或者监事' },
      { op: 'add-clause', clause: '第三十七条第二款', text: '股东会可以授权董事会对发行公司债券作出决议。' },
    ]);
    expect(built(GONGSI, comment)).toContain('（十一）公司章程规定的其他职权。\n\n股东会可以授权董事会对发行公司债券作出决议。\n\n对本条第一款所列事项股东以书面形式一致表示同意的');
  });

  it('行政许可法 第三十二条: the same after a 项 changed, and 第二款 after one is the article’s 第二款', () => {
    const comment = '一、将第三十二条第一款第（四）项中的“五日内”修改为“三日内”。二、在第一款后增加一款：“行政机关应当在受理后及时告知申请人办理进度。”';
    expect(built(XUKE, comment)).toContain('应当受理行政许可申请。\n\n行政机关应当在受理后及时告知申请人办理进度。\n\n行政机关受理或者不予受理行政许可申请');
    const second = '一、删去第三十二条第一款第（三）项。二、将第二款中的“书面凭证”修改为“书面或者电子凭证”。';
    expect(proposed(XUKE, second)).toEqual({
      edits: [
        { op: 'remove-clause', clause: '第三十二条第一款第（三）项' },
        { op: 'insert', clause: '第三十二条第二款', quote: '书面', text: '或者电子' },
      ],
      unparsed: [],
    });
  });
});
