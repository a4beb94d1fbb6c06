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
// The cache lives in <workspace>/.redline/cache/, which ignores itself for git,
// one file per feedback folder and build of redline: two builds run in turn
// in one workspace (an upgrade tried out, the benchmark's before and after)
// each keep their own instead of throwing the other's away at every run. The
// newest few are kept. REDLINE_CACHE=off turns it off.
import type { Stats } from 'node:fs';
import { relative } from 'node:path';
import type { Entry } from '../core/feedback/entry.js';
import { BUILD, cacheOff, cachePath, readCacheFile, SETTLE_MS, writeCacheFile } from './cache-folder.js';

/** Folders with fewer entries are read directly: the cache would save a few milliseconds. */
export const CACHE_MIN_ENTRIES = 200;

const FORMAT = 3;

/** Numbers a file takes in `versions`: device, inode, size, mtime, ctime. */
export const STAT_FIELDS = 5;

/**
 * Which version of each file of a folder is there: device, inode, size, mtime
 * and ctime (ms, with their fraction: a double keeps about a quarter of a
 * microsecond today), taken from lstat. Numbers in one array, not the Stats
 * objects: 10,000 of those (four Dates each) kept to the end of the listing
 * cost more in garbage collection than the lstat calls themselves.
 */
export class FileVersions {
  /** A count of files, NaN (equal to nothing) until set, or the numbers of a listing (entry-listing.ts): anything but an ordinary file is never served from the cache. */
  private readonly numbers: Float64Array;

  constructor(files: number | Float64Array) {
    this.numbers = typeof files === 'number' ? new Float64Array(files * STAT_FIELDS).fill(Number.NaN) : files;
  }

  set(i: number, stat: Stats): void {
    if (!stat.isFile()) return;
    const at = i * STAT_FIELDS;
    this.numbers[at] = stat.dev;
    this.numbers[at + 1] = stat.ino;
    this.numbers[at + 2] = stat.size;
    this.numbers[at + 3] = stat.mtimeMs;
    this.numbers[at + 4] = stat.ctimeMs;
  }

  /** The same versions with file i of the result being file order[i] of these. */
  reorder(order: readonly number[]): FileVersions {
    const result = new FileVersions(order.length);
    order.forEach((from, i) => result.numbers.set(this.numbers.subarray(from * STAT_FIELDS, (from + 1) * STAT_FIELDS), i * STAT_FIELDS));
    return result;
  }

  isFile(i: number): boolean {
    return !Number.isNaN(this.numbers[i * STAT_FIELDS]);
  }

  ctimeMs(i: number): number {
    return this.numbers[i * STAT_FIELDS + 4]!;
  }

  /** Adds the five numbers of file i to `list`. */
  appendTo(list: number[], i: number): void {
    for (let k = i * STAT_FIELDS; k < (i + 1) * STAT_FIELDS; k++) list.push(this.numbers[k]!);
  }

  /** Whether file i is the version that `stored` holds at `j`. */
  matches(i: number, stored: readonly number[], j: number): boolean {
    const a = i * STAT_FIELDS;
    const b = j * STAT_FIELDS;
    const n = this.numbers;
    return n[a] === stored[b] && n[a + 1] === stored[b + 1] && n[a + 2] === stored[b + 2] && n[a + 3] === stored[b + 3] && n[a + 4] === stored[b + 4];
  }
}

// Columns rather than a record per file: parsing 10,000 entries is most of
// what reading the cache costs, and a name → record object was a dictionary
// of 10,000 keys to build as well (issue 17).
interface CacheFile {
  format: number;
  build: string;
  folder: string;
  /** File names; the same index in the other columns. */
  names: string[];
  /** Device, inode, size, mtime and ctime (ms, with their fraction) of each file, one after the other. */
  versions: number[];
  /** The entries, without their `file` (a display path, set anew when read). */
  entries: Array<Omit<Entry, 'file'>>;
}

interface Stored {
  index: Map<string, number>;
  versions: number[];
  entries: Array<Omit<Entry, 'file'>>;
}

export class EntryCache {
  private readonly names: string[] = [];
  private readonly versions: number[] = [];
  private readonly entries: Array<Omit<Entry, 'file'>> = [];
  private changed = false;
  private readonly now = Date.now();

  private constructor(
    private readonly path: string | undefined,
    private readonly folder: string,
    private readonly stored: Stored,
  ) {}

  /** The cache of one feedback folder; a disabled cache when it would not pay or is turned off. */
  static open(root: string, folder: string, files: number, env: Record<string, string | undefined>): EntryCache {
    const name = relative(root, folder);
    if (files < CACHE_MIN_ENTRIES || cacheOff(env)) return new EntryCache(undefined, name, EMPTY);
    const path = cachePath(root, 'entries', name);
    return new EntryCache(path, name, storedEntries(readCacheFile(path, root), name));
  }

  /** The entry parsed from file `i` of `versions` (named `name`), if the cache holds that version of it. */
  get(name: string, versions: FileVersions, i: number, display: string): Entry | undefined {
    if (!this.path) return undefined;
    const j = this.stored.index.get(name);
    if (j === undefined || !versions.matches(i, this.stored.versions, j)) return undefined;
    const hit = this.stored.entries[j];
    if (typeof hit !== 'object' || hit === null) return undefined;
    this.keep(name, versions, i, hit);
    // The cache's own object, handed over (it is not read again in this run), with its display path.
    const entry = hit as Entry;
    entry.file = display;
    return entry;
  }

  /** Remembers an entry parsed without any problem from file `i` of `versions`. */
  put(name: string, versions: FileVersions, i: number, entry: Entry): void {
    if (!this.path) return;
    // Not an ordinary file (a link…): not cached.
    if (!versions.isFile(i)) return;
    this.changed = true;
    if (!(this.now - versions.ctimeMs(i) >= SETTLE_MS)) return;
    this.keep(name, versions, i, entry);
  }

  private keep(name: string, versions: FileVersions, i: number, entry: Omit<Entry, 'file'>): void {
    this.names.push(name);
    versions.appendTo(this.versions, i);
    this.entries.push(entry);
  }

  /** Writes the cache when it changed; a cache that cannot be written is no error (the next run parses again). */
  save(): void {
    if (!this.path) return;
    if (!this.changed && this.names.length === this.stored.index.size) return;
    // (An undefined field is left out: the display path is not stored.)
    const entries = this.entries.map((entry) => ({ ...entry, file: undefined }));
    const file: CacheFile = { format: FORMAT, build: BUILD, folder: this.folder, names: this.names, versions: this.versions, entries };
    writeCacheFile(this.path, file);
  }
}

const EMPTY: Stored = { index: new Map(), versions: [], entries: [] };

/** The columns of a cache file read, or none when it is not this build's cache of this folder. */
function storedEntries(data: unknown, folder: string): Stored {
  const file = (typeof data === 'object' && data !== null ? data : {}) as Partial<CacheFile>;
  if (file.format !== FORMAT || file.build !== BUILD || file.folder !== folder) return EMPTY;
  const { names, versions, entries } = file;
  // Columns of other lengths are a foreign or damaged file: every entry is parsed again.
  if (!Array.isArray(names) || !Array.isArray(versions) || !Array.isArray(entries)) return EMPTY;
  if (entries.length !== names.length || versions.length !== names.length * STAT_FIELDS) return EMPTY;
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (typeof name === 'string') index.set(name, i);
  });
  return { index, versions, entries };
}
