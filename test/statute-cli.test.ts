// The whole chain on a statute: entries added by hand, decided, checked and
// built; adopted edits that cannot apply are never published as adopted;
// a reference to a removed article is found by check and by build; the
// comparison table renders alike in pandoc's Markdown and in GFM.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, redline, snapshot, tempDir } from './helpers/cli.js';

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

interface ClauseJson {
  id: string;
  number: string;
  parent: string | null;
  text: string;
}

async function statuteWorkspace(): Promise<{ dir: string; id: (number: string, paragraph?: number) => string }> {
  const dir = tempDir();
  await redline(dir, 'init');
  copyFileSync(join(CORPUS, 'lawrefbook/samr_mingma_biaojia_2022.md'), join(dir, 'samr.md'));
  expect((await redline(dir, 'import', 'samr.md', '--name', 'rule')).code).toBe(0);
  const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as ClauseJson[];
  const id = (number: string, paragraph = 1) => {
    const article = clauses.find((c) => c.number === number)!;
    return paragraph === 1 ? article.id : clauses.filter((c) => c.parent === article.id && c.number === '')[paragraph - 2]!.id;
  };
  return { dir, id };
}

async function add(dir: string, ...flags: string[]): Promise<void> {
  const result = await redline(dir, 'feedback', 'add', '--unit', '市场监管局', '--comment', '意见', '--no-propose', ...flags);
  expect(result.code, result.stderr).toBe(0);
}

describe('a statute through decide, check and build', () => {
  let dir: string;
  let id: (number: string, paragraph?: number) => string;
  beforeAll(async () => {
    ({ dir, id } = await statuteWorkspace());
    await add(dir, '--op', 'replace-all', '--quote', '交易场所提供者', '--text', '交易场所经营者');
    await add(dir, '--op', 'remove-clause', '--clause', id('第十九条'));
    // Its new words keep the term the change throughout changes: both ask for that place (new words without it would take the place up).
    await add(dir, '--op', 'replace', '--clause', id('第四条'), '--quote', '交易场所提供者（以下简称', '--text', '交易场所提供者（下称');
    await add(dir, '--op', 'add-clause', '--clause', id('第十三条'), '--position', 'after', '--text', '经营者通过直播方式销售商品的，应当在直播画面中标示价格。');
  });

  it('propose --json shows replace-all as one edit with its clauses and count', async () => {
    const json = JSON.parse((await redline(dir, 'propose', '1', '--format', 'json')).stdout) as Array<{ edits: Array<Record<string, unknown>> }>;
    const edit = json[0]!.edits[0]!;
    expect(edit).toMatchObject({ index: 1, op: 'replace-all', clause: '*', state: 'conflict', count: 7 });
    expect((edit['clauses'] as string[]).length).toBe(6);
    expect(edit['conflictsWith']).toEqual([{ entry: '3', index: 1 }]);
    expect(String(edit['before']).split('\n').length).toBe(6);
  });

  it('decide warns when an adopted edit conflicts with another adopted one', async () => {
    // Entry 3 still pending: a note, the decision made and the status 0 all the same.
    expect(await redline(dir, 'decide', '1', 'adopt', '--by', '张三', '--date', '2024-05-01')).toMatchObject({
      code: 0,
      stdout: 'entry 1: adopted\n',
      stderr: "note: entry 1, edit 1 overlaps pending entry 3's edit 1; adopting both will conflict\n",
    });
    const second = await redline(dir, 'decide', '3', 'adopt', '--by', '张三', '--date', '2024-05-01');
    expect(second.code).toBe(0);
    expect(second.stderr).toBe(`warning: not applied (conflict): entry 3, edit 1 (${id('第四条')}, 第四条): overlaps entry 1, edit 1\n`);
  });

  it('build refuses to publish adopted edits that cannot apply, and writes nothing', async () => {
    const before = snapshot(dir);
    const result = await redline(dir, 'build');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('feedback/rule/1.yaml:');
    expect(result.stderr).toContain('adopted but not applied: entry 1, edit 1 (*): overlaps entry 3, edit 1');
    expect(result.stderr).toMatch(/build: 2 adopted edit\(s\) cannot be applied; nothing written/u);
    expect(snapshot(dir)).toEqual(before);
  });

  it('build --allow-unapplied publishes, and the response table says which edits were not applied', async () => {
    const result = await redline(dir, 'build', '--allow-unapplied');
    expect(result.code, result.stderr).toBe(0);
    const table = readFileSync(join(dir, 'out/rule.feedback.md'), 'utf8');
    expect(table.trimEnd().split('\n').at(-1)).toBe('以下采纳的修改未能写入修改稿：意见1第1处修改（与意见3的修改冲突）；意见3第1处修改（与意见1的修改冲突）。');
    expect(readFileSync(join(dir, 'out/rule.revised.md'), 'utf8')).toContain('交易场所提供者');
  });

  it('check reports a reference to a removed article at the entry’s line; build lists it', async () => {
    await redline(dir, 'decide', '3', 'reject', '--reason', '不改', '--by', '张三', '--date', '2024-05-01');
    await redline(dir, 'decide', '2', 'adopt', '--by', '张三', '--date', '2024-05-01');
    const check = await redline(dir, 'check');
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toContain(
      `feedback/rule/2.yaml:${lineOf(join(dir, 'feedback/rule/2.yaml'), 'op: remove-clause')}:`,
    );
    expect(check.stdout + check.stderr).toContain(`entry 2, edit 1: 第二十一条 (${id('第二十一条')}) cites 第十九条, which is removed: “第十九条” [dangling-reference]`);
    const build = await redline(dir, 'build');
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toContain('第二十一条');
    expect(build.stderr).toContain('[dangling-reference]');
  });

  it('builds the comparison table: units named in full, moved articles on one line, the new article', async () => {
    await redline(dir, 'decide', '2', 'reject', '--reason', '保留', '--by', '张三', '--date', '2024-05-01');
    await redline(dir, 'decide', '4', 'adopt', '--by', '张三', '--date', '2024-05-01');
    const result = await redline(dir, 'build');
    expect(result.code, result.stderr).toBe(0);
    const table = readFileSync(join(dir, 'out/rule.comparison.md'), 'utf8');
    const rows = table.split('\n').filter((l) => /^\| \d+ \|/u.test(l));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual(['第四条第一款', '第四条第二款', '第四条第三款', '新增第十四条', '第十四条', '第二十一条', '第二十三条', '第二十四条', '第二十五条']);
    expect(rows[3]).toBe('| 4 | 新增第十四条 | （新增） | **第十四条 经营者通过直播方式销售商品的，应当在直播画面中标示价格。** | 4 |');
    // A renumbered reference is marked whole, as the article it names is: not as the digit that differs (第十**七**条).
    expect(rows[6]).toContain('| ~~第二十三条~~ 经营者违反本规定~~第十六条至第二十条~~规定的，');
    expect(rows[6]).toContain('| **第二十四条** 经营者违反本规定**第十七条至第二十一条**规定的，');
    expect(readFileSync(join(dir, 'out/rule.redline.md'), 'utf8')).toContain('经营者违反本规定~~第十六条至第二十条~~**第十七条至第二十一条**〔意见4〕规定的，');
    expect(rows[6]!.endsWith('| 4（引用条文序号相应调整） |')).toBe(true);
    // Marks never hold a space at their edges (`~~第二十五条 ~~` would be literal text).
    const marked = [...table.matchAll(/~~([^~]+)~~|\*\*([^*]+)\*\*/gu)].map((m) => m[1] ?? m[2]!);
    expect(marked.length).toBeGreaterThan(10);
    expect(marked.filter((m) => m.trim() !== m)).toEqual([]);
    expect(table.trimEnd().split('\n').at(-1)).toBe('条文序号作相应调整：原第十四条至第二十七条依次改为第十五条至第二十八条。');
    const revised = readFileSync(join(dir, 'out/rule.revised.md'), 'utf8');
    expect(revised).toContain('\n\n第二十八条 本规定自2022年7月1日起施行。');
  });

  it.skipIf(!hasPandoc)('renders the comparison table and the redline alike in pandoc’s Markdown and in GFM', () => {
    for (const file of ['rule.comparison.md', 'rule.redline.md']) {
      const html = (from: string) =>
        execFileSync('pandoc', ['-f', from, '-t', 'html', join(dir, 'out', file)], { encoding: 'utf8' })
          .replace(/<colgroup>[\s\S]*?<\/colgroup>\n?/gu, '')
          .replace(/\s+/gu, ' ');
      const gfm = html('gfm');
      expect(html('markdown'), file).toBe(gfm);
      expect(gfm, file).not.toContain('~~');
      expect(gfm, file).not.toContain('**');
    }
  });
});

function lineOf(path: string, text: string): number {
  return readFileSync(path, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('全文统一修改 beside the removal of an article that holds the term', () => {
  it('changes the term wherever it remains; the removed article is simply gone', async () => {
    const { dir, id } = await statuteWorkspace();
    await add(dir, '--op', 'remove-clause', '--clause', id('第十四条'));
    await add(dir, '--op', 'replace-all', '--quote', '交易场所提供者', '--text', '交易场所经营者');
    const states = JSON.parse((await redline(dir, 'propose', '--json')).stdout) as Array<{ edits: Array<{ state: string; count?: number }> }>;
    expect(states.map((e) => e.edits.map((x) => x.state))).toEqual([['ok'], ['ok']]);
    // In the terminal, one edit with its count, not "in *".
    const shown = (await redline(dir, 'propose', '2')).stdout.split('\n');
    expect(shown[2]).toBe('  [1] replace-all “交易场所提供者” → “交易场所经营者”: 7 occurrence(s) in 6 clause(s) · ok');
    // Each clause's own word diff, one a line: the first three, then how many more.
    // Each clause's own word diff, one a line: the first three, then how many more.
    expect(shown.slice(3, 7)).toEqual([
      '      第四条 卖场、商场、市场、网络交易平台经营者等交易场所[-提供-]{+经营+}者（以下简称交易场所[-提供-]{+经营+}者）应当依法配合市场监督管理部门对场所内（平台内）经营者开展价格监督管理工作。',
      '      交易场所[-提供-]{+经营+}者发现场所内（平台内）经营者有违反本规定行为的，应当依法采取必要处置措施，保存有…',
      '      交易场所[-提供-]{+经营+}者应当尊重场所内（平台内）经营者的经营自主权，不得强制或者变相强制场所内（平台内…',
      '      … and 3 more clause(s)',
    ]);
    expect((await redline(dir, 'decide', '1', '2', 'adopt', '--date', '2024-05-01')).code).toBe(0);
    const built = await redline(dir, 'build');
    expect(built.code, built.stderr).toBe(0);
    const revised = readFileSync(join(dir, 'out/rule.revised.md'), 'utf8');
    expect(revised).not.toContain('交易场所提供者');
    expect(revised).not.toContain('提供标价模板的，应当符合本规定的要求');
    expect(revised).toContain('\n\n第二十四条 交易场所经营者提供的标价模板不符合本规定的');
  });
});

describe('propose says where a new clause goes', () => {
  // `add-clause in c9` left the clerk to open the entry for before / after.
  for (const [file, name, comment, where, target] of [
    ['lawrefbook/zhuanli_fa_shishi_xize_2010.md', 'patent', '建议在第十条后增加一条：“国务院专利行政部门应当公开专利信息。”', 'after', '第十条'],
    ['lawrefbook/zhuanli_fa_shishi_xize_2010.md', 'patent', '建议在第四条第二款前增加一款：“国务院专利行政部门的各种文件，可以通过电子形式送达。”', 'before', ''],
    ['us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'bill', 'Section 104 is amended by inserting after paragraph (1) the following new paragraph: “(2) the costs of reports to Congress;”.', 'after', '(1)'],
  ] as const) {
    it(`${name}: add-clause ${where} ${target || 'a 款'}, and position in --json`, async () => {
      const dir = tempDir();
      await redline(dir, 'init');
      expect((await redline(dir, 'import', join(CORPUS, file), '--name', name)).code).toBe(0);
      expect((await redline(dir, 'feedback', 'add', '--unit', '司法部', '--comment', comment)).code).toBe(0);
      const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; number: string }>;
      const [edit] = (JSON.parse((await redline(dir, 'propose', '--json')).stdout) as Array<{ edits: Array<{ op: string; clause: string; position?: string }> }>)[0]!.edits;
      expect(edit).toMatchObject({ op: 'add-clause', position: where });
      expect(clauses.find((c) => c.id === edit!.clause)!.number).toBe(target);
      const line = (await redline(dir, 'propose')).stdout.split('\n').find((l) => l.includes('add-clause'));
      // (A 款 has no number: its first words stand for it.)
      const label = `${edit!.clause} (${target ? `${target} ` : ''}`;
      expect(line!.startsWith(`  [1] add-clause ${where} ${label}`), line).toBe(true);
      expect((await redline(dir, 'propose', '--format', 'markdown')).stdout).toContain(`1. \`add-clause\` ${where} ${label}`);
    });
  }
});
