// Words to strike that are not quoted never strike the unit named before the
// verb: they are a note asking for quotes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { proposedEnglish as proposed, revisedByEnglish as revisedBy } from './helpers/wording.js';

const HR1000 = 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt';
const S2245 = 'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt';

const line = (text: string, start: string) => text.split('\n').find((l) => l.startsWith(start));

describe('strike X and insert Y with X not quoted', () => {
  it('is a note asking for quotes, never the section struck (H.R. 1000, S. 2245)', () => {
    expect(proposed(corpusDraft(HR1000), 'In section 202, strike grant management and insert grant oversight.')).toEqual({
      edits: [],
      unparsed: ['strike grant management and insert grant oversight — the words to strike are not quoted: quote them (strike “…” and insert “…”)'],
    });
    expect(proposed(corpusDraft(S2245), 'In section 3, strike allocation for emergencies.')).toEqual({
      edits: [],
      unparsed: ['strike allocation for emergencies — the words to strike are not quoted: quote them (strike “…” and insert “…”)'],
    });
  });

  it('a unit named as the thing struck still goes, with its line of contents', () => {
    const hr = corpusDraft(HR1000);
    expect(proposed(hr, 'Strike section 209.').edits).toEqual([{ op: 'remove-clause', clause: 'section 209' }]);
    expect(proposed(hr, 'Strike paragraph (3) of section 302.').edits).toEqual([{ op: 'remove-clause', clause: 'section 302(3)' }]);
    expect(proposed(hr, 'In section 209, strike it in its entirety.').edits).toEqual([{ op: 'remove-clause', clause: 'section 209' }]);
    expect(line(revisedBy(hr, 'Strike section 209.'), 'Sec. 209.')).toBe('Sec. 209. Staffing administrative functions.\\');
  });

  it('for any unquoted words, an unquoted strike after a section named yields no remove-clause', () => {
    const hr = corpusDraft(HR1000);
    const word = fc.constantFrom('grant', 'management', 'the', 'oversight', 'program', 'Secretary', 'funds', 'review', 'timing', 'use');
    fc.assert(
      fc.property(fc.constantFrom(101, 202, 209, 302, 305), fc.array(word, { minLength: 1, maxLength: 4 }), fc.option(fc.array(word, { minLength: 1, maxLength: 3 })), (n, struck, inserted) => {
        const comment = `In section ${n}, strike ${struck.join(' ')}${inserted ? ` and insert ${inserted.join(' ')}` : ''}.`;
        expect(proposed(hr, comment).edits.filter((e) => e.op === 'remove-clause'), comment).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
