// English cross-references follow the units they name, on the corpus's US
// bills: section 314(d), subsection (b), paragraph (2), paragraphs (1)
// through (14); references to other Acts and text quoted from them are never
// touched. A bill's table of contents is one block that follows its sections.
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import type { Draft } from '../src/core/draft/format.js';
import { clauseTree } from '../src/core/draft/locate.js';
import { findEnglishReferences } from '../src/core/draft/english-references.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, paragraph, revisedBody } from './helpers/drafts.js';

/** The clause named as a drafter cites it: "section 313(a)". */
function named(draft: Draft, name: string) {
  const names = citableClauses(draft.clauses);
  const found = draft.clauses.filter((c) => cite(names, c.id) === name);
  if (found.length !== 1) throw new Error(`${name}: ${found.length} clauses`);
  return found[0]!;
}

/** A paragraph of the revised text as read: Markdown escapes dropped, a hard break a line break, its spaces plain. */
const unescaped = (text: string) =>
  text
    .replace(/\\\n/gu, '\n')
    .replace(/\\([!-/:-@[-`{-~])/gu, '$1')
    .replace(/[^\S\n]+/gu, ' ');

describe('H.R. 1000: references to its own sections, subsections and paragraphs', () => {
  const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');

  it('reads section 314(d), subsection (a) or (b), paragraphs (1) through (14), and not section 102(17) of the Housing … Act', () => {
    const tree = clauseTree(bill.clauses);
    const names = citableClauses(bill.clauses);
    const read = (clause: string) => {
      const c = named(bill, clause);
      return findEnglishReferences(tree, c, c.text).map((r) => `${c.text.slice(r.start, r.end)} → ${r.groups.map((g) => [g.from, g.to].filter(Boolean).map((s) => cite(names, s!.at(-1)!.unit.id)).join('..')).join(', ')}`);
    };
    expect(read('section 102')).toEqual(['section 314(d) → section 314(d)']);
    expect(read('section 313(d)')).toEqual(['subsection (a) or (b) → section 313(a), section 313(b)', 'subsection (a) or (b) → section 313(a), section 313(b)']);
    expect(read('section 303(15)')).toEqual(['paragraphs (1) through (14) → section 303(1)..section 303(14)']);
    expect(read('section 3(7)')).toEqual([]);
    expect(read('section 304(6)')).toEqual(['sections 305, 306, and 307 → section 305, section 306, section 307']);
    // Designators in brackets list after a singular noun too.
    expect(read('section 313(a)')).toEqual(['paragraph (3), (4), or (5) of section 304 → section 304(3), section 304(4), section 304(5)']);
  });

  it('after section 313(a) is struck, subsection (b) is subsection (a), and subsection (a) or (b) names the one left, subsection (a) (a warning)', () => {
    const { text, result } = revisedBody(bill, adopted('1', { op: 'remove-clause', clause: named(bill, 'section 313(a)').id }));
    expect(unescaped(paragraph(text, '\\(b) Waiver of Rights')!)).toMatch(/^\(b\) Waiver of Rights\.— For disputes falling within the scope of subsection \(a\), the election/u);
    expect(unescaped(paragraph(text, '\\(c) Breaches')!)).toMatch(/^\(c\) Breaches of a Collective Bargaining Agreement\.— If a dispute falling within the scope of subsection \(a\) includes .* but it may be invoked under subsection \(a\), as appropriate,/u);
    expect(unescaped(paragraph(text, '\\(d) Other Disputes')!)).toMatch(/^\(d\) Other Disputes\.— .* that does not fall within the scope of subsection \(a\) may have their claim/u);
    const narrowed = (clause: string, times = '') => [`narrowed-reference`, `${clause} (${named(bill, clause).id}) cites a list that held section 313(a), which is removed: “subsection (a) or (b)”${times} now names the units left in it`];
    // Said once of 313(d), which cites the list twice.
    expect(result.revision.problems.map((p) => [p.rule, p.message])).toEqual([narrowed('section 313(d)', ' (2 times)'), narrowed('section 313(e)')]);
    // Marked whole in the redline, as the removal's consequence.
    const redline = result.outputs.find((o) => o.name.endsWith('.redline.md'))!.content;
    expect(redline).toContain('within the scope of ~~subsection (a) or (b)~~**subsection (a)**[#1]');
  });

  it('after section 306 is struck, sections 305, 306, and 307 is sections 305 and 306 (old 307), a plural left with one unit singular; section 306 alone is reported', () => {
    const { text, result } = revisedBody(bill, adopted('1', { op: 'remove-clause', clause: named(bill, 'section 306').id }));
    expect(unescaped(paragraph(text, '\\(6) ensure')!)).toBe('(6) ensure that any employment funded under the grant complies with sections 305 and 306;');
    expect(result.revision.problems.map((p) => [p.rule, p.message])).toEqual([
      ['dangling-reference', `section 3(10) (${named(bill, 'section 3(10)').id}) cites section 306, which is removed: “section 306”`],
      ['narrowed-reference', `section 304(6) (${named(bill, 'section 304(6)').id}) cites a list that held section 306, which is removed: “sections 305, 306, and 307” now names the units left in it`],
    ]);
    const both = revisedBody(bill, adopted('1', { op: 'remove-clause', clause: named(bill, 'section 305').id }, { op: 'remove-clause', clause: named(bill, 'section 306').id }));
    expect(unescaped(paragraph(both.text, '\\(6) ensure')!)).toBe('(6) ensure that any employment funded under the grant complies with section 305;');
  });

  it('after a paragraph is added to section 302 and one struck from section 303, paragraph (2) and paragraphs (1) through (14) follow', () => {
    const { text, result } = revisedBody(
      bill,
      adopted('1', { op: 'add-clause', clause: named(bill, 'section 302(1)').id, position: 'after', text: 'public institutions of higher education;' }),
      adopted('2', { op: 'remove-clause', clause: named(bill, 'section 303(3)').id }),
    );
    expect(unescaped(paragraph(text, '\\(4) agencies')!)).toBe('(4) agencies of the entities listed in paragraph (3) with the approval of the head of the agency or other person with the authority to make such commitments;');
    expect(unescaped(paragraph(text, '\\(14) Other activities')!)).toMatch(/^\(14\) Other activities analogous to those described in paragraphs \(1\) through \(13\) that address/u);
    // The range names the paragraphs left in it: right, and told to the clerk as a warning.
    expect(result.revision.problems).toEqual([
      {
        rule: 'narrowed-reference',
        clause: named(bill, 'section 303(15)').id,
        message: `section 303(15) (${named(bill, 'section 303(15)').id}) cites a range that held section 303(3), which is removed: “paragraphs (1) through (14)” now names the units left in it`,
        edits: [{ entry: '2', index: 1 }],
      },
    ]);
  });

  it('after a section is added after section 101, the table of contents and section 103 follow; other Acts’ and quoted sections do not', () => {
    const { text } = revisedBody(bill, adopted('1', { op: 'add-clause', clause: named(bill, 'section 101').id, position: 'after', text: 'SEC. 102. PURPOSE OF THE TRUST FUND. The Trust Fund shall be used only as this Act provides.' }));
    const contents = unescaped(paragraph(text, '\\(b) Table of Contents')!).split('\n');
    expect(contents.slice(4, 9)).toEqual([
      'TITLE I—ESTABLISHMENT OF NATIONAL FULL EMPLOYMENT TRUST FUND',
      'Sec. 101. National Full Employment Trust Fund.',
      'Sec. 103. Source of funds.',
      'Sec. 104. Loans from the Federal Reserve System.',
      'Sec. 105. Trust Fund corpus reserved.',
    ]);
    expect(text).toContain('section 102(17) of the Housing and Community Development Act (42 U.S.C. 5302(17))');
    expect(text).toContain('excluded from gross income under section 103(a),');
    expect(text).toContain('\n\nSEC. 102. PURPOSE OF THE TRUST FUND.');
    expect(text).toContain('\n\nSEC. 103. SOURCE OF FUNDS.');
  });

  it('after a section is added after section 307, the redline marks section 314(d) whole, its comment after it (not section ~~314~~**315**[#1](d))', () => {
    const { result } = revisedBody(bill, adopted('1', { op: 'add-clause', clause: named(bill, 'section 307').id, position: 'after', text: 'SEC. 308. WAGE REPORTS. Each program shall report wages paid.' }));
    const redline = result.outputs.find((o) => o.name.endsWith('.redline.md'))!.content;
    expect(redline).toContain('date set forth in section ~~314(d)~~**315(d)**[#1] occurs');
    expect(redline).not.toMatch(/\*\*\[#1\]\(/u);
  });

  it('after section 304(2) is struck, paragraph (3), (4), or (5) of section 304 is paragraph (2), (3), or (4)', () => {
    const { text, result } = revisedBody(bill, adopted('1', { op: 'remove-clause', clause: named(bill, 'section 304(2)').id }));
    expect(unescaped(text)).toContain('alleged violations of paragraph (2), (3), or (4) of section 304, shall be investigated');
    expect(result.revision.problems).toEqual([]);
  });

  it('after section 304(4) and section 303 are struck, paragraph (3), (4), or (5) of section 304 is paragraph (3) or (4) of section 303', () => {
    const { text, result } = revisedBody(bill, adopted('1', { op: 'remove-clause', clause: named(bill, 'section 304(4)').id }, { op: 'remove-clause', clause: named(bill, 'section 303').id }));
    expect(unescaped(text)).toContain('alleged violations of paragraph (3) or (4) of section 303, shall be investigated');
    expect(result.revision.problems.filter((p) => p.clause === named(bill, 'section 313(a)').id).map((p) => p.rule)).toEqual(['narrowed-reference']);
  });

  it('lists only units of one level under the same units, and reads a comma before a bracket as a list only where the list ends in and / or', () => {
    const inserted = (host: string, quote: string, phrase: string, ...removed: string[]) => {
      const { text } = revisedBody(bill, adopted('1', ...removed.map((r) => ({ op: 'remove-clause' as const, clause: named(bill, r).id }))), adopted('2', { op: 'replace', clause: named(bill, host).id, quote, text: phrase }));
      return /ZZ (.*?) ZZ/u.exec(unescaped(text))![1];
    };
    const outreach = (phrase: string, ...removed: string[]) => inserted('section 304(7)', 'institute an outreach program', `institute ZZ ${phrase} ZZ an outreach program`, ...removed);
    // Items of different levels are not one list: each is renumbered where it stands, the removed one reported.
    expect(outreach('sections 304(1), 305, and 306', 'section 304(1)')).toBe('sections 304(1), 305, and 306');
    expect(outreach('sections 305(1) and 306', 'section 304(1)')).toBe('sections 305(1) and 306');
    // An enumeration after a reference is not part of it: paragraph (2) is renumbered still.
    expect(outreach('notwithstanding paragraph (2), (A) the grant', 'section 304(1)')).toBe('notwithstanding paragraph (1), (A) the grant');
    expect(inserted('section 313(c)', 'the election', 'ZZ except as provided in subsection (b), (1) the election ZZ', 'section 313(a)')).toBe('except as provided in subsection (a), (1) the election');
    // Designators that name nothing as a list leave the section after them to be read on its own.
    expect(outreach('subsection (b)(1), (2), or (3) of section 306', 'section 305')).toBe('subsection (b)(1), (2), or (3) of section 305');
    // The joining word as written, or none.
    expect(outreach('SECTIONS 305, 306, OR 307', 'section 306')).toBe('SECTIONS 305 OR 306');
    expect(outreach('paragraphs (1), (2), (3) of section 305', 'section 305(2)')).toBe('paragraphs (1), (2) of section 305');
  });

  it('after section 210 is struck, the table of contents lists it no more', () => {
    const { text, result } = revisedBody(bill, adopted('1', { op: 'remove-clause', clause: named(bill, 'section 210').id }));
    const contents = unescaped(paragraph(text, '\\(b) Table of Contents')!).split('\n');
    expect(contents.filter((l) => l.startsWith('Sec. 20') || l.startsWith('Sec. 21'))).toEqual([
      'Sec. 201. In general.',
      'Sec. 202. Grant management.',
      'Sec. 203. Office of Technical Assistance.',
      'Sec. 204. Office of Educational Support.',
      'Sec. 205. Office of Assisted Placement.',
      'Sec. 206. Office of Dispute Resolution.',
      'Sec. 207. Office of Statistics and Research.',
      'Sec. 208. National Employment Conference.',
      'Sec. 209. Program website.',
      'Sec. 210. Workforce Innovation and Opportunity Act.',
    ]);
    expect(result.revision.problems).toEqual([]);
  });
});

describe('S. 2245: an amending bill whose subsections cite the amended Act', () => {
  it('after section 2(b) is struck, (c) and (d) move up, and every subsection quoted from the Budget Act stays as written', () => {
    const bill = corpusDraft('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt');
    const before = revisedBody(bill).text;
    const { text, result } = revisedBody(bill, adopted('1', { op: 'remove-clause', clause: named(bill, 'section 2(b)').id }));
    // Every quoted paragraph (the Budget Act's own subsection (c), section 251(c) …) is there as written.
    const gone = new Set(result.revision.clauses.filter((c) => c.status === 'removed').map((c) => c.markerBefore + c.textBefore));
    const quoted = before.split('\n\n').filter((p) => unescaped(p).startsWith('“') && !gone.has(unescaped(p)));
    expect(quoted.length).toBeGreaterThan(20);
    for (const p of quoted) expect(text.split('\n\n')).toContain(p);
    expect(unescaped(text)).toContain('\n\n(b) Conforming Amendments.— Part C of the Balanced Budget');
    expect(unescaped(text)).toContain('\n\n(c) Table of Contents.— The table of contents in section 250(a)');
    expect(unescaped(text)).toContain('in subsection (c), and include such report');
    expect(result.revision.problems).toEqual([]);
  });
});

describe('H.R. 1000’s table of contents', () => {
  const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');

  it('is one block inside section 1(b), and creates no structure: the titles hold the sections', () => {
    const contents = named(bill, 'section 1(b)');
    expect(contents.text.split('\n')).toHaveLength(36);
    expect(bill.clauses.filter((c) => c.marker?.style === 'Sec. 1')).toEqual([]);
    const byId = new Map(bill.clauses.map((c) => [c.id, c]));
    const titles = bill.clauses.filter((c) => c.marker?.style === 'TITLE I');
    expect(titles.map((c) => [c.number, c.heading, c.parent])).toEqual([
      ['TITLE I', 2, null],
      ['TITLE II', 2, null],
      ['TITLE III', 2, null],
    ]);
    const sections = bill.clauses.filter((c) => c.marker?.style === 'SEC. 1');
    expect(sections.map((c) => `${c.number}<${c.parent ? byId.get(c.parent)!.number : ''}`).slice(0, 6)).toEqual(['SECTION 1<', 'SEC. 2<', 'SEC. 3<', 'SEC. 101<TITLE I', 'SEC. 102<TITLE I', 'SEC. 103<TITLE I']);
    expect(bill.clauses.find((c) => c.text === 'H. R. 1000')?.marker).toBeNull();
  });

  it('leaves section 3 to the body: a comment on section 3 edits the definitions', () => {
    const proposal = proposeEdits('Strike paragraph (6) of section 3.', bill.clauses, 'en');
    expect(proposal.edits).toMatchObject([{ op: 'remove-clause', clause: named(bill, 'section 3(6)').id }]);
    expect(named(bill, 'section 3(6)').text).toMatch(/^Health exchange\.— /u);
  });
});

// A regulation (30 CFR part 583, as the Federal Register printed it, its text
// indented by depth): its sections are designations (§ 583.340, § 583.345)
// that never renumber, every level below them is a "paragraph", and its own
// sections are cited as § 583.330(a). From a user's walk on the BOEM rule.
describe('BOEM final rule: a regulation’s sections and paragraphs', () => {
  const rule = corpusDraft('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md');
  const id = (name: string) => named(rule, name).id;

  it('reads § 583.125(a)(2), section 583.125(a)(2), § 583.350(a) and § 583.340 in comments', () => {
    const edits = (comment: string) => proposeEdits(comment, rule.clauses, 'en').edits;
    for (const at of ['§ 583.125(a)(2)', 'section 583.125(a)(2)']) {
      expect(edits(`In ${at}, replace "30 days" with "45 days".`), at).toEqual([expect.objectContaining({ op: 'replace', clause: id('§ 583.125(a)(2)'), quote: '30', text: '45' })]);
    }
    expect(edits('§ 583.350(a) should read: "(a) The Director will terminate any agreement."')).toEqual([expect.objectContaining({ op: 'rewrite', clause: id('§ 583.350(a)') })]);
    expect(edits('Delete § 583.340.')).toEqual([expect.objectContaining({ op: 'remove-clause', clause: id('§ 583.340') })]);
  });

  it('reads the indented regulatory text of the Markdown file, a unit per line', () => {
    expect(named(rule, '§ 583.345(a)(1)(iv)').text).toBe('The signatures of the parties to the agreement and BOEM.');
    // (The Federal Register writes a thin space after §.)
    expect(named(rule, '§ 583.350(b)(1)').text).toBe('There is noncompliance with the agreement, pursuant to §\u2009583.330 (a); or');
  });

  it('after § 583.340 is removed, § 583.345 and § 583.350 keep their numbers; a section added after § 583.350 with no number of its own takes § 583.351 (one given its number keeps it: english-amendments)', () => {
    const { text, result } = revisedBody(
      rule,
      adopted('1', { op: 'remove-clause', clause: id('§ 583.340') }),
      adopted('2', { op: 'add-clause', clause: id('§ 583.350'), position: 'after', text: 'What records must the parties keep? The parties must keep the records of the project for five years.' }),
    );
    expect(unescaped(text)).toContain('\n§ 583.345 What is the process for extending or modifying an agreement?\n');
    expect(unescaped(text)).toContain('\n§ 583.350 When can an agreement be terminated?\n');
    expect(unescaped(text)).toContain('\n§ 583.351 What records must the parties keep?');
    const comparison = result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content;
    expect(comparison).not.toContain('Renumbered');
    expect(comparison).toContain('| 1 | § 583.340 | ~~§\u2009583.340 What debarment');
  });

  it('after a paragraph (b) is added to § 583.345, paragraph (b) of this section is paragraph (c); the new one is named § 583.345(b) (new)', () => {
    const { text, result } = revisedBody(rule, adopted('1', { op: 'add-clause', clause: id('§ 583.345(a)'), position: 'after', text: '(b) BOEM will publish notice of each approved extension on its Web site.' }));
    expect(unescaped(text)).toContain('With the exception of paragraph (c) of this section, any such request');
    const comparison = result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content;
    expect(comparison).toContain('| § 583.345(b) (new) | (added) | **(b) BOEM will publish notice of each approved extension on its Web site.** | 1 |');
    expect(comparison).toContain('former § 583.345(b) is now § 583.345(c)');
  });

  it('reports a reference to a paragraph removed, whether written paragraph (a)(1) of this section or § 583.330 (a)', () => {
    const { result } = revisedBody(
      rule,
      adopted('1', { op: 'remove-clause', clause: id('§ 583.110(a)(1)') }),
      adopted('2', { op: 'remove-clause', clause: id('§ 583.330(a)') }),
    );
    expect(result.revision.problems.map((p) => p.message)).toEqual([
      `§ 583.110(a)(2) (${id('§ 583.110(a)(2)')}) cites § 583.110(a)(1), which is removed: “paragraph (a)(1)”`,
      `§ 583.350(b)(1) (${id('§ 583.350(b)(1)')}) cites § 583.330(a), which is removed: “§\u2009583.330 (a)”`,
    ]);
  });
});
