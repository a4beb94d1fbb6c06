// Quoted words the comment places by more than the quote: which occurrence
// (第二十一处“A”), the quotes that hold it (“A”及“B”中的“C”), the quotes it
// stands between (“A”和“B”之间的“C”). On 公司法 2018, 民事诉讼法 2021 and
// 行政许可法; each had built a wrong text, or asked where the words said.
import { describe, expect, it } from 'vitest';
import { corpusDraft, paragraph } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const MINSU = corpusDraft('lawrefbook/minshi_susong_fa_2021.md');
const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');

describe('an ordinal past 第二十 names its occurrence (第二十一处 had removed the whole unit)', () => {
  it('公司法 第一章: the 21st “或者” is the third of 第二十二条第二款', () => {
    const paragraph2 = '股东会或者股东大会、董事会的会议召集程序、表决方式违反法律、行政法规或者公司章程，或者决议内容违反公司章程的，股东可以自决议作出之日起六十日内，请求人民法院撤销。';
    for (const comment of ['删除第一章第二十一处“或者”', '将第一章中第21个“或者”修改为“或”']) {
      expect(proposed(GONGSI, comment).edits, comment).toEqual([expect.objectContaining({ clause: '第二十二条第二款', quote: '或者' })]);
    }
    expect(paragraph(built(GONGSI, '将第一章中第21个“或者”修改为“或”'), '股东会或者股东大会、董事会的会议')).toBe(paragraph2.replace('，或者决议', '，或决议'));
  });

  it('民事诉讼法 第五章: 第二十五次出现的“当事人” is the first of 第六十三条; one past the last is asked about', () => {
    const text = built(MINSU, '将第五章第二十五次出现的“当事人”修改为“委托人”');
    expect(paragraph(text, '第六十三条')).toBe('第六十三条 诉讼代理人的权限如果变更或者解除，委托人应当书面告知人民法院，并由人民法院通知对方当事人。');
    expect(proposed(MINSU, '删除第二百九十条第二十一处“人民法院”')).toEqual({ edits: [], unparsed: ['删除第二百九十条第二十一处“人民法院” — “人民法院” stands 3 time(s) in 第二百九十条, not 21'] });
  });
});
