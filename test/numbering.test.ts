import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberingGaps } from '../src/core/draft/numbering-gaps.js';
import { readMarker } from '../src/core/draft/numbering.js';
import { chineseNumeral, chineseValue, romanNumeral, romanValue } from '../src/core/draft/numerals.js';
import { FIXTURES } from './helpers/cli.js';
import { corpusDraft } from './helpers/drafts.js';
import { parseDraft } from '../src/core/draft/format.js';
import { importDraft } from '../src/core/intake/draft-import.js';

describe('readMarker', () => {
  it.each([
    ['18.建立更加健全社会保障体系。', '18', '1.', 18, '18.'],
    ['1. 深化供给侧结构性改革。', '1', '1.', 1, '1. '],
    ['2.2035年,基本建成现代化城区。', '2', '1.', 2, '2.'],
    ['二、实施创新发展行动', '二', '一、', 2, '二、'],
    ['（三）重大战略。', '（三）', '（一）', 3, '（三）'],
    ['(三)重大战略。', '(三)', '（一）', 3, '(三)'],
    ['1、指导思想。', '1', '1、', 1, '1、'],
    ['（1）围绕调结构', '（1）', '（1）', 1, '（1）'],
    ['③ 第三项', '③', '①', 3, '③ '],
    ['第三条 本法所称', '第三条', '第一条', 3, '第三条 '],
    ['**第一百二十条**　为了', '第一百二十条', '第一条', 120, '**第一百二十条**　'],
    ['第一百二十条之一 在', '第一百二十条之一', '第一条', 120, '第一百二十条之一 '],
    ['第一章 总则', '第一章', '第一章', 1, '第一章 '],
    ['第一条(立法目的)为了', '第一条', '第一条', 1, '第一条'],
    ['1.2.1 粮食应急', '1.2.1', '1.1.1', 1, '1.2.1 '],
    ['2 组织机构和职责', '2', '1', 2, '2 '],
    ['Section 5. Definitions.', 'Section 5', 'Sec. 1', 5, 'Section 5. '],
    ['SEC. 101. NATIONAL FULL EMPLOYMENT TRUST FUND.', 'SEC. 101', 'SEC. 1', 101, 'SEC. 101. '],
    ['TITLE II—PROGRAM ADMINISTRATION', 'TITLE II', 'TITLE I', 2, 'TITLE II—'],
    ['(a) Short Title.— This Act', '(a)', '(a)', 1, '(a) '],
    ['(ii) the amount', '(ii)', '(i)', 2, '(ii) '],
    ['(B) in general', '(B)', '(A)', 2, '(B) '],
  ])('%s', (line, number, style, value, raw) => {
    const marker = readMarker(line);
    expect(marker).not.toBeNull();
    expect(marker!.number).toBe(number);
    expect(marker!.style).toBe(style);
    expect(marker!.value).toBe(value);
    expect(marker!.raw).toBe(raw);
    expect(line.slice(marker!.numeralStart, marker!.numeralEnd).length).toBeGreaterThan(0);
  });

  it('locates the numeral inside the marker, for renumbering', () => {
    const marker = readMarker('第一百二十条之一 在')!;
    expect('第一百二十条之一 在'.slice(marker.numeralStart, marker.numeralEnd)).toBe('一百二十');
    const decimal = readMarker('1.2.3 x')!;
    expect(decimal.numeralStart).toBe(4);
    const title = readMarker('TITLE II—X')!;
    expect('TITLE II—X'.slice(title.numeralStart, title.numeralEnd)).toBe('II');
    // The numeral's text occurs twice in the marker: its place comes from the capture indices.
    const inserted = readMarker('第一条之一 在')!;
    expect([inserted.numeralStart, inserted.numeralEnd]).toEqual([1, 2]);
    const twice = readMarker('SEC. 1. SEC')!;
    expect('SEC. 1. SEC'.slice(twice.numeralStart, twice.numeralEnd)).toBe('1');
  });

  it('reads "——" as a bullet without a number', () => {
    const marker = readMarker('——创新驱动力显著跃升')!;
    expect(marker).toMatchObject({ number: '', raw: '', style: '——', value: null });
  });

  it('offers both readings of an ambiguous "(i)"', () => {
    const marker = readMarker('(i) in general')!;
    expect(marker.style).toBe('(a)');
    expect(marker.value).toBe(9);
    expect(marker.alternative).toMatchObject({ style: '(i)', value: 1 });
  });

  it.each([
    '党的十九大开启了全面建设',
    '2018年1月6日',
    '第三条规定的情形',
    '“第一百二十三条 中华人民共和国各级监察委员会',
    '1 See: https://www.whitehouse.gov/',
    'A BILL',
  ])('finds no marker in %s', (line) => {
    expect(readMarker(line)).toBeNull();
  });
});

describe('numerals', () => {
  it.each([
    ['十', 10], ['十八', 18], ['二十四', 24], ['一百零五', 105], ['一千二百六十', 1260], ['两百', 200],
  ])('%s is %i and back', (numeral, value) => {
    expect(chineseValue(numeral)).toBe(value);
    expect(chineseValue(chineseNumeral(value))).toBe(value);
  });

  it('writes Chinese numerals as statutes do', () => {
    expect(chineseNumeral(10)).toBe('十');
    expect(chineseNumeral(18)).toBe('十八');
    expect(chineseNumeral(105)).toBe('一百零五');
    expect(chineseNumeral(110)).toBe('一百一十');
    expect(chineseNumeral(1260)).toBe('一千二百六十');
  });

  it('reads and writes roman numerals', () => {
    expect(romanValue('xiv')).toBe(14);
    expect(romanValue('IIII')).toBe(4);
    expect(romanNumeral(14, true)).toBe('XIV');
    expect(romanValue('abc')).toBeNull();
  });
});

describe('numbering gaps (check warns: the build keeps numbers as written)', () => {
  const FILES = readdirSync(join(FIXTURES, 'corpus'), { recursive: true })
    .map(String)
    .filter((f) => /\.(md|txt)$/u.test(f) && !f.endsWith('SOURCES.md'));

  it('finds none in any real document of the corpus (statutes, policy texts, bills, rules with § 583.345, Subpart C)', () => {
    expect(FILES.length).toBeGreaterThan(30);
    for (const file of FILES) {
      const draft = corpusDraft(file);
      expect({ file, gaps: numberingGaps(draft.clauses, draft.meta.numbering.continuous).map((g) => g.clause.number) }).toEqual({ file, gaps: [] });
    }
  });

  it('finds the one a clause removed by hand leaves, at the clause after it, on a statute, a policy text and a bill', () => {
    for (const [file, number] of [
      ['lawrefbook/xingzheng_xuke_fa_2019.md', '第十条'],
      ['gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt', '七'],
      ['us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'SEC. 203'],
    ] as const) {
      const draft = corpusDraft(file);
      const at = draft.clauses.findIndex((c) => c.number === number);
      expect(at, `${file} ${number}`).toBeGreaterThan(0);
      const next = draft.clauses.find((c, i) => i > at && c.level === draft.clauses[at]!.level && c.marker?.style === draft.clauses[at]!.marker!.style)!;
      const previous = draft.clauses.slice(0, at).reverse().find((c) => c.marker?.style === draft.clauses[at]!.marker!.style && c.level === draft.clauses[at]!.level)!;
      const left = draft.clauses.filter((_, i) => i !== at);
      expect(numberingGaps(left, draft.meta.numbering.continuous).map((g) => [g.after, g.clause.number])).toEqual([[previous.number, next.number]]);
    }
  });

  it('reports a gap once per missing run, wherever in a real list clauses are removed (property)', () => {
    const draft = corpusDraft('lawrefbook/zhuanli_fa_shishi_xize_2010.md');
    const articles = draft.clauses.filter((c) => c.marker?.style === '第一条');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: articles.length - 2 }), { minLength: 1, maxLength: 8 }), (removed) => {
        const gone = new Set(removed.map((i) => articles[i]!.id));
        const gaps = numberingGaps(draft.clauses.filter((c) => !gone.has(c.id)), draft.meta.numbering.continuous);
        // One gap for each run of consecutive removed articles, at the first article kept after it.
        const runs = [...removed].sort((a, b) => a - b).filter((i, k, all) => k === 0 || all[k - 1] !== i - 1);
        expect(gaps.map((g) => g.clause.id)).toEqual(runs.map((i) => articles.slice(i).find((a) => !gone.has(a.id))!.id));
      }),
    );
  });
});

describe('a single roman letter after letters is a letter (BOEM’s preamble: A. Subpart A, B. Subpart B, C. Subpart C)', () => {
  it('reads C. under II. as the third letter, beside A. and B., not as roman 100 beside I. and II.', () => {
    const boem = corpusDraft('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md');
    const byText = (start: string) => boem.clauses.find((c) => c.text.startsWith(start))!;
    const second = byText('Section-by-Section Analysis of the Final Rule');
    const c = byText('Subpart C—Outer Continental Shelf');
    expect(c.parent).toBe(second.id);
    expect(c.marker).toMatchObject({ style: 'A.', value: 3 });
    expect(byText('Summary of Comments Received').marker).toMatchObject({ style: 'I.', value: 3 });
    expect(byText('Legal and Regulatory Analysis').marker).toMatchObject({ style: 'I.', value: 4 });
  });

  it('on any run of lettered headings under a roman one, every letter is read as a letter, in order', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 26 }), (n) => {
        const text = ['I. Background', ...Array.from({ length: n }, (_, i) => `${letters[i]}. Topic ${i + 1}`), 'II. Analysis'].join('\n\n');
        const { clauses } = parseDraft(importDraft(text, { format: 'text' }).text, 'outline.md', 'outline').draft;
        const lettered = clauses.filter((cl) => /^Topic /u.test(cl.text));
        expect(lettered.map((cl) => [cl.marker?.style, cl.marker?.value])).toEqual(Array.from({ length: n }, (_, i) => ['A.', i + 1]));
        expect(clauses.find((cl) => cl.text === 'Analysis')?.marker).toMatchObject({ style: 'I.', value: 2 });
      }),
      { numRuns: 26 },
    );
  });
});
