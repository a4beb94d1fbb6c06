// Writing new feedback entries: every target is checked before any is
// written, so a refused import changes nothing.
import { existsSync } from 'node:fs';
import { formatEntry } from '../core/feedback/entry.js';
import type { NewEntry } from '../core/intake/feedback-import.js';
import { commitFiles, type FileChange } from './atomic-write.js';
import { UsageError } from './report.js';
import { entryPath, type Workspace } from './workspace.js';

export function checkNewEntries(workspace: Workspace, draft: string, entries: readonly NewEntry[], force: boolean): void {
  if (force) return;
  const existing = entries.filter((e) => existsSync(entryPath(workspace, draft, e.id)));
  if (existing.length > 0) {
    throw new UsageError(
      `feedback entries ${existing.map((e) => e.id).join(', ')} already exist in ${workspace.display(entryPath(workspace, draft, existing[0]!.id))}…; pass --force to replace them`,
    );
  }
}

/** The entry files to write, for a command that commits them with other files. */
export function entryChanges(workspace: Workspace, draft: string, entries: readonly NewEntry[]): FileChange[] {
  return entries.map((entry) => ({ path: entryPath(workspace, draft, entry.id), content: formatEntry(entry, draft) }));
}

/** Writes the entries all or none. */
export function writeNewEntries(workspace: Workspace, draft: string, entries: readonly NewEntry[]): string[] {
  const changes = entryChanges(workspace, draft, entries);
  commitFiles(changes, { display: workspace.display, within: workspace.root });
  return changes.map((c) => c.path);
}

export function summarise(entries: readonly NewEntry[]): string {
  const edits = entries.reduce((n, e) => n + e.edits.length, 0);
  const commentOnly = entries.filter((e) => e.edits.length === 0).length;
  const decided = entries.filter((e) => e.decision.status !== 'pending').length;
  return `${entries.length} entries, ${edits} proposed edits${commentOnly ? `, ${commentOnly} comment-only` : ''}${decided ? `, ${decided} already decided` : ''}`;
}
