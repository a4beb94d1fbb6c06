// What adopting some entries means for the entries still pending (pure): which
// of their edits overlap the edits just adopted, so that the clerk knows, when
// deciding, that adopting both will conflict. Only the edits that could claim
// a clause the adopted ones claim are resolved: `decide` on a consultation of
// 10,000 entries stays as quick as one edit's neighbourhood.
import type { Clause } from '../draft/clause.js';
import { clauseTree, type ClauseTree } from '../draft/locate.js';
import { claimedClauses, markConflicts, resolveEdits, type EditInput, type EditRef } from '../edits/plan.js';
import type { TextLang } from '../text/strings.js';
import { answerCampaigns } from '../feedback/campaign.js';
import type { Entry } from '../feedback/entry.js';
import { adoptedEdits } from './revise.js';

export interface PendingOverlap {
  /** The adopted edit. */
  edit: EditRef;
  /** The pending entry, and those of its edits that overlap it. */
  pending: string;
  edits: number[];
}

/** Each adopted edit of the `decided` entries with each pending entry whose edits overlap it, in entry and edit order. */
export function pendingOverlaps(clauses: readonly Clause[], given: readonly Entry[], decided: ReadonlySet<string>, lang: TextLang): PendingOverlap[] {
  // (A pending member of a campaign whose lead was just adopted is answered by it: not pending.)
  const entries = answerCampaigns(given);
  const tree = clauseTree(clauses);
  const adopted = entries.filter((e) => decided.has(e.id)).flatMap((e) => adoptedEdits(e).map((index) => input(e, index)));
  const mine = resolveEdits(clauses, adopted, tree, lang).filter((p) => p.state === 'ok');
  const near = neighbourhood(tree, mine.flatMap(claimedClauses));
  if (near.size === 0) return [];
  // A replace-all may claim any clause; any other edit claims its own clause, those under it, or its parent.
  const candidates: EditInput[] = [];
  const order = new Map<string, number>();
  entries.forEach((e, at) => {
    if (e.decision.status !== 'pending' || decided.has(e.id)) return;
    e.edits.forEach((edit, i) => {
      if (edit.op !== 'replace-all' && !near.has(edit.clause)) return;
      candidates.push(input(e, i + 1));
      order.set(e.id, at);
    });
  });
  const theirs = resolveEdits(clauses, candidates, tree, lang);
  markConflicts([...mine, ...theirs]);
  const overlaps: PendingOverlap[] = [];
  // (mine is in entry and edit order; the pending entries are put in theirs.)
  for (const p of mine) {
    const byEntry = new Map<string, number[]>();
    for (const ref of p.conflictsWith) if (order.has(ref.entry)) byEntry.set(ref.entry, [...(byEntry.get(ref.entry) ?? []), ref.index]);
    const overlapping = [...byEntry].sort(([a], [b]) => order.get(a)! - order.get(b)!);
    for (const [entry, edits] of overlapping) overlaps.push({ edit: p.ref, pending: entry, edits: edits.sort((a, b) => a - b) });
  }
  return overlaps;
}

function input(entry: Entry, index: number): EditInput {
  return { ref: { entry: entry.id, index }, edit: entry.edits[index - 1]! };
}

/**
 * The clauses whose edits could claim one of `claimed`: each claimed clause,
 * its children (a clause added before or after one claims their parent), its
 * ancestors (a removal or a rewrite claims what is under it) and the siblings
 * of these (a 款 removed or rewritten takes the lines of its list along).
 */
function neighbourhood(tree: ClauseTree, claimed: readonly string[]): Set<string> {
  const near = new Set<string>();
  const walked = new Set<string>();
  for (const id of claimed) {
    for (const child of tree.children.get(id) ?? []) near.add(child.id);
    // (Clauses of one article share their way up: it is walked once.)
    for (let c = tree.byId.get(id); c && !walked.has(c.id); c = c.parent === null ? undefined : tree.byId.get(c.parent)) {
      walked.add(c.id);
      near.add(c.id);
      for (const sibling of tree.children.get(c.parent) ?? []) near.add(sibling.id);
    }
  }
  return near;
}
