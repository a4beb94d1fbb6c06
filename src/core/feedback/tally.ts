// Entries counted by decision, overall and per unit: what `status` reports and
// the response table's summary line says. Campaign members count as their
// lead's decision answers them (callers pass answered entries).
import { DECISION_STATUSES, type DecisionStatus, type Entry } from './entry.js';

export type DecisionCounts = Record<DecisionStatus, number>;

export interface Tally {
  total: number;
  byStatus: DecisionCounts;
  /** Unit → counts; no prototype, so a unit named "__proto__" is a key like any other. */
  byUnit: Record<string, DecisionCounts>;
}

export function noDecisions(): DecisionCounts {
  return Object.fromEntries(DECISION_STATUSES.map((s) => [s, 0])) as DecisionCounts;
}

export function tally(entries: readonly Pick<Entry, 'unit' | 'decision'>[]): Tally {
  const byStatus = noDecisions();
  const byUnit = Object.create(null) as Record<string, DecisionCounts>;
  for (const entry of entries) {
    byStatus[entry.decision.status]++;
    (byUnit[entry.unit] ??= noDecisions())[entry.decision.status]++;
  }
  return { total: entries.length, byStatus, byUnit };
}
