// The hint a stale quote gets. It named the first clause anywhere that holds
// the quote as where it went (two walks: 市场价格秩序 gone from 明码标价规定
// 第三条 was "now in c3 (第一条)", an article that says the same; 办事 gone
// from 行政许可法 第六条 "now in 第三十三条"). Words still near it in its own
// clause come first now, others that hold it are said beside them, and
// several are named as several.
import { describe, expect, it } from 'vitest';
import type { Clause } from '../src/core/draft/clause.js';
import { anchorQuote } from '../src/core/edits/anchor.js';
import { corpusDraft } from './helpers/drafts.js';

const MINGMA = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

/** The draft with one article's text replaced, and that article. */
function rewritten(clauses: readonly Clause[], number: string, from: string, to: string): { clauses: Clause[]; clause: Clause } {
  const changed = clauses.map((c) => (c.number === number && c.text.includes(from) ? { ...c, text: c.text.replace(from, to) } : c));
  return { clauses: changed, clause: changed.find((c) => c.number === number && c.text.includes(to))! };
}

describe('a stale quote’s hint', () => {
  it('明码标价规定 第三条 after 市场价格秩序 became 市场秩序: 第一条, which says the same, is where the words stand, not where they went', () => {
    const { clauses, clause } = rewritten(MINGMA.clauses, '第三条', '扰乱市场价格秩序', '扰乱市场秩序');
    const first = clauses.find((c) => c.number === '第一条')!;
    const anchor = anchorQuote(clause, { quote: '价格', prefix: '市场' }, clauses, 'zh');
    expect(anchor.state).toBe('stale');
    expect(anchor.suggestion).toBe(`the quote stands in ${first.id} (第一条)`);
  });

  it('行政许可法 第六条 after 办事 went: 第三十三条, which also says 办事, is where it stands, not where it went', () => {
    const { clauses, clause } = rewritten(XUKE.clauses, '第六条', '办事', '行政');
    const holder = clauses.find((c) => c.id !== clause.id && c.text.includes('办事'))!;
    const anchor = anchorQuote(clause, { quote: '办事' }, clauses, 'zh');
    expect(anchor.state).toBe('stale');
    expect(anchor.suggestion).toBe(`the quote stands in ${holder.id} (${holder.number})`);
  });

  it('a short quote several clauses hold: named as several (行政许可法 “申请人”)', () => {
    const { clauses, clause } = rewritten(XUKE.clauses, '第二十九条', '申请人', '当事人');
    const anchor = anchorQuote(clause, { quote: '申请人' }, clauses, 'zh');
    const holders = clauses.filter((c) => c.id !== clause.id && c.text.includes('申请人'));
    const named = holders.slice(0, 3).map((c) => `${c.id}${c.number ? ` (${c.number})` : ''}`);
    expect(anchor.suggestion).toContain(`the quote stands in ${holders.length} other clauses (${named.join(', ')}, …)`);
    expect(anchor.suggestion).not.toContain('is now in');
  });

  it('words near it left in its own clause come first, with the prefix and suffix read with the quote (H. R. 1000: over 10 years → over 12 years)', () => {
    const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
    const { clauses, clause } = rewritten(bill.clauses, '(b)', 'over 10 years', 'over 12 years');
    const anchor = anchorQuote(clause, { quote: '10', prefix: 'over ', suffix: ' years' }, clauses, 'en');
    expect(anchor.suggestion).toMatch(/^nearest: “over 12/u);
  });

  it('a quote moved whole to one other clause, nothing near left: that clause is where it went (行政许可法 第六条 → 第八条)', () => {
    const moved = XUKE.clauses.map((c) => (c.number === '第六条' ? { ...c, text: '实施行政许可，应当遵循便民的原则。' } : c.number === '第八条' ? { ...c, text: `${c.text}提高办事效率，提供优质服务。` } : c));
    const clause = moved.find((c) => c.number === '第六条')!;
    const eighth = moved.find((c) => c.number === '第八条')!;
    const anchor = anchorQuote(clause, { quote: '提高办事效率，提供优质服务' }, moved, 'zh');
    expect(anchor.suggestion).toBe(`the quote is now in ${eighth.id} (第八条)`);
  });
});
