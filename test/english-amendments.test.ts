// Amending instructions as US bills and Federal Register rules write them,
// given as comments on the corpus's bills and rules: new text quoted on the
// line after its lead-in, a section "amended—" in numbered parts, several new
// paragraphs in one instruction, a whole title struck, a CFR section cited by
// its full number. Each becomes the edit a drafter would make.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/core/feedback/grammar/tokens.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';
import { proposedEnglish as proposed, revisedByEnglish, unescaped } from './helpers/wording.js';

const HR1000 = 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt';
const HJRES37 = 'us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt';
const BOEM = 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md';



const revisedBy = (file: string, comment: string) => revisedByEnglish(corpusDraft(file), comment);

describe('new text quoted on the line after "the following new paragraph:"', () => {
  it('is the text inserted, on H.R. 1000, H.J.Res. 37 and the BOEM rule', () => {
    const cases: Array<[string, string, string, string]> = [
      [HR1000, 'Section 302 is amended by inserting after paragraph (4) the following new paragraph:\n"(5) tribal colleges and universities; and".', 'section 302(4)', '(5) tribal colleges and universities; and'],
      [HR1000, 'Section 313 is amended by inserting after subsection (d) the following new subsection:\n\n“(e) Appeals.— A party may appeal the decision.”', 'section 313(d)', '(e) Appeals.— A party may appeal the decision.'],
      [HJRES37, 'In section 1, insert after paragraph (4) the following new paragraph:\r\n"(5) The conflict has caused a humanitarian crisis."', 'section 1(4)', '(5) The conflict has caused a humanitarian crisis.'],
      [BOEM, 'Section 583.120(b) is amended by inserting after paragraph (1) a new paragraph:\n“(2) A tribal government;”.', '§ 583.120(b)(1)', '(2) A tribal government;'],
    ];
    for (const [file, comment, after, text] of cases) {
      expect(proposed(corpusDraft(file), comment), comment).toEqual({ edits: [{ op: 'add-clause', clause: after, text, position: 'after' }], unparsed: [] });
    }
  });

  it('a line break that follows no colon still ends the sentence', () => {
    const { edits } = proposed(corpusDraft(HJRES37), 'Strike paragraph (6) of section 1\n"(5) The conflict has caused a humanitarian crisis."');
    expect(edits).toEqual([{ op: 'remove-clause', clause: 'section 1(6)' }]);
  });
});

describe('a section "amended—" in numbered parts', () => {
  it('reads each part in the section the lead-in names, on one line or a part a line (H.R. 1000, H.J.Res. 37, BOEM rule)', () => {
    const cases: Array<[string, string, unknown[]]> = [
      [
        HR1000,
        'Section 104 is amended— (1) by striking "useful" and inserting "helpful"; and (2) by inserting after paragraph (3) the following: "(4) the costs of reports to Congress."',
        [
          { op: 'replace', clause: 'section 104(2)', quote: 'useful', text: 'helpful' },
          { op: 'add-clause', clause: 'section 104(3)', text: '(4) the costs of reports to Congress.', position: 'after' },
        ],
      ],
      [
        HR1000,
        'Section 104 is amended—\n(1) by striking "useful" and inserting "helpful";\n(2) in paragraph (3), by striking "reasonably"; and\n(3) by inserting after paragraph (3) the following new paragraph:\n"(4) the costs of reports to Congress."',
        [
          { op: 'replace', clause: 'section 104(2)', quote: 'useful', text: 'helpful' },
          { op: 'delete', clause: 'section 104(3)', quote: 'reasonably ' },
          { op: 'add-clause', clause: 'section 104(3)', text: '(4) the costs of reports to Congress.', position: 'after' },
        ],
      ],
      [
        HJRES37,
        'Section 1 is amended—\n(1) by striking paragraph (6); and\n(2) in paragraph (9), by striking "Fiscal Years" and inserting "fiscal years".',
        [
          { op: 'remove-clause', clause: 'section 1(6)' },
          { op: 'replace', clause: 'section 1(9)', quote: 'Fiscal Years', text: 'fiscal years' },
        ],
      ],
      [
        BOEM,
        'Section 583.125 is amended—\n(1) in paragraph (a)(2), by striking "30 days" and inserting "45 days"; and\n(2) by striking paragraph (b).',
        [
          { op: 'replace', clause: '§ 583.125(a)(2)', quote: '30', text: '45' },
          { op: 'remove-clause', clause: '§ 583.125(b)' },
        ],
      ],
    ];
    for (const [file, comment, edits] of cases) expect(proposed(corpusDraft(file), comment), comment).toEqual({ edits, unparsed: [] });
  });

  it('nests a part that leads in again, and a part numbered as the outer parts is back in the section (H.R. 1000)', () => {
    const comment = 'Section 313 is amended—\n(1) in subsection (d)—\n(A) by striking "a dispute" and inserting "any dispute"; and\n(B) by striking "as appropriate";\n(2) by striking "the procedures established" and inserting "the rules established".';
    expect(proposed(corpusDraft(HR1000), comment)).toEqual({
      edits: [
        { op: 'replace', clause: 'section 313(d)', quote: 'a', text: 'any', suffix: ' dispute' },
        { op: 'delete', clause: 'section 313(d)', quote: 'as appropriate' },
        // (Also in section 304(12): the part is read in section 313.)
        { op: 'replace', clause: 'section 313(f)', quote: 'procedures', text: 'rules' },
      ],
      unparsed: [],
    });
  });
});

describe('one instruction quoting several new paragraphs', () => {
  const added = (file: string, comment: string) => {
    const draft = corpusDraft(file);
    const proposal = proposeEdits(comment, draft.clauses, 'en');
    const { text, result } = revisedBody(draft, adopted('1', ...proposal.edits));
    return { proposal: proposed(draft, comment), text: unescaped(text), unapplied: result.revision.unapplied };
  };

  it('adds each, in the order quoted, after the paragraph named; the paragraphs after them are renumbered (H.R. 1000)', () => {
    for (const comment of [
      'Section 302 is amended by inserting after paragraph (4) the following new paragraphs: "(5) tribal colleges and universities;" "(6) community colleges;".',
      'Section 302 is amended by inserting after paragraph (4) the following new paragraphs:\n"(5) tribal colleges and universities;"\n"(6) community colleges;".',
    ]) {
      const { proposal, text, unapplied } = added(HR1000, comment);
      expect(proposal.edits, comment).toEqual([
        { op: 'add-clause', clause: 'section 302(4)', text: '(5) tribal colleges and universities;', position: 'after' },
        { op: 'add-clause', clause: 'section 302(4)', text: '(6) community colleges;', position: 'after' },
      ]);
      expect(proposal.unparsed).toEqual([]);
      expect(unapplied).toEqual([]);
      // (The "and" before the last paragraph moves as a drafter moves it.)
      expect(text).toMatch(/\n\(4\) independent or quasi-independent public-sector agencies created by any level of government;\n\n\(5\) tribal colleges and universities;\n\n\(6\) community colleges; and\n\n\(7\) not-for-profit organizations/u);
    }
  });

  it('on the BOEM rule, in § 583.120(b): “(2) …” and “(3) …”, the old (2) now (4)', () => {
    const { proposal, text, unapplied } = added(BOEM, 'Section 583.120(b) is amended by inserting after paragraph (1) the following new paragraphs: “(2) A tribal government;” and “(3) A port authority;”.');
    expect(proposal.edits).toEqual([
      { op: 'add-clause', clause: '§ 583.120(b)(1)', text: '(2) A tribal government;', position: 'after' },
      { op: 'add-clause', clause: '§ 583.120(b)(1)', text: '(3) A port authority;', position: 'after' },
    ]);
    expect(unapplied).toEqual([]);
    expect(text).toMatch(/\(2\) A tribal government;\n\s*\(3\) A port authority;\n\s*\(4\) /u);
  });
});

describe('striking a whole title', () => {
  const bill = corpusDraft(HR1000);
  const title = (value: number) => bill.clauses.find((c) => c.marker?.style === 'TITLE I' && c.marker.value === value)!.id;

  it('removes the title, its heading and its sections, as striking a section does (H.R. 1000)', () => {
    for (const comment of ['Strike title II.', 'Strike title II of the bill.', 'Delete Title II.']) {
      const { edits, unparsed } = proposeEdits(comment, bill.clauses, 'en');
      expect(edits, comment).toEqual([expect.objectContaining({ op: 'remove-clause', clause: title(2) })]);
      expect(unparsed, comment).toEqual([]);
    }
    const { text } = revisedBody(bill, adopted('1', ...proposeEdits('Strike title II.', bill.clauses, 'en').edits));
    const body = text.slice(text.indexOf('\nSEC. 2. '));
    expect(body).not.toContain('PROGRAM ADMINISTRATION');
    expect(body).not.toMatch(/\nSEC\. 2\d\d\. /u);
    // The title after it moves up, as sections do.
    expect(body).toContain('\n## TITLE II—EMPLOYMENT OPPORTUNITY GRANTS\n');
  });

  it('reads a section of a title inside it, and names a title the bill has not as it cites its titles (H.R. 1000, H.J.Res. 37)', () => {
    expect(proposed(bill, 'In title III, strike section 312.').edits).toEqual([{ op: 'remove-clause', clause: 'section 312' }]);
    expect(proposed(bill, 'Strike section 201 of title II.').edits).toEqual([{ op: 'remove-clause', clause: 'section 201' }]);
    expect(proposed(bill, 'Strike title IV.').unparsed).toEqual(['Strike title IV — the draft has no title IV (it has titles I to III)']);
    expect(proposed(corpusDraft(HJRES37), 'Strike title II of the joint resolution.')).toEqual({ edits: [], unparsed: ['Strike title II — the draft has no title II'] });
  });

  it('names a title by its numeral: "the title" alone is no locator', () => {
    expect(proposed(bill, 'Strike the title.').unparsed).toEqual(['Strike the title — what to delete is not said: quote it or name the clause']);
  });
});

describe('a CFR section cited by its full number', () => {
  const HHS = 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md';

  it('is found in its part only, and named whole when the draft has it not (BOEM rule, HHS rule)', () => {
    const boem = corpusDraft(BOEM);
    expect(proposed(boem, 'In § 583.125(a)(2), replace "30 days" with "45 days".').edits).toEqual([{ op: 'replace', clause: '§ 583.125(a)(2)', quote: '30', text: '45' }]);
    // § 10.125 is part 10's, not the rule's § 583.125.
    for (const [file, comment, message] of [
      [BOEM, 'In § 10.125(a)(2), replace "30 days" with "45 days".', 'replace “30 days” with “45 days” — the draft has no § 10.125'],
      [BOEM, 'In section 10.99, replace "30 days" with "45 days".', 'replace “30 days” with “45 days” — the draft has no § 10.99'],
      [BOEM, 'In § 583.99, replace "30 days" with "45 days".', 'replace “30 days” with “45 days” — the draft has no § 583.99 (the first is § 583.100)'],
      [HHS, 'In § 10.99, replace "covered outpatient drug" with "drug".', 'replace “covered outpatient drug” with “drug” — the draft has no § 10.99'],
    ] as const) {
      expect(proposed(corpusDraft(file), comment), comment).toEqual({ edits: [], unparsed: [message] });
    }
  });
});

// "adding at the end the following: “(c) …”": a unit numbered as the section's own are, added as its last.
describe('adding at the end a unit numbered like the ones there', () => {
  const S2245 = 'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt';

  it.each([
    [S2245, 'Section 3 is amended by adding at the end the following: “(c) Report.— The Director shall report to Congress each year.”', 'section 3', /\n\(b\) Budget of the President\.—[^\n]*\n\n\(c\) Report\.— The Director shall report to Congress each year\.\n/u],
    [HR1000, 'Section 2 is amended by adding at the end the following:\n“(c) Sense of Congress.— Full employment is a national goal.”', 'section 2', /\n\(c\) Sense of Congress\.— Full employment is a national goal\.\n\nSEC\. 3\. DEFINITIONS/u],
  ])('is the section’s new last subsection, not words after its heading (%s)', (file, comment, section, expected) => {
    const draft = corpusDraft(file);
    const { edits, unparsed } = proposed(draft, comment);
    expect(unparsed).toEqual([]);
    expect(edits).toMatchObject([{ op: 'add-clause', clause: section, position: 'inside' }]);
    const raw = proposeEdits(comment, draft.clauses, 'en').edits;
    expect(unescaped(revisedBody(draft, adopted('1', ...raw)).text)).toMatch(expected);
  });

  it('and in Chinese: 在第十二条末尾增加“（七）…” is its seventh item (行政许可法)', () => {
    const draft = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const { edits } = proposeEdits('建议在第十二条末尾增加“（七）国务院规定的其他事项。”', draft.clauses, 'zh');
    const twelfth = draft.clauses.find((c) => c.number === '第十二条')!;
    expect(edits).toMatchObject([{ op: 'add-clause', clause: twelfth.id, position: 'inside' }]);
  });
});

describe('words that stand several times in the section named', () => {
  it('are not all struck unless the instruction says "each place it appears" (H.R. 1000)', () => {
    const draft = corpusDraft(HR1000);
    const once = proposed(draft, 'In section 2, strike "full employment" and insert "full and fair employment".');
    expect(once.edits).toEqual([]);
    expect(once.unparsed).toEqual([expect.stringMatching(/“full employment” is in \d+ paragraphs of section 2/u)]);
    const every = proposed(draft, 'In section 2, strike "full employment" each place it appears and insert "full and fair employment".');
    expect(every.edits.length).toBeGreaterThan(1);
  });
});

describe('a unit named after the words struck, inside the section named before', () => {
  it('In section 4, strike "or" at the end of paragraph (2) (H.J.Res. 37 as passed); In section 3, strike "means" in paragraph (1) (H.R. 1000)', () => {
    const yemen = corpusDraft('us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt');
    // The space before the words struck at the end goes with them: no space is left before the line ends.
    expect(proposed(yemen, 'In section 4, strike "or" at the end of paragraph (2).').edits).toEqual([{ op: 'delete', clause: 'section 4(2)', quote: ' or' }]);
    const bill = corpusDraft(HR1000);
    expect(proposed(bill, 'In section 3, strike "means" in paragraph (1).').edits).toEqual([{ op: 'delete', clause: 'section 3(1)', quote: 'means ' }]);
    // Without the paragraph, the words are in many: which is asked.
    expect(proposed(bill, 'In section 3, strike "means".').unparsed).toEqual([expect.stringMatching(/“means” is in 13 paragraphs of section 3/u)]);
  });
});

describe('words struck each place they appear', () => {
  it('are deleted in every clause, with the space a drafter strikes along (S. 2245), and the entry reads back: feedback list, build', async () => {
    const dir = await corpusWorkspace('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', 's2245');
    const before = readFileSync(join(dir, 'drafts/s2245.md'), 'utf8');
    for (const comment of ['Strike “sequestration” each place it appears.', 'Strike “sequestration” throughout.']) {
      const added = await redline(dir, 'feedback', 'add', '--unit', 'OMB', '--comment', comment);
      expect(added.code, added.stderr).toBe(0);
    }
    // Before, the entry was written with text: "" and every later command refused the folder ("replace-all needs text").
    const list = await redline(dir, 'feedback', 'list', '--json');
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((e: { edits: unknown[] }) => e.edits)).toEqual([
      // The two ask the same: each is in conflict with the other until one is decided.
      [{ op: 'replace-all', clause: '*', quote: 'sequestration', text: '', confidence: 0.9, state: 'conflict' }],
      [{ op: 'replace-all', clause: '*', quote: 'sequestration', text: '', confidence: 0.9, state: 'conflict' }],
    ]);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'decide', '2', 'reject', '--reason', 'same as 1')).code).toBe(0);
    const built = await redline(dir, 'build');
    expect(built.code, built.stderr).toBe(0);
    const revised = readFileSync(join(dir, 'out/s2245.revised.md'), 'utf8');
    expect(before.match(/sequestration/gu)!.length).toBeGreaterThan(5);
    expect(revised).not.toMatch(/\bsequestration\b/u);
    // The plural is another word: before, “sequestrations” lost its stem (after “s”;).
    expect(revised).toContain('after “sequestrations”;');
    // "…, and deficit sequestration”" loses the space before the closing quote; "deficit sequestration and" one space.
    expect(revised).toContain('“discretionary, pay-as-you-go, and deficit” and inserting “pay-as-you-go and deficit and regarding spending reduction”');
    // No space left before a closing quote, none doubled: the one “and spending reduction ” of the bill itself stays.
    expect(revised.match(/ ”| {2}/gu)).toEqual([' ”']);
  });

  it('and in Chinese: 删除全文中的“X” on 明码标价规定 and 行政许可法, as 将全文中的“X”删去 is', () => {
    for (const [file, quote] of [
      ['lawrefbook/samr_mingma_biaojia_2022.md', '一般'],
      ['lawrefbook/xingzheng_xuke_fa_2019.md', '依法'],
    ] as const) {
      const draft = corpusDraft(file);
      for (const comment of [`建议删除全文中的“${quote}”。`, `删去全文的“${quote}”。`, `建议将全文中的“${quote}”删去。`]) {
        expect(proposeEdits(comment, draft.clauses, 'zh'), comment).toMatchObject({ edits: [{ op: 'replace-all', quote, text: '' }], unparsed: [] });
      }
      const revised = revisedBody(draft, adopted('1', ...proposeEdits(`建议删除全文中的“${quote}”。`, draft.clauses, 'zh').edits)).text;
      expect(revised).not.toContain(quote);
    }
  });
});

describe('“X” should be “Y”', () => {
  const HHS = 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md';

  it('is a replacement, as “X” should read “Y” is (HHS rule, H.R. 1000)', () => {
    const hhs = corpusDraft(HHS);
    const comment = '"advanced notice of proposed rulemaking" should be "advance notice of proposed rulemaking".';
    expect(proposeEdits(comment, hhs.clauses, 'en').edits).toMatchObject([{ op: 'replace', quote: 'advanced', text: 'advance' }]);
    expect(unescaped(revisedBody(hhs, adopted('1', ...proposeEdits(comment, hhs.clauses, 'en').edits)).text)).toContain('HHS published an advance notice of proposed rulemaking (ANPRM)');
    const bill = corpusDraft(HR1000);
    expect(proposed(bill, 'In section 3(1), "means" should be "refers to".').edits).toEqual([{ op: 'replace', clause: 'section 3(1)', quote: 'means', text: 'refers to' }]);
    // In several paragraphs of the section: asked, never guessed.
    expect(proposed(bill, 'In section 2, "full employment" should be "full and fair employment".').unparsed).toEqual([expect.stringMatching(/“full employment” is in 11 paragraphs of section 2/u)]);
  });

  it('with no new text after it, a remark: no “not quoted” note (HHS rule, S. 2245)', () => {
    for (const file of [HHS, 'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt']) {
      const draft = corpusDraft(file);
      for (const comment of ['The effective date should be extended.', 'The term “potential GDP” should be defined more precisely.']) {
        expect(proposeEdits(comment, draft.clauses, 'en'), comment).toEqual({ edits: [], unparsed: [expect.stringMatching(/a general remark: no edit asked for$/u)] });
      }
    }
  });
});

describe('words struck before a full stop or a comma', () => {
  it('take the space before them along (HHS rule, H.R. 1000)', () => {
    const hhs = corpusDraft('us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md');
    const comment = 'Strike "and is therefore, not a major rule under the Congressional Review Act".';
    expect(proposed(hhs, comment).edits).toMatchObject([{ op: 'delete', quote: ' and is therefore, not a major rule under the Congressional Review Act' }]);
    // Before, "(OMB) ." was left.
    expect(unescaped(revisedBody(hhs, adopted('1', ...proposeEdits(comment, hhs.clauses, 'en').edits)).text)).toContain('the Office of Management and Budget (OMB).');
    const bill = corpusDraft(HR1000);
    const conference = 'In section 208(a), strike ", and annually thereafter".';
    expect(unescaped(revisedBody(bill, adopted('1', ...proposeEdits(conference, bill.clauses, 'en').edits)).text)).toContain('after the date of enactment of this Act.');
    const laws = 'Strike "public sector employees for purposes of all otherwise applicable Federal, State, and local laws" and insert "public sector employees".';
    expect(proposed(bill, laws).edits).toMatchObject([{ op: 'delete' }]);
    expect(unescaped(revisedBody(bill, adopted('1', ...proposeEdits(laws, bill.clauses, 'en').edits)).text)).toContain('Program employees shall qualify as public sector employees.');
  });
});

describe('a Federal Register rule’s roman-numbered parts, named as “section II”', () => {
  const HHS = 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md';
  const BOEM = 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md';

  it('are located: words added at the end of section I go after its last paragraph’s full stop, a space between (HHS rule, BOEM rule)', () => {
    for (const file of [HHS, BOEM]) {
      const draft = corpusDraft(file);
      const comment = 'Add at the end of section I: "The Department will publish guidance before the effective date."';
      const edits = proposeEdits(comment, draft.clauses, 'en').edits;
      expect(edits, file).toMatchObject([{ op: 'append', text: 'The Department will publish guidance before the effective date.' }]);
      const appended = unescaped(revisedBody(draft, adopted('1', ...edits)).text).split('\n').find((l) => l.includes('The Department will publish'))!;
      // The last paragraph of section I, the heading of section II after it.
      const text = unescaped(revisedBody(draft, adopted('1', ...edits)).text);
      expect(text.slice(text.indexOf(appended) + appended.length).trimStart()).toMatch(/^#+ II\. /u);
      expect(appended).toMatch(/\w[.)] The Department will publish guidance before the effective date\.$/u);
    }
  });

  it('a part the draft has not is said so, as the comment names it (H.R. 1000, HHS rule)', () => {
    expect(proposed(corpusDraft(HR1000), 'In section II, strike the last sentence.').unparsed).toEqual([expect.stringMatching(/ — the draft has no section II$/u)]);
    expect(proposed(corpusDraft(HHS), 'Add at the end of section IX: "More words."').unparsed).toEqual([expect.stringMatching(/ — the draft has no section IX/u)]);
  });

  it('“in section II” narrows a quote that stands in several parts to the one there (HHS rule)', () => {
    const draft = corpusDraft(HHS);
    const comment = 'In section II, replace "will delay the effective date of the January 5, 2017, final rule to July 1, 2018" with "will delay the effective date of the January 5, 2017, final rule to January 1, 2019".';
    const { edits, unparsed } = proposed(draft, comment);
    expect(unparsed).toEqual([]);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.clause).toMatch(/^II, paragraph \d+$/u);
  });
});

describe('a new unit named with its designation', () => {
  it('“Add a new subsection (c) to section 3: “(c) …”” is the section’s new last subsection (S. 2245, H.R. 1000)', () => {
    const s2245 = corpusDraft('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt');
    expect(proposed(s2245, 'Add a new subsection (c) to section 3: “(c) Effective Date.— This Act takes effect on January 1, 2021.”')).toEqual({
      edits: [{ op: 'add-clause', clause: 'section 3(b)', text: '(c) Effective Date.— This Act takes effect on January 1, 2021.', position: 'after' }],
      unparsed: [],
    });
    const hr1000 = corpusDraft(HR1000);
    const { edits } = proposed(hr1000, 'Add a new subsection (c) to section 208: “(c) Report.— The Secretary shall report to Congress.”');
    expect(edits).toEqual([{ op: 'add-clause', clause: 'section 208(b)', text: '(c) Report.— The Secretary shall report to Congress.', position: 'after' }]);
  });
});

describe('a part of a rule named by its heading’s words', () => {
  it('is where a quote found in several parts is looked for: “In the DATES section …”, “In the Unfunded Mandates Reform Act section …” (HHS rule, BOEM rule)', () => {
    const hhs = corpusDraft('us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md');
    const bare = proposed(hhs, 'Replace "July 1, 2018" with "January 1, 2019".');
    expect(bare.unparsed).toEqual([expect.stringMatching(/“July 1, 2018” is in \d+ clauses/u)]);
    expect(proposed(hhs, 'In the DATES section, replace "July 1, 2018" with "January 1, 2019".').edits).toMatchObject([{ op: 'replace', clause: 'DATES, paragraph 1', text: expect.stringContaining('2019') }]);
    const boem = corpusDraft('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md');
    expect(proposed(boem, 'Replace "$100 million" with "$150 million".').unparsed).toEqual([expect.stringMatching(/“\$100 million” is in 3 clauses/u)]);
    const { edits } = proposed(boem, 'In the Unfunded Mandates Reform Act section, replace "$100 million" with "$150 million".');
    expect(edits).toHaveLength(1);
    const clause = boem.clauses.find((c) => c.id === proposeEdits('In the Unfunded Mandates Reform Act section, replace "$100 million" with "$150 million".', boem.clauses, 'en').edits[0]!.clause)!;
    expect(clause.text).toMatch(/^This rule would not impose an unfunded mandate/u);
  });
});

describe('a list whose items lead in to items of their own keeps "; and" where it belongs (H.R. 1000 section 304: (1), (3) and (4) end in —)', () => {
  const built = (comment: string) => {
    const draft = corpusDraft(HR1000);
    const proposal = proposeEdits(comment, draft.clauses, 'en');
    const { text, result } = revisedBody(draft, adopted('1', ...proposal.edits));
    expect(result.revision.unapplied).toEqual([]);
    const section = unescaped(text).split('\n\n');
    const at = section.findIndex((p) => p.startsWith('SEC. 304.'));
    return section.slice(at + 1, section.findIndex((p, i) => i > at && p.startsWith('SEC. 305.'))).filter((p) => /^\(\d+\)/u.test(p));
  };
  const ends = (paragraphs: string[]) => paragraphs.map((p) => `${/^\(\d+\)/u.exec(p)![0]}…${p.slice(-12)}`);

  it('the last paragraph struck: the one before it ends the list with its full stop, the one before that takes "; and"', () => {
    expect(ends(built('In section 304, strike paragraph (12).')).slice(-3)).toEqual(['(9)…tent manner;', '(10)…ossible; and', '(11)…section 308.']);
  });

  it('a paragraph added at the end: the old last one takes ";", the old "; and" moves to it', () => {
    expect(ends(built('In section 304, add at the end the following: “(13) agree to report annually.”')).slice(-4)).toEqual(['(10)…ly possible;', '(11)…section 308;', '(12)…ion 313; and', '(13)…rt annually.']);
  });
});

describe('"In section 202, in subsection (d), strike …": the unit after the comma is inside the one before it', () => {
  it.each([
    [HR1000, 'In section 202, in subsection (d), strike “every grant-funded projects” and insert “every grant-funded project”.', { op: 'replace', clause: 'section 202(d)', quote: 'projects', text: 'project' }],
    [HR1000, 'In section 304, in paragraph (10), strike “as ecologically” and insert “as environmentally”.', { op: 'replace', clause: 'section 304(10)', quote: 'ecologically', text: 'environmentally' }],
    [BOEM, 'In § 583.120, in paragraph (c), strike “all applicants” and insert “all applicants and their contractors”.', { op: 'insert', clause: '§ 583.120(c)', quote: 'all applicants', text: ' and their contractors', position: 'after' }],
  ])('%s: %s', (file, comment, edit) => {
    expect(proposed(corpusDraft(file), comment)).toEqual({ edits: [edit], unparsed: [] });
  });

  it('"paragraph (6) in section 3" still reads the part after "in" as the outer one (H.R. 1000)', () => {
    expect(proposed(corpusDraft(HR1000), 'Strike “labor” in paragraph (1) in section 207.').edits).toEqual([{ op: 'delete', clause: 'section 207(1)', quote: 'labor ' }]);
  });
});

describe('the end of a unit with paragraphs is the end of its last paragraph, never its heading or lead-in', () => {
  it('S. 2245: “before the period at the end” of section 3 goes in its last paragraph, (b)', () => {
    const { edits, unparsed } = proposed(corpusDraft('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt'), 'In section 3, insert “, to the extent practicable” before the period at the end.');
    expect(unparsed).toEqual([]);
    expect(edits).toMatchObject([{ op: 'insert', clause: 'section 3(b)', quote: '.', text: ', to the extent practicable', position: 'before' }]);
  });

  it('BOEM: § 583.300 ends in its last paragraph, which has no full stop: said so, not changed in its lead-in', () => {
    expect(proposed(corpusDraft(BOEM), 'In § 583.300, insert “, in writing” before the period at the end.')).toEqual({
      edits: [],
      unparsed: ['insert “, in writing” before the period at the end — § 583.300 does not end with “.”'],
    });
  });

  it('BOEM: words added at the end of a middle item keep the list’s “;” (§ 583.335(a)(1))', () => {
    const draft = corpusDraft(BOEM);
    const { edits } = proposeEdits('In § 583.335(a)(1), add at the end the following: “The Comptroller General shall review the implementation of this section.”.', draft.clauses, 'en');
    const { text } = revisedBody(draft, adopted('1', ...edits));
    expect(unescaped(text)).toContain('(1) The agreement expires by its own terms, unless the term is extended prior to expiration under § 583.345; The Comptroller General shall review the implementation of this section;\n');
  });
});

describe('"Add at the end the following: “SEC. N. …”", no section named: the bill’s new last section', () => {
  it.each([
    [HR1000, 'Add at the end the following: “SEC. 315. REPORT. The Secretary shall report annually.”', 'section 314'],
    [HJRES37, 'Add at the end the following: “SEC. 6. SENSE OF CONGRESS. It is the sense of Congress that peace is good.”', 'section 5'],
  ])('%s', (file, comment, last) => {
    const { edits, unparsed } = proposed(corpusDraft(file), comment);
    expect(unparsed).toEqual([]);
    expect(edits).toEqual([{ op: 'add-clause', clause: last, text: /“(.*)”/u.exec(comment)![1], position: 'after' }]);
  });

  it('words, not a section, still need a place: “where to insert is not said”', () => {
    expect(proposed(corpusDraft(HR1000), 'Add at the end the following: “The Secretary shall report annually.”').unparsed).toEqual([
      'Add at the end the following: “The Secretary shall report annually.” — where to insert is not said',
    ]);
  });
});

describe('"add at the end the following: “(H) …”" of a section whose (A)–(G) stand one level down: after (G)', () => {
  const built = (file: string, comment: string, from: string, count: number) => {
    const draft = corpusDraft(file);
    const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'en');
    expect(unparsed).toEqual([]);
    const { text, result } = revisedBody(draft, adopted('1', ...edits));
    expect(result.revision.unapplied).toEqual([]);
    const lines = unescaped(text).split('\n').filter((l) => l !== '');
    const at = lines.findIndex((l) => l.includes(from));
    return { edits: proposed(draft, comment).edits, lines: lines.slice(at, at + count).map((l) => `${l.slice(0, 4)}…${l.slice(-12)}`) };
  };

  it('H.R. 1000 section 309: (H) after 309(2)(G), which takes "; and"', () => {
    const { edits, lines } = built(HR1000, 'In section 309, add at the end the following: “(H) the lack of access to primary health care providers.”', 'that are in foreclosure;', 3);
    expect(edits).toEqual([{ op: 'add-clause', clause: 'section 309(2)(G)', text: '(H) the lack of access to primary health care providers.', position: 'after' }]);
    expect(lines).toEqual(['(F) …foreclosure;', '(G) …ectancy; and', '(H) …e providers.']);
  });

  it('BOEM § 583.120: (6) after (b)(5), the list’s "or" moving with it', () => {
    const { edits, lines } = built(BOEM, 'In § 583.120, add at the end the following: “(6) A tribal government.”', '(4) A private', 3);
    expect(edits).toEqual([{ op: 'add-clause', clause: '§ 583.120(b)(5)', text: '(6) A tribal government.', position: 'after' }]);
    expect(lines).toEqual(['(4) …ory thereof;', '(5) …orations; or', '(6) … government.']);
  });
});

describe('places named around a quote, from a review of this stop’s changes', () => {
  it('"after “X” at the end of paragraph (1)" inserts after X, with the paragraph’s “;” after it (H.R. 1000 section 207)', () => {
    expect(proposed(corpusDraft(HR1000), 'In section 207, insert “and policy” after “Program operations” at the end of paragraph (1).')).toEqual({
      edits: [{ op: 'insert', clause: 'section 207(1)', quote: 'Program operations', text: ' and policy', position: 'after' }],
      unparsed: [],
    });
  });

  it('"In section 306, in paragraph (3) of subsection (c)": (c), then its (3)', () => {
    expect(proposed(corpusDraft(HR1000), 'In section 306, in paragraph (3) of subsection (c), strike “the” and insert “a”.').edits).toEqual([
      { op: 'replace', clause: 'section 306(c)(3)', quote: 'the', text: 'a' },
    ]);
  });

  it('a new (B) at the end of section 2 is never put after an (A) that a (B) follows', () => {
    const { edits } = proposed(corpusDraft(HR1000), 'In section 2, add at the end the following: “(B) A new finding.”');
    expect(edits.filter((e) => e.op === 'add-clause')).toEqual([]);
  });
});

describe('"remove the words “X” and add in their place the words “Y”" (the Federal Register’s amendatory wording)', () => {
  it.each([
    ['In § 583.345, remove the words “at least 180 days” and add in their place the words “at least 120 days”.', { op: 'replace', clause: '§ 583.345(a)', quote: '180', text: '120' }],
    ['Amend § 583.305(f) by removing the word “federal” and adding in its place the word “Federal”.', { op: 'replace', clause: '§ 583.305(f)', quote: 'federal', text: 'Federal' }],
    ['In § 583.335(b), remove “five” and add “ten” in its place.', { op: 'replace', clause: '§ 583.335(b)', quote: 'five', text: 'ten' }],
    ['In § 583.310, remove the words “Federal agencies” each place they appear and add in their place the words “federal agencies”.', { op: 'replace', clause: '§ 583.310(b)', quote: 'Federal agencies', text: 'federal agencies' }],
  ])('is one replacement: %s (BOEM rule)', (comment, edit) => {
    expect(proposed(corpusDraft(BOEM), comment)).toEqual({ edits: [edit], unparsed: [] });
  });

  it('each place they appear, with no section named: one replacement throughout the rule (BOEM rule)', () => {
    const draft = corpusDraft(BOEM);
    const { edits } = proposed(draft, 'Remove the words “Federal agency” each place they appear and add in their place the words “federal agency”.');
    expect(edits).toEqual([{ op: 'replace-all', clause: '*', quote: 'Federal agency', text: 'federal agency' }]);
    const { text } = revisedBody(draft, adopted('1', ...proposeEdits('Remove the words “Federal agency” each place they appear and add in their place the words “federal agency”.', draft.clauses, 'en').edits));
    // The rule's text only (from PART 583—): its preamble explains the rule and is not amended by it.
    const rule = text.indexOf('\nPART 583');
    expect(text.slice(rule)).not.toContain('Federal agency');
    expect(text.slice(0, rule)).toContain('about Federal agency enforcement actions');
    expect(unescaped(text)).toContain('\nfederal agency means any department, agency, or instrumentality of the United States.\n');
  });
});

describe('"Add paragraph (c) …", "Add § 583.355 …": the unit named is the new one, at its place in sequence (BOEM rule)', () => {
  const revised = (comment: string) => revisedBy(BOEM, comment);

  it.each([
    ['Amend § 583.330 by adding paragraph (c) to read as follows: “(c) BOEM may refer violations to the Bureau of Safety and Environmental Enforcement.”', '§ 583.330(b)', '(c) BOEM may refer violations to the Bureau of Safety and Environmental Enforcement.'],
    ['In § 583.330, add paragraph (c): “(c) BOEM may refer violations.”', '§ 583.330(b)', '(c) BOEM may refer violations.'],
    ['Add paragraph (b)(6) to § 583.120 to read as follows: “(6) A State or local government agency acting jointly with a Federal agency.”', '§ 583.120(b)(5)', '(6) A State or local government agency acting jointly with a Federal agency.'],
    ['In § 583.345, redesignate paragraph (b) as paragraph (c) and add a new paragraph (b) to read as follows: “(b) BOEM may require updated information.”', '§ 583.345(a)', '(b) BOEM may require updated information.'],
    ['Add § 583.355 to read as follows: “§ 583.355 What happens after termination? The parties must restore the site.”', '§ 583.350', '§ 583.355 What happens after termination? The parties must restore the site.'],
  ])('%s', (comment, after, text) => {
    const { edits, unparsed } = proposed(corpusDraft(BOEM), comment);
    expect(edits).toEqual([{ op: 'add-clause', clause: after, text, position: 'after' }]);
    expect(unparsed.filter((u) => !u.startsWith('redesignate'))).toEqual([]);
  });

  it('the revised text: the new (c) after (b), the old (b) of § 583.345 now (c), and § 583.355 keeps the number it was given', () => {
    expect(revised('In § 583.330, add paragraph (c): “(c) BOEM may refer violations.”')).toMatch(/on the part of the parties to the agreement\.\n\n\(c\) BOEM may refer violations\.\n\n§ 583\.335 /u);
    expect(revised('In § 583.345, redesignate paragraph (b) as paragraph (c) and add a new paragraph (b) to read as follows: “(b) BOEM may require updated information.”')).toMatch(/\n\(b\) BOEM may require updated information\.\n\n\(c\) By written request, /u);
    // (A regulation's sections are designations: it was numbered § 583.351, the one after § 583.350.)
    expect(revised('Add § 583.355 to read as follows: “§ 583.355 What happens after termination? The parties must restore the site.”')).toContain('\n§ 583.355 What happens after termination? The parties must restore the site.');
  });

  it('a new section numbered below the last goes after the one before it, in its subpart: § 583.135 after § 583.130', () => {
    expect(proposed(corpusDraft(BOEM), 'Add § 583.135 to read as follows: “§ 583.135 What else? Nothing.”').edits).toEqual([{ op: 'add-clause', clause: '§ 583.130', text: '§ 583.135 What else? Nothing.', position: 'after' }]);
  });

  it('and the last part of a comment: "…; and add paragraph (a)(13) to read as follows" is § 583.300(a)’s (13)', () => {
    const { edits, unparsed } = proposed(corpusDraft(BOEM), 'In § 583.300, in paragraph (a)(11), remove the word “and” at the end; in paragraph (a)(12), remove the period at the end and add “; and” in its place; and add paragraph (a)(13) to read as follows: “(13) Any other information BOEM requests to evaluate the project.”');
    expect(unparsed).toEqual([]);
    expect(edits.at(-1)).toEqual({ op: 'add-clause', clause: '§ 583.300(a)(12)', text: '(13) Any other information BOEM requests to evaluate the project.', position: 'after' });
  });
});

// "(a)" had been read as the article "a" and "(b)(6)" as no designation: the
// text was "not quoted" and the whole section rewritten with the new paragraph.
describe('"adding a new paragraph (a)(3)": a designation of two parts names the new unit inside the first (BOEM rule, H.R. 1000)', () => {
  it.each([
    ['Amend § 583.110 by adding a new paragraph (a)(3) to read as follows: "(3) In a program for coastal resilience."', BOEM, '§ 583.110(a)(2)', '(3) In a program for coastal resilience.'],
    ['Amend § 583.120 by adding a new paragraph (b)(6) to read as follows: "(6) A tribal government."', BOEM, '§ 583.120(b)(5)', '(6) A tribal government.'],
    ['In § 583.125, add a new paragraph (a)(3): “(3) The Director may extend the time to respond.”', BOEM, '§ 583.125(a)(2)', '(3) The Director may extend the time to respond.'],
    ['Amend section 2 by adding a new paragraph (a)(17) to read as follows: "(17) Full employment lowers public spending."', HR1000, 'section 2(a)(16)', '(17) Full employment lowers public spending.'],
    ['Section 211 is amended by adding a new paragraph (b)(4) to read as follows: “(4) Report.— The Secretary shall report each year.”', HR1000, 'section 211(b)(3)', '(4) Report.— The Secretary shall report each year.'],
  ])('%s', (comment, file, after, text) => {
    expect(proposed(corpusDraft(file), comment)).toEqual({ edits: [{ op: 'add-clause', clause: after, text, position: 'after' }], unparsed: [] });
  });

  it('the revised section keeps its paragraphs, the new one after (a)(2) (BOEM § 583.110)', () => {
    const text = revisedBy(BOEM, 'Amend § 583.110 by adding a new paragraph (a)(3) to read as follows: "(3) In a program for coastal resilience."');
    expect(text).toMatch(/\n\(2\) In a construction project, [^\n]*\n\n\(3\) In a program for coastal resilience\.\n\n\(b\) The Secretary has delegated authority to BOEM /u);
    expect(text).toMatch(/\n\(1\) In a program of, or project for, shore protection, /u);
  });
});

describe('a word of the vocabulary in parentheses is still that word; only a letter or roman numeral is a designation', () => {
  it('"(before)" and "(after)" are read as words; "(a)" and "(iv)" are not read as the article a or a word', () => {
    const words = (comment: string) => tokenize(comment, 'en').sentences.flatMap((s) => s.tokens).flatMap((t) => (t.kind === 'word' ? [t.word] : []));
    for (const word of ['before', 'after']) expect(words(`Insert “X” (${word}) the words.`)).toContain(word);
    for (const designation of ['(a)', '(iv)']) expect(words(`Add a new paragraph ${designation}(3).`)).toEqual(words('Add a new paragraph (3).'));
  });
});

describe('"remove and reserve paragraph (d)": the paragraph stays, “[Reserved]” (BOEM rule)', () => {
  it.each([
    ['In § 583.350, remove and reserve paragraph (d).', '§ 583.350(d)'],
    ['Remove and reserve § 583.350(d).', '§ 583.350(d)'],
    ['Amend § 583.345 by removing and reserving paragraph (b).', '§ 583.345(b)'],
  ])('%s', (comment, clause) => {
    expect(proposed(corpusDraft(BOEM), comment)).toEqual({ edits: [{ op: 'rewrite', clause, text: '[Reserved]' }], unparsed: [] });
  });

  it('the section keeps its other paragraphs: it was removed whole', () => {
    const draft = corpusDraft(BOEM);
    const { text } = revisedBody(draft, adopted('1', ...proposeEdits('In § 583.350, remove and reserve paragraph (d).', draft.clauses, 'en').edits));
    expect(unescaped(text)).toMatch(/\n§ 583\.350 When can an agreement be terminated\?\n\n\(a\) The Director will terminate [^\n]*\n\n[^]*\n\(c\) The Director will immediately notify [^\n]*\n\n\(d\) \[Reserved\]\n/u);
  });
});

describe('"introductory text" and "the section heading": that part only, the paragraphs and the body kept (BOEM rule)', () => {
  const revised = (comment: string) => revisedBy(BOEM, comment);

  it('paragraph (b) introductory text: its own words change, its (1)–(5) stay', () => {
    const comment = 'Amend § 583.120 by revising paragraph (b) introductory text to read as follows: “(b) To request an agreement under this part, an applicant must be:”';
    expect(proposed(corpusDraft(BOEM), comment)).toEqual({ edits: [{ op: 'replace', clause: '§ 583.120(b)', quote: 'the', text: 'an' }], unparsed: [] });
    expect(revised(comment)).toMatch(/\n\(b\) To request an agreement under this part, an applicant must be:\n\n\(1\) A Federal, state, or local government agency;\n[^]*\n\(5\) An association of such citizens/u);
  });

  it('a section’s introductory text is the words after its heading, before its paragraphs (§ 583.300); a section with none says so', () => {
    const comment = 'In § 583.300, revise the introductory text to read as follows: “Any person may submit a written request to BOEM.”';
    expect(revised(comment)).toMatch(/\n§ 583\.300 How do I submit a request for an agreement\? Any person may submit a written request to BOEM\.\n\n\(a\) The written request must include:\n/u);
    expect(proposed(corpusDraft(BOEM), 'In § 583.330, revise the introductory text to read as follows: “Any person.”').unparsed).toEqual([
      '§ 583.330, revise the introductory text to read as follows: “Any person.” — § 583.330 has no introductory text',
    ]);
  });

  it.each([
    'Amend § 583.325 by revising the section heading to read as follows: “§ 583.325 What is the effective date of an agreement or amendment?”',
    'In § 583.325, revise the section heading to read: “What is the effective date of an agreement or amendment?”',
  ])('the section heading, with or without its number: the heading line only, the body kept: %s', (comment) => {
    expect(proposed(corpusDraft(BOEM), comment).edits).toEqual([{ op: 'replace', clause: '§ 583.325', quote: '?', text: ' or amendment?' }]);
    expect(revised(comment)).toContain('\n§ 583.325 What is the effective date of an agreement or amendment? The agreement will become effective on the date when all parties to the agreement have signed it.\n');
  });
});

describe('"the definition of “X”": the paragraph that defines the term, not the words quoted nor the whole section (BOEM rule)', () => {
  it('remove the definition of “Secretary”: that paragraph goes, § 583.115 and its other definitions stay', () => {
    const draft = corpusDraft(BOEM);
    const comment = 'In § 583.115, remove the definition of “Secretary”.';
    expect(proposed(draft, comment)).toEqual({ edits: [{ op: 'remove-clause', clause: '§ 583.115 (paragraph 13)' }], unparsed: [] });
    const { edits } = proposeEdits(comment, draft.clauses, 'en');
    expect(draft.clauses.find((c) => c.id === (edits[0] as { clause: string }).clause)!.text).toBe('Secretary means the Secretary of the Interior.');
    const { text } = revisedBody(draft, adopted('1', ...edits));
    expect(unescaped(text)).toMatch(/\nProject means an undertaking [^\n]*\n\n§ 583\.120 Who is qualified for a project\?\n/u);
    expect(unescaped(text)).toContain('\n§ 583.115 What definitions do I need to know?\n');
  });

  it('revise the definition of “Local government”: that paragraph is rewritten', () => {
    const draft = corpusDraft(BOEM);
    const comment = 'In § 583.115, revise the definition of “Local government” to read as follows: “Local government means the governing authority at the county, parish, or city level.”';
    const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'en');
    expect(unparsed).toEqual([]);
    expect(edits).toMatchObject([{ op: 'rewrite', text: 'Local government means the governing authority at the county, parish, or city level.' }]);
    expect(draft.clauses.find((c) => c.id === (edits[0] as { clause: string }).clause)!.text).toMatch(/^Local government means the governing authority at the county or city level/u);
    const { text } = revisedBody(draft, adopted('1', ...edits));
    expect(unescaped(text)).toMatch(/\nFederal agency means [^\n]*\n\nLocal government means the governing authority at the county, parish, or city level\.\n\nModification means /u);
  });

  it('a term the section does not define is said so', () => {
    expect(proposed(corpusDraft(BOEM), 'In § 583.115, remove the definition of “Qualified person”.').unparsed).toEqual([
      '§ 583.115, remove the definition of “Qualified person” — § 583.115 has no definition of “Qualified person”',
    ]);
  });

  it('a bill’s definition (Program.— The term “Program” …, The term “A” or “B” means …) is found too (H.R. 1000)', () => {
    const bill = corpusDraft(HR1000);
    expect(proposed(bill, 'In section 3, remove the definition of “Program”.')).toEqual({ edits: [{ op: 'remove-clause', clause: 'section 3(9)' }], unparsed: [] });
    expect(proposed(bill, 'Remove the definition of "disadvantaged population group".')).toEqual({ edits: [{ op: 'remove-clause', clause: 'section 3(2)' }], unparsed: [] });
  });
});

// It had been "a general remark: no edit asked for".
describe('"the definition of “X” should include “Y” after “Z”": Y inserted after Z in the paragraph that defines X (BOEM rule, H.R. 1000)', () => {
  it.each([
    [BOEM, 'The definition of "Project" should include "or program" after "an undertaking".', '§ 583.115 (paragraph 12)', 'an undertaking', ' or program', 'Project means an undertaking or program that may be the subject of a negotiated noncompetitive agreement'],
    // "the Secretary of the Interior" stands in three clauses, "an individual" in five: the definition says which.
    [BOEM, 'The definition of "Secretary" should include "or the Secretary’s designee" after "the Secretary of the Interior".', '§ 583.115 (paragraph 13)', 'the Secretary of the Interior', ' or the Secretary’s designee', 'Secretary means the Secretary of the Interior or the Secretary’s designee.'],
    [HR1000, 'The definition of "disadvantaged individual" should include ", household," after "an individual".', 'section 3(2)', 'an individual', ', household,', 'means an individual, household, or population group that the Secretary has identified'],
  ])('%s %s', (file, comment, clause, quote, text, revised) => {
    expect(proposed(corpusDraft(file), comment)).toEqual({ edits: [{ op: 'insert', clause, quote, text, position: 'after' }], unparsed: [] });
    expect(revisedBy(file, comment)).toContain(revised);
  });

  it('the words alone are in several clauses: asked about', () => {
    expect(proposed(corpusDraft(BOEM), 'Insert "or the Secretary’s designee" after "the Secretary of the Interior".').unparsed).toEqual([expect.stringMatching(/“the Secretary of the Interior” is in 3 clauses/u)]);
  });

  it('without the place or the words quoted, a request not made into an edit, never a remark (BOEM rule, H.R. 1000)', () => {
    for (const [file, comment, note] of [
      [BOEM, 'The definition of "Project" should include "or program".', 'should include “or program” — where to insert is not said'],
      [BOEM, 'The definition of "Project" should include programs.', 'should include programs — the text to insert is not quoted'],
      [HR1000, 'The definition of "grant recipient" must also include consortia.', 'must also include consortia — the text to insert is not quoted'],
    ] as const) {
      expect(proposed(corpusDraft(file), comment), comment).toEqual({ edits: [], unparsed: [note] });
    }
  });

  it('"should include" with neither words quoted nor a definition named is said of a text, a remark (BOEM comments, H.R. 1000)', () => {
    for (const [file, comment] of [
      [BOEM, 'BOEM should clarify that the minimum contents of an agreement should include terms and conditions that protect the environment.'],
      [BOEM, 'The application should include, at a minimum, a description of the project.'],
      [HR1000, 'Each plan must include a description of the jobs to be funded.'],
    ] as const) {
      const reading = proposed(corpusDraft(file), comment);
      expect(reading.edits, comment).toEqual([]);
      expect(reading.unparsed.join(' '), comment).not.toMatch(/not quoted|not understood|where to insert/u);
    }
  });
});

describe('English words inserted after a parenthetical, or a parenthetical after words, keep their space', () => {
  const HHS = 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md';

  it('“(42 U.S.C. 256b)” after “Public Health Service Act (PHSA)”: “(PHSA) (42 U.S.C. 256b)” (HHS rule)', () => {
    const draft = corpusDraft(HHS);
    const comment = 'In the SUMMARY, insert “(42 U.S.C. 256b)” after “Public Health Service Act (PHSA)”.';
    expect(proposed(draft, comment).edits).toEqual([{ op: 'insert', clause: expect.any(String), quote: 'Public Health Service Act (PHSA)', text: ' (42 U.S.C. 256b)', position: 'after' }]);
    const { text } = revisedBody(draft, adopted('1', ...proposeEdits(comment, draft.clauses, 'en').edits));
    expect(unescaped(text)).toContain('section 340B of the Public Health Service Act (PHSA) (42 U.S.C. 256b), known as');
  });

  it('a designation still follows its unit unspaced: “(1)” after “583.330 (a)” (BOEM rule)', () => {
    expect(proposed(corpusDraft(BOEM), 'In § 583.350(b)(1), insert “(1)” after “583.330 (a)”.').edits).toEqual([{ op: 'insert', clause: '§ 583.350(b)(1)', quote: '583.330 (a)', text: '(1)', position: 'after' }]);
  });
});

describe('from a regression run over this session’s wordings (BOEM rule, H.R. 1000)', () => {
  it('Insert paragraph (c) after paragraph (b): the unit after “after” is the place (it said the locator named 6 clauses)', () => {
    const { edits, unparsed } = proposed(corpusDraft(BOEM), 'Insert paragraph (c) after paragraph (b) of § 583.330: “(c) BOEM may suspend an agreement.”');
    expect(unparsed).toEqual([]);
    expect(edits).toMatchObject([{ op: 'add-clause', clause: '§ 583.330(b)', position: 'after', text: '(c) BOEM may suspend an agreement.' }]);
  });

  it('revising paragraph (b) and adding paragraph (c) to read as follows: “(b) …” “(c) …” is asked about, not (b)’s text added as (c)', () => {
    const { edits, unparsed } = proposed(corpusDraft(BOEM), 'Amend § 583.330 by revising paragraph (b) and adding paragraph (c) to read as follows: “(b) Failure to comply may delay future approvals.” “(c) BOEM may suspend an agreement.”');
    expect(edits).toEqual([]);
    expect(unparsed.join('\n')).toContain('the text quoted is (b), not the unit named');
  });

  it('Section 2, including the section heading, is amended to read as follows: the whole section (not its heading alone)', () => {
    const { edits } = proposed(corpusDraft(HR1000), 'Section 2 of this Act, including the section heading, is amended to read as follows: “SEC. 2. FINDINGS. Congress finds that full employment is a national goal.”');
    expect(edits).toMatchObject([{ op: 'rewrite', clause: 'section 2' }]);
    expect(edits[0]).not.toHaveProperty('part');
  });

  it('words inserted before the period at the end and words added at the end compose, in entry order (they conflicted)', () => {
    const draft = corpusDraft(BOEM);
    const first = proposeEdits('In § 583.125(a)(2), insert “ of receipt” before the period at the end.', draft.clauses, 'en').edits;
    const second = proposeEdits('In § 583.125(a)(2), add “, unless extended” at the end.', draft.clauses, 'en').edits;
    const { text, result } = revisedBody(draft, adopted('1', ...first), adopted('2', ...second));
    expect(result.revision.unapplied).toEqual([]);
    expect(unescaped(text)).toMatch(/ of receipt, unless extended\.\n/u);
  });
});
