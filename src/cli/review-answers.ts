// Scripted answers for `redline review --answers`: a YAML list, one answer per
// pending entry in order. The whole file is checked against the entries before
// anything is written, so a typo in the fifth answer (`adpot`, a missing
// reason, a number where a list belongs) changes no file at all.
import type { Node } from 'yaml';
import { yaml } from '../core/yaml-library.js';
import { InputError, problem, type Problem } from '../core/problem.js';
import { DECISION_VERBS, makeDecision, type DecisionProblem } from '../core/feedback/decision.js';
import type { EntryProposal } from '../core/revision/proposal.js';
import { readTextFile } from './text-file.js';
import { checkNesting } from './yaml-nesting.js';

export const ACTIONS = ['adopt', 'partial', 'reject', 'skip', 'quit'] as const;

export interface ReviewAnswer {
  action: (typeof ACTIONS)[number];
  edits?: number[];
  reason?: string;
}

const KEYS = ['action', 'edits', 'reason'];

/** Reads and checks the answers for `pending` (in order); every problem is reported with its line. */
export function readAnswers(path: string, file: string, pending: readonly EntryProposal[]): ReviewAnswer[] {
  const { isSeq, LineCounter, parseDocument } = yaml();
  const text = readTextFile(path, file);
  checkNesting(text, file);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: Node | null | undefined, message: string): Problem => {
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    return problem(message, { file, line: pos.line, column: pos.col, rule: 'answers' });
  };
  if (document.errors.length > 0) throw new InputError(document.errors.map((e) => at({ range: e.pos } as unknown as Node, e.message.split('\n')[0]!)));
  const root = document.contents;
  if (!isSeq(root)) throw new InputError(at(root, 'the answers are a YAML list: - action: adopt, - action: reject with a reason, …'));
  const problems: Problem[] = [];
  const answers: ReviewAnswer[] = [];
  let quit = false;
  root.items.forEach((item, i) => {
    const proposal = quit ? undefined : pending[i];
    if (!quit && proposal === undefined) {
      problems.push(at(item as Node, `answer ${i + 1} has no entry to answer: there are ${pending.length} pending entries`));
      return;
    }
    const answer = readAnswer(item as Node, proposal, (node, message) => problems.push(at(node, message)));
    if (answer) answers.push(answer);
    if (answer?.action === 'quit') quit = true;
  });
  if (problems.length > 0) throw new InputError(problems);
  return answers;
}

type Report = (node: Node | null | undefined, message: string) => void;

function readAnswer(item: Node, proposal: EntryProposal | undefined, report: Report): ReviewAnswer | undefined {
  const { isMap, isScalar } = yaml();
  const who = proposal ? `entry ${proposal.entry.id}` : 'this answer';
  if (!isMap(item)) {
    report(item, `${who}: an answer is a mapping such as {action: adopt} or {action: reject, reason: …}`);
    return undefined;
  }
  const field = (key: string) => item.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value as Node | null | undefined;
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?';
    if (!KEYS.includes(key)) report(pair.key as Node, `${who}: unknown key "${key}" (an answer has ${KEYS.join(', ')})`);
  }
  const actionNode = field('action');
  const action = isScalar(actionNode) ? actionNode.value : undefined;
  if (typeof action !== 'string' || !(ACTIONS as readonly string[]).includes(action)) {
    report(actionNode ?? item, `${who}: action must be one of ${ACTIONS.join(', ')}${action === undefined ? '' : ` (got "${String(action)}")`}`);
    return undefined;
  }
  const answer: ReviewAnswer = { action: action as ReviewAnswer['action'] };
  const unreadable = new Set<string>();
  const reasonNode = field('reason');
  if (reasonNode !== undefined && reasonNode !== null) {
    const reason = isScalar(reasonNode) ? reasonNode.value : undefined;
    if (typeof reason !== 'string' && typeof reason !== 'number') {
      report(reasonNode, `${who}: reason must be text`);
      unreadable.add('reason');
    } else answer.reason = String(reason);
  }
  const editsNode = field('edits');
  const edits = readEdits(editsNode, who, report);
  if (edits) answer.edits = edits;
  else if (editsNode !== undefined) unreadable.add('edits');
  // What the decision needs is the core's to say (skip and quit decide nothing, so they take no edits).
  const status = answer.action === 'skip' || answer.action === 'quit' ? 'pending' : DECISION_VERBS[answer.action];
  const made = makeDecision({ status, edits: answer.edits, reason: answer.reason }, proposal ? { id: proposal.entry.id, edits: proposal.edits } : undefined);
  for (const problem of 'problems' in made ? made.problems : []) {
    if (!unreadable.has(problem.field)) report(placeOf(problem, item, editsNode), problem.kind === 'beyond' ? problem.message : `${who}: ${problem.message}`);
  }
  return answer;
}

/** Where a decision's problem points: the answer that lacks a field, the first edit number that names no edit, or the edits given. */
function placeOf(problem: DecisionProblem, item: Node, editsNode: Node | null | undefined): Node | null | undefined {
  const { isScalar, isSeq } = yaml();
  if (problem.kind === 'missing') return item;
  const beyond = problem.kind === 'beyond' && isSeq(editsNode) ? editsNode.items.find((n) => isScalar(n) && problem.edits?.includes(Number(n.value))) : undefined;
  return (beyond as Node | undefined) ?? editsNode;
}

function readEdits(node: Node | null | undefined, who: string, report: Report): number[] | undefined {
  const { isScalar, isSeq } = yaml();
  if (node === undefined) return undefined;
  if (!isSeq(node) || node.items.length === 0) {
    report(node, `${who}: edits is a list of edit numbers, such as [1, 3]`);
    return undefined;
  }
  const numbers: number[] = [];
  for (const n of node.items) {
    const value = isScalar(n) ? n.value : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) report(n as Node, `${who}: edits are whole numbers from 1`);
    else numbers.push(value);
  }
  return numbers.length === node.items.length ? numbers : undefined;
}
