// From a clerk's walk on US bills: a quote of an English draft stands there as
// whole words and whole figures (“war” is not in warplanes, “7 percent” not in
// 17.7 percent), the same when it is counted, found, anchored and applied; and
// "should say “may” instead of “shall”" changes the words named, never the
// whole section to the first quote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../src/core/edits/anchor.js';
import { occurrences, quoteOccurrences } from '../src/core/text/strings.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';
import { proposedEnglish as proposed, revisedByEnglish as revisedBy } from './helpers/wording.js';

const YEMEN = 'us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt';
const PROSPERITY = 'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt';
const HHS = 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md';

describe('should say / should read “Y” instead of “X”: a change of the words named, not a rewrite of the unit', () => {
  it('“may” instead of “shall”, “may submit” and not “shall submit”: section 4 keeps its heading and text, the President may submit (H.J.Res. 37)', () => {
    const draft = corpusDraft(YEMEN);
    for (const comment of [
      "Section 4 should say 'may' instead of 'shall'.",
      "Section 4 should read 'may submit' and not 'shall submit'.",
      "Section 4 should say 'may' in place of 'shall'.",
      "Section 4 should say 'may', not 'shall'.",
    ]) {
      expect(proposed(draft, comment), comment).toEqual({ edits: [{ op: 'replace', clause: 'section 4', quote: 'shall', text: 'may' }], unparsed: [] });
      const revised = revisedBy(draft, comment);
      expect(revised).toContain('SEC. 4. REPORT ON RISKS POSED BY CEASING SAUDI ARABIA SUPPORT OPERATIONS. Not later than 90 days after the date of the enactment of this joint resolution, the President may submit to Congress a report assessing the risks');
    }
  });

  it('“Yemen” rather than “the Republic of Yemen”: those words of section 2 only (H.J.Res. 37)', () => {
    const draft = corpusDraft(YEMEN);
    const comment = "Section 2 should read 'Yemen' rather than 'the Republic of Yemen'.";
    expect(proposed(draft, comment)).toEqual({ edits: [{ op: 'delete', clause: 'section 2', quote: 'the Republic of ' }], unparsed: [] });
    const revised = revisedBy(draft, comment);
    expect(revised).toContain('SEC. 2. REMOVAL OF UNITED STATES ARMED FORCES FROM HOSTILITIES IN THE REPUBLIC OF YEMEN THAT HAVE NOT BEEN AUTHORIZED BY CONGRESS.');
    expect(revised).toContain('from hostilities in or affecting Yemen, except United States Armed Forces');
  });

  it('“Sudan” before “Senegal”: the word inserted there, the paragraph kept (H.J.Res. 37)', () => {
    const draft = corpusDraft(YEMEN);
    const comment = "Section 1(2) should say 'Sudan' before 'Senegal'.";
    expect(proposed(draft, comment)).toEqual({ edits: [{ op: 'insert', clause: 'section 1(2)', quote: 'Senegal', text: 'Sudan ', position: 'before' }], unparsed: [] });
    expect(revisedBy(draft, comment)).toContain('(2) Congress has not declared war with respect to, or provided a specific statutory authorization for, the conflict between');
    expect(revisedBy(draft, comment)).toContain('Jordan, Morocco, Sudan Senegal, and Sudan');
  });

  it('the old text not quoted after "instead of" is asked about, never a rewrite; with no other words, "should read" still rewrites (H.J.Res. 37)', () => {
    const draft = corpusDraft(YEMEN);
    expect(proposed(draft, "Section 4 should say 'may' instead of the mandatory word.")).toEqual({ edits: [], unparsed: [expect.stringMatching(/the text it replaces is not quoted$/u)] });
    expect(proposed(draft, "Section 4 should read 'SEC. 4. REPORT. The President may report.'").edits).toMatchObject([{ op: 'rewrite', clause: 'section 4' }]);
  });
});

describe('the old words quoted before the verb, and "not" with no quote after it (a reviewer: both refused once the rule above came)', () => {
  it('“30 days” should be “60 days”, not “90 days”: 30 → 60 in section 2; should read “…” and not as passed: the rewrite (H.J.Res. 37)', () => {
    const draft = corpusDraft(YEMEN);
    const comment = "In section 2, '30 days' should be '60 days', not '90 days'.";
    expect(proposed(draft, comment)).toEqual({ edits: [{ op: 'replace', clause: 'section 2', quote: '30', text: '60' }], unparsed: [] });
    expect(revisedBy(draft, comment)).toContain('by not later than the date that is 60 days after the date of the enactment');
    expect(proposed(draft, "Section 4 should read 'SEC. 4. REPORT. The President may report.' and not as passed by the House.").edits).toMatchObject([{ op: 'rewrite', clause: 'section 4' }]);
  });
});

describe('an English quote stands as whole words and figures', () => {
  it('“war” is not the war of warplanes: in section 1(10) it is asked about, in section 1(2) it is the word (H.J.Res. 37)', () => {
    const draft = corpusDraft(YEMEN);
    expect(proposed(draft, "In section 1(10), strike 'war' and insert 'armed conflict'.")).toEqual({ edits: [], unparsed: [expect.stringMatching(/“war” is not in section 1\(10\)/u)] });
    const comment = "In section 1(2), strike 'war' and insert 'armed conflict'.";
    expect(proposed(draft, comment)).toEqual({ edits: [{ op: 'replace', clause: 'section 1(2)', quote: 'war', text: 'armed conflict' }], unparsed: [] });
    const revised = revisedBy(draft, comment);
    expect(revised).toContain('Congress has not declared armed conflict with respect to');
    expect(revised).toContain('refueling services to warplanes of Saudi Arabia');
  });

  it('“risk” once in section 4, whose text also says risks (H.J.Res. 37)', () => {
    const draft = corpusDraft(YEMEN);
    const comment = "In section 4, strike 'risk' and insert 'danger'.";
    expect(proposed(draft, comment)).toEqual({ edits: [{ op: 'replace', clause: 'section 4', quote: 'risk', text: 'danger' }], unparsed: [] });
    expect(revisedBy(draft, comment)).toContain('assessing the risks posed to United States citizens and the civilian population of Saudi Arabia and the danger of regional humanitarian crises');
  });

  it('“7 percent” is not in 17.7 percent, “5 percent” is once in the bill (17.5 percent is another figure); 17.7 → 17.6 changes the figure (S. 2245)', () => {
    const draft = corpusDraft(PROSPERITY);
    expect(proposed(draft, "In section 2(a), strike '7 percent' and insert '6 percent'.")).toEqual({ edits: [], unparsed: [expect.stringMatching(/“7 percent” is not in section 2\(a\)/u)] });
    const five = "On page 5, line 3, strike '5 percent' and insert '3 percent'.";
    expect(proposed(draft, five)).toMatchObject({ edits: [{ op: 'replace', quote: '5', text: '3' }], unparsed: [] });
    const revisedFive = revisedBy(draft, five);
    expect(revisedFive).toContain('a spending reduction of more than 3 percent of the budgetary resources');
    expect(revisedFive).toContain('17.5 percent of potential GDP');
    const figure = "In section 2(a), strike '17.7 percent' and insert '17.6 percent'.";
    expect(proposed(draft, figure).edits).toMatchObject([{ op: 'replace', quote: '17.7', text: '17.6' }]);
    expect(revisedBy(draft, figure)).toContain('“(9) Fiscal year 2030: 17.6 percent of potential GDP.');
  });

  it('an edit written by hand is anchored, counted and found stale by the same rule (S. 2245, H.J.Res. 37)', () => {
    const prosperity = corpusDraft(PROSPERITY);
    const ninth = prosperity.clauses.find((c) => c.text.includes('Fiscal year 2030: 17.7 percent'))!;
    expect(anchorQuote(ninth, { quote: '7 percent' }, prosperity.clauses, 'en')).toMatchObject({ state: 'stale' });
    expect(anchorQuote(ninth, { quote: '7 percent' }, prosperity.clauses, 'zh')).toMatchObject({ state: 'ok' });
    const yemen = corpusDraft(YEMEN);
    const tenth = yemen.clauses.find((c) => c.text.startsWith('No specific statutory authorization for the use'))!;
    const { text, result } = revisedBody(yemen, adopted('1', { op: 'replace', clause: tenth.id, quote: 'war', text: 'armed conflict' }));
    expect(result.revision.unapplied.map((p) => p.state)).toEqual(['stale']);
    expect(text).toContain('services to warplanes of Saudi Arabia');
    const fourth = yemen.clauses.find((c) => c.text.includes('the risks posed to United States citizens'))!;
    expect(anchorQuote(fourth, { quote: 'risk' }, yemen.clauses, 'en')).toMatchObject({ state: 'ok' });
    expect(anchorQuote(fourth, { quote: 'risk' }, yemen.clauses, 'zh')).toMatchObject({ state: 'ambiguous' });
  });

  it('a Federal Register rule: “rule” once in a paragraph that also says rulemaking (HHS rule)', () => {
    const draft = corpusDraft(HHS);
    const holder = draft.clauses.find((c) => quoteOccurrences(c.text, 'rule', 'en').length === 1 && occurrences(c.text, 'rule').length > 1)!;
    expect(holder).toBeDefined();
    expect(anchorQuote(holder, { quote: 'rule' }, draft.clauses, 'en')).toMatchObject({ state: 'ok' });
  });
});

describe('the word-boundary rule', () => {
  const isWordCharacter = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/u.test(ch);
  const alphabet = fc.constantFrom('a', 'b', '7', '1', '.', ',', ' ', '-', '(', '法');
  const text = fc.array(alphabet, { maxLength: 24 }).map((cs) => cs.join(''));
  const quote = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));

  it('an English quote never stands where a letter or digit is joined to it, nor inside a figure (17.5, 1,500); every other place it does', () => {
    fc.assert(
      fc.property(text, quote, (t, q) => {
        const found = new Set(quoteOccurrences(t, q, 'en'));
        for (const at of occurrences(t, q)) {
          const before = t[at - 1];
          const after = t[at + q.length];
          const opens = isWordCharacter(q[0]);
          const closes = isWordCharacter(q.at(-1));
          const joinedBefore = opens && (isWordCharacter(before) || (/\d/u.test(q[0]!) && /[.,]/u.test(before ?? '') && /\d/u.test(t[at - 2] ?? '')));
          const joinedAfter = closes && (isWordCharacter(after) || (/\d/u.test(q.at(-1)!) && /[.,]/u.test(after ?? '') && /\d/u.test(t[at + q.length + 1] ?? '')));
          expect(found.has(at), `${JSON.stringify(q)} at ${at} of ${JSON.stringify(t)}`).toBe(!joinedBefore && !joinedAfter);
        }
        expect([...found].every((at) => t.startsWith(q, at))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('Chinese text keeps every occurrence: no word boundaries there', () => {
    fc.assert(
      fc.property(text, quote, (t, q) => {
        expect(quoteOccurrences(t, q, 'zh')).toEqual(occurrences(t, q));
      }),
    );
  });
});
