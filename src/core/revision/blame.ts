// Which comments changed a clause, and when (pure): each round's draft is
// revised with that round's decided entries, and every entry whose adopted
// edits changed, added or removed a clause is named against it. Clause IDs
// run through the rounds unchanged; a clause a round added is named by the ID
// the next round gave it.
import type { Draft } from '../draft/format.js';
import type { DecisionStatus, Entry } from '../feedback/entry.js';
import { revise } from './revise.js';
import type { AddedClause } from './round.js';
import { compareEntryIds } from '../text/entry-order.js';
import { addToGroup } from '../text/groups.js';

export interface RoundHistory {
  round: number;
  draft: Pick<Draft, 'clauses' | 'meta'>;
  entries: readonly Entry[];
  /** For a closed round: the IDs its added clauses got in the next round. */
  added: readonly AddedClause[];
}

export interface Attribution {
  clause: string;
  round: number;
  entry: string;
  unit: string;
  /** references: the entry changed only numbers in the clause's cross-references, which its added or removed units moved. */
  change: 'changed' | 'added' | 'removed' | 'references' | 'contents';
  /** For references: what the entry did that moved the units they cite. */
  moving?: Array<'added' | 'removed'>;
  decision: DecisionStatus;
  date?: string;
  by?: string;
  /** A clause this round added, not yet given an ID (the round is open): its number in the revised text. */
  newNumber?: string;
}

/** Per clause ID, the entries that changed it, oldest round first, in entry order within a round. */
export function blame(history: readonly RoundHistory[]): Map<string, Attribution[]> {
  const byClause = new Map<string, Attribution[]>();
  for (const { round, draft, entries, added } of [...history].sort((a, b) => a.round - b.round)) {
    const decided = entries.filter((e) => e.decision.status !== 'pending');
    const byId = new Map(decided.map((e) => [e.id, e]));
    const renamed = new Map(added.map((a) => [a.from, a.id]));
    const revised = revise(draft, decided).clauses;
    for (const clause of revised) {
      if (clause.status === 'unchanged') continue;
      const id = renamed.get(clause.id) ?? clause.id;
      for (const entryId of clause.entries) {
        const entry = byId.get(entryId);
        if (!entry) continue;
        // An entry that adds an article renumbers what cites the later ones: that is not a change it asked for there.
        const own = clause.status === 'changed' ? clause.changes.filter((c) => c.entries.includes(entryId)) : [];
        const references = own.length > 0 && own.every((c) => c.reference);
        // (The 目录's lines follow the headings an entry changed: contents.ts.)
        const contents = own.length > 0 && own.every((c) => c.contents);
        const moving = references ? { moving: (['added', 'removed'] as const).filter((status) => revised.some((c) => c.status === status && c.entries.includes(entryId))) } : {};
        const attribution: Attribution = { clause: id, round, entry: entry.id, unit: entry.unit, change: references ? 'references' : contents ? 'contents' : clause.status, ...moving, decision: entry.decision.status };
        if (entry.decision.date) attribution.date = entry.decision.date;
        if (entry.decision.by) attribution.by = entry.decision.by;
        if (clause.status === 'added' && !renamed.has(clause.id)) attribution.newNumber = clause.markerAfter.trim().replace(/[、.．]$/u, '');
        addToGroup(byClause, id, attribution);
      }
    }
  }
  // Within a round, entries in their natural order (5 before 12), as the response table lists them:
  // a clause's entries come in the order their changes stand in it.
  for (const attributions of byClause.values()) attributions.sort((a, b) => a.round - b.round || compareEntryIds(a.entry, b.entry));
  return byClause;
}
