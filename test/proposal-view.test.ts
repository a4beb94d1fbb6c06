// propose as a clerk reads it in a terminal: an entry without a unit (a
// table with no unit column) says nothing where the unit would be, and a
// clause of several lines (a rule's heading block) keeps its diff indented.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusWorkspace, redline } from './helpers/cli.js';

const CORPUS_US = join(CORPUS, 'us_federal_register');

describe('propose in a terminal', () => {
  it.each([
    { file: 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md', table: 'hhs_hrsa_fr2017-20911_comment_response_pairs.tsv', quote: 'Final rule; further delay of effective date.', text: 'Final rule.' },
    { file: 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', table: 'boem_fr2017-21233_comment_response_pairs.tsv', quote: 'Final rule.', text: 'Final rule; correction.' },
  ])('names no empty unit, and indents every line of a heading block\'s diff ($table)', async ({ file, table, quote, text }) => {
    const dir = await corpusWorkspace(file, 'rule');
    const tsv = await redline(dir, 'feedback', 'import', join(CORPUS_US, table));
    expect(tsv.code, tsv.stderr).toBe(0);
    const added = await redline(dir, 'feedback', 'add', '--unit', 'HRSA', '--comment', `Replace "${quote}" with "${text}".`);
    expect(added.code, added.stderr).toBe(0);
    const shown = await redline(dir, 'propose');
    expect(shown.code, shown.stderr).toBe(0);
    const lines = shown.stdout.split('\n');
    // The table's rows have no unit: “Entry 1 · pending”, not “Entry 1 ·  · pending”.
    expect(lines).toContain('Entry 1 · pending');
    expect(shown.stdout).not.toMatch(/ · {2}· /u);
    // The heading block's lines each stand under the edit, indented, the changed line among them.
    const edit = lines.findIndex((l) => /^ {2}\[1\] replace in c1 /u.test(l));
    expect(edit).toBeGreaterThan(-1);
    const block = lines.slice(edit + 1, lines.findIndex((l, i) => i > edit && l === ''));
    expect(block.length).toBeGreaterThanOrEqual(2);
    // The label names the clause on the edit's one line.
    expect(lines[edit]).toMatch(/^ {2}\[1\] replace in c1 \(DEPARTMENT OF [A-Z ]+ [^)]*\) · ok · confidence /u);
    for (const line of block) expect(line).toMatch(/^ {6}\S/u);
    expect(block.some((l) => l.includes('[-') || l.includes('{+'))).toBe(true);
    // blame says the same of an adopted edit of an entry without a unit.
    expect((await redline(dir, 'feedback', 'edit', '2', '--op', 'replace', '--clause', 'c1', '--quote', quote, '--text', text)).code).toBe(0);
    expect((await redline(dir, 'decide', '2', 'adopt', '--by', '办公室')).code).toBe(0);
    expect((await redline(dir, 'blame', 'c1')).stdout).toMatch(/^ {2}round 1 · entry 2 · changed · adopted \d{4}-\d\d-\d\d by 办公室$/mu);
  });
});
