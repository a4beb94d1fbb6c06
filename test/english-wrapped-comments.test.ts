// An English comment wrapped in a table cell or a mail just before a quote
// (strike⏎"useful", by striking⏎"X", and inserting⏎"Y") or just after one
// ("X"⏎and insert "Y") is one request, as on one line: the break was read as
// the end of a sentence, and gave a whole paragraph struck or nothing. A new
// request on the next line, with a stop, without one or numbered, still
// stands apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { corpusDraft } from './helpers/drafts.js';
import { proposedEnglish as proposed, revisedByEnglish } from './helpers/wording.js';

const HR1000 = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
const S2245 = corpusDraft('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt');
const BOEM = corpusDraft('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md');

const SECRETARY = 'Section 3(15) is amended by striking "Secretary of Labor" and inserting "Secretary of Labor and Workforce Development"';
const SECRETARY_EDIT = { op: 'insert', clause: 'section 3(15)', quote: 'Secretary of Labor', text: ' and Workforce Development', position: 'after' };
const PERCENT = 'In section 2(a), strike "18.9 percent" and insert "19.0 percent"';
const PERCENT_EDIT = { op: 'replace', clause: 'section 2(a) (paragraph 12)', quote: '18.9', text: '19.0' };

/** The comment with its space before the `nth` occurrence of `at` made a line break. */
const wrapAt = (comment: string, at: string, lineBreak = '\n', nth = 1) => {
  let i = -1;
  for (let k = 0; k < nth; k++) i = comment.indexOf(` ${at}`, i + 1);
  expect(i, `${at} in ${comment}`).toBeGreaterThanOrEqual(0);
  return `${comment.slice(0, i)}${lineBreak}${comment.slice(i + 1)}`;
};

describe('a break just before or after a quote, within one request', () => {
  it('H.R. 1000: Section 3(15) is amended by striking⏎"Secretary of Labor" and inserting "…" — the insert, and the text it builds', () => {
    for (const comment of [
      SECRETARY,
      wrapAt(SECRETARY, '"Secretary of Labor"'),
      wrapAt(SECRETARY, '"Secretary of Labor"', '\r\n'),
      wrapAt(SECRETARY, '"Secretary of Labor and'),
      wrapAt(SECRETARY, 'and inserting'),
      wrapAt(SECRETARY, 'is amended'),
    ]) {
      expect(proposed(HR1000, comment), JSON.stringify(comment)).toEqual({ edits: [SECRETARY_EDIT], unparsed: [] });
    }
    expect(revisedByEnglish(HR1000, wrapAt(SECRETARY, '"Secretary of Labor"'))).toContain('Secretary.— The term “Secretary” means the Secretary of Labor and Workforce Development.');
  });

  it('S. 2245: In section 2(a), strike⏎"18.9 percent" and insert "19.0 percent" — the replacement, and the text it builds', () => {
    for (const comment of [PERCENT, wrapAt(PERCENT, '"18.9'), wrapAt(PERCENT, '"19.0'), wrapAt(PERCENT, 'and insert'), wrapAt(PERCENT, 'strike')]) {
      expect(proposed(S2245, comment), JSON.stringify(comment)).toEqual({ edits: [PERCENT_EDIT], unparsed: [] });
    }
    expect(revisedByEnglish(S2245, wrapAt(PERCENT, '"18.9'))).toContain('“(1) Fiscal year 2022: 19.0 percent of potential GDP.');
  });

  it('the BOEM rule: In § 583.350(b)(1), insert⏎“(1)” after⏎“583.330 (a)”, and In⏎§ 583.350(b)(1)', () => {
    const comment = 'In § 583.350(b)(1), insert “(1)” after “583.330 (a)”.';
    const whole = proposed(BOEM, comment);
    expect(whole.edits).toMatchObject([{ quote: '583.330 (a)', text: '(1)' }]);
    for (const at of ['“(1)”', '“583.330', 'after']) expect(proposed(BOEM, wrapAt(comment, at)), at).toEqual(whole);
    expect(proposed(BOEM, comment.replace('In §', 'In\n§'))).toEqual(whole);
  });

  it('read the same through the CLI: feedback add with a wrapped comment, then propose (H.R. 1000)', async () => {
    const dir = await corpusWorkspace('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'jobs');
    const added = await redline(dir, 'feedback', 'add', '--unit', 'DOL', '--comment', wrapAt(SECRETARY, '"Secretary of Labor"'));
    expect(added.code, added.stderr).toBe(0);
    const list = await redline(dir, 'feedback', 'list', '--json');
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((e: { edits: Array<{ op: string; quote?: string; text?: string }> }) => e.edits.map(({ op, quote, text }) => ({ op, quote, text })))).toEqual([
      [{ op: 'insert', quote: 'Secretary of Labor', text: ' and Workforce Development' }],
    ]);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    const built = await redline(dir, 'build');
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out/jobs.revised.md'), 'utf8')).toMatch(/means the Secretary of Labor and Workforce Development\./u);
  });
});

describe('breaks that are meant: a new request on the next line', () => {
  const first = 'Strike "18.9 percent"';
  const second = 'In section 2(a), strike "17.9 percent"';
  const both = [
    { op: 'delete', clause: 'section 2(a) (paragraph 12)', quote: '18.9 percent ' },
    { op: 'delete', clause: 'section 2(a) (paragraph 19)', quote: '17.9 percent ' },
  ];

  it('with a stop, without one, or numbered (S. 2245)', () => {
    for (const comment of [`${first}.\n${second}.`, `${first}\n${second}`, `${first}\r\n${second}`, `1. ${first}\n2. ${second}`, `(1) ${first}; and\n(2) ${second}.`]) {
      expect(proposed(S2245, comment), JSON.stringify(comment)).toEqual({ edits: both, unparsed: [] });
    }
  });

  it('Strike "a"⏎In section 3(15), strike "b" (H.R. 1000): two requests, not one', () => {
    const comment = 'Strike "a noun or an adjective"\nIn section 3(15), strike "of Labor"';
    expect(proposed(HR1000, comment).edits).toEqual([
      { op: 'delete', clause: 'section 3(9)', quote: 'a noun or an adjective' },
      { op: 'delete', clause: 'section 3(15)', quote: ' of Labor' },
    ]);
  });
});

