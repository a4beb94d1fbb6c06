// The cache of parsed drafts (src/cli/draft-cache.ts): a large draft read
// without problems is kept parsed, served only for the very text it was parsed
// from, and read back as parseDraft reads the file. Run on a statute, an
// English bill and a federal rule, each over the size the cache starts at.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { settle } from '../src/cli/after-success.js';
import { DRAFT_CACHE_MIN_CHARS, parseDraftCached } from '../src/cli/draft-cache.js';
import { parseDraft } from '../src/core/draft/format.js';
import { corpusWorkspace, redline } from './helpers/cli.js';

const cacheDir = (dir: string) => join(dir, '.redline', 'cache');
const draftCaches = (dir: string) => (existsSync(cacheDir(dir)) ? readdirSync(cacheDir(dir)).filter((f) => f.startsWith('draft-')) : []);

afterEach(() => {
  delete process.env['REDLINE_CACHE'];
});

describe.each([
  ['lawrefbook/minshi_susong_fa_2021.md', 'msf'],
  ['us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'hr1000'],
  ['us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', 'boem'],
])('the draft cache on %s', (file, name) => {
  it('reads the draft back exactly as parseDraft reads its text, front matter tree included', async () => {
    const dir = await corpusWorkspace(file, name);
    const path = join(dir, 'drafts', `${name}.md`);
    const text = readFileSync(path, 'utf8');
    expect(text.length).toBeGreaterThanOrEqual(DRAFT_CACHE_MIN_CHARS);
    const fresh = parseDraft(text, `drafts/${name}.md`, name);
    expect(fresh.problems).toEqual([]);
    const first = parseDraftCached(text, path, `drafts/${name}.md`, name, dir);
    // Written as the command ends, and only if it succeeds.
    expect(draftCaches(dir)).toHaveLength(0);
    settle(true);
    expect(draftCaches(dir)).toHaveLength(1);
    const cached = parseDraftCached(text, path, `drafts/${name}.md`, name, dir);
    for (const parsed of [first, cached]) {
      expect(parsed.problems).toEqual([]);
      expect(parsed.draft.blocks).toStrictEqual(fresh.draft.blocks);
      expect(parsed.draft.clauses).toStrictEqual(fresh.draft.clauses);
      expect(parsed.draft.meta).toStrictEqual(fresh.draft.meta);
      expect(parsed.draft.file).toBe(`drafts/${name}.md`);
      expect(String(parsed.draft.frontMatter)).toBe(String(fresh.draft.frontMatter));
    }
    // Shown from another folder, the same cache gives the draft its display path there.
    expect(parseDraftCached(text, path, `../drafts/${name}.md`, name, dir).draft.file).toBe(`../drafts/${name}.md`);
  });

  it('never serves an old reading: a change of one character, with the file\'s size and times put back, is read', async () => {
    const dir = await corpusWorkspace(file, name);
    const path = join(dir, 'drafts', `${name}.md`);
    const before = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; text: string }>;
    expect(draftCaches(dir)).toHaveLength(1);
    const stat = statSync(path);
    const text = readFileSync(path, 'utf8');
    const target = before.find((c) => c.text.length > 12)!;
    // Same number of bytes: one character swapped for another of the same width.
    const swapped = target.text.slice(0, 3) + (target.text[3] === 'x' ? 'y' : /[\u4e00-\u9fff]/u.test(target.text[3]!) ? (target.text[3] === '甲' ? '乙' : '甲') : 'x') + target.text.slice(4);
    writeFileSync(path, text.replace(target.text, swapped));
    utimesSync(path, stat.atime, stat.mtime);
    expect(statSync(path).size).toBe(stat.size);
    const after = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; text: string }>;
    expect(after.find((c) => c.id === target.id)!.text).toBe(swapped);
  });
});

describe('the draft cache', () => {
  it('keeps no draft with problems: its warnings are reported at every run (刑法 with 第十条 given twice)', async () => {
    const dir = await corpusWorkspace('lawrefbook/xingfa_criminal_law.md', 'xingfa');
    const path = join(dir, 'drafts', 'xingfa.md');
    const text = readFileSync(path, 'utf8');
    // 第十条 written twice: the numbering-repeat warning.
    writeFileSync(path, text.replace(/(\n)(\*\*)?第十一条/u, '$1$2第十条'));
    for (let run = 0; run < 2; run++) {
      const check = await redline(dir, 'check');
      expect(check.stderr).toMatch(/given twice/u);
    }
    expect(draftCaches(dir)).toEqual([]);
  });

  it('is not used for a small draft, nor when REDLINE_CACHE=off, and a torn cache file is read as none', async () => {
    const small = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xuke');
    expect((await redline(small, 'clauses')).code).toBe(0);
    expect(draftCaches(small)).toEqual([]);

    const dir = await corpusWorkspace('lawrefbook/xingfa_criminal_law.md', 'xingfa');
    process.env['REDLINE_CACHE'] = 'off';
    expect((await redline(dir, 'clauses')).code).toBe(0);
    expect(draftCaches(dir)).toEqual([]);
    delete process.env['REDLINE_CACHE'];

    const expected = (await redline(dir, 'clauses', '--json')).stdout;
    const [cache] = draftCaches(dir);
    const cachePath = join(cacheDir(dir), cache!);
    for (const torn of [readFileSync(cachePath, 'utf8').slice(0, 5000), '{"format":1,"reading":{"blocks":[],"clauses":[{}]}}', 'null']) {
      writeFileSync(cachePath, torn);
      const read = await redline(dir, 'clauses', '--json');
      expect(read.code).toBe(0);
      expect(read.stdout).toBe(expected);
    }
  });

  it('a workspace without a cache folder gets one only inside it (a file in its place is left alone)', async () => {
    const dir = await corpusWorkspace('lawrefbook/xingfa_criminal_law.md', 'xingfa');
    rmSync(join(dir, '.redline'), { recursive: true, force: true });
    writeFileSync(join(dir, '.redline'), 'not a folder');
    const read = await redline(dir, 'clauses');
    expect(read.code).toBe(0);
    expect(readFileSync(join(dir, '.redline'), 'utf8')).toBe('not a folder');
  });
});
