// The status cache (src/cli/status-cache.ts): `redline status` answered from
// the counts kept for files that have not changed, and counted anew whenever
// any of them has. On the seed and on two real documents (a statute and a
// State Council policy text) with comments in their own wording.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusWorkspace, redline, ROOT, seedWorkspace } from './helpers/cli.js';

const cacheDir = (dir: string) => join(dir, '.redline', 'cache');
const statusFiles = (dir: string) => {
  try {
    return readdirSync(cacheDir(dir)).filter((f) => f.startsWith('status-'));
  } catch {
    return [];
  }
};
// This build's cache (run from the source, its build is "source").
const statusFile = (dir: string) => join(cacheDir(dir), 'status-source.json');
interface StatusCacheFile {
  drafts: Record<string, { names: string[]; counts: { entries: number; stale: number } }>;
}
const readStatusCache = (dir: string) => JSON.parse(readFileSync(statusFile(dir), 'utf8')) as StatusCacheFile;

/** Files written in the last two seconds are not stored (a second write in the same clock tick would look alike): the tests move the clock on. */
function later(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
}

afterEach(() => {
  vi.useRealTimers();
});

/** Status as the user sees it, and as it is counted with the cache turned off: the two must agree. */
async function bothWays(dir: string): Promise<string> {
  const served = await redline(dir, 'status', '--json', '--today', '2024-01-01');
  expect(served.code).toBe(0);
  let uncached = '';
  const { run } = await import('../src/cli/main.js');
  const code = await run(['status', '--json', '--today', '2024-01-01'], { cwd: dir, env: { NO_COLOR: '1', REDLINE_CACHE: 'off' }, stdout: (s) => (uncached += s), stderr: () => undefined, isTTY: false });
  expect(code).toBe(0);
  expect(served.stdout).toBe(uncached);
  return served.stdout;
}

describe.each([
  ['lawrefbook/xingzheng_xuke_fa_2019.md', 'xuke', '建议将第十二条第（一）项中的“直接涉及国家安全”修改为“直接关系国家安全”', '直接涉及国家安全', '直接关系国家安全'],
  ['gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt', 'sanji', '建议将二、（一）中的“三级公立医院”修改为“各级公立医院”', '三级公立医院', '各级公立医院'],
])('the status cache on %s', (file, name, comment, quote, revised) => {
  async function workspace(): Promise<string> {
    const dir = await corpusWorkspace(file, name);
    expect((await redline(dir, 'feedback', 'add', '--unit', '法制办', '--comment', comment)).code).toBe(0);
    expect((await redline(dir, 'feedback', 'add', '--unit', '财政厅', '--comment', '总体赞同，无修改意见。')).code).toBe(0);
    expect((await redline(dir, 'decide', '2', 'adopt')).code).toBe(0);
    return dir;
  }

  it('keeps the counts of settled files and serves them while the files are as they were', async () => {
    const dir = await workspace();
    // Just written: counted, not stored.
    const first = await bothWays(dir);
    expect(statusFiles(dir)).toEqual([]);
    later();
    expect(await bothWays(dir)).toBe(first);
    const cache = readStatusCache(dir);
    expect(Object.keys(cache.drafts)).toEqual([name]);
    expect(cache.drafts[name]).toMatchObject({ names: ['1.yaml', '2.yaml'], counts: { entries: 2, stale: 0 } });
    // Served from the cache: counts planted in it are what status says (the files are not read).
    writeFileSync(statusFile(dir), JSON.stringify({ ...cache, drafts: { [name]: { ...cache.drafts[name], counts: { ...cache.drafts[name]!.counts, stale: 7 } } } }));
    expect(JSON.parse((await redline(dir, 'status', '--json')).stdout)[0].stale).toBe(7);
    expect(JSON.parse(first)[0]).toMatchObject({ draft: name, entries: 2, stale: 0, byStatus: { pending: 1, adopted: 1, partial: 0, rejected: 0 } });
  });

  it('counts anew when the draft, an entry, or the list of entries changes', async () => {
    const dir = await workspace();
    later();
    await bothWays(dir);
    const draft = join(dir, `drafts/${name}.md`);
    // The draft changed as the comment asks: the edit no longer applies.
    writeFileSync(draft, readFileSync(draft, 'utf8').replaceAll(quote, revised));
    expect(JSON.parse(await bothWays(dir))[0]).toMatchObject({ stale: 1 });
    // A decision made.
    expect((await redline(dir, 'decide', '1', 'reject', '--reason', '与上位法表述一致')).code).toBe(0);
    expect(JSON.parse(await bothWays(dir))[0].byStatus).toEqual({ pending: 0, adopted: 1, partial: 0, rejected: 1 });
    // An entry added, and one removed.
    expect((await redline(dir, 'feedback', 'add', '--unit', '审计厅', '--comment', '建议进一步明确责任。')).code).toBe(0);
    expect(JSON.parse(await bothWays(dir))[0]).toMatchObject({ entries: 3, byUnit: expect.objectContaining({ 审计厅: { pending: 1, adopted: 0, partial: 0, rejected: 0 } }) });
    rmSync(join(dir, `feedback/${name}/2.yaml`));
    expect(JSON.parse(await bothWays(dir))[0]).toMatchObject({ entries: 2, byStatus: { pending: 1, adopted: 0, partial: 0, rejected: 1 } });
    expect(readStatusCache(dir).drafts[name]!.names).toEqual(['1.yaml', '3.yaml']);
  });

  it('counts anew an entry rewritten at the same size with its old mtime put back (its ctime tells)', async () => {
    const dir = await workspace();
    later();
    await bothWays(dir);
    const entry = join(dir, `feedback/${name}/2.yaml`);
    const { atime, mtime, size } = statSync(entry);
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('status: adopted', 'status: pending'));
    appendFileSync(entry, ' '.repeat(size - statSync(entry).size));
    utimesSync(entry, atime, mtime);
    expect(statSync(entry).size).toBe(size);
    expect(JSON.parse(await bothWays(dir))[0].byStatus).toEqual({ pending: 2, adopted: 0, partial: 0, rejected: 0 });
  });
});

describe('the status cache on the seed', () => {
  it('stores no counts that came with a warning: status says the warning at every run', async () => {
    const dir = await seedWorkspace();
    appendFileSync(join(dir, 'feedback/seed/1.yaml'), 'remark: 电话核实\n');
    later();
    for (let i = 0; i < 2; i++) {
      const result = await redline(dir, 'status');
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/^feedback\/seed\/1\.yaml:\d+:1: warning: .*remark/u);
    }
    expect(statusFiles(dir)).toEqual([]);
  });

  it('is written neither when turned off nor by a failed status, and a torn or foreign cache is counted past', async () => {
    const dir = await seedWorkspace();
    later();
    const { run } = await import('../src/cli/main.js');
    await run(['status'], { cwd: dir, env: { REDLINE_CACHE: 'off' }, stdout: () => undefined, stderr: () => undefined, isTTY: false });
    expect(statusFiles(dir)).toEqual([]);
    writeFileSync(join(dir, 'feedback/seed/9.yaml'), 'id: [\n');
    expect((await redline(dir, 'status')).code).not.toBe(0);
    expect(statusFiles(dir)).toEqual([]);
    rmSync(join(dir, 'feedback/seed/9.yaml'));
    const good = await bothWays(dir);
    for (const torn of ['{"format":1,"build":"source","drafts":{"seed":{"names":[],"versions":[1],"counts":{}}}}', '{"format":1', '[]', '{"format":1,"build":"source","drafts":{"constructor":1}}']) {
      writeFileSync(statusFile(dir), torn);
      expect(await bothWays(dir)).toBe(good);
    }
  });

  it('checks redline.yaml again once it is another version: a setting broken after a served status is still refused', async () => {
    const dir = await seedWorkspace();
    later();
    expect((await redline(dir, 'status')).code).toBe(0);
    expect(readStatusCache(dir)).toHaveProperty('config');
    expect((await redline(dir, 'status')).code).toBe(0);
    writeFileSync(join(dir, 'redline.yaml'), '# settings\nout: [a, b]\n');
    expect(await redline(dir, 'status')).toMatchObject({ code: 2, stderr: 'redline.yaml:2:6: error: "out" must be text [config]\n' });
    // And at the next run: the refused run kept nothing.
    expect((await redline(dir, 'status')).code).toBe(2);
    writeFileSync(join(dir, 'redline.yaml'), 'out: out\n');
    expect((await redline(dir, 'status')).code).toBe(0);
  });

  it('answers a repeated status from the bundle without reading the draft or any entry, or loading the planner', () => {
    // Runs the built CLI as a user does: the files must have settled (two seconds) before a run stores their counts.
    return seedWorkspace().then((dir) => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
      const bin = join(ROOT, 'bin/redline.js');
      const record = join(dir, 'reads.txt');
      const status = () => {
        const result = spawnSync(process.execPath, ['-r', join(ROOT, 'test/helpers/record-reads.cjs'), bin, 'status', '--json', '--today', '2018-01-10'], { cwd: dir, encoding: 'utf8', env: { ...process.env, RECORD_READS: record } });
        expect(result.status).toBe(0);
        return { stdout: result.stdout, reads: readFileSync(record, 'utf8').split('\n') };
      };
      const first = status();
      const second = status();
      expect(second.stdout).toBe(first.stdout);
      expect(JSON.parse(second.stdout)[0]).toMatchObject({ draft: 'seed', entries: 6, stale: 0, window: { from: '2018-01-08', to: '2018-01-15', open: true } });
      const own = (reads: string[]) => reads.filter((f) => f.startsWith(dir) && !f.includes('.redline'));
      expect(own(first.reads)).toContain(join(dir, 'drafts/seed.md'));
      // Counting, the entry folder is listed once: each entry file is looked at twice, its version taken (by the cache, for the count too) and, as it is read, for a link.
      const lstats = first.reads.filter((f) => f.startsWith(`lstat:${join(dir, 'feedback/seed')}`));
      expect(new Set(lstats).size).toBe(6);
      expect(lstats.length).toBe(12);
      expect(own(first.reads)).toContain(join(dir, 'redline.yaml'));
      // Not even redline.yaml: the version checked by the first run is looked at (lstat), not read.
      expect(own(second.reads)).toEqual([]);
      expect(second.reads).toContain(`lstat:${join(dir, 'redline.yaml')}`);
      // Nor is the YAML reader (js-yaml, in the chunk holding YAMLException) loaded.
      const yamlReader = (reads: string[]) => reads.filter((f) => f.endsWith('.cjs') && readFileSync(f, 'utf8').includes('YAMLException'));
      expect(yamlReader(first.reads)).not.toEqual([]);
      expect(yamlReader(second.reads)).toEqual([]);
      // The planner's chunk (the one holding diff-match-patch) is loaded by the first run only.
      const planner = (reads: string[]) => reads.filter((f) => f.endsWith('.cjs') && readFileSync(f, 'utf8').includes('diff_match_patch'));
      expect(planner(first.reads)).not.toEqual([]);
      expect(planner(second.reads)).toEqual([]);
    });
  });
});
