// Quotes deleted as a list after 将 (将…“A”和“B”（均）删去 had made an edit of
// the last quote only, silently), list elements deleted with one of their 、
// (误导性的、数字… had been left), and a place column naming a unit the draft
// does not have (said only as the quote not found). On 明码标价和禁止价格欺诈规定,
// 行政许可法 and the 厦门 社会信用条例 draft.
import { describe, expect, it } from 'vitest';
import { corpusDraft, paragraph } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const MINGMA = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
const XIAMEN = corpusDraft('cn_gov_pages_excerpts/xiamen_shehui_xinyong_tiaoli_caoan_xiugai_ergao_zhengqiu_yijian_gao_EXCERPT.txt');

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
      const item = paragraph(built(MINGMA, comment), '（四）销售商品');
      expect(item, comment).not.toContain('语言、文字');
      expect(item, comment).not.toContain('图片或者视频');
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
