// "Add paragraph (c) to read as follows" beside a paragraph in the place
// column (§ 583.330(b), section 302(5)): the new unit was put inside that
// paragraph, as its first child, where it is the paragraph's next sibling.
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import type { Draft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';
import { unescaped } from './helpers/wording.js';

const BOEM = corpusDraft('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md');
const HR1000 = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');

/** The comment's edits, beside `place`, each clause as cited. */
function proposed(draft: Draft, comment: string, place: string) {
  const names = citableClauses(draft.clauses);
  const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'en', place);
  return { edits: edits.map((e) => ({ op: e.op, clause: cite(names, e.clause), ...('position' in e ? { position: e.position } : {}), ...('text' in e ? { text: e.text } : {}) })), unparsed };
}

/** The revised text's paragraphs from one line's start to the next's. */
function revised(draft: Draft, comment: string, place: string, from: string, to: string): string[] {
  const { text, result } = revisedBody(draft, adopted('1', ...proposeEdits(comment, draft.clauses, 'en', place).edits));
  expect(result.revision.unapplied).toEqual([]);
  const plain = unescaped(text);
  const start = plain.indexOf(from);
  return plain.slice(start, plain.indexOf(to, start + from.length)).trim().split(/\n+/u);
}

describe('Add paragraph (c) beside a paragraph in the place column: its next sibling', () => {
  it('beside § 583.330(b), after (b), as beside § 583.330 (BOEM rule)', () => {
    const comment = 'Add paragraph (c) to read as follows: “(c) BOEM may refer violations to the Bureau of Safety and Environmental Enforcement.”';
    const expected = { edits: [{ op: 'add-clause', clause: '§ 583.330(b)', position: 'after', text: '(c) BOEM may refer violations to the Bureau of Safety and Environmental Enforcement.' }], unparsed: [] };
    expect(proposed(BOEM, comment, '§ 583.330(b)')).toEqual(expected);
    expect(proposed(BOEM, comment, '§ 583.330')).toEqual(expected);
    expect(revised(BOEM, comment, '§ 583.330(b)', '(b) The failure to comply in a timely', '§ 583.335')).toEqual([
      "(b) The failure to comply in a timely and satisfactory manner with any provision, term or condition of the agreement may delay or prevent BOEM's approval of future requests for use of OCS sand, gravel, and/or shell resources on the part of the parties to the agreement.",
      '(c) BOEM may refer violations to the Bureau of Safety and Environmental Enforcement.',
    ]);
  });

  it('beside section 302(5), after (5), its "; and" moved to (5) (H.R. 1000)', () => {
    const comment = 'Add paragraph (6) to read as follows: "(6) tribal colleges and universities."';
    expect(proposed(HR1000, comment, 'section 302(5)')).toEqual({ edits: [{ op: 'add-clause', clause: 'section 302(5)', position: 'after', text: '(6) tribal colleges and universities.' }], unparsed: [] });
    expect(revised(HR1000, comment, 'section 302(5)', '(4) independent or quasi-independent', 'SEC. 303.')).toEqual([
      '(4) independent or quasi-independent public-sector agencies created by any level of government;',
      '(5) not-for-profit organizations that qualify as tax exempt under section 501(c)(1), (3), (5), or (19) of the Internal Revenue Code; and',
      '(6) tribal colleges and universities.',
    ]);
  });
});
