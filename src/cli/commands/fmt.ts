import { formatDraft, parseDraft } from '../../core/draft/format.js';
import { canonicalEntryText, parseEntry } from '../../core/feedback/entry.js';
import { InputError } from '../../core/problem.js';
import { commitFiles, type FileChange } from '../atomic-write.js';
import type { Io } from '../io.js';
import { safeText } from '../terminal-text.js';
import { retiredIds } from '../rounds.js';
import { inStyleOf } from '../text-file.js';
import { draftNames, draftPath, entryPaths, findWorkspace, readEntryText, readWorkspaceText, type Workspace } from '../workspace.js';

export interface FmtOptions {
  /** Change nothing: exit 1 and name the files that fmt would change. */
  check?: boolean;
}

export async function fmtCommand(flags: FmtOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  // Read and format everything first, so that a broken file changes nothing.
  const changes: FileChange[] = [];
  const failures: InputError[] = [];
  const attempt = (format: () => void) => {
    try {
      format();
    } catch (error) {
      if (error instanceof InputError) failures.push(error);
      else throw error;
    }
  };
  for (const name of draftNames(workspace)) {
    attempt(() => {
      const path = draftPath(workspace, name);
      const source = readWorkspaceText(workspace, path);
      const { draft, problems } = parseDraft(source, workspace.display(path), name);
      const fatal = problems.filter((p) => p.fatal !== false);
      if (fatal.length > 0) throw new InputError(fatal);
      // Canonical apart from line endings and BOM: a CRLF file stays CRLF.
      // A clause without an ID gets one never used before, not even by a clause since removed.
      const text = inStyleOf(source, formatDraft(draft.frontMatter, draft.blocks, draft.blocks.some((b) => !b.id) ? retiredIds(workspace, name) : []));
      if (text !== source) changes.push({ path, content: text });
    });
  }
  for (const path of entryFiles(workspace)) {
    attempt(() => {
      const source = readEntryText(workspace, path);
      const errors = parseEntry(source, workspace.display(path)).problems.filter((p) => p.fatal !== false);
      if (errors.length > 0) throw new InputError(errors);
      const text = inStyleOf(source, canonicalEntryText(source));
      if (text !== source) changes.push({ path, content: text });
    });
  }
  if (failures.length > 0) throw new InputError(failures.flatMap((f) => f.problems));
  if (flags.check) {
    for (const change of changes) io.stdout(`would reformat ${safeText(workspace.display(change.path))}\n`);
    return changes.length > 0 ? 1 : 0;
  }
  commitFiles(changes, { display: workspace.display, within: workspace.root });
  for (const change of changes) io.stdout(`formatted ${safeText(workspace.display(change.path))}\n`);
  return 0;
}

/** Every entry file of every draft, in a stable order. */
function entryFiles(workspace: Workspace): string[] {
  return draftNames(workspace).flatMap((name) => entryPaths(workspace, name));
}
