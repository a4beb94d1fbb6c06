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
import { addToGroup } from '../text/groups.js';

export type EditEffect = ReadonlyArray<{ clause: Clause; changes: readonly Change[] }>;

/** The edit's changes, clause by clause, as the build writes them when it is the one edit adopted. */
export function editEffect(tree: ClauseTree, p: PlannedEdit): EditEffect {
  const byClause = changesByClause(p);
  const lists = byClause.map(({ clause }) => listOf(tree, clause));
  // A replace-all's clauses list by list: each list placed and punctuated once, with its share of the spread.
  const shares = new Map<readonly Clause[], NonNullable<PlannedEdit['spread']>>();
  p.spread?.forEach((s, i) => {
    if (lists[i]) addToGroup(shares, lists[i], s);
  });
  const placed = new Map<readonly Clause[], Map<string, Change[]>>();
  return byClause.map(({ clause, changes }, i) => {
    const list = lists[i];
    if (!list) return { clause, changes };
    let inThisList = placed.get(list);
    if (!inThisList) placed.set(list, (inThisList = inList(list, p.spread ? { ...p, spread: shares.get(list)! } : p)));
    return { clause, changes: inThisList.get(clause.id)! };
  });
}

/**
 * The changes of the list's clauses once the list keeps its punctuation: the
 * list placed and punctuated by the build's own passes (nothing outside the
 * list bears on its punctuation), by clause.
 */
function inList(list: readonly Clause[], p: PlannedEdit): Map<string, Change[]> {
  const removedBy = new Map((p.removes ?? []).map((id) => [id, p]));
  const placed = placeClauses(clauseTree(list), [p], removedBy);
  keepListPunctuation(placed);
  const changes = new Map<string, Change[]>();
  for (const c of placed) if (!changes.has(c.id)) changes.set(c.id, c.changes.sort((a, b) => a.start - b.start || a.end - b.end));
  return changes;
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
