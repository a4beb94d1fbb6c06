// An English word replaced or struck each place it appears is that word, not
// the same letters inside another (rule in rulemaking, employ in employment);
// Chinese, without spaces between words, has every occurrence changed.
import { describe, expect, it } from 'vitest';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { wordOccurrences } from '../src/core/text/strings.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('replace-all in English', () => {
  it.each([
    // The 340B rule (all preamble: it amends no CFR text, so a change throughout is the whole draft's): “rule” inside
    // rulemaking; H.R. 1000: “employ” inside employment, employed, unemployment …
    { file: 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md', quote: 'rule', text: 'regulation', inside: /rulemaking/gu },
    { file: 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', quote: 'employ', text: 'hire', inside: /employ(?:ment|ed|ee|er)/gu },
  ])('changes the word only, not the letters inside other words ($quote)', ({ file, quote, text, inside }) => {
    const draft = corpusDraft(file);
    const body = draft.clauses.map((c) => c.text).join('\n');
    const words = count(body, new RegExp(`\\b${quote}\\b`, 'gu'));
    expect(words).toBeGreaterThan(0);
    const within = count(body, inside);
    expect(within).toBeGreaterThan(0);
    const { text: revised, result } = revisedBody(draft, adopted('1', { op: 'replace-all', clause: '*', quote, text }));
    expect(result.revision.unapplied).toEqual([]);
    expect(count(revised, inside)).toBe(within);
    expect(count(revised, new RegExp(`\\b${quote}\\b`, 'gu'))).toBe(0);
    expect(count(revised, new RegExp(`\\b${text}\\b`, 'gu'))).toBe(words + count(body, new RegExp(`\\b${text}\\b`, 'gu')));
  });

  it('strikes “final” each place it stands alone, leaving finalize and Finally (BOEM)', () => {
    const draft = corpusDraft('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md');
    const { text } = revisedBody(draft, adopted('1', { op: 'replace-all', clause: '*', quote: 'final', text: '' }));
    // In the rule's text (part 583: “final” once, “finalize” once); its preamble, “This final rule …”, is not amended.
    const revised = text.slice(text.indexOf('\nPART 583'));
    expect(revised).toMatch(/\bfinalize\b/u);
    expect(revised).not.toMatch(/\bfinal\b/u);
    expect(revised).not.toMatch(/(?<![A-Za-z])ize\b/u);
    expect(text).toContain('This final rule establishes new regulations');
  });

  it('keeps every occurrence in Chinese, and a quote that opens or closes with other characters as it is', () => {
    expect(wordOccurrences('本公司与公司法', '公司')).toEqual([1, 4]);
    expect(wordOccurrences('the rulemaking rule, rules', 'rule')).toEqual([15]);
    // A quote that ends in punctuation is whole where it begins only.
    expect(wordOccurrences('a rule, subrule, rule,', 'rule,')).toEqual([2, 17]);
    expect(wordOccurrences('(a) and (ab)', '(a')).toEqual([0]);
    expect(wordOccurrences('rule', 'rule')).toEqual([0]);
  });
});

describe('replace … each place it appears in a named part (English)', () => {
  it.each([
    { file: 'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md', comment: 'In the SUMMARY, replace “rule” with “regulation” each place it appears.', word: 'rule', text: 'regulation', inside: /rulemaking/gu },
    { file: 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', comment: 'In section 305, replace “employ” with “hire” each place it appears.', word: 'employ', text: 'hire', inside: /employ(?:ment|ed|ee|er)/gu },
  ])('changes the word where it stands as a word, in that part only ($word)', ({ file, comment, word, text, inside }) => {
    const draft = corpusDraft(file);
    const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'en');
    expect(unparsed).toEqual([]);
    const clauses = new Set(edits.map((e) => e.clause));
    const changed = draft.clauses.filter((c) => clauses.has(c.id));
    const words = changed.reduce((n, c) => n + count(c.text, new RegExp(`\\b${word}\\b`, 'gu')), 0);
    expect(edits.length).toBe(words);
    const before = changed.reduce((n, c) => n + count(c.text, inside), 0);
    expect(before).toBeGreaterThan(0);
    const { result } = revisedBody(draft, adopted('1', ...edits));
    expect(result.revision.unapplied).toEqual([]);
    const after = result.revision.clauses.filter((c) => clauses.has(c.id)).map((c) => c.textAfter).join('\n');
    expect(count(after, inside)).toBe(before);
    expect(count(after, new RegExp(`\\b${word}\\b`, 'gu'))).toBe(0);
    expect(after).not.toMatch(new RegExp(`${text}(?:making|ment|ed|ee|er)`, 'u'));
  });
});
