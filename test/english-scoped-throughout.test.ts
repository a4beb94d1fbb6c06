// A change throughout as a Federal Register clerk writes it: "In part 583,
// remove the word “X” wherever it appears and add in its place “Y”" (or in
// § 583.125, in subpart A, throughout subpart C, or with no place named). A
// rule is its preamble and then its regulatory text, opened by the part's
// line (PART 583— …) after the words of issuance (src/core/draft/regulatory-
// text.ts): the scope is that text's part, subpart or section, and a change
// with no scope changes that text only: the preamble explains the rule and is
// never amended by it. A term inside a longer term that the change's own new
// words or another change throughout write (“Director” in “Regional
// Director”, “Secretary” in “Secretary of Labor”) is that title's, left as it
// stands. (BOEM's final rule; H.R. 1000.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cfrParts, throughoutUnits } from '../src/core/draft/regulatory-text.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';
import { proposedEnglish as proposed, revisedByEnglish, unescaped } from './helpers/wording.js';

const BOEM = 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md';
const HR1000 = 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt';

/** The lines of a revised text that hold `word`, their leading spaces dropped. */
const linesWith = (text: string, word: RegExp) => text.split('\n').filter((line) => word.test(line)).map((line) => line.trim());
const rulePart = (text: string) => text.slice(text.indexOf('\nPART 583'));
const preamble = (text: string) => text.slice(0, text.indexOf('\nPART 583'));

// The preamble's words that hold “Director”, which no change to the rule's text touches.
const PREAMBLE_DIRECTORS = [
  'This section explains the circumstances under which the Director will terminate an agreement',
  'reconsideration of the Director provided by section 583.125',
  'disapproved or disqualified by the Regional Director or equivalent, to seek reconsideration by the Director.',
  'Apply for reconsideration to the BOEM Director within 15 days',
];

describe('"In part 583, …wherever it appears": the rule’s part 583, its regulatory text', () => {
  const comment = "In part 583, remove the word 'Director' wherever it appears and add in its place 'Regional Director'.";

  it('is read as the part (before: “the draft has no part 583”), and changes each place in it, none in the preamble (BOEM rule)', () => {
    const { edits, unparsed } = proposed(corpusDraft(BOEM), comment);
    expect(unparsed).toEqual([]);
    expect(edits.map((e) => e.clause)).toEqual([
      '§ 583.125(a)', '§ 583.125(a)(1)', '§ 583.125(a)(2)', '§ 583.315(b)', '§ 583.330(a)', '§ 583.345(a)(2)',
      '§ 583.350(a)', '§ 583.350(b)', '§ 583.350(b)(3)', '§ 583.350(c)', '§ 583.350(c)',
    ]);
    const text = revisedByEnglish(corpusDraft(BOEM), comment);
    expect(linesWith(rulePart(text), /Director/u).map((line) => line.slice(0, 60))).toEqual([
      '(a) After being notified of disqualification or disapproval ',
      '(1) All applications for reconsideration must be submitted t',
      '(2) The Regional Director will respond in writing within 30 ',
      '(b) If BOEM decides not to enter into such an agreement, BOE',
      '(a) Failure to comply with any applicable law or any provisi',
      '(2) If BOEM disapproves a request to extend or modify an agr',
      '(a) The Regional Director will terminate any agreement issue',
      '(b) The Regional Director may immediately suspend and subseq',
      '(3) The Regional Director determines that:',
      '(c) The Regional Director will immediately notify the partie',
    ]);
    expect(rulePart(text)).not.toMatch(/(?<!Regional |BOEM Regional )Director/u);
    expect(rulePart(text)).toContain('An applicant may ask the BOEM Regional Director for reconsideration of this decision');
    for (const words of PREAMBLE_DIRECTORS) expect(preamble(text)).toContain(words);
  });

  it('“In § 583.125”, “in subpart A”, “throughout subpart C”: that unit of the rule’s text, never the preamble’s analysis of it (BOEM rule)', () => {
    const draft = corpusDraft(BOEM);
    const only125 = ['§ 583.125(a)', '§ 583.125(a)(1)', '§ 583.125(a)(2)'];
    expect(proposed(draft, "In § 583.125, remove the word 'Director' wherever it appears and add in its place 'Regional Director'.").edits.map((e) => e.clause)).toEqual(only125);
    expect(proposed(draft, "In subpart A, remove the word 'Director' wherever it appears and add in its place 'Regional Director'.").edits.map((e) => e.clause)).toEqual(only125);
    // (Before, subpart C was the preamble's heading “Subpart C—” of its section-by-section analysis.)
    const subpartC = proposed(draft, "Throughout subpart C, remove the word 'Director' and add in its place 'Regional Director'.");
    expect(subpartC.unparsed).toEqual([]);
    expect(subpartC.edits.map((e) => e.clause)).toEqual(['§ 583.315(b)', '§ 583.330(a)', '§ 583.345(a)(2)', '§ 583.350(a)', '§ 583.350(b)', '§ 583.350(b)(3)', '§ 583.350(c)', '§ 583.350(c)']);
    const text = revisedByEnglish(draft, "Throughout subpart C, remove the word 'Director' and add in its place 'Regional Director'.");
    expect(text).toContain('\n(2) The Director will respond in writing within 30 days.\n');
    expect(text).toContain('\n(a) The Regional Director will terminate any agreement issued under this part upon proof');
    expect(text).toContain('This section explains the circumstances under which the Director will terminate an agreement');
    // A part the rule does not have is said, as before.
    expect(proposed(draft, "In part 584, remove the word 'Director' wherever it appears and add in its place 'Regional Director'.").unparsed).toEqual([expect.stringMatching(/the draft has no part 584/u)]);
  });
});

describe('a change throughout with no place named: the rule’s text, not its preamble', () => {
  it('“Director” → “BOEM Director” changes the part’s Directors; the preamble’s, and “Regional Director” there, stay (BOEM rule)', () => {
    const comment = "Remove the word 'Director' wherever it appears and add in its place 'BOEM Director'.";
    const text = revisedByEnglish(corpusDraft(BOEM), comment);
    expect(linesWith(rulePart(text), /Director/u).map((line) => line.slice(0, 60))).toEqual([
      '(a) After being notified of disqualification or disapproval ',
      '(1) All applications for reconsideration must be submitted t',
      '(2) The BOEM Director will respond in writing within 30 days',
      '(b) If BOEM decides not to enter into such an agreement, BOE',
      '(a) Failure to comply with any applicable law or any provisi',
      '(2) If BOEM disapproves a request to extend or modify an agr',
      '(a) The BOEM Director will terminate any agreement issued un',
      '(b) The BOEM Director may immediately suspend and subsequent',
      '(3) The BOEM Director determines that:',
      '(c) The BOEM Director will immediately notify the parties to',
    ]);
    expect(rulePart(text)).not.toMatch(/BOEM BOEM|(?<!BOEM )Director/u);
    // (Before: “by the Regional BOEM Director or equivalent, to seek reconsideration by the BOEM Director”.)
    for (const words of PREAMBLE_DIRECTORS) expect(preamble(text)).toContain(words);
  });

  it('words only the preamble has are said, not changed (BOEM rule)', () => {
    expect(proposed(corpusDraft(BOEM), "Remove the words 'Regional Director' wherever they appear and add in their place 'Regional Supervisor'.")).toEqual({
      edits: [],
      unparsed: [expect.stringMatching(/“Regional Director” stands only in the rule's preamble, which the rule does not amend/u)],
    });
  });
});

describe('a term inside a longer term a change throughout writes is that term’s', () => {
  it('“Secretary” → “Secretary of Labor” in section 3: the Secretary of Labor already written is not made “Secretary of Labor of Labor” (H.R. 1000)', () => {
    const comment = 'In section 3, strike “Secretary” each place it appears and insert “Secretary of Labor”.';
    expect(proposed(corpusDraft(HR1000), comment).edits.map((e) => e.clause)).toEqual(['section 3(2)', 'section 3(3)', 'section 3(15)', 'section 3(15)']);
    const text = revisedByEnglish(corpusDraft(HR1000), comment);
    expect(linesWith(text, /^\s*\(15\) Secretary/u)).toEqual(['(15) Secretary of Labor.— The term “Secretary of Labor” means the Secretary of Labor.']);
    expect(text).not.toContain('of Labor of Labor');
  });

  it('“Director” → “Regional Director” beside “Secretary” → “BOEM Director”: the BOEM Director the rule writes stays so, and no warning asks to change the new words (BOEM rule)', () => {
    const draft = corpusDraft(BOEM);
    const edits = [
      ...proposeEdits("Remove the word 'Director' wherever it appears and add in its place 'Regional Director'.", draft.clauses, 'en').edits,
      ...proposeEdits("Remove the words 'the Secretary' wherever they appear and add in their place 'the BOEM Director'.", draft.clauses, 'en').edits,
    ];
    expect(edits.map((e) => e.op)).toEqual(['replace-all', 'replace-all']);
    const { text, result } = revisedBody(draft, adopted('1', edits[0]!), adopted('2', edits[1]!));
    expect(result.revision.unapplied).toEqual([]);
    const part = rulePart(unescaped(text));
    expect(part).toContain('An applicant may ask the BOEM Director for reconsideration of this decision');
    expect(part).toContain('(43 U.S.C. 1337(k)), the BOEM Director has authority to negotiate');
    expect(part).toContain('\n(2) The Regional Director will respond in writing within 30 days.\n');
    expect(part).not.toMatch(/BOEM Regional Director|Regional Regional/u);
    expect(result.revision.problems.filter((p) => p.rule === 'throughout-missed')).toEqual([]);
  });

  it('propose says which places were left to the longer term, and check --final passes (BOEM rule)', async () => {
    const dir = await corpusWorkspace(BOEM, 'boem');
    for (const comment of ["Remove the word 'Director' wherever it appears and add in its place 'Regional Director'.", "Remove the words 'the Secretary' wherever they appear and add in their place 'the BOEM Director'."]) {
      expect((await redline(dir, 'feedback', 'add', '--unit', 'BOEM', '--comment', comment)).code).toBe(0);
    }
    const shown = await redline(dir, 'propose');
    expect(shown.stdout).toMatch(/note: 2 occurrence\(s\) inside “the BOEM Director”, a longer term other edits write, left as written: entry 2, edit 1 \(c\d+, c\d+\)/u);
    for (const id of ['1', '2']) expect((await redline(dir, 'decide', id, 'adopt')).code).toBe(0);
    const checked = await redline(dir, 'check', '--final');
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout + checked.stderr).not.toContain('throughout-missed');
  });
});

describe('property: a scoped change throughout never touches a unit outside its scope', () => {
  const draft = corpusDraft(BOEM);
  const byId = new Map(draft.clauses.map((c) => [c.id, c]));
  // Any word of the draft, the preamble's too: a word both write is where a change could stray.
  const words = [...new Set(draft.clauses.flatMap((c) => c.text.match(/\b[A-Za-z]{4,}\b/gu) ?? []))];
  const scopes = ['part 583', 'subpart A', 'subpart C', '§ 583.125', '§ 583.315', '§ 583.350', '§ 583.115'];
  const within = (id: string, unit: string): boolean => id === unit || (byId.get(id)?.parent ? within(byId.get(id)!.parent!, unit) : false);

  it('the edits of “In <scope>, remove “w” wherever it appears …” change that scope’s units only, and with no scope the rule’s text only', () => {
    const amended = new Set(throughoutUnits(draft.clauses).map((c) => c.id));
    const part = new Set(cfrParts(draft.clauses)[0]!.units.map((c) => c.id));
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.option(fc.constantFrom(...scopes)), fc.constantFrom('wherever it appears', 'each place it appears', 'throughout'), (word, scope, everywhere) => {
        const comment = `${scope ? `In ${scope}, remove` : 'Remove'} the word '${word}' ${everywhere} and add in its place 'X${word}'.`;
        const { edits } = proposeEdits(comment, draft.clauses, 'en');
        const { result } = revisedBody(draft, adopted('1', ...edits));
        const changed = result.revision.clauses.filter((c) => c.status === 'changed').map((c) => c.id);
        for (const id of changed) expect(scope ? part.has(id) : amended.has(id), `${comment}: ${id}`).toBe(true);
        if (scope?.startsWith('§')) {
          const section = draft.clauses.find((c) => c.marker?.number.replace(/\s+/gu, ' ') === scope);
          expect(section, scope).toBeDefined();
          for (const id of changed) expect(within(id, section!.id), `${comment}: ${id}`).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
