// redline round with a campaign: a pending member follows its lead's decision,
// so it goes where its lead goes. Closed with the lead decided, it is archived
// with it (carried alone, round 2's check said "follows campaign 5, which is not
// an entry" and its table listed it as 待定); with the lead pending, both go on.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';

const yamls = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort((a, b) => parseInt(a) - parseInt(b));

async function ok(dir: string, ...args: string[]): Promise<string> {
  const result = await redline(dir, ...args);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

const cases = [
  {
    file: 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt',
    name: 'kaohe',
    others: ['建议增加对基层医疗机构的考核内容。', '考核指标过多，建议精简。', '建议明确考核结果的公开方式。', '希望加大对医务人员的激励。'],
    campaign: '建议将四、（一）中的“在2019年9月底前”修改为“在2019年10月底前”。',
    clauses: 308,
  },
  {
    file: 'lawrefbook/samr_mingma_biaojia_2022.md',
    name: 'mingma',
    others: ['建议增加对网络交易平台的规定。', '罚款数额过低，建议提高。', '建议明确电子标价签的管理要求。', '希望加强对农贸市场的指导。'],
    campaign: '建议将第三条中的“诚实信用”修改为“诚信”。',
    clauses: 62,
  },
];

function csv(c: (typeof cases)[number]): string {
  const rows = [...c.others, c.campaign, c.campaign].map((text, i) => `${['赵', '钱', '孙', '李', '周', '吴'][i]}*,2019-01-1${i} 11:11:11,${text}`);
  return `留言人,留言时间,留言内容\n${rows.join('\n')}\n`;
}

describe('round with a campaign', () => {
  for (const c of cases) {
    it(`${c.file}: entry 6 follows 5, adopted: both archived, round 2 has neither`, async () => {
      const dir = await corpusWorkspace(c.file, c.name);
      writeFileSync(join(dir, 'c.csv'), csv(c));
      expect(await ok(dir, 'feedback', 'import', 'c.csv')).toContain('campaign: 2 comments alike; entry 6 follows the decision on entry 5\n');
      await ok(dir, 'decide', '1', '2', '3', '4', 'reject', '--reason', '另行研究');
      await ok(dir, 'decide', '5', 'adopt');
      expect(await ok(dir, 'round', c.name)).toBe(
        [
          `round 1 of ${c.name} closed: its draft and its 6 entries (5 decided, 1 answered by their campaign's lead) kept in feedback/${c.name}/round-1/`,
          `drafts/${c.name}.md is round 2: ${c.clauses} clauses, IDs kept`,
          '0 pending entries carried over',
          `response table of round 1: redline build --round 1; what changed: redline diff feedback/${c.name}/round-1/draft.md drafts/${c.name}.md`,
          '',
        ].join('\n'),
      );
      expect(yamls(join(dir, 'feedback', c.name))).toEqual([]);
      expect(yamls(join(dir, 'feedback', c.name, 'round-1'))).toEqual(['1.yaml', '2.yaml', '3.yaml', '4.yaml', '5.yaml', '6.yaml']);
      const record = JSON.parse(readFileSync(join(dir, 'feedback', c.name, 'round-1', 'round.json'), 'utf8')) as { carried: string[] };
      expect(record.carried).toEqual([]);
      const check = await redline(dir, 'check', '--final');
      expect(check.stderr).toBe('');
      expect(check.stdout).toBe('check: ok (1 draft(s), 0 entries, 0 edits)\n');
      expect(check.code).toBe(0);
      // Round 2's table has no rows; round 1's answers 5 and 6 in one row.
      await ok(dir, 'build');
      const round2 = readFileSync(join(dir, 'out', `${c.name}.feedback.md`), 'utf8');
      expect(round2).not.toMatch(/^\| \d/mu);
      expect(round2).toContain('共收到意见0条');
      await ok(dir, 'build', '--round', '1');
      const round1 = readFileSync(join(dir, 'out', `${c.name}.round-1.feedback.md`), 'utf8');
      expect(round1).toContain(`| 5 | 周\\* | ${c.campaign}（相同或相近意见共2条） | 采纳 |   |\n`);
      expect(round1).not.toMatch(/^\| 6 /mu);
      expect(round1).toContain('共收到意见6条，采纳2条，部分采纳0条，不采纳4条，待定0条。');
    });

    it(`${c.file}: entry 6 follows 5, still pending: both carried into the renamed draft, and decided together in round 2`, async () => {
      const dir = await corpusWorkspace(c.file, c.name);
      writeFileSync(join(dir, 'c.csv'), csv(c));
      await ok(dir, 'feedback', 'import', 'c.csv');
      await ok(dir, 'decide', '1', '2', '3', '4', 'reject', '--reason', '另行研究');
      const out = await ok(dir, 'round', c.name, '--name', `${c.name}-2`);
      expect(out).toContain(`its 6 entries (4 decided) kept in feedback/${c.name}-2/round-1/\n`);
      expect(out).toContain('2 pending entries carried over:\n');
      expect(yamls(join(dir, 'feedback', `${c.name}-2`))).toEqual(['5.yaml', '6.yaml']);
      expect(existsSync(join(dir, 'feedback', c.name))).toBe(false);
      expect(readFileSync(join(dir, 'feedback', `${c.name}-2`, '6.yaml'), 'utf8')).toContain('campaign: "5"\n');
      await ok(dir, 'decide', '5', 'adopt');
      const check = await redline(dir, 'check', '--final');
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);
      expect(await ok(dir, 'round', `${c.name}-2`)).toContain(`its 2 entries (1 decided, 1 answered by their campaign's lead) kept in feedback/${c.name}-2/round-2/\n`);
      expect(yamls(join(dir, 'feedback', `${c.name}-2`))).toEqual([]);
    });
  }
});
