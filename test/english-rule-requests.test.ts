// Requests on a Federal Register rule as commenters put them, beside the
// amendatory wording: a definition added "in alphabetical order to read", a
// new paragraph "stating" its text, a section revised to read words that do
// not repeat its heading, and "should be changed to" / "should be removed".
// Each is the edit a drafter would make (BOEM rule, H.R. 1000), never the
// section rewritten whole nor a remark that an adoption publishes unchanged.
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { proposedEnglish as proposed, revisedByEnglish } from './helpers/wording.js';

const BOEM = 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md';
const HR1000 = 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt';

const lines = (text: string, from: string, count: number) => {
  const all = text.split('\n').filter((line) => line.trim() !== '');
  const at = all.findIndex((line) => line.startsWith(from));
  return all.slice(at, at + count);
};

describe('add a definition of “X” in alphabetical order to read: “…”', () => {
  const comment = "In § 583.115, add a definition of 'Person' in alphabetical order to read: 'Person means an individual, corporation, government agency, or association.'";

  it('adds the definition as a paragraph of its own where its term falls, the section and its 13 definitions kept (BOEM rule)', () => {
    expect(proposed(corpusDraft(BOEM), comment)).toEqual({
      edits: [{ op: 'add-clause', clause: '§ 583.115 (paragraph 9)', text: 'Person means an individual, corporation, government agency, or association.', position: 'after' }],
      unparsed: [],
    });
    expect(lines(revisedByEnglish(corpusDraft(BOEM), comment), '§ 583.115', 14).map((line) => line.slice(0, 40))).toEqual([
      '§ 583.115 What definitions do I need to ',
      'The definitions at 30 CFR 550.105 apply ',
      'Agreement means a negotiated noncompetit',
      'Amendment means a modification to the ag',
      'Applicant means any person proposing to ',
      'BOEM means the Bureau of Ocean Energy Ma',
      'Borrow area means the offshore geographi',
      'Federal agency means any department, age',
      'Local government means the governing aut',
      'Modification means the process whereby p',
      'Person means an individual, corporation,',
      'Placement area means the geographic area',
      'Program means a group of related project',
      'Project means an undertaking that may be',
    ]);
  });

  it('a term before the first goes first, "as follows" and the section after "to" read alike', () => {
    expect(proposed(corpusDraft(BOEM), "Add a definition of 'Access' to § 583.115 as follows: 'Access means entry to a borrow area.'").edits).toEqual([
      { op: 'add-clause', clause: '§ 583.115 (paragraph 2)', text: 'Access means entry to a borrow area.', position: 'before' },
    ]);
  });

  it('is asked about, never a rewrite, where the term is defined already, the definitions are numbered (H.R. 1000), or the text is not placed', () => {
    const asked: Array<[string, string, RegExp]> = [
      [BOEM, "In § 583.115, add a definition of 'BOEM' to read: 'BOEM means the Bureau.'", /§ 583\.115 defines “BOEM” already/u],
      [HR1000, "In section 3, add a definition of 'Person' to read: 'Person.— The term “Person” means an individual.'", /the definitions of section 3 are numbered/u],
      [BOEM, "In § 583.115, add a sentence in the right place to read: 'Person means an individual.'", /where to add the text quoted is not said/u],
    ];
    for (const [file, comment, reason] of asked) expect(proposed(corpusDraft(file), comment), comment).toEqual({ edits: [], unparsed: [expect.stringMatching(reason)] });
  });
});

describe('add a new paragraph (e) to § X stating: “…”', () => {
  it('adds (e) after (d), its designation given it (BOEM rule, H.R. 1000)', () => {
    const cases: Array<[string, string, string, string]> = [
      [BOEM, "Add a new paragraph (e) to § 583.310 stating: 'BOEM will notify the applicant in writing when the evaluation is complete.'", '§ 583.310(d)', '(e) BOEM will notify the applicant in writing when the evaluation is complete.'],
      [HR1000, "In section 3, add a new paragraph (23) stating: 'Zone.— The term “Zone” means an area.'", 'section 3(22)', '(23) Zone.— The term “Zone” means an area.'],
    ];
    for (const [file, comment, clause, text] of cases) expect(proposed(corpusDraft(file), comment), comment).toEqual({ edits: [{ op: 'add-clause', clause, text, position: 'after' }], unparsed: [] });
    const revised = revisedByEnglish(corpusDraft(BOEM), cases[0]![1]);
    expect(lines(revised, '(d) BOEM will not enter', 2)[1]).toBe('(e) BOEM will notify the applicant in writing when the evaluation is complete.');
  });
});

describe('revise § X to read: “…” with words that do not give the heading', () => {
  it('keeps the section heading and rewrites the words after it (BOEM rule, H.R. 1000)', () => {
    const cases: Array<[string, string, string, string, string]> = [
      [BOEM, "Revise § 583.325 to read: 'The agreement will become effective on the date when BOEM signs it.'", '§ 583.325', 'What is the effective date of an agreement? The agreement will become effective on the date when BOEM signs it.', '§ 583.325 What is the effective date of an agreement? The agreement will become effective on the date when BOEM signs it.'],
      [HR1000, "Section 209 should read: 'The Secretary shall maintain a website.'", 'section 209', 'PROGRAM WEBSITE. The Secretary shall maintain a website.', 'SEC. 209. PROGRAM WEBSITE. The Secretary shall maintain a website.'],
    ];
    for (const [file, comment, clause, text, line] of cases) {
      expect(proposed(corpusDraft(file), comment), comment).toEqual({ edits: [{ op: 'rewrite', clause, text }], unparsed: [] });
      expect(revisedByEnglish(corpusDraft(file), comment).split('\n')).toContain(line);
    }
  });

  it('a section whose heading stands alone keeps it over the new text', () => {
    const comment = "Revise § 583.330 to read: 'BOEM may enforce the agreement.'";
    expect(proposed(corpusDraft(BOEM), comment).edits).toEqual([{ op: 'rewrite', clause: '§ 583.330', text: 'How will BOEM enforce the agreement?\nBOEM may enforce the agreement.' }]);
    expect(lines(revisedByEnglish(corpusDraft(BOEM), comment), '§ 583.330', 3)).toEqual(['§ 583.330 How will BOEM enforce the agreement?', 'BOEM may enforce the agreement.', '§ 583.335 What is the term of the agreement?']);
  });

  it('a text that opens with the heading, or with the section number, is the whole section as before', () => {
    const text = 'What is the effective date of an agreement? The agreement will become effective when BOEM signs it.';
    for (const quoted of [text, `§ 583.325 ${text}`]) {
      expect(proposed(corpusDraft(BOEM), `Revise § 583.325 to read: '${quoted}'`).edits).toEqual([{ op: 'rewrite', clause: '§ 583.325', text }]);
    }
  });
});

describe('“X” should be changed to “Y”, paragraph (b) should be removed', () => {
  it('are a replacement and a removal, not remarks (BOEM rule, H.R. 1000)', () => {
    const cases: Array<[string, string, unknown[]]> = [
      [BOEM, "In § 583.350(c), the phrase 'mail a letter' should be changed to 'send written notice'.", [{ op: 'replace', clause: '§ 583.350(c)', quote: 'mail a letter', text: 'send written notice' }]],
      [BOEM, 'Paragraph (b) of § 583.335 should be removed.', [{ op: 'remove-clause', clause: '§ 583.335(b)' }]],
      [BOEM, "In § 583.350(a), 'upon proof' should be replaced with 'on proof'.", [{ op: 'replace', clause: '§ 583.350(a)', quote: 'upon', text: 'on' }]],
      [HR1000, 'Paragraph (15) of section 3 should be deleted.', [{ op: 'remove-clause', clause: 'section 3(15)' }]],
      [HR1000, "In section 209, 'internet website' should be changed to 'website'.", [{ op: 'delete', clause: 'section 209', quote: 'internet ' }]],
    ];
    for (const [file, comment, edits] of cases) expect(proposed(corpusDraft(file), comment), comment).toEqual({ edits, unparsed: [] });
    const revised = revisedByEnglish(corpusDraft(BOEM), 'Paragraph (b) of § 583.335 should be removed.');
    expect(lines(revised, '§ 583.335', 6).at(-1)).toMatch(/^§ 583\.340 /u);
  });

  it('"should be" with no new text, and a change argued against, stay remarks', () => {
    for (const comment of ['The effective date should be extended.', 'Paragraph (b) of § 583.335 should not be removed.']) {
      expect(proposed(corpusDraft(BOEM), comment), comment).toEqual({ edits: [], unparsed: [expect.stringMatching(/general remark/u)] });
    }
  });
});
