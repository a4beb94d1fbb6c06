// A public comment signed 匿名 (anonymous) names no one: it is the public's, as
// one with an empty 留言人 is. It kept 匿名 as its unit, and the response table
// and status listed 匿名 beside 公众 for the same kind of comment.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';

const cases = [
  {
    file: 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt',
    name: 'kaohe',
    comments: ['建议将四、（一）中的“在2019年9月底前”修改为“在2019年10月底前”。', '考核指标过多，建议精简。', '希望加大对医务人员的激励。'],
  },
  {
    file: 'lawrefbook/samr_mingma_biaojia_2022.md',
    name: 'mingma',
    comments: ['建议将第三条中的“诚实信用”修改为“诚信”。', '罚款数额过低，建议提高。', '希望加强对农贸市场的指导。'],
  },
];

async function ok(dir: string, ...args: string[]): Promise<string> {
  const result = await redline(dir, ...args);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('匿名 reads as 公众', () => {
  for (const c of cases) {
    it(`${c.file}: 匿名 and an empty 留言人 are one unit, 公众, in the entry, status and the table`, async () => {
      const dir = await corpusWorkspace(c.file, c.name);
      const [a, b, d] = c.comments;
      writeFileSync(join(dir, 'a.csv'), `留言人,留言时间,留言内容\n匿名,2019-01-10 09:00:00,${a}\n,2019-01-11 09:00:00,${b}\n张**,2019-01-12 09:00:00,${d}\n`);
      await ok(dir, 'feedback', 'import', 'a.csv');
      expect(readFileSync(join(dir, 'feedback', c.name, '1.yaml'), 'utf8')).toContain('\nunit: 公众\n');
      expect(await ok(dir, 'status')).toBe(`${c.name}: 3 entries (3 pending); 0 stale edit(s)\n  公众: 2 pending\n  张**: 1 pending\n`);
      await ok(dir, 'decide', '--all-pending', 'reject', '--reason', '另行研究');
      await ok(dir, 'build');
      const rows = readFileSync(join(dir, 'out', `${c.name}.feedback.md`), 'utf8').split('\n').filter((l) => /^\| \d/u.test(l));
      expect(rows).toEqual([`| 1 | 公众 | ${a} | 不采纳 | 另行研究 |`, `| 2 | 公众 | ${b} | 不采纳 | 另行研究 |`, `| 3 | 张\\*\\* | ${d} | 不采纳 | 另行研究 |`]);
    });
  }
});
