// Wordings from a clerk's walk on 民事诉讼法 2021 → 2023 and 公司法 2018 (第六章),
// each checked beside another real document of the corpus. Each had built a
// wrong text while check said ok.
import { describe, expect, it } from 'vitest';
import { corpusDraft, paragraph } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const MINSU = corpusDraft('lawrefbook/minshi_susong_fa_2021.md');
const NOTICE = corpusDraft('gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt');
const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');

describe('“A”中的“B” deletes B where A says, not A', () => {
  const ARTICLE_288 = '第二百八十八条 外国法院作出的发生法律效力的判决、裁定，需要人民法院承认和执行的，可以由当事人直接向中华人民共和国有管辖权的中级人民法院申请承认和执行，也可以由外国法院依照该国与中华人民共和国缔结或者参加的国际条约的规定，或者按照互惠原则，请求人民法院承认和执行。';

  it('删去第二百八十八条“A”中的“B”: B of those words only (all of A had gone)', () => {
    expect(paragraph(built(MINSU, '建议删去第二百八十八条“需要中华人民共和国人民法院承认和执行”中的“中华人民共和国”。'), '第二百八十八条')).toBe(ARTICLE_288);
    expect(paragraph(built(MINSU, '建议将第二百八十八条“需要中华人民共和国人民法院承认和执行”中的“中华人民共和国”删除。'), '第二百八十八条')).toBe(ARTICLE_288);
  });

  it('…，并删去“A”中的“B”: in the article the sentence named', () => {
    const text = built(MINSU, '建议将第二百九十条中的“国外仲裁机构的裁决”修改为“在中华人民共和国领域外作出的发生法律效力的仲裁裁决”，并删去“中华人民共和国人民法院”中的“中华人民共和国”。');
    expect(paragraph(text, '第二百九十条')).toBe('第二百九十条 在中华人民共和国领域外作出的发生法律效力的仲裁裁决，需要人民法院承认和执行的，应当由当事人直接向被执行人住所地或者其财产所在地的中级人民法院申请，人民法院应当依照中华人民共和国缔结或者参加的国际条约，或者按照互惠原则办理。');
  });

  it('删去第二百八十九条中“A”中的“B”: in each A the article holds, as 中 says', () => {
    const text = built(MINSU, '删去第二百八十九条中“违反中华人民共和国法律的基本原则”中的“中华人民共和国”');
    expect(paragraph(text, '第二百八十九条')).toBe('第二百八十九条 人民法院对申请或者请求承认和执行的外国法院作出的发生法律效力的判决、裁定，依照中华人民共和国缔结或者参加的国际条约，或者按照互惠原则进行审查后，认为不违反法律的基本原则或者国家主权、安全、社会公共利益的，裁定承认其效力，需要执行的，发出执行令，依照本法的有关规定执行。违反法律的基本原则或者国家主权、安全、社会公共利益的，不予承认和执行。');
  });

  it('a policy text: “国家安全、” of the one list A names, not of the other (社会团体清理整顿)', () => {
    const text = built(NOTICE, '建议删去“民政、公安、国家安全、人民银行等部门”中的“国家安全、”。');
    expect(text).toContain('切实做好清理整顿工作。民政、公安、人民银行等部门要积极配合，以保证清理整顿工作的顺利进行。');
    expect(text).toContain('对违法社会团体，民政、公安、国家安全、人民银行等有关部门要紧密配合');
  });

  it('将“A”中的“B”修改为“C”: the B of those words (it was asked which of many B)', () => {
    expect(paragraph(built(MINSU, '将第二百八十八条“需要中华人民共和国人民法院承认和执行”中的“中华人民共和国”修改为“我国”'), '第二百八十八条')).toBe(ARTICLE_288.replace('需要人民法院', '需要我国人民法院'));
    expect(built(NOTICE, '建议将“民政、公安、国家安全、人民银行等部门”中的“人民银行”修改为“中国人民银行”。')).toContain('切实做好清理整顿工作。民政、公安、国家安全、中国人民银行等部门要积极配合，以保证');
  });

  it('B that is not part of A is asked about, nothing deleted', () => {
    expect(proposed(MINSU, '删去第二百八十八条“需要中华人民共和国人民法院承认和执行”中的“外国法院”').unparsed).toEqual([
      '删去第二百八十八条“需要中华人民共和国人民法院承认和执行”中的“外国法院” — “外国法院” is not part of “需要中华人民共和国人民法院承认和执行”: quote the words to delete',
    ]);
  });
});

describe('“A”和“B”分别修改为“C”和“D”: A becomes C, B becomes D', () => {
  it('in a 项 of 民事诉讼法 第二百七十四条 (it had made B into C, and dropped the rest)', () => {
    const comment = '将第二百七十四条第（五）项中的“代表机构”和“业务代办人”分别修改为“常驻代表机构”和“业务代理人”';
    expect(proposed(MINSU, comment).edits).toEqual([
      { op: 'insert', clause: '第二百七十四条第（五）项', quote: '代表机构', text: '常驻' },
      { op: 'replace', clause: '第二百七十四条第（五）项', quote: '办人', text: '理人' },
    ]);
    expect(paragraph(built(MINSU, comment), '（五）向受送达人')).toBe('（五）向受送达人在中华人民共和国领域内设立的常驻代表机构或者有权接受送达的分支机构、业务代理人送达；');
  });

  it('joined by 、, in an article of 立法法', () => {
    const text = built(LIFA, '建议将第四十六条中的“中央军事委员会”、“法律解释要求”分别修改为“中央军事委员会、国家监察委员会”、“法律解释的要求”。');
    expect(paragraph(text, '第四十六条')).toBe('第四十六条 国务院、中央军事委员会、国家监察委员会、最高人民法院、最高人民检察院和全国人民代表大会各专门委员会以及省、自治区、直辖市的人民代表大会常务委员会可以向全国人民代表大会常务委员会提出法律解释的要求。');
  });

  it('a new text missing for one of them is asked about, nothing changed', () => {
    const { edits, unparsed } = proposed(MINSU, '将第二百七十四条第（五）项中的“代表机构”和“业务代办人”分别修改为“常驻代表机构”');
    expect(edits).toEqual([]);
    expect(unparsed).toEqual(['“代表机构”和“业务代办人”分别修改为“常驻代表机构” — 2 texts quoted and 1 new one: quote one new text for each']);
  });
});

describe('a deletion of two quotes joined by 和 or 及 deletes both', () => {
  it('公司法 第一百五十一条第一款: both (the second had been dropped silently)', () => {
    const text = built(GONGSI, '建议删去第一百五十一条第一款中的“或者不设监事会的有限责任公司的监事”和“或者不设董事会的有限责任公司的执行董事”。');
    expect(paragraph(text, '第一百五十一条')).toBe('第一百五十一条 董事、高级管理人员有本法第一百四十九条规定的情形的，有限责任公司的股东、股份有限公司连续一百八十日以上单独或者合计持有公司百分之一以上股份的股东，可以书面请求监事会向人民法院提起诉讼；监事有本法第一百四十九条规定的情形的，前述股东可以书面请求董事会向人民法院提起诉讼。');
  });

  it('民事诉讼法 第二百七十二条, joined by 及', () => {
    const text = built(MINSU, '建议删除第二百七十二条中的“，或者被告在中华人民共和国领域内设有代表机构”及“或者代表机构住所地”。');
    expect(paragraph(text, '第二百七十二条')).toBe('第二百七十二条 因合同纠纷或者其他财产权益纠纷，对在中华人民共和国领域内没有住所的被告提起的诉讼，如果合同在中华人民共和国领域内签订或者履行，或者诉讼标的物在中华人民共和国领域内，或者被告在中华人民共和国领域内有可供扣押的财产，可以由合同签订地、合同履行地、诉讼标的物所在地、可供扣押财产所在地、侵权行为地人民法院管辖。');
  });
});

describe('a quote that stands twice in the unit named, with no word for each', () => {
  const ARTICLE_290 = '第二百九十条 国外仲裁机构的裁决，需要人民法院承认和执行的，应当由当事人直接向被执行人住所地或者其财产所在地的中级人民法院申请，人民法院应当依照缔结或者参加的国际条约，或者按照互惠原则办理。';

  it('第二百九十条，建议删除“A” is asked about (both had gone), and so is a replacement', () => {
    expect(proposed(MINSU, '第二百九十条，建议删除“中华人民共和国”。')).toEqual({
      edits: [],
      unparsed: ['删除“中华人民共和国” — “中华人民共和国” occurs 2 times in 第二百九十条: say which, or say 全部 for each'],
    });
    expect(proposed(MINSU, '第二百九十条，建议将“中华人民共和国”修改为“我国”。').edits).toEqual([]);
  });

  it('全部, 均, 所有 or 中 say each one', () => {
    for (const comment of ['第二百九十条，建议删除全部“中华人民共和国”。', '第二百九十条，建议将“中华人民共和国”均删除。', '建议删除第二百九十条所有的“中华人民共和国”。', '建议删除第二百九十条中的“中华人民共和国”。']) {
      expect(paragraph(built(MINSU, comment), '第二百九十条'), comment).toBe(ARTICLE_290);
    }
  });

  it('行政许可法 第八条: words in both of its 款', () => {
    expect(proposed(XUKE, '第八条，建议删除“已经生效的”。').unparsed).toEqual(['删除“已经生效的” — “已经生效的” occurs 2 times in 第八条: say which, or say 全部 for each']);
    const text = built(XUKE, '第八条，建议全部删除“已经生效的”。');
    expect(paragraph(text, '第八条')).toBe('第八条 公民、法人或者其他组织依法取得的行政许可受法律保护，行政机关不得擅自改变行政许可。');
    expect(paragraph(text, '行政许可所依据的')).toBe('行政许可所依据的法律、法规、规章修改或者废止，或者准予行政许可所依据的客观情况发生重大变化的，为了公共利益的需要，行政机关可以依法变更或者撤回行政许可。由此给公民、法人或者其他组织造成财产损失的，行政机关应当依法给予补偿。');
  });
});

describe('a proviso (但书) added at the end of a sentence goes on with it', () => {
  const ARTICLE_270 = '第二百七十条 外国人、无国籍人、外国企业和组织在人民法院起诉、应诉，需要委托律师代理诉讼的，必须委托中华人民共和国的律师，但是法律另有规定的除外。';

  it('建议第二百七十条增加“但是法律另有规定的除外”: before the 。, after a comma (it went after the 。, with no mark of its own)', () => {
    expect(paragraph(built(MINSU, '建议第二百七十条增加“但是法律另有规定的除外”。'), '第二百七十条')).toBe(ARTICLE_270);
    expect(paragraph(built(MINSU, '建议在第二百七十条末尾增加“但是法律另有规定的除外。”'), '第二百七十条')).toBe(ARTICLE_270);
  });

  it('“但是，…。” is a sentence of its own, after the 。', () => {
    expect(paragraph(built(MINSU, '建议在第二百七十条末尾增加“但是，法律另有规定的，依照其规定。”'), '第二百七十条')).toBe('第二百七十条 外国人、无国籍人、外国企业和组织在人民法院起诉、应诉，需要委托律师代理诉讼的，必须委托中华人民共和国的律师。但是，法律另有规定的，依照其规定。');
  });

  it('立法法 第九十条第一款: a proviso without 除外', () => {
    const text = built(LIFA, '建议在第九十条第一款末尾增加“但是不得违背法律或者行政法规的基本原则”。');
    expect(paragraph(text, '第九十条')).toBe('第九十条 自治条例和单行条例依法对法律、行政法规、地方性法规作变通规定的，在本自治地方适用自治条例和单行条例的规定，但是不得违背法律或者行政法规的基本原则。');
  });
});

describe('该条 after a 项 named in the sentence is the article, not the 项', () => {
  it('删除第二百七十四条第（八）项，并在该条增加一款: a new 款 of the article (it was added to the 项 removed, and refused)', () => {
    const comment = '建议删除第二百七十四条第（八）项，并在该条增加一款：“不能用上述方式送达的，公告送达，自发出公告之日起，经过六十日，即视为送达。”';
    expect(proposed(MINSU, comment).edits).toEqual([
      { op: 'remove-clause', clause: '第二百七十四条第（八）项' },
      { op: 'add-clause', clause: '第二百七十四条', text: '不能用上述方式送达的，公告送达，自发出公告之日起，经过六十日，即视为送达。' },
    ]);
    expect(built(MINSU, comment)).toContain('\n\n（七）采用传真、电子邮件等能够确认受送达人收悉的方式送达。\n\n不能用上述方式送达的，公告送达，自发出公告之日起，经过六十日，即视为送达。\n\n第二百七十五条 ');
  });

  it('公司法 第一百四十八条: 该条第二款 is the article’s 第二款 (it was looked for in the 项)', () => {
    const text = built(GONGSI, '建议删除第一百四十八条第（八）项，并删去该条第二款。');
    expect(text).toContain('\n\n（七）擅自披露公司秘密。\n\n第一百四十九条 ');
  });

  it('公司法 第一百四十八条: a new 款 after its last one', () => {
    const text = built(GONGSI, '建议删除第一百四十八条第一款第（七）项，并在该条增加一款：“董事、高级管理人员违反前款规定给公司造成损失的，应当承担赔偿责任。”');
    expect(text).toContain('\n\n（七）违反对公司忠实义务的其他行为。\n\n董事、高级管理人员违反前款规定所得的收入应当归公司所有。\n\n董事、高级管理人员违反前款规定给公司造成损失的，应当承担赔偿责任。\n\n第一百四十九条 ');
  });
});

describe('“A”和“B”之间的“C”: the C that stands between A and B, not A and B', () => {
  it('行政许可法 第十一条: 删除“公共利益”和“社会秩序”之间的“和”', () => {
    expect(proposed(XUKE, '删除第十一条中“公共利益”和“社会秩序”之间的“和”。')).toEqual({ edits: [{ op: 'delete', clause: '第十一条', quote: '和' }], unparsed: [] });
    expect(paragraph(built(XUKE, '删除第十一条中“公共利益”和“社会秩序”之间的“和”。'), '第十一条')).toContain('维护公共利益社会秩序，');
    // Without a place, the words together say where, or are asked about.
    expect(proposed(XUKE, '建议删除“公共利益”和“社会秩序”之间的“和”').unparsed).toEqual(['删除“公共利益”和“社会秩序”之间的“和” — “公共利益和社会秩序” is in 2 clauses (第一条, 第十一条): name the one meant']);
  });

  it('民事诉讼法 第二百六十八条: 删除“有关法律”和“中华人民共和国缔结”之间的“和”, as the place says', () => {
    expect(proposed(MINSU, '建议删除“有关法律”和“中华人民共和国缔结”之间的“和”。')).toEqual({ edits: [{ op: 'delete', clause: '第二百六十八条', quote: '和' }], unparsed: [] });
  });
});

describe('第二处“A” / 第一个“A”: the occurrence named, not all of them, never the unit', () => {
  it('民事诉讼法 第二百九十条: 删除第二处“中华人民共和国” (it removed the article)', () => {
    for (const comment of ['删除第二百九十条第二处“中华人民共和国”', '将第二百九十条中第二个“中华人民共和国”删除', '删除第二百九十条中的第二处“中华人民共和国”。']) {
      expect(proposed(MINSU, comment)).toEqual({ edits: [{ op: 'delete', clause: '第二百九十条', quote: '中华人民共和国' }], unparsed: [] });
      expect(paragraph(built(MINSU, comment), '第二百九十条')).toBe('第二百九十条 国外仲裁机构的裁决，需要中华人民共和国人民法院承认和执行的，应当由当事人直接向被执行人住所地或者其财产所在地的中级人民法院申请，人民法院应当依照缔结或者参加的国际条约，或者按照互惠原则办理。');
    }
    expect(proposed(MINSU, '删除第二百九十条第三处“中华人民共和国”').unparsed).toEqual(['删除第二百九十条第三处“中华人民共和国” — “中华人民共和国” stands 2 time(s) in 第二百九十条, not 3']);
  });

  it('行政许可法 第四十二条: 将第一处“二十日”修改为“十五日”, the other kept', () => {
    const text = built(XUKE, '建议将第四十二条第一处“二十日”修改为“十五日”。');
    expect(paragraph(text, '第四十二条')).toMatch(/^第四十二条 除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起十五日内作出行政许可决定。二十日内不能作出决定的，/u);
  });
});

describe('在“A”和“B”之间增加“C”: C right after A (it went to the end of the unit)', () => {
  it('行政许可法 第十一条 and 民事诉讼法 第二百六十八条', () => {
    expect(paragraph(built(XUKE, '在第十一条“公共利益”和“社会秩序”之间增加“、公共安全”。'), '第十一条')).toContain('维护公共利益、公共安全和社会秩序，促进经济');
    expect(proposed(MINSU, '建议在第二百六十八条“有关法律”和“中华人民共和国缔结”之间增加“、行政法规”')).toEqual({
      edits: [{ op: 'insert', clause: '第二百六十八条', quote: '有关法律', text: '、行政法规' }],
      unparsed: [],
    });
    expect(paragraph(built(MINSU, '建议在第二百六十八条“有关法律”和“中华人民共和国缔结”之间增加“、行政法规”'), '第二百六十八条')).toContain('应当依照中华人民共和国有关法律、行政法规和中华人民共和国缔结或者参加的国际条约的规定办理。');
  });
});

describe('ordinals and lists (a review of this stop)', () => {
  const ARTICLE = '第二百九十条 国外仲裁机构的裁决，需要中华人民共和国人民法院承认和执行的，应当由当事人直接向被执行人住所地或者其财产所在地的中级人民法院申请，人民法院应当依照中华人民共和国缔结或者参加的国际条约，或者按照互惠原则办理。';
  it('民事诉讼法: 第2处, 第二次出现的 name one occurrence; an ordinal is each quote’s own in a list', () => {
    const second = ARTICLE.replace(/(中级)人民法院/u, '$1法院');
    expect(paragraph(built(MINSU, '第二百九十条中第2处“人民法院”修改为“法院”'), '第二百九十条')).toBe(second);
    expect(paragraph(built(MINSU, '第二百九十条中第二次出现的“人民法院”修改为“法院”'), '第二百九十条')).toBe(second);
    expect(paragraph(built(MINSU, '删除第二百九十条“被执行人”和第二处“人民法院”'), '第二百九十条')).toBe(ARTICLE.replace('被执行人', '').replace('中级人民法院', '中级'));
    expect(paragraph(built(MINSU, '删除第二百九十条第二处“人民法院”和“仲裁”'), '第二百九十条')).toBe(ARTICLE.replace('仲裁', '').replace('中级人民法院', '中级'));
  });

  it('民事诉讼法, 行政许可法: several old texts and one new one: each with 均, else asked', () => {
    expect(proposed(MINSU, '将第二百九十条中的“仲裁”和“中级”修改为“有关”')).toEqual({ edits: [], unparsed: ['“仲裁”和“中级”修改为“有关” — 2 texts quoted and one new one: say 均修改为 for each, or quote the words as they stand together'] });
    expect(proposed(MINSU, '将第二百九十条中的“仲裁”和“中级”均修改为“有关”').edits).toEqual([
      { op: 'replace', clause: '第二百九十条', quote: '仲裁', text: '有关' },
      { op: 'replace', clause: '第二百九十条', quote: '中级', text: '有关' },
    ]);
    expect(proposed(XUKE, '将第十一条中的“公共利益”、“社会秩序”修改为“公共秩序”').edits).toEqual([]);
  });
});
