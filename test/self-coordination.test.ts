// A change that names a term twice over (全文“股东大会”改为“股东会” makes
// 股东会或者股东大会决议 read 股东会或者股东会决议) is warned of, clause by
// clause, in propose, check, decide and build: on 公司法 (2018) and 行政许可法
// (2019); and only there: not where the draft had the repeat already (民事诉讼法's
// 当事人或者当事人, 民法典's 没有约定或者约定不明确), nor for a doubled word
// (年年), nor where new words only begin with the term (股东或者股东会).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selfCoordinations } from '../src/core/edits/self-coordination.js';
import type { Edit } from '../src/core/edits/edit.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { proposeEntries } from '../src/core/revision/proposal.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody, unit } from './helpers/drafts.js';

const GONGSI = 'lawrefbook/gongsi_fa_2018.md';
const XUKE = 'lawrefbook/xingzheng_xuke_fa_2019.md';

/** The edits a comment is read as, on a corpus draft. */
function edits(file: string, comment: string): Edit[] {
  return proposeEdits(comment, corpusDraft(file).clauses, 'zh').edits;
}

/** The self-coordination problems of adopting these edits, as [clause, message]. */
function repeats(file: string, ...given: Edit[]): Array<[string, string]> {
  const { result } = revisedBody(corpusDraft(file), adopted('1', ...given));
  return result.revision.problems.filter((p) => p.rule === 'self-coordination').map((p) => [p.clause, p.message]);
}

describe('a term the edits coordinate with itself is warned of, clause by clause', () => {
  it('公司法 (2018): 全文“股东大会”改为“股东会” names 股东会 twice in 17 clauses, each told with its words', () => {
    const law = corpusDraft(GONGSI);
    const replaceAll = edits(GONGSI, '建议将全文中的“股东大会”统一修改为“股东会”。');
    expect(replaceAll).toEqual([expect.objectContaining({ op: 'replace-all', quote: '股东大会', text: '股东会' })]);
    const found = repeats(GONGSI, ...replaceAll);
    expect(found).toHaveLength(17);
    const second = unit(law, 16, ['款', 2]).id;
    expect(found).toContainEqual([second, `the change makes 第十六条第二款 (${second}) read “股东会或者股东会”, 股东会 coordinated with itself: add an edit that names it once`]);
    const first = unit(law, 16).id;
    expect(found).toContainEqual([first, `the change makes 第十六条 (${first}) read “股东会、股东会”, 股东会 coordinated with itself: add an edit that names it once`]);
    // Each against the edit that made it.
    const { result } = revisedBody(law, adopted('1', ...replaceAll));
    expect(new Set(result.revision.problems.filter((p) => p.rule === 'self-coordination').flatMap((p) => p.edits))).toEqual(new Set([{ entry: '1', index: 1 }]));
  });

  it('公司法 (2018): one edit on one 款 (“股东大会”改为“股东会” in 第十六条第二款) is warned of in propose, with the same words', () => {
    const law = corpusDraft(GONGSI);
    const second = unit(law, 16, ['款', 2]).id;
    const edit: Edit = { op: 'replace', clause: second, quote: '股东大会', text: '股东会' };
    const [proposal] = proposeEntries(law.clauses, [{ ...adopted('1', edit), decision: { status: 'pending' } }], 'zh');
    expect(proposal!.edits[0]!.warnings).toEqual([{ rule: 'self-coordination', message: `the change makes 第十六条第二款 (${second}) read “股东会或者股东会”, 股东会 coordinated with itself: add an edit that names it once` }]);
  });

  it('行政许可法 (2019): “技术规范”统一修改为“技术标准” makes 技术标准、技术标准 in 4 clauses, twice in 第五十五条第二款', () => {
    const law = corpusDraft(XUKE);
    const found = repeats(XUKE, ...edits(XUKE, '建议将“技术规范”统一修改为“技术标准”。'));
    expect(found.map(([clause]) => clause)).toEqual([unit(law, 12, ['项', 4]).id, unit(law, 55).id, unit(law, 55, ['款', 2]).id, unit(law, 55, ['款', 3]).id]);
    const second = unit(law, 55, ['款', 2]).id;
    expect(found[2]).toEqual([second, `the change makes 第五十五条第二款 (${second}) read “技术标准、技术标准” (2 times), 技术标准 coordinated with itself: add an edit that names it once`]);
  });

  it('行政许可法 (2019): an edit that names the term once (删去第五十五条的“技术标准、”) mends it: the warning goes', () => {
    const law = corpusDraft(XUKE);
    const once: Edit = { op: 'delete', clause: unit(law, 55).id, quote: '技术标准、' };
    const replaceAll = edits(XUKE, '建议将“技术规范”统一修改为“技术标准”。');
    const { result } = revisedBody(law, adopted('1', ...replaceAll), adopted('2', once));
    const clauses = result.revision.problems.filter((p) => p.rule === 'self-coordination').map((p) => p.clause);
    expect(clauses).toHaveLength(3);
    expect(clauses).not.toContain(unit(law, 55).id);
  });
});

describe('several edits on one clause: the warning names those that make the repeat on their own, else all of them', () => {
  /** Each edit its own entry, adopted; the self-coordination problems as [clause, the edits named]. */
  const named = (file: string, ...given: Edit[]) =>
    revisedBody(corpusDraft(file), ...given.map((e, i) => adopted(String(i + 1), e))).result.revision.problems.filter((p) => p.rule === 'self-coordination').map((p) => [p.clause, p.edits]);

  it('公司法 (2018) 第十六条第二款: 股东大会 → 股东会 beside 提供担保 → 提供保证; 股东会 and 股东大会 each made 董事会', () => {
    const second = unit(corpusDraft(GONGSI), 16, ['款', 2]).id;
    const edit = (quote: string, text: string): Edit => ({ op: 'replace', clause: second, quote, text });
    expect(named(GONGSI, edit('提供担保', '提供保证'), edit('股东大会', '股东会'))).toEqual([[second, [{ entry: '2', index: 1 }]]]);
    expect(named(GONGSI, edit('股东会', '董事会'), edit('股东大会', '董事会'))).toEqual([[second, [{ entry: '1', index: 1 }, { entry: '2', index: 1 }]]]);
  });

  it('行政许可法 (2019) 第五十五条: 技术规范 → 技术标准 beside 依法进行 → 依法开展; 技术标准 and 技术规范 each made 技术要求', () => {
    const article = unit(corpusDraft(XUKE), 55).id;
    const edit = (quote: string, text: string): Edit => ({ op: 'replace', clause: article, quote, text });
    expect(named(XUKE, edit('技术规范', '技术标准'), edit('依法进行', '依法开展'))).toEqual([[article, [{ entry: '1', index: 1 }]]]);
    expect(named(XUKE, edit('技术标准', '技术要求'), edit('技术规范', '技术要求'))).toEqual([[article, [{ entry: '1', index: 1 }, { entry: '2', index: 1 }]]]);
  });
});

describe('no warning where the text is not made to repeat a term', () => {
  it('民事诉讼法 (2021): 当事人或者当事人、诉讼代理人近亲属, a repeat of the draft’s own, stays one when “当事人” becomes “诉讼当事人” throughout', () => {
    expect(repeats('lawrefbook/minshi_susong_fa_2021.md', ...edits('lawrefbook/minshi_susong_fa_2021.md', '建议将“当事人”统一修改为“诉讼当事人”。'))).toEqual([]);
  });

  it('民法典: 没有约定或者约定不明确 (49 times) made 没有书面约定或者书面约定不明确 is not new', () => {
    expect(repeats('lawbasecn/minfadian_civil_code.md', { op: 'replace-all', clause: '*', quote: '约定', text: '书面约定' })).toEqual([]);
  });

  it('公司法 (2018): a doubled word (每年 → 年年), and new words that only begin with the term (实际控制人 → 股东会 after 股东或者)', () => {
    const law = corpusDraft(GONGSI);
    expect(repeats(GONGSI, { op: 'replace', clause: unit(law, 100).id, quote: '每年', text: '年年' })).toEqual([]);
    expect(repeats(GONGSI, { op: 'replace', clause: unit(law, 16, ['款', 2]).id, quote: '实际控制人', text: '股东会' })).toEqual([]);
  });
});

describe('through the CLI: propose, check, decide and build warn of it with the entry’s file and line', () => {
  it('公司法 (2018), pending then adopted', async () => {
    const dir = await corpusWorkspace(GONGSI, 'gongsi');
    expect((await redline(dir, 'feedback', 'add', '--unit', '司法部', '--comment', '建议将全文中的“股东大会”统一修改为“股东会”。')).code).toBe(0);
    const line = /^feedback\/gongsi\/1\.yaml:\d+:1: warning: entry 1, edit 1: the change makes 第十六条第二款 \(c\d+\) read “股东会或者股东会”, 股东会 coordinated with itself: add an edit that names it once \[self-coordination\]$/mu;
    const propose = await redline(dir, 'propose');
    expect(propose.code).toBe(0);
    expect(propose.stderr).toMatch(line);
    expect(propose.stderr.match(/\[self-coordination\]/gu)).toHaveLength(17);
    const pending = await redline(dir, 'check');
    expect(pending.code).toBe(0);
    expect(pending.stderr).toMatch(line);
    const decide = await redline(dir, 'decide', '1', 'adopt');
    expect(decide.stderr).toContain('the change makes 第十六条第二款');
    const check = await redline(dir, 'check', '--verbose');
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(line);
    expect(check.stderr.match(/\[self-coordination\]/gu)).toHaveLength(17);
    const build = await redline(dir, 'build');
    expect(build.code).toBe(0);
    expect(build.stderr.match(/^feedback\/gongsi\/1\.yaml:\d+:1: warning: the change makes .*\[self-coordination\]$/gmu)).toHaveLength(17);
  });
});

describe('the self-coordination check, read around one change only', () => {
  it('finds what reading the whole changed text finds (a second change, a no-op past a full stop, makes it read all)', () => {
    const pieces = ['股东', '股东会', '大会', '或者', '和', '、', '及', '以及', '，', '董事', '甲'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => `${p.join('')}。`);
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.array(fc.constantFrom(...pieces), { maxLength: 4 }), (t, a, b, words) => {
        const body = t.length - 1;
        const [start, end] = [a % (body + 1), b % (body + 1)].sort((x, y) => x - y) as [number, number];
        const change = { start, end, text: words.join('') };
        const none = { start: t.length, end: t.length, text: '' };
        expect(selfCoordinations(t, [change])).toEqual(selfCoordinations(t, [change, none]));
      }),
      { numRuns: 2000 },
    );
    // A replacement whose new words begin or end with the old ones adds words, and leaves a repeat that was there
    // as it was (民法典 没有约定或者约定不明确, 民事诉讼法 当事人或者当事人的成年家属: 者约定 → 者约定（修改）, the bench's edits).
    for (const [file, had, quote] of [
      ['lawbasecn/minfadian_civil_code.md', '约定或者约定不明确', '者约定'],
      ['lawrefbook/minshi_susong_fa_2023.md', '当事人或者当事人的成年家属', '者当事人'],
    ] as const) {
      const clause = corpusDraft(file).clauses.find((c) => c.text.includes(had))!;
      const at = clause.text.indexOf(had) + had.indexOf(quote);
      expect(selfCoordinations(clause.text, [{ start: at, end: at + quote.length, text: `${quote}（修改）` }]), file).toEqual([]);
      expect(selfCoordinations(clause.text, [{ start: at, end: at + quote.length, text: `（修改）${quote}` }]), file).toEqual([]);
    }
    // The coordinating word twelve characters and more before the change: 国务院有关大部门 → 国务院有关部门.
    const far = '国务院有关部门或者国务院有关大部门。';
    const start = far.indexOf('大部门');
    expect(selfCoordinations(far, [{ start, end: start + 3, text: '部门' }])).toEqual([{ term: '国务院有关部门', phrase: '国务院有关部门或者国务院有关部门' }]);
  });
});
