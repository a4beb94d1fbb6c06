// <workspace>/.redline/cache/: what redline keeps parsed between runs (the
// entry cache, the draft cache). Each file is JSON stamped with the build of
// redline that wrote it; a file from another build, torn or foreign, is read
// as no cache. Writing one is never an error: a cache that cannot be written
// means parsing again next time. The folder ignores itself for git.
import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWithin, sidePath } from './atomic-write.js';
import { readInputBytes } from './text-file.js';

// The bundle stamps each build with a hash of its sources: a cache written by
// other code (an older redline, a different parser) is never read.
declare const __REDLINE_BUILD__: string | undefined;
export const BUILD = typeof __REDLINE_BUILD__ === 'string' ? __REDLINE_BUILD__ : 'source';

/** Cache files of one thing (a folder's entries, a draft) kept, this build's included. */
const KEPT_BUILDS = 3;

/**
 * Files changed more recently than this are read but not stored in a cache
 * keyed by their versions: a second write within the clock's tick would look
 * the same (git's "racy clean").
 */
export const SETTLE_MS = 2000;

/** Whether REDLINE_CACHE turns the caches off. */
export function cacheOff(env: Record<string, string | undefined>): boolean {
  return /^(?:off|0|false|no)$/iu.test(env['REDLINE_CACHE'] ?? '');
}

/**
 * Where this build keeps its cache of one thing: `<kind>-<hash of what>-<build>.json`.
 * The hash names the thing (a folder, a draft file) without its characters in a file name.
 */
export function cachePath(root: string, kind: string, what: string): string {
  return join(root, '.redline', 'cache', `${cachePrefix(kind, what)}${BUILD}.json`);
}

/** Where this build keeps a cache of the whole workspace: `<kind>-<build>.json` (no hash to compute: node:crypto costs a start-up more than the cache saves). */
export function workspaceCachePath(root: string, kind: string): string {
  return join(root, '.redline', 'cache', `${kind}-${BUILD}.json`);
}

function cachePrefix(kind: string, what: string): string {
  return `${kind}-${sha256(what).slice(0, 16)}-`;
}

/** The SHA-256 of a text, in hex (node:crypto loaded on first use: it costs start-up time). */
export function sha256(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}

/** The parsed JSON of a cache file inside the workspace, or undefined for none or any doubt. */
export function readCacheFile(path: string, root: string): unknown {
  try {
    // Read as any input is: an ordinary file of a sane size, never a FIFO or a device.
    if (!lstatSync(path, { throwIfNoEntry: false })?.isFile() || !isWithin(path, root)) return undefined;
    return JSON.parse(readInputBytes(path, path).toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Writes a cache file (temporary file, then rename) and removes the same thing's caches of older builds. */
export function writeCacheFile(path: string, data: unknown): void {
  const dir = join(path, '..');
  const temp = sidePath(path, 'tmp');
  // .redline and its cache folder are made here, never followed out of the workspace (a link committed in their place).
  for (const folder of [join(dir, '..'), dir]) {
    const stat = lstatSync(folder, { throwIfNoEntry: false });
    if (stat && !stat.isDirectory()) return;
  }
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '..', '.gitignore'), "# redline's cache of parsed entries and drafts: safe to delete\n*\n", { flag: 'wx' });
  } catch {
    // it exists already, or the folder cannot be made (then the write below fails too)
  }
  try {
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, path);
    pruneOthers(dir, path.slice(dir.length + 1, -`${BUILD}.json`.length), path);
  } catch {
    rmSync(temp, { force: true });
  }
}

/** Removes the thing's caches of other builds, all but the newest few: old redlines leave no pile of them. */
function pruneOthers(dir: string, prefix: string, own: string): void {
  try {
    const others = readdirSync(dir)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.json') && join(dir, name) !== own)
      .map((name) => ({ path: join(dir, name), stat: lstatSync(join(dir, name), { throwIfNoEntry: false }) }))
      .filter((c) => c.stat?.isFile())
      .sort((a, b) => b.stat!.mtimeMs - a.stat!.mtimeMs);
    for (const old of others.slice(KEPT_BUILDS - 1)) rmSync(old.path, { force: true });
  } catch {
    // a cache left behind is no error
  }
}
