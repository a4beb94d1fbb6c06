// Two changes throughout, one inside the other (全文“股东会或者股东大会”改为
// “股东会”，“股东大会”改为“股东会”: the office's change in two steps): an
// occurrence of the shorter inside one of the longer is left to the longer
// where its new words there lack the shorter's old term, in one entry or in
// two, whichever comes first; where they keep it, a conflict as before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../src/core/draft/clause.js';
import type { Edit } from '../src/core/edits/edit.js';
import type { Entry } from '../src/core/feedback/entry.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { blame } from '../src/core/revision/blame.js';
import { pendingOverlaps } from '../src/core/revision/pending-overlaps.js';
import { proposeEntries } from '../src/core/revision/proposal.js';
import { revise } from '../src/core/revision/revise.js';
import { adopted, corpusDraft, paragraph, revisedBody, unit } from './helpers/drafts.js';

const COMPANY = 'lawrefbook/gongsi_fa_2018.md';
const SHANGHAI = 'lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md';

const rowOf = (table: string, name: string) => table.split('\n').find((line) => line.split(' | ')[1] === name);
const pending = (entry: Entry): Entry => ({ ...entry, decision: { status: 'pending' } });

describe('公司法 2018: 全文“股东会或者股东大会”改为“股东会”，“股东大会”改为“股东会”', () => {
  const draft = corpusDraft(COMPANY);
  const comment = '建议将全文中的“股东会或者股东大会”统一修改为“股东会”，将“股东大会”统一修改为“股东会”。';
  const either: Edit = { op: 'replace-all', clause: '*', quote: '股东会或者股东大会', text: '股东会' };
  const assembly: Edit = { op: 'replace-all', clause: '*', quote: '股东大会', text: '股东会' };
  const guarantee = unit(draft, 16, ['款', 2]);
  // The eight places that say 股东会或者股东大会, each left to the longer change by the shorter.
  const eitherPlaces = ['c34', 'c47', 'c48', 'c50', 'c425', 'c431', 'c477', 'c506'];

  it('the comment is read as the two changes, both ok in propose, the shorter noting the places it leaves to the longer', () => {
    expect(proposeEdits(comment, draft.clauses, 'zh').edits).toEqual([expect.objectContaining(either), expect.objectContaining(assembly)]);
    const [proposal] = proposeEntries(draft.clauses, [pending(adopted('1', either, assembly))], 'zh');
    expect(proposal!.edits.map((e) => [e.state, e.count, e.conflictsWith])).toEqual([
      ['ok', 8, []],
      ['ok', 52, []],
    ]);
    expect(guarantee.id).toBe('c34');
    expect(proposal!.edits[1]!.notes).toEqual([`8 occurrence(s) left to edits whose new words there have no “股东大会”: entry 1, edit 1 (${eitherPlaces.join(', ')})`]);
    // The shorter alone no longer makes 股东会或者股东会: only 股东会、股东大会 (第十六条 and eight others) is left for the clerk.
    const warnings = proposal!.edits.flatMap((e) => e.warnings ?? []).map((w) => w.message);
    expect(warnings).toHaveLength(9);
    for (const w of warnings) expect(w).toMatch(/read “股东会、股东会”, 股东会 coordinated with itself/u);
  });

  it.each([
    ['one entry, longer first', [adopted('1', either, assembly)], '1', '1'],
    ['one entry, shorter first', [adopted('1', assembly, either)], '1', '1'],
    ['two entries, longer first', [adopted('1', either), adopted('2', assembly)], '1', '2'],
    ['two entries, shorter first', [adopted('1', assembly), adopted('2', either)], '2', '1'],
  ])('builds both (%s): 股东会 everywhere, each place credited to the change that made it', (_, entries, longer, shorter) => {
    const { text, result } = revisedBody(draft, ...entries);
    const comparison = result.outputs[2]!.content;
    expect(result.revision.unapplied).toEqual([]);
    expect(text).not.toContain('股东大会');
    expect(text).not.toContain('股东会或者股东会');
    expect(paragraph(text, '公司为公司股东或者实际控制人')).toBe('公司为公司股东或者实际控制人提供担保的，必须经股东会决议。');
    expect(paragraph(text, '第二十二条')).toBe('第二十二条 公司股东会、董事会的决议内容违反法律、行政法规的无效。');
    expect(paragraph(text, '第九十六条')).toBe('第九十六条 股份有限公司应当将公司章程、股东名册、公司债券存根、股东会会议记录、董事会会议记录、监事会会议记录、财务会计报告置备于本公司。');
    expect(rowOf(comparison, '第十六条第二款')).toBe(`| 2 | 第十六条第二款 | 公司为公司股东或者实际控制人提供担保的，必须经股东会~~或者股东大会~~决议。 | 公司为公司股东或者实际控制人提供担保的，必须经股东会决议。 | ${longer} |`);
    expect(rowOf(comparison, '第二十二条第一款')).toBe(`| 3 | 第二十二条第一款 | 第二十二条 公司股东会~~或者股东大会~~、董事会的决议内容违反法律、行政法规的无效。 | 第二十二条 公司股东会、董事会的决议内容违反法律、行政法规的无效。 | ${longer} |`);
    expect(rowOf(comparison, '第九十六条')).toBe(`| 7 | 第九十六条 | 第九十六条 股份有限公司应当将公司章程、股东名册、公司债券存根、股东~~大~~会会议记录、董事会会议记录、监事会会议记录、财务会计报告置备于本公司。 | 第九十六条 股份有限公司应当将公司章程、股东名册、公司债券存根、股东会会议记录、董事会会议记录、监事会会议记录、财务会计报告置备于本公司。 | ${shorter} |`);
    // 股东会或者股东会 is made nowhere; 股东会、股东会 (the draft's 股东会、股东大会) is the shorter change's, for the clerk.
    const repeats = result.revision.problems.filter((p) => p.rule === 'self-coordination');
    expect(repeats.map((p) => p.clause)).toEqual(['c33', 'c423', 'c424', 'c479', 'c484', 'c485', 'c525', 'c530', 'c574']);
    for (const p of repeats) expect([p.message.includes('“股东会、股东会”'), p.edits.map((r) => r.entry)]).toEqual([true, [shorter]]);
    const shorterPlanned = result.revision.applied.find((p) => p.edit.op === 'replace-all' && p.edit.quote === '股东大会')!;
    expect(shorterPlanned.takenUp!.map((t) => [t.clause.id, t.by])).toEqual(eitherPlaces.map((id) => [id, [{ entry: longer, index: entries.length === 1 ? (entries[0]!.edits[0] === either ? 1 : 2) : 1 }]]));
  });

  it('blame names the longer change’s entry where it stood, the shorter’s elsewhere; decide sees no overlap', () => {
    const entries = [adopted('1', either), adopted('2', assembly)];
    const byClause = blame([{ round: 1, draft, entries, added: [] }]);
    expect(byClause.get(guarantee.id)!.map((a) => [a.entry, a.change])).toEqual([['1', 'changed']]);
    expect(byClause.get(unit(draft, 96).id)!.map((a) => [a.entry, a.change])).toEqual([['2', 'changed']]);
    expect(pendingOverlaps(draft.clauses, [entries[0]!, pending(entries[1]!)], new Set(['1']), 'zh')).toEqual([]);
    expect(pendingOverlaps(draft.clauses, [pending(entries[0]!), entries[1]!], new Set(['2']), 'zh')).toEqual([]);
  });

  it('stays a conflict where the longer change’s new words keep 股东大会, whichever comes first', () => {
    const keeps: Edit = { op: 'replace-all', clause: '*', quote: '股东会或者股东大会', text: '股东大会' };
    for (const entries of [[adopted('1', keeps), adopted('2', assembly)], [adopted('1', assembly), adopted('2', keeps)]]) {
      const { result } = revisedBody(draft, ...entries);
      expect(result.revision.unapplied.map((p) => [p.ref.entry, p.state, p.conflictsWith.map((r) => r.entry)])).toEqual([
        ['1', 'conflict', ['2']],
        ['2', 'conflict', ['1']],
      ]);
    }
  });
});

describe('上海市优化营商环境条例 2020: 全文“各类市场主体”改为“各类经营主体”，“市场主体”改为“企业等经营主体”', () => {
  const draft = corpusDraft(SHANGHAI);
  const every: Edit = { op: 'replace-all', clause: '*', quote: '各类市场主体', text: '各类经营主体' };
  const subject: Edit = { op: 'replace-all', clause: '*', quote: '市场主体', text: '企业等经营主体' };

  it.each([true, false])('各类经营主体 where 各类市场主体 stood, never 各类企业等经营主体 (longer first: %s)', (longerFirst) => {
    const entries = longerFirst ? [adopted('1', every), adopted('2', subject)] : [adopted('1', subject), adopted('2', every)];
    const [longer, shorter] = longerFirst ? ['1', '2'] : ['2', '1'];
    const { text, result } = revisedBody(draft, ...entries);
    const comparison = result.outputs[2]!.content;
    expect(result.revision.unapplied).toEqual([]);
    expect(text).not.toContain('市场主体');
    expect(text).not.toContain('各类企业等经营主体');
    expect(paragraph(text, '第十条')).toBe('第十条 国家市场准入负面清单以外的领域，各类经营主体均可以依法平等进入。国家外商投资准入负面清单以外的领域，按照内外资一致的原则实施管理。');
    expect(rowOf(comparison, '第十条第一款')).toBe(`| 5 | 第十条第一款 | 第十条 国家市场准入负面清单以外的领域，各类~~市场~~主体均可以依法平等进入。国家外商投资准入负面清单以外的领域，按照内外资一致的原则实施管理。 | 第十条 国家市场准入负面清单以外的领域，各类**经营**主体均可以依法平等进入。国家外商投资准入负面清单以外的领域，按照内外资一致的原则实施管理。 | ${longer} |`);
    expect(rowOf(comparison, '第十二条第三款')).toBe(`| 8 | 第十二条第三款 | 除法律、法规另有规定外，~~市场~~主体有权自主决定加入或者退出行业协会、商会等社会组织，任何单位和个人不得干预。 | 除法律、法规另有规定外，**企业等经营**主体有权自主决定加入或者退出行业协会、商会等社会组织，任何单位和个人不得干预。 | ${shorter} |`);
    const [longerPlanned, shorterPlanned] = [every, subject].map((e) => result.revision.applied.find((p) => p.edit === e)!);
    expect([longerPlanned!.takenUp, shorterPlanned!.takenUp!.length]).toEqual([undefined, 8]);
    expect(shorterPlanned!.takenUp!.every((t) => t.by.length === 1 && t.by[0]!.entry === longer)).toBe(true);
  });
});

describe('two changes throughout, one inside the other (property)', () => {
  // The shorter's old term holds 丁 (and 戊), which nothing else in the draft or the longer's surroundings does: an occurrence
  // of it meets one of the longer only inside it. The new words (己, 庚, 辛) are in no draft, so none is made again.
  const shorterQuote = fc.constantFrom('丁', '丁戊');
  const around = fc.array(fc.constantFrom('甲', '乙', '丙'), { maxLength: 2 }).map((a) => a.join(''));
  const words = fc.array(fc.constantFrom('己', '庚', '辛'), { minLength: 1, maxLength: 3 }).map((w) => w.join(''));
  const pieces = fc.array(fc.constantFrom('甲', '乙', '丙', '丁', '戊', 'LONG', 'SHORT'), { minLength: 1, maxLength: 10 });
  const order = fc.constantFrom('one entry, longer first', 'one entry, shorter first', 'two entries, longer first', 'two entries, shorter first');

  function drafted(texts: string[][], longer: string, shorter: string): Clause[] {
    const lines = texts.map((p, i) => `${i + 1}.甲${p.join('').replaceAll('LONG', longer).replaceAll('SHORT', shorter)}。`);
    return importDraft(['关于测试的意见', '一、总体要求', ...lines].join('\n\n'), { format: 'text' }).clauses;
  }

  function revised(clauses: Clause[], longer: Edit, shorter: Edit, how: string) {
    const [first, second] = how.endsWith('longer first') ? [longer, shorter] : [shorter, longer];
    const entries = how.startsWith('one') ? [adopted('1', first, second)] : [adopted('1', first), adopted('2', second)];
    return revise({ clauses, meta: { numbering: { continuous: [] } } }, entries);
  }

  it('applies both in any order: neither old term is left, and the text is the longer applied first, then the shorter', () => {
    fc.assert(
      fc.property(shorterQuote, around, around, words, words, fc.array(pieces, { minLength: 1, maxLength: 4 }), order, (quote, before, after, longerText, shorterText, texts, how) => {
        fc.pre(before + after !== '');
        const longerQuote = `${before}${quote}${after}`;
        const clauses = drafted(texts, longerQuote, quote);
        const longer: Edit = { op: 'replace-all', clause: '*', quote: longerQuote, text: longerText };
        const shorter: Edit = { op: 'replace-all', clause: '*', quote, text: shorterText };
        fc.pre(clauses.some((c) => c.text.includes(quote)));
        const revision = revised(clauses, longer, shorter, how);
        expect(revision.unapplied.filter((p) => p.state !== 'stale').map((p) => p.message)).toEqual([]);
        for (const c of revision.clauses) {
          expect(c.textAfter).not.toContain(quote);
          expect(c.textAfter).toBe(c.textBefore.replaceAll(longerQuote, longerText).replaceAll(quote, shorterText));
        }
      }),
      { numRuns: 400 },
    );
  });

  // (Inside the new words: at their ends, words the draft has beside the occurrence would be taken as there already.)
  it('stays a conflict in any order wherever the longer’s new words keep the shorter’s old term', () => {
    fc.assert(
      fc.property(shorterQuote, around, around, words, words, fc.array(pieces, { minLength: 1, maxLength: 4 }), order, (quote, before, after, longerText, shorterText, texts, how) => {
        fc.pre(before + after !== '');
        const longerQuote = `${before}${quote}${after}`;
        const clauses = drafted(texts, longerQuote, quote);
        const longer: Edit = { op: 'replace-all', clause: '*', quote: longerQuote, text: `${longerText}${quote}${longerText}` };
        const shorter: Edit = { op: 'replace-all', clause: '*', quote, text: shorterText };
        const revision = revised(clauses, longer, shorter, how);
        const meet = clauses.some((c) => c.text.includes(longerQuote));
        expect(new Set(revision.unapplied.filter((p) => p.state === 'conflict').map((p) => p.edit))).toEqual(new Set(meet ? [longer, shorter] : []));
      }),
      { numRuns: 400 },
    );
  });
});
