// Decimal outline numbers in comments (2.1.3, 6.4.1第（4）项, 删除4.4): a
// policy text numbered 1. / 1.1 / 1.1.1 is cited so by every office that
// comments on it (国家粮食应急预案, from a clerk's walk in which 11 of 17
// such comments gave no edit). Amounts written with a decimal point (1.5倍,
// 2.5%) stay words, on this text and on two statutes.
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import type { Draft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusDraft } from './helpers/drafts.js';

const PLAN = corpusDraft('gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt');

function proposed(draft: Draft, comment: string) {
  const names = citableClauses(draft.clauses);
  const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
  return { edits: edits.map((e) => ({ op: e.op, clause: cite(names, e.clause), ...('quote' in e ? { quote: e.quote } : {}), ...('text' in e ? { text: e.text } : {}) })), unparsed };
}

describe('decimal outline numbers name their unit (国家粮食应急预案)', () => {
  it('a replacement in 6.2.2, and in 2.1.3第（7）项 (items written （7）)', () => {
    expect(proposed(PLAN, '建议将6.2.2中的“中国储备粮管理总公司”修改为“中国储备粮管理集团有限公司”。')).toEqual({
      edits: [{ op: 'replace', clause: '6.2.2', quote: '总', text: '集团有限' }],
      unparsed: [],
    });
    expect(proposed(PLAN, '建议将2.1.3第（7）项中的“工商总局”修改为“市场监管总局”。')).toEqual({
      edits: [{ op: 'replace', clause: '2.1.3（7）', quote: '工商', text: '市场监管' }],
      unparsed: [],
    });
  });

  it('deleting 6.4.1第（4）项 and 4.4, rewriting 6.2.2, adding 5.2.5 after 5.2.4', () => {
    expect(proposed(PLAN, '建议删除6.4.1第（4）项。').edits).toEqual([{ op: 'remove-clause', clause: '6.4.1（4）' }]);
    expect(proposed(PLAN, '建议删除4.4。').edits).toEqual([{ op: 'remove-clause', clause: '4.4' }]);
    expect(proposed(PLAN, '建议将6.2.2修改为：“对应急动用的中央储备粮占用的贷款，按规定办理。”').edits).toEqual([
      { op: 'rewrite', clause: '6.2.2', text: '对应急动用的中央储备粮占用的贷款，按规定办理。' },
    ]);
    expect(proposed(PLAN, '建议在5.2.4后增加一条：“5.2.5 加强应急储备设施建设。”').edits).toEqual([{ op: 'add-clause', clause: '5.2.4', text: '5.2.5 加强应急储备设施建设。' }]);
  });

  it('a decimal number the draft has not is said so, not read as another unit', () => {
    for (const missing of ['9.9.9', '2.9']) {
      const { edits, unparsed } = proposed(PLAN, `建议删除${missing}。`);
      expect(edits).toEqual([]);
      expect(unparsed).toHaveLength(1);
      expect(unparsed[0]).toMatch(new RegExp(`^删除${missing.replace('.', '\\.')} — the draft has no ${missing.replace(/\./gu, '\\.')}`, 'u'));
    }
  });
});

describe('a decimal number opening the comment, right before its verb, is the place (7.2修改为, with no 建议将)', () => {
  it('rewrites 7.2 keeping its number, as 建议将7.2修改为 does; 4.4建议删除 deletes 4.4', () => {
    const rewrite = { edits: [{ op: 'rewrite', clause: '7.2', text: '本预案由国家发展改革委负责解释。' }], unparsed: [] };
    expect(proposed(PLAN, '7.2修改为：“本预案由国家发展改革委负责解释。”')).toEqual(rewrite);
    expect(proposed(PLAN, '7.2建议修改为：“本预案由国家发展改革委负责解释。”')).toEqual(rewrite);
    expect(proposed(PLAN, '4.4建议删除。')).toEqual({ edits: [{ op: 'remove-clause', clause: '4.4' }], unparsed: [] });
    // (A number the text has not is said so, not read as the comment's own.)
    expect(proposed(PLAN, '9.9删除。').unparsed).toEqual(['9.9删除 — the draft has no 9.9']);
  });

  it('a statute numbers nothing so: 1.1 there is the comment’s own number, and 第十条修改为 names the article (行政许可法, 刑法)', () => {
    const xuke = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    expect(proposed(xuke, '1.1删除“申请书格式文本中不得包含与申请行政许可事项没有直接关系的内容。”')).toEqual({
      edits: [{ op: 'delete', clause: '第二十九条', quote: '申请书格式文本中不得包含与申请行政许可事项没有直接关系的内容。' }],
      unparsed: [],
    });
    // (One paragraph against 第十条's two 款, plainly its first: that 款 is rewritten, not the article.)
    expect(proposed(xuke, '第十条修改为：“县级以上人民政府应当加强对行政许可的监督。”').edits).toEqual([
      { op: 'rewrite-first-paragraph', clause: '第十条', text: '县级以上人民政府应当加强对行政许可的监督。' },
    ]);
    const xingfa = corpusDraft('lawrefbook/xingfa_criminal_law.md');
    expect(proposed(xingfa, '第十条修改为：“凡在中华人民共和国领域外犯罪，依照本法应当负刑事责任的，仍然可以依照本法追究。”').edits).toEqual([
      { op: 'rewrite', clause: '第十条', text: '凡在中华人民共和国领域外犯罪，依照本法应当负刑事责任的，仍然可以依照本法追究。' },
    ]);
  });
});

describe('amounts and dates with a decimal point beside a request are no places (按1.5，, 于12.31前, 由0.5调整为)', () => {
  it.each([
    ['储备比例按1.5，将“掌握粮食市场形势”修改为“掌握粮食市场动态”。'],
    ['建议于12.31前将“掌握粮食市场形势”修改为“掌握粮食市场动态”。'],
  ])('%s', (comment) => {
    const { edits, unparsed } = proposed(PLAN, comment);
    expect(unparsed).toEqual([]);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ op: 'replace', quote: '形势', text: '动态' });
  });

  it('由0.5调整为1.0 is no renumbering of a unit 0.5', () => {
    expect(proposed(PLAN, '费率由0.5调整为1.0').unparsed.join(' ')).not.toMatch(/numbers follow/u);
  });
});

describe('amounts with a decimal point are no places', () => {
  it.each([
    ['gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt', '建议将储备规模提高到1.5倍。'],
    ['lawrefbook/xingzheng_xuke_fa_2019.md', '第五十八条的收费标准建议下调2.5%。'],
    ['gov_cn_policies/guoling_707_geren_suodeshui_fa_shishi_tiaoli_2018.txt', '建议第六条所称的标准由3.5万元提高到5.0万元'],
  ])('%s: %s', (file, comment) => {
    const draft = corpusDraft(file);
    const { edits, unparsed } = proposed(draft, comment);
    expect(edits).toEqual([]);
    expect(unparsed.join(' ')).not.toMatch(/has no|names \d+ clauses/u);
  });
});
