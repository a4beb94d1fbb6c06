// 将第十二条第一款修改为：“…：”: a new text that is only a lead-in (one line
// ending with a colon) of a 款 that has items changes the lead-in and keeps
// the items; the items had all gone. On 行政许可法 第十二条 (one 款),
// 公司法 第三十一条第二款 (a later 款) and 第一百四十二条 (the article's own 款,
// with later 款), 民事诉讼法 第四十二条.
import { describe, expect, it } from 'vitest';
import { corpusDraft, paragraph } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');
const MINSU = corpusDraft('lawrefbook/minshi_susong_fa_2021.md');

/** The paragraphs from the one that starts with `start` up to (not including) the one that starts with `until`. */
function between(text: string, start: string, until: string): string {
  return text.slice(text.indexOf(start), text.indexOf(until)).trimEnd();
}

describe('a new lead-in of a 款 with items keeps the items', () => {
  it('行政许可法 第十二条: 第一款, or the article of one 款', () => {
    for (const comment of ['将第十二条第一款修改为：“下列事项可以依法设定行政许可：”', '将第十二条修改为：“下列事项可以依法设定行政许可：”']) {
      expect(proposed(XUKE, comment).edits, comment).toEqual([{ op: 'insert', clause: '第十二条', quote: '下列事项可以', text: '依法' }]);
      const text = built(XUKE, comment);
      expect(paragraph(text, '第十二条')).toBe('第十二条 下列事项可以依法设定行政许可：');
      expect(paragraph(text, '（六）法律、行政法规规定可以设定行政许可的其他事项')).toBe('（六）法律、行政法规规定可以设定行政许可的其他事项。');
      expect(between(text, '第十二条', '第十三条').split('\n\n')).toHaveLength(7);
    }
  });

  it('公司法: a later 款 (第三十一条第二款) and an article’s own 款 before later ones (第一百四十二条第一款)', () => {
    const second = built(GONGSI, '将第三十一条第二款修改为：“出资证明书应当载明下列事项，并由公司盖章：”');
    expect(between(second, '第三十一条', '第三十二条')).toBe(
      '第三十一条 有限责任公司成立后，应当向股东签发出资证明书。\n\n出资证明书应当载明下列事项，并由公司盖章：\n\n（一）公司名称；\n\n（二）公司成立日期；\n\n（三）公司注册资本；\n\n（四）股东的姓名或者名称、缴纳的出资额和出资日期；\n\n（五）出资证明书的编号和核发日期。\n\n出资证明书由公司盖章。',
    );
    const first = built(GONGSI, '将第一百四十二条第一款修改为：“公司不得收购本公司股份，但是有下列情形之一的除外：”');
    const article = between(first, '第一百四十二条', '第一百四十三条');
    expect(article).toMatch(/^第一百四十二条 公司不得收购本公司股份，但是有下列情形之一的除外：\n\n（一）减少公司注册资本；\n\n/u);
    expect(article).toContain('（六）上市公司为维护公司价值及股东权益所必需。\n\n公司因前款第（一）项、第（二）项规定的情形收购本公司股份的');
    expect(article).toMatch(/\n\n公司不得接受本公司的股票作为质押权的标的。$/u);
  });

  it('民事诉讼法 第四十二条: a lead-in keeps its six items; a text that gives items replaces them', () => {
    const leadIn = built(MINSU, '建议将第四十二条第一款修改为：“人民法院审理下列民事案件，应当组成合议庭：”');
    expect(between(leadIn, '第四十二条', '第四十三条')).toMatch(/^第四十二条 人民法院审理下列民事案件，应当组成合议庭：\n\n（一）涉及国家利益、社会公共利益的案件；(?:\n\n（[二三四五]）[^\n]+){4}\n\n（六）其他不宜由审判员一人独任审理的案件。$/u);
    const whole = built(MINSU, '建议将第四十二条修改为：“人民法院审理下列民事案件，应当组成合议庭：（一）涉及国家利益的案件；（二）其他案件。”');
    expect(between(whole, '第四十二条', '第四十三条')).toBe('第四十二条 人民法院审理下列民事案件，应当组成合议庭：\n\n（一）涉及国家利益的案件；\n\n（二）其他案件。');
  });
});
