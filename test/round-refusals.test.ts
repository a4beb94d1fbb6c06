// `redline round` refuses to close a round with no decided entry: run twice,
// it archived an empty round and moved the same text on to round 3 (exit 0).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline, snapshot } from './helpers/cli.js';

const table = (rows: Array<[string, string]>) => `序号,单位,主要意见\n${rows.map(([unit, comment], i) => `${i + 1},${unit},${comment}`).join('\n')}\n`;

async function ok(dir: string, ...args: string[]): Promise<void> {
  const result = await redline(dir, ...args);
  expect(result.code, result.stderr).toBe(0);
}

const refusal = (file: string, line: number, round: number, name: string, pending: string) =>
  `${file}:${line}:1: error: round ${round} of ${name} has no decided entry (${pending}): closing it would archive an empty round and start round ${round + 1} with the same text; decide an entry first (redline decide <entry> adopt|reject), then run redline round again [empty-round]\nround: 1 problem(s); nothing changed\n`;

describe('redline round with nothing decided', () => {
  for (const [file, name, comments] of [
    [
      'lawrefbook/samr_mingma_biaojia_2022.md',
      'x',
      [
        ['市发改委', '建议将第三条中的“诚实信用”修改为“诚信”。'],
        ['市消协', '建议删去第十二条第一款中的“（含电子标价签）”。'],
      ],
    ],
    [
      'lawrefbook/gongsi_fa_2018.md',
      'gongsi',
      [
        ['市场监管局', '建议将第十条中的“主要办事机构所在地”修改为“登记的住所”。'],
        ['工商联', '建议删去第十二条中的“并依法登记”。'],
      ],
    ],
  ] as Array<[string, string, Array<[string, string]>]>) {
    it(`${file}: run twice, the second round refuses (exit 1) at the draft's round: line, changing nothing`, async () => {
      const dir = await corpusWorkspace(file, name);
      writeFileSync(join(dir, 'r1.csv'), table(comments));
      await ok(dir, 'feedback', 'import', 'r1.csv');
      await ok(dir, 'decide', '1', 'adopt');
      await ok(dir, 'round', name);
      const before = snapshot(dir);
      const line = readFileSync(join(dir, `drafts/${name}.md`), 'utf8').split('\n').indexOf('round: 2') + 1;
      expect(line).toBeGreaterThan(1);
      expect(await redline(dir, 'round', name)).toEqual({ code: 1, stdout: '', stderr: refusal(`drafts/${name}.md`, line, 2, name, 'its 1 entry is pending') });
      expect(snapshot(dir)).toEqual(before);
      // Once an entry is decided, it closes.
      await ok(dir, 'decide', '2', 'reject', '--reason', '另行研究');
      await ok(dir, 'round', name);
      expect(readFileSync(join(dir, `drafts/${name}.md`), 'utf8')).toMatch(/^round: 3$/mu);
    });

    it(`${file}: round 1 with every entry pending, or none, is refused at line 1`, async () => {
      const dir = await corpusWorkspace(file, name);
      const empty = snapshot(dir);
      expect(await redline(dir, 'round', name, '--json')).toEqual({ code: 1, stdout: '', stderr: refusal(`drafts/${name}.md`, 1, 1, name, 'it has no entries') });
      expect(snapshot(dir)).toEqual(empty);
      writeFileSync(join(dir, 'r1.csv'), table(comments));
      await ok(dir, 'feedback', 'import', 'r1.csv');
      const before = snapshot(dir);
      expect(await redline(dir, 'round', name)).toEqual({ code: 1, stdout: '', stderr: refusal(`drafts/${name}.md`, 1, 1, name, 'its 2 entries are pending') });
      expect(snapshot(dir)).toEqual(before);
    });
  }
});
