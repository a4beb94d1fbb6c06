// feedback import after a round: a row imported in a closed round, sent again
// in the next round's table (the same name, time and text), is that round's
// entry, not a new one. It became a new entry (24 beside round 1's entry 1, with
// a "nearest:" note from its stale quote) and round 2's table answered it again.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline, snapshot } from './helpers/cli.js';

const yamls = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort((a, b) => parseInt(a) - parseInt(b));

async function ok(dir: string, ...args: string[]): Promise<string> {
  const result = await redline(dir, ...args);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

const csv = (rows: string[][]) => `留言人,留言时间,留言内容\n${rows.map((r) => r.join(',')).join('\n')}\n`;

const cases = [
  {
    file: 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt',
    name: 'kaohe',
    round1: [
      ['张**', '2019-01-10 09:12:33', '建议将一、（三）中的“基本建立较为完善的三级公立医院绩效考核体系”修改为“建立较为完善的三级公立医院绩效考核体系”。'],
      ['赵*', '2019-01-11 11:11:11', '建议将四、（一）中的“在2019年9月底前”修改为“在2019年10月底前”。'],
      ['孙*', '2019-01-12 08:00:00', '考核指标过多，建议精简。'],
    ],
    fresh: ['朱**', '2019-02-12 08:00:00', '建议将二、（四）中的“衡量患者获得感及医务人员积极性”修改为“衡量患者获得感及医务人员工作积极性”。'],
  },
  {
    file: 'lawrefbook/samr_mingma_biaojia_2022.md',
    name: 'mingma',
    round1: [
      ['张**', '2022-03-10 09:12:33', '建议将第三条中的“诚实信用”修改为“诚信”。'],
      ['赵*', '2022-03-11 11:11:11', '建议删去第十二条第一款中的“（含电子标价签）”。'],
      ['孙*', '2022-03-12 08:00:00', '罚款数额过低，建议提高。'],
    ],
    fresh: ['朱**', '2022-04-12 08:00:00', '建议将第十三条中的“网络页面”修改为“网络页面、应用程序”。'],
  },
];

describe('rows of a closed round sent again', () => {
  for (const c of cases) {
    it(`${c.file}: round 1's entry 1 re-sent in round 2 is named, not added; a carried one is known as before`, async () => {
      const dir = await corpusWorkspace(c.file, c.name);
      writeFileSync(join(dir, 'r1.csv'), csv(c.round1));
      await ok(dir, 'feedback', 'import', 'r1.csv');
      await ok(dir, 'decide', '1', '3', 'reject', '--reason', '另行研究');
      await ok(dir, 'round', c.name);
      const closed = snapshot(join(dir, 'feedback', c.name, 'round-1'));
      // Row 2 re-sends round 1's entry 1 (decided, archived), row 3 its entry 2 (pending, carried).
      writeFileSync(join(dir, 'r2.csv'), csv([c.fresh, c.round1[0]!, c.round1[1]!]));
      expect(await ok(dir, 'feedback', 'import', 'r2.csv')).toBe(
        [
          'r2.csv:1: 3 row(s); columns: 留言人 → unit, 留言时间 → submitted, 留言内容 → comment (public comments)',
          '1 row(s) already imported before, not added again (entries 2)',
          'r2.csv:1, line 3: already entry 1 of round 1, not added again',
          `imported 1 entries (4), 1 proposed edits into feedback/${c.name}/`,
          '',
        ].join('\n'),
      );
      expect(yamls(join(dir, 'feedback', c.name))).toEqual(['2.yaml', '4.yaml']);
      expect(snapshot(join(dir, 'feedback', c.name, 'round-1'))).toEqual(closed);
      await ok(dir, 'build', '--allow-unapplied');
      expect(readFileSync(join(dir, 'out', `${c.name}.feedback.md`), 'utf8')).toMatch(/共收到意见2条/u);
      // Round 1's table again, whole: nothing new, and nothing written.
      const before = snapshot(dir);
      expect(await ok(dir, 'feedback', 'import', 'r1.csv')).toBe(
        [
          'r1.csv:1: 3 row(s); columns: 留言人 → unit, 留言时间 → submitted, 留言内容 → comment (public comments)',
          '1 row(s) already imported before, not added again (entries 2)',
          'r1.csv:1, line 2: already entry 1 of round 1, not added again',
          'r1.csv:1, line 4: already entry 3 of round 1, not added again',
          `nothing new: every row is already an entry in feedback/${c.name}/ or a closed round`,
          '',
        ].join('\n'),
      );
      expect(snapshot(dir)).toEqual(before);
    });
  }
});
