// Reading a workspace's drafts and entries: parsing them (through the draft
// and entry caches) and saying what is wrong with each file. Apart from
// workspace.ts, which finds and lists them, so that a command answered from a
// cache (status) never loads the readers.
import { sep } from 'node:path';
import type { ParsedDraft } from '../core/draft/format.js';
import { parseEntry, type Entry, type ParsedEntry } from '../core/feedback/entry.js';
import { InputError, problem, type Problem } from '../core/problem.js';
import { afterSuccess } from './after-success.js';
import { parseDraftCached } from './draft-cache.js';
import { CACHE_MIN_ENTRIES, EntryCache } from './entry-cache.js';
import { isPrefetching } from './entry-listing.js';
import { UsageError } from './report.js';
import { draftPath, entryFileVersions, feedbackFolder, readEntryText, readWorkspaceText, sortByIds, type EntryListing, type Workspace } from './workspace.js';

/** Reads and parses a draft; errors (not warnings) make it unusable. */
export function readDraft(workspace: Workspace, name: string): ParsedDraft {
  const path = draftPath(workspace, name);
  const parsed = parseDraftCached(readWorkspaceText(workspace, path), path, workspace.display(path), name, workspace.root);
  const errors = parsed.problems.filter((p) => p.fatal !== false);
  if (errors.length > 0) throw new InputError(errors);
  return parsed;
}

export interface LoadedEntry {
  entry: Entry;
  path: string;
}

/** Reads every entry of a draft (or of an archived round's folder); any error makes the set unusable (warnings are returned). */
export function loadEntries(workspace: Workspace, draft: string, folder = feedbackFolder(workspace, draft), listing?: EntryListing): { entries: LoadedEntry[]; warnings: Problem[] } {
  const { entries, warnings, errors } = readEntries(workspace, draft, folder, listing);
  if (errors.length > 0) throw new InputError(errors);
  return { entries, warnings };
}

/**
 * Every entry that can be read, and the errors of the rest, with how many
 * files gave no entry: `check` reports them all and still checks and counts
 * the entries it read.
 */
/** `listing`: the folder's files as already listed (by the status cache), not listed again. */
export function readEntries(
  workspace: Workspace,
  draft: string,
  folder = feedbackFolder(workspace, draft),
  listing?: EntryListing,
): { entries: LoadedEntry[]; warnings: Problem[]; errors: Problem[]; unreadable: number } {
  // While a worker lists a large folder (entry-listing.ts), its cache is read here.
  const early = listing === undefined && isPrefetching(folder) ? EntryCache.open(workspace.root, folder, Number.POSITIVE_INFINITY, process.env) : undefined;
  const { names, versions } = listing ?? entryFileVersions(workspace, folder);
  // (A folder large on disk may hold few entries now: ext4 never shrinks one. Then no cache, as for any small folder.)
  const cache = early && names.length >= CACHE_MIN_ENTRIES ? early : EntryCache.open(workspace.root, folder, names.length, process.env);
  // Paths by concatenation, not one path.join per file: the folder is already a clean path, each name a plain file name.
  const paths = names.map((name) => folder + sep + name);
  const shownFolder = workspace.display(folder);
  const displays = names.map((name) => (shownFolder === '.' ? name : shownFolder + sep + name));
  const parsed = names.map((name, i): ParsedEntry => {
    const path = paths[i]!;
    const display = displays[i]!;
    const cached = cache.get(name, versions, i, display);
    if (cached) return { entry: cached, problems: [] };
    try {
      const read = parseEntry(readEntryText(workspace, path), display);
      if (read.entry && read.problems.length === 0) cache.put(name, versions, i, read.entry);
      return read;
    } catch (error) {
      if (error instanceof InputError) return { problems: error.problems };
      if (error instanceof UsageError) return { problems: [problem(error.message.replace(/^(?:cannot read|refusing to read) [^:]+: /u, ''), { file: display, line: 1, rule: 'file' })] };
      throw error;
    }
  });
  const entries: LoadedEntry[] = [];
  const warnings: Problem[] = [];
  const errors: Problem[] = [];
  const seen = new Map<string, string>();
  let unreadable = 0;
  parsed.forEach(({ entry, problems }, i) => {
    for (const p of problems) (p.fatal === false ? warnings : errors).push(p);
    if (!entry || problems.some((p) => p.fatal !== false)) {
      unreadable++;
      return;
    }
    const display = displays[i]!;
    const earlier = seen.get(entry.id);
    if (earlier) errors.push(problem(`entry id ${entry.id} is also used by ${earlier}`, { file: display, line: 1, rule: 'duplicate-entry' }));
    seen.set(entry.id, display);
    entries.push({ entry, path: paths[i]! });
  });
  // Saved only if the command succeeds: a failed command changes no file.
  if (errors.length === 0) afterSuccess(() => cache.save());
  return { entries: sortByIds(entries, (e) => e.entry.id), warnings, errors, unreadable };
}
