// From a clerk's walk of the HHS 340B rule, checked on other English texts of
// the corpus too: what a comment names is what changes, or the comment is
// asked about for the reason that holds. Sentences of legal text run on past
// "Pub. L." and "U.S. Department"; a parenthetical inserted after a word
// stands apart from it.
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import type { Draft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { sentenceSpans } from '../src/core/text/sentences.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const HHS = 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md';
const BOEM = 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md';
const YEMEN = 'us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt';

/** A paragraph of the revised text as read: Markdown escapes dropped, its spaces plain. */
const unescaped = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/gu, '$1').replace(/[^\S\n]+/gu, ' ');

/** The proposed edits, each clause named as a drafter cites it, the source and confidence left out. */
function proposed(draft: Draft, comment: string) {
  const names = citableClauses(draft.clauses);
  const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'en');
  return { edits: edits.map(({ source: _source, confidence: _confidence, ...e }) => ({ ...e, clause: cite(names, e.clause) || e.clause })), unparsed };
}

/** The revised text, read as above, once the comment's edits are adopted: each one applied. */
function revisedBy(draft: Draft, comment: string): string {
  const { text, result } = revisedBody(draft, adopted('1', ...proposeEdits(comment, draft.clauses, 'en').edits));
  expect(result.revision.unapplied).toEqual([]);
  return unescaped(text);
}

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
