// Requests on a Federal Register rule as commenters put them, beside the
// amendatory wording: a section revised to read words that do not repeat its
// heading, and "should be changed to" / "should be removed". Each is the edit
// a drafter would make (BOEM rule, H.R. 1000), never the heading taken away
// nor a remark that an adoption publishes unchanged.
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
