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
