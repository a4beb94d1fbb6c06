// Faults injected into the file system under the CLI: a full disk that takes
// half a write, and every open, write, fsync, link, rename and mkdir failing
// in turn. Each run must end with exit 2, a message naming the file and what to
// do, every file as it was and no temporary file left behind.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { redline, SEED_PAGE, seedWorkspace } from '../helpers/cli.js';
import { DOCUMENTS, corpusWorkspace, expectClearFailure, files } from './helpers.js';

type Call = 'openSync' | 'writeSync' | 'fsyncSync' | 'linkSync' | 'renameSync' | 'mkdirSync' | 'writeFileSync';

// Hoisted with the mock: the fault to inject, where the `at`-th call of `call`
// fails with `code` (or, for `short`, writes half and then fails).
const { CALLS, fault } = vi.hoisted(() => ({
  CALLS: ['openSync', 'writeSync', 'fsyncSync', 'linkSync', 'renameSync', 'mkdirSync', 'writeFileSync'] as Call[],
  fault: { armed: false, call: undefined as Call | undefined, at: 0, code: 'ENOSPC', short: false, counts: {} as Record<string, number> },
}));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const wrap = <F extends (...args: never[]) => unknown>(name: Call, real: F): F =>
    ((...args: Parameters<F>) => {
      if (fault.armed) {
        const n = (fault.counts[name] = (fault.counts[name] ?? 0) + 1);
        if (fault.call === name && n === fault.at) {
          if (fault.short && name === 'writeSync') {
            // A nearly full disk: half the bytes go in, the next write finds no space.
            const [fd, data, offset = 0, length] = args as unknown as [number, Buffer | string, number?, number?];
            const bytes = typeof data === 'string' ? Buffer.from(data) : data.subarray(offset, offset + (length ?? data.length - offset));
            fault.call = 'writeSync';
            fault.at = n + 1;
            fault.short = false;
            return actual.writeSync(fd, bytes.subarray(0, Math.floor(bytes.length / 2)));
          }
          throw Object.assign(new Error(`${fault.code}: injected, ${name}`), { code: fault.code, syscall: name.replace('Sync', ''), path: String(args[0]) });
        }
      }
      return real(...args);
    }) as F;
  const mocked = { ...actual };
  for (const name of CALLS) (mocked as Record<string, unknown>)[name] = wrap(name, actual[name] as never);
  return { ...mocked, default: mocked };
});

beforeEach(() => {
  fault.armed = false;
  fault.call = undefined;
  fault.counts = {};
});

async function runWith(dir: string, args: string[], inject?: { call: Call; at: number; code?: string; short?: boolean }) {
  Object.assign(fault, { armed: true, counts: {}, call: inject?.call, at: inject?.at ?? 0, code: inject?.code ?? 'ENOSPC', short: inject?.short ?? false });
  try {
    return await redline(dir, ...args);
  } finally {
    fault.armed = false;
  }
}

/** Leftover temporary files (.name.pid-hex.tmp / .old) anywhere in the workspace. */
const leftovers = (dir: string) => Object.keys(files(dir)).filter((f) => /\/?\.[^/]+\.\d+-[0-9a-f]{8}\.(tmp|old)$/u.test(f));

/** Dirties drafts and entries so that fmt has several files to rewrite. */
function untidy(dir: string): void {
  const draft = join(dir, 'drafts/seed.md');
  writeFileSync(draft, readFileSync(draft, 'utf8').replace('<!-- #c5 -->', '<!--   #c5   -->'));
  for (const id of [1, 2, 4, 6]) {
    const path = join(dir, `feedback/seed/${id}.yaml`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^comment: /mu, 'comment:    '));
  }
}

describe('a nearly full disk', () => {
  it('fmt: a half-written draft is never renamed into place (exit 2, nothing changed)', async () => {
    const dir = await seedWorkspace();
    untidy(dir);
    const before = files(dir);
    const result = await runWith(dir, ['fmt'], { call: 'writeSync', at: 1, short: true });
    expectClearFailure(result, /^redline: cannot write drafts\/seed\.md: no space left on the device; free some space and run the command again; no file was changed\n$/u);
    expect(files(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('build: a stub of the redline is never published (exit 2, old outputs kept)', async () => {
    const dir = await corpusWorkspace(DOCUMENTS.statute, 'statute');
    expect((await redline(dir, 'build')).code).toBe(0);
    // Outputs that differ from what the build makes, so that all four are written (one that holds it already is left as it is).
    for (const output of ['revised', 'feedback', 'comparison', 'redline']) writeFileSync(join(dir, `out/statute.${output}.md`), 'old output\n');
    const before = files(dir);
    // The fourth output, the redline, is the one the disk cannot hold.
    const result = await runWith(dir, ['build'], { call: 'writeSync', at: 4, short: true });
    expectClearFailure(result, /^redline: cannot write out\/statute\.redline\.md: no space left on the device/u);
    expect(files(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });
});

const withoutCaches = (all: Record<string, string>) => Object.fromEntries(Object.entries(all).filter(([path]) => !path.startsWith('.redline/')));

/**
 * Every call of every kind fails once, in turn. A failure must leave the
 * workspace as it was; a call whose failure the command may shrug off (the
 * fsync of a folder, which some file systems refuse) must leave it as a
 * clean run does.
 */
async function everyFault(make: () => Promise<string>, args: string[], codes: string[]) {
  const dir = await make();
  const dry = await runWith(dir, args);
  expect(dry.code, dry.stderr).toBe(0);
  const counts = { ...fault.counts };
  expect(counts['renameSync'] ?? 0, 'the mock sees the CLI write').toBeGreaterThan(0);
  const after = files(dir);
  let runs = 0;
  let shrugged = 0;
  for (const call of CALLS) {
    for (let at = 1; at <= (counts[call] ?? 0); at++) {
      const code = codes[runs % codes.length]!;
      const fresh = await make();
      const before = files(fresh);
      const result = await runWith(fresh, args, { call, at, code });
      runs++;
      expect(leftovers(fresh)).toEqual([]);
      if (result.code === 0) {
        shrugged++;
        // A cache that cannot be written is no error (the next run parses again): only .redline/, the caches' folder, may differ.
        expect(withoutCaches(files(fresh)), `${call} #${at} (${code}) ignored`).toEqual(withoutCaches(after));
        continue;
      }
      expectClearFailure(result, /^(redline: cannot (read|write|create|lock the workspace in) [^:]+|[^:\s]+:\d+:\d+: error): .+/u);
      expect(files(fresh), `${call} #${at} (${code})`).toEqual(before);
    }
  }
  if (process.env['REDLINE_PROBE_COUNT']) console.log(`faults injected: ${args[0]} ${runs}, ${runs - shrugged} refused with exit 2, ${shrugged} harmless (completed as a clean run)`);
  return runs;
}

describe('every file-system call failing in turn leaves the workspace as it was', () => {
  it('fmt rewriting a draft and four entries', async () => {
    const runs = await everyFault(async () => {
      const dir = await seedWorkspace();
      untidy(dir);
      return dir;
    }, ['fmt'], ['ENOSPC', 'EIO', 'EACCES', 'EROFS']);
    expect(runs).toBeGreaterThan(30);
  });

  it('decide on all pending entries at once', async () => {
    const runs = await everyFault(seedWorkspace, ['decide', '--all-pending', 'reject', '--reason', '以市下达指标为准', '--date', '2018-01-20'], ['EDQUOT', 'EIO', 'EPERM']);
    expect(runs).toBeGreaterThan(25);
  });

  it('build of a bill with its four outputs', async () => {
    const runs = await everyFault(() => corpusWorkspace(DOCUMENTS.bill, 'bill'), ['build'], ['ENOSPC', 'EACCES', 'EIO']);
    expect(runs).toBeGreaterThan(15);
  });

  it('import --force of the seed writing the draft and its six entries again', async () => {
    // The entries were removed, so the page's six rows are new again and written with the draft.
    const withoutEntries = async () => {
      const dir = await seedWorkspace();
      rmSync(join(dir, 'feedback/seed'), { recursive: true });
      return dir;
    };
    const runs = await everyFault(withoutEntries, ['import', SEED_PAGE, '--name', 'seed', '--force'], ['ENOSPC', 'EIO']);
    expect(runs).toBeGreaterThan(30);
  });
});
