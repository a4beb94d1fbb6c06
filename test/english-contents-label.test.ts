// The comparison table names what changed a row beside its entries: an
// English table of contents' line that followed a section removed, renumbered
// or retitled was labelled "(cross-references renumbered)", as a cite in a
// section's text is; it says "(table of contents updated)" now, as a Chinese
// 目录's row says （目录相应调整）. On H. R. 1000's section 1(b); a cross-reference
// in its text keeps its own label (section 304's cite of section 308).
import { describe, expect, it } from 'vitest';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const HR = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');

/** The comparison table's rows, once each comment is adopted as an entry of its own. */
function rows(...comments: string[]): string[] {
  const entries = comments.map((comment, i) => adopted(String(i + 1), ...proposeEdits(comment, HR.clauses, 'en').edits));
  const { result } = revisedBody(HR, ...entries);
  expect(result.revision.unapplied).toEqual([]);
  return result.outputs.find((o) => o.name.endsWith('comparison.md'))!.content.split('\n').filter((l) => /^\| \d+ \|/u.test(l));
}

describe('a table of contents’ row in the comparison table', () => {
  it('section 209 struck: the contents line goes and the later ones are renumbered, labelled as contents', () => {
    const contents = rows('Strike section 209.').find((r) => r.startsWith('| 1 | section 1(b) |'))!;
    expect(contents).toMatch(/ \| 1 \(table of contents updated\) \|$/u);
    expect(contents).not.toContain('cross-references renumbered');
  });

  it('section 202 retitled: its contents line follows, labelled as contents, credited to the entry (it named none)', () => {
    const contents = rows('In section 202, strike "grant management" and insert "grant oversight".').find((r) => r.includes('section 1(b)'))!;
    expect(contents).toMatch(/<br>Sec\.\s202\.\s+~~Grant management~~\.<br>.* \| .*<br>Sec\.\s202\.\s+\*\*Grant oversight\*\*\.<br>/u);
    expect(contents).toMatch(/ \| 1 \(table of contents updated\) \|$/u);
  });
});
