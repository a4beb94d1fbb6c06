// Terms the edits coordinate with themselves (股东会或者股东会), said of each
// clause they appear in, so that the clerk adds an edit naming the term once:
// of the revised text for the edits adopted (build, check, decide), and of
// each edit on its own for those proposed (propose, check of a pending entry).
import { cite, citableClauses } from '../draft/citation.js';
import type { Clause } from '../draft/clause.js';
import type { ClauseTree } from '../draft/locate.js';
import { changesByClause, type Change, type EditRef, type PlannedEdit } from '../edits/plan.js';
import { selfCoordinations, type SelfCoordination } from '../edits/self-coordination.js';
import { editEffect, type EditEffect } from './effect.js';
import type { RevisedClause, RevisionProblem } from './revise.js';
import { addToGroup } from '../text/groups.js';

type Names = ReturnType<typeof citableClauses>;

/** The clauses of the revised text where the adopted edits coordinate a term with itself, against the edits that did. */
export function selfCoordinationProblems(tree: ClauseTree, revised: readonly RevisedClause[], applied: readonly PlannedEdit[], skip: ReadonlySet<string>): RevisionProblem[] {
  const problems: RevisionProblem[] = [];
  let names: Names | undefined;
  let byClause: Map<string, EditChanges[]> | undefined;
  for (const clause of revised) {
    if (clause.status !== 'changed' || !clause.original || skip.has(clause.id)) continue;
    const found = selfCoordinations(clause.textBefore, clause.changes);
    if (found.length === 0) continue;
    byClause ??= editsByClause(applied);
    const touching = byClause.get(clause.id) ?? [];
    // Where several edits changed the clause, those that make the repeat on their own; else all of them.
    const making = touching.length < 2 ? touching : touching.filter((t) => selfCoordinations(clause.textBefore, t.changes).length > 0);
    const edits: EditRef[] = (making.length > 0 ? making : touching).map((t) => t.edit.ref);
    names ??= citableClauses(tree.clauses);
    problems.push({ rule: 'self-coordination', clause: clause.id, message: coordinationMessage(names, clause.original, found), edits });
  }
  return problems;
}

interface EditChanges {
  edit: PlannedEdit;
  changes: readonly Change[];
}

/** The applied edits that change each clause's text, in order, with their changes there. (Only where a clause has a repeat: most revisions have none.) */
function editsByClause(applied: readonly PlannedEdit[]): Map<string, EditChanges[]> {
  const byClause = new Map<string, EditChanges[]>();
  for (const edit of applied) for (const { clause, changes } of changesByClause(edit)) addToGroup(byClause, clause.id, { edit, changes });
  return byClause;
}

/** What one edit, applied alone, coordinates with itself, clause by clause (in the text the build writes of it). */
export function editCoordinations(p: PlannedEdit, effect: EditEffect): Array<{ clause: Clause; found: SelfCoordination[] }> {
  if (p.state !== 'ok') return [];
  return effect.map(({ clause, changes }) => ({ clause, found: selfCoordinations(clause.text, changes) })).filter((c) => c.found.length > 0);
}

/** The messages of one edit's repeats, one per clause. */
export function editCoordinationMessages(p: PlannedEdit, tree: ClauseTree, effect: EditEffect = editEffect(tree, p)): string[] {
  const found = editCoordinations(p, effect);
  if (found.length === 0) return [];
  let names = namesOf.get(tree.clauses);
  if (!names) namesOf.set(tree.clauses, (names = citableClauses(tree.clauses)));
  return found.map((c) => coordinationMessage(names, c.clause, c.found));
}

// (Named once per draft, however many of its edits have repeats: propose asks for each edit.)
const namesOf = new WeakMap<readonly Clause[], Names>();

function coordinationMessage(names: Names, clause: Clause, found: readonly SelfCoordination[]): string {
  const times = new Map<string, number>();
  for (const f of found) times.set(f.phrase, (times.get(f.phrase) ?? 0) + 1);
  const phrases = [...times].map(([phrase, n]) => (n > 1 ? `“${phrase}” (${n} times)` : `“${phrase}”`)).join(', ');
  const terms = [...new Set(found.map((f) => f.term))];
  const said = terms.length === 1 ? `${terms[0]} coordinated with itself: add an edit that names it once` : `${terms.join(', ')} each coordinated with itself: add an edit that names each once`;
  return `the change makes ${cite(names, clause.id)} (${clause.id}) read ${phrases}, ${said}`;
}
