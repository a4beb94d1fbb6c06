// An English comment wrapped in a table cell or a mail just before a quote
// (strike⏎"useful", by striking⏎"X", and inserting⏎"Y") or just after one
// ("X"⏎and insert "Y") is one request, as on one line: the break was read as
// the end of a sentence, and gave a whole paragraph struck or nothing. A new
// request on the next line, with a stop, without one or numbered, still
// stands apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../src/core/feedback/quotation.js';
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

  it('a new request opening in lower case, without a stop, is read as with one: never the place of the request before it (a review)', () => {
    for (const [draft, comment] of [
      [HR1000, 'Strike "Secretary of Labor"\nin section 103(a), strike "the Trust Fund"'],
      [HR1000, 'Strike "Secretary of Labor"\nin section 3(15), strike "The term"'],
      [S2245, 'strike "18.9 percent"\ninsert "20.0 percent" after "17.9 percent"'],
      [S2245, 'Strike "18.9 percent" and insert "19.0 percent"\nin section 2(a)(8), strike "17.9 percent"'],
    ] as const) {
      expect(proposed(draft, comment), comment).toEqual(proposed(draft, comment.replace('\n', '.\n')));
    }
    // The first request keeps its replacement (it was lost when the lines were read as one).
    expect(proposed(S2245, 'Strike "18.9 percent" and insert "19.0 percent"\nin section 2(a)(8), strike "17.9 percent"').edits).toContainEqual(PERCENT_EDIT);
  });
});

describe('property: a line break for any space outside the quotes of one request changes nothing', () => {
  const comments: Array<[ReturnType<typeof corpusDraft>, string]> = [
    [HR1000, SECRETARY],
    [HR1000, 'In section 3(9), strike "whether used as a noun or an adjective," and insert "used as a noun or an adjective"'],
    [HR1000, 'In section 3(15), insert "and Workforce Development" after "Secretary of Labor".'],
    [S2245, PERCENT],
    [S2245, 'In section 2(a), strike “17.5 percent” and insert “17.0 percent”.'],
    [BOEM, 'In § 583.350(b)(1), insert “(1)” after “583.330 (a)”.'],
  ];
  const cases = comments.map(([draft, comment]) => {
    const quotes = findQuotations(comment);
    const places = [...comment].flatMap((ch, at) => (ch === ' ' && !quotes.some((q) => q.start < at && at <= q.end) ? [at] : []));
    return { draft, comment, places, whole: proposed(draft, comment) };
  });

  it('holds for one break or several, LF or CRLF, on H.R. 1000, S. 2245 and the BOEM rule', () => {
    for (const { comment, whole } of cases) {
      expect(whole.edits, comment).toHaveLength(1);
      expect(whole.unparsed, comment).toEqual([]);
    }
    fc.assert(
      fc.property(
        fc.nat({ max: cases.length - 1 }).chain((c) => fc.tuple(fc.constant(c), fc.uniqueArray(fc.constantFrom(...cases[c]!.places), { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n', ' \n  '))),
        ([c, places, lineBreak]) => {
          const { draft, comment, whole } = cases[c]!;
          let broken = comment;
          for (const at of [...places].sort((a, b) => b - a)) broken = `${broken.slice(0, at)}${lineBreak}${broken.slice(at + 1)}`;
          expect(proposed(draft, broken), JSON.stringify(broken)).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });
});
