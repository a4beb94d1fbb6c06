// Rules that hold for any table: the importer never writes an entry file its
// own reader rejects, and it keeps every cell (as a field or a note); rows
// already imported are never added twice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEntry, parseEntry, type Entry } from '../src/core/feedback/entry.js';
import { findQuotations } from '../src/core/feedback/quotation.js';
import { entryHeader } from '../src/cli/file-headers.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { LOCATOR, locatorOf, planImport } from '../src/core/intake/feedback-import.js';
import { readTable } from '../src/core/intake/feedback-table.js';
import { tableFromGrid } from '../src/core/intake/table-rows.js';
import { CORPUS } from './helpers/cli.js';

const draft = importDraft(readFileSync(join(CORPUS, 'lawrefbook/nianjie_fangjia_banfa_2013.md'), 'utf8'), { format: 'markdown' });

// Cells as offices and the public fill them: decision words, quotes, YAML-looking text, pipes, line breaks.
const cellText = fc.oneof(
  fc.constantFrom('', '采纳', '不采纳，与上位法不符', '部分采纳', '否', '待研究', 'null', 'yes', '- 列表', '&anchor', '*alias', 'key: value', '"引号"', '#注释', '第二条', '  ', '|'),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('建议将第二条第二项中的“放假3天”改为“放假4天”。', '建议删除第五条中的“记者节、”。', '第一行\n第二行'),
);
const header = ['序号', '单位', '意见内容', '采纳情况', '理由', '备注', '联系电话', '提交时间'];

describe('whatever the table holds', () => {
  it('every entry the importer writes reads back, with every non-empty cell kept', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: header.length, maxLength: header.length + 1 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const table = tableFromGrid([header, ...rows], [1, ...rows.map((_, i) => i + 2)])!;
        const plan = planImport([{ ...table, public: true }], [], { file: 't.csv', clauses: draft.clauses, lang: 'zh', window: { from: '2013-01-01', to: '2013-12-31' } });
        for (const entry of plan.entries) {
          const text = formatEntry(entry, entryHeader(entry.id, 'holidays'));
          const { entry: read, problems } = parseEntry(text, `${entry.id}.yaml`);
          expect(problems.filter((p) => p.fatal !== false).map((p) => p.reason)).toEqual([]);
          const pick = (e: Omit<Entry, 'file' | 'editLines'>) => [e.id, e.unit, e.comment, e.contact, e.notes, e.decision, e.from, e.campaign, e.timing, e.edits.length];
          expect(pick(read!)).toEqual(pick(entry));
        }
        // What 理由 and 备注 say stays with the entry, as its reason or a note.
        for (const entry of plan.entries) {
          const row = rows[entry.from!.line! - 2]!;
          const kept = [entry.decision.reason ?? '', ...(entry.notes ?? []).map((n) => n.text)].join('\n');
          for (const cell of [row[4]!, row[5]!]) expect(kept).toContain(cell.trim());
        }
        // Rows with a comment are entries; the others are reported, never silently lost.
        expect(plan.entries.length + table.skipped.length).toBe(rows.filter((r) => r.some((c) => c.trim() !== '')).length);
      }),
      { numRuns: 200 },
    );
  });

  it('importing the same rows again adds nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const table = tableFromGrid([header.slice(0, 5), ...rows], [1, ...rows.map((_, i) => i + 2)])!;
        const options = { file: 't.csv', clauses: draft.clauses, lang: 'zh' as const };
        const first = planImport([table], [], options).entries.map((e) => ({ ...e, file: '', editLines: [] }));
        const again = planImport([table], first, options);
        expect(again.entries).toEqual([]);
        expect(again.known.map((k) => k.entry)).toEqual(first.map((e) => e.id));
      }),
      { numRuns: 200 },
    );
  });

  it('any text with a table in it reads without throwing anything but a clear "no table" message', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cellText, fc.constantFrom('序号', '单位', '意见', '采纳情况', '1', '2', '序号 | 意见 | 采纳情况 |', '\t')), { maxLength: 40 }), (cells) => {
        try {
          readTable(cells.join('\n'), 'x.txt', 'text');
        } catch (error) {
          expect((error as Error).message).toMatch(/^no feedback table here/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('locatorOf', () => {
  // The sweep that leaves out places inside quotations gives what testing each place against each quotation gives.
  it('names the same places as the plain search, quotations and all (property)', () => {
    const naive = (comment: string) => {
      const quoted = findQuotations(comment);
      const found = [...comment.matchAll(LOCATOR)].filter((m) => !quoted.some(({ start, end }) => m.index > start && m.index < end)).map((m) => m[0]);
      return found.length === 0 ? undefined : [...new Set(found)].join('；');
    };
    const piece = fc.constantFrom('第十条', '第3条', '第二款', '“', '”', '"', "'", '「', '」', '建议', '删除', '18项', 'section 4', '第15页', '，', '第一百二十三条、第十二条');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const comment = pieces.join('');
      expect(locatorOf(comment)).toBe(naive(comment));
    }));
  });
});

