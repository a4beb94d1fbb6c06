// Display numbers after added and removed clauses, as a clerk expects them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import type { Edit } from '../src/core/edits/edit.js';
import type { Entry } from '../src/core/feedback/entry.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { revise } from '../src/core/revision/revise.js';
import { SEED_PAGE } from './helpers/cli.js';

const { draft } = parseDraft(importDraft(readFileSync(SEED_PAGE, 'utf8'), { format: 'text' }).text, 'seed.md', 'seed');
const item = (n: number) => draft.clauses.find((c) => c.level === 2 && c.marker?.style === '1.' && c.marker.value === n)!;

function adopted(id: string, ...edits: Edit[]): Entry {
  return { id, unit: 'u', comment: 'c', edits, decision: { status: 'adopted' }, file: '', editLines: [] };
}

/** The action items' numbers after the revision, in order, with new ones marked "+". */
function itemNumbers(entries: Entry[]): string[] {
  return revise(draft, entries)
    .clauses.filter((c) => c.status !== 'removed' && c.level === 2 && (c.original ?? c.sequenceOf)?.marker?.style === '1.')
    .map((c) => `${c.status === 'added' ? '+' : ''}${c.markerAfter.trim()}`);
}

describe('renumbering', () => {
  it('leaves every number as written when no clause is added or removed', () => {
    const revision = revise(draft, [adopted('1', { op: 'replace', clause: item(18).id, quote: '开展', text: '基本完成' })]);
    expect(revision.clauses.filter((c) => c.renumbered)).toEqual([]);
    expect(revision.clauses.find((c) => c.original?.number === '(三)')!.markerAfter).toBe('(三)');
  });

  it('after a clause added after item 12 and item 5 removed, numbers run on across sections', () => {
    const numbers = itemNumbers([
      adopted('1', { op: 'add-clause', clause: item(12).id, position: 'after', text: '12.深化国际友城交流合作。' }),
      adopted('2', { op: 'remove-clause', clause: item(5).id }),
    ]);
    expect(numbers).toEqual([
      '1.', '2.', '3.', '4.', // 二
      '5.', '6.', // 三: old 6, 7
      '7.', '8.', '9.', // 四: old 8–10
      '10.', '11.', '+12.', '13.', // 五: old 11, 12, the new clause, old 13
      ...Array.from({ length: 11 }, (_, i) => `${i + 14}.`), // 六, 七: 14–24 unchanged
    ]);
    const revised = revise(draft, [adopted('1', { op: 'add-clause', clause: item(12).id, position: 'after', text: '12.深化国际友城交流合作。' })]);
    const added = revised.clauses.find((c) => c.status === 'added')!;
    expect(added.markerAfter + added.textAfter).toBe('13.深化国际友城交流合作。');
    expect(revised.clauses.find((c) => c.original?.id === item(24).id)!.markerAfter).toBe('25.');
  });

  it('puts a clause added after an item with continuation paragraphs after those paragraphs', () => {
    const revision = revise(draft, [adopted('1', { op: 'add-clause', clause: item(4).id, position: 'after', text: '推进数字经济发展。' })]);
    const order = revision.clauses.map((c) => c.status === 'added' ? 'NEW' : c.original!.text.slice(0, 6));
    const at = order.indexOf('NEW');
    expect(order.slice(at - 2, at + 3)).toEqual(['强力推进国家', '以农业供给侧', 'NEW', '实施协调发展', '着力深化“东']);
    expect(revision.clauses[at]!.markerAfter.trim()).toBe('5.');
    expect(revision.clauses[at + 2]!.markerAfter.trim()).toBe('6.');
  });

  it("renumbers section 一's own 1、 2、 (三) only when a clause is added there, in each clause's own style", () => {
    const goals = draft.clauses.find((c) => c.title === '奋斗目标')!;
    const revision = revise(draft, [adopted('1', { op: 'add-clause', clause: goals.id, position: 'after', text: '发展原则。坚持新发展理念。' })]);
    const section = revision.clauses.filter((c) => c.level === 2 && (c.original ?? c.sequenceOf)?.parent === draft.clauses.find((x) => x.number === '一')!.id);
    expect(section.map((c) => c.markerAfter)).toEqual(['1、', '2、', '3、', '(四)']);
    expect(section[3]!.renumbered).toBe(true);
  });

  it('renumbers statutes in Chinese numerals and removes a clause with its children', () => {
    const statute = parseDraft(
      importDraft(['某条例', '第一条 目的。', '第二条 范围：', '（一）甲；', '（二）乙。', '第三条 施行。'].join('\n\n'), { format: 'text' }).text,
      's.md',
      's',
    ).draft;
    const second = statute.clauses.find((c) => c.number === '第二条')!;
    const revision = revise(statute, [adopted('1', { op: 'remove-clause', clause: second.id })]);
    expect(revision.clauses.filter((c) => c.status !== 'removed').map((c) => c.markerAfter + c.textAfter)).toEqual(['第一条 目的。', '第二条 施行。']);
  });
});
