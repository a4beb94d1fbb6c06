// A paragraph without a number is named by its place: under a heading (序言,
// SUMMARY:, I. Background) the first paragraph is the first; under a numbered
// paragraph (an article, 一、…) the unit's own text is, so its next is the second.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import { parseDraft } from '../src/core/draft/format.js';
import { titleOnly } from '../src/core/draft/paragraphs.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS, corpusWorkspace, redline, SEED_PAGE, tempDir } from './helpers/cli.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusDraft } from './helpers/drafts.js';
import { proposedEnglish } from './helpers/wording.js';

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
  it('a paragraph of the document itself (its opening) by its place: 第三段 (国办发〔2019〕4号), paragraph 4 (H.R. 1000), 第一段 (seed), never its ID', async () => {
    const policy = corpusDraft('gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt');
    const opening = policy.clauses.find((c) => c.text.startsWith('为进一步深化公立医院改革'))!;
    expect(cite(citableClauses(policy.clauses), opening.id)).toBe('第三段');
    const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
    const title = bill.clauses.find((c) => c.text.startsWith('To establish a National'))!;
    expect(cite(citableClauses(bill.clauses), title.id)).toBe('paragraph 4');
    const dir = tempDir();
    await redline(dir, 'init');
    expect((await redline(dir, 'import', SEED_PAGE, '--name', 'seed')).code).toBe(0);
    expect((await redline(dir, 'feedback', 'add', '--unit', '区政府办', '--comment', '建议将“总抓手”改为“主抓手”')).code).toBe(0);
    expect((await redline(dir, 'decide', '7', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(readFileSync(join(dir, 'out/seed.comparison.md'), 'utf8')).toMatch(/^\| 1 \| 第一段 \| 党的十九大开启了/mu);
  });
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

  // The section's heading line had been counted: "Local government" was "(paragraph 9)".
  it('under a section that is its heading alone, the first paragraph is the first: § 583.115 (BOEM rule), section 1 (H.J.Res. 37 as passed); a 款 still counts the article’s own (行政许可法)', async () => {
    const boem = await rowNames('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', 'boem', [
      ['The definitions at 30 CFR 550.105 apply', 'In addition', 'Also'],
      ['Local government means', 'county or city', 'county, parish, or city'],
    ]);
    expect(boem).toEqual(['§ 583.115 (paragraph 1)', '§ 583.115 (paragraph 8)']);
    const bill = await rowNames('us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt', 'rfs', [['Congress finds the following', 'finds', 'declares']]);
    expect(bill).toEqual(['section 1 (paragraph 1)']);
    const law = await rowNames('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk', [['有关行政许可的规定应当公布', '应当公开', '必须公开']]);
    expect(law).toEqual(['第五条第二款']);
    // A clerk's count names the same paragraphs: the eighth of § 583.115 is "Local government", the first no heading.
    const rule = corpusDraft('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md');
    expect(proposedEnglish(rule, 'In § 583.115, strike the eighth paragraph.').edits).toEqual([{ op: 'remove-clause', clause: '§ 583.115 (paragraph 8)' }]);
    const eighth = proposeEdits('In § 583.115, strike the eighth paragraph.', rule.clauses, 'en').edits[0] as { clause: string };
    expect(rule.clauses.find((c) => c.id === eighth.clause)!.text).toMatch(/^Local government means /u);
    expect(proposedEnglish(rule, 'In § 583.115, strike the first paragraph.').edits).toEqual([{ op: 'remove-clause', clause: '§ 583.115 (paragraph 1)' }]);
  });

  it.each([
    ['lawrefbook/xianfa_constitution.md', 'markdown'],
    ['us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', 'markdown'],
    ['lawrefbook/xingzheng_xuke_fa_2019.md', 'markdown'],
  ] as const)('every paragraph is numbered by its place among its siblings, 1 or 2 first as its parent is a heading (or a section that is its heading alone) or not (%s)', (file, format) => {
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
      const expected = siblings.indexOf(clause) + (parent.heading === null && !titleOnly(parent) ? 2 : 1);
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

// The 2018 amendment's own sentences, on the constitution as it read before them (the changed phrases put back).
describe('序言第N自然段 in a comment', () => {
  async function constitution2004(): Promise<string> {
    const text = readFileSync(join(CORPUS, 'lawrefbook/xianfa_constitution.md'), 'utf8')
      .replace('平等团结互助和谐的社会主义民族关系已经确立', '平等、团结、互助的社会主义民族关系已经确立')
      .replace('中国革命、建设、改革的成就是同世界人民的支持分不开的', '中国革命和建设的成就是同世界人民的支持分不开的');
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, 'xf.md'), text);
    expect((await redline(dir, 'import', 'xf.md')).code).toBe(0);
    return dir;
  }

  it('is the preamble’s N-th paragraph (宪法修正案 2018, 第三十四条 and 第三十五条)', async () => {
    const dir = await constitution2004();
    const clauses = parseDraft(readFileSync(join(dir, 'drafts/xf.md'), 'utf8'), 'xf.md', 'xf').draft.clauses;
    const preamble = clauses.filter((c) => c.parent === clauses.find((h) => h.heading !== null && h.text === '序言')!.id);
    const comments = [
      '宪法序言第十一自然段中“平等、团结、互助的社会主义民族关系已经确立，并将继续加强。”修改为：“平等团结互助和谐的社会主义民族关系已经确立，并将继续加强。”',
      '宪法序言第十二自然段中“中国革命和建设的成就是同世界人民的支持分不开的”修改为“中国革命、建设、改革的成就是同世界人民的支持分不开的”。',
    ];
    for (const comment of comments) expect((await redline(dir, 'feedback', 'add', '--unit', '全国人大常委会', '--comment', comment)).code).toBe(0);
    const result = await redline(dir, 'propose', '--format', 'json');
    const edits = (JSON.parse(result.stdout) as Array<{ edits: Array<{ op: string; clause: string; state: string; confidence: number }> }>).map((e) => e.edits);
    expect(edits).toMatchObject([[{ op: 'replace', clause: preamble[10]!.id, state: 'ok' }], [{ op: 'replace', clause: preamble[11]!.id, state: 'ok' }]]);
    // Placed by the locator and the quote together, not by the quote alone.
    for (const [edit] of edits) expect(edit!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('names what the preamble has when the paragraph is not there, and a heading the draft lacks', async () => {
    const dir = await constitution2004();
    const past = await redline(dir, 'feedback', 'add', '--unit', 'X', '--comment', '建议将序言第五十自然段修改为：“新的一段。”');
    expect(past.stdout).toContain('— 序言 has no 第五十段 (it has 第一段 to 第十三段)');
    const none = await redline(dir, 'feedback', 'add', '--unit', 'X', '--comment', '建议将前言第二段修改为：“新的一段。”');
    expect(none.stdout).toContain('— the draft has no heading “前言”');
  });
});

