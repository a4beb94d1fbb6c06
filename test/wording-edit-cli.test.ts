// `redline feedback edit`: the clerk completes what the wording gave — adds,
// replaces or removes one edit of an entry, checked to apply, the file's
// comments kept, a partial decision's edit numbers kept true.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, redline, seedWorkspace, snapshot, tempDir } from './helpers/cli.js';

interface Proposed {
  entry: string;
  edits: Array<{ index: number; op: string; clause: string; state: string; after: string }>;
}

async function proposals(dir: string, id: string): Promise<Proposed> {
  const result = await redline(dir, 'propose', id, '--format', 'json');
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as Proposed[])[0]!;
}

describe('redline feedback edit on the seed', () => {
  it('adds an edit that applies, keeping the comments written in the file', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'feedback/seed/6.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('decision:\n', '# 已与区商务局电话核实\ndecision:\n'));
    const result = await redline(dir, 'feedback', 'edit', '6', '--op', 'insert', '--clause', 'c10', '--quote', '进出口总额达到', '--text', '约', '--position', 'after');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('entry 6: added edit 2 (insert in c10) in feedback/seed/6.yaml\n');
    const file = readFileSync(path, 'utf8');
    expect(file).toContain('# 已与区商务局电话核实\ndecision:\n');
    expect(file).toContain('  - op: insert\n    clause: c10\n    quote: 进出口总额达到\n    text: 约\n    position: after\n');
    const entry = await proposals(dir, '6');
    expect(entry.edits.map((e) => [e.index, e.op, e.state])).toEqual([
      [1, 'replace', 'ok'],
      [2, 'insert', 'ok'],
    ]);
    expect(entry.edits[1]!.after).toContain('进出口总额达到约13343万美元');
  });

  it('replaces edit 1, and refuses an edit that does not apply, changing nothing', async () => {
    const dir = await seedWorkspace();
    const replaced = await redline(dir, 'feedback', 'edit', '6', '--replace', '1', '--op', 'replace', '--clause', 'c10', '--quote', '13343万美元', '--text', '2亿美元');
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toBe('entry 6: replaced edit 1 with replace in c10 in feedback/seed/6.yaml\n');
    expect((await proposals(dir, '6')).edits[0]!.after).toContain('进出口总额达到2亿美元');
    const before = snapshot(dir);
    const stale = await redline(dir, 'feedback', 'edit', '6', '--op', 'delete', '--clause', 'c10', '--quote', '不存在的文字');
    expect(stale.code).toBe(2);
    expect(stale.stderr).toBe('redline: the edit does not apply: entry 6, edit 2 (c10): “不存在的文字” is not in c10\n');
    const ambiguous = await redline(dir, 'feedback', 'edit', '6', '--op', 'delete', '--clause', 'c10', '--quote', '进出口');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/“进出口” occurs 2 times in c10; give an occurrence \(1–2\) or a prefix\/suffix\n$/u);
    expect(snapshot(dir)).toEqual(before);
  });

  it('renumbers a partial decision when an edit it does not adopt is removed, and refuses to remove one it adopts', async () => {
    const dir = await seedWorkspace();
    expect((await redline(dir, 'decide', '3', 'partial', '--edits', '1,3,4', '--reason', '应由区科技局牵头抓总', '--by', '李四', '--date', '2018-01-20')).code).toBe(0);
    const removed = await redline(dir, 'feedback', 'edit', '3', '--remove', '2');
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toBe('entry 3: removed edit 2 (set-lead in c26); 5 edit(s) left in feedback/seed/3.yaml\nthe partial decision now names edits 1, 2, 3\n');
    const file = readFileSync(join(dir, 'feedback/seed/3.yaml'), 'utf8');
    expect(file).toMatch(/decision:\n {2}status: partial\n {2}reason: 应由区科技局牵头抓总\n {2}edits: \[ 1, 2, 3 \]\n/u);
    expect(file).not.toContain('set-lead');
    const before = snapshot(dir);
    const refused = await redline(dir, 'feedback', 'edit', '3', '--remove', '3');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'redline: edit 3 is adopted by the partial decision on entry 3 (edits 1, 2, 3): decide again without it first (redline decide 3 partial --edits …), then remove it\n',
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('says what is wrong with the flags, changing nothing', async () => {
    const dir = await seedWorkspace();
    const before = snapshot(dir);
    const cases: Array<[string[], string]> = [
      [['9'], 'redline: no feedback entry 9 for seed (entries: 1, 2, 3, 4, 5, 6)\n'],
      [['6'], 'redline: give the edit with --op (replace, delete, insert, append, rewrite, rewrite-first-paragraph, replace-all, add-clause, remove-clause, remove-first-paragraph, add-units, remove-units, set-lead) and its fields\n'],
      [['6', '--remove', '1', '--op', 'delete'], 'redline: --remove takes no edit flags (--op, --clause, …)\n'],
      [['6', '--remove', '2'], 'redline: entry 6 has 1 edit(s); there is no edit 2\n'],
      [['6', '--replace', '1', '--remove', '1'], 'redline: --replace and --remove go one at a time\n'],
      [['6', '--op', 'replace', '--clause', 'c10'], 'redline: replace needs quote (--quote); replace needs text (--text)\n'],
    ];
    for (const [args, message] of cases) {
      const result = await redline(dir, 'feedback', 'edit', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(message);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('prints help with examples', async () => {
    const help = await redline(tempDir(), 'feedback', 'edit', '--help');
    expect(help.stdout).toMatch(/Examples:\n {2}redline feedback edit 7 --op replace/u);
    expect(help.stdout).toContain('--remove <n>');
  });
});

describe('redline feedback edit on a statute', () => {
  it('completes an entry whose wording named the quote twice: the clerk removes a 项 by hand, and it builds', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    expect((await redline(dir, 'import', join(CORPUS, 'lawrefbook/xingzheng_xuke_fa_2019.md'), '--name', 'xk')).code).toBe(0);
    const added = await redline(dir, 'feedback', 'add', '--unit', '某律师事务所', '--comment', '建议将“不得谋取其他利益”修改为“不得谋取任何利益”。另建议删除第七十条第（五）项。');
    expect(added.code, added.stderr).toBe(0);
    const file = readFileSync(join(dir, 'feedback/xk/1.yaml'), 'utf8');
    expect(file).toContain('unparsed:\n  - "将“不得谋取其他利益”修改为“不得谋取任何利益” — “不得谋取其他利益” is in 2 clauses (第二十七条第二款, 第六十三条): name the one meant"\n');
    // The edit it could make is marked less sure: the comment asked for more.
    expect(file).toContain('  - op: remove-clause\n    clause: c163\n    confidence: 0.6\n');
    const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; text: string }>;
    const article63 = clauses.find((c) => c.text.startsWith('行政机关实施监督检查，不得妨碍'))!;
    const edited = await redline(dir, 'feedback', 'edit', '1', '--op', 'replace', '--clause', article63.id, '--quote', '其他利益', '--text', '任何利益');
    expect(edited.code, edited.stderr).toBe(0);
    const entry = await proposals(dir, '1');
    expect(entry.edits.map((e) => [e.op, e.state])).toEqual([
      ['remove-clause', 'ok'],
      ['replace', 'ok'],
    ]);
    expect(entry.edits[1]!.after).toContain('不得索取或者收受被许可人的财物，不得谋取任何利益。');
  });

  it('on a bill: the clerk replaces a proposed deletion by the replacement the commenter meant', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    expect((await redline(dir, 'import', join(CORPUS, 'us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt'), '--name', 'hjres37')).code).toBe(0);
    expect((await redline(dir, 'feedback', 'add', '--unit', 'Rep. X', '--comment', 'In section 2, strike "30 days".')).code).toBe(0);
    let entry = await proposals(dir, '1');
    expect(entry.edits.map((e) => [e.op, e.state])).toEqual([['delete', 'ok']]);
    const section2 = entry.edits[0]!.clause;
    const replaced = await redline(dir, 'feedback', 'edit', '1', '--replace', '1', '--op', 'replace', '--clause', section2, '--quote', '30 days', '--text', '60 days');
    expect(replaced.code, replaced.stderr).toBe(0);
    entry = await proposals(dir, '1');
    expect(entry.edits.map((e) => [e.op, e.state])).toEqual([['replace', 'ok']]);
    expect(entry.edits[0]!.after).toContain('by not later than the date that is 60 days after the date of the enactment');
  });
});

describe('what the wording could not make into an edit is shown with its reason', () => {
  it('on a US bill: a quote not in the section, and a request for clarification', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    expect((await redline(dir, 'import', join(CORPUS, 'us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt'), '--name', 'yemen')).code).toBe(0);
    await redline(dir, 'feedback', 'add', '--unit', 'Sen. Smith', '--comment', 'In section 1(6), strike "humanitarian crisis" and insert "humanitarian catastrophe".');
    await redline(dir, 'feedback', 'add', '--unit', 'Sen. Lee', '--comment', 'Please clarify the scope of section 3.');
    const text = (await redline(dir, 'propose')).stdout;
    expect(text).toContain('  not made into an edit: strike “humanitarian crisis” and insert “humanitarian catastrophe” — “humanitarian crisis” is not in section 1(6)\n');
    expect(text).toContain('  not made into an edit: Please clarify the scope of section 3 — asks for clarification: no edit asked for\n');
    const markdown = (await redline(dir, 'propose', '1', '--format', 'markdown')).stdout;
    expect(markdown).toContain('\n\n_Not made into an edit:_ strike “humanitarian crisis” and insert “humanitarian catastrophe” — “humanitarian crisis” is not in section 1(6)');
  });
});
