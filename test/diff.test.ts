// redline diff: two versions of a draft, matched by clause ID.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline, seedWorkspace, tempDir } from './helpers/cli.js';

interface DiffJson {
  id: string;
  change: string;
  oldNumber?: string;
  newNumber?: string;
  before?: string;
  after?: string;
}

const ITEMS_6_TO_24 = ['c33', 'c34', 'c36', 'c37', 'c38', 'c40', 'c41', 'c42', 'c44', 'c45', 'c46', 'c47', 'c48', 'c49', 'c50', 'c52', 'c53', 'c54', 'c55'];

/** The seed with item 5 (c32) removed, items 6–24 renumbered, item 18 reworded, a clause added after item 24. */
function revised(original: string): string {
  let text = original.replace(/<!-- #c32 -->\n[^\n]*\n\n/, '');
  ITEMS_6_TO_24.forEach((id, i) => {
    text = text.replace(new RegExp(`(<!-- #${id} -->\\n)${i + 6}\\.`, 'u'), `$1${i + 5}.`);
  });
  text = text.replace('开展机关事业单位养老保险制度改革', '基本完成机关事业单位养老保险制度改革');
  return text.replace('<!-- #c56 -->', '<!-- #c57 -->\n24.新增一项。\n\n<!-- #c56 -->');
}

describe('redline diff', () => {
  it('shows a removed clause, renumbering as renumbering, a changed clause and an added one', async () => {
    const dir = await seedWorkspace();
    const original = readFileSync(join(dir, 'drafts/seed.md'), 'utf8');
    writeFileSync(join(dir, 'new.md'), revised(original));
    const result = await redline(dir, 'diff', 'drafts/seed.md', 'new.md', '--format', 'json');
    expect(result.code, result.stderr).toBe(0);
    const changes = JSON.parse(result.stdout) as DiffJson[];
    expect(changes.map((c) => [c.id, c.change, c.oldNumber, c.newNumber])).toEqual([
      ['c32', 'removed', '5', undefined],
      ['c33', 'renumbered', '6', '5'],
      ['c34', 'renumbered', '7', '6'],
      ...Array.from({ length: 10 }, (_, i) => [`c${[36, 37, 38, 40, 41, 42, 44, 45, 46, 47][i]}`, 'renumbered', String(i + 8), String(i + 7)]),
      ['c48', 'changed', '18', '17'],
      ['c49', 'renumbered', '19', '18'],
      ['c50', 'renumbered', '20', '19'],
      ['c52', 'renumbered', '21', '20'],
      ['c53', 'renumbered', '22', '21'],
      ['c54', 'renumbered', '23', '22'],
      ['c55', 'renumbered', '24', '23'],
      ['c57', 'added', undefined, '24'],
    ]);
    const item18 = changes.find((c) => c.id === 'c48')!;
    expect(item18.before!).toMatch(/^18\.建立/);
    expect(item18.after!).toMatch(/^17\.建立/);
    const text = await redline(dir, 'diff', 'drafts/seed.md', 'new.md');
    expect(text.stdout).toContain('c48 changed 18 → 17\n    [-18-]{+17+}.建立更加健全社会保障体系。');
    expect(text.stdout).toContain('[-开展-]{+基本完成+}机关事业单位');
    expect(text.stdout).toContain('c33 renumbered 6 → 5\n');
  });

  it('reads a version from git (rev:path) and shows a moved clause as moved', async () => {
    const dir = await seedWorkspace();
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'seed');
    const path = join(dir, 'drafts/seed.md');
    const text = readFileSync(path, 'utf8');
    const block = /<!-- #c42 -->\n[^\n]*\n\n/.exec(text)![0];
    writeFileSync(path, text.replace(block, '').replace('<!-- #c40 -->', `${block}<!-- #c40 -->`));
    const result = await redline(dir, 'diff', 'HEAD:drafts/seed.md', 'drafts/seed.md', '--format', 'json');
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as DiffJson[]).map((c) => [c.id, c.change])).toEqual([['c42', 'moved']]);
    expect(await redline(dir, 'diff', 'nope:drafts/seed.md', 'drafts/seed.md')).toMatchObject({ code: 2 });
    expect((await redline(dir, 'diff', 'drafts/seed.md', 'drafts/seed.md')).stdout).toBe('no clause changed\n');
  });

  it('keeps every line of a clause of several lines under its head', async () => {
    const dir = tempDir();
    const draft = (word: string) => `---\ntitle: 关于修改《明码标价规定》的决定\nlang: zh\n---\n\n<!-- #c1 -->\n一、将第五条修改为：\n“第五条 经营者应当${word}明码标价。”\n“标价应当真实、准确。”\n`;
    writeFileSync(join(dir, 'a.md'), draft('按照规定'));
    writeFileSync(join(dir, 'b.md'), draft('依法'));
    const result = await redline(dir, 'diff', 'a.md', 'b.md');
    expect(result.stdout).toBe('c1 changed 一\n    一、将第五条修改为：\n    “第五条 经营者应当[-按照规定-]{+依法+}明码标价。”\n    “标价应当真实、准确。”\n');
  });
});

describe('redline diff of bytes that are not UTF-8', () => {
  const gbk = (text: string, word: string) => Buffer.concat([Buffer.from(text.slice(0, text.indexOf(word)), 'utf8'), Buffer.from([0xb7, 0xdc, 0xb6, 0xb7]), Buffer.from(text.slice(text.indexOf(word) + word.length), 'utf8')]);

  it('refuses them at their line, from a file, from git and in git-textconv, never showing � (seed, 行政许可法)', async () => {
    const seed = await seedWorkspace();
    const seedText = readFileSync(join(seed, 'drafts/seed.md'), 'utf8');
    writeFileSync(join(seed, 'gbk.md'), gbk(seedText, '奋斗目标'));
    const line = seedText.slice(0, seedText.indexOf('奋斗目标')).split('\n').length;
    const refused = await redline(seed, 'diff', 'drafts/seed.md', 'gbk.md');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`^gbk\\.md:${line}:\\d+: error: not valid UTF-8 \\(byte 0xB7\\)`, 'u'));
    expect(refused.stdout).toBe('');
    expect((await redline(seed, 'git-textconv', 'gbk.md')).stderr).toMatch(/^gbk\.md:\d+:\d+: error: not valid UTF-8/u);
    writeFileSync(join(seed, 'archive.md'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00]));
    expect(await redline(seed, 'diff', 'archive.md', 'drafts/seed.md')).toMatchObject({ code: 2, stdout: '' });

    const law = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk');
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: law, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } });
    const lawText = readFileSync(join(law, 'drafts/xk.md'), 'utf8');
    git('init', '-q', '-b', 'main');
    writeFileSync(join(law, 'drafts/xk.md'), gbk(lawText, '行政许可'));
    git('add', '-A');
    git('commit', '-qm', 'a GBK slip');
    writeFileSync(join(law, 'drafts/xk.md'), lawText);
    const fromGit = await redline(law, 'diff', 'HEAD:drafts/xk.md', 'drafts/xk.md');
    expect(fromGit.code).toBe(2);
    expect(fromGit.stderr).toMatch(/^HEAD:drafts\/xk\.md:\d+:\d+: error: not valid UTF-8 \(byte 0xB7\)/u);
    expect((await redline(law, 'diff', 'HEAD:drafts/xk.md', 'drafts/xk.md')).stdout).not.toContain('\uFFFD');
  });
});
