// Requests on a Federal Register rule as commenters put them, beside the
// amendatory wording: "should be changed to" / "should be removed". Each is
// the edit a drafter would make (BOEM rule, H.R. 1000), never a remark that
// an adoption publishes unchanged.
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
