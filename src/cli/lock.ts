// The workspace lock: commands that write hold `.redline.lock` in the
// workspace root while they read, decide and write, so that `fmt` running
// beside `decide`, or twenty `feedback add` at once, never lose an update or
// hand out one entry id twice.
//
// The lock file names its holder (pid, host, command, since). A lock whose
// holder is gone (a dead pid on this host, or older than an hour) is stale and
// is taken over; breaking it happens under a second, momentary lock so that
// two waiting commands cannot both break it and both go ahead. (Node has no
// flock; lock libraries that judge staleness by a timer refreshing the file's
// time cannot serve commands that block the event loop while they work.)
import { hostname } from 'node:os';
import { join } from 'node:path';
import { existsSync, linkSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { sidePath, SIDE_FILE } from './atomic-write.js';
import { errnoOf, fileSystemError } from './fs-errors.js';
import { UsageError } from './report.js';

export const LOCK_FILE = '.redline.lock';
const BREAK_FILE = '.redline.lock.break';
/** No command holds the lock this long; an older lock is stale whoever holds it. */
const STALE_AFTER_MS = 60 * 60 * 1000;
/** Breaking a stale lock takes microseconds; a break file older than this was left by a killed command. */
const BREAK_STALE_MS = 10_000;
/** A lock file that cannot be read is being written, or debris once it is this old. */
const UNREADABLE_STALE_MS = 2_000;

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export interface LockOptions {
  /** How long to wait for another command's lock, in milliseconds. */
  waitMs?: number;
  /** Told once what the command waits for. */
  onWait?: (message: string) => void;
  /** Folders to clear of the temporary files a killed holder left. */
  sweep?: () => string[];
}

export const DEFAULT_WAIT_MS = 30_000;

/** Takes the lock of the workspace at `root` (waiting a bounded time); returns its release. */
export function lockWorkspace(root: string, command: string, options: LockOptions = {}): () => void {
  const path = join(root, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS);
  let told = false;
  // A folder (or anything but a file) in the lock's place is no lock that ends: said at once, not an internal error.
  const there = lstatSync(path, { throwIfNoEntry: false });
  if (there && !there.isFile()) throw new UsageError(`${LOCK_FILE} is ${there.isDirectory() ? 'a folder' : 'not a file'}, not redline's lock; remove it and try again`);
  for (let attempt = 0; ; attempt++) {
    const created = tryCreate(path, me, root);
    // A read-only workspace cannot be changed by anyone here; a build into another folder may still go ahead.
    if (created === 'read-only') return () => undefined;
    if (created) {
      // A command killed between writing its lock aside and linking it in left that file and no lock to break: swept here.
      sweepLeftovers([root]);
      return () => release(path, me);
    }
    const holder = readHolder(path);
    if (holder === 'gone') continue;
    if (isStale(path, holder)) {
      if (breakStale(root, path, holder)) options.sweep && sweepLeftovers(options.sweep());
      continue;
    }
    if (Date.now() >= deadline) {
      throw new UsageError(
        `the workspace is locked by ${describeHolder(holder)}; wait for it to finish, or, if no redline command is running, delete ${LOCK_FILE}`,
      );
    }
    if (!told) {
      options.onWait?.(`waiting for ${describeHolder(holder)} to finish (workspace lock ${LOCK_FILE})…`);
      told = true;
    }
    sleep(Math.min(10 + attempt * 5, 80) + Math.random() * 20);
  }
}

/** Creates the lock file complete in one step: written aside, then linked into place (fails if present). */
function tryCreate(path: string, me: LockHolder, root: string): boolean | 'read-only' {
  const temp = sidePath(path, 'tmp');
  try {
    writeFileSync(temp, `${JSON.stringify(me)}\n`, { flag: 'wx' });
    linkSync(temp, path);
    return true;
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'EEXIST') return false;
    if (!existsSync(temp)) {
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only';
      throw fileSystemError(error, 'lock the workspace in', root);
    }
    // No hard links here (FAT, some network shares): create it in place; a reader seeing it empty waits.
    return createInPlace(path, me, root);
  } finally {
    rmSync(temp, { force: true });
  }
}

function createInPlace(path: string, me: LockHolder, root: string): boolean {
  try {
    writeFileSync(path, `${JSON.stringify(me)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw fileSystemError(error, 'lock the workspace in', root);
  }
}

function readHolder(path: string): LockHolder | 'gone' | 'unreadable' {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string') {
      return { pid: data.pid, host: data.host, command: String(data.command ?? 'redline'), since: String(data.since ?? '') };
    }
    return 'unreadable';
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? 'gone' : 'unreadable';
  }
}

function isStale(path: string, holder: LockHolder | 'unreadable'): boolean {
  const age = ageOf(path);
  if (age === undefined) return false;
  if (age > STALE_AFTER_MS) return true;
  // A lock file is complete from the moment it exists (or a moment later, where it is created in place).
  if (holder === 'unreadable') return age > UNREADABLE_STALE_MS;
  return holder.host === hostname() && !isAlive(holder.pid);
}

function ageOf(path: string): number | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? Date.now() - stat.mtimeMs : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

/** Removes a stale lock, checking again under the break lock that it is still the same stale lock. */
function breakStale(root: string, path: string, seen: LockHolder | 'unreadable'): boolean {
  const breaker = join(root, BREAK_FILE);
  try {
    writeFileSync(breaker, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    if (errnoOf(error) !== 'EEXIST') throw fileSystemError(error, 'lock the workspace in', root);
    const age = ageOf(breaker);
    if (age !== undefined && age > BREAK_STALE_MS) rmSync(breaker, { force: true });
    sleep(5);
    return false;
  }
  try {
    const now = readHolder(path);
    if (now === 'gone' || !sameHolder(now, seen) || !isStale(path, now)) return false;
    rmSync(path, { force: true });
    return true;
  } finally {
    rmSync(breaker, { force: true });
  }
}

function sameHolder(a: LockHolder | 'unreadable', b: LockHolder | 'unreadable'): boolean {
  if (a === 'unreadable' || b === 'unreadable') return a === b;
  return a.pid === b.pid && a.host === b.host && a.since === b.since;
}

function release(path: string, me: LockHolder): void {
  const now = readHolder(path);
  if (now !== 'gone' && now !== 'unreadable' && sameHolder(now, me)) rmSync(path, { force: true });
}

function describeHolder(holder: LockHolder | 'unreadable'): string {
  if (holder === 'unreadable') return 'another command';
  const since = holder.since ? `, since ${holder.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
  return `\`redline ${holder.command}\` (pid ${holder.pid} on ${holder.host}${since})`;
}

/** Temporary files of commands that were killed half-way (their pid is gone). */
function sweepLeftovers(folders: string[]): void {
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = SIDE_FILE.exec(name);
      if (m && Number(m[1]) !== process.pid && !isAlive(Number(m[1]))) rmSync(join(folder, name), { force: true });
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Commands are synchronous; a short blocking sleep keeps them so. */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
