// A paragraph without a number is named by its place: under a heading (序言,
// SUMMARY:, I. Background) the first paragraph is the first; under a numbered
// paragraph (an article, 一、…) the unit's own text is, so its next is the second.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import { parseDraft } from '../src/core/draft/format.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS, corpusWorkspace, redline } from './helpers/cli.js';

/** The comparison table's row names after adopting a replacement in each clause given. */
async function rowNames(file: string, name: string, changes: Array<[string, string, string]>): Promise<string[]> {
  const dir = await corpusWorkspace(file, name);
  const clauses = parseDraft(readFileSync(join(dir, `drafts/${name}.md`), 'utf8'), `${name}.md`, name).draft.clauses;
  for (const [i, [opening, quote, text]] of changes.entries()) {
    const clause = clauses.find((c) => c.text.startsWith(opening))!;
    const added = await redline(dir, 'feedback', 'add', '--unit', 'U', '--comment', 'c', '--op', 'replace', '--clause', clause.id, '--quote', quote, '--text', text);
    expect(added.code, added.stderr).toBe(0);
    expect((await redline(dir, 'decide', String(i + 1), 'adopt')).code).toBe(0);
  }
  expect((await redline(dir, 'build')).code).toBe(0);
  return readFileSync(join(dir, `out/${name}.comparison.md`), 'utf8')
    .split('\n')
    .filter((line) => /^\| \d+ \|/u.test(line))
    .map((line) => line.split(' | ')[1]!);
}

describe('names of paragraphs without numbers', () => {
  it('the constitution’s preamble: 序言第七段 is its seventh paragraph (宪法)', async () => {
    const names = await rowNames('lawrefbook/xianfa_constitution.md', 'xf', [
      ['中国新民主主义革命的胜利', '健全社会主义法治', '健全社会主义法制'],
      ['中国是世界上历史最悠久的国家之一', '历史最悠久', '历史悠久'],
    ]);
    expect(names).toEqual(['序言第一段', '序言第七段']);
  });

  it('a rule’s SUMMARY and “I. Background”: named in English, counted from the first (HHS 340B rule)', async () => {
    const names = await rowNames('us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md', 'hhs', [
      ['The Health Resources and Services Administration', 'The Health', 'The'],
      ['On January 5, 2017, HHS published', 'On January 5, 2017', 'On January 6, 2017'],
    ]);
    expect(names).toEqual(['SUMMARY, paragraph 1', 'I, paragraph 2']);
  });

  it.each([
    ['lawrefbook/xianfa_constitution.md', 'markdown'],
    ['us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', 'markdown'],
    ['lawrefbook/xingzheng_xuke_fa_2019.md', 'markdown'],
  ] as const)('every paragraph is numbered by its place among its siblings, 1 or 2 first as its parent is a heading or not (%s)', (file, format) => {
    const { draft } = parseDraft(importDraft(readFileSync(join(CORPUS, file), 'utf8'), { format }).text, 'd.md', 'd');
    const tree = citableClauses(draft.clauses);
    const byId = new Map(draft.clauses.map((c) => [c.id, c]));
    // 宪法's lists printed one line per paragraph (第六十五条 …) count otherwise: list-lines.test.ts.
    const listed = new Set(['第六十五条', '第八十六条', '第九十三条', '第一百二十四条']);
    const checked = draft.clauses.filter((c) => c.marker === null && c.heading === null && c.parent !== null && !listed.has(byId.get(c.parent)!.number));
    expect(checked.length).toBeGreaterThan(10);
    for (const clause of checked) {
      const parent = byId.get(clause.parent!)!;
      const siblings = draft.clauses.filter((c) => c.parent === parent.id && c.marker === null && c.heading === null);
      const expected = siblings.indexOf(clause) + (parent.heading === null ? 2 : 1);
      const name = cite(tree, clause.id);
      const number = /第([一二三四五六七八九十百]+)[段款]$|paragraph (\d+)\)?$/u.exec(name);
      expect(number, name).not.toBeNull();
      if (number![2]) expect(Number(number![2]), name).toBe(expected);
      else expect(number![1], name).toBe(chinese(expected));
    }
  });
});

function chinese(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : digits[n % 10]}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : digits[n % 10]}`;
  throw new Error(`no numeral for ${n} in this test`);
}
