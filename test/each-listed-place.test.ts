// 均 / 统一 / 都 / 一并 after a list of places: the quote changes in each place
// listed, as without the word. With 均 or 统一 only the last place had been
// changed, silently. On 个人所得税法实施条例 (国务院令第707号) and 公司法 2018.
import { describe, expect, it } from 'vitest';
import { corpusDraft, paragraph } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const GESHUI = corpusDraft('gov_cn_policies/guoling_707_geren_suodeshui_fa_shishi_tiaoli_2018.txt');
const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');

describe('均 / 统一 after a list of places changes the quote in each (it had changed the last place only)', () => {
  it('个人所得税法实施条例 第二十五条: 第（一）项和第（二）项中的“6万元”均修改为', () => {
    const comment = '建议将第二十五条第一款第（一）项和第（二）项中的“6万元”均修改为“12万元”。';
    expect(proposed(GESHUI, comment).edits.map((e) => e.clause)).toEqual(['第二十五条第一款第（一）项', '第二十五条第一款第（二）项']);
    const text = built(GESHUI, comment);
    expect(paragraph(text, '（一）从两处以上取得综合所得')).toBe('（一）从两处以上取得综合所得，且综合所得年收入额减除专项扣除的余额超过12万元；');
    expect(paragraph(text, '（二）取得劳务报酬所得')).toBe('（二）取得劳务报酬所得、稿酬所得、特许权使用费所得中一项或者多项所得，且综合所得年收入额减除专项扣除的余额超过12万元；');
  });

  it('个人所得税法实施条例: 第四条和第五条, with 均, 统一, 都 or 一并 as without', () => {
    const old = '在中国境内无住所的个人';
    const changed = '在中国境内无住所的外籍个人';
    for (const each of ['均', '统一', '都', '一并', '']) {
      const comment = `建议将第四条和第五条中的“${old}”${each}修改为“${changed}”。`;
      const text = built(GESHUI, comment);
      expect(paragraph(text, '第四条'), comment).toMatch(/^第四条 在中国境内无住所的外籍个人，在中国境内居住累计满183天/u);
      expect(paragraph(text, '第五条'), comment).toMatch(/^第五条 在中国境内无住所的外籍个人，在一个纳税年度内/u);
    }
    // 均删除: from each.
    expect(proposed(GESHUI, `建议将第四条、第五条中的“${old}，”均删除。`).edits.map((e) => e.clause)).toEqual(['第四条', '第五条']);
  });

  it('个人所得税法实施条例: a quote in each place more than once changes each time it stands there, as 中 says', () => {
    const text = built(GESHUI, '建议将第四条和第五条中的“中国境内”均修改为“我国境内”。');
    for (const article of ['第四条', '第五条']) {
      expect(paragraph(text, article)).not.toContain('中国境内');
    }
    expect(paragraph(text, '第四条')!.split('我国境内').length - 1).toBe(4);
    expect(paragraph(text, '第五条')!.split('我国境内').length - 1).toBe(4);
  });

  it('公司法: 第四十一条、第九十条和第一百零二条中的“十五日前”统一修改为“二十日前”', () => {
    const text = built(GONGSI, '建议将第四十一条、第九十条和第一百零二条中的“十五日前”统一修改为“二十日前”。');
    expect(paragraph(text, '第四十一条')).toBe('第四十一条 召开股东会会议，应当于会议召开二十日前通知全体股东；但是，公司章程另有规定或者全体股东另有约定的除外。');
    expect(paragraph(text, '第九十条')).toMatch(/^第九十条 发起人应当在创立大会召开二十日前将会议日期通知各认股人/u);
    expect(paragraph(text, '第一百零二条')).toContain('临时股东大会应当于会议召开二十日前通知各股东；');
    // (The second 款's 十日前 is no 十五日前.)
    expect(text).toContain('\n\n单独或者合计持有公司百分之三以上股份的股东，可以在股东大会召开十日前提出临时提案');
  });

  it('公司法: a place listed without the quote is named, the others changed', () => {
    const { edits, unparsed } = proposed(GONGSI, '建议将第四十一条和第四十二条中的“十五日前”均修改为“二十日前”。');
    expect(edits.map((e) => e.clause)).toEqual(['第四十一条']);
    expect(unparsed).toEqual([expect.stringContaining('is not in 第四十二条')]);
  });
});
