// The edit engine: every op and every state, on a Chinese and an English draft.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../src/core/draft/clause.js';
import { editFromFields, type Edit, type UnitEdit } from '../src/core/edits/edit.js';
import { applyChanges, markConflicts, resolveEdits, unitChange, type PlannedEdit } from '../src/core/edits/plan.js';
import { readVersion } from '../src/core/diff/version.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const ZH = importDraft(
  [
    '关于加强社区治理的意见(征求意见稿)',
    '一、总体要求',
    '1.完善社区服务体系。推进社区服务,推进社区治理。(牵头单位:区民政局;责任单位:区财政局、区人社局)',
    '2.加强队伍建设。吸引优秀人才。(牵头单位：区委组织部)',
    '3.强化保障。经费列入预算。',
  ].join('\n\n'),
  { format: 'text' },
).clauses;

const EN = importDraft(
  [
    'Community Services Act (Discussion Draft)',
    'SEC. 1. SHORT TITLE. This Act may be cited as the Community Services Act.',
    'SEC. 2. DUTIES. The Secretary shall publish a report within 30 days. (Lead: Office of Budget; Responsible: Treasury, Labor)',
  ].join('\n'),
  { format: 'text' },
).clauses;

const byNumber = (clauses: Clause[], number: string) => clauses.find((c) => c.number === number)!;

function plan(clauses: Clause[], ...edits: Array<[string, Edit]>): PlannedEdit[] {
  const planned = resolveEdits(
    clauses,
    edits.map(([entry, edit], i) => ({ ref: { entry, index: i + 1 }, edit })),
    undefined,
    'zh',
  );
  markConflicts(planned);
  return planned;
}

function after(p: PlannedEdit): string {
  return applyChanges(p.clause!.text, [p.change!]);
}

describe('text edits on a Chinese draft', () => {
  const item1 = byNumber(ZH, '1');

  it('replace, delete, insert before and after, append (before the units)', () => {
    const [replace, del, before, afterQuote, append] = plan(
      ZH,
      ['a', { op: 'replace', clause: item1.id, quote: '完善', text: '健全' }],
      ['b', { op: 'delete', clause: item1.id, quote: '服务体系。' }],
      ['c', { op: 'insert', clause: item1.id, quote: '区民政局', text: '区政府办、', position: 'before' }],
      ['d', { op: 'insert', clause: item1.id, quote: '推进社区治理', text: '和法治建设', position: 'after' }],
      ['e', { op: 'append', clause: item1.id, text: '建立考核机制。' }],
    );
    for (const p of [replace, del, before, afterQuote, append]) expect(p!.state).toBe('ok');
    expect(after(replace!)).toBe('健全社区服务体系。推进社区服务,推进社区治理。(牵头单位:区民政局;责任单位:区财政局、区人社局)');
    expect(after(del!)).toBe('完善社区推进社区服务,推进社区治理。(牵头单位:区民政局;责任单位:区财政局、区人社局)');
    expect(after(before!)).toContain('(牵头单位:区政府办、区民政局;');
    expect(after(afterQuote!)).toContain('推进社区治理和法治建设。');
    expect(after(append!)).toBe('完善社区服务体系。推进社区服务,推进社区治理。建立考核机制。(牵头单位:区民政局;责任单位:区财政局、区人社局)');
  });

  it('marks a quote that repeats as ambiguous, and an occurrence or a prefix resolves it', () => {
    const [ambiguous, second, prefixed] = plan(
      ZH,
      ['a', { op: 'replace', clause: item1.id, quote: '推进社区', text: '深化社区' }],
      ['b', { op: 'replace', clause: item1.id, quote: '推进社区', text: '深化社区', occurrence: 2 }],
      ['c', { op: 'replace', clause: item1.id, quote: '社区', text: '街道', prefix: '推进', suffix: '治理' }],
    );
    expect(ambiguous!.state).toBe('ambiguous');
    expect(ambiguous!.message).toBe(`entry a, edit 1 (${item1.id}, 1): “推进社区” occurs 2 times in ${item1.id}; give an occurrence (1–2) or a prefix/suffix`);
    expect(second!.state).toBe('conflict');
    expect(after(second!)).toBe('完善社区服务体系。推进社区服务,深化社区治理。(牵头单位:区民政局;责任单位:区财政局、区人社局)');
    expect(prefixed!.state).toBe('conflict');
    expect(second!.conflictsWith).toEqual([{ entry: 'c', index: 3 }]);
  });

  it('marks a quote that is gone as stale, with the nearest text or the clause that holds it now', () => {
    const [moved, gone, missing] = plan(
      ZH,
      ['a', { op: 'replace', clause: item1.id, quote: '经费列入预算', text: '经费足额列入预算' }],
      ['b', { op: 'delete', clause: item1.id, quote: '完善社区服务体制' }],
      ['c', { op: 'append', clause: 'c999', text: '新增。' }],
    );
    expect(moved!.state).toBe('stale');
    expect(moved!.suggestion).toBe(`the quote is now in ${byNumber(ZH, '3').id} (3)`);
    expect(gone!.state).toBe('stale');
    expect(gone!.suggestion).toBe('nearest: “完善社区服务体系”');
    expect(missing!.state).toBe('stale');
    expect(missing!.message).toBe('entry c, edit 3 (c999): clause c999 is not in the draft');
  });

  it('refuses an edit missing a field its op needs, naming the field', () => {
    expect(editFromFields({ op: 'replace', clause: item1.id, quote: '完善' })).toEqual({ problems: [{ field: 'text', message: 'replace needs text' }] });
    expect(editFromFields({ op: 'insert', clause: item1.id, quote: '完善', text: 'x', position: 'inside' })).toEqual({
      problems: [{ field: 'position', message: 'position of insert is "before" or "after"' }],
    });
    // A missing position names the ones the op takes (a clerk's walk: "add-clause needs position (--position)" said none).
    expect(editFromFields({ op: 'add-clause', clause: item1.id, text: '（4）依法处置。' })).toEqual({
      problems: [{ field: 'position', message: 'add-clause needs position ("before", "after", "inside", "first-paragraph")' }],
    });
    expect(editFromFields({ op: 'replace-all', quote: 'A', text: 'B', occurrence: 2 })).toEqual({ edit: { op: 'replace-all', clause: '*', quote: 'A', text: 'B' } });
  });

  it('finds conflicts between overlapping edits of two entries, and not between neighbours', () => {
    const planned = plan(
      ZH,
      ['1', { op: 'replace', clause: item1.id, quote: '社区服务体系', text: '公共服务体系' }],
      ['2', { op: 'delete', clause: item1.id, quote: '服务体系。推进' }],
      ['3', { op: 'insert', clause: item1.id, quote: '完善', text: '全面', position: 'before' }],
      ['4', { op: 'insert', clause: item1.id, quote: '完善社区', text: '基层', position: 'after' }],
    );
    expect(planned.map((p) => p.state)).toEqual(['conflict', 'conflict', 'ok', 'conflict']);
    expect(planned[0]!.conflictsWith).toEqual([{ entry: '2', index: 2 }, { entry: '4', index: 4 }]);
    expect(planned[1]!.message).toBe(`entry 2, edit 2 (${item1.id}, 1): overlaps entry 1, edit 1`);
  });

  it('lets two appends compose, and conflicts a removed clause with changes to it', () => {
    const item3 = byNumber(ZH, '3');
    const planned = plan(
      ZH,
      ['1', { op: 'append', clause: item3.id, text: '甲。' }],
      ['2', { op: 'append', clause: item3.id, text: '乙。' }],
      ['3', { op: 'remove-clause', clause: item3.id }],
      ['4', { op: 'add-clause', clause: item3.id, text: '4.新增。', position: 'after' }],
    );
    expect(planned.map((p) => p.state)).toEqual(['conflict', 'conflict', 'conflict', 'ok']);
    expect(planned[2]!.conflictsWith).toEqual([{ entry: '1', index: 1 }, { entry: '2', index: 2 }]);
    const composed = plan(ZH, ['1', { op: 'append', clause: item3.id, text: '甲。' }], ['2', { op: 'append', clause: item3.id, text: '乙。' }]);
    expect(composed.map((p) => p.state)).toEqual(['ok', 'ok']);
    expect(applyChanges(item3.text, composed.map((p) => p.change!))).toBe('强化保障。经费列入预算。甲。乙。');
  });
});

describe('unit edits', () => {
  const item1 = byNumber(ZH, '1');
  const item2 = byNumber(ZH, '2');
  const item3 = byNumber(ZH, '3');

  it('add units with the list separator, never twice', () => {
    // 区人社局 is already responsible: it is not added a second time.
    expect(item1.units.responsible).toContain('区人社局');
    const [p] = plan(ZH, ['a', { op: 'add-units', clause: item1.id, role: 'responsible', units: ['区人社局', '区教育局'] }]);
    expect(after(p!)).toMatch(/\(牵头单位:区民政局;责任单位:区财政局、区人社局、区教育局\)$/);
    expect(after(p!).split('区人社局')).toHaveLength(2);
  });

  it('remove units and set the lead', () => {
    const [remove, lead] = plan(
      ZH,
      ['a', { op: 'remove-units', clause: item1.id, role: 'responsible', units: ['区财政局'] }],
      ['b', { op: 'set-lead', clause: item1.id, units: ['区政府办'] }],
    );
    expect(after(remove!)).toMatch(/责任单位:区人社局\)$/);
    expect(after(lead!)).toMatch(/\(牵头单位:区政府办;责任单位:区财政局、区人社局\)$/);
  });

  it('adds a missing role in the annotation\'s own punctuation, and a whole annotation where there is none', () => {
    const [responsible, none] = plan(
      ZH,
      ['a', { op: 'add-units', clause: item2.id, role: 'responsible', units: ['区人社局'] }],
      ['b', { op: 'add-units', clause: item3.id, role: 'responsible', units: ['区财政局'] }],
    );
    expect(after(responsible!)).toBe('加强队伍建设。吸引优秀人才。(牵头单位：区委组织部；责任单位：区人社局)');
    expect(after(none!)).toBe('强化保障。经费列入预算。（责任单位：区财政局）');
  });

  it('composes unit edits of several entries on one list; contradicting ones conflict', () => {
    const planned = plan(
      ZH,
      ['1', { op: 'add-units', clause: item1.id, role: 'responsible', units: ['区教育局'] }],
      ['2', { op: 'add-units', clause: item1.id, role: 'responsible', units: ['区卫健委'] }],
    );
    expect(planned.map((p) => p.state)).toEqual(['ok', 'ok']);
    const edits = planned.map((p) => p.edit as UnitEdit);
    expect(applyChanges(item1.text, [unitChange(item1, edits[1]!, [edits[0]!])])).toMatch(/责任单位:区财政局、区人社局、区教育局、区卫健委\)$/);
    const clash = plan(
      ZH,
      ['1', { op: 'add-units', clause: item1.id, role: 'responsible', units: ['区教育局'] }],
      ['2', { op: 'remove-units', clause: item1.id, role: 'responsible', units: ['区教育局'] }],
      ['3', { op: 'set-lead', clause: item1.id, units: ['区政府办'] }],
      ['4', { op: 'set-lead', clause: item1.id, units: ['区发改局'] }],
      ['5', { op: 'replace', clause: item1.id, quote: '区财政局', text: '区财政分局' }],
    );
    expect(clash.map((p) => p.state)).toEqual(['conflict', 'conflict', 'conflict', 'conflict', 'conflict']);
  });
});

describe('an English draft', () => {
  const sec2 = byNumber(EN, 'SEC. 2');

  it('reads its sections and units', () => {
    expect(EN.map((c) => c.number)).toEqual(['SEC. 1', 'SEC. 2']);
    expect(sec2.units).toEqual({ lead: ['Office of Budget'], responsible: ['Treasury', 'Labor'] });
  });

  it('applies text and unit edits in English form', () => {
    const [replace, units, lead] = plan(
      EN,
      ['a', { op: 'replace', clause: sec2.id, quote: 'shall', text: 'must promptly' }],
      ['b', { op: 'add-units', clause: sec2.id, role: 'responsible', units: ['Commerce'] }],
      ['c', { op: 'set-lead', clause: sec2.id, units: ['Treasury'] }],
    );
    expect(after(replace!)).toContain('The Secretary must promptly publish');
    expect(after(units!)).toMatch(/\(Lead: Office of Budget; Responsible: Treasury, Labor, Commerce\)$/);
    expect(after(lead!)).toMatch(/\(Lead: Treasury; Responsible: Treasury, Labor\)$/);
    const [added] = plan(EN, ['a', { op: 'add-units', clause: byNumber(EN, 'SEC. 1').id, role: 'lead', units: ['Clerk'] }]);
    expect(after(added!)).toBe('SHORT TITLE. This Act may be cited as the Community Services Act. (Lead: Clerk)');
  });
});

describe('conflicts among many edits of one clause (property)', () => {
  // A long article of a real statute: 民事诉讼法 (2023) 第一百二十二条 and its like.
  const file = 'test/fixtures/corpus/lawrefbook/minshi_susong_fa_2023.md';
  const clause = readVersion(readFileSync(file, 'utf8'), file, 'msf').clauses.filter((c) => c.text.length > 0).sort((a, b) => b.text.length - a.text.length)[0]!;
  const length = clause.text.length;

  type Span = { start: number; end: number; text: string };
  /**
   * What trying every pair gives: edits whose ranges overlap (a point strictly inside a range, or two points at one
   * place) conflict, as do words inserted at a range's edge that the range writes there too; two appends never.
   */
  function overlaps(a: Span, b: Span): boolean {
    if (a.start === a.end && b.start === b.end) return a.start === b.start;
    if (a.start === a.end) return (b.start < a.start && a.start < b.end) || again(a, b);
    if (b.start === b.end) return (a.start < b.start && b.start < a.end) || again(b, a);
    return a.start < b.end && b.start < a.end;
  }
  const again = (point: Span, span: Span) => (point.start === span.start && span.text.startsWith(point.text)) || (point.start === span.end && span.text.endsWith(point.text));

  const span = fc.tuple(fc.nat(length), fc.nat(12), fc.constantFrom('replace', 'delete', 'insert', 'append', 'remove-clause'), fc.constantFrom('改', '改正', '正'));

  it('marks exactly the overlapping pairs, each pair once, in entry order, on any set of edits', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
        const planned: PlannedEdit[] = spans.map(([at, size, op, text], i) => {
          const start = op === 'append' ? length : Math.min(at, length);
          const end = op === 'insert' || op === 'append' ? start : Math.min(length, start + size);
          const edit = (op === 'remove-clause' ? { op, clause: clause.id } : { op: 'replace', clause: clause.id, quote: clause.text.slice(start, end), text }) as Edit;
          const realOp = op === 'append' ? ({ op: 'append', clause: clause.id, text } as Edit) : edit;
          return {
            ref: { entry: String(i + 1), index: 1 },
            edit: realOp,
            clause,
            state: 'ok',
            conflictsWith: [],
            ...(op === 'remove-clause' ? { removes: [clause.id] } : { change: { start, end, text } }),
          };
        });
        const expected = planned.map(() => [] as string[]);
        planned.forEach((a, i) => {
          for (let j = i + 1; j < planned.length; j++) {
            const b = planned[j]!;
            const [ra, rb] = [a.edit.op === 'remove-clause', b.edit.op === 'remove-clause'];
            // Words added at the end compose with other words added at the same point, in entry order.
            const points = a.change && b.change && a.change.start === a.change.end && b.change.start === b.change.end;
            const composes = (a.edit.op === 'append' || b.edit.op === 'append') && points;
            const clash = ra || rb ? ra !== rb : !composes && overlaps(a.change!, b.change!);
            if (clash) {
              expected[i]!.push(b.ref.entry);
              expected[j]!.push(a.ref.entry);
            }
          }
        });
        markConflicts(planned);
        expect(planned.map((p) => p.conflictsWith.map((r) => r.entry))).toEqual(expected);
        expect(planned.map((p) => p.state)).toEqual(expected.map((list) => (list.length > 0 ? 'conflict' : 'ok')));
        // The message names the last edit it was found to overlap.
        planned.forEach((p, i) => {
          if (expected[i]!.length > 0) expect(p.message).toMatch(new RegExp(`overlaps entry ${expected[i]!.at(-1)}, edit 1$`, 'u'));
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('a change throughout the draft (全文…统一修改为) where words around already read as the new text', () => {
  it('上海市优化营商环境条例 2020: “市场主体” → “企业等经营主体” writes 企业等 once where the text reads 企业等市场主体', () => {
    const draft = corpusDraft('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md');
    const { text } = revisedBody(draft, adopted('1', { op: 'replace-all', clause: '*', quote: '市场主体', text: '企业等经营主体' }));
    expect(text).not.toContain('企业等企业等');
    expect(text).not.toContain('市场主体');
    expect(text.split('企业等经营主体').length - 1).toBe(56);
  });

  it('行政许可法: “行政机关” → “有关行政机关” leaves the five that read 有关行政机关 as they are', () => {
    const draft = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const planned = resolveEdits(draft.clauses, [{ ref: { entry: '1', index: 1 }, edit: { op: 'replace-all', clause: '*', quote: '行政机关', text: '有关行政机关' } }], undefined, 'zh');
    expect(planned[0]!.spread!.reduce((n, s) => n + s.changes.length, 0)).toBe(154 - 5);
    const { text } = revisedBody(draft, adopted('1', { op: 'replace-all', clause: '*', quote: '行政机关', text: '有关行政机关' }));
    expect(text).not.toContain('有关有关');
    expect(text.split('有关行政机关').length - 1).toBe(154);
  });

  it('公司法: “公司” → “本公司” leaves the 28 that read 本公司 as they are (one character of context is enough where the whole new text stands there)', () => {
    const draft = corpusDraft('lawrefbook/gongsi_fa_2023.md');
    const { text } = revisedBody(draft, adopted('1', { op: 'replace-all', clause: '*', quote: '公司', text: '本公司' }));
    expect(text).not.toContain('本本公司');
    const before = revisedBody(draft).text;
    expect(text.split('本公司').length - 1).toBe(before.split('公司').length - 1);
  });

  it('on any text: every old word reads as the new text once, whether or not its lead stood there already (property)', () => {
    // The old word 丁戊 or 丁; the lead 己庚 (letters nowhere else); the text mixes plain words, the old word, and the old word with its lead.
    fc.assert(
      fc.property(fc.constantFrom('丁戊', '丁'), fc.constantFrom('己庚', '己庚己'), fc.array(fc.constantFrom('甲', '乙丙', 'OLD', 'LEADOLD'), { maxLength: 20 }), (quote, lead, pieces) => {
        const text = `甲${pieces.join('').replaceAll('LEAD', lead).replaceAll('OLD', quote)}。`;
        const clause = { ...ZH[1]!, text } as Clause;
        const [planned] = resolveEdits([clause], [{ ref: { entry: '1', index: 1 }, edit: { op: 'replace-all', clause: '*', quote, text: `${lead}${quote}` } }], undefined, 'zh');
        const after = applyChanges(text, planned!.spread?.[0]?.changes ?? []);
        expect(after.split(`${lead}${lead}`).length).toBe(1);
        expect(after.split(`${lead}${quote}`).length - 1).toBe(text.split(quote).length - 1);
      }),
    );
  });
});

describe('the same words asked for twice, once inserted and once written into a replacement beside them, conflict', () => {
  const conflicting = (file: string, lang: 'zh' | 'en', ...comments: string[]) => {
    const draft = corpusDraft(file);
    const edits = comments.map((comment) => proposeEdits(comment, draft.clauses, lang).edits);
    for (const [i, list] of edits.entries()) expect(list, comments[i]).toHaveLength(1);
    const planned = plan(draft.clauses, ...edits.map((list, i): [string, Edit] => [String(i + 1), list[0]!]));
    return planned.map((p) => p.state);
  };

  it('H.J.Res. 37 section 2: “of” after “in-flight refueling”, and “refueling,” struck for “refueling of,” (was refueling of of,)', () => {
    expect(conflicting('us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt', 'en', 'In section 2, insert “of” after “in-flight refueling”.', 'In section 2, strike “refueling,” and insert “refueling of,”.')).toEqual(['conflict', 'conflict']);
  });

  it('行政许可法 第六条: “和服务质量” after “提高办事效率”, and “提高办事效率，” changed to “提高办事效率和服务质量，”', () => {
    expect(conflicting('lawrefbook/xingzheng_xuke_fa_2019.md', 'zh', '在第六条“提高办事效率”后增加“和服务质量”。', '将第六条中的“提高办事效率，”修改为“提高办事效率和服务质量，”。')).toEqual(['conflict', 'conflict']);
  });

  it('words inserted beside a replacement that writes other words still compose (行政许可法 第六条)', () => {
    expect(conflicting('lawrefbook/xingzheng_xuke_fa_2019.md', 'zh', '在第六条“提高办事效率”后增加“和服务质量”。', '将第六条中的“提高办事效率，”修改为“提高办事效率；”。')).toEqual(['ok', 'ok']);
  });
});
