// Writes that cannot lose data. Each new file goes to a temporary file beside
// its target, is flushed (fsync) and checked for its full size; only when every
// file of the command is ready are they renamed over their targets, and a
// failure on the way puts back the files already replaced. So a full disk, a
// bad path or an error leaves the workspace as it was, and a command killed at
// any moment leaves each file either old or new.
import {
  closeSync,
  copyFileSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  fchmodSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { errnoOf, fileSystemError } from './fs-errors.js';
import { UsageError } from './report.js';

export interface FileChange {
  path: string;
  content: string;
}

export interface CommitOptions {
  /** A path as the user should see it. */
  display?: (path: string) => string;
  /** Refuse to write anywhere but inside this folder, symbolic links resolved. */
  within?: string;
}

const NOTHING_CHANGED = '; no file was changed';

/** Writes one file atomically. */
export function writeFileAtomic(path: string, content: string, options: CommitOptions = {}): void {
  commitFiles([{ path, content }], options);
}

/** Writes several files all or nothing. */
export function commitFiles(changes: readonly FileChange[], options: CommitOptions = {}): void {
  const display = options.display ?? ((p: string) => p);
  const prepared: Prepared[] = [];
  try {
    for (const change of changes) prepared.push(prepare(resolve(change.path), change.content, display, options.within));
  } catch (error) {
    for (const p of prepared) rmSync(p.temp, { force: true });
    throw error;
  }
  const replaced: Prepared[] = [];
  let current: Prepared | undefined;
  try {
    for (const p of prepared) {
      current = p;
      // With more than one file, keep the old one (a hard link costs nothing) to put it back on failure.
      if (prepared.length > 1 && p.existed) p.backup = keepOld(p.path);
      renameSync(p.temp, p.path);
      replaced.push(p);
    }
  } catch (error) {
    rollBack(replaced);
    for (const p of prepared) {
      rmSync(p.temp, { force: true });
      if (p.backup) rmSync(p.backup, { force: true });
    }
    throw fileSystemError(error, 'write', display(current?.path ?? ''), NOTHING_CHANGED);
  }
  for (const dir of new Set(prepared.map((p) => dirname(p.path)))) syncDirectory(dir);
  for (const p of prepared) if (p.backup) rmSync(p.backup, { force: true });
}

interface Prepared {
  path: string;
  temp: string;
  existed: boolean;
  backup?: string;
}

/** Name of a temporary file beside `path`; the pid lets a later command sweep what a killed one left. */
export function sidePath(path: string, kind: 'tmp' | 'old'): string {
  const name = basename(path).slice(0, 180);
  // node:crypto is loaded here, not at start: loading it costs more than most read-only commands (issue 17).
  return join(dirname(path), `.${name}.${process.pid}-${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.${kind}`);
}

/** Leftovers of a killed command: `.<name>.<pid>-<hex>.tmp|old`. */
export const SIDE_FILE = /^\..+\.(\d+)-[0-9a-f]{8}\.(?:tmp|old)$/u;

function prepare(path: string, content: string, display: (p: string) => string, within: string | undefined): Prepared {
  const dir = dirname(path);
  makeDirectory(dir, display);
  if (within !== undefined) checkWithin(dir, within, display);
  let existed = false;
  let mode: number | undefined;
  try {
    const stat = lstatSync(path);
    if (stat.isDirectory()) throw new UsageError(`cannot write ${display(path)}: it is a folder, not a file; remove or rename the folder${NOTHING_CHANGED}`);
    existed = true;
    if (stat.isFile()) mode = stat.mode & 0o7777;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (errnoOf(error) !== 'ENOENT') throw fileSystemError(error, 'write', display(path), NOTHING_CHANGED);
  }
  const temp = sidePath(path, 'tmp');
  try {
    writeComplete(temp, Buffer.from(content, 'utf8'), mode);
  } catch (error) {
    rmSync(temp, { force: true });
    throw fileSystemError(error, 'write', display(path), NOTHING_CHANGED);
  }
  return { path, temp, existed };
}

/** Writes every byte (a write may be short on a full disk), flushes, and checks the size on disk. */
function writeComplete(temp: string, bytes: Buffer, mode: number | undefined): void {
  const fd = openSync(temp, 'wx', 0o644);
  try {
    if (mode !== undefined) fchmodSync(fd, mode);
    let written = 0;
    while (written < bytes.length) {
      const n = writeSync(fd, bytes, written, bytes.length - written);
      if (n <= 0) throw Object.assign(new Error('write made no progress'), { code: 'ENOSPC' });
      written += n;
    }
    fsyncSync(fd);
    if (fstatSync(fd).size !== bytes.length) throw Object.assign(new Error('the file on disk is shorter than what was written'), { code: 'EIO' });
  } finally {
    closeSync(fd);
  }
}

function keepOld(path: string): string {
  const backup = sidePath(path, 'old');
  try {
    linkSync(path, backup);
  } catch {
    copyFileSync(path, backup);
  }
  return backup;
}

function rollBack(replaced: readonly Prepared[]): void {
  for (const p of [...replaced].reverse()) {
    try {
      if (p.backup) renameSync(p.backup, p.path);
      else rmSync(p.path, { force: true });
    } catch {
      // Best effort: the old file is still there as the backup, named in its folder.
    }
  }
}

/** Flushes a folder's entry list, so that a rename survives a power cut. Not every platform allows it. */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows and some network file systems cannot fsync a folder; the rename is still atomic.
  }
}

/**
 * Creates a folder and its missing parents, one level at a time. (Node's own
 * recursive mkdir never returns on a path such as /proc/x, where the parent
 * exists but refuses new entries.)
 */
export function makeDirectory(dir: string, display: (p: string) => string = (p) => p): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    try {
      if (!statSync(at).isDirectory()) {
        throw new UsageError(`cannot create ${display(dir)}: ${display(at)} is a file, not a folder; remove or rename it, or choose another folder`);
      }
      break;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      if (errnoOf(error) !== 'ENOENT') throw fileSystemError(error, 'create', display(dir));
      missing.push(at);
      const parent = dirname(at);
      if (parent === at) throw fileSystemError(error, 'create', display(dir));
      at = parent;
    }
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if (errnoOf(error) === 'EEXIST' && statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
      if (errnoOf(error) === 'ENOENT') throw new UsageError(`cannot create ${display(folder)}: this place does not allow new folders; choose another folder`);
      throw fileSystemError(error, 'create', display(folder));
    }
  }
}

/** Refuses a folder that is (through symbolic links) outside `root`. */
export function checkWithin(dir: string, root: string, display: (p: string) => string): void {
  if (!isWithin(dir, root)) {
    throw new UsageError(`refusing to write into ${display(dir)}: it leads outside the workspace (a symbolic link?); redline writes only inside the workspace`);
  }
}

export function isWithin(path: string, root: string): boolean {
  try {
    const real = realpathSync.native(path);
    const top = realpathSync.native(root);
    return real === top || real.startsWith(top.endsWith(sep) ? top : top + sep);
  } catch {
    return false;
  }
}
