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

describe('“A”及“B”中的“C”: C in each of A and B (it had changed C in B only, or deleted A and B whole)', () => {
  const ARTICLE_290 = '第二百九十条 国外仲裁机构的裁决，需要中华人民共和国人民法院承认和执行的，应当由当事人直接向被执行人住所地或者其财产所在地的中级人民法院申请，人民法院应当依照中华人民共和国缔结或者参加的国际条约，或者按照互惠原则办理。';
  const QUOTES = '“需要中华人民共和国人民法院承认和执行”及“依照中华人民共和国缔结”';

  it('民事诉讼法 第二百九十条: 修改为, 删除 and 后增加, joined by 及, 和 or 与', () => {
    expect(paragraph(built(MINSU, `将第二百九十条${QUOTES}中的“中华人民共和国”修改为“我国”`), '第二百九十条')).toBe(ARTICLE_290.replaceAll('中华人民共和国', '我国'));
    const deleted = ARTICLE_290.replaceAll('中华人民共和国', '');
    expect(paragraph(built(MINSU, `将第二百九十条${QUOTES.replace('及', '和')}中的“中华人民共和国”删除`), '第二百九十条')).toBe(deleted);
    expect(paragraph(built(MINSU, `删除第二百九十条${QUOTES.replace('及', '与')}中的“中华人民共和国”`), '第二百九十条')).toBe(deleted);
    expect(paragraph(built(MINSU, `在第二百九十条${QUOTES.replace('及', '和')}中的“中华人民共和国”后增加“政府”`), '第二百九十条')).toBe(ARTICLE_290.replaceAll('中华人民共和国', '中华人民共和国政府'));
  });

  it('民事诉讼法: C not in one of them is asked about, nothing changed', () => {
    expect(proposed(MINSU, '将第二百九十条“需要中华人民共和国人民法院承认和执行”及“国外仲裁机构的裁决”中的“中华人民共和国”修改为“我国”')).toEqual({
      edits: [],
      unparsed: ['“需要中华人民共和国人民法院承认和执行”及“国外仲裁机构的裁决”中的“中华人民共和国”修改为“我国” — “中华人民共和国” is not part of “国外仲裁机构的裁决”: quote the words to change'],
    });
  });

  it('公司法 第一百五十一条第一款: 修改为 and 删除, joined by 和', () => {
    const both = '“或者不设监事会的有限责任公司的监事”和“或者不设董事会的有限责任公司的执行董事”';
    const changed = paragraph(built(GONGSI, `建议将第一百五十一条第一款${both}中的“有限责任公司”修改为“公司”`), '第一百五十一条');
    expect(changed).toContain('可以书面请求监事会或者不设监事会的公司的监事向人民法院提起诉讼；');
    expect(changed).toContain('可以书面请求董事会或者不设董事会的公司的执行董事向人民法院提起诉讼。');
    const removed = paragraph(built(GONGSI, `建议删去第一百五十一条第一款${both}中的“有限责任公司的”`), '第一百五十一条');
    expect(removed).toContain('可以书面请求监事会或者不设监事会的监事向人民法院提起诉讼；');
    expect(removed).toContain('可以书面请求董事会或者不设董事会的执行董事向人民法院提起诉讼。');
    // The second 款's words, not quoted, stay.
    expect(built(GONGSI, `建议删去第一百五十一条第一款${both}中的“有限责任公司的”`)).toContain('\n\n监事会、不设监事会的有限责任公司的监事，或者董事会、执行董事收到前款');
  });
});

describe('“A”和“B”之间 with other words between them: C deleted where it stands once there, added only where the place is plain', () => {
  const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
  const ARTICLE_268 = '第二百六十八条 对享有外交特权与豁免的外国人、外国组织或者国际组织提起的民事诉讼，应当依照中华人民共和国有关法律和中华人民共和国缔结或者参加的国际条约的规定办理。';

  it('民事诉讼法 第二百六十八条: 删除“有关法律”和“缔结”之间的“中华人民共和国” (it was asked about); “和” stands there twice, and is asked about', () => {
    expect(paragraph(built(MINSU, '删除第二百六十八条“有关法律”和“缔结”之间的“中华人民共和国”'), '第二百六十八条')).toBe(ARTICLE_268.replace('和中华人民共和国缔结', '和缔结'));
    expect(proposed(MINSU, '删除第二百六十八条“有关法律”和“缔结”之间的“和”')).toEqual({
      edits: [],
      unparsed: ['删除第二百六十八条“有关法律”和“缔结”之间的“和” — “和” stands 2 times between “有关法律” and “缔结” (“有关法律和中华人民共和国缔结”): quote the words to delete'],
    });
  });

  it('民事诉讼法 第二百六十八条: 增加 right after A where nothing but B follows it (A stands twice), asked about where other words stand between (it went after A)', () => {
    expect(paragraph(built(MINSU, '在第二百六十八条“中华人民共和国”和“缔结”之间增加“政府”'), '第二百六十八条')).toBe(ARTICLE_268.replace('中华人民共和国缔结', '中华人民共和国政府缔结'));
    expect(proposed(MINSU, '在第二百六十八条“有关法律”和“缔结”之间增加“、行政法规”')).toEqual({
      edits: [],
      unparsed: ['在第二百六十八条“有关法律”和“缔结”之间增加“、行政法规” — other words stand between “有关法律” and “缔结” (“有关法律和中华人民共和国缔结”): quote the words “、行政法规” goes after'],
    });
  });

  it('行政许可法 第十一条: the same both ways', () => {
    expect(paragraph(built(XUKE, '删除第十一条“维护”和“社会秩序”之间的“公共利益和”'), '第十一条')).toContain('主动性，维护社会秩序，促进经济');
    expect(proposed(XUKE, '在第十一条“维护”和“社会秩序”之间增加“公共安全、”').edits).toEqual([]);
    expect(proposed(XUKE, '在第十一条“公共利益”和“促进”之间增加“、公共安全”').edits).toEqual([]);
    expect(paragraph(built(XUKE, '在第十一条“公共利益”和“社会秩序”之间增加“、公共安全”'), '第十一条')).toContain('维护公共利益、公共安全和社会秩序，促进经济');
  });
});
