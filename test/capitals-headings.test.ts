// A heading set in capitals (SEC. 202. GRANT MANAGEMENT.) is quoted by
// commenters in any case: the quote is matched there, and only there, in any
// case, and the new words are written in capitals; the table of contents'
// line follows in its own case. Words to strike that are not quoted never
// strike the unit named before the verb.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { proposedEnglish as proposed, revisedByEnglish as revisedBy } from './helpers/wording.js';

const HR1000 = 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt';
const HJRES37 = 'us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt';
const S2245 = 'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt';

const line = (text: string, start: string) => text.split('\n').find((l) => l.startsWith(start));

describe('a quote of words a heading writes in capitals', () => {
  it('is matched in any case and the new words are written in capitals (H.R. 1000 section 202)', () => {
    const hr = corpusDraft(HR1000);
    for (const comment of [
      'In section 202, strike "grant management" and insert "grant oversight".',
      "In section 202, strike 'Grant Management' and insert 'Grant Oversight'.",
    ]) {
      expect(proposed(hr, comment), comment).toEqual({ edits: [{ op: 'replace', clause: 'section 202', quote: 'MANAGEMENT', text: 'OVERSIGHT' }], unparsed: [] });
      const text = revisedBy(hr, comment);
      expect(line(text, 'SEC. 202.')).toBe('SEC. 202. GRANT OVERSIGHT.');
      // The table of contents in section 1(b) follows, in its own case.
      expect(line(text, 'Sec. 202.')).toBe('Sec. 202. Grant oversight.\\');
      expect(line(text, 'Sec. 203.')).toBe('Sec. 203. Office of Technical Assistance.\\');
    }
  });

  it('keeps the words a line of contents writes with capitals (Trust Fund) and the number that follows renumbering', () => {
    const hr = corpusDraft(HR1000);
    const text = revisedBy(hr, 'In section 104, strike "trust fund corpus reserved" and insert "Trust Fund corpus set aside".');
    expect(line(text, 'SEC. 104.')).toMatch(/^SEC\. 104\. TRUST FUND CORPUS SET ASIDE\. The corpus/u);
    expect(line(text, 'Sec. 104.')).toBe('Sec. 104. Trust Fund corpus set aside.\\');
  });

  it('in a section heading of S. 2245 and H.J.Res. 37, in any case', () => {
    expect(proposed(corpusDraft(S2245), 'In section 3, strike "Allocation for Emergencies" and insert "Reserve for Emergencies".')).toEqual({
      edits: [{ op: 'replace', clause: 'section 3', quote: 'ALLOCATION', text: 'RESERVE' }],
      unparsed: [],
    });
    const hj = corpusDraft(HJRES37);
    const comment = 'In section 4, strike "ceasing" and insert "ending".';
    expect(proposed(hj, comment)).toEqual({ edits: [{ op: 'replace', clause: 'section 4', quote: 'CEASING', text: 'ENDING' }], unparsed: [] });
    expect(line(revisedBy(hj, comment), 'SEC. 4.')).toMatch(/^SEC\. 4\. REPORT ON RISKS POSED BY ENDING SAUDI ARABIA SUPPORT OPERATIONS\. Not later/u);
  });

  it('is matched as written where the running text holds it so (Saudi Arabia), and never in an acronym or a defined term', () => {
    const hj = corpusDraft(HJRES37);
    expect(proposed(hj, 'In section 4, strike "Saudi Arabia" and insert "the Kingdom of Saudi Arabia".').edits).toEqual([
      { op: 'insert', clause: 'section 4', quote: 'Saudi Arabia', text: 'the Kingdom of ', position: 'before' },
    ]);
    // (1) ACA.— The term “ACA” means …: a paragraph's heading in capitals is an acronym, quoted as written.
    const { edits, unparsed } = proposed(corpusDraft(HR1000), 'In section 3, strike "aca" and insert "the ACA".');
    expect(edits).toEqual([]);
    expect(unparsed).toHaveLength(1);
    expect(unparsed[0]).toContain('“aca” is not in section 3');
  });
});

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
