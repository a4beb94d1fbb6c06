// The workspace: the folder holding redline.yaml, drafts/ and feedback/. The
// CLI finds it by walking up from the current directory, as git does.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { parseDraft, type ParsedDraft } from '../core/draft/format.js';
import { parseEntry, type Entry } from '../core/feedback/entry.js';
import { InputError, problem, type Problem } from '../core/problem.js';
import { UsageError } from './report.js';

export const CONFIG_FILE = 'redline.yaml';

export interface WorkspaceConfig {
  out: string;
}

export interface Workspace {
  root: string;
  config: WorkspaceConfig;
  draftsDir: string;
  feedbackDir: string;
  /** A path as the user should see it: relative to where they ran the command. */
  display(path: string): string;
}

export function findWorkspace(cwd: string): Workspace {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return openWorkspace(dir, cwd);
    const parent = dirname(dir);
    if (parent === dir) {
      throw new UsageError(`no ${CONFIG_FILE} in ${resolve(cwd)} or any folder above it; run \`redline init\` first`);
    }
    dir = parent;
  }
}

function openWorkspace(root: string, cwd: string): Workspace {
  const file = join(root, CONFIG_FILE);
  const display = (path: string) => relative(cwd, path) || '.';
  const document = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new InputError(
      problem(error.message.split('\n')[0]!, { file: display(file), line: error.linePos?.[0]?.line, column: error.linePos?.[0]?.col, rule: 'config' }),
    );
  }
  let data: Record<string, unknown>;
  try {
    data = (document.toJS({ maxAliasCount: 50 }) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(problem((error as Error).message, { file: display(file), line: 1, rule: 'config' }));
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(problem('redline.yaml must be a mapping of settings', { file: display(file), line: 1, rule: 'config' }));
  }
  const out = typeof data['out'] === 'string' && data['out'].trim() !== '' ? data['out'] : 'out';
  return {
    root,
    config: { out },
    draftsDir: join(root, 'drafts'),
    feedbackDir: join(root, 'feedback'),
    display,
  };
}

export function draftNames(workspace: Workspace): string[] {
  if (!existsSync(workspace.draftsDir)) return [];
  return readdirSync(workspace.draftsDir)
    .filter((f) => f.endsWith('.md') && statSync(join(workspace.draftsDir, f)).isFile())
    .map((f) => basename(f, '.md'))
    .sort();
}

/** The named draft, or the only one when no name is given. */
export function resolveDraftName(workspace: Workspace, name: string | undefined): string {
  const names = draftNames(workspace);
  if (name !== undefined) {
    if (!names.includes(name)) {
      throw new UsageError(`no draft named "${name}" in ${workspace.display(workspace.draftsDir)}${names.length ? ` (drafts: ${names.join(', ')})` : ''}`);
    }
    return name;
  }
  if (names.length === 1) return names[0]!;
  if (names.length === 0) throw new UsageError(`no drafts yet in ${workspace.display(workspace.draftsDir)}; run \`redline import <file>\``);
  throw new UsageError(`this workspace holds several drafts (${names.join(', ')}); name one`);
}

export function draftPath(workspace: Workspace, name: string): string {
  return join(workspace.draftsDir, `${name}.md`);
}

/** Reads and parses a draft; errors (not warnings) make it unusable. */
export function readDraft(workspace: Workspace, name: string): ParsedDraft {
  const path = draftPath(workspace, name);
  const parsed = parseDraft(readFileSync(path, 'utf8'), workspace.display(path), name);
  const errors = parsed.problems.filter((p) => p.fatal !== false);
  if (errors.length > 0) throw new InputError(errors);
  return parsed;
}

const DRAFT_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export function checkDraftName(name: string): string {
  if (!DRAFT_NAME.test(name) || name.length > 100) {
    throw new UsageError(`"${name}" cannot be a draft name: use letters, digits, ".", "_" and "-"`);
  }
  return name;
}

export function feedbackFolder(workspace: Workspace, draft: string): string {
  return join(workspace.feedbackDir, draft);
}

export function entryPath(workspace: Workspace, draft: string, id: string): string {
  return join(feedbackFolder(workspace, draft), `${id}.yaml`);
}

// One collator for all comparisons: localeCompare with options builds one per call.
const naturalOrder = new Intl.Collator('en', { numeric: true });

/** Entry ids in their natural order: 2 before 10. */
export function compareIds(a: string, b: string): number {
  return naturalOrder.compare(a, b);
}

export interface LoadedEntry {
  entry: Entry;
  path: string;
}

/** Reads every entry of a draft (or of an archived round's folder); any error makes the set unusable (warnings are returned). */
export function loadEntries(workspace: Workspace, draft: string, folder = feedbackFolder(workspace, draft)): { entries: LoadedEntry[]; warnings: Problem[] } {
  if (!existsSync(folder)) return { entries: [], warnings: [] };
  const paths = readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort(compareIds)
    .map((name) => join(folder, name));
  const parsed = paths.map((path) => parseEntry(readFileSync(path, 'utf8'), workspace.display(path)));
  const entries: LoadedEntry[] = [];
  const warnings: Problem[] = [];
  const errors: Problem[] = [];
  const seen = new Map<string, string>();
  parsed.forEach(({ entry, problems }, i) => {
    for (const p of problems) (p.fatal === false ? warnings : errors).push(p);
    if (!entry || problems.some((p) => p.fatal !== false)) return;
    const display = workspace.display(paths[i]!);
    const earlier = seen.get(entry.id);
    if (earlier) errors.push(problem(`entry id ${entry.id} is also used by ${earlier}`, { file: display, line: 1, rule: 'duplicate-entry' }));
    seen.set(entry.id, display);
    entries.push({ entry, path: paths[i]! });
  });
  if (errors.length > 0) throw new InputError(errors);
  entries.sort((a, b) => compareIds(a.entry.id, b.entry.id));
  return { entries, warnings };
}
