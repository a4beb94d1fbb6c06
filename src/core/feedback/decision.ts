// The decision on a feedback entry. The one place that says what each status
// needs (a reason for partial and rejected, the adopted edits for partial)
// and how a decision is written into an entry file: `decide`, `review`, its
// answers file, `check` and `round` all ask here, and phrase what they are
// told in their own terms (a flag, a key of the answers file, a hint).
import type { Document } from 'yaml';
import { yaml } from '../yaml-library.js';
import { isInvisible } from '../text/strings.js';
import { EDIT_FIELDS, type Edit } from '../edits/edit.js';

export const DECISION_STATUSES = ['pending', 'adopted', 'partial', 'rejected'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export interface Decision {
  status: DecisionStatus;
  /** For partial: the 1-based numbers of the adopted edits. */
  edits?: number[];
  reason?: string;
  by?: string;
  date?: string;
  /**
   * The entry's edits as they stood when decided (editsDigest): git merges a
   * branch that changed the edits with one that decided them without a
   * conflict, and `edits: [1]` would then adopt whatever edit 1 has become.
   * Absent in files decided before it was written: those are taken as they are.
   */
  digest?: string;
}

/** The verbs a clerk decides with (`decide 3 adopt`, `action: reject` in an answers file). */
export const DECISION_VERBS = { adopt: 'adopted', partial: 'partial', reject: 'rejected', pending: 'pending' } as const satisfies Record<string, DecisionStatus>;
export type DecisionVerb = keyof typeof DECISION_VERBS;

/** What a decision must carry besides its status. */
export type DecisionNeed = 'reason' | 'edits';

export function needs(status: DecisionStatus): DecisionNeed[] {
  if (status === 'partial') return ['edits', 'reason'];
  return status === 'rejected' ? ['reason'] : [];
}

/** What a decision as recorded lacks (an imported 部分采纳 has no edits yet; a hand-written file may have no reason). */
export function lacking(decision: Decision): DecisionNeed[] {
  return needs(decision.status).filter((need) => (need === 'reason' ? !visibleText(decision.reason) : !decision.edits?.length));
}

export interface DecisionRequest {
  status: DecisionStatus;
  edits?: readonly number[] | undefined;
  reason?: string | undefined;
  by?: string | undefined;
  date?: string | undefined;
}

export interface DecisionProblem {
  field: DecisionNeed;
  /** missing: the status needs it; misplaced: edits on a decision other than partial; beyond: edit numbers the entry does not have. */
  kind: 'missing' | 'misplaced' | 'beyond';
  message: string;
  /** For beyond: the numbers that name no edit. */
  edits?: number[];
}

/** The entry a decision is taken on, as far as the decision cares. */
export interface DecidedEntry {
  id: string;
  edits: readonly unknown[];
}

/**
 * The decision a clerk asks for, or what is wrong with it: the one way a
 * decision is made. Without an entry the edit numbers are not checked
 * against its edits (a command checks what it can before reading files).
 */
export function makeDecision(request: DecisionRequest, entry?: DecidedEntry): { decision: Decision } | { problems: DecisionProblem[] } {
  const { status } = request;
  const reason = visibleText(request.reason);
  const edits = request.edits ? [...new Set(request.edits)].sort((a, b) => a - b) : undefined;
  const problems: DecisionProblem[] = [];
  const wanted = needs(status);
  if (wanted.includes('reason') && !reason) problems.push({ field: 'reason', kind: 'missing', message: `a ${status} decision needs a reason` });
  if (wanted.includes('edits') && !edits?.length) problems.push({ field: 'edits', kind: 'missing', message: 'a partial decision needs the numbers of the adopted edits' });
  if (!wanted.includes('edits') && edits) problems.push({ field: 'edits', kind: 'misplaced', message: 'edits go with a partial decision' });
  const beyond = entry ? (edits ?? []).filter((n) => n < 1 || n > entry.edits.length) : [];
  if (entry && beyond.length > 0) {
    problems.push({ field: 'edits', kind: 'beyond', message: `entry ${entry.id} has ${entry.edits.length} edit(s); there is no edit ${beyond.join(', ')}`, edits: beyond });
  }
  if (problems.length > 0) return { problems };
  const decision: Decision = { status };
  if (edits && status === 'partial') decision.edits = edits;
  if (reason) decision.reason = reason;
  // Undoing a decision (back to pending) leaves no one and no date behind it.
  if (status !== 'pending' && request.by) decision.by = request.by;
  if (status !== 'pending' && request.date) decision.date = request.date;
  return { decision };
}

/** The text trimmed, or undefined where nothing of it would show (no reason). */
function visibleText(text: string | undefined): string | undefined {
  return text === undefined || isInvisible(text) ? undefined : text.trim();
}

/** "partial edits 1, 3 — reason": a decision in a line. */
export function describeDecision(decision: Decision): string {
  const edits = decision.edits ? ` edits ${decision.edits.join(', ')}` : '';
  const reason = decision.reason ? ` — ${decision.reason}` : '';
  return `${decision.status}${edits}${reason}`;
}

// What an edit does; its confidence and source only say where it came from (a clerk may change them freely).
const DOING = EDIT_FIELDS.filter((field) => field !== 'confidence' && field !== 'source');

/**
 * A short digest of an entry's edits (8 hex digits, FNV-1a over what each edit
 * does, in order): enough to tell the edits a decision was taken on from any
 * others, and cheap on 10,000 entries (no hash module to load).
 */
export function editsDigest(edits: readonly Edit[]): string {
  const text = JSON.stringify(edits.map((edit) => DOING.map((field) => (edit as unknown as Record<string, unknown>)[field] ?? null)));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Whether the entry's edits are no longer the ones its decision was taken on (a merge, or a hand edit of the file). */
export function decidedOnOtherEdits(decision: Decision, edits: readonly Edit[]): boolean {
  return decision.status !== 'pending' && decision.digest !== undefined && decision.digest !== editsDigest(edits);
}

/** The decision as written into a file whose edits are these: a decision taken records them; pending records none. */
export function stampDecision(decision: Decision, edits: readonly Edit[]): Decision {
  const { digest: _, ...rest } = decision;
  return decision.status === 'pending' ? rest : { ...rest, digest: editsDigest(edits) };
}

/**
 * Sets the decision, taken on these edits, in an entry file's YAML document,
 * so that comments and layout elsewhere in the file survive and a git diff
 * shows only the decision.
 */
export function setDecision(document: Document, given: Decision, edits: readonly Edit[]): void {
  const { isMap } = yaml();
  const decision = stampDecision(given, edits);
  const node = document.get('decision', true);
  if (!isMap(node)) {
    document.set('decision', document.createNode(decision));
    return;
  }
  for (const key of ['status', 'edits', 'reason', 'by', 'date'] as const) {
    const value = decision[key];
    if (value === undefined) node.delete(key);
    else if (key === 'edits') node.set(key, document.createNode(value, { flow: true }));
    else node.set(key, value);
  }
  // The digest last, whatever keys came before it: one place for it in every file.
  node.delete('digest');
  if (decision.digest !== undefined) node.set('digest', decision.digest);
}
