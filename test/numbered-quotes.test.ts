// A quote copied with its unit's number: “（一）从两处以上取得综合所得…”,
// “第三条 除国务院…”, "(a) Short Title.— …". The draft keeps the number apart
// from the unit's text, so the quote had been "not in" the unit, with a
// nearest passage that looked the same. On 个人所得税法实施条例 (国务院令第707号),
// 公司法 2018 and H.R. 1000.
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, paragraph, revisedBody } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const GESHUI = corpusDraft('gov_cn_policies/guoling_707_geren_suodeshui_fa_shishi_tiaoli_2018.txt');
const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');
const HR1000 = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');

const ITEM_1 = '（一）从两处以上取得综合所得，且综合所得年收入额减除专项扣除的余额超过6万元；';

describe('a quote that starts with the number of its unit is read without it', () => {
  it('个人所得税法实施条例 第二十五条: “（一）…” in the article, in the item named, or alone; the new text’s number too', () => {
    for (const comment of [
      '将第二十五条中的“（一）从两处以上取得综合所得”修改为“（一）从三处以上取得综合所得”',
      '将“（一）从两处以上取得综合所得”修改为“（一）从三处以上取得综合所得”',
      '将第二十五条第一款第（一）项中的“(一)从两处以上取得综合所得”修改为“从三处以上取得综合所得”',
    ]) {
      expect(proposed(GESHUI, comment), comment).toEqual({ edits: [{ op: 'replace', clause: '第二十五条第一款第（一）项', quote: '从两', text: '从三' }], unparsed: [] });
    }
    expect(paragraph(built(GESHUI, '将第二十五条中的“（一）从两处以上取得综合所得”修改为“（一）从三处以上取得综合所得”'), '（一）从三处')).toBe(ITEM_1.replace('从两处', '从三处'));
    expect(paragraph(built(GESHUI, '在“（一）从两处以上取得综合所得”后增加“（含两处）”'), '（一）从两处')).toBe(ITEM_1.replace('综合所得，', '综合所得（含两处），'));
    // The whole item quoted with its number: the item goes, the others renumbered.
    const text = built(GESHUI, '删除第二十五条中的“（三）纳税年度内预缴税额低于应纳税额；”');
    expect(text).not.toContain('纳税年度内预缴税额低于应纳税额');
    expect(paragraph(text, '（三）纳税人')).toBe('（三）纳税人申请退税。');
  });

  it('个人所得税法实施条例 第三条: “第三条 除国务院…” with a space, a full-width one or none', () => {
    const article = '第三条 除国务院税务主管部门另有规定外，下列所得，不论支付地点是否在中国境内，均为来源于中国境内的所得：';
    for (const comment of [
      '将“第三条 除国务院财政、税务主管部门另有规定外”修改为“第三条 除国务院税务主管部门另有规定外”',
      '将“第三条　除国务院财政、税务主管部门另有规定外”修改为“除国务院税务主管部门另有规定外”',
      '将第三条中的“第三条除国务院财政、税务主管部门”修改为“第三条除国务院税务主管部门”',
    ]) {
      expect(paragraph(built(GESHUI, comment), '第三条'), comment).toBe(article);
    }
  });

  it('个人所得税法实施条例: a number that opens no unit with those words, or a new text with another number, is said', () => {
    expect(proposed(GESHUI, '将第二十五条中的“（三）从两处以上取得综合所得”修改为“从三处以上取得综合所得”').unparsed).toEqual([
      '将第二十五条中的“（三）从两处以上取得综合所得”修改为“从三处以上取得综合所得” — “（三）从两处以上取得综合所得” is not in 第二十五条: it includes a unit\'s number (（三）), and “从两处以上取得综合所得” opens 第二十五条第一款第（一）项: quote the words without the number',
    ]);
    expect(proposed(GESHUI, '将第二十五条中的“（一）从两处以上取得综合所得”修改为“（二）从三处以上取得综合所得”')).toEqual({
      edits: [],
      unparsed: ['将第二十五条中的“（一）从两处以上取得综合所得”修改为“（二）从三处以上取得综合所得” — “（一）从两处以上取得综合所得” is 第二十五条第一款第（一）项 with its number, and the new text gives another (（二）): the numbers follow from the edits; quote the words without the number'],
    });
    // (第三条规定的 of a quote not there is the text's words, not a number; so is “（三）…” whose words open no item.)
    expect(proposed(GESHUI, '将“第三条规定的情形”修改为“第四条规定的情形”').unparsed).toEqual(['将“第三条规定的情形”修改为“第四条规定的情形” — “第三条规定的情形” is not in the draft']);
    expect(proposed(GESHUI, '将第二十五条中的“（三）取得综合所得”修改为“（三）取得所得”').unparsed).toEqual(['将第二十五条中的“（三）取得综合所得”修改为“（三）取得所得” — “（三）取得综合所得” is not in 第二十五条']);
  });

  it('公司法 第一百四十八条 and 第三条: an item and an article quoted with their numbers', () => {
    const text = built(GONGSI, '建议将第一百四十八条中的“（六）接受他人与公司交易的佣金归为己有”修改为“（六）接受他人与公司交易的佣金或者回扣归为己有”');
    expect(paragraph(text, '（六）接受他人')).toBe('（六）接受他人与公司交易的佣金或者回扣归为己有；');
    expect(paragraph(built(GONGSI, '建议将“第三条 公司是企业法人”修改为“第三条 公司是营利法人”'), '第三条')).toBe('第三条 公司是营利法人，有独立的法人财产，享有法人财产权。公司以其全部财产对公司的债务承担责任。');
    const removed = built(GONGSI, '建议删除第一百四十八条中的“（一）挪用公司资金；”');
    expect(removed).not.toContain('挪用公司资金');
    expect(paragraph(removed, '（一）将公司资金')).toBe('（一）将公司资金以其个人名义或者以其他个人名义开立账户存储；');
    expect(proposed(GONGSI, '建议将第一百四十八条中的“（二）挪用公司资金”修改为“（二）挪用公司资产”').unparsed).toEqual([
      '将第一百四十八条中的“（二）挪用公司资金”修改为“（二）挪用公司资产” — “（二）挪用公司资金” is not in 第一百四十八条: it includes a unit\'s number (（二）), and “挪用公司资金” opens 第一百四十八条第一款第（一）项: quote the words without the number',
    ]);
  });

  it('公司法 第二十五条 and 第八十一条: “（一）公司名称和住所” opens both items (一): asked about, unless the article is named', () => {
    expect(proposed(GONGSI, '将“（一）公司名称和住所”修改为“（一）公司名称和住所地”').unparsed).toEqual([
      '将“（一）公司名称和住所”修改为“（一）公司名称和住所地” — “（一）公司名称和住所” starts with a unit\'s number (（一）), and “公司名称和住所” opens 2 units numbered so (第二十五条第一款第（一）项, 第八十一条第（一）项): name the one meant',
    ]);
    expect(proposed(GONGSI, '将第八十一条中的“（一）公司名称和住所”修改为“（一）公司名称和住所地”').edits).toEqual([{ op: 'insert', clause: '第八十一条第（一）项', quote: '公司名称和住所', text: '地' }]);
  });

  it('H.R. 1000 section 1: "(a) Short Title.— …" quoted with its designation', () => {
    const names = citableClauses(HR1000.clauses);
    const { edits, unparsed } = proposeEdits('In section 1, strike "(a) Short Title.— This Act may be cited as" and insert "(a) Short Title.— This Act may be referred to as".', HR1000.clauses, 'en');
    expect(unparsed).toEqual([]);
    expect(edits.map((e) => [e.op, cite(names, e.clause), 'quote' in e ? e.quote : undefined, 'text' in e ? e.text : undefined])).toEqual([['replace', 'section 1(a)', 'cited', 'referred to']]);
  });
});

describe('a footnote’s number before a thin space (1\u2009See: …), and spaces of another width', () => {
  const HHS = corpusDraft('us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md');
  const english = (draft: typeof HHS, comment: string) => {
    const names = citableClauses(draft.clauses);
    const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'en');
    return { edits: edits.map((e) => [e.op, cite(names, e.clause), 'quote' in e ? e.quote : undefined, 'text' in e ? e.text : undefined]), unparsed };
  };

  it('HHS 340B rule footnotes 1 and 2: “1 See: …” typed with a plain space is the footnote; only the words changed change', () => {
    expect(english(HHS, 'Strike "1 See: https://www.whitehouse.gov" and insert "1 See: http://www.whitehouse.gov".')).toEqual({ edits: [['replace', 'I, paragraph 3', 'https', 'http']], unparsed: [] });
    const comment = 'Replace "2 See: https://www.whitehouse.gov/the-press-office/2017/01/2/" with "2 See: https://www.whitehouse.gov/the-press-office/2017/01/20/".';
    const { edits } = proposeEdits(comment, HHS.clauses, 'en');
    expect(edits).toHaveLength(1);
    const { text } = revisedBody(HHS, adopted('1', ...edits));
    expect(text).toContain('2\u2009See: https://www.whitehouse.gov/the-press-office/2017/01/20/executive-order-minimizing-economic-burden-patient-protection-and.');
  });

  it('H.R. 1000: a quote copied with no-break spaces is the text’s words', () => {
    expect(english(HR1000, 'In section 1, strike "This Act may be\u00a0cited as" and insert "This Act may be\u00a0referred to as".')).toEqual({ edits: [['replace', 'section 1(a)', 'cited', 'referred to']], unparsed: [] });
  });
});
