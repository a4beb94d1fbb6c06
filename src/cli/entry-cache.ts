// Parsed entry files kept between runs, so that a build over thousands of
// entries reads one file instead of thousands (issue 17: reading and parsing
// 10,000 small YAML files was two thirds of a build). Stale data is the one
// thing a cache must never give, so an entry is served only while its file's
// device, inode, size, mtime and ctime are the ones it was parsed at: every
// write changes ctime, and nothing can set it back. A file written in the last
// seconds is not stored, since a second write within the clock's tick would
// look the same (git's "racy clean"). Any doubt (a cache from another build of
// redline, a torn or foreign file) means parsing as if there were no cache.
//
// The cache lives in <workspace>/.redline/cache/, which ignores itself for git.
// REDLINE_CACHE=off turns it off.
import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Entry } from '../core/feedback/entry.js';
import { isWithin, sidePath } from './atomic-write.js';
import { readInputBytes } from './text-file.js';

/** Folders with fewer entries are read directly: the cache would save a few milliseconds. */
export const CACHE_MIN_ENTRIES = 200;

/** Files changed more recently than this are parsed but not stored. */
const SETTLE_MS = 2000;

const FORMAT = 2;

// The bundle stamps each build with a hash of its sources: a cache written by
// other code (an older redline, a different parser) is never read.
declare const __REDLINE_BUILD__: string | undefined;
const BUILD = typeof __REDLINE_BUILD__ === 'string' ? __REDLINE_BUILD__ : 'source';

interface CacheFile {
  format: number;
  build: string;
  folder: string;
  /** File name → [stat key, entry] (its `file`, a display path, is set anew when read). */
  entries: Record<string, [string, Entry]>;
}

export class EntryCache {
  private readonly fresh: CacheFile['entries'] = Object.create(null) as CacheFile['entries'];
  private changed = false;
  private readonly now = Date.now();

  private constructor(
    private readonly path: string | undefined,
    private readonly folder: string,
    private readonly stored: CacheFile['entries'],
  ) {}

  /** The cache of one feedback folder; a disabled cache when it would not pay or is turned off. */
  static open(root: string, folder: string, files: number, env: Record<string, string | undefined>): EntryCache {
    const name = relative(root, folder);
    const off = files < CACHE_MIN_ENTRIES || /^(?:off|0|false|no)$/iu.test(env['REDLINE_CACHE'] ?? '');
    if (off) return new EntryCache(undefined, name, Object.create(null) as CacheFile['entries']);
    const path = join(root, '.redline', 'cache', `entries-${process.getBuiltinModule('node:crypto').createHash('sha256').update(name).digest('hex').slice(0, 16)}.json`);
    return new EntryCache(path, name, readCache(path, name, root));
  }

  /** The file's identity and version, or undefined for anything but an ordinary file (read normally, to say what it is). */
  key(path: string): string | undefined {
    if (!this.path) return undefined;
    try {
      // Times in milliseconds with their fraction (a double keeps about a quarter of a microsecond today): no BigInt per file.
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (!stat?.isFile()) return undefined;
      return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
    } catch {
      return undefined;
    }
  }

  /** The entry parsed from this version of the file, if the cache holds it. */
  get(name: string, key: string | undefined, display: string): Entry | undefined {
    if (key === undefined) return undefined;
    const hit = Object.hasOwn(this.stored, name) ? this.stored[name] : undefined;
    if (!Array.isArray(hit) || hit[0] !== key || typeof hit[1] !== 'object' || hit[1] === null) return undefined;
    this.fresh[name] = hit;
    // The cache's own object, handed over (it is not read again in this run); its stored file name is replaced.
    const entry = hit[1] as Entry;
    entry.file = display;
    return entry;
  }

  /** Remembers an entry parsed without any problem from the file version `key`. */
  put(name: string, key: string | undefined, entry: Entry): void {
    if (key === undefined || !this.path) return;
    const ctime = Number(key.slice(key.lastIndexOf(':') + 1));
    this.changed = true;
    if (!(this.now - ctime >= SETTLE_MS)) return;
    this.fresh[name] = [key, entry];
  }

  /** Writes the cache when it changed; a cache that cannot be written is no error (the next run parses again). */
  save(): void {
    if (!this.path) return;
    const kept = Object.keys(this.fresh).length;
    if (!this.changed && kept === Object.keys(this.stored).length) return;
    const dir = join(this.path, '..');
    const temp = sidePath(this.path, 'tmp');
    // .redline and its cache folder are made here, never followed out of the workspace (a link committed in their place).
    for (const folder of [join(dir, '..'), dir]) {
      const stat = lstatSync(folder, { throwIfNoEntry: false });
      if (stat && !stat.isDirectory()) return;
    }
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '..', '.gitignore'), '# redline\'s cache of parsed entries: safe to delete\n*\n', { flag: 'wx' });
    } catch {
      // it exists already, or the folder cannot be made (then the write below fails too)
    }
    try {
      const file: CacheFile = { format: FORMAT, build: BUILD, folder: this.folder, entries: this.fresh };
      writeFileSync(temp, JSON.stringify(file));
      renameSync(temp, this.path);
    } catch {
      rmSync(temp, { force: true });
    }
  }
}

function readCache(path: string, folder: string, root: string): CacheFile['entries'] {
  const empty = Object.create(null) as CacheFile['entries'];
  try {
    // Read as any input is: an ordinary file of a sane size, never a FIFO or a device.
    if (!lstatSync(path, { throwIfNoEntry: false })?.isFile() || !isWithin(path, root)) return empty;
    const file = JSON.parse(readInputBytes(path, path).toString('utf8')) as Partial<CacheFile>;
    if (file.format !== FORMAT || file.build !== BUILD || file.folder !== folder || typeof file.entries !== 'object' || file.entries === null) return empty;
    return Object.assign(empty, file.entries);
  } catch {
    return empty;
  }
}
