// The workspace: the folder holding redline.yaml, drafts/ and feedback/. The
// CLI finds it by walking up from the current directory, as git does.
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { problem, type Problem } from '../core/problem.js';
import { isWithin } from './atomic-write.js';
import { FileVersions } from './entry-cache.js';
import { listEntryFiles, prefetchedListing, type RawListing } from './entry-listing.js';
import { fileSystemError } from './fs-errors.js';
import type { Io } from './io.js';
import { DEFAULT_WAIT_MS, lockWorkspace } from './lock.js';
import { UsageError } from './report.js';
import { readConfig, type WorkspaceConfig } from './workspace-config.js';
import { checkNesting } from './yaml-nesting.js';
import { readTextFile } from './text-file.js';

export const CONFIG_FILE = 'redline.yaml';

export interface Workspace {
  root: string;
  config: WorkspaceConfig;
  draftsDir: string;
  feedbackDir: string;
  /** A path as the user should see it: relative to where they ran the command. */
  display(path: string): string;
}

/** A path as the user should see it: relative to where they are, or absolute when it lies elsewhere. */
export function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown.startsWith('..') && isAbsolute(path) ? path : shown || '.';
}

/**
 * The workspace `cwd` is in, its redline.yaml read and checked. With
 * `deferConfig`, redline.yaml is read and checked when `config` is first
 * looked at: status, which has no use for the settings, checks them only when
 * the file is not the version it checked before (the status cache), and so
 * does not load the YAML reader at every start (issue 17).
 */
export function findWorkspace(cwd: string, { deferConfig = false } = {}): Workspace {
  const root = findWorkspaceRoot(cwd);
  if (root === undefined) throw new UsageError(`no ${CONFIG_FILE} in ${resolve(cwd)} or any folder above it; run \`redline init\` first`);
  return openWorkspace(root, cwd, deferConfig);
}

/** The folder holding redline.yaml, from `cwd` upwards. */
export function findWorkspaceRoot(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Takes the workspace lock for a command that writes; says on stderr what it waits for. */
export function lockWorkspaceFor(root: string, command: string, io: Io): () => void {
  const seconds = Number(io.env['REDLINE_LOCK_WAIT']);
  return lockWorkspace(root, command, {
    waitMs: Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_WAIT_MS,
    onWait: (message) => io.stderr(`redline: ${message}\n`),
    sweep: () => scratchFolders(root),
  });
}

/** Folders where a killed command may have left temporary files. */
function scratchFolders(root: string): string[] {
  const feedback = join(root, 'feedback');
  const drafts = subfolders(feedback).map((d) => join(feedback, d.name));
  return [root, join(root, 'drafts'), feedback, ...drafts, join(root, 'out'), join(root, '.redline', 'cache')];
}

function subfolders(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
  } catch {
    return [];
  }
}

function openWorkspace(root: string, cwd: string, deferConfig: boolean): Workspace {
  const file = join(root, CONFIG_FILE);
  const display = (path: string) => displayPath(cwd, path);
  let config = deferConfig ? undefined : readConfig(root, file, display(file));
  return {
    root,
    get config() {
      return (config ??= readConfig(root, file, display(file)));
    },
    draftsDir: join(root, 'drafts'),
    feedbackDir: join(root, 'feedback'),
    display,
  };
}

export function draftNames(workspace: Workspace): string[] {
  // Anything named .md is a draft: reading it says what is wrong (a folder, a pipe, a link outside…).
  return listFolder(workspace, workspace.draftsDir)
    .filter((d) => d.name.endsWith('.md'))
    .map((d) => basename(d.name, '.md'))
    .sort();
}

/** The entries of a workspace folder (none when it does not exist); a file in its place or a link out is an error. */
function listFolder(workspace: Workspace, dir: string): Dirent[] {
  if (!checkFolder(workspace, dir)) return [];
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw fileSystemError(error, 'list', workspace.display(dir));
  }
}

/** False when the folder does not exist; an error when it is not a folder or leads out of the workspace. */
function checkFolder(workspace: Workspace, dir: string): boolean {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) return false;
  if (!stat.isDirectory()) {
    throw new UsageError(`${workspace.display(dir)} should be a folder but is a file; move the file away (redline keeps drafts in drafts/ and entries in feedback/<draft>/)`);
  }
  if (!isWithin(dir, workspace.root)) throw new UsageError(`refusing to read ${workspace.display(dir)}: it is a symbolic link to a place outside the workspace`);
  return true;
}

/** A draft or entry file: UTF-8, an ordinary file, inside the workspace. */
export function readWorkspaceText(workspace: Workspace, path: string): string {
  return readTextFile(path, workspace.display(path), { within: workspace.root });
}

/** An entry file's text, checked for nesting before any YAML parser sees it. */
export function readEntryText(workspace: Workspace, path: string): string {
  const text = readWorkspaceText(workspace, path);
  checkNesting(text, workspace.display(path));
  return text;
}

/**
 * The named draft, or the only one when no name is given. `naming` says how
 * this command is told a draft (its --draft option, or its argument), for the
 * message when several drafts leave it unsaid.
 */
export function resolveDraftName(workspace: Workspace, name: string | undefined, naming: (draft: string) => string = (draft) => `--draft ${draft}`): string {
  const names = draftNames(workspace);
  if (name !== undefined) {
    if (!names.includes(name)) {
      throw new UsageError(`no draft named "${name}" in ${workspace.display(workspace.draftsDir)}${names.length ? ` (drafts: ${names.join(', ')})` : ''}`);
    }
    return name;
  }
  if (names.length === 1) return names[0]!;
  if (names.length === 0) throw new UsageError(`no drafts yet in ${workspace.display(workspace.draftsDir)}; run \`redline import <file>\``);
  throw new UsageError(`this workspace holds several drafts (${names.join(', ')}); name one: ${names.slice(0, 3).map(naming).join(' or ')}${names.length > 3 ? ' …' : ''}`);
}

export function draftPath(workspace: Workspace, name: string): string {
  return join(workspace.draftsDir, `${name}.md`);
}

const DRAFT_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export function checkDraftName(name: string): string {
  if (!DRAFT_NAME.test(name) || name.length > 100) {
    throw new UsageError(`"${name}" cannot be a draft name: use letters, digits, ".", "_" and "-"`);
  }
  return name;
}

/**
 * Feedback folders with entry files and no draft of their name (a draft
 * renamed, its folder not): their entries would be left out of every table
 * without a word. One problem each, naming the draft it may belong to.
 */
export function orphanFeedback(workspace: Workspace, options: { warning?: boolean } = {}): Problem[] {
  const drafts = draftNames(workspace);
  const folders = listFolder(workspace, workspace.feedbackDir).filter((d) => d.isDirectory() && !drafts.includes(d.name));
  const withoutFolder = drafts.filter((name) => !existsSync(feedbackFolder(workspace, name)));
  return folders.flatMap((folder) => {
    const count = entryNames(workspace, feedbackFolder(workspace, folder.name)).length;
    if (count === 0) return [];
    const draft = workspace.display(join(workspace.draftsDir, `${folder.name}.md`));
    const fix = withoutFolder.length === 1 ? `rename the folder with its draft (feedback/${withoutFolder[0]}/ for drafts/${withoutFolder[0]}.md)` : 'rename the folder after its draft';
    const [these, are, they] = count === 1 ? ['1 entry', 'is', 'it is'] : [`${count} entries`, 'are', 'they are'];
    const message = `${these} here ${are} for ${draft}, which does not exist: ${they} in no table; ${fix}, or restore the draft`;
    return [problem(message, { file: `${workspace.display(feedbackFolder(workspace, folder.name))}/`, rule: 'orphan-feedback', warning: Boolean(options.warning) })];
  });
}

export function feedbackFolder(workspace: Workspace, draft: string): string {
  return join(workspace.feedbackDir, draft);
}

export function entryPath(workspace: Workspace, draft: string, id: string): string {
  return join(feedbackFolder(workspace, draft), `${id}.yaml`);
}

// One collator for all comparisons (localeCompare with options builds one per
// call), made when first needed: making it loads ICU's collation data, which
// costs a command that sorts only plain numbers more than its own work.
let naturalOrder: Intl.Collator | undefined;

/** Entry ids in their natural order: 2 before 10. */
export function compareIds(a: string, b: string): number {
  return (naturalOrder ??= new Intl.Collator('en', { numeric: true })).compare(a, b);
}

// Ids (and file names) that are plain numbers: ordered by value, as the collator
// would, without a collator call per comparison (a build sorts 10,000 of them).
const PLAIN_NUMBER = /^(?:0|[1-9]\d{0,14})(?=\.ya?ml$|$)/u;

/** Sorts ids or entry file names in their natural order. */
export function sortByIds<T>(items: T[], idOf: (item: T) => string): T[] {
  const values: number[] = [];
  for (const item of items) {
    const key = PLAIN_NUMBER.exec(idOf(item));
    if (key === null) break;
    values.push(Number(key[0]));
  }
  if (values.length === items.length) {
    // Entries read from files already in order (a build's 10,000) need no sort.
    if (values.every((v, i) => i === 0 || values[i - 1]! < v)) return [...items];
    const order = items.map((item, i) => ({ item, value: values[i]!, id: idOf(item) }));
    order.sort((a, b) => a.value - b.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return order.map((o) => o.item);
  }
  return items.sort((a, b) => compareIds(idOf(a), idOf(b)));
}

/** The entry files of a draft, in their ids' natural order. */
export function entryPaths(workspace: Workspace, draft: string, folder = feedbackFolder(workspace, draft)): string[] {
  return entryNames(workspace, folder).map((name) => join(folder, name));
}

function entryNames(workspace: Workspace, folder: string): string[] {
  const names = listFolder(workspace, folder)
    .filter((d) => ENTRY_FILE.test(d.name) && !d.isDirectory())
    .map((d) => d.name);
  return sortByIds(names, (name) => name);
}

const ENTRY_FILE = /\.ya?ml$/u;

/** An entry folder's files as listed: their names in natural order, and the version of each. */
export interface EntryListing {
  names: string[];
  versions: FileVersions;
}

/**
 * The entry files of a folder in their ids' natural order, each with its
 * version (device, inode, size, mtime, ctime) for the caches that are keyed
 * by it, as a worker listed them (entry-listing.ts) or listed here. A folder
 * named 8.yaml is listed too: reading it says it is no entry file.
 */
export function entryFileVersions(workspace: Workspace, folder: string): EntryListing {
  if (!checkFolder(workspace, folder)) return { names: [], versions: new FileVersions(new Float64Array(0)) };
  let listed: RawListing;
  try {
    listed = prefetchedListing(folder) ?? listEntryFiles(folder);
  } catch (error) {
    throw fileSystemError(error, 'list', workspace.display(folder));
  }
  const sorted = sortByIds(
    listed.names.map((name, at) => ({ name, at })),
    (file) => file.name,
  );
  return { names: sorted.map((f) => f.name), versions: new FileVersions(listed.numbers).reorder(sorted.map((f) => f.at)) };
}
