// redline diff when one side has no clause IDs (a built revised text, a pasted
// file): clauses are aligned by number and text, and the output says so. And
// what reaches git from the command line.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignClauses, textSimilarity } from '../src/core/diff/align.js';
import { diffVersions } from '../src/core/diff/draft-diff.js';
import { readVersion } from '../src/core/diff/version.js';
import { CORPUS, redline, seedWorkspace, snapshot, tempDir } from './helpers/cli.js';

interface DiffJson {
  id: string;
  change: string;
  oldNumber?: string;
  newNumber?: string;
  before?: string;
  after?: string;
  matchedBy?: string;
}

const json = (stdout: string) => JSON.parse(stdout) as DiffJson[];

async function importInto(file: string, name: string): Promise<string> {
  const dir = tempDir();
  await redline(dir, 'init');
  const result = await redline(dir, 'import', file, '--name', name);
  if (result.code !== 0) throw new Error(result.stderr);
  return dir;
}

describe('redline diff against a file without clause IDs', () => {
  it('pairs the seed with its built revised text: exactly the clauses the adopted edits changed, and says how', async () => {
    const dir = await seedWorkspace();
    await redline(dir, 'decide', '3', 'partial', '--edits', '1,3,4,5,6', '--reason', '应由区科技局牵头抓总');
    await redline(dir, 'decide', '1', '6', 'adopt');
    expect((await redline(dir, 'build')).code).toBe(0);
    const result = await redline(dir, 'diff', 'drafts/seed.md', 'out/seed.revised.md', '--json');
    expect(result.code, result.stderr).toBe(0);
    const changes = json(result.stdout);
    expect(changes.map((c) => [c.id, c.change, c.matchedBy])).toEqual([
      ['c10', 'changed', 'similarity'],
      ['c25', 'changed', 'similarity'],
      ['c26', 'changed', 'similarity'],
      ['c27', 'changed', 'similarity'],
      ['c28', 'changed', 'similarity'],
      ['c29', 'changed', 'similarity'],
      ['c48', 'changed', 'similarity'],
    ]);
    expect(result.stderr).toBe(
      'redline: note: out/seed.revised.md has 56 clause(s) without IDs: clauses matched by text (49) and by number and similarity (7) instead of by ID\n',
    );
    const text = await redline(dir, 'diff', 'drafts/seed.md', 'out/seed.revised.md');
    expect(text.stdout.split('\n')[0]).toBe(
      'note: out/seed.revised.md has 56 clause(s) without IDs: clauses matched by text (49) and by number and similarity (7) instead of by ID',
    );
    expect(text.stdout).toContain('c48 changed 18\n    …费困难群体实行政府兜底。推进城乡居民基本养老保险与城镇职工基本养老保险转移接续。[-开展-]{+基本完成+}机关事业单位');
  });

  it('reads the escaped list numbers of a built text as numbers (5\\. is item 5)', () => {
    const version = readVersion('---\ntitle: x\n---\n\n1\\. 深化改革。\n\n\\(a) In general.\n\n\\- dash\n', 'x.md', 'x');
    expect(version.clauses.map((c) => [c.number, c.text])).toEqual([
      ['1', '深化改革。'],
      ['(a)', 'In general.'],
      ['', '- dash'],
    ]);
    expect(version.withoutIds).toBe(true);
  });

  it('reads a pasted text with no front matter and one paragraph per line, naming clauses by their line', () => {
    const version = readVersion('第一条 为了规范立法活动。\n第二条 本法适用于法律。\n', 'p.txt', 'p');
    expect(version.clauses.map((c) => [c.number, c.line])).toEqual([
      ['第一条', 1],
      ['第二条', 2],
    ]);
  });

  it('aligns the Legislation Law of 2015 (imported, with IDs) with the 2023 text as published (no IDs)', async () => {
    const dir = await importInto(join(CORPUS, 'lawrefbook/lifa_fa_2015.md'), 'lifa');
    const result = await redline(dir, 'diff', 'drafts/lifa.md', join(CORPUS, 'lawrefbook/lifa_fa_2023.md'), '--json');
    expect(result.code, result.stderr).toBe(0);
    const changes = json(result.stdout);
    const byNumber = (n: string) => changes.find((c) => c.oldNumber === n);
    // Article 4 became article 5 with new words; article 6 became 7 unchanged; article 3 was rewritten.
    expect(byNumber('第四条')).toMatchObject({ change: 'changed', newNumber: '第五条', matchedBy: 'similarity' });
    expect(byNumber('第六条')).toMatchObject({ change: 'renumbered', newNumber: '第七条', matchedBy: 'text' });
    expect(byNumber('第三条')).toMatchObject({ change: 'changed', newNumber: '第三条' });
    // New articles 4, 6, 8 and 9 have no counterpart: added, named by their line in the new file.
    const added = changes.filter((c) => c.change === 'added' && /^第[四六八九]条$/u.test(c.newNumber ?? '')).map((c) => [c.id, c.newNumber]);
    expect(added).toEqual([
      ['+L21', '第四条'],
      ['+L25', '第六条'],
      ['+L33', '第八条'],
      ['+L35', '第九条'],
    ]);
    // Nearly every article is found again: far from "everything removed, everything added".
    expect(changes.filter((c) => c.change === 'removed').length).toBeLessThan(5);
  });

  it('aligns the Company Law of 2018 (IDs) with the 2023 revision (no IDs): renumbered articles as renumbered', async () => {
    const dir = await importInto(join(CORPUS, 'lawrefbook/gongsi_fa_2018.md'), 'gongsi');
    const result = await redline(dir, 'diff', 'drafts/gongsi.md', join(CORPUS, 'lawrefbook/gongsi_fa_2023.md'), '--json');
    expect(result.code, result.stderr).toBe(0);
    const changes = json(result.stdout);
    const old = readVersion(readFileSync(join(dir, 'drafts/gongsi.md'), 'utf8'), 'g', 'g').clauses;
    const matched = changes.filter((c) => c.matchedBy).length;
    const unchanged = old.length - changes.filter((c) => c.change !== 'added').length;
    // Every old clause is either unchanged, or paired (changed / renumbered / moved), or removed.
    expect(unchanged + matched + changes.filter((c) => c.change === 'removed').length).toBe(old.length);
    expect(result.stderr).toMatch(/^redline: note: .*gongsi_fa_2023\.md has \d+ clause\(s\) without IDs: clauses matched by text \(\d+\) and by number and similarity \(\d+\) instead of by ID; \d+ without a match shown as added or removed, named by their line: -L<n> in the old file, \+L<n> in the new\n$/u);
    // and each of those is named so: a line of its file.
    for (const c of changes.filter((x) => x.change === 'added' && !x.id.startsWith('c'))) expect(c.id).toMatch(/^\+L\d+$/u);
    const renumbered = changes.filter((x) => x.change === 'renumbered');
    expect(renumbered.length).toBeGreaterThan(10);
    const own = (text: string, number = '') => text.slice(number.length).replace(/^[.、\s]+/u, '');
    for (const c of renumbered) expect(own(c.after!, c.newNumber)).toBe(own(c.before!, c.oldNumber));
  });

  it('pairs every clause of a draft with its own text stripped of IDs, renumbered or not', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[一-龥]{1,12}$/u), { minLength: 1, maxLength: 12 }), fc.boolean(), (texts, shift) => {
        const withIds = `---\ntitle: t\n---\n\n${texts.map((t, i) => `<!-- #c${i + 1} -->\n${i + 1}. ${t}${i}`).join('\n\n')}\n`;
        const bare = `---\ntitle: t\n---\n\n${texts.map((t, i) => `${i + 1 + (shift ? 1 : 0)}\\. ${t}${i}`).join('\n\n')}\n`;
        const before = readVersion(withIds, 'a', 'a').clauses;
        const after = readVersion(bare, 'b', 'b').clauses;
        const result = diffVersions(before, after);
        expect(result.changes.every((c) => c.change === (shift ? 'renumbered' : 'changed'))).toBe(true);
        expect(result.changes.length).toBe(shift ? texts.length : 0);
        expect(alignClauses(before, after).after.map((c) => c.id)).toEqual(before.map((c) => c.id));
      }),
    );
  });
});

describe('what reaches git', () => {
  it('never passes an option to git: "--output=…:x" is refused and creates no file', async () => {
    const dir = await seedWorkspace();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const target = join(dir, 'owned');
    const before = snapshot(dir);
    const result = await redline(dir, 'diff', '--', `--output=${target}:x`, 'drafts/seed.md');
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toBe(`redline: "--output=${target}" is not a git revision (a branch, tag, hash or HEAD~1; it cannot start with "-")\n`);
    expect(existsSync(target)).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses ranges and unknown revisions with a message, and reads a path at a commit', async () => {
    const dir = await seedWorkspace();
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'seed');
    expect((await redline(dir, 'diff', 'HEAD..main:drafts/seed.md', 'drafts/seed.md')).stderr).toBe(
      'redline: "HEAD..main" is not a git revision (a branch, tag, hash or HEAD~1; it cannot start with "-")\n',
    );
    expect((await redline(dir, 'diff', 'nope:drafts/seed.md', 'drafts/seed.md')).stderr).toBe('redline: git revision "nope" is not a commit in this repository\n');
    expect((await redline(dir, 'diff', 'HEAD:drafts/none.md', 'drafts/seed.md')).stderr).toBe('redline: HEAD:drafts/none.md: git has no file drafts/none.md at HEAD\n');
    const path = join(dir, 'drafts/seed.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('开展机关事业单位', '基本完成机关事业单位'));
    const result = await redline(dir, 'diff', 'main:drafts/seed.md', 'drafts/seed.md', '--json');
    expect(json(result.stdout).map((c) => [c.id, c.change])).toEqual([['c48', 'changed']]);
  });

  it('--json is short for --format json, and refuses to be combined with another format', async () => {
    const dir = await seedWorkspace();
    expect((await redline(dir, 'diff', 'drafts/seed.md', 'drafts/seed.md', '--json')).stdout).toBe('[]\n');
    expect(await redline(dir, 'diff', 'drafts/seed.md', 'drafts/seed.md', '--json', '--format', 'markdown')).toMatchObject({
      code: 2,
      stderr: 'redline: --json is short for --format json; it cannot go with --format markdown\n',
    });
    const propose = await redline(dir, 'propose', '6', '--json');
    expect(propose.code).toBe(0);
    expect((JSON.parse(propose.stdout) as Array<{ entry: string }>).map((p) => p.entry)).toEqual(['6']);
    const status = await redline(dir, 'status', '--json', '--today', '2018-01-10');
    expect((JSON.parse(status.stdout) as Array<{ draft: string; entries: number }>).map((s) => [s.draft, s.entries])).toEqual([['seed', 6]]);
  });
});

describe('two drafts imported apart', () => {
  it.each([
    ['lawrefbook/zhuanli_fa_shishi_xize_2010.md', 'lawrefbook/zhuanli_fa_shishi_xize_2023.md'],
    ['lawrefbook/gongsi_fa_2018.md', 'lawrefbook/gongsi_fa_2023.md'],
  ])('have IDs c1, c2 … that name other clauses: paired by text, and said so (%s → %s)', async (from, to) => {
    const dirs = [tempDir(), tempDir()];
    for (const [dir, file] of [[dirs[0]!, from], [dirs[1]!, to]] as const) {
      await redline(dir, 'init');
      expect((await redline(dir, 'import', join(CORPUS, file), '--name', 'law')).code).toBe(0);
    }
    const [a, b] = dirs.map((d) => join(d, 'drafts/law.md'));
    const result = await redline(dirs[0]!, 'diff', a!, b!, '--format', 'json');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^redline: note: the clause IDs of .+ and .+ do not name the same clauses \(drafts imported apart\?\): clauses matched by text \(\d+\) and by number and similarity \(\d+\) instead of by ID\n$/u);
    const changes = json(result.stdout);
    // First articles are paired with their own later versions; before, c6 changed 第三条 → 第一条 and hundreds like it.
    const first = changes.find((c) => c.newNumber === '第一条' || c.oldNumber === '第一条');
    if (first) expect(first.oldNumber ?? first.newNumber).toBe('第一条');
    // Every clause shown as changed is its own earlier text edited, not another one's.
    const other = changes.filter((c) => c.change === 'changed' && c.before !== undefined && c.after !== undefined && textSimilarity(c.before, c.after) < 0.3);
    expect(other.map((c) => `${c.oldNumber} → ${c.newNumber}`)).toEqual([]);
    // A draft against its own next version (one workspace) is paired by ID, with no note.
    writeFileSync(join(dirs[0]!, 'next.md'), readFileSync(a!, 'utf8').replace('第一条 ', '第一条 （修改）'));
    expect((await redline(dirs[0]!, 'diff', a!, join(dirs[0]!, 'next.md'))).stderr).toBe('');
  });
});
