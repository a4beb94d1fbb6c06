// What one edit writes on its own, as the build writes it: its changes, clause
// by clause, with what the revision adds to them, a list's punctuation (a 项
// rewritten without its ； has it back). propose shows it, and the
// self-coordination check of an edit on its own (propose, check of a pending
// entry) reads it: never the bare change where the build writes more.
import type { Clause } from '../draft/clause.js';
import { clauseTree, type ClauseTree } from '../draft/locate.js';
import { changesByClause, type Change, type PlannedEdit } from '../edits/plan.js';
import { keepListPunctuation, punctuatedList } from './lists.js';
import { placeClauses } from './place.js';

export type EditEffect = ReadonlyArray<{ clause: Clause; changes: readonly Change[] }>;

/** The edit's changes, clause by clause, as the build writes them when it is the one edit adopted. */
export function editEffect(tree: ClauseTree, p: PlannedEdit): EditEffect {
  return changesByClause(p).map(({ clause, changes }) => {
    const list = listOf(tree, clause);
    return { clause, changes: list ? inList(list, clause, p) : changes };
  });
}

/**
 * The clause's changes once its list keeps its punctuation: the list placed
 * and punctuated by the build's own passes (nothing outside the list bears
 * on its punctuation).
 */
function inList(list: readonly Clause[], clause: Clause, p: PlannedEdit): Change[] {
  const removedBy = new Map((p.removes ?? []).map((id) => [id, p]));
  const placed = placeClauses(clauseTree(list), [p], removedBy);
  keepListPunctuation(placed);
  return placed.find((c) => c.id === clause.id)!.changes.sort((a, b) => a.start - b.start || a.end - b.end);
}

// (The lists of a draft, by the siblings' array and their style: an article among hundreds is looked for once.)
const listsOf = new WeakMap<readonly Clause[], Map<string, readonly Clause[] | null>>();

/** The punctuated list the clause is an item of, as the revision reads lists: its numbered siblings of its style. */
function listOf(tree: ClauseTree, clause: Clause): readonly Clause[] | null {
  const style = clause.marker?.style;
  const siblings = tree.children.get(clause.parent);
  if (clause.heading !== null || !style || clause.marker?.value == null || !siblings) return null;
  let lists = listsOf.get(siblings);
  if (!lists) listsOf.set(siblings, (lists = new Map()));
  let list = lists.get(style);
  if (list === undefined) {
    const items = siblings.filter((c) => c.heading === null && c.marker?.style === style && c.marker.value !== null);
    list = punctuatedList(items.map((c) => c.text)) ? items : null;
    lists.set(style, list);
  }
  return list;
}
