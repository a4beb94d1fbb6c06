// `--report <file>` on build and check: every problem, one per line as the
// terminal shows it, for when the summary of a long list is not enough. The
// path is judged before the command does any work, so that a typo fails fast
// and changes nothing.
import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../core/problem.js';
import { writeFileAtomic } from './atomic-write.js';
import { problemLines, UsageError } from './report.js';
import { CONFIG_FILE, type Workspace } from './workspace.js';

/** The absolute path --report names, refused (exit 2) where no report can or should go. */
export function reportTarget(file: string, workspace: Workspace, cwd: string): string {
  const path = resolve(cwd, file);
  const shown = workspace.display(path);
  // A report among the inputs would be read back as a draft or an entry, or replace one.
  if (path === join(workspace.root, CONFIG_FILE) || inside(path, workspace.draftsDir) || inside(path, workspace.feedbackDir)) {
    throw new UsageError(`--report ${shown}: redline reads redline.yaml, drafts/ and feedback/; write the report elsewhere; no file was changed`);
  }
  if (statOf(path)?.isDirectory()) throw new UsageError(`--report ${shown} is a folder; name a file in it; no file was changed`);
  // The nearest folder that exists: the write makes the missing ones below it.
  let folder = dirname(path);
  while (!statOf(folder) && dirname(folder) !== folder) folder = dirname(folder);
  if (!statOf(folder)?.isDirectory()) {
    throw new UsageError(`--report ${shown}: ${workspace.display(folder)} is a file, not a folder; choose another place; no file was changed`);
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UsageError(`--report ${shown}: ${workspace.display(folder)} cannot be written to; choose another place; no file was changed`);
  }
  return path;
}

export function writeReport(path: string, problems: readonly Problem[], workspace: Workspace): void {
  writeFileAtomic(path, problemLines(problems), { display: workspace.display });
}

function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel.split(sep)[0] !== '..' && !isAbsolute(rel);
}

/** A path's kind, or nothing where there is none (missing, or under a file). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
