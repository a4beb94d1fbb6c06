// Large feedback folders are listed on another thread while a command reads
// the draft and the entry cache (src/cli/entry-listing.ts, issue 17). The
// listing must be the one the command would take itself, and a build or check
// must see every change made before it ran. Two real statutes, 1,800 entries.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPrefetching, listEntryFiles, prefetchedListing, prefetchEntryListings } from '../src/cli/entry-listing.js';
import { entryFileVersions, findWorkspace } from '../src/cli/workspace.js';
import { corpusWorkspace, redline, ROOT } from './helpers/cli.js';

interface ClauseRow {
  id: string;
  number: string;
  text: string;
}

/** Enough entry files that the folder is large on ext4 and tmpfs alike. */
const COUNT = 1800;

/** 40 adopted entries replacing a quote the article holds once; the rest answered with a reason. */
async function largeWorkspace(file: string, name: string): Promise<{ dir: string; folder: string }> {
  const dir = await corpusWorkspace(file, name);
  const clauses = JSON.parse((await redline(dir, 'clauses', name, '--json')).stdout) as ClauseRow[];
  const quotes: Array<{ clause: ClauseRow; quote: string }> = [];
  for (const clause of clauses) {
    const quote = clause.text.slice(2, 4);
    if (quotes.length < 40 && /^\p{Script=Han}{2}$/u.test(quote) && clause.text.indexOf(quote) === clause.text.lastIndexOf(quote)) quotes.push({ clause, quote });
  }
  expect(quotes).toHaveLength(40);
  const folder = join(dir, 'feedback', name);
  mkdirSync(folder, { recursive: true });
  for (let i = 1; i <= COUNT; i++) {
    const slot = quotes[i - 1];
    const body = slot
      ? `comment: 建议修改${slot.clause.number}\nedits:\n  - op: replace\n    clause: ${slot.clause.id}\n    quote: "${slot.quote}"\n    text: "${slot.quote}乙"\ndecision:\n  status: adopted\n`
      : `comment: 建议进一步完善第${i}项意见\ndecision:\n  status: rejected\n  reason: 已有规定\n`;
    writeFileSync(join(folder, `${i}.yaml`), `id: "${i}"\nunit: 单位${i % 9}\n${body}`);
  }
  return { dir, folder };
}

/** Files written in the last two seconds are not cached: the tests move the clock on. */
function later(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
}

afterEach(() => {
  vi.useRealTimers();
});

const feedbackTable = (dir: string, name: string) => readFileSync(join(dir, 'out', `${name}.feedback.md`), 'utf8');

describe.each([
  ['lawrefbook/xingzheng_xuke_fa_2019.md', 'xuke'],
  ['lawrefbook/samr_mingma_biaojia_2022.md', 'mingma'],
])('entry folders listed on another thread, on %s', (file, name) => {
  it('give the listing the command would take itself, once, odd files and all', async () => {
    const { dir, folder } = await largeWorkspace(file, name);
    // What is listed but never served from a cache: a folder, a link, a file of another kind.
    mkdirSync(join(folder, '9000.yaml'));
    symlinkSync(join(folder, '1.yaml'), join(folder, 'link.yaml'));
    writeFileSync(join(folder, 'notes.txt'), '备忘\n');
    const end = prefetchEntryListings(dir);
    expect(end).toBeTypeOf('function');
    expect(isPrefetching(folder)).toBe(true);
    const taken = prefetchedListing(folder)!;
    const here = listEntryFiles(folder);
    expect(taken.names).toHaveLength(COUNT + 2);
    expect([...taken.names].sort()).toEqual([...here.names].sort());
    // The same five numbers for each name: NaN exactly where the name is no ordinary file.
    const at = new Map(here.names.map((n, i) => [n, i]));
    const numbers = (listing: typeof here, i: number) => [...listing.numbers.subarray(i * 5, i * 5 + 5)];
    taken.names.forEach((n, i) => expect(numbers(taken, i)).toEqual(numbers(here, at.get(n)!)));
    expect(Number.isNaN(here.numbers[at.get('9000.yaml')! * 5])).toBe(true);
    expect(Number.isNaN(here.numbers[at.get('link.yaml')! * 5])).toBe(true);
    expect(Number.isNaN(here.numbers[at.get('1.yaml')! * 5])).toBe(false);
    // Taken once: a second reading of the folder lists it anew.
    expect(isPrefetching(folder)).toBe(false);
    expect(prefetchedListing(folder)).toBeUndefined();
    end!();
  });

  it('sorts the worker listing in natural order as the listing made here, and a small folder gets no worker', async () => {
    const { dir, folder } = await largeWorkspace(file, name);
    const workspace = findWorkspace(dir);
    const end = prefetchEntryListings(dir);
    const viaWorker = entryFileVersions(workspace, folder);
    const direct = entryFileVersions(workspace, folder);
    expect(viaWorker.names.slice(0, 12)).toEqual(['1.yaml', '2.yaml', '3.yaml', '4.yaml', '5.yaml', '6.yaml', '7.yaml', '8.yaml', '9.yaml', '10.yaml', '11.yaml', '12.yaml']);
    expect(viaWorker.names).toEqual(direct.names);
    viaWorker.names.forEach((_, i) => expect(viaWorker.versions.matches(i, toList(direct), i)).toBe(true));
    end!();
    // The seed's few entries: listed here, no thread started.
    const small = await corpusWorkspace(file, `${name}2`);
    expect(prefetchEntryListings(small)).toBeUndefined();
  });

  it('a build sees every change made to the entries before it ran, cached or not', async () => {
    const { dir, folder } = await largeWorkspace(file, name);
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(feedbackTable(dir, name)).toContain('| 5 | 单位5 |');
    later();
    // Fills the entry cache, through the worker's listing.
    expect((await redline(dir, 'check')).code).toBe(0);
    writeFileSync(join(folder, '5.yaml'), readFileSync(join(folder, '5.yaml'), 'utf8').replace('unit: 单位5', 'unit: 单位七'));
    rmSync(join(folder, '7.yaml'));
    writeFileSync(join(folder, `${COUNT + 1}.yaml`), `id: "${COUNT + 1}"\nunit: 新增单位\ncomment: 建议再研究\ndecision:\n  status: rejected\n  reason: 另行研究\n`);
    later();
    const built = await redline(dir, 'build');
    expect(built.code).toBe(0);
    const table = feedbackTable(dir, name);
    expect(table).toContain('| 5 | 单位七 |');
    expect(table).not.toMatch(/^\| 7 \|/mu);
    expect(table).toContain(`| ${COUNT + 1} | 新增单位 |`);
    // The same outputs as a build that reads every file itself.
    process.env['REDLINE_CACHE'] = 'off';
    try {
      expect((await redline(dir, 'build', '--out', 'direct')).code).toBe(0);
    } finally {
      delete process.env['REDLINE_CACHE'];
    }
    expect(readFileSync(join(dir, 'direct', `${name}.feedback.md`), 'utf8')).toBe(table);
  });

  it('a worker that cannot start leaves the command to list the folder itself, with the same result', async () => {
    const { dir } = await largeWorkspace(file, name);
    // A preload that fails in every thread but the main one: the worker dies before it starts.
    const preload = join(dir, 'no-threads.cjs');
    writeFileSync(preload, "if (!require('node:worker_threads').isMainThread) throw new Error('no threads here');\n");
    const env = { ...process.env, NO_COLOR: '1', NODE_OPTIONS: `--require ${preload}` };
    // (A hang guard, not a time limit on the test: the command would otherwise wait on the worker.)
    const checked = spawnSync(process.execPath, [join(ROOT, 'bin/redline.js'), 'check'], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain(`check: ok (1 draft(s), ${COUNT} entries, 40 edits)`);
  });

  it('a folder large on disk that holds few entries now gets no entry cache, as any small folder', async () => {
    const { dir, folder } = await largeWorkspace(file, name);
    const size = statSync(folder).size;
    for (let i = 51; i <= COUNT; i++) rmSync(join(folder, `${i}.yaml`));
    later();
    const checked = await redline(dir, 'check');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('50 entries');
    // Where the file system keeps the folder's size (ext4), the worker listed it; either way no cache is kept for 50 entries.
    if (statSync(folder).size === size) {
      const end = prefetchEntryListings(dir);
      expect(end).toBeTypeOf('function');
      end!();
    }
    const cache = join(dir, '.redline', 'cache');
    expect(existsSync(cache) ? readdirSync(cache).filter((f) => f.startsWith('entries-')) : []).toEqual([]);
  });
});

/** A listing's versions as the flat list the cache stores. */
function toList(listing: ReturnType<typeof entryFileVersions>): number[] {
  const list: number[] = [];
  listing.names.forEach((_, i) => listing.versions.appendTo(list, i));
  return list;
}
