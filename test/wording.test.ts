// Proposals from wording beyond the seed: English comments, locators by
// article, comment-only entries.
import { describe, expect, it } from 'vitest';
import { importDraft } from '../src/core/intake/draft-import.js';
import { findQuotations, stripAbbreviation } from '../src/core/feedback/quotation.js';
import { proposeEdits } from '../src/core/feedback/wording.js';

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
      ['delete', id(en, 'SEC. 3'), 'each year'],
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
    expect(unparsed).toEqual(['增加“群众满意度” — the quote “群众满意度” describes what to add, it is not the text itself']);
  });

  it('proposes nothing for a quote found nowhere in the draft', () => {
    expect(proposeEdits('建议将“不存在的文字”改为“新文字”', zh, 'zh').edits).toEqual([]);
  });
});
