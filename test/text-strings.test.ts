// The shared text helpers (src/core/text/strings.ts): the one home of quote
// search with context, common ends, Chinese characters and terminal width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commonPrefixLength,
  commonSuffixLength,
  countHan,
  displayWidth,
  hasHan,
  occurrences,
  occurrencesWithContext,
  onlyHan,
  truncateToWidth,
} from '../src/core/text/strings.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { corpusDraft } from './helpers/drafts.js';

const civil = corpusDraft('lawbasecn/minfadian_civil_code.md');
const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
const article = (draft: typeof civil, number: string) => draft.clauses.find((c) => c.number === number)!;

describe('a quote and the text around it', () => {
  it('finds each occurrence of a repeated quote in a Civil Code article, and the one a prefix names', () => {
    const text = article(civil, '第一条').text;
    expect(text).toBe('为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序，适应中国特色社会主义发展要求，弘扬社会主义核心价值观，根据宪法，制定本法。');
    expect(occurrences(text, '社会主义')).toEqual([37, 48]);
    expect(occurrencesWithContext(text, '社会主义', { prefix: '弘扬' }, 'zh')).toEqual([48]);
    expect(occurrencesWithContext(text, '社会主义', { suffix: '发展' }, 'zh')).toEqual([37]);
    expect(occurrencesWithContext(text, '社会主义', { prefix: '弘扬', suffix: '发展' }, 'zh')).toEqual([]);
  });

  it('does the same in an English bill', () => {
    const text = bill.clauses.map((c) => c.text).join('\n');
    const all = occurrences(text, 'the Secretary');
    const before = occurrencesWithContext(text, 'the Secretary', { prefix: 'by ' }, 'en');
    expect(all.length).toBeGreaterThan(before.length);
    expect(before.map((at) => text.slice(at - 3, at + 13))).toEqual(before.map(() => 'by the Secretary'));
  });

  it('agrees with slicing the text around each occurrence, on any text', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', '中', '文'), maxLength: 30 });
    fc.assert(
      fc.property(letters, letters, fc.option(letters, { nil: undefined }), fc.option(letters, { nil: undefined }), (text, quote, prefix, suffix) => {
        const expected = occurrences(text, quote).filter((at) => (!prefix || text.slice(0, at).endsWith(prefix)) && (!suffix || text.slice(at + quote.length).startsWith(suffix)));
        expect(occurrencesWithContext(text, quote, { prefix, suffix }, 'zh')).toEqual(expected);
      }),
    );
  });
});

describe('common ends', () => {
  it('measures what two versions of a Civil Code article share at each end', () => {
    const before = '自然人的民事权利能力一律平等。';
    const after = '自然人的民事权利能力和民事行为能力一律平等。';
    expect(commonPrefixLength(before, after)).toBe(10);
    expect(commonSuffixLength(before, after)).toBe(7);
    // Past the shared start of ten, only five characters of the shorter text are left.
    expect(commonSuffixLength(before, after, 10)).toBe(5);
    expect(commonSuffixLength('ab', 'ab', 1)).toBe(1);
  });

  it('never reaches past the start it leaves alone, and stops at the first difference', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const head = commonPrefixLength(a, b);
        const tail = commonSuffixLength(a, b, head);
        expect(a.slice(0, head)).toBe(b.slice(0, head));
        expect(head === Math.min(a.length, b.length) || a[head] !== b[head]).toBe(true);
        expect(a.slice(a.length - tail)).toBe(b.slice(b.length - tail));
        expect(head + tail).toBeLessThanOrEqual(Math.min(a.length, b.length));
      }),
    );
  });
});

describe('Chinese characters', () => {
  it('are counted by one definition, 〇 and rare ideographs included', () => {
    expect(countHan(article(civil, '第一条').text)).toBe(61);
    expect(hasHan(bill.clauses.map((c) => c.text).join('\n'))).toBe(false);
    expect(onlyHan('二〇二四')).toBe(true);
    expect(onlyHan('㐀𠀀')).toBe(true);
    expect(onlyHan('十五日,')).toBe(false);
    expect(onlyHan('')).toBe(false);
  });
});

describe('terminal width', () => {
  it('counts a Chinese character as two columns, a combining mark as none', () => {
    expect(displayWidth('民法典')).toBe(6);
    expect(displayWidth('Civil Code')).toBe(10);
    expect(displayWidth('第1条 General')).toBe(13);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('cuts a Civil Code article and a bill section to the columns given, never inside a character', () => {
    expect(truncateToWidth(article(civil, '第一条').text, 20)).toBe('为了保护民事主体的…');
    const section = bill.clauses.find((c) => c.text.length > 60)!.text;
    expect(truncateToWidth(section, 20)).toBe(`${section.slice(0, 19)}…`);
    expect(truncateToWidth('民法典', 6)).toBe('民法典');
    expect(truncateToWidth('👍🏽👍🏽👍🏽', 5)).toBe('👍🏽👍🏽…');
    // A comment of 80,000 characters is cut from its head (segmenting all of it took seconds).
    expect(truncateToWidth('中'.repeat(80_000), 10)).toBe('中中中中…');
  });

  it('fits any text in its columns, keeping a prefix of it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '中', 'é', '👍🏽', ' '), maxLength: 400 }), fc.integer({ min: 1, max: 40 }), (text, columns) => {
        const cut = truncateToWidth(text, columns);
        expect(displayWidth(cut)).toBeLessThanOrEqual(columns);
        if (cut !== text) {
          expect(cut.at(-1)).toBe('…');
          expect(text.slice(0, cut.length - 1)).toBe(cut.slice(0, -1));
        }
      }),
    );
  });
});

describe('listings cut by columns', () => {
  it('`clauses` cuts an untitled clause to 60 columns, whether Chinese or English', async () => {
    for (const [file, name] of [
      ['lawrefbook/nianjie_fangjia_banfa_2024.md', 'holidays'],
      ['us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'bill'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; number: string; level: number; title: string; text: string }>;
      const long = clauses.find((c) => !c.title && displayWidth(c.text.split('\n')[0]!) > 60)!;
      const shown = truncateToWidth(long.text.split('\n')[0]!, 60);
      expect(shown).toMatch(/…$/u);
      expect(displayWidth(shown)).toBeLessThanOrEqual(60);
      const head = `${'  '.repeat(long.level - 1)}${long.number ? `${long.number} ` : ''}${shown}`;
      expect((await redline(dir, 'clauses')).stdout.split('\n')).toContain(`${long.id.padEnd(Math.max(2, ...clauses.map((c) => c.id.length)))}  ${head}`);
    }
  });
});
