// A pipe-separated page whose rows end with a pipe but do not start with one
// ("张** | 2019-01-10 | 建议… |"): a row whose first cell is empty (an anonymous
// comment) starts with a pipe, which is that empty cell, not an outer pipe. It
// was taken for one: the cells shifted left, the comment was read from nothing,
// and the row was "line 4 has no comment: left out".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';

const cases = [
  {
    file: 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt',
    name: 'kaohe',
    named: '建议将一、（三）中的“基本建立较为完善的三级公立医院绩效考核体系”修改为“建立较为完善的三级公立医院绩效考核体系”。',
    anonymous: '第二部分第（四）条“衡量患者获得感及医务人员积极性”，建议修改为“衡量患者获得感、安全感及医务人员积极性”。',
  },
  {
    file: 'lawrefbook/samr_mingma_biaojia_2022.md',
    name: 'mingma',
    named: '建议将第三条中的“诚实信用”修改为“诚信”。',
    anonymous: '建议删去第十二条第一款中的“（含电子标价签）”。',
  },
];

describe('pipe rows read by the header’s columns', () => {
  for (const c of cases) {
    it(`${c.file}: an empty first cell under a header without a leading pipe is an empty unit (公众), its comment kept`, async () => {
      const dir = await corpusWorkspace(c.file, c.name);
      writeFileSync(
        join(dir, 'pipes.txt'),
        ['网上留言公开', '留言人 | 留言时间 | 留言内容 |', `张** | 2019-01-10 09:12:33 | ${c.named} |`, ` | 2019-01-10 10:05:01 | ${c.anonymous} |`, ''].join('\n'),
      );
      const result = await redline(dir, 'feedback', 'import', 'pipes.txt');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(
        [
          'pipes.txt:2: 2 row(s); columns: 留言人 → unit, 留言时间 → submitted, 留言内容 → comment (public comments)',
          `imported 2 entries (1–2), 2 proposed edits into feedback/${c.name}/`,
          '',
        ].join('\n'),
      );
      const entry = readFileSync(join(dir, 'feedback', c.name, '2.yaml'), 'utf8');
      expect(entry).toContain('unit: 公众\ndate: 2019-01-10\n');
      expect(entry).toContain(`comment: ${c.anonymous}\n`);
      expect(entry).toContain('  line: 4\n');
    });

    it(`${c.file}: a Markdown table's outer pipes are still outer ones, an empty first cell there too`, async () => {
      const dir = await corpusWorkspace(c.file, c.name);
      writeFileSync(
        join(dir, 'md.txt'),
        ['| 留言人 | 留言时间 | 留言内容 |', '| --- | --- | --- |', `| 张** | 2019-01-10 09:12:33 | ${c.named} |`, `|  | 2019-01-10 10:05:01 | ${c.anonymous} |`, ''].join('\n'),
      );
      const result = await redline(dir, 'feedback', 'import', 'md.txt');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`imported 2 entries (1–2), 2 proposed edits into feedback/${c.name}/\n`);
      const entry = readFileSync(join(dir, 'feedback', c.name, '2.yaml'), 'utf8');
      expect(entry).toContain('unit: 公众\ndate: 2019-01-10\n');
      expect(entry).toContain(`comment: ${c.anonymous}\n`);
    });
  }
});
