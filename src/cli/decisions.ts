// Decisions in the shell: written into entry files, and what is said after
// them (by `decide` and `review` alike), and the `redline decide` line that
// supplies what a decision lacks.
import { entryDocument, type Entry } from '../core/feedback/entry.js';
import { DECISION_VERBS, needs, setDecision, type Decision, type DecisionNeed, type DecisionStatus } from '../core/feedback/decision.js';
import { InputError } from '../core/problem.js';
import { adoptionWarnings } from '../core/revision/consistency.js';
import { pendingOverlaps } from '../core/revision/pending-overlaps.js';
import { commitFiles, type FileChange } from './atomic-write.js';
import { SHOWN_BEFORE_SUMMARY, SUMMARY_AFTER, UsageError } from './report.js';
import { inStyleOf } from './text-file.js';
import { readEntryText, readWorkspaceText, type Workspace } from './workspace.js';
import { readDraft, type LoadedEntry } from './workspace-reading.js';

/** The entry file with the decision set, re-read just before writing (under the workspace lock), in its own line endings. */
export function decisionChange(workspace: Workspace, loaded: LoadedEntry, decision: Decision): FileChange {
  const source = readEntryText(workspace, loaded.path);
  const current = entryDocument(source, workspace.display(loaded.path));
  // Taken on the edits the clerk saw (propose, review): if the file's edits differ, check says so.
  setDecision(current, decision, loaded.entry.edits);
  return { path: loaded.path, content: inStyleOf(source, current.toString({ lineWidth: 0 })) };
}

export function writeDecision(workspace: Workspace, loaded: LoadedEntry, decision: Decision): void {
  commitFiles([decisionChange(workspace, loaded, decision)], { display: workspace.display, within: workspace.root });
}

/**
 * What is said after deciding `decided` (the entries as they now stand, the
 * decisions not yet written), one line each: an adoption that cannot reach the
 * text is said at once, not at build time; and the pending entries whose edits
 * overlap the adopted ones, as a note (nothing is wrong yet: adopting one of
 * them too will be). Worked out before writing: a draft that cannot be read
 * changes nothing.
 */
export function afterDecisions(workspace: Workspace, draft: string, entries: readonly Entry[], decided: ReadonlySet<string>): string[] {
  const adopting = new Set(entries.filter((e) => decided.has(e.id) && (e.decision.status === 'adopted' || e.decision.status === 'partial')).map((e) => e.id));
  if (adopting.size === 0) return [];
  try {
    const { clauses, meta } = readDraft(workspace, draft).draft;
    const warnings = adoptionWarnings(clauses, entries, adopting, meta.lang).map((w) => `warning: ${w}`);
    const notes = pendingOverlaps(clauses, entries, adopting, meta.lang).map(
      (o) => `note: entry ${o.edit.entry}, edit ${o.edit.index} overlaps pending entry ${o.pending}'s ${o.edits.length === 1 ? 'edit' : 'edits'} ${o.edits.join(', ')}; adopting both will conflict`,
    );
    // A term changed throughout can meet hundreds of pending edits: check --verbose lists them all.
    const more = notes.length > SUMMARY_AFTER ? notes.length - SHOWN_BEFORE_SUMMARY : 0;
    return [...warnings, ...(more > 0 ? [...notes.slice(0, SHOWN_BEFORE_SUMMARY), `note: … and ${more} more overlaps with pending entries' edits (redline check --verbose lists them all)`] : notes)];
  } catch (error) {
    // A draft git left mid-merge is no draft to decide against: resolve the merge first (nothing is written).
    if (error instanceof InputError && error.problems.some((p) => p.ruleId === 'merge-conflict')) throw error;
    if (error instanceof InputError || error instanceof UsageError) return [`warning: drafts/${draft}.md cannot be read, so the adopted edits were not checked against it (redline check says why)`];
    throw error;
  }
}

const VERB = Object.fromEntries(Object.entries(DECISION_VERBS).map(([verb, status]) => [status, verb])) as Record<DecisionStatus, string>;

/** "decide it again: redline decide 1 partial --edits … --reason …": how to mend a decision taken on edits that have changed since. */
export function decideAgainHint(entry: string, status: DecisionStatus): string {
  return `decide it again: ${decideHint(entry, status, needs(status))} (or redline decide ${entry} pending)`;
}

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
