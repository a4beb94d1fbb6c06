// The reasons a comment gives for its change (理由：…, …，因为…, Rationale: …)
// ask for no change of their own, though they use a verb's words (新增的条款,
// added by): they give no edit and no note of an edit not made. On 民事诉讼法
// 2021, 行政许可法 and an English bill.
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusDraft } from './helpers/drafts.js';
import { proposed } from './helpers/wording.js';

describe('reasons after a request', () => {
  const minsu = corpusDraft('lawrefbook/minshi_susong_fa_2021.md');
  const xuke = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

  it.each([
    ['建议删除第二百七十三条。理由：该内容已并入新增的专属管辖条款。'],
    ['建议删除第二百七十三条。理由是该内容已并入新增的条款。'],
    ['建议删除第二百七十三条，因为相关内容已在新增的条款中规定。'],
    ['建议删除第二百七十三条。修改理由：新增的第二百七十九条已作规定。'],
  ])('民事诉讼法: %s gives the deletion alone', (comment) => {
    expect(proposed(minsu, comment)).toEqual({ edits: [{ op: 'remove-clause', clause: '第二百七十三条' }], unparsed: [] });
  });

  it('民事诉讼法: a reason that opens with 由于 still leads to its request', () => {
    expect(proposed(minsu, '由于实践中已不适用，建议删除第二百七十三条。')).toEqual({ edits: [{ op: 'remove-clause', clause: '第二百七十三条' }], unparsed: [] });
  });

  it('行政许可法: a request after the reasons is read (并将…, 建议… after 原因是…), and 许可 is no 可 that ends them', () => {
    expect(proposed(xuke, '建议删除第十条第二款，因为与第六十条重复，并将第十一条中的“经济和社会”修改为“经济社会”。')).toEqual({
      edits: [
        { op: 'remove-clause', clause: '第十条第二款' },
        { op: 'delete', clause: '第十一条', quote: '和' },
      ],
      unparsed: [],
    });
    expect(proposed(xuke, '原因是第十条第二款与第六十条重复，建议删除第十条第二款。')).toEqual({ edits: [{ op: 'remove-clause', clause: '第十条第二款' }], unparsed: [] });
    expect(proposed(xuke, '建议删除第十条第二款，理由是新增的第六十条已作规定，同时将第十一条中的“经济和社会”修改为“经济社会”。').edits).toHaveLength(2);
  });

  it('民事诉讼法: 理由 and 原因 inside the text’s words (无正当理由, 等原因) are no reasons', () => {
    expect(proposed(minsu, '第二百九十条，建议对无正当理由不履行仲裁裁决的情形增加“可以处以罚款”')).toEqual({ edits: [{ op: 'append', clause: '第二百九十条', text: '可以处以罚款' }], unparsed: [] });
    expect(proposed(minsu, '建议在第二百九十条中因不可抗力等原因不能履行的情形下删除“国外”').edits).toEqual([{ op: 'delete', clause: '第二百九十条', quote: '国外' }]);
  });

  it('行政许可法: a rewrite with its reason, and a reason alone (a remark)', () => {
    const rewrite = proposed(xuke, '建议将第八十三条第二款修改为：“本法施行前有关行政许可的规定，制定机关应当依照本法规定予以清理。”理由：删除增加的过渡性表述，与新增条款相衔接。');
    expect(rewrite.unparsed).toEqual([]);
    expect(rewrite.edits).toEqual([expect.objectContaining({ op: 'rewrite', clause: '第八十三条第二款' })]);
    expect(proposed(xuke, '理由：与新增的行政许可法实施条例相衔接，删除重复规定。')).toEqual({ edits: [], unparsed: ['理由：与新增的行政许可法实施条例相衔接，删除重复规定 — a general remark: no edit asked for'] });
  });
});

describe('reasons in English', () => {
  const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
  const names = citableClauses(bill.clauses);

  it.each([
    ['Strike section 203. Rationale: we insert its duties in section 202 instead.'],
    ['Strike section 203. Because: we add its duties to section 202.'],
    ['Strike section 203, because we add its duties to section 202.'],
  ])('H.R. 1000: %s gives the deletion alone', (comment) => {
    const { edits, unparsed } = proposeEdits(comment, bill.clauses, 'en');
    expect({ edits: edits.map((e) => ({ op: e.op, clause: cite(names, e.clause) })), unparsed }).toEqual({ edits: [{ op: 'remove-clause', clause: 'section 203' }], unparsed: [] });
  });

  it('H.R. 1000: a request after the reasons, opened by and, is read', () => {
    const { edits, unparsed } = proposeEdits('Strike section 203, because it duplicates section 202, and in section 3(1) strike “as amended” and insert “, as amended”.', bill.clauses, 'en');
    expect(unparsed).toEqual([]);
    expect(edits.map((e) => ({ op: e.op, clause: cite(names, e.clause) }))).toEqual([
      { op: 'remove-clause', clause: 'section 203' },
      { op: 'insert', clause: 'section 3(1)' },
    ]);
  });
});
