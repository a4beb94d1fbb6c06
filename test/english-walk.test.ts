// From a clerk's walk of the HHS 340B rule, checked on other English texts of
// the corpus too: what a comment names is what changes, or the comment is
// asked about for the reason that holds. Sentences of legal text run on past
// "Pub. L." and "U.S. Department"; a parenthetical inserted after a word
// stands apart from it.
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../src/core/text/sentences.js';
import { corpusDraft } from './helpers/drafts.js';
import { proposedEnglish as proposed, revisedByEnglish } from './helpers/wording.js';

const HHS = 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md';
const BOEM = 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md';
const YEMEN = 'us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt';



const revisedBy = revisedByEnglish;

describe('a sentence of legal text runs on past a capital initial or a legal abbreviation', () => {
  const spans = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

  it('“(Pub. L. 96–354, …)”: section III is one sentence, so its first sentence is asked about (it struck up to “(Pub.”) (HHS rule)', () => {
    const draft = corpusDraft(HHS);
    const paragraph = draft.clauses.find((c) => c.text.startsWith('HHS examined the effects of this final rule'))!.text;
    expect(spans(paragraph)).toEqual([paragraph]);
    expect(proposed(draft, 'In section III, strike the first sentence.')).toEqual({ edits: [], unparsed: [expect.stringMatching(/ — III\.? is a single sentence: quote the words meant$/u)] });
  });

  it('“U.S. Department”, “James N. Mattis”: no sentence ends there (BOEM rule, H.J.Res. 37)', () => {
    const tribes = corpusDraft(BOEM).clauses.find((c) => c.text.startsWith('The U.S. Department of the Interior (DOI) strives'))!.text;
    expect(spans(tribes)[0]).toMatch(/^The U\.S\. Department of the Interior \(DOI\) strives to strengthen its government-to-government relationship with Indian tribes .*\. $/u);
    // A paragraph of one sentence: "the first sentence" of it is words inside it, asked about (it struck "… James N. ").
    const { edits, unparsed } = proposed(corpusDraft(YEMEN), 'In section 1(5), strike the first sentence.');
    expect(edits).toEqual([]);
    expect(unparsed).toEqual([expect.stringMatching(/ — section 1\(5\) is a single sentence: quote the words meant$/u)]);
  });
});

describe('a parenthetical inserted after a word stands apart from it', () => {
  it('“(HHS)” after “DEPARTMENT OF HEALTH AND HUMAN SERVICES”, “(DOI)” after “DEPARTMENT OF THE INTERIOR” (HHS rule, BOEM rule)', () => {
    for (const [file, anchor, abbreviation] of [
      [HHS, 'DEPARTMENT OF HEALTH AND HUMAN SERVICES', '(HHS)'],
      [BOEM, 'DEPARTMENT OF THE INTERIOR', '(DOI)'],
    ] as const) {
      const draft = corpusDraft(file);
      const comment = `Insert "${abbreviation}" after "${anchor}".`;
      expect(proposed(draft, comment).edits, comment).toEqual([{ op: 'insert', clause: expect.any(String), quote: anchor, text: ` ${abbreviation}`, position: 'after' }]);
      expect(revisedBy(draft, comment)).toContain(`\n${anchor} ${abbreviation}\n`);
    }
  });

  it('after a word, whatever is in parentheses, (A) and (b) too; after a number or a designation, a designation none (HHS rule, BOEM rule)', () => {
    const hhs = corpusDraft(HHS);
    for (const added of ['(A)', '(b)', '(2)', '(see section I)']) {
      expect(proposed(hhs, `Insert "${added}" after "DEPARTMENT OF HEALTH AND HUMAN SERVICES".`).edits, added).toMatchObject([{ text: ` ${added}` }]);
    }
    const boem = corpusDraft(BOEM);
    expect(proposed(boem, 'Insert "(1)" after "Meets the criteria of section 3(a)".').edits).toMatchObject([{ quote: 'Meets the criteria of section 3(a)', text: '(1)' }]);
    expect(proposed(boem, 'In § 583.350(b)(1), insert “(1)” after “583.330 (a)”.').edits).toMatchObject([{ quote: '583.330 (a)', text: '(1)' }]);
  });
});

describe('a paragraph named by its count (the third paragraph, paragraph 3, the last paragraph) is that paragraph, never the part it is in', () => {
  it('In section I, strike the third paragraph: that paragraph goes, section I and its other paragraphs stay (HHS rule; it removed section I whole)', () => {
    const draft = corpusDraft(HHS);
    for (const comment of ['In section I, strike the third paragraph.', 'In section I, strike paragraph 3.', 'Strike the third paragraph of section I.']) {
      expect(proposed(draft, comment), comment).toEqual({ edits: [{ op: 'remove-clause', clause: 'I, paragraph 3' }], unparsed: [] });
    }
    const text = revisedBy(draft, 'In section I, strike the third paragraph.');
    expect(text).toContain('\n## I. Background\n');
    expect(text).toContain('Regulatory Freeze Pending Review.” 1 In the January 5, 2017, final rule');
    expect(text).not.toContain('1 See: https://www.whitehouse.gov/the-press-office/2017/01/20/memorandum-heads-executive-departments-and-agencies.');
    const last = revisedBy(draft, 'In section II, strike the last paragraph.');
    expect(last).toContain('\n## II. Analysis and Responses to Public Comments\n');
    expect(last).toContain('Comment: Many commenters supported further delaying the effective date to July 1, 2018, at a minimum,');
    expect(last).not.toContain('Response: HHS agrees with the commenters and will delay the effective date');
  });

  it('a paragraph counted through parts with headings or numbers of their own is asked about; one before them is found (BOEM rule, H.R. 1000)', () => {
    const boem = corpusDraft(BOEM);
    expect(proposed(boem, 'In section I, strike the first paragraph.')).toEqual({ edits: [{ op: 'remove-clause', clause: 'I, paragraph 1' }], unparsed: [] });
    for (const comment of ['In section I, strike the last paragraph.', 'In section I, strike the third paragraph.']) {
      expect(proposed(boem, comment), comment).toEqual({ edits: [], unparsed: [expect.stringMatching(/ — I\.? goes on in parts of its own \(A\. Program Description, B\. Program History\): name the part whose paragraph is meant, or quote its words$/u)] });
    }
    const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
    // "paragraph 3" of a section that has a paragraph (3): that one.
    expect(proposed(bill, 'In section 3, strike paragraph 3.')).toEqual({ edits: [{ op: 'remove-clause', clause: 'section 3(3)' }], unparsed: [] });
    expect(proposed(bill, 'In section 3, strike the first paragraph.').unparsed).toEqual([expect.stringMatching(/ — section 3 goes on in parts of its own \(section 3\(1\), /u)]);
  });

  it('a count past the last, or not read, is said so, never the part it is in removed (HHS rule, BOEM rule)', () => {
    expect(proposed(corpusDraft(HHS), 'In section I, strike paragraph 12.')).toEqual({ edits: [], unparsed: ['strike paragraph 12 — I. has no paragraph 12 (it has paragraphs 1 to 9)'] });
    for (const file of [HHS, BOEM]) {
      expect(proposed(corpusDraft(file), 'In section I, strike the twelfth paragraph.'), file).toEqual({
        edits: [],
        unparsed: ['strike the twelfth paragraph — “the twelfth paragraph” was not read as a place: quote the words to strike, or name the unit (paragraph (2), the third paragraph)'],
      });
    }
  });
});

describe('a place named by the words of its heading is that part; words that name none are asked about, never the whole draft', () => {
  it('“the response to the fifth comment”, “In the Response to the first Comment”: no part is headed so (HHS rule, BOEM rule; one struck in section II’s first paragraph, one replaced in the whole rule)', () => {
    for (const file of [HHS, BOEM]) {
      const draft = corpusDraft(file);
      expect(proposed(draft, 'In section II, strike the second sentence of the response to the fifth comment.'), file).toEqual({
        edits: [],
        unparsed: ['strike the second sentence of the response to the fifth comment — the draft has no part headed “response to the fifth comment”: name its section or paragraph, or quote words that stand only there'],
      });
      expect(proposed(draft, 'In the Response to the first Comment, replace "2018" with "2019" each place it appears.'), file).toEqual({
        edits: [],
        unparsed: ['replace “2018” with “2019” each place it appears — the draft has no part headed “Response to the first Comment”: name its section or paragraph, or quote words that stand only there'],
      });
    }
  });

  it('“In the DATES section, replace … each place it appears”: there only (HHS rule: it was all 22 places in the rule; BOEM rule)', () => {
    const hhs = corpusDraft(HHS);
    expect(proposed(hhs, 'In the DATES section, replace "July 1, 2018" with "January 1, 2019" each place it appears.').edits).toEqual([
      { op: 'replace', clause: 'DATES, paragraph 1', quote: 'July 1, 2018', text: 'January 1, 2019' },
    ]);
    const boem = corpusDraft(BOEM);
    expect(proposed(boem, 'In the DATES section, replace "2017" with "2018" each place it appears.').edits).toEqual([{ op: 'replace', clause: 'DATES, paragraph 1', quote: '2017', text: '2018' }]);
  });

  it('“Add at the end of the SUMMARY: “…””: after the SUMMARY’s last words (HHS rule, BOEM rule; it said the text was not quoted)', () => {
    for (const file of [HHS, BOEM]) {
      const draft = corpusDraft(file);
      const comment = 'Add at the end of the SUMMARY: "The Department will not enforce the rule before that date."';
      expect(proposed(draft, comment), file).toEqual({ edits: [{ op: 'append', clause: 'SUMMARY, paragraph 1', text: 'The Department will not enforce the rule before that date.' }], unparsed: [] });
      const text = revisedBy(draft, comment);
      expect(text, file).toMatch(/\n#### SUMMARY:\n\n[^\n]*\w[.)] The Department will not enforce the rule before that date\.\n\n#### DATES:\n/u);
    }
  });

  it('“In the Paperwork Reduction Act section, strike the last sentence”: the last of its text, not of the signature under it (HHS rule, BOEM rule; it said no clause was named)', () => {
    const hhs = corpusDraft(HHS);
    for (const comment of ['In the Paperwork Reduction Act section, strike the last sentence.', 'Strike the last sentence of the Paperwork Reduction Act section.']) {
      expect(proposed(hhs, comment), comment).toEqual({ edits: [{ op: 'delete', clause: 'Paperwork Reduction Act, paragraph 1', quote: ' Comments are welcome on the accuracy of this statement.' }], unparsed: [] });
    }
    const text = revisedBy(hhs, 'In the Paperwork Reduction Act section, strike the last sentence.');
    expect(text).not.toContain('Comments are welcome on the accuracy of this statement.');
    expect(text).toContain('Dated: September 22, 2017.');
    // Words added at its end go before the signature too.
    expect(revisedBy(hhs, 'Add at the end of the Paperwork Reduction Act section: "No new burden is imposed."')).toMatch(/\. No new burden is imposed\.\n\nDated: September 22, 2017\./u);
    // BOEM's “Paperwork Reduction Act (PRA) of 1995”, its “Federalism (E.O. 13132)”, and its “U.S. Department” within a sentence.
    const boem = corpusDraft(BOEM);
    expect(proposed(boem, 'In the Paperwork Reduction Act section, strike the last sentence.').edits).toMatchObject([{ op: 'delete', quote: expect.stringMatching(/^ The public may comment, at any time, on the accuracy of the IC burden estimate/u) }]);
    expect(proposed(boem, 'Strike the last sentence of the Federalism section.').edits).toMatchObject([{ op: 'delete', quote: ' A Federalism Assessment is not required.' }]);
    const tribes = proposed(boem, 'In the Consultation With Indian Tribes section, strike the first sentence.');
    expect(tribes.edits).toMatchObject([{ op: 'delete', quote: expect.stringMatching(/^The U\.S\. Department of the Interior \(DOI\) strives .* tribal sovereignty\. $/u) }]);
  });
});

describe('“the second “X””: the occurrence an English comment names', () => {
  it('insert … after the second “small manufacturers”: after that one (HHS rule, BOEM rule; it said where to insert was not said)', () => {
    const hhs = corpusDraft(HHS);
    const comment = 'In the Regulatory Flexibility Act section, insert "and small covered entities" after the second "small manufacturers".';
    expect(proposed(hhs, comment)).toEqual({
      edits: [{ op: 'insert', clause: 'The Regulatory Flexibility Act (RFA), paragraph 2', quote: 'small manufacturers', text: ' and small covered entities', position: 'after', occurrence: 2 }],
      unparsed: [],
    });
    const text = revisedBy(hhs, comment);
    expect(text.split('small manufacturers and small covered entities')).toHaveLength(2);
    expect(proposed(hhs, comment.replace('second', 'third')).unparsed).toEqual([expect.stringMatching(/ — “small manufacturers” stands 2 time\(s\) in The Regulatory Flexibility Act \(RFA\), paragraph 2, not 3$/u)]);
    const boem = corpusDraft(BOEM);
    for (const place of ['In section I, insert', 'Insert']) {
      expect(proposed(boem, `${place} "negotiated" after the second occurrence of "a lease or a".`).edits).toEqual([
        { op: 'insert', clause: 'I.A, paragraph 2', quote: 'a lease or a', text: ' negotiated', position: 'after', occurrence: 2 },
      ]);
    }
    expect(revisedBy(boem, 'Insert "negotiated" after the second "a lease or a".')).toContain('the form of a lease or a Memorandum of Agreement (MOA),');
    expect(revisedBy(boem, 'Insert "negotiated" after the second "a lease or a".')).toContain('takes the form of a lease or a negotiated MOA');
  });

  it('strike the second “final rule”: that one, counted through the part named (HHS rule)', () => {
    expect(proposed(corpusDraft(HHS), 'In section II, strike the second "final rule".').edits).toEqual([{ op: 'delete', clause: 'II, paragraph 1', quote: 'final rule', occurrence: 2 }]);
  });
});
