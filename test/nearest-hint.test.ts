// A quote that is not in the unit a comment names: the message names the
// passage of that unit nearest to it (of the draft, where no unit is named),
// on a statute and a bill of the corpus; the edit stays unmade.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import type { Clause } from '../src/core/draft/clause.js';
import type { Draft } from '../src/core/draft/format.js';
import { clauseTree, descendants } from '../src/core/draft/locate.js';
import { resolveEdits } from '../src/core/edits/plan.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { nearestPassage } from '../src/core/text/nearest.js';
import { corpusDraft } from './helpers/drafts.js';

const XK = 'lawrefbook/xingzheng_xuke_fa_2019.md';
const HR1000 = 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt';

/** The comment's one note, with no edit made. */
function note(file: string, comment: string, lang: 'zh' | 'en'): string {
  const { edits, unparsed } = proposeEdits(comment, corpusDraft(file).clauses, lang);
  expect(edits).toEqual([]);
  expect(unparsed).toHaveLength(1);
  return unparsed[0]!.slice(unparsed[0]!.indexOf(' — ') + 3);
}

describe('the nearest passage to a quote that is not there (行政许可法)', () => {
  it('names words one or two characters off, in the unit named', () => {
    expect(note(XK, '建议删除第三条中的“行政许可的设立和实施”', 'zh')).toBe('“行政许可的设立和实施” is not in 第三条; nearest: “行政许可的设定和实施”');
    expect(note(XK, '建议将第十一条中的“有利于发挥公民、法人和其他组织的积极性”修改为“有利于调动积极性”', 'zh')).toBe(
      '“有利于发挥公民、法人和其他组织的积极性” is not in 第十一条; nearest: “有利于发挥公民、法人或者其他组织的积极性”',
    );
  });

  it('names the part of the unit that holds it, and the clause where the draft is searched', () => {
    expect(note(XK, '建议将第十二条中的“国家安全、公众安全”修改为“国家安全”', 'zh')).toBe('“国家安全、公众安全” is not in 第十二条; nearest: “国家安全、公共安全” (第十二条第（一）项)');
    expect(note(XK, '建议将“维护公共利益与社会秩序”修改为“维护社会秩序”', 'zh')).toBe('“维护公共利益与社会秩序” is not in the draft; nearest: “维护公共利益和社会秩序” (第一条)');
  });

  it('reads a quote cut short with …… as the passage from its first words to its last', () => {
    expect(note(XK, '建议将第十二条中的“有限自然资源开发利用……特定行业的市场准入”修改为“市场准入”', 'zh')).toBe(
      '“有限自然资源开发利用……特定行业的市场准入” is not in 第十二条; nearest: “有限自然资源开发利用、公共资源配置以及直接关系公共利益的特定行业的市场准入” (第十二条第（二）项)',
    );
  });

  it('gives no hint where nothing is near', () => {
    expect(note(XK, '建议将第十二条中的“专项经费”改为“资金”', 'zh')).toBe('“专项经费” is not in 第十二条');
  });
});

describe('the nearest passage to a quote that is not there (H.R. 1000)', () => {
  it('names words slightly off, in the section named or in the bill', () => {
    expect(note(HR1000, 'In section 307, strike "retire benefits" and insert "pensions".', 'en')).toBe('“retire benefits” is not in section 307; nearest: “retiree benefits” (section 307(1))');
    expect(note(HR1000, 'In section 102, strike "the Secretary of the Treasure" and insert "the Secretary".', 'en')).toBe(
      '“the Secretary of the Treasure” is not in section 102; nearest: “the Secretary of the Treasury” (section 102(3))',
    );
    expect(note(HR1000, 'Strike "Federal Unemployment Trust Funds maintained" and insert "Trust Fund".', 'en')).toBe(
      '“Federal Unemployment Trust Funds maintained” is not in the draft; nearest: “Federal Unemployment Trust Fund maintained” (section 102(2))',
    );
  });

  it('reads a quote cut short with ... as the passage from its first words to its last', () => {
    expect(note(HR1000, 'In section 103(a), strike "the Board of Governors ... shall lend" and insert "the Secretary shall lend".', 'en')).toBe(
      '“the Board of Governors ... shall lend” is not in section 103(a); nearest: “the Board of Governors of the Federal Reserve System shall lend”',
    );
  });

  it('says the same of an edit in a file whose quote is gone (stale)', () => {
    const bill = corpusDraft(HR1000);
    const names = citableClauses(bill.clauses);
    const clause = bill.clauses.find((c) => cite(names, c.id) === 'section 307(1)')!;
    const [planned] = resolveEdits(bill.clauses, [{ ref: { entry: '1', index: 1 }, edit: { op: 'replace', clause: clause.id, quote: 'retire benefits', text: 'pensions' } }], undefined, 'en');
    expect(planned!.state).toBe('stale');
    expect(planned!.suggestion).toBe('nearest: “retiree benefits”');
  });
});

/** A unit's texts: its own and those of everything under it. */
function unitTexts(draft: Draft, clause: Clause): string[] {
  return [clause, ...descendants(clauseTree(draft.clauses), clause)].map((c) => c.text);
}

/** “A” is not in <unit>[ (it is in N other clauses)]; nearest: “<hint>”[ (<part>)] */
const HINT = /” is not in (.+?)(?: \(it is in .+?\))?; nearest: “(.*)”(?: \([^)]*\))?$/su;

describe('properties of the hint', () => {
  it('is a passage of the texts searched, and none is given for a quote they hold', () => {
    const alphabet = fc.constantFrom('甲', '乙', '的', 'a', 'b', ' ', '，', '…');
    const text = fc.string({ unit: alphabet, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.string({ unit: alphabet, minLength: 1, maxLength: 12 }), (texts, quote) => {
        const near = nearestPassage(quote, texts);
        if (texts.some((t) => t.includes(quote.trim()))) expect(near).toBeUndefined();
        if (near) expect(texts[near.index]!.slice(near.start, near.start + near.text.length)).toBe(near.text);
      }),
      { numRuns: 500 },
    );
  });

  it('on a statute and a bill, names words of the unit the comment names (of the draft where it names none), and nothing where the quote is there', () => {
    const drafts = [
      { draft: corpusDraft(XK), lang: 'zh' as const },
      { draft: corpusDraft(HR1000), lang: 'en' as const },
    ];
    let hints = 0;
    const plain = (s: string) => s.length >= 3 && !/[“”"'‘’\n…]|\.\.\./u.test(s);
    fc.assert(
      fc.property(
        fc.nat(1),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 3, max: 40 }),
        fc.constantFrom('none', 'replace', 'delete', 'insert'),
        fc.nat(),
        (which, clauseAt, startAt, length, change, changeAt) => {
          const { draft, lang } = drafts[which]!;
          const names = citableClauses(draft.clauses);
          const clause = draft.clauses[clauseAt % draft.clauses.length]!;
          const name = cite(names, clause.id);
          const start = startAt % Math.max(1, clause.text.length - length);
          const words = clause.text.slice(start, start + length).trim();
          if (name === '' || !plain(words)) return;
          const k = changeAt % words.length;
          const other = lang === 'zh' ? '甲' : 'q';
          const quote = change === 'none' ? words : change === 'replace' ? words.slice(0, k) + other + words.slice(k + 1) : change === 'delete' ? words.slice(0, k) + words.slice(k + 1) : words.slice(0, k) + other + words.slice(k);
          if (!plain(quote)) return;
          const comment = lang === 'zh' ? `建议将${name}中的“${quote}”修改为“某某”` : `In ${name}, strike "${quote}" and insert "something".`;
          const { unparsed } = proposeEdits(comment, draft.clauses, lang);
          for (const line of unparsed) {
            const hinted = HINT.exec(line);
            if (!hinted) continue;
            // The unit the comment was read to name (section 314(b) of “section 314(b) (paragraph 3)”), or the draft.
            const unit = hinted[1] === 'the draft' ? undefined : draft.clauses.find((c) => cite(names, c.id) === hinted[1]);
            if (hinted[1] !== 'the draft') expect(unit, line).toBeDefined();
            const searched = unit ? unitTexts(draft, unit) : draft.clauses.map((c) => c.text);
            expect(searched.some((t) => t.includes(quote)), line).toBe(false);
            expect(searched.some((t) => t.includes(hinted[2]!)), line).toBe(true);
            hints++;
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(hints).toBeGreaterThan(0);
  });
});
