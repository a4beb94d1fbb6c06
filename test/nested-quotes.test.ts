// Inside a quotation, Chinese writes a quotation of its own with ‘…’: a
// comment quoting 全面深化“放管服”改革 writes “全面深化‘放管服’改革”. Where the
// draft never uses ‘…’, the quoted text is matched and written back with “…”.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotations, unnested, withNamedMarks } from '../src/core/feedback/quotation.js';
import { CORPUS, corpusWorkspace, redline, tempDir } from './helpers/cli.js';

interface Proposed {
  op: string;
  state: string;
  before: string;
  after: string;
}

async function proposed(dir: string, comment: string): Promise<Proposed[]> {
  expect((await redline(dir, 'feedback', 'add', '--unit', '办公厅', '--comment', comment)).code).toBe(0);
  const result = await redline(dir, 'propose', '--format', 'json');
  return (JSON.parse(result.stdout) as Array<{ edits: Proposed[] }>).at(-1)!.edits;
}

describe('‘…’ nested in a comment’s quotation', () => {
  it('matches the draft’s “放管服” and writes “…” back (上海市优化营商环境条例)', async () => {
    const dir = await corpusWorkspace('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', 'sh');
    const edits = await proposed(dir, '建议将第三条中的“全面深化‘放管服’改革”修改为“持续深化‘放管服’改革”。');
    expect(edits).toMatchObject([{ op: 'replace', state: 'ok' }]);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(readFileSync(join(dir, 'out/sh.revised.md'), 'utf8')).toContain('以“一网通办”为抓手，持续深化“放管服”改革，践行');
  });

  it('reads the 2018 amendment’s own sentence on the preamble (宪法修正案 第三十二条)', async () => {
    // The constitution as it read before 2018, in the phrase the amendment changes.
    const text = readFileSync(join(CORPUS, 'lawrefbook/xianfa_constitution.md'), 'utf8').replace(
      '在马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想指引下',
      '在马克思列宁主义、毛泽东思想、邓小平理论和“三个代表”重要思想指引下',
    );
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, 'xf.md'), text);
    expect((await redline(dir, 'import', 'xf.md')).code).toBe(0);
    const edits = await proposed(
      dir,
      '宪法序言第七自然段中“在马克思列宁主义、毛泽东思想、邓小平理论和‘三个代表’重要思想指引下”修改为“在马克思列宁主义、毛泽东思想、邓小平理论、‘三个代表’重要思想、科学发展观、习近平新时代中国特色社会主义思想指引下”。',
    );
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ state: 'ok' });
    expect(edits[0]!.after).toContain('邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想指引下');
  });

  it('unnested turns the outer ‘…’ into “…” and touches nothing else (any text)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('‘', '’', '“', '”', '三个代表', '，', '\n'), fc.string({ maxLength: 4 }))), (pieces) => {
        const text = pieces.join('');
        const out = unnested(text);
        expect(out.length).toBe(text.length);
        expect(out.replace(/[‘’“”]/gu, '')).toBe(text.replace(/[‘’“”]/gu, ''));
        // Without nesting (no ‘ opens before another closes), no pair is left: what stays of ‘ has no ’ after it on its line.
        if (!/‘[^’\n]*‘/u.test(text)) expect(/‘[^‘’\n]*’/u.test(out)).toBe(false);
      }),
    );
  });

  it('a quotation inside the quoted one stays ‘…’, as the draft writes it', () => {
    expect(unnested('坚持‘两个‘毫不动摇’’方针')).toBe('坚持“两个‘毫不动摇’”方针');
    expect(unnested('‘‘a’’')).toBe('“‘a’”');
    expect(unnested('‘未闭合')).toBe('‘未闭合');
  });
});

describe('marks named in words (withNamedMarks)', () => {
  const named = (text: string) => withNamedMarks(text, findQuotations(text)).map((q) => ({ words: text.slice(q.start, q.end + 1), mark: q.text, named: q.named ?? false }));

  it('reads the period, a semicolon, the comma as their marks where they are struck, inserted or at the end, in order among the quotations', () => {
    expect(named('In section 3(22), strike the period at the end and insert “; and”.')).toEqual([
      { words: 'the period', mark: '.', named: true },
      { words: '“; and”', mark: '; and', named: false },
    ]);
    expect(named('In section 104(2), strike “; and” and insert a period.')).toEqual([
      { words: '“; and”', mark: '; and', named: false },
      { words: 'a period', mark: '.', named: true },
    ]);
    expect(named('insert “, as amended” before the period at the end')).toEqual([
      { words: '“, as amended”', mark: ', as amended', named: false },
      { words: 'the period', mark: '.', named: true },
    ]);
  });

  it('leaves a period of time, a comma inside a quotation and marks named in passing alone', () => {
    expect(named('Section 2 should allow a period of 30 days; the comment period closed.')).toEqual([]);
    expect(named('strike “the period at the end”')).toEqual([{ words: '“the period at the end”', mark: 'the period at the end', named: false }]);
    expect(named('We think the semicolon in section 3 is confusing.')).toEqual([]);
  });

  it('never overlaps or reorders the quotations of any comment', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('strike ', 'insert ', 'the period', 'a comma', ' at the end', '“', '”', '"', 'x', ' ', 'and '), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const quotes = withNamedMarks(text, findQuotations(text));
        for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.start).toBeGreaterThan(quotes[i - 1]!.end);
      }),
    );
  });
});
