// The counts `redline status` shows, kept between runs (issue 17: status
// within 2× a bare node start). Counting a draft's stale edits means reading
// the draft and every entry and planning their edits, and loading the code
// that does it costs a start more than node itself; a clerk asks for status
// far more often than the files change. So each draft's counts are kept in
// .redline/cache/status-<build>.json with the version (device, inode, size,
// mtime, ctime) of every file they were counted from: the draft and each
// entry file, in the listing's order. They are served only while the listing
// and every version are the same, as the entry cache serves entries: any
// write changes ctime, and a file written in the last seconds is not stored.
// Counts that came with warnings are not stored either, so that status says
// them at every run. The version of redline.yaml last checked is kept the
// same way: status checks the file again only when it is another version.
// REDLINE_CACHE=off turns it off.
import { lstatSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { DecisionCounts } from '../core/feedback/tally.js';
import { BUILD, cacheOff, readCacheFile, SETTLE_MS, workspaceCachePath, writeCacheFile } from './cache-folder.js';
import { FileVersions, STAT_FIELDS } from './entry-cache.js';
import { CONFIG_FILE, draftPath, entryFileVersions, feedbackFolder, type EntryListing, type Workspace } from './workspace.js';

const FORMAT = 2;

/** What status shows of a draft, but the window's state, which depends on the day. */
export interface DraftCounts {
  entries: number;
  byStatus: DecisionCounts;
  byUnit: Record<string, DecisionCounts>;
  stale: number;
  window?: { from: string; to: string };
}

/** The files a draft's counts come from: the entry files' names, and the versions of the draft and of each entry file. */
export interface CountedFiles {
  names: string[];
  versions: number[];
}

interface Stored extends CountedFiles {
  counts: DraftCounts;
}

interface CacheFile {
  format: number;
  build: string;
  /** The version of redline.yaml that was read and checked without a problem. */
  config?: number[];
  drafts: Record<string, Stored>;
}

export class StatusCache {
  private readonly kept = new Map<string, Stored>();
  private changed = false;
  private readonly now = Date.now();

  private config: number[] | undefined;

  private constructor(
    private readonly path: string | undefined,
    private readonly stored: ReadonlyMap<string, Stored>,
    private readonly storedConfig: readonly number[] | undefined,
  ) {}

  static open(root: string, env: Record<string, string | undefined>): StatusCache {
    if (cacheOff(env)) return new StatusCache(undefined, new Map(), undefined);
    const path = workspaceCachePath(root, 'status');
    const data = readCacheFile(path, root);
    return new StatusCache(path, storedDrafts(data), storedConfig(data));
  }

  /**
   * Checks redline.yaml (by reading `workspace.config`) unless the cache says
   * this very version of it was checked. Its version is taken before it is
   * read: a file changed while it is read is checked again next time.
   */
  checkConfig(workspace: Workspace): void {
    const version = fileVersion(join(workspace.root, CONFIG_FILE));
    const known = this.path !== undefined && this.storedConfig !== undefined && version.every((n, i) => this.storedConfig![i] === n);
    if (!known) {
      void workspace.config;
      this.changed = true;
    }
    // (NaN, no ordinary file, is never settled.)
    if (this.now - version[STAT_FIELDS - 1]! >= SETTLE_MS) this.config = version;
  }

  /**
   * The versions of the files a draft's counts come from, taken before any is
   * read: a file changed while it is read is counted again next time. With
   * them the entry folder's listing, for the count to read the entries by.
   */
  files(workspace: Workspace, draft: string): { files: CountedFiles; listing: EntryListing } {
    const versions = fileVersion(draftPath(workspace, draft));
    const listing = entryFileVersions(workspace, feedbackFolder(workspace, draft));
    listing.names.forEach((_, i) => listing.versions.appendTo(versions, i));
    return { files: { names: listing.names, versions }, listing };
  }

  /** The counts kept for these very files, if any. */
  get(draft: string, files: CountedFiles): DraftCounts | undefined {
    const stored = this.path ? this.stored.get(draft) : undefined;
    if (!stored || !sameFiles(stored, files)) return undefined;
    this.kept.set(draft, stored);
    return stored.counts;
  }

  /** Keeps counts made without a warning from `files`, unless one of them was written too recently to tell from a later write. */
  put(draft: string, files: CountedFiles, counts: DraftCounts): void {
    if (!this.path) return;
    this.changed = true;
    // The last number of each file's is its ctime; NaN (no ordinary file) is never settled.
    const settled = files.versions.every((n, i) => i % STAT_FIELDS !== STAT_FIELDS - 1 || this.now - n >= SETTLE_MS);
    if (settled) this.kept.set(draft, { ...files, counts });
  }

  /** Writes the cache when it changed: the drafts counted in this run, no others (a draft gone is dropped). */
  save(): void {
    if (!this.path) return;
    if (!this.changed && this.kept.size === this.stored.size) return;
    // Nothing to keep and nothing to drop: no file (the counts of files just written wait for a later run).
    if (this.kept.size === 0 && this.stored.size === 0) return;
    writeCacheFile(this.path, { format: FORMAT, build: BUILD, ...(this.config ? { config: this.config } : {}), drafts: Object.fromEntries(this.kept) } satisfies CacheFile);
  }
}

/** A file's version (device, inode, size, mtime, ctime): NaNs for anything but an ordinary file, or none. */
function fileVersion(path: string): number[] {
  const version = new FileVersions(1);
  let stat: Stats | undefined;
  try {
    stat = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    // unreadable: reading it says why
  }
  if (stat) version.set(0, stat);
  const numbers: number[] = [];
  version.appendTo(numbers, 0);
  return numbers;
}

/** The version of redline.yaml a cache file says was checked, if it says one in the right shape. */
function storedConfig(data: unknown): number[] | undefined {
  const file = (typeof data === 'object' && data !== null ? data : {}) as Partial<CacheFile>;
  if (file.format !== FORMAT || file.build !== BUILD) return undefined;
  const { config } = file;
  return Array.isArray(config) && config.length === STAT_FIELDS && config.every((n) => typeof n === 'number') ? config : undefined;
}

function sameFiles(stored: CountedFiles, files: CountedFiles): boolean {
  const { names, versions } = files;
  if (stored.names.length !== names.length || stored.versions.length !== versions.length) return false;
  return names.every((name, i) => stored.names[i] === name) && versions.every((n, i) => stored.versions[i] === n);
}

/** The drafts of a cache file read, or none when it is not this build's status cache or any of it is not the shape it should be. */
function storedDrafts(data: unknown): Map<string, Stored> {
  const file = (typeof data === 'object' && data !== null ? data : {}) as Partial<CacheFile>;
  if (file.format !== FORMAT || file.build !== BUILD || typeof file.drafts !== 'object' || file.drafts === null) return new Map();
  const drafts = new Map<string, Stored>();
  for (const [name, stored] of Object.entries(file.drafts)) {
    if (isStored(stored)) drafts.set(name, stored);
  }
  return drafts;
}

function isStored(value: unknown): value is Stored {
  const { names, versions, counts } = (typeof value === 'object' && value !== null ? value : {}) as Partial<Stored>;
  return (
    Array.isArray(names) &&
    Array.isArray(versions) &&
    versions.length === (names.length + 1) * STAT_FIELDS &&
    typeof counts === 'object' &&
    counts !== null &&
    typeof counts.entries === 'number' &&
    typeof counts.stale === 'number' &&
    typeof counts.byStatus === 'object' &&
    typeof counts.byUnit === 'object'
  );
}
