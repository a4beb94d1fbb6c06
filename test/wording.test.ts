// Proposals from wording beyond the seed: quotations, locators, English
// comments, how much of a comment an edit covers, why a comment gives nothing,
// and a real amendment decision read as entries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft, type Draft } from '../src/core/draft/format.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { readLocator } from '../src/core/feedback/grammar/locator.js';
import { findQuotations, stripAbbreviation } from '../src/core/feedback/quotation.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { CORPUS } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody, unit } from './helpers/drafts.js';

const en = importDraft(
  [
    'Community Services Act (Discussion Draft)',
    'SEC. 1. SHORT TITLE. This Act may be cited as the Community Services Act.',
    'SEC. 2. DUTIES. The Secretary shall publish a report within 30 days. (Lead: Office of Budget; Responsible: Treasury, Labor)',
    'SEC. 3. FUNDING. Funds shall be made available each year.',
  ].join('\n'),
  { format: 'text' },
).clauses;
const zh = importDraft(
  ['某某条例(草案)', '第一条 为了规范管理,制定本条例。', '第二条 本条例自公布之日起施行。', '第三条 有关部门应当在三十日内作出决定。'].join('\n\n'),
  { format: 'text' },
).clauses;
const id = (clauses: typeof en, number: string) => clauses.find((c) => c.number === number)!.id;

describe('quotations', () => {
  it('masks nested quotations as one', () => {
    const quotes = findQuotations('将“A”改为“B“C”D”;另“E”');
    expect(quotes).toEqual([
      { start: 1, end: 3, text: 'A' },
      { start: 6, end: 12, text: 'B“C”D' },
      { start: 15, end: 17, text: 'E' },
    ]);
  });

  it("reads single quotes, straight and curly, and never an apostrophe (BOEM's, agency’s) as one", () => {
    const texts = (comment: string) => findQuotations(comment).map((q) => q.text);
    expect(texts("strike 'will' and insert 'shall'")).toEqual(['will', 'shall']);
    expect(texts('strike ‘will’ and insert ‘shall’')).toEqual(['will', 'shall']);
    expect(texts("replace 'the agency's rule' with 'BOEM's rule'")).toEqual(["the agency's rule", "BOEM's rule"]);
    expect(texts("the parties' agreement and the agency’s 'rule'")).toEqual(['rule']);
    expect(texts('建议将‘开展’改为‘推进’')).toEqual(['开展', '推进']);
    // Inside a double quotation, single marks are its text.
    expect(texts('insert "the Secretary\'s \'report\'" after "publish"')).toEqual(["the Secretary's 'report'", 'publish']);
  });

  it('makes edits of comments quoted with single marks, in English and Chinese', () => {
    expect(proposeEdits("In section 2, strike 'within 30 days' and insert 'within 15 days'.", en, 'en').edits).toEqual([expect.objectContaining({ op: 'replace', clause: id(en, 'SEC. 2'), quote: '30', text: '15' })]);
    expect(proposeEdits("Replace 'shall' with 'must' throughout.", en, 'en').edits).toEqual([expect.objectContaining({ op: 'replace-all', quote: 'shall', text: 'must' })]);
    expect(proposeEdits('建议将第三条中的‘三十日’修改为‘十五日’。', zh, 'zh').edits).toEqual([expect.objectContaining({ op: 'replace', clause: id(zh, '第三条'), quote: '三十日', text: '十五日' })]);
  });

  it('reads a quoted opening abbreviated with 。。。', () => {
    expect(stripAbbreviation('强力实施千百十亿工程。。。')).toEqual({ text: '强力实施千百十亿工程', abbreviated: true });
    expect(stripAbbreviation('in general...')).toEqual({ text: 'in general', abbreviated: true });
  });
});

describe('English comments', () => {
  it('replace "A" with "B" in a section, making the smallest change', () => {
    const { edits } = proposeEdits('In section 2, replace "shall publish a report" with "must publish a report".', en, 'en');
    expect(edits).toEqual([
      expect.objectContaining({ op: 'replace', clause: id(en, 'SEC. 2'), quote: 'shall', text: 'must', source: 'replace “shall publish a report” with “must publish a report”' }),
    ]);
  });

  it('delete "A", insert "B" after "A", and units of an item named after the action', () => {
    const { edits } = proposeEdits(
      'Delete "each year"; insert "at least" after "within"; add Commerce and Interior to the responsible units of section 2; make Treasury the lead unit of section 2.',
      en,
      'en',
    );
    expect(edits.map((e) => [e.op, e.clause, 'quote' in e ? e.quote : 'units' in e ? e.units.join('+') : undefined])).toEqual([
      // (With the space before it: "made available." is left, not "made available .".)
      ['delete', id(en, 'SEC. 3'), ' each year'],
      ['insert', id(en, 'SEC. 2'), 'within'],
      ['add-units', id(en, 'SEC. 2'), 'Commerce+Interior'],
      ['set-lead', id(en, 'SEC. 2'), 'Treasury'],
    ]);
    expect(edits[1]).toMatchObject({ text: ' at least', position: 'after' });
  });
});

describe('Chinese comments on a statute', () => {
  it('locates 第N条 and keeps 三十日 → 十五日 one change (one shared character is not worth an anchor)', () => {
    const { edits } = proposeEdits('建议将第三条中的“三十日”修改为“十五日”。', zh, 'zh');
    expect(edits).toEqual([expect.objectContaining({ op: 'replace', clause: id(zh, '第三条'), quote: '三十日', text: '十五日' })]);
  });

  it('keeps a comment it cannot turn into edits as comment-only, naming the sentence', () => {
    const { edits, unparsed } = proposeEdits('建议进一步加强宣传,增加“群众满意度”相关内容的考核。', zh, 'zh');
    expect(edits).toEqual([]);
    expect(unparsed).toEqual(['增加“群众满意度”相关内容的考核 — the quote “群众满意度” describes what to add, it is not the text itself']);
  });

  it('proposes nothing for a quote found nowhere in the draft', () => {
    expect(proposeEdits('建议将“不存在的文字”改为“新文字”', zh, 'zh').edits).toEqual([]);
  });
});

describe('locators', () => {
  /** A locator read alone: each reference as unit:value parts ("条17 款2 项3"). */
  const read = (text: string, lang: 'zh' | 'en' = 'zh') => {
    const found = readLocator(text, 0, lang);
    if (!found) return null;
    return {
      length: found.end,
      refs: found.refs.map((r) => (r.pronoun ? 'pronoun' : r.parts.map((p) => `${p.unit}${p.readings.map((x) => `${x.style ?? ''}${x.value}`).join('|')}`).join(' '))),
    };
  };

  it('reads statute, policy-text and bill locators into parts, lists and ranges included', () => {
    expect(read('第十七条第二款第（三）项中')).toEqual({ length: 12, refs: ['条17 款2 项3'] });
    expect(read('第十九条（七）项')).toEqual({ length: 8, refs: ['条19 项7'] });
    expect(read('第20项')).toEqual({ length: 4, refs: ['项20'] });
    expect(read('18项“建立”')).toEqual({ length: 3, refs: ['项18'] });
    expect(read('第15页，')).toEqual({ length: 4, refs: ['页15'] });
    expect(read('四、（五）19.“支持服务外包”')).toEqual({ length: 8, refs: ['outline一、4 outline（一）5 outline1.19'] });
    expect(read('第四部分第（三）项第13条')).toEqual({ length: 13, refs: ['部分4 项3 条13'] });
    expect(read('第四条第二款、第三款')).toEqual({ length: 10, refs: ['条4 款2', '条4 款3'] });
    expect(read('第十六条至第二十条')).toEqual({ length: 9, refs: ['条16', '条17', '条18', '条19', '条20'] });
    expect(read('该段')).toEqual({ length: 2, refs: ['pronoun'] });
    expect(read('section 3(a)(2),', 'en')).toEqual({ length: 15, refs: ['sectionSEC. 13|Sec. 13|§ 13 designator(a)1|(i)1 designator（1）2'.replace('(a)1|(i)1', '(a)1')] });
    expect(read('subsection (b) of this section', 'en')).toEqual({ length: 30, refs: ['designator(a)2'] });
    expect(read('paragraph (6) of section 3', 'en')).toEqual({ length: 26, refs: ['sectionSEC. 13|Sec. 13|§ 13 designator（1）6'] });
    expect(read('paragraphs (5) through (7)', 'en')).toEqual({ length: 26, refs: ['designator（1）5', 'designator（1）6', 'designator（1）7'] });
    expect(read('clause (i)', 'en')).toEqual({ length: 10, refs: ['designator(i)1|(a)9'] });
  });

  it('reads no locator in ordinary words and numbers', () => {
    for (const text of ['一般应当', '2019年', '增加一项', '统一', '（含电子标价签）', '12345项']) expect(read(text), text).toBeNull();
    for (const text of ['sections of the Act', 'the paragraph']) expect(read(text, 'en'), text).toBeNull();
  });
});

describe('what is asked, and how much of it', () => {
  it('strike “X” and insert “Y” is one replacement; with the insertion not quoted, no edit at all, never a bare deletion', () => {
    const one = proposeEdits('In section 2, strike "within 30 days" and insert "within 15 days".', en, 'en');
    expect(one.edits).toEqual([expect.objectContaining({ op: 'replace', clause: id(en, 'SEC. 2'), quote: '30', text: '15' })]);
    const bare = proposeEdits('In section 2, strike "within 30 days" and insert a shorter period.', en, 'en');
    expect(bare.edits).toEqual([]);
    expect(bare.unparsed).toEqual(['strike “within 30 days” and insert — strike … and insert: the inserted text is not quoted']);
  });

  it('marks the edits of a comment that asks for more than they cover as less sure, and says what was left', () => {
    const whole = proposeEdits('建议将第三条中的“三十日”修改为“十五日”。', zh, 'zh');
    const part = proposeEdits('建议将第三条中的“三十日”修改为“十五日”，并增加相应的监督措施。', zh, 'zh');
    expect(part.edits).toEqual([expect.objectContaining({ op: 'replace', quote: '三十日', text: '十五日' })]);
    expect(part.edits[0]!.confidence).toBeLessThan(whole.edits[0]!.confidence!);
    expect(part.unparsed).toEqual(['增加相应的监督措施 — the text to add is not quoted']);
  });

  it('proposes a request put as a question, less sure', () => {
    const asked = proposeEdits('是否应将第三条中的“三十日”修改为“十五日”？', zh, 'zh');
    expect(asked.edits).toEqual([expect.objectContaining({ op: 'replace', quote: '三十日', text: '十五日', confidence: 0.57 })]);
  });

  it('says why a comment gives nothing: the quote is not there, occurs twice, or the draft has no such unit', () => {
    expect(proposeEdits('建议将“不存在的文字”改为“新文字”', zh, 'zh').unparsed).toEqual(['将“不存在的文字”改为“新文字” — “不存在的文字” is not in the draft']);
    expect(proposeEdits('建议删除第九条。', zh, 'zh').unparsed).toEqual(['删除第九条 — the draft has no 第九条 (it has 第一条 to 第三条)']);
    expect(proposeEdits('建议将“本条例”改为“本办法”。', zh, 'zh').unparsed).toEqual(['将“本条例”改为“本办法” — “本条例” is in 2 clauses (第一条, 第二条): name the one meant']);
    expect(proposeEdits('建议将全文中的“本条例”统一修改为“本办法”。', zh, 'zh').edits).toEqual([
      expect.objectContaining({ op: 'replace-all', clause: '*', quote: '本条例', text: '本办法' }),
    ]);
  });
});

describe('a real amendment: the 2024 decision on 全国年节及纪念日放假办法', () => {
  const rules = corpusDraft('lawrefbook/nianjie_fangjia_banfa_2013.md');
  const decision = readFileSync(join(CORPUS, 'cn_gov_pages_excerpts/guowuyuan_xiugai_nianjie_fangjia_banfa_jueding_2024.txt'), 'utf8').split('\n');
  const expected = readFileSync(join(CORPUS, 'lawrefbook/nianjie_fangjia_banfa_2024.md'), 'utf8');
  // The decision's own 个别文字作相应调整 aside: full-width brackets and commas as the 2024 text writes them.
  const normalised = (text: string) => text.replace(/\\?\(/gu, '（').replace(/\)/gu, '）').replace(/,/gu, '，');

  it('reads its instructions as the edits, and they build 第二条 （二） and （四）, the new 第七条 and the old 第七条 as 第八条', () => {
    const entries = decision
      .filter((line) => /^[一二]、/u.test(line))
      .map((line, i) => {
        const { edits, unparsed } = proposeEdits(line, rules.clauses, 'zh');
        expect(unparsed).toEqual([]);
        return adopted(String(i + 1), ...edits);
      });
    expect(entries.map((e) => e.edits.map((x) => x.op))).toEqual([['rewrite', 'rewrite'], ['add-clause']]);
    const { text, result } = revisedBody(rules, ...entries);
    expect(result.revision.unapplied).toEqual([]);
    const line = (source: string, start: string) => normalised(source).split('\n').find((l) => l.startsWith(start));
    for (const start of ['（二）春节', '（四）劳动节', '第七条', '第八条']) expect(line(text, start), start).toBe(line(expected, start));
  });
});

describe('insertions as a drafter makes them', () => {
  const samr = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');

  it('joins a word added after a quoted list with the list’s 、', () => {
    const { edits } = proposeEdits('建议在第十八条“赠品的品名、数量”后增加“有效期”。', samr.clauses, 'zh');
    expect(edits).toEqual([expect.objectContaining({ op: 'insert', quote: '赠品的品名、数量', text: '、有效期', position: 'after' })]);
  });

  // 立法法 第十四条第二款 as the 2023 text changed it; 上海条例 第三条's principles.
  it.each([
    ['lawrefbook/lifa_fa_2015.md', '第十四条第二款，建议在“中央军事委员会、”后增加“国家监察委员会、”。', '中央军事委员会、', '国家监察委员会、'],
    ['lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', '建议在第三条“市场化、法治化、”后增加“便利化、”。', '市场化、法治化、', '便利化、'],
  ])('adds no second 、 after a quote that ends with one (%s)', (file, comment, quote, text) => {
    const { edits } = proposeEdits(comment, corpusDraft(file).clauses, 'zh');
    expect(edits).toEqual([expect.objectContaining({ op: 'insert', quote, text, position: 'after' })]);
  });

  // As amendment decisions word it: each unit listed, every time the words stand in it.
  it('将第二十条、第二十七条、第三十九条中的“法律委员会”修改为…: an edit per occurrence in each article listed, and where one lacks it, says so (立法法)', () => {
    const lifa = corpusDraft('lawrefbook/lifa_fa_2015.md');
    const id = (n: string) => lifa.clauses.find((c) => c.number === n)!.id;
    const { edits, unparsed } = proposeEdits('建议将第二十条、第二十七条、第三十九条中的“法律委员会”修改为“宪法和法律委员会”。', lifa.clauses, 'zh');
    expect(edits.map((e) => [e.clause, e.op, 'occurrence' in e ? e.occurrence : undefined])).toEqual([
      [id('第二十条'), 'insert', undefined],
      [id('第三十九条'), 'replace', 1],
      [id('第三十九条'), 'replace', 2],
    ]);
    expect(unparsed).toEqual([expect.stringContaining('“法律委员会” is not in 第二十七条')]);
  });

  it('将第四条、第五条中的“行政许可”修改为…: 第五条’s 款 too (行政许可法)', () => {
    const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const fifth = law.clauses.find((c) => c.number === '第五条')!;
    const { edits, unparsed } = proposeEdits('建议将第四条、第五条中的“行政许可”修改为“行政审批”。', law.clauses, 'zh');
    expect(unparsed).toEqual([]);
    const perClause = new Map<string, number>();
    for (const edit of edits) perClause.set(edit.clause, (perClause.get(edit.clause) ?? 0) + 1);
    const paragraphs = law.clauses.filter((c) => c.parent === fifth.id);
    expect([...perClause.values()]).toEqual([1, 1, 3, 1]);
    expect([...perClause.keys()]).toEqual([law.clauses.find((c) => c.number === '第四条')!.id, fifth.id, paragraphs[0]!.id, paragraphs[1]!.id]);
  });

  it('keeps a space between English words', () => {
    const { edits } = proposeEdits('In section 2, insert "promptly" before "publish".', en, 'en');
    expect(edits).toEqual([expect.objectContaining({ op: 'insert', quote: 'publish', text: 'promptly ', position: 'before' })]);
  });
});

describe('a comment in numbered points under a heading', () => {
  it('reads 第十二条：1.…；2.… as two requests on 第十二条, the list numbers not taken for locators', () => {
    const samr = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const { edits, unparsed } = proposeEdits('第十二条：1.建议删去“（含电子标价签）”；2.建议将“标价牌”改为“标价牌（含电子标价牌）”。', samr.clauses, 'zh');
    expect(unparsed).toEqual([]);
    const article12 = samr.clauses.find((c) => c.number === '第十二条')!.id;
    expect(edits.map((e) => [e.op, e.clause, 'quote' in e ? e.quote : ''])).toEqual([
      ['delete', article12, '（含电子标价签）'],
      ['insert', article12, '标价牌'],
    ]);
  });
});

// 建议一、（三）增加“…”: a point whose title stands on a line of its own
// (（三）工作目标。) ends where its text below ends; what is added to it goes
// there, not after its title. From a clerk's walk on 国办发〔2019〕4号.
describe('text added to a point titled on its own line', () => {
  it.each([
    ['gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt', '建议一、（三）增加“到2022年，绩效考核结果得到全面应用。”', '（三）工作目标。', '到2022年，绩效考核结果得到全面应用。'],
    ['gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt', '建议在二、（二）增加“清理整顿期间的登记另行规定。”', '（二）从严的原则。', '清理整顿期间的登记另行规定。'],
  ])('%s: %s', (file, comment, title, added) => {
    const draft = corpusDraft(file);
    const point = draft.clauses.find((c) => `${c.marker?.raw ?? ''}${c.text}`.replace(/\s/gu, '') === title)!;
    const body = draft.clauses.filter((c) => c.parent === point.id).at(-1)!;
    const { edits } = proposeEdits(comment, draft.clauses, 'zh');
    expect(edits).toEqual([expect.objectContaining({ op: 'append', clause: body.id, text: added })]);
    const { text } = revisedBody(draft, adopted('1', edits[0]!));
    expect(text).toContain(`${body.text}${added}`);
    expect(text).toContain(`${point.marker!.raw}${point.text}\n`);
  });
});

// 删除第32项“辅助用药收入占比”: a quote that is the whole of a numbered unit
// names the unit; deleting its words would leave a number with no text. An
// annex's units are located through it (附件第32项). From a clerk's walk on
// 国办发〔2019〕4号.
describe('deleting a numbered unit named by its whole text, or in an annex', () => {
  it('国办发〔2019〕4号: 第32项“…”, 附件第32项“…”, 附件第32项 all remove indicator 32; a replace inside it is a replace', () => {
    const draft = corpusDraft('gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt');
    const indicator = draft.clauses.find((c) => c.marker?.raw.startsWith('32.') && c.text === '辅助用药收入占比')!;
    for (const comment of ['建议删除第32项“辅助用药收入占比”。', '建议删除附件第32项“辅助用药收入占比”。', '建议删除附件第32项。']) {
      expect(proposeEdits(comment, draft.clauses, 'zh').edits, comment).toEqual([expect.objectContaining({ op: 'remove-clause', clause: indicator.id })]);
    }
    // In the indicator and in its 计算方法 under it: every time the words stand in the unit named.
    const method = draft.clauses.find((c) => c.parent === indicator.id && c.text.startsWith('计算方法：辅助用药收入'))!;
    expect(proposeEdits('建议将附件第32项中的“辅助用药”修改为“重点监控药品”。', draft.clauses, 'zh').edits).toEqual([
      expect.objectContaining({ op: 'replace', clause: indicator.id, quote: '辅助用药' }),
      expect.objectContaining({ op: 'replace', clause: method.id, quote: '辅助用药' }),
    ]);
    const { text } = revisedBody(draft, adopted('1', ...proposeEdits('建议删除第32项“辅助用药收入占比”。', draft.clauses, 'zh').edits));
    expect(text).not.toContain('辅助用药收入占比');
    expect(text).toMatch(/\n32\\?\.人员支出占业务支出比重/u);
  });

  it('明码标价规定: 删除第二十条第（三）项“…” removes the item, and the list ends at （二） with 。', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const { edits } = proposeEdits('建议删除第二十条第（三）项“其他虚假的或者使人误解的价格标示和价格促销行为。”', rule.clauses, 'zh');
    expect(edits).toEqual([expect.objectContaining({ op: 'remove-clause', clause: unit(rule, 20, ['项', 3]).id })]);
    const { text } = revisedBody(rule, adopted('1', ...edits));
    expect(text).toContain('（二）公布的促销活动范围、规则与实际促销活动范围、规则不一致。\n\n网络交易平台经营者');
  });
});

// A comment that argues against a change names the change it opposes: no edit
// is made of it (不建议删除… made the deletion). From a probe of the wording.
describe('comments against a change', () => {
  it('明码标价规定: 不建议删除…, 不建议将“A”修改为“B”, 反对将第二十条删除, 我们不同意删除… make no edit; a reservation before a request does not stop it', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    for (const comment of ['不建议删除第二十条第（三）项。', '不建议将第二十条中的“显著位置”修改为“醒目位置”。', '反对将第二十条删除。', '我们不同意删除第二十条。']) {
      const proposal = proposeEdits(comment, rule.clauses, 'zh');
      expect(proposal.edits, comment).toEqual([]);
      expect(proposal.unparsed, comment).toEqual([`${comment.replace(/。$/u, '')} — argues against a change: no edit asked for`]);
    }
    expect(proposeEdits('“显著位置”不宜过多，建议将第二十条中的“显著位置”修改为“醒目位置”。', rule.clauses, 'zh').edits).toEqual([expect.objectContaining({ op: 'replace', clause: unit(rule, 20, ['项', 1]).id, quote: '显著', text: '醒目' })]);
  });

  it('“is amended by redesignating … and by inserting …” gives the insertion (the numbers follow it), on H.R. 1000 and the BOEM rule', () => {
    const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
    const rule = corpusDraft('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md');
    // (The rule's § is followed by a no-break space.)
    const section = (draft: Draft, number: string) => draft.clauses.find((c) => c.number.replace(/\s/gu, ' ') === number && draft.clauses.some((x) => x.parent === c.id))!;
    const child = (draft: Draft, parent: string, marker: string) => draft.clauses.find((c) => c.parent === parent && c.number === marker)!.id;
    for (const [draft, parent, comment, after, text] of [
      [bill, section(bill, 'SEC. 104').id, 'Section 104 is amended by redesignating paragraphs (2) and (3) as paragraphs (3) and (4), respectively, and by inserting after paragraph (1) the following new paragraph: “(2) the costs of reports to Congress;”.', '(1)', '(2) the costs of reports to Congress;'],
      [rule, section(rule, '§ 583.120').id, 'Section 583.120(b) is amended by redesignating paragraphs (2) through (5) as (3) through (6), and inserting after paragraph (1) a new paragraph: “(2) A tribal government;”.', '(1)', '(2) A tribal government;'],
    ] as const) {
      const within = draft.clauses.find((c) => c.parent === parent && c.number === '(b)')?.id ?? parent;
      const proposal = proposeEdits(comment, draft.clauses, 'en');
      expect(proposal.edits, comment).toEqual([expect.objectContaining({ op: 'add-clause', clause: child(draft, within, after), position: 'after', text })]);
      expect(proposal.unparsed, comment).toEqual([]);
    }
    // A long run of sibling paragraphs before the place: passed over a few at a time, never the whole run (a stack of 20,000 calls).
    const run = `Section 104 is amended by redesignating ${Array.from({ length: 20_000 }, (_, i) => `paragraph (${i + 2})`).join(', ')}, and inserting after paragraph (1) the following: “(2) x;”.`;
    expect(() => proposeEdits(run, bill.clauses, 'en')).not.toThrow();
    // A redesignation named on its own, wherever it stands, is the same note (not "the locator names 7 clauses").
    const alone = proposeEdits('Redesignate paragraphs (3) and (4) of section 307 as paragraphs (4) and (5).', bill.clauses, 'en');
    expect(alone.edits).toEqual([]);
    expect(alone.unparsed).toEqual(['Redesignate paragraphs (3) and (4) of section 307 as paragraphs (4) and (5) — no edit of its own: the numbers follow when paragraphs are added or removed']);
  });

  it('a replacement by the same words is no edit, said as such (行政许可法, S. 2245)', () => {
    const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const bill = corpusDraft('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt');
    for (const [draft, lang, comment, words] of [
      [law, 'zh', '建议将第十条中的“监督检查”修改为“监督检查”。', '监督检查'],
      [law, 'zh', '全文“行政许可”统一修改为“行政许可”。', '行政许可'],
      [bill, 'en', "Replace 'spending' with 'spending' throughout.", 'spending'],
    ] as const) {
      const proposal = proposeEdits(comment, draft.clauses, lang);
      expect(proposal.edits, comment).toEqual([]);
      expect(proposal.unparsed[0], comment).toMatch(new RegExp(` — “${words}” would be replaced by the same words: nothing changes$`, 'u'));
    }
  });

  it("S. 2245: don't strike, we oppose any proposal to strike, make no edit; strike alone does", () => {
    const bill = corpusDraft('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt');
    for (const comment of ["Don't strike 'of 2019' in section 1.", 'We oppose any proposal to strike "of 2019" in section 1.']) {
      const proposal = proposeEdits(comment, bill.clauses, 'en');
      expect(proposal.edits, comment).toEqual([]);
      expect(proposal.unparsed[0], comment).toMatch(/ — argues against a change: no edit asked for$/u);
    }
    expect(proposeEdits("In section 1, strike 'of 2019'.", bill.clauses, 'en').edits).toEqual([expect.objectContaining({ op: 'delete' })]);
  });
});

describe('第X条 of a text numbered 一、二、…, with chapters 第一章…', () => {
  it('is its paragraph 十、, never its chapter 第十章 (国务院工作规则); a rule’s “section II” is still its heading, not its line in the contents (BOEM)', () => {
    const guize = corpusDraft('gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt');
    const { edits } = proposeEdits('建议删除第十条。', guize.clauses, 'zh');
    expect(edits).toHaveLength(1);
    expect(guize.clauses.find((c) => c.id === edits[0]!.clause)!.text).toMatch(/^总理出国访问期间/u);
    const boem = corpusDraft('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md');
    const appended = proposeEdits('Add at the end of section II: "BOEM will review this rule."', boem.clauses, 'en').edits;
    expect(appended).toHaveLength(1);
    expect(boem.clauses.find((c) => c.id === appended[0]!.clause)!.heading).toBeNull();
    expect(boem.clauses.findIndex((c) => c.id === appended[0]!.clause)).toBeGreaterThan(boem.clauses.findIndex((c) => c.heading !== null && c.number === 'II'));
  });
});

describe('a comment numbered as the draft’s parts are', () => {
  it('looks for a quote found in several parts in the part its number names (国务院工作规则 二十四、, 三级公立医院绩效考核 二、)', () => {
    const guize = corpusDraft('gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt');
    const clauseOf = (draft: Draft, id: string) => draft.clauses.find((c) => c.id === id)!;
    const bare = proposeEdits('将“国务院法制机构”改为“国务院法制工作机构”。', guize.clauses, 'zh');
    expect(bare.unparsed).toEqual([expect.stringMatching(/is in 2 clauses \(第五章二十四、, 第五章二十五、\): name the one meant$/u)]);
    const numbered = proposeEdits('二十四、将“国务院法制机构”改为“国务院法制工作机构”。', guize.clauses, 'zh');
    expect(numbered.edits).toHaveLength(1);
    expect(clauseOf(guize, numbered.edits[0]!.clause).number).toBe('二十四');
    // 二十五、 holds it twice: which is asked, never guessed.
    expect(proposeEdits('二十五、将“国务院法制机构”改为“国务院法制工作机构”。', guize.clauses, 'zh').unparsed).toEqual([expect.stringMatching(/occurs 2 times in 第五章二十五、: say which$/u)]);
    const kaohe = corpusDraft('gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt');
    expect(proposeEdits('将“综合评价等级”改为“综合评价结果等级”。', kaohe.clauses, 'zh').edits).toEqual([]);
    const inTwo = proposeEdits('二、将“综合评价等级”改为“综合评价结果等级”。', kaohe.clauses, 'zh').edits;
    expect(inTwo).toHaveLength(1);
    let part = clauseOf(kaohe, inTwo[0]!.clause);
    while (part.parent !== null) part = clauseOf(kaohe, part.parent);
    expect(part.number).toBe('二');
  });
});

describe('a renumbering in a decision’s wording, and a cite changed inside an article, which is none', () => {
  it.each([
    ['lawrefbook/xingzheng_xuke_fa_2019.md', '第十三条中，第十二条改为第十一条。'],
    ['lawrefbook/zhuanli_fa_shishi_xize_2010.md', '第九条中，第二十条改为第十九条。'],
  ])('%s: %s is not called a renumbering', (file, comment) => {
    const { edits, unparsed } = proposeEdits(comment, corpusDraft(file).clauses, 'zh');
    expect(edits).toEqual([]);
    expect(unparsed.join(' ')).not.toMatch(/numbers follow/u);
  });

  it('第五条改为第六条 alone is one, with no edit of its own (行政许可法)', () => {
    const { edits, unparsed } = proposeEdits('第五条改为第六条。', corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md').clauses, 'zh');
    expect(edits).toEqual([]);
    expect(unparsed).toEqual(['第五条改为第六条 — no edit of its own: the numbers follow when paragraphs are added or removed']);
  });
});

describe('an item ending in an en dash leads in to items of its own: it takes no list punctuation', () => {
  it('a paragraph added at the end of a list whose (2) ends in “–” leaves that (2) as written', () => {
    const text = ['SECTION 1. DUTIES.', 'The Secretary shall—', '(1) report annually;', '(2) consult with States concerning–', '(A) funding; and', '(B) staffing; and', '(3) publish the results.'].join('\n\n');
    const d = parseDraft(importDraft(text, { format: 'text' }).text, 'd.md', 'd').draft;
    const last = d.clauses.find((c) => c.number === '(3)')!;
    const { text: revised } = revisedBody(d, adopted('1', { op: 'add-clause', clause: last.id, position: 'after', text: '(4) keep records.' }));
    expect(revised).toContain('(2) consult with States concerning–\n');
    expect(revised).toMatch(/\(3\) publish the results; and\n\n\\?\(4\) keep records\.\n/u);
  });
});
