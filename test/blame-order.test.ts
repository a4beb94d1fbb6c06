// blame lists a round's entries in their natural order (5 before 12), as the
// response table does: it listed them as their changes stood in the clause
// (entry 12 before entry 5 where 12's words came first).
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';

async function ok(dir: string, ...args: string[]): Promise<string> {
  const result = await redline(dir, ...args);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('redline blame: entries of a round in natural order', () => {
  for (const [file, name, article, first, second] of [
    ['lawrefbook/samr_mingma_biaojia_2022.md', 'x', '第三条', ['公开', '公示'], ['诚实信用', '诚信']],
    ['lawrefbook/gongsi_fa_2018.md', 'gongsi', '第三条', ['企业法人', '企业法人组织'], ['法人财产权', '法人财产权利']],
  ] as const) {
    it(`${file}: entries 5 and 12 change ${article} (12's words first in it): 5 is listed first, in text and JSON`, async () => {
      const dir = await corpusWorkspace(file, name);
      const clauses = JSON.parse(await ok(dir, 'clauses', '--json')) as Array<{ id: string; number: string; title: string }>;
      const clause = clauses.find((c) => c.number === article)!;
      for (let i = 1; i <= 12; i++) await ok(dir, 'feedback', 'add', '--unit', `单位${i}`, '--comment', `意见${i}`);
      await ok(dir, 'feedback', 'edit', '12', '--op', 'replace', '--clause', clause.id, '--quote', first[0], '--text', first[1]);
      await ok(dir, 'feedback', 'edit', '5', '--op', 'replace', '--clause', clause.id, '--quote', second[0], '--text', second[1]);
      await ok(dir, 'decide', '12', '5', 'adopt', '--date', '2024-05-01', '--by', '法规科');
      expect(await ok(dir, 'blame', name, clause.id)).toBe(
        [
          `${clause.id} ${article}${clause.title ? ` ${clause.title}` : ''}`,
          '  round 1 · entry 5 · 单位5 · changed · adopted 2024-05-01 by 法规科',
          '  round 1 · entry 12 · 单位12 · changed · adopted 2024-05-01 by 法规科',
          '',
        ].join('\n'),
      );
      const json = JSON.parse(await ok(dir, 'blame', name, '--json')) as Array<{ clause: string; changes: Array<{ entry: string; round: number }> }>;
      expect(json.map((r) => [r.clause, r.changes.map((c) => [c.round, c.entry])])).toEqual([[clause.id, [[1, '5'], [1, '12']]]]);
    });
  }
});
