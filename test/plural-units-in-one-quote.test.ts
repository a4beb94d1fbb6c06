// 增加两款：“A。B。” and 增加两项：“（七）…；（八）…；”: the new units in one quote.
// Each was made one unit holding both (a single 项 reading （七）数据安全；（八）个人
// 信息保护；, one 款 of two sentences where two 款 were asked for), in silence.
// They are parted now where each begins, as many as the words count, and
// asked about where the quote holds another number of them (立法法 2015,
// 行政许可法 2019).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');

describe('增加两款 / 两项 with one quote: a unit each', () => {
  it('行政许可法 第十条增加两款：“A。B。”: two 款 after its last', () => {
    const comment = '第十条增加两款：“行政机关应当公开监督检查结果。监督检查不得收取费用。”';
    expect(proposed(XUKE, comment)).toEqual({
      edits: [
        { op: 'add-clause', clause: '第十条', text: '行政机关应当公开监督检查结果。' },
        { op: 'add-clause', clause: '第十条', text: '监督检查不得收取费用。' },
      ],
      unparsed: [],
    });
    expect(built(XUKE, comment)).toContain('实施有效监督。\n\n行政机关应当公开监督检查结果。\n\n监督检查不得收取费用。\n\n## 第二章 行政许可的设定');
  });

  it('行政许可法 第十二条增加两项，作为第（七）项、第（八）项：“（七）…；（八）…；”: two items after （六）', () => {
    const comment = '建议第十二条增加两项，作为第（七）项、第（八）项：“（七）数据安全；（八）个人信息保护；”';
    expect(proposed(XUKE, comment).edits.map((e) => e.text)).toEqual(['（七）数据安全；', '（八）个人信息保护；']);
    expect(built(XUKE, comment)).toContain('\n\n（六）法律、行政法规规定可以设定行政许可的其他事项；\n\n（七）数据安全；\n\n（八）个人信息保护。\n\n');
  });

  it('立法法 在第八条第（五）项后增加两项: the new （六）（七） with 第（三）项 cited inside one of them, the old （六） now （八）', () => {
    const comment = '在第八条第（五）项后增加两项：“（六）依照本法第九条第（三）项授权的事项；（七）数据权属；”';
    expect(proposed(LIFA, comment).edits.map((e) => e.text)).toEqual(['（六）依照本法第九条第（三）项授权的事项；', '（七）数据权属；']);
    const text = built(LIFA, comment);
    expect(text).toContain('\n\n（六）依照本法第九条第（三）项授权的事项；\n\n（七）数据权属；\n\n（八）');
  });
});

describe('增加两款 with a quote of another number of sentences is asked about', () => {
  it.each([
    ['第十条增加两款：“行政机关应当公开监督检查结果。”', '1 sentences'],
    ['第十条增加两款：“甲。乙。丙。”', '3 sentences'],
  ])('行政许可法: %s', (comment, given) => {
    const { edits, unparsed } = proposed(XUKE, comment);
    expect(edits).toEqual([]);
    expect(unparsed).toEqual([`${comment.slice(3)} — 两款 is asked for, but the one quote gives ${given}: quote each new 款 apart`]);
  });

  it('立法法: 增加三项 with two items in its quote; a place the draft lacks is said once', () => {
    expect(proposed(LIFA, '在第八条第（五）项后增加三项：“（六）甲；（七）乙；”').unparsed).toEqual([
      '增加三项：“（六）甲；（七）乙；” — 三项 is asked for, but the one quote gives 2 numbered items: quote each new 项 apart',
    ]);
    expect(proposed(XUKE, '在第八条第（五）项后增加两项：“（六）甲；（七）乙；”').unparsed).toHaveLength(1);
  });
});

describe('any new items in one quote', () => {
  // Item texts with cited items (第（三）项) and marks inside, ended as items are.
  const words = fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '，', '、', '第（三）项', '（二）', '和'), minLength: 1, maxLength: 12 });
  const COUNTS = ['两', '三', '四'];

  it('as many numbered items as 增加N项 counts: one edit each, in order, nothing of the quote lost (行政许可法 第十二条)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.array(words, { minLength: 4, maxLength: 4 }), (count, texts) => {
        const items = texts.slice(0, count).map((t, i) => `（${['七', '八', '九', '十'][i]}）${t}；`);
        const { edits, unparsed } = proposed(XUKE, `第十二条增加${COUNTS[count - 2]}项：“${items.join('')}”`);
        expect(unparsed).toEqual([]);
        expect(edits.map((e) => [e.op, e.text])).toEqual(items.map((item) => ['add-clause', item]));
      }),
      { numRuns: 60 },
    );
  });
});
