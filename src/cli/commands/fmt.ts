import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { formatDraft, parseDraft } from '../../core/draft/format.js';
import { canonicalEntryText, parseEntry } from '../../core/feedback/entry.js';
import { InputError } from '../../core/problem.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Context } from '../io.js';
import { draftNames, draftPath, feedbackFolder, findWorkspace, type Workspace } from '../workspace.js';

export function registerFmt(program: Command, context: Context): void {
  const { io } = context;
  program
    .command('fmt')
    .description('rewrite drafts and feedback entries in canonical form (IDs for new clauses); formatting twice changes nothing')
    .option('--check', 'change nothing; exit 1 and name the files that fmt would change')
    .addHelpText('after', '\nExamples:\n  redline fmt\n  redline fmt --check   # in CI\n')
    .action((flags: { check?: boolean }) => {
      const workspace = findWorkspace(io.cwd);
      // Read and format everything first, so that a broken file changes nothing.
      const changes: Array<{ path: string; text: string }> = [];
      const failures: InputError[] = [];
      for (const name of draftNames(workspace)) {
        const path = draftPath(workspace, name);
        const source = readFileSync(path, 'utf8');
        try {
          const { draft, problems } = parseDraft(source, workspace.display(path), name);
          const fatal = problems.filter((p) => p.fatal !== false);
          if (fatal.length > 0) {
            failures.push(new InputError(fatal));
            continue;
          }
          const text = formatDraft(draft.frontMatter, draft.blocks);
          if (text !== source) changes.push({ path, text });
        } catch (error) {
          if (error instanceof InputError) failures.push(error);
          else throw error;
        }
      }
      for (const path of entryFiles(workspace)) {
        const source = readFileSync(path, 'utf8');
        const errors = parseEntry(source, workspace.display(path)).problems.filter((p) => p.fatal !== false);
        if (errors.length > 0) {
          failures.push(new InputError(errors));
          continue;
        }
        const text = canonicalEntryText(source);
        if (text !== source) changes.push({ path, text });
      }
      if (failures.length > 0) throw new InputError(failures.flatMap((f) => f.problems));
      if (flags.check) {
        for (const change of changes) io.stdout(`would reformat ${workspace.display(change.path)}\n`);
        if (changes.length > 0) context.exitCode = 1;
        return;
      }
      for (const change of changes) {
        writeFileAtomic(change.path, change.text);
        io.stdout(`formatted ${workspace.display(change.path)}\n`);
      }
    });
}

/** Every entry file of every draft, in a stable order. */
function entryFiles(workspace: Workspace): string[] {
  return draftNames(workspace).flatMap((name) => {
    const folder = feedbackFolder(workspace, name);
    return existsSync(folder) ? readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(folder, f)) : [];
  });
}
