// Amending instructions as US bills and Federal Register rules write them,
// given as comments on the corpus's bills and rules: new text quoted on the
// line after its lead-in, a section "amended—" in numbered parts, several new
// paragraphs in one instruction, a whole title struck, a CFR section cited by
// its full number. Each becomes the edit a drafter would make.
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import type { Draft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusDraft } from './helpers/drafts.js';

const HR1000 = 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt';
const HJRES37 = 'us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt';
const BOEM = 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md';

/** The proposed edits, each clause named as a drafter cites it (section 302(4)), the source left out. */
function proposed(draft: Draft, comment: string) {
  const names = citableClauses(draft.clauses);
  const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'en');
  return { edits: edits.map(({ source: _source, confidence: _confidence, ...e }) => ({ ...e, clause: cite(names, e.clause) || e.clause })), unparsed };
}

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
