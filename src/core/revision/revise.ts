// The revised draft (pure): the adopted edits applied to each clause in one
// pass, added and removed clauses placed, and display numbers recomputed by
// the scheme detected at import. Edits that are stale, ambiguous or in
// conflict are not applied; they are returned for the shell to report.
import type { Clause } from '../draft/clause.js';
import type { ContinuousNumbering, Draft } from '../draft/format.js';
import { isUnitEdit, roleOf, type UnitEdit, type UnitRole } from '../edits/edit.js';
import { applyChanges, markConflicts, resolveEdits, unitChange, type Change, type PlannedEdit } from '../edits/plan.js';
import type { Entry } from '../feedback/entry.js';
import { readMarker, type Marker } from '../draft/numbering.js';
import { chineseNumeral, circledNumeral, letterNumeral, romanNumeral } from '../draft/numerals.js';

export interface AttributedChange extends Change {
  entries: string[];
}

export interface RevisedClause {
  id: string;
  /** The clause in the draft; absent for a clause an edit adds. */
  original?: Clause;
  heading: number | null;
  level: number;
  /** Display marker as written before and after ("5. " → "4. "). */
  markerBefore: string;
  markerAfter: string;
  textBefore: string;
  textAfter: string;
  /** Text changes, as ranges of the original text, with the entries behind each. */
  changes: AttributedChange[];
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  renumbered: boolean;
  entries: string[];
  /** For an added clause: the neighbour whose numbering sequence and style it joins. */
  sequenceOf?: Clause;
}

export interface Revision {
  clauses: RevisedClause[];
  /** Adopted edits that were not applied, and why. */
  unapplied: PlannedEdit[];
  applied: PlannedEdit[];
}

/** The edits an entry's decision adopts: all when adopted, the chosen ones when partial. */
export function adoptedEdits(entry: Entry): number[] {
  if (entry.decision.status === 'adopted') return entry.edits.map((_, i) => i + 1);
  if (entry.decision.status === 'partial') return entry.decision.edits ?? [];
  return [];
}

export function revise(draft: Pick<Draft, 'clauses' | 'meta'>, entries: readonly Entry[]): Revision {
  const inputs = entries.flatMap((entry) => adoptedEdits(entry).map((index) => ({ ref: { entry: entry.id, index }, edit: entry.edits[index - 1]! })));
  const planned = resolveEdits(draft.clauses, inputs);
  markConflicts(planned);
  const applied = planned.filter((p) => p.state === 'ok');
  const unapplied = planned.filter((p) => p.state !== 'ok');

  const byClause = new Map<string, PlannedEdit[]>();
  for (const p of applied) byClause.set(p.edit.clause, [...(byClause.get(p.edit.clause) ?? []), p]);

  const removed = removedIds(draft.clauses, applied);
  const revised: RevisedClause[] = [];
  const after = new Map<string, PlannedEdit[]>();
  const before = new Map<string, PlannedEdit[]>();
  for (const p of applied) {
    if (p.edit.op !== 'add-clause') continue;
    const anchor = p.edit.position === 'before' ? p.edit.clause : lastDescendant(draft.clauses, p.edit.clause);
    const map = p.edit.position === 'before' ? before : after;
    map.set(anchor, [...(map.get(anchor) ?? []), p]);
  }
  for (const clause of draft.clauses) {
    for (const p of before.get(clause.id) ?? []) revised.push(addedClause(p, draft.clauses, revised.length));
    revised.push(revisedClause(clause, byClause.get(clause.id) ?? [], removed.has(clause.id)));
    for (const p of after.get(clause.id) ?? []) revised.push(addedClause(p, draft.clauses, revised.length));
  }
  renumber(revised, draft.meta.numbering.continuous);
  return { clauses: revised, unapplied, applied };
}

/** Removing a clause removes its children with it. */
function removedIds(clauses: readonly Clause[], applied: readonly PlannedEdit[]): Set<string> {
  const removed = new Set(applied.filter((p) => p.edit.op === 'remove-clause').map((p) => p.edit.clause));
  for (const clause of clauses) if (clause.parent !== null && removed.has(clause.parent)) removed.add(clause.id);
  return removed;
}

function lastDescendant(clauses: readonly Clause[], id: string): string {
  const inside = new Set([id]);
  let last = id;
  for (const clause of clauses) {
    if (clause.parent !== null && inside.has(clause.parent)) {
      inside.add(clause.id);
      last = clause.id;
    }
  }
  return last;
}

function revisedClause(clause: Clause, edits: readonly PlannedEdit[], isRemoved: boolean): RevisedClause {
  const marker = clause.marker?.raw ?? '';
  const changes: AttributedChange[] = [];
  for (const p of edits) {
    if (p.change && !isUnitEdit(p.edit)) changes.push({ ...p.change, entries: [p.ref.entry] });
  }
  // All unit edits on one list compose into one change.
  for (const role of ['lead', 'responsible'] as UnitRole[]) {
    const group = edits.filter((p) => isUnitEdit(p.edit) && roleOf(p.edit) === role);
    if (group.length === 0) continue;
    const list = group.map((p) => p.edit as UnitEdit);
    changes.push({ ...unitChange(clause, list.at(-1)!, list.slice(0, -1)), entries: [...new Set(group.map((p) => p.ref.entry))] });
  }
  changes.sort((a, b) => a.start - b.start || a.end - b.end);
  const structural = edits.filter((p) => p.edit.op === 'remove-clause').map((p) => p.ref.entry);
  const entries = [...new Set([...changes.flatMap((c) => c.entries), ...structural])];
  const textAfter = isRemoved ? '' : applyChanges(clause.text, changes);
  return {
    id: clause.id,
    original: clause,
    heading: clause.heading,
    level: clause.level,
    markerBefore: marker,
    markerAfter: marker,
    textBefore: clause.text,
    textAfter,
    changes: isRemoved ? [] : changes,
    status: isRemoved ? 'removed' : textAfter !== clause.text ? 'changed' : 'unchanged',
    renumbered: false,
    entries,
  };
}

function addedClause(p: PlannedEdit, clauses: readonly Clause[], position: number): RevisedClause {
  const anchor = clauses.find((c) => c.id === p.edit.clause)!;
  const given = p.edit.op === 'add-clause' ? p.edit.text : '';
  // The number is the build's to give: drop one written into the new text.
  const own = readMarker(given);
  const text = own && own.style === anchor.marker?.style ? given.slice(own.raw.length) : given;
  return {
    id: `${p.edit.clause}+${p.ref.entry}.${p.ref.index}@${position}`,
    heading: anchor.heading,
    level: anchor.level,
    markerBefore: '',
    markerAfter: anchor.marker?.raw ?? '',
    textBefore: '',
    textAfter: text,
    changes: [],
    status: 'added',
    renumbered: false,
    entries: [p.ref.entry],
    sequenceOf: anchor,
  };
}

/**
 * Numbers shift by the clauses added and removed before them in their
 * sequence: siblings under one parent, or, for styles that run on across
 * parents (the seed's items 1–24), the whole run. Where nothing was added or
 * removed, numbers stay as the author wrote them, oddities included.
 */
function renumber(clauses: RevisedClause[], continuous: readonly ContinuousNumbering[]): void {
  const runsOn = new Set(continuous.map((c) => `${c.style}@${c.level}`));
  const sequences = new Map<string, { shift: number; last: number }>();
  for (const clause of clauses) {
    const basis = clause.original ?? clause.sequenceOf;
    const marker = basis?.marker;
    if (!basis || !marker || marker.value === null) continue;
    const key = runsOn.has(`${marker.style}@${basis.level}`) ? `run:${marker.style}@${basis.level}` : `in:${basis.parent ?? ''}`;
    const sequence = sequences.get(key) ?? { shift: 0, last: marker.value - 1 };
    sequences.set(key, sequence);
    if (clause.status === 'removed') {
      sequence.shift--;
      continue;
    }
    let value: number;
    if (clause.status === 'added') {
      value = sequence.last + 1;
      sequence.shift++;
    } else {
      value = marker.value + sequence.shift;
    }
    sequence.last = value;
    if (value !== marker.value || clause.status === 'added') {
      clause.markerAfter = withNumeral(marker, value);
      if (clause.status !== 'added') clause.renumbered = true;
    }
  }
}

function withNumeral(marker: Marker, value: number): string {
  const numeral = formatNumeral(marker, value);
  return marker.raw.slice(0, marker.numeralStart) + numeral + marker.raw.slice(marker.numeralEnd);
}

function formatNumeral(marker: Marker, value: number): string {
  switch (marker.kind) {
    case 'chinese':
      return chineseNumeral(value);
    case 'roman-lower':
    case 'roman-upper':
      return romanNumeral(value, marker.kind === 'roman-upper');
    case 'letter-lower':
    case 'letter-upper':
      return letterNumeral(value, marker.kind === 'letter-upper');
    case 'circled':
      return circledNumeral(value);
    default:
      return String(value);
  }
}
