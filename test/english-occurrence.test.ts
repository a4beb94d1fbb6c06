// An edit's `occurrence` is the N-th place its quote is written in the clause,
// every place counted (an English word inside another too: the “the” of
// “these”), as entries written before whole-word matching say; whole-word
// matching decides only which places an English edit may change. An entry
// file never silently lands on another word: H.R. 1000's c17 `the`,
// occurrence 3 still changes “the fulfillment”, and an occurrence inside a
// word is stale, said so.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../src/core/draft/clause.js';
import { anchorQuote } from '../src/core/edits/anchor.js';
import { ORDINALS } from '../src/core/feedback/grammar/locator.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { occurrenceNumber, occurrences, quoteOccurrences } from '../src/core/text/strings.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { corpusDraft } from './helpers/drafts.js';
import { revisedByEnglish } from './helpers/wording.js';

const JOBS = 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt';
// c17, section 2(a)(3): “… pursuant to these Acts, the Congress … a national goal the fulfillment of the right …”
const paragraph = (n: number) => corpusDraft(JOBS).clauses.find((c) => c.number === `(${n})` && c.id === `c${14 + n}`)!;

describe('an entry written before whole-word matching keeps its target (H.R. 1000, c17)', () => {
  it('`the`, occurrence 3 is “the fulfillment”, as the entry always meant: propose shows the same change, ok', async () => {
    const dir = await corpusWorkspace(JOBS, 'jobs');
    mkdirSync(join(dir, 'feedback/jobs'), { recursive: true });
    writeFileSync(
      join(dir, 'feedback/jobs/1.yaml'),
      'id: "1"\nunit: NELP\ncomment: c\nedits:\n  - op: replace\n    clause: c17\n    quote: the\n    text: a\n    occurrence: 3\ndecision:\n  status: pending\n',
    );
    const result = await redline(dir, 'propose');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[1] replace in c17 ((3) Consistent with this goal and pu…) · ok\n');
    expect(result.stdout).toContain('national goal [-the-]{+a+} fulfillment of the right');
    // And as the clerk types it.
    expect(await redline(dir, 'feedback', 'add', '--unit', 'NELP', '--comment', 'c', '--op', 'replace', '--clause', 'c17', '--quote', 'the', '--text', 'a', '--occurrence', '3')).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, 'feedback/jobs/2.yaml'), 'utf8')).toContain('occurrence: 3');
  });

  it('an occurrence inside a word is stale, said so, never moved to the next word: “the” of “these”', async () => {
    const draft = corpusDraft(JOBS);
    const c17 = draft.clauses.find((c) => c.id === 'c17')!;
    expect(anchorQuote(c17, { quote: 'the', occurrence: 1 }, draft.clauses, 'en')).toEqual({
      state: 'stale',
      start: 0,
      end: 0,
      message: '“the” at occurrence 1 of c17 is inside “these”: as a whole word: occurrence 2, 3, 4',
    });
    // (Chinese counts every place alike: the “the” of “these” is occurrence 1 there too.)
    expect(anchorQuote(c17, { quote: 'the', occurrence: 1 }, draft.clauses, 'zh')).toMatchObject({ state: 'ok', start: c17.text.indexOf('these') });
    expect(anchorQuote(c17, { quote: 'the' }, draft.clauses, 'en')).toMatchObject({ state: 'ambiguous', message: '“the” occurs 3 times in c17; give an occurrence (2, 3, 4) or a prefix/suffix' });
    const dir = await corpusWorkspace(JOBS, 'jobs');
    const added = await redline(dir, 'feedback', 'add', '--unit', 'NELP', '--comment', 'c', '--op', 'replace', '--clause', 'c17', '--quote', 'the', '--text', 'a', '--occurrence', '1');
    expect(added.code).not.toBe(0);
    expect(added.stderr).toContain('“the” at occurrence 1 of c17 is inside “these”');
  });
});

describe('wording writes the occurrence of the whole word it means, numbered among every place', () => {
  it('“strike the second “the””: the second whole word “the”, written as occurrence 3 (the first “the” is in “these”)', () => {
    const draft = corpusDraft(JOBS);
    const comment = 'In section 2(a)(3), strike the second "the" and insert "a".';
    const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'en');
    expect(unparsed).toEqual([]);
    expect(edits).toMatchObject([{ op: 'replace', clause: 'c17', quote: 'the', text: 'a', occurrence: 3 }]);
    expect(revisedByEnglish(draft, comment)).toContain('established as a national goal a fulfillment of the right to full opportunities');
  });

  it('for any word of section 2(a)(1)–(6) and any n, “strike the n-th “w”” anchors on the n-th whole word “w”', () => {
    const draft = corpusDraft(JOBS);
    const picks = [1, 2, 3, 4, 5, 6].flatMap((n) => {
      const clause = paragraph(n);
      const words = [...new Set(clause.text.match(/[A-Za-z]+/gu) ?? [])];
      return words.flatMap((w) => quoteOccurrences(clause.text, w, 'en').slice(0, ORDINALS.length).map((_, k) => ({ n, clause, w, k })));
    });
    // (Words that also stand inside others are the point: the of these, other; act of Acts.)
    expect(picks.some(({ clause, w }) => occurrences(clause.text, w).length > quoteOccurrences(clause.text, w, 'en').length)).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...picks), ({ n, clause, w, k }) => {
        const { edits } = proposeEdits(`In section 2(a)(${n}), strike the ${ORDINALS[k]} "${w}" and insert "X".`, draft.clauses, 'en');
        expect(edits).toHaveLength(1);
        const edit = edits[0] as { clause: string; quote: string; occurrence?: number };
        expect(edit.clause).toBe(clause.id);
        const anchor = anchorQuote(clause, edit, draft.clauses, 'en');
        expect(anchor).toMatchObject({ state: 'ok', start: quoteOccurrences(clause.text, w, 'en')[k] });
      }),
      { numRuns: 200 },
    );
  });

  it('for any English clause text and quote, the occurrence written for a whole-word place anchors there', () => {
    // (Words made of few letters, so that a quote often stands inside a word before it stands alone: “a” of “ba a a”, “5” of “17.5 5”.)
    const word = fc.constantFrom('a', 'b', 'ab', 'ba', 'a7', '5', '7', '17.5', '1,5', '5.', '(a)', '-');
    const text = fc.tuple(fc.array(word, { maxLength: 12 }), fc.constantFrom(' ', ' ', '', ',')).map(([ws, between]) => ws.join(between));
    const alphabet = fc.constantFrom('a', 'b', '7', '5', '.', ',', ' ', '-');
    const quote = fc.oneof(word, fc.array(alphabet, { minLength: 1, maxLength: 3 }).map((cs) => cs.join('')));
    fc.assert(
      fc.property(text, quote, (t, q) => {
        const clause = { id: 'c1', text: t } as Clause;
        for (const at of quoteOccurrences(t, q, 'en')) {
          const n = occurrenceNumber(t, q, at, 'en');
          expect(anchorQuote(clause, { quote: q, ...(n === undefined ? {} : { occurrence: n }) }, [clause], 'en')).toMatchObject({ state: 'ok', start: at });
        }
      }),
      { numRuns: 2000 },
    );
  });
});
