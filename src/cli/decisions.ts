// Decisions in the shell: written into entry files (by `decide` and `review`
// alike), and the `redline decide` line that supplies what a decision lacks.
import { entryDocument } from '../core/feedback/entry.js';
import { DECISION_VERBS, setDecision, type Decision, type DecisionNeed, type DecisionStatus } from '../core/feedback/decision.js';
import { commitFiles, type FileChange } from './atomic-write.js';
import { inStyleOf } from './text-file.js';
import { readEntryText, readWorkspaceText, type Workspace } from './workspace.js';
import type { LoadedEntry } from './workspace-reading.js';

/** The entry file with the decision set, re-read just before writing (under the workspace lock), in its own line endings. */
export function decisionChange(workspace: Workspace, loaded: LoadedEntry, decision: Decision): FileChange {
  const source = readEntryText(workspace, loaded.path);
  const current = entryDocument(source, workspace.display(loaded.path));
  setDecision(current, decision);
  return { path: loaded.path, content: inStyleOf(source, current.toString({ lineWidth: 0 })) };
}

export function writeDecision(workspace: Workspace, loaded: LoadedEntry, decision: Decision): void {
  commitFiles([decisionChange(workspace, loaded, decision)], { display: workspace.display, within: workspace.root });
}

const VERB = Object.fromEntries(Object.entries(DECISION_VERBS).map(([verb, status]) => [status, verb])) as Record<DecisionStatus, string>;

/** "redline decide 3 partial --edits … --reason …": the command that gives a decision what it lacks. */
export function decideHint(entry: string, status: DecisionStatus, lacks: readonly DecisionNeed[]): string {
  const flags = status === 'partial' ? ['edits', ...lacks.filter((need) => need !== 'edits')] : lacks;
  return [`redline decide ${entry} ${VERB[status]}`, ...flags.map((flag) => `--${flag} …`)].join(' ');
}

/** Where a finding about the decision points: the "decision:" line. */
export function decisionLine(workspace: Workspace, path: string): number {
  const at = readWorkspaceText(workspace, path).split('\n').findIndex((line) => /^decision\s*:/u.test(line));
  return at === -1 ? 1 : at + 1;
}
