// A draft git left mid-merge: `redline diff` refuses it as every other command
// does (its quick path, skim.ts, read the marker lines as clause text and
// exited 0), and git's textconv shows it as written under a note saying why.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline, snapshot } from './helpers/cli.js';

const MESSAGE = 'error: an unresolved merge conflict: git left its <<<<<<<, ======= and >>>>>>> lines here; keep one version, delete the marker lines, then run redline again [merge-conflict]';

/** A workspace in git whose draft two branches changed on one line, merged: the draft holds git's markers from `line` (1-based). */
async function midMerge(file: string, name: string, from: string, ours: string, theirs: string): Promise<{ dir: string; line: number }> {
  const dir = await corpusWorkspace(file, name);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
  const path = join(dir, `drafts/${name}.md`);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'draft');
  const line = readFileSync(path, 'utf8').split('\n').findIndex((l) => l.includes(from) && !l.startsWith('#'));
  for (const [branch, word] of [['ours', ours], ['theirs', theirs]] as const) {
    git('checkout', '-q', '-b', branch, 'main');
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, word));
    git('commit', '-qam', branch);
  }
  expect(() => git('merge', 'ours')).toThrow();
  expect(readFileSync(path, 'utf8').split('\n')[line]).toMatch(/^<{7} HEAD$/u);
  return { dir, line: line + 1 };
}

describe('redline diff of a draft with merge-conflict markers', () => {
  for (const [file, name, from, ours, theirs] of [
    ['lawrefbook/samr_mingma_biaojia_2022.md', 'x', '标示商品的品名、价格和计价单位', '标示商品的品名、规格、价格和计价单位', '标示商品的品名、产地、价格和计价单位'],
    ['lawrefbook/gongsi_fa_2018.md', 'gongsi', '公司以其主要办事机构所在地为住所', '公司以其登记的住所为住所', '公司以其主要办事机构所在地或者登记地为住所'],
  ] as const) {
    it(`${file}: refuses it on either side (exit 2, the first marker's line), as status does; nothing written`, async () => {
      const { dir, line } = await midMerge(file, name, from, ours, theirs);
      const refusal = `drafts/${name}.md:${line}:1: ${MESSAGE}\n`;
      const before = snapshot(dir);
      expect(await redline(dir, 'status')).toMatchObject({ code: 2, stdout: '', stderr: refusal });
      writeFileSync(join(dir, 'old.md'), execFileSync('git', ['show', `HEAD:drafts/${name}.md`], { cwd: dir, encoding: 'utf8' }));
      const unchanged = snapshot(dir);
      for (const args of [
        [`HEAD:drafts/${name}.md`, `drafts/${name}.md`],
        [`HEAD:drafts/${name}.md`, `drafts/${name}.md`, '--json'],
        ['old.md', `drafts/${name}.md`, '--format', 'markdown'],
        [`drafts/${name}.md`, 'old.md', '--json'],
      ]) {
        expect(await redline(dir, 'diff', ...args), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: refusal });
      }
      expect(snapshot(dir)).toEqual(unchanged);
      expect(Object.keys(unchanged).filter((f) => !(f in before))).toEqual(['old.md']);
    });

    it(`${file}: git-textconv shows it as written under a first line that names the marker`, async () => {
      const { dir, line } = await midMerge(file, name, from, ours, theirs);
      const result = await redline(dir, 'git-textconv', `drafts/${name}.md`);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`note: not read as a draft (drafts/${name}.md:${line}:1: ${MESSAGE}); showing lines\n${readFileSync(join(dir, `drafts/${name}.md`), 'utf8')}`);
    });
  }
});
