// After `redline round`, new entries (feedback import, feedback add) are
// numbered after every id of the draft's rounds, the closed ones too: a closed
// round's ids are in its published response table and in blame, so round 2
// must not give entry 2 to another comment (it numbered from the carried ones).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline, snapshot } from './helpers/cli.js';

const ids = (dir: string, folder: string) =>
  readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace('.yaml', ''))
    .sort((a, b) => Number(a) - Number(b));

const table = (rows: Array<[string, string]>) => `序号,单位,主要意见\n${rows.map(([unit, comment], i) => `${i + 1},${unit},${comment}`).join('\n')}\n`;

async function ok(dir: string, ...args: string[]): Promise<string> {
  const result = await redline(dir, ...args);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('entry ids after a round follow every round’s ids', () => {
  const cases = [
    {
      file: 'lawrefbook/samr_mingma_biaojia_2022.md',
      name: 'x',
      round1: [
        ['市发改委', '建议将第三条中的“诚实信用”修改为“诚信”。'],
        ['市农业农村局', '第十条中“告知农产品出售者”表述不准确，建议改为“如实告知农产品出售者”。'],
        ['市消协', '建议删去第十二条第一款中的“（含电子标价签）”。'],
      ] as Array<[string, string]>,
      round2: [
        ['市司法局', '建议将第二十四条中的“三万元以下罚款”调整为“五万元以下罚款”。'],
        ['市网信办', '建议将第十三条中的“网络页面”修改为“网络页面、应用程序”。'],
      ] as Array<[string, string]>,
    },
    {
      file: 'lawrefbook/gongsi_fa_2018.md',
      name: 'gongsi',
      round1: [
        ['市场监管局', '建议将第十条中的“主要办事机构所在地”修改为“登记的住所”。'],
        ['司法局', '建议将第二十四条中的“五十个以下”修改为“一个以上五十个以下”。'],
        ['工商联', '建议删去第十二条中的“并依法登记”。'],
      ] as Array<[string, string]>,
      round2: [
        ['国资委', '建议将第十三条中的“董事长、执行董事或者经理”修改为“代表公司执行公司事务的董事或者经理”。'],
        ['税务局', '建议将第三条中的“独立的法人财产”修改为“独立的财产”。'],
      ] as Array<[string, string]>,
    },
  ];
  for (const c of cases) {
    it(`${c.file}: round 2's imported and added entries are 4, 5, 6 (round 1 had 1–3, entry 1 carried)`, async () => {
      const dir = await corpusWorkspace(c.file, c.name);
      writeFileSync(join(dir, 'r1.csv'), table(c.round1));
      await ok(dir, 'feedback', 'import', 'r1.csv');
      await ok(dir, 'decide', '2', '3', 'reject', '--reason', '另行研究');
      await ok(dir, 'round', c.name);
      const closed = snapshot(join(dir, 'feedback', c.name, 'round-1'));
      writeFileSync(join(dir, 'r2.csv'), table(c.round2));
      const imported = await ok(dir, 'feedback', 'import', 'r2.csv');
      expect(imported).toContain(`imported 2 entries (4–5), `);
      expect(ids(dir, `feedback/${c.name}`)).toEqual(['1', '4', '5']);
      expect(await ok(dir, 'feedback', 'add', '--unit', '财政局', '--comment', '无意见。')).toBe(
        `added entry 6 with 0 edit(s) in feedback/${c.name}/6.yaml\nnot made: 无意见 — a general remark: no edit asked for\nno edit could be made from the comment: add one with --op, or edit the file\n`,
      );
      // An id given by hand that is taken: the next free one named is after every round's too.
      const before = snapshot(dir);
      const taken = await redline(dir, 'feedback', 'add', '--id', '4', '--unit', '财政局', '--comment', '无意见。');
      expect(taken.code).toBe(2);
      expect(taken.stderr).toBe(
        `redline: entry 4 exists already (feedback/${c.name}/4.yaml): give another --id (the next free one is 7), or change entry 4 with \`redline feedback edit 4\`; no file was changed\n`,
      );
      expect(snapshot(dir)).toEqual(before);
      // The closed round is as it was: its entries 1–3 are its own.
      expect(snapshot(join(dir, 'feedback', c.name, 'round-1'))).toEqual(closed);
      expect(ids(dir, `feedback/${c.name}/round-1`)).toEqual(['1', '2', '3']);
    });
  }

  it('gongsi_fa_2018.md: with every entry of round 1 decided (none carried), round 2 starts at 4, and at 6 after a third round', async () => {
    const dir = await corpusWorkspace('lawrefbook/gongsi_fa_2018.md', 'gongsi');
    writeFileSync(join(dir, 'r1.csv'), table(cases[1]!.round1));
    await ok(dir, 'feedback', 'import', 'r1.csv');
    await ok(dir, 'decide', '1', '2', '3', 'reject', '--reason', '另行研究');
    await ok(dir, 'round', 'gongsi');
    expect(ids(dir, 'feedback/gongsi')).toEqual([]);
    writeFileSync(join(dir, 'r2.csv'), table(cases[1]!.round2));
    expect(await ok(dir, 'feedback', 'import', 'r2.csv')).toContain('imported 2 entries (4–5), ');
    await ok(dir, 'decide', '4', '5', 'reject', '--reason', '另行研究');
    await ok(dir, 'round', 'gongsi', '--name', 'gongsi-3');
    // The rounds moved with the draft's new name: their ids still count.
    expect(await ok(dir, 'feedback', 'add', '--unit', '财政局', '--comment', '无意见。')).toContain('added entry 6 with 0 edit(s) in feedback/gongsi-3/6.yaml\n');
  });
});
