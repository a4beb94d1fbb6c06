// A change throughout the draft (全文“市场主体”统一修改为“企业等经营主体”)
// beside an edit of one clause whose new words already say what it wants (or
// drop the words): the occurrence is left to that edit, not a conflict. Where
// that edit's words keep the old term, the clerk decides, as before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../src/core/draft/clause.js';
import type { Edit } from '../src/core/edits/edit.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import type { Entry } from '../src/core/feedback/entry.js';
import { proposeEntries } from '../src/core/revision/proposal.js';
import { revise } from '../src/core/revision/revise.js';
import { markdown, terminal } from '../src/cli/proposal-view.js';
import { Chalk } from 'chalk';
import { adopted, corpusDraft, paragraph, revisedBody, unit } from './helpers/drafts.js';

const SHANGHAI = 'lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md';
const COMPANY = 'lawrefbook/gongsi_fa_2018.md';

/** The build with the change throughout as entry `global`, the other edits as the entries after or before it. */
function built(file: string, globalFirst: boolean, all: Edit, ...others: Edit[]) {
  const draft = corpusDraft(file);
  const entries = globalFirst
    ? [adopted('1', all), ...others.map((edit, i) => adopted(String(i + 2), edit))]
    : [...others.map((edit, i) => adopted(String(i + 1), edit)), adopted(String(others.length + 1), all)];
  const { text, result } = revisedBody(draft, ...entries);
  const [, , comparison, redline] = result.outputs.map((o) => o.content);
  return { text, result, comparison: comparison!, redline: redline! };
}

const rowOf = (table: string, name: string) => table.split('\n').find((line) => line.split(' | ')[1] === name);

describe('上海市优化营商环境条例 2020: 全文“市场主体”改为“企业等经营主体” beside edits of single clauses', () => {
  const draft = corpusDraft(SHANGHAI);
  const all: Edit = { op: 'replace-all', clause: '*', quote: '市场主体', text: '企业等经营主体' };
  // The clerk's walk: 第七十九条第（一）项 rewritten in the new words, 第一条 and 第十二条第二款 with the words dropped.
  const item: Edit = { op: 'rewrite', clause: unit(draft, 79, ['项', 1]).id, text: '违反“一网通办”工作要求，限定企业等经营主体办理渠道的；' };
  const first: Edit = { op: 'replace', clause: unit(draft, 1).id, quote: '激发市场主体活力', text: '激发市场活力' };
  const levy: Edit = { op: 'replace', clause: unit(draft, 12, ['款', 2]).id, quote: '不得对市场主体实施任何形式的摊派', text: '不得实施任何形式的摊派' };

  it.each([true, false])('applies both, whichever entry comes first (change throughout first: %s)', (globalFirst) => {
    const { text, result, comparison, redline } = built(SHANGHAI, globalFirst, all, item, first, levy);
    // Before: the change throughout and all three edits were in conflict, and none was applied.
    expect(result.revision.unapplied).toEqual([]);
    expect(text).not.toContain('市场主体');
    expect(paragraph(text, '（一）违反')).toBe('（一）违反“一网通办”工作要求，限定企业等经营主体办理渠道的；');
    expect(paragraph(text, '第一条')).toMatch(/^第一条 为了持续优化营商环境，激发市场活力，维护企业等经营主体合法权益，/u);
    expect(paragraph(text, '任何单位和个人不得干预')).toBe('任何单位和个人不得干预应当由企业等经营主体依法自主决策的定价、内部治理、经营模式等事项，不得实施任何形式的摊派，不得非法实施行政强制或者侵犯企业等经营主体及其经营者合法权益的其他行为。');
    // Each change is the entry's that made it: the rewritten item is the rewrite's alone.
    const [g, i, f, l] = globalFirst ? ['1', '2', '3', '4'] : ['4', '1', '2', '3'];
    expect(rowOf(comparison, '第七十九条第（一）项')).toBe(`| 46 | 第七十九条第（一）项 | （一）违反“一网通办”工作要求，限定~~市场~~主体办理渠道的； | （一）违反“一网通办”工作要求，限定**企业等经营**主体办理渠道的； | ${i} |`);
    expect(rowOf(comparison, '第十二条第二款')?.endsWith(globalFirst ? ` | ${g}、${l} |` : ` | ${l}、${g} |`)).toBe(true);
    expect(redline).toContain(`（一）违反“一网通办”工作要求，限定~~市场~~**企业等经营**主体办理渠道的；〔意见${i}〕`);
    expect(redline).toContain(`激发市场~~主体~~活力〔意见${f}〕，维护~~市场~~**企业等经营**主体〔意见${g}〕合法权益`);
    expect(redline).toContain(`不得~~对市场主体~~实施任何形式的摊派〔意见${l}〕，`);
    // The change throughout applies everywhere else: 56 occurrences less the three taken up.
    const global = result.revision.applied.find((p) => p.edit.op === 'replace-all')!;
    expect(global.spread!.reduce((n, s) => n + s.changes.length, 0)).toBe(53);
    expect(global.takenUp!.map((t) => [t.clause.number, t.by.map((r) => r.entry)])).toEqual([
      ['第一条', [f]],
      ['', [l]],
      ['（一）', [i]],
    ]);
  });

  it('stays a conflict where the other edit’s new words keep the old term, whichever entry comes first', () => {
    const keeps: Edit = { op: 'rewrite', clause: unit(draft, 79, ['项', 1]).id, text: '违反“一网通办”工作要求，限定市场主体和个人办理渠道的；' };
    for (const globalFirst of [true, false]) {
      const { result } = built(SHANGHAI, globalFirst, all, keeps, first);
      expect(result.revision.unapplied.map((p) => [p.edit.op, p.state, p.conflictsWith.map((r) => r.entry)])).toEqual(
        globalFirst ? [['replace-all', 'conflict', ['2']], ['rewrite', 'conflict', ['1']]] : [['rewrite', 'conflict', ['3']], ['replace-all', 'conflict', ['1']]],
      );
    }
  });
});

describe('公司法 2018: 全文“股东大会”改为“股东会” beside a rewrite of a 款 that says 股东会 already', () => {
  const draft = corpusDraft(COMPANY);
  const all: Edit = { op: 'replace-all', clause: '*', quote: '股东大会', text: '股东会' };
  // 第十六条第二款 as the 2023 law words it (第十五条第二款); the change throughout alone would make it 股东会或者股东会决议.
  const guarantee: Edit = { op: 'rewrite', clause: unit(draft, 16, ['款', 2]).id, text: '公司为公司股东或者实际控制人提供担保的，应当经股东会决议。' };
  // 第一百零二条 rewritten whole: its 款 go with it, each occurrence in them is the rewrite's.
  const notice: Edit = { op: 'rewrite', clause: unit(draft, 102).id, text: '召开股东会会议，应当将会议召开的时间、地点和审议的事项于会议召开二十日前通知各股东；临时股东会会议应当于会议召开十五日前通知各股东。\n股东会不得对通知中未列明的事项作出决议。' };

  it.each([true, false])('applies both, whichever entry comes first (change throughout first: %s)', (globalFirst) => {
    const { text, result, comparison, redline } = built(COMPANY, globalFirst, all, guarantee, notice);
    expect(result.revision.unapplied).toEqual([]);
    expect(text).not.toContain('股东大会');
    expect(paragraph(text, '公司为公司股东或者实际控制人')).toBe('公司为公司股东或者实际控制人提供担保的，应当经股东会决议。');
    expect(paragraph(text, '第一百零二条')).toBe('第一百零二条 召开股东会会议，应当将会议召开的时间、地点和审议的事项于会议召开二十日前通知各股东；临时股东会会议应当于会议召开十五日前通知各股东。');
    expect(paragraph(text, '股东会不得对')).toBe('股东会不得对通知中未列明的事项作出决议。');
    const [g, r] = globalFirst ? ['1', '2'] : ['3', '1'];
    expect(rowOf(comparison, '第十六条第二款')).toBe(`| 2 | 第十六条第二款 | 公司为公司股东或者实际控制人提供担保的，~~必须~~经股东~~会或者股东大~~会决议。 | 公司为公司股东或者实际控制人提供担保的，**应当**经股东会决议。 | ${r} |`);
    // Its first 款 is the change throughout's.
    expect(rowOf(comparison, '第十六条第一款')?.endsWith(` | ${g} |`)).toBe(true);
    expect(redline).toContain(`公司为公司股东或者实际控制人提供担保的，~~必须~~**应当**经股东~~会或者股东大~~会决议。〔意见${r}〕`);
    const global = result.revision.applied.find((p) => p.edit.op === 'replace-all')!;
    // 第十六条第二款 once, 第一百零二条 and its 款 (2 + 3 + 1 + 2).
    expect(global.takenUp!.length).toBe(9);
  });

  it('propose shows both ok, and notes the occurrences the rewrites take up', () => {
    const entries = [adopted('1', all), { ...adopted('2', guarantee), decision: { status: 'pending' as const } }, adopted('3', notice)];
    const proposals = proposeEntries(draft.clauses, entries, 'zh');
    expect(proposals.map((p) => p.edits.map((e) => e.state))).toEqual([['ok'], ['ok'], ['ok']]);
    const ids = [unit(draft, 16, ['款', 2]), unit(draft, 102), ...[2, 3, 4].map((n) => unit(draft, 102, ['款', n]))].map((c) => c.id);
    const note = `9 occurrence(s) left to edits whose new words there have no “股东大会”: entry 2, edit 1 (${ids[0]}); entry 3, edit 1 (${ids.slice(1).join(', ')})`;
    expect(proposals[0]!.edits[0]!.notes).toEqual([note]);
    expect(terminal(proposals.slice(0, 1), new Chalk({ level: 0 })).split('\n')[3]).toBe(`      note: ${note}`);
    expect(markdown(proposals.slice(0, 1), 'gongsi').split('\n')).toContain(`   _Note:_ ${note}`);
  });

  it('stays a conflict where the rewrite keeps 股东大会', () => {
    const keeps: Edit = { op: 'rewrite', clause: unit(draft, 16, ['款', 2]).id, text: '公司为公司股东或者实际控制人提供担保的，必须经股东大会决议。' };
    const { result } = built(COMPANY, true, all, keeps);
    expect(result.revision.unapplied.map((p) => [p.ref.entry, p.state])).toEqual([
      ['1', 'conflict'],
      ['2', 'conflict'],
    ]);
  });
});

describe('an occurrence inside another edit whose new words lack the old term (property)', () => {
  // Old term of 丁 and 戊, new term of 己 and 庚, the other edits' words of 甲, 乙, 己: none can make the old term again.
  const piece = fc.constantFrom('甲', '乙丙', 'OLD');
  const clauseText = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => `甲${p.join('')}。`);
  const words = fc.array(fc.constantFrom('甲', '乙', '己'), { minLength: 1, maxLength: 4 }).map((w) => w.join(''));
  /** For each clause: no edit, a rewrite, or a replacement of the words around one occurrence (its index, and how far on either side). */
  const other = fc.oneof(
    fc.constant(undefined),
    fc.record({ op: fc.constant('rewrite' as const), text: words }),
    fc.record({ op: fc.constant('replace' as const), which: fc.nat(), before: fc.nat({ max: 2 }), after: fc.nat({ max: 2 }), text: words }),
  );

  type Drafted = Array<[string, { op: 'rewrite'; text: string } | { op: 'replace'; which: number; before: number; after: number; text: string } | undefined]>;

  /** The draft of those clauses, and each clause's other edit, its words with the old term after them where `keep`. */
  function drafted(quote: string, clausesDrafted: Drafted, keep: boolean) {
    const lines = clausesDrafted.map(([t], i) => `${i + 1}.${t.replaceAll('OLD', quote)}`);
    const clauses = importDraft(['关于测试的意见', '一、总体要求', ...lines].join('\n\n'), { format: 'text' }).clauses;
    expect(clauses.slice(1).map((c) => c.text)).toEqual(lines.map((l) => l.slice(l.indexOf('.') + 1)));
    const edits: Edit[] = [];
    clausesDrafted.forEach(([, o], i) => {
      const clause = clauses[i + 1]!;
      if (!o) return;
      const text = keep ? `${o.text}${quote}` : o.text;
      if (o.op === 'rewrite') {
        edits.push({ op: 'rewrite', clause: clause.id, text });
        return;
      }
      const at = occurrencesOf(clause.text, quote);
      if (at.length === 0) return;
      const start = Math.max(0, at[o.which % at.length]! - o.before);
      const end = Math.min(clause.text.length, at[o.which % at.length]! + quote.length + o.after);
      const quoted = clause.text.slice(start, end);
      edits.push({ op: 'replace', clause: clause.id, quote: quoted, text, occurrence: occurrencesOf(clause.text, quoted).indexOf(start) + 1 });
    });
    return { clauses, edits };
  }

  function revised(clauses: Clause[], edits: Edit[], all: Edit, globalFirst: boolean) {
    const entries: Entry[] = globalFirst ? [adopted('0', all), ...edits.map((e, i) => adopted(String(i + 1), e))] : [...edits.map((e, i) => adopted(String(i + 1), e)), adopted('9', all)];
    return revise({ clauses, meta: { numbering: { continuous: [] } } }, entries);
  }

  const quotes = fc.constantFrom('丁戊', '丁', '戊丁戊');
  const texts = fc.constantFrom('己庚', '庚');
  const clausesDrafted = fc.array(fc.tuple(clauseText, other), { minLength: 1, maxLength: 5 }) as fc.Arbitrary<Drafted>;

  it('applies with no conflict, in any entry order, and leaves the old term nowhere', () => {
    fc.assert(
      fc.property(quotes, texts, clausesDrafted, fc.boolean(), (quote, text, drafts, globalFirst) => {
        fc.pre(drafts.some(([t]) => t.includes('OLD')));
        const { clauses, edits } = drafted(quote, drafts, false);
        const revision = revised(clauses, edits, { op: 'replace-all', clause: '*', quote, text }, globalFirst);
        expect(revision.unapplied.map((p) => p.message)).toEqual([]);
        for (const c of revision.clauses) expect(c.textAfter).not.toContain(quote);
        // Every other edit's words are in its clause as written.
        for (const e of edits) expect(revision.clauses.find((c) => c.id === e.clause)!.textAfter).toContain((e as { text: string }).text);
      }),
      { numRuns: 300 },
    );
  });

  it('where it applies, every clause left with the old term is warned of (throughout-missed), and no other', () => {
    fc.assert(
      fc.property(quotes, texts, clausesDrafted, fc.boolean(), fc.boolean(), (quote, text, drafts, keep, globalFirst) => {
        fc.pre(drafts.some(([t]) => t.includes('OLD')));
        const { clauses, edits } = drafted(quote, drafts, keep);
        const all: Edit = { op: 'replace-all', clause: '*', quote, text };
        const revision = revised(clauses, edits, all, globalFirst);
        fc.pre(revision.applied.some((p) => p.edit === all));
        const warned = revision.problems.filter((p) => p.rule === 'throughout-missed').map((p) => p.clause);
        const left = revision.clauses.filter((c) => c.status !== 'removed' && c.textAfter.includes(quote)).map((c) => c.id);
        expect(warned).toEqual(left);
      }),
      { numRuns: 300 },
    );
  });

  it('stays a conflict with each edit whose new words keep the old term, in any entry order', () => {
    fc.assert(
      fc.property(quotes, texts, clausesDrafted, (quote, text, drafts) => {
        fc.pre(drafts.some(([t]) => t.includes('OLD')));
        const { clauses, edits } = drafted(quote, drafts, true);
        const all: Edit = { op: 'replace-all', clause: '*', quote, text };
        // Each edit's range holds an occurrence, but a rewrite of a clause without one.
        const holding = edits.filter((e) => e.op === 'replace' || clauses.find((c) => c.id === e.clause)!.text.includes(quote));
        for (const globalFirst of [true, false]) {
          const unapplied = revised(clauses, edits, all, globalFirst).unapplied.map((p) => p.edit);
          expect(new Set(unapplied)).toEqual(new Set(holding.length > 0 ? [all, ...holding] : []));
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Where the quote starts, overlapping occurrences too (as anchors count them). */
function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}
