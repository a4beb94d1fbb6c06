// The entry files of a feedback folder, each with the version (device, inode,
// size, mtime, ctime) the caches are keyed by. A build over 10,000 entries
// spent ~45 ms on the main thread in lstat alone (issue 17), while the second
// core sat mostly idle: so a command that reads every entry starts a worker
// thread listing the large folders as soon as it runs (after the workspace
// lock, when it takes one), and takes the listing when it gets there, having
// read the draft and the entry cache meanwhile. Small folders, and a listing
// the worker could not give, are listed here as before; both ways run the
// same function, so both give the same listing.
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { isWithin } from './atomic-write.js';

/** The listing of one folder: entry file names as listed, and STAT_FIELDS numbers per name (NaN for what is not an ordinary file). */
export interface RawListing {
  names: string[];
  numbers: Float64Array;
}

/**
 * Lists a folder's entry files and their versions. Self-contained (its tools
 * come as arguments): it also runs in the worker, from its own source text.
 * Throws when the folder cannot be listed; a file that cannot be looked at is
 * left NaN, as reading it says what is wrong.
 */
function listEntryFolder(tools: { readdirSync: typeof readdirSync; lstatSync: typeof lstatSync; sep: string }, folder: string): RawListing {
  const names = tools.readdirSync(folder).filter((name) => /\.ya?ml$/u.test(name));
  // Five numbers a file: STAT_FIELDS of entry-cache.ts.
  const numbers = new Float64Array(names.length * 5).fill(Number.NaN);
  for (let i = 0; i < names.length; i++) {
    let stat;
    try {
      stat = tools.lstatSync(folder + tools.sep + names[i], { throwIfNoEntry: false });
    } catch {
      // unreadable: reading the file says why
    }
    // A folder named 8.yaml, or a link, is listed too but never served from a cache.
    if (!stat?.isFile()) continue;
    numbers[i * 5] = stat.dev;
    numbers[i * 5 + 1] = stat.ino;
    numbers[i * 5 + 2] = stat.size;
    numbers[i * 5 + 3] = stat.mtimeMs;
    numbers[i * 5 + 4] = stat.ctimeMs;
  }
  return { names, numbers };
}

/** The listing of a folder, here and now. */
export function listEntryFiles(folder: string): RawListing {
  return listEntryFolder({ readdirSync, lstatSync, sep }, folder);
}

/**
 * Folders larger than this (their size as the file system gives it; ext4:
 * ~1,100 entry files) are listed by the worker. Below it, listing here costs
 * less than starting a thread.
 */
const LARGE_FOLDER_BYTES = 32 * 1024;

/**
 * How long a command waits for the worker to start (~45 ms on the
 * development VM), and then to finish, before it lists the folder itself: a
 * worker that cannot start (a --require preload that fails in it) costs half
 * a second, not the listing.
 */
const START_WAIT_MS = 500;
const DONE_WAIT_MS = 10_000;

/** The flags the worker raises: it has started; it has posted its listings. */
const STARTED = 0;
const DONE = 1;

interface Pending {
  folders: string[];
  port: MessagePort;
  flags: Int32Array;
  results?: Map<string, RawListing>;
}

let pending: Pending | undefined;

// The worker: says it has started, lists each folder it is given, posts the
// listings (their numbers moved, not copied), then raises the flag that the
// waiting command sleeps on (Atomics.wait): the command's reading stays
// synchronous. Whatever happens, the last flag is raised.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { folders, port, flags } = workerData;
Atomics.store(flags, ${STARTED}, 1);
Atomics.notify(flags, ${STARTED});
try {
  const { readdirSync, lstatSync } = require('node:fs');
  const { sep } = require('node:path');
  const list = ${listEntryFolder.toString()};
  const results = folders.map((folder) => { try { return list({ readdirSync, lstatSync, sep }, folder); } catch { return null; } });
  port.postMessage(results, results.flatMap((r) => (r ? [r.numbers.buffer] : [])));
} finally {
  Atomics.store(flags, ${DONE}, 1);
  Atomics.notify(flags, ${DONE});
}
`;

/**
 * Starts listing, on another thread, the feedback folders (one per draft) of
 * the workspace at `root` that are at least `minBytes` large. Returns what
 * ends it when the command is over (a listing not taken by then is dropped),
 * or undefined when no folder is that large or no thread could be started.
 */
export function prefetchEntryListings(root: string, minBytes = LARGE_FOLDER_BYTES): (() => void) | undefined {
  let drafts: string[];
  try {
    drafts = readdirSync(join(root, 'drafts')).filter((name) => name.endsWith('.md'));
  } catch {
    return undefined;
  }
  const folders = drafts
    .map((name) => join(root, 'feedback', name.slice(0, -'.md'.length)))
    .filter((folder) => {
      const stat = statSync(folder, { throwIfNoEntry: false });
      // (A folder leading out of the workspace is refused when read: not listed.)
      return stat?.isDirectory() === true && stat.size >= minBytes && isWithin(folder, root);
    });
  if (folders.length === 0) return undefined;
  let worker: Worker;
  const { port1, port2 } = new MessageChannel();
  const flags = new Int32Array(new SharedArrayBuffer(8));
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { folders, port: port2, flags }, transferList: [port2], stdout: true, stderr: true });
  } catch {
    port1.close();
    return undefined;
  }
  // Never what keeps the command from ending, nor a crash of it.
  worker.unref();
  worker.on('error', () => undefined);
  const started: Pending = { folders, port: port1, flags };
  pending = started;
  return () => {
    if (pending === started) pending = undefined;
    port1.close();
    void worker.terminate();
  };
}

/**
 * The worker's listing of `folder`, waiting for it if it is still at work;
 * undefined when no worker lists that folder or it gave nothing.
 */
export function prefetchedListing(folder: string): RawListing | undefined {
  if (!pending?.folders.includes(folder)) return undefined;
  if (!pending.results) {
    if (Atomics.wait(pending.flags, STARTED, 0, START_WAIT_MS) !== 'timed-out') Atomics.wait(pending.flags, DONE, 0, DONE_WAIT_MS);
    const message = receiveMessageOnPort(pending.port)?.message as Array<RawListing | null> | undefined;
    pending.results = new Map();
    (message ?? []).forEach((listing, i) => {
      if (listing) pending!.results!.set(pending!.folders[i]!, listing);
    });
  }
  const listing = pending.results.get(folder);
  // Taken once: a second reading of the folder (after a write) lists it anew.
  pending.results.delete(folder);
  return listing;
}

/** Whether a worker lists `folder` (taken or not yet). */
export function isPrefetching(folder: string): boolean {
  return pending?.folders.includes(folder) === true && (pending.results === undefined || pending.results.has(folder));
}
