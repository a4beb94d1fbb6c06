// Quotes deleted as a list after 将 (将…“A”和“B”（均）删去 had made an edit of
// the last quote only, silently), list elements deleted with one of their 、
// (误导性的、数字… had been left), and a place column naming a unit the draft
// does not have (said only as the quote not found). On 明码标价和禁止价格欺诈规定,
// 行政许可法 and the 厦门 社会信用条例 draft.
import { describe, expect, it } from 'vitest';
import { corpusDraft, paragraph } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const MINGMA = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const XIAMEN = corpusDraft('cn_gov_pages_excerpts/xiamen_shehui_xinyong_tiaoli_caoan_xiugai_ergao_zhengqiu_yijian_gao_EXCERPT.txt');

const ITEM_4 = '（四）销售商品或者提供服务时，使用欺骗性、误导性的语言、文字、数字、图片或者视频等标示价格以及其他价格信息；';

describe('将…“A”和“B”（均）删去 / 删除: each quote is deleted', () => {
  it('明码标价规定 第十九条第（四）项: with 均 or without, 删去 or 删除, as 删去…“A”和“B” does', () => {
    for (const comment of [
      '建议将第十九条第（四）项中的“语言、文字”和“图片或者视频”均删去。',
      '将第十九条第（四）项中的“语言、文字”和“图片或者视频”删除。',
      '将第十九条第（四）项中的“语言、文字”和“图片或者视频”均删除。',
      '建议删去第十九条第（四）项中的“语言、文字”和“图片或者视频”。',
    ]) {
      const { edits, unparsed } = proposed(MINGMA, comment);
      expect(unparsed, comment).toEqual([]);
      expect(edits.map((e) => [e.op, e.clause]), comment).toEqual([
        ['delete', '第十九条第（四）项'],
        ['delete', '第十九条第（四）项'],
      ]);
      expect(paragraph(built(MINGMA, comment), '（四）销售商品'), comment).toBe('（四）销售商品或者提供服务时，使用欺骗性、误导性的数字等标示价格以及其他价格信息；');
    }
  });

  it('厦门 draft 第一条: full-width commas quoted of a text that writes them half-width, with 均 or without', () => {
    for (const comment of ['建议将第一条中的“提高社会信用水平，”和“增强诚信意识，”均删去。', '建议将第一条中的“提高社会信用水平，”和“增强诚信意识，”删除。', '建议删去第一条中的“提高社会信用水平，”和“增强诚信意识，”。']) {
      expect(proposed(XIAMEN, comment), comment).toEqual({
        edits: [
          { op: 'delete', clause: '第一条', quote: '提高社会信用水平,' },
          { op: 'delete', clause: '第一条', quote: '增强诚信意识,' },
        ],
        unparsed: [],
      });
      expect(built(XIAMEN, comment), comment).toContain('创新社会治理机制,培育社会信用服务产业,');
    }
  });
});

describe('words deleted from a 、-list take one 、 along', () => {
  it('明码标价规定 第十九条第（四）项: the first, a middle and the last element; two side by side; 全文', () => {
    const item = (comment: string) => paragraph(built(MINGMA, comment), '（四）销售商品');
    expect(item('删除第十九条第（四）项中的“语言”')).toBe(ITEM_4.replace('语言、', ''));
    expect(item('删除第十九条第（四）项中的“数字”')).toBe(ITEM_4.replace('数字、', ''));
    expect(item('删除第十九条第（四）项中的“图片或者视频”')).toBe(ITEM_4.replace('、图片或者视频', ''));
    // The last two: each 、 goes once (the two edits do not overlap).
    expect(item('将第十九条第（四）项中的“数字”和“图片或者视频”删除')).toBe(ITEM_4.replace('、数字、图片或者视频', ''));
    expect(item('将第十九条第（四）项中的“文字”、“数字”和“图片或者视频”删除')).toBe(ITEM_4.replace('、文字、数字、图片或者视频', ''));
    expect(item('建议删除全文中的“图片或者视频”')).toBe(ITEM_4.replace('、图片或者视频', ''));
    expect(item('建议删除全文中的“语言”')).toBe(ITEM_4.replace('语言、', ''));
    // (An aside of an element is no element: its 、 stays.)
    expect(paragraph(built(MINGMA, '建议删去第十二条第一款中的“（含电子标价签）”。'), '第十二条')).toContain('采用标价签、标价牌、价目表（册）');
  });

  it('行政许可法 第五条 and 第十二条第（四）项: an element before 的, between two 、, and words inside an element', () => {
    const article5 = (comment: string) => paragraph(built(XUKE, comment), '第五条');
    expect(article5('删除第五条第一款中的“非歧视”')).toBe('第五条 设定和实施行政许可，应当遵循公开、公平、公正的原则。');
    expect(article5('删除第五条第一款中的“公平”')).toBe('第五条 设定和实施行政许可，应当遵循公开、公正、非歧视的原则。');
    expect(paragraph(built(XUKE, '将第十二条第（四）项中的“检测”和“检疫”删除'), '（四）直接关系')).toBe('（四）直接关系公共安全、人身健康、生命财产安全的重要设备、设施、产品、物品，需要按照技术标准、技术规范，通过检验等方式进行审定的事项；');
    // (Words that are part of an element keep the list as it is: 生命财产安全 without 财产.)
    expect(paragraph(built(XUKE, '删除第十二条第（四）项中的“财产”'), '（四）直接关系')).toContain('人身健康、生命安全的重要设备、');
  });
});

describe('a place column naming a unit the draft does not have says so', () => {
  it('厦门 draft (two articles): 第五条', () => {
    expect(proposed(XIAMEN, '建议将“信用修复”修改为“信用重建”。', '第五条').unparsed).toEqual([
      '第五条 (the place given with the comment) — the draft has no 第五条 (it has 第一条 and 第二条)',
      '将“信用修复”修改为“信用重建” — “信用修复” is not in the draft',
    ]);
  });

  it('行政许可法 (83 articles): 第九十条, 第二条第三款', () => {
    expect(proposed(XUKE, '建议删除本条。', '第九十条').unparsed[0]).toBe('第九十条 (the place given with the comment) — the draft has no 第九十条 (it has 第一条 to 第八十三条)');
    expect(proposed(XUKE, '建议将“设定和实施”修改为“设立和实施”。', '第二条第三款').unparsed[0]).toBe('第二条第三款 (the place given with the comment) — 第二条 has no 第三款 (it has only 第一款)');
  });
});
