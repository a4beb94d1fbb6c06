// The cache of parsed entries (src/cli/entry-cache.ts): a build over hundreds
// of entries reads them from one file, and never serves an entry whose file
// changed. Run on two real statutes with 210 adopted comments each.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHE_MIN_ENTRIES } from '../src/cli/entry-cache.js';
import { corpusWorkspace, redline } from './helpers/cli.js';

interface ClauseRow {
  id: string;
  number: string;
  text: string;
}

/** `count` adopted entries, each replacing a two-character quote in an article that holds it once. */
async function workspaceWithEntries(file: string, name: string, count: number): Promise<{ dir: string; folder: string }> {
  const dir = await corpusWorkspace(file, name);
  const clauses = JSON.parse((await redline(dir, 'clauses', name, '--json')).stdout) as ClauseRow[];
  const slots: Array<{ clause: ClauseRow; quote: string }> = [];
  for (const clause of clauses) {
    for (let at = 0; at + 2 <= clause.text.length && slots.length < count; at += 7) {
      const quote = clause.text.slice(at, at + 2);
      if (/^\p{Script=Han}{2}$/u.test(quote) && clause.text.indexOf(quote) === clause.text.lastIndexOf(quote)) slots.push({ clause, quote });
    }
  }
  expect(slots.length).toBe(count);
  const folder = join(dir, 'feedback', name);
  mkdirSync(folder, { recursive: true });
  slots.forEach(({ clause, quote }, i) => {
    const edit = `  - op: replace\n    clause: ${clause.id}\n    quote: "${quote}"\n    text: "${quote}甲"\n`;
    writeFileSync(join(folder, `${i + 1}.yaml`), `id: "${i + 1}"\nunit: 单位${i % 7}\ncomment: 建议修改${clause.number}\nedits:\n${edit}decision:\n  status: adopted\n`);
  });
  return { dir, folder };
}

const cacheDir = (dir: string) => join(dir, '.redline', 'cache');
// This build's cache (run from the source, its build is "source").
const cacheFile = (dir: string) => join(cacheDir(dir), readdirSync(cacheDir(dir)).find((f) => f.startsWith('entries-') && f.endsWith('-source.json'))!);
interface CacheColumns {
  names: string[];
  versions: number[];
  entries: Array<{ unit: string }>;
}
const readCacheFile = (dir: string) => JSON.parse(readFileSync(cacheFile(dir), 'utf8')) as CacheColumns;
const cachedCount = (dir: string) => readCacheFile(dir).names.length;

/** Files written in the last two seconds are not cached (a second write in the same clock tick would look alike): the tests move the clock on. */
function later(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
}

afterEach(() => {
  vi.useRealTimers();
  delete process.env['REDLINE_CACHE'];
});

describe.each([
  ['lawrefbook/samr_mingma_biaojia_2022.md', 'mingma', 60],
  ['lawrefbook/xingzheng_xuke_fa_2019.md', 'xuke', 210],
])('the entry cache on %s', (file, name, small) => {
  it('is written for a large folder, serves the same entries, and ignores itself for git', async () => {
    const { dir } = await workspaceWithEntries(file, name, CACHE_MIN_ENTRIES + 10);
    const direct = await redline(dir, 'build', '--out', 'direct');
    expect(direct.code).toBe(0);
    // Just-written files are parsed but not stored.
    expect(cachedCount(dir)).toBe(0);
    later();
    expect((await redline(dir, 'check')).code).toBe(0);
    expect(cachedCount(dir)).toBe(CACHE_MIN_ENTRIES + 10);
    expect(readFileSync(join(dir, '.redline', '.gitignore'), 'utf8')).toMatch(/^\*$/mu);
    const cached = await redline(dir, 'build', '--out', 'cached');
    expect(cached.code).toBe(0);
    for (const output of readdirSync(join(dir, 'direct'))) {
      expect(readFileSync(join(dir, 'cached', output), 'utf8')).toBe(readFileSync(join(dir, 'direct', output), 'utf8'));
    }
  });

  it('never serves an entry whose file changed, even to the same size and time', async () => {
    const { dir, folder } = await workspaceWithEntries(file, name, CACHE_MIN_ENTRIES);
    later();
    await redline(dir, 'check');
    // What the cache holds is what a build shows: a marked copy of entry 5 in the cache proves it is read.
    const cache = readCacheFile(dir);
    cache.entries[cache.names.indexOf('5.yaml')]!.unit = '缓存单位';
    writeFileSync(cacheFile(dir), JSON.stringify(cache));
    await redline(dir, 'build');
    expect(readFileSync(join(dir, 'out', `${name}.feedback.md`), 'utf8')).toContain('| 5 | 缓存单位 |');
    // Rewritten in place, same length, mtime set back: the ctime still changed.
    const entry = join(folder, '5.yaml');
    const before = readFileSync(entry, 'utf8');
    writeFileSync(entry, before.replace('unit: 单位4', 'unit: 单位9'));
    utimesSync(entry, new Date(0), new Date(0));
    await redline(dir, 'build');
    expect(readFileSync(join(dir, 'out', `${name}.feedback.md`), 'utf8')).toContain('| 5 | 单位9 |');
  });

  it('reports a folder named like an entry and a FIFO (SECURITY.md), with the cache and without it', async () => {
    for (const count of [small < CACHE_MIN_ENTRIES ? small : CACHE_MIN_ENTRIES - 1, CACHE_MIN_ENTRIES]) {
      const { dir, folder } = await workspaceWithEntries(file, name, count);
      later();
      expect((await redline(dir, 'build')).code).toBe(0);
      const expected = readFileSync(join(dir, 'out', `${name}.feedback.md`), 'utf8');
      mkdirSync(join(folder, 'notes.yaml'));
      const folderRefused = await redline(dir, 'build');
      expect(folderRefused.code).toBe(2);
      expect(folderRefused.stderr).toContain(`feedback/${name}/notes.yaml:1:1: error: it is a folder, not an ordinary file`);
      rmSync(join(folder, 'notes.yaml'), { recursive: true });
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      const built = await redline(dir, 'build');
      expect(built.code).toBe(0);
      expect(readFileSync(join(dir, 'out', `${name}.feedback.md`), 'utf8')).toBe(expected);
      execFileSync('mkfifo', [join(folder, 'pipe.yaml')]);
      const refused = await redline(dir, 'build');
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`feedback/${name}/pipe.yaml:1:1: error: it is a named pipe (FIFO), not an ordinary file`);
    }
  });

  it('keeps one cache per build of redline, so that two builds run in turn both use theirs, and only the newest few', async () => {
    const { dir, folder } = await workspaceWithEntries(file, name, CACHE_MIN_ENTRIES);
    later();
    expect((await redline(dir, 'build')).code).toBe(0);
    const own = cacheFile(dir);
    const prefix = own.slice(0, own.lastIndexOf('-') + 1);
    expect(own).toBe(`${prefix}source.json`);
    // Another build's cache beside it (as the benchmark's "before" writes): this build's own is still the one read.
    writeFileSync(`${prefix}0123456789abcdef.json`, readFileSync(own));
    const cache = readCacheFile(dir);
    cache.entries[cache.names.indexOf('5.yaml')]!.unit = '缓存单位';
    writeFileSync(own, JSON.stringify(cache));
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(readFileSync(join(dir, 'out', `${name}.feedback.md`), 'utf8')).toContain('| 5 | 缓存单位 |');
    // Older builds' caches: when the cache is written again, the two newest besides this build's are kept.
    const ages = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'];
    ages.forEach((build, i) => {
      writeFileSync(`${prefix}${build}.json`, '{}');
      utimesSync(`${prefix}${build}.json`, new Date(1_000_000 * (i + 1)), new Date(1_000_000 * (i + 1)));
    });
    writeFileSync(join(folder, '6.yaml'), readFileSync(join(folder, '6.yaml'), 'utf8').replace('unit: 单位5', 'unit: 单位8'));
    later();
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(readdirSync(cacheDir(dir)).filter((f) => f.startsWith(prefix.slice(cacheDir(dir).length + 1))).sort()).toEqual(
      [`${prefix}0123456789abcdef.json`, `${prefix}cccccccccccccccc.json`, own].map((p) => p.slice(cacheDir(dir).length + 1)).sort(),
    );
  });

  it('serves nothing from a cache whose columns do not line up', async () => {
    const { dir } = await workspaceWithEntries(file, name, CACHE_MIN_ENTRIES);
    later();
    expect((await redline(dir, 'build')).code).toBe(0);
    const expected = readFileSync(join(dir, 'out', `${name}.feedback.md`), 'utf8');
    const good = readCacheFile(dir);
    const five = good.names.indexOf('5.yaml');
    const six = good.names.indexOf('6.yaml');
    // Names swapped (each name then stands beside the other file's version), or a column cut short.
    const swapped = structuredClone(good);
    [swapped.names[five], swapped.names[six]] = ['6.yaml', '5.yaml'];
    const short = structuredClone(good);
    short.versions.length -= 5;
    for (const cache of [swapped, short]) {
      cache.entries[five]!.unit = '缓存单位';
      cache.entries[six]!.unit = '缓存单位';
      writeFileSync(cacheFile(dir), JSON.stringify(cache));
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      expect((await redline(dir, 'build')).code).toBe(0);
      expect(readFileSync(join(dir, 'out', `${name}.feedback.md`), 'utf8')).toBe(expected);
    }
  });

  it('is not used below its size, nor when turned off, nor when it is broken', async () => {
    const few = await workspaceWithEntries(file, name, small < CACHE_MIN_ENTRIES ? small : CACHE_MIN_ENTRIES - 1);
    later();
    expect((await redline(few.dir, 'build')).code).toBe(0);
    expect(existsSync(join(few.dir, '.redline'))).toBe(false);

    const { dir, folder } = await workspaceWithEntries(file, name, CACHE_MIN_ENTRIES);
    // A command that fails leaves every file as it was: no cache either.
    const entry = join(folder, '7.yaml');
    const good = readFileSync(entry, 'utf8');
    writeFileSync(entry, good.replace(/quote: "(.+)"/u, 'quote: "不在条文中的话"'));
    const failed = await redline(dir, 'build');
    expect(failed.code).toBe(1);
    expect(existsSync(join(dir, '.redline'))).toBe(false);
    writeFileSync(entry, good);
    process.env['REDLINE_CACHE'] = 'off';
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(existsSync(join(dir, '.redline'))).toBe(false);
    delete process.env['REDLINE_CACHE'];
    const expected = readFileSync(join(dir, 'out', `${name}.redline.md`), 'utf8');

    // .redline as a link out of the workspace (committed by someone): nothing is written through it.
    const outside = mkdtempSync(join(tmpdir(), 'redline-outside-'));
    symlinkSync(outside, join(dir, '.redline'));
    later();
    expect((await redline(dir, 'check')).code).toBe(0);
    expect(readdirSync(outside)).toEqual([]);
    rmSync(join(dir, '.redline'));

    // A torn cache, one from another build of redline, and a FIFO in its place are passed over.
    expect((await redline(dir, 'check')).code).toBe(0);
    const path = cacheFile(dir);
    for (const broken of ['{"format":3,"build":"x', JSON.stringify({ format: 3, build: 'another', folder: `feedback/${name}`, names: ['1.yaml'], versions: [1, 2, 3, 4, 5], entries: [{ id: '1' }] }), null]) {
      rmSync(path, { force: true });
      // (node:fs cannot make a FIFO: the shell's mkfifo does.)
      if (broken === null) execFileSync('mkfifo', [path]);
      else writeFileSync(path, broken);
      rmSync(join(dir, 'out'), { recursive: true, force: true });
      const result = await redline(dir, 'build');
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(readFileSync(join(dir, 'out', `${name}.redline.md`), 'utf8')).toBe(expected);
    }
  });
});
