// 删除第十条第一款最后一句, 第十四条第一款第二句修改为…, 删除第九十六条最后一项,
// "In section 2, strike the last sentence": a sentence or the last unit of a
// kind, found inside the unit named. Before, the qualifier was dropped and
// the whole article or section went, with state ok.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../src/core/draft/format.js';
import { chineseNumeral as chineseNumeralOf } from '../src/core/draft/numerals.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { sentenceSpans } from '../src/core/text/sentences.js';
import { CORPUS } from './helpers/cli.js';
import { adopted, corpusDraft, paragraph, revisedBody, unit } from './helpers/drafts.js';

const XUKE = 'lawrefbook/xingzheng_xuke_fa_2019.md';
const SHANGHAI = 'lawrefbook/shanghai_youhua_yingshang_huanjing_2024.md';
const YEMEN = 'us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt';
const GONGSI = 'lawrefbook/gongsi_fa_2023.md';

function revisedBy(draft: Draft, comment: string, lang: 'zh' | 'en' = 'zh') {
  const proposal = proposeEdits(comment, draft.clauses, lang);
  return { proposal, text: revisedBody(draft, adopted('1', ...proposal.edits)).text };
}

describe('a sentence named in a comment', () => {
  it('删除…最后一句 and 第N句 delete that sentence only (行政许可法)', () => {
    const draft = corpusDraft(XUKE);
    const last = revisedBy(draft, '建议删除第十四条第一款最后一句。');
    expect(last.proposal.edits).toMatchObject([{ op: 'delete', clause: unit(draft, 14).id, quote: '尚未制定法律的，行政法规可以设定行政许可。' }]);
    expect(paragraph(last.text, '第十四条')).toBe('第十四条 本法第十二条所列事项，法律可以设定行政许可。');
    const second = revisedBy(draft, '建议删去第十五条第一款第二句。');
    expect(paragraph(second.text, '第十五条')).toBe(
      '第十五条 本法第十二条所列事项，尚未制定法律、行政法规的，地方性法规可以设定行政许可；尚未制定法律、行政法规和地方性法规的，因行政管理的需要，确需立即实施行政许可的，省、自治区、直辖市人民政府规章可以设定临时性的行政许可。',
    );
  });

  it('an article’s sentences run through its 款: its last sentence may be a whole 款, which goes (行政许可法第三十条)', () => {
    const draft = corpusDraft(XUKE);
    const { proposal, text } = revisedBy(draft, '建议删除第三十条最后一句。');
    expect(proposal.edits).toMatchObject([{ op: 'remove-clause', clause: unit(draft, 30, ['款', 2]).id }]);
    expect(text).not.toContain('申请人要求行政机关对公示内容予以说明');
    expect(paragraph(text, '第三十条')).toContain('在办公场所公示。');
  });

  it('第N句修改为 rewrites the sentence; a sentence past the last is named, not guessed (上海市优化营商环境条例)', () => {
    const draft = corpusDraft(SHANGHAI);
    const { proposal, text } = revisedBy(draft, '建议将第十条第一款第二句修改为：“国家外商投资准入负面清单以外的领域，按照内外资一致的原则实施统一管理。”');
    expect(proposal.edits).toHaveLength(1);
    expect(paragraph(text, '第十条')).toBe('第十条 国家市场准入负面清单以外的领域，各类市场主体均可以依法平等进入。国家外商投资准入负面清单以外的领域，按照内外资一致的原则实施统一管理。');
    const past = proposeEdits('建议删除第十条第一款第三句。', draft.clauses, 'zh');
    expect(past.edits).toEqual([]);
    expect(past.unparsed.join('\n')).toContain('第十条 has 2 sentences (句), not 3');
    // One sentence: "its last sentence" is words inside it, which the comment does not quote; never the article.
    const single = proposeEdits('建议删除第三条最后一句。', draft.clauses, 'zh');
    expect(single.edits).toEqual([]);
    expect(single.unparsed.join('\n')).toContain('第三条 is a single sentence');
  });

  it('the first sentence of a section is its text’s, never its heading; a section that goes on in paragraphs is asked about (H.J.Res. 37 as reported, H.R. 1000)', () => {
    const reported = corpusDraft('us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt');
    const first = proposeEdits('Strike the first sentence of section 2.', reported.clauses, 'en');
    expect((first.edits[0] as { quote: string }).quote).toMatch(/^Pursuant to section 1013 of the Department of State Authorization Act/u);
    const second = proposeEdits('Section 2 is amended by striking the second sentence.', reported.clauses, 'en');
    expect((second.edits[0] as { quote: string }).quote).toMatch(/^ For purposes of this resolution/u);
    const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
    const definitions = proposeEdits('In section 3, strike the last sentence.', bill.clauses, 'en');
    expect(definitions.edits).toEqual([]);
    expect(definitions.unparsed.join('\n')).toContain('section 3 goes on in numbered units');
  });

  it('the last sentence of a section, in English (H.J.Res. 37)', () => {
    const draft = corpusDraft(YEMEN);
    const { proposal, text } = revisedBy(draft, 'In section 2, strike the last sentence.', 'en');
    expect(proposal.edits).toHaveLength(1);
    expect(proposal.edits[0]).toMatchObject({ op: 'delete' });
    expect((proposal.edits[0] as { quote: string }).quote).toMatch(/^ For purposes of this resolution, in this section, the term “hostilities” includes/u);
    expect(text).toMatch(/has been enacted\.\n/u);
    expect(text).toContain('SEC. 3.');
  });

  it('the last sentence of a subsection that ends in quoted text: the quotation’s last sentence, its closing marks kept (S. 2245)', () => {
    const draft = corpusDraft('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt');
    const { proposal, text } = revisedBy(draft, 'In section 2(a), strike the last sentence.', 'en');
    // Before, the whole quoted subsection (d) was removed: the quotation was taken for one sentence.
    expect(proposal.edits).toMatchObject([{ op: 'delete', quote: ' Such amount shall not be treated as being less than zero with respect to any fiscal year.' }]);
    expect(text).toContain('enacted after the date of the enactment of the Maximizing America’s Prosperity Act of 2019.”.\n');
  });
});

describe('the same sentence, however the comment joins it to its unit', () => {
  it('第二十六条的第二句, 中的第二句, 第二句话, 第一款的第二句, 第2句 all name one sentence (公司法)', () => {
    const draft = corpusDraft(GONGSI);
    const plain = proposeEdits('删除第二十六条第二句。', draft.clauses, 'zh').edits;
    expect(plain).toMatchObject([{ op: 'delete', quote: expect.stringMatching(/^但是，股东会、董事会的会议召集程序或者表决方式仅有轻微瑕疵/u) }]);
    for (const comment of ['删除第二十六条的第二句。', '删除第二十六条中的第二句。', '删除第二十六条的第二句话。', '删除第二十六条第一款的第二句。', '删除第二十六条的第2句。']) {
      expect(proposeEdits(comment, draft.clauses, 'zh').edits, comment).toEqual(plain.map((e) => ({ ...e, source: expect.any(String) })));
    }
    const last = proposeEdits('删除第三十二条最后一项。', draft.clauses, 'zh').edits;
    expect(proposeEdits('删除第三十二条的最后一项。', draft.clauses, 'zh').edits).toEqual(last.map((e) => ({ ...e, source: expect.any(String) })));
  });

  it('a first sentence that is an article’s whole first 款 removes that 款, never the article (公司法第十条, 行政许可法第三十条)', () => {
    for (const [file, n] of [[GONGSI, 10], [XUKE, 30]] as const) {
      const draft = corpusDraft(file);
      expect(proposeEdits(`删除第${chineseNumeralOf(n)}条第一句。`, draft.clauses, 'zh').edits).toMatchObject([{ op: 'remove-first-paragraph', clause: unit(draft, n).id }]);
    }
  });

  it('末尾 and 后一句 after a unit are asked about; 末尾的“…” deletes the words quoted (公司法)', () => {
    const draft = corpusDraft(GONGSI);
    for (const comment of ['删除第二十六条末尾。', '删除第二十六条后一句。']) {
      const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
      expect(edits, comment).toEqual([]);
      expect(unparsed.join('\n')).toMatch(/is part of 第二十六条, not all of it/u);
    }
    // The words naming the part are quoted whole, and so are the comment's words before the reason.
    expect(proposeEdits('建议删除第二十六条后半句。', draft.clauses, 'zh').unparsed).toEqual(['建议删除第二十六条后半句 — “后半句” is part of 第二十六条, not all of it: quote the words to delete']);
    expect(proposeEdits('删除第二十六条末尾的“轻微”。', draft.clauses, 'zh').edits).toMatchObject([{ op: 'delete', quote: '轻微' }]);
    // 删除第十三条后，…: the deletion done, then more.
    expect(proposeEdits('删除第十三条后，其余条文序号相应调整。', draft.clauses, 'zh').edits).toMatchObject([{ op: 'remove-clause', clause: unit(draft, 13).id }]);
  });
});

describe('words added after or before a sentence', () => {
  it('在第十条第一款第一句后增加 / 在第十条最后一句前增加 (上海市优化营商环境条例)', () => {
    const draft = corpusDraft(SHANGHAI);
    const after = revisedBy(draft, '建议在第十条第一款第一句后增加“外商投资企业依法平等适用国家支持企业发展的各项政策。”');
    expect(paragraph(after.text, '第十条')).toBe('第十条 国家市场准入负面清单以外的领域，各类市场主体均可以依法平等进入。外商投资企业依法平等适用国家支持企业发展的各项政策。国家外商投资准入负面清单以外的领域，按照内外资一致的原则实施管理。');
    const before = revisedBy(draft, '建议在第十条最后一句前增加“本市另有规定的除外。”');
    expect(before.proposal.edits).toMatchObject([{ op: 'insert', position: 'before', quote: '本市根据城市功能定位、发展规划以及环保安全等相关规定，按照规定程序制定产业引导政策，并向社会公开。' }]);
  });

  it('after a sentence with a list in it: the new sentence follows its full stop, no 、 before it (上海市优化营商环境条例 2020, 行政许可法)', () => {
    const shanghai = corpusDraft('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md');
    for (const comment of ['建议在第三十条第二款“但法律、法规另有规定的除外。”后增加“市场监管部门应当予以受理。”', '建议在第三十条第二款第一句后增加“市场监管部门应当予以受理。”']) {
      const { text } = revisedBy(shanghai, comment);
      expect(text, comment).toContain('但法律、法规另有规定的除外。市场监管部门应当予以受理。');
      expect(text).not.toContain('。、');
    }
    const xuke = corpusDraft(XUKE);
    for (const comment of ['建议在第二十三条第一句后增加“授权应当以法律、法规的形式作出。”', '建议在第二十三条“以自己的名义实施行政许可。”后增加“授权应当以法律、法规的形式作出。”']) {
      expect(paragraph(revisedBy(xuke, comment).text, '第二十三条'), comment).toBe('第二十三条 法律、法规授权的具有管理公共事务职能的组织，在法定授权范围内，以自己的名义实施行政许可。授权应当以法律、法规的形式作出。被授权的组织适用本法有关行政机关的规定。');
    }
  });

  it('after the only sentence of a 款: added at its end; deleting that sentence is still asked about (上海市优化营商环境条例 2020, 行政许可法)', () => {
    const shanghai = corpusDraft('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md');
    expect(revisedBy(shanghai, '建议在第十三条第三款第一句后增加“市场监管部门应当予以指导。”').text).toContain('保障各类市场主体依法平等参与。市场监管部门应当予以指导。');
    expect(proposeEdits('建议删除第十三条第三款第一句。', shanghai.clauses, 'zh').unparsed).toEqual([expect.stringMatching(/is a single sentence: quote the words meant$/u)]);
    const xuke = corpusDraft(XUKE);
    expect(revisedBy(xuke, '建议在第三条第二款第一句后增加“行政机关应当予以公告。”').text).toContain('等事项的审批，不适用本法。行政机关应当予以公告。');
  });

  it('insert after the first sentence the following: “…”, a space between (H.J.Res. 37 as reported)', () => {
    const draft = corpusDraft('us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt');
    const { text } = revisedBy(draft, 'In section 2, insert after the first sentence the following: "This section expires on December 31, 2019."', 'en');
    expect(text).toMatch(/\(50 U\.S\.C\. 1546a\)[^\n]*Yemen[^\n]*\. This section expires on December 31, 2019\. For purposes of this resolution/u);
  });
});

describe('the last unit of a kind', () => {
  it('删除第九十六条最后一项 removes its （五） (上海市优化营商环境条例)', () => {
    const draft = corpusDraft(SHANGHAI);
    const { proposal } = revisedBy(draft, '建议删除第九十六条最后一项。');
    expect(proposal.edits).toMatchObject([{ op: 'remove-clause', clause: unit(draft, 96, ['项', 5]).id }]);
  });

  it('删除第十二条最后一项, and 最后一款 (行政许可法)', () => {
    const draft = corpusDraft(XUKE);
    expect(proposeEdits('建议删除第十二条最后一项。', draft.clauses, 'zh').edits).toMatchObject([{ op: 'remove-clause', clause: unit(draft, 12, ['项', 6]).id }]);
    expect(proposeEdits('建议删除第三十条最后一款。', draft.clauses, 'zh').edits).toMatchObject([{ op: 'remove-clause', clause: unit(draft, 30, ['款', 2]).id }]);
  });
});

describe('words after a locator that name part of the unit', () => {
  it('are asked about, never read as the whole unit (行政许可法, 上海市优化营商环境条例)', () => {
    for (const file of [XUKE, SHANGHAI]) {
      const draft = corpusDraft(file);
      for (const comment of ['建议删除第十四条第一款后半句。', '建议删除第十四条第一款的但书。', '第十四条第一款前半句删除。', '建议删除第十条中的部分文字。']) {
        const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
        expect(edits, `${file}: ${comment}`).toEqual([]);
        expect(unparsed.join('\n'), comment).toMatch(/is part of 第十(?:四)?条(?:第一款)?, not all of it: quote the words to delete/u);
      }
      for (const comment of ['第十四条第一款后半句修改为：“行政法规可以设定。”', '建议将第十条的但书修改为“但是法律另有规定的除外”。']) {
        const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
        expect(edits, `${file}: ${comment}`).toEqual([]);
        expect(unparsed.join('\n'), comment).toMatch(/is part of 第十(?:四)?条(?:第一款)?, not all of it: quote the words to change/u);
      }
    }
  });

  it('words that say the unit whole, or what is said to it, still delete it', () => {
    const draft = corpusDraft(XUKE);
    for (const comment of ['建议删除第十四条第一款。', '建议删除第十四条第一款的规定。', '第十四条第一款的内容应当删除。', '第十四条第一款建议删除。', '建议删除第十四条第一款，理由是与第十五条重复。']) {
      expect(proposeEdits(comment, draft.clauses, 'zh').edits, comment).toMatchObject([{ op: 'remove-first-paragraph', clause: unit(draft, 14).id }]);
    }
  });

  it('on any article and any words of a part after it, no unit is removed (property)', () => {
    const draft = corpusDraft(XUKE);
    const parts = fc.constantFrom('后半句', '前半句', '的但书', '中的部分文字', '括号内的文字', '的最后几个字');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 83 }), parts, fc.constantFrom('建议删除{}。', '{}删除。', '删去{}'), (n, part, form) => {
        const locator = `第${chineseNumeralOf(n)}条`;
        const { edits } = proposeEdits(form.replace('{}', `${locator}${part}`), draft.clauses, 'zh');
        expect(edits.filter((e) => e.op.startsWith('remove'))).toEqual([]);
      }),
    );
  });
});

describe('sentenceSpans', () => {
  it('keeps a quotation whole, and knows U.S.C. is no end', () => {
    const spans = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans('第一句：“引用。内容”。第二句。')).toEqual(['第一句：“引用。内容”。', '第二句。']);
    expect(spans('See 5 U.S.C. 552. It applies.')).toEqual(['See 5 U.S.C. 552. ', 'It applies.']);
  });

  it('ends a sentence at a letter that names a part (Medicare Part B., Appendix A.), not at an initial (Pub. L., James N. Mattis)', () => {
    const spans = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans('The drugs are paid under Medicare Part B. The Secretary shall report.')).toEqual(['The drugs are paid under Medicare Part B. ', 'The Secretary shall report.']);
    expect(spans('See Appendix A. Comments are due in 30 days.')).toEqual(['See Appendix A. ', 'Comments are due in 30 days.']);
    expect(spans('The rule is issued under the Regulatory Flexibility Act (Pub. L. 96–354, September 19, 1980).')).toHaveLength(1);
    expect(spans('Signed by James N. Mattis, Secretary of Defense.')).toHaveLength(1);
  });

  it('a quotation that is the whole text (a bill’s “(d) ….”.): its sentences, without the marks around them (S. 2245)', () => {
    const spans = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    const text = '“(d) Reduction.— The amount shall be reduced (2 U.S.C. 658) after 2019. Such amount shall not be treated as being less than zero.”.';
    expect(spans(text)).toEqual(['(d) Reduction.— The amount shall be reduced (2 U.S.C. 658) after 2019. ', 'Such amount shall not be treated as being less than zero.']);
    // 刑法修正案（十一）'s quoted 款 of two sentences.
    const kuan = readFileSync(join(CORPUS, 'lawrefbook/xingfa_amendment_11_2020.md'), 'utf8').split('\n').find((l) => l.startsWith('“有第一款行为，在提起公诉前'))!;
    expect(spans(kuan)).toEqual(['有第一款行为，在提起公诉前将挪用的资金退还的，可以从轻或者减轻处罚。', '其中，犯罪较轻的，可以减轻或者免除处罚。']);
    // Two quotations are no whole: the segmenter's sentences, each quotation kept whole.
    expect(spans('“A.” and “B.”')).toEqual(['“A.” and “B.”']);
  });

  it('on any text: the spans are in order, never overlap, and cover every character that is not white space (or a mark of a quotation that is the whole text)', () => {
    const pieces = fc.constantFrom('甲', '。', '“', '”', '；', 'A', '.', ' ', '?', '！', '\n', '1');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        const spans = sentenceSpans(text);
        let covered = '';
        let end = spans[0]?.start ?? 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(end);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(end, s.start).trim()).toBe('');
          covered += text.slice(s.start, s.end);
          end = s.end;
        }
        const [first, last] = [spans[0]?.start ?? 0, end];
        // Left out: white space, and the marks around a quotation that is the whole text (“““甲””: around one inside another too, as many closing as opening).
        const head = text.slice(0, first);
        const opened = head.split('“').length - 1;
        expect(head).toMatch(/^\s*(?:“\s*)*$/u);
        expect(text.slice(last)).toMatch(opened > 0 ? /^\s*(?:”\s*)+[.;,:。；]*\s*$/u : /^\s*$/u);
        expect(text.slice(last).split('”').length - 1).toBe(opened);
        expect(covered.replace(/\s/gu, '')).toBe(text.slice(first, last).replace(/\s/gu, ''));
      }),
    );
  });
});
