// What `propose` shows: for each entry, each edit numbered, its state, and the
// whole clause text without and with this one edit, with its word diff.
import type { Clause } from '../draft/clause.js';
import { clauseTree, descendants, type ClauseTree } from '../draft/locate.js';
import type { Edit } from '../edits/edit.js';
import type { TextLang } from '../text/strings.js';
import { applyChanges, markConflicts, occurrenceCount, linesOf, resolveEdits, type EditInput, type EditRef, type EditState, type PlannedEdit } from '../edits/plan.js';
import type { Entry } from '../feedback/entry.js';
import { wordDiff, type DiffPart } from '../diff/word-diff.js';
import { addToGroup } from '../text/groups.js';
import { editCoordinationMessages } from './coordination.js';
import { editEffect, type EditEffect } from './effect.js';
import { sameNumbers, takenNumberMessage } from './taken-numbers.js';

export interface ProposedEdit {
  index: number;
  edit: Edit;
  clause: Clause | undefined;
  state: EditState;
  /** Whether the entry's decision includes this edit (all of a pending or adopted entry). */
  active: boolean;
  before: string;
  after: string;
  diff: DiffPart[];
  message?: string;
  suggestion?: string;
  conflictsWith: EditRef[];
  /** replace-all: the clauses it changes and how many occurrences (propose --json `clauses`, `count`). */
  clauses?: string[];
  count?: number;
  /** replace-all: the word diff of each clause it changes (a diff over all of them at once would run the clauses together). */
  clauseDiffs?: DiffPart[][];
  /** For information: a replace-all's occurrences that other edits take up (their new words there lack the old term), no conflict. */
  notes?: string[];
  /** What the edit leaves for the clerk to mend: a term it coordinates with itself (股东会或者股东会), one per clause; a number the draft, or another new article, has already. */
  warnings?: Array<{ rule: 'self-coordination' | 'taken-number'; message: string }>;
}

export interface EntryProposal {
  entry: Entry;
  edits: ProposedEdit[];
}

/**
 * The edits an entry's decision puts forward: none when rejected, the chosen
 * ones when partial, all of them otherwise (a partial decision imported from a
 * table says nothing yet of which edits: all stay in view until a clerk chooses).
 */
export function activeEdits(entry: Entry): Set<number> {
  const all = entry.edits.map((_, i) => i + 1);
  if (entry.decision.status === 'rejected') return new Set();
  if (entry.decision.status === 'partial' && entry.decision.edits) return new Set(entry.decision.edits);
  return new Set(all);
}

/** Resolves every edit of every entry against the draft; conflicts are looked for among active edits. */
export function planEntries(clauses: readonly Clause[], entries: readonly Entry[], tree: ClauseTree = clauseTree(clauses), lang: TextLang): Map<string, PlannedEdit[]> {
  const inputs: EditInput[] = entries.flatMap((entry) => entry.edits.map((edit, i) => ({ ref: { entry: entry.id, index: i + 1 }, edit })));
  const planned = resolveEdits(clauses, inputs, tree, lang);
  const active = new Map(entries.map((e) => [e.id, activeEdits(e)]));
  markConflicts(planned.filter((p) => active.get(p.ref.entry)!.has(p.ref.index)));
  const byEntry = new Map<string, PlannedEdit[]>(entries.map((e) => [e.id, []]));
  for (const p of planned) byEntry.get(p.ref.entry)!.push(p);
  return byEntry;
}

/** The planned edits the entries' decisions put forward, in order. */
export function activePlanned(entries: readonly Entry[], planned: ReadonlyMap<string, PlannedEdit[]>): PlannedEdit[] {
  return entries.flatMap((entry) => {
    const active = activeEdits(entry);
    return planned.get(entry.id)!.filter((p) => active.has(p.ref.index));
  });
}

export function proposeEntries(clauses: readonly Clause[], entries: readonly Entry[], lang: TextLang): EntryProposal[] {
  const tree = clauseTree(clauses);
  const planned = planEntries(clauses, entries, tree, lang);
  const sameNumber = new Map(sameNumbers(activePlanned(entries, planned), clauses).map((s) => [s.edit, s.message]));
  return entries.map((entry) => {
    const active = activeEdits(entry);
    return {
      entry,
      edits: planned.get(entry.id)!.map((p) => {
        const effect = editEffect(tree, p);
        const { before, after } = beforeAfter(tree, p, effect);
        const proposed: ProposedEdit = {
          index: p.ref.index,
          edit: p.edit,
          clause: p.clause,
          state: p.state,
          active: active.has(p.ref.index),
          before,
          after,
          diff: wordDiff(before, after),
          conflictsWith: p.conflictsWith,
        };
        if (p.message) proposed.message = p.message;
        const warnings: NonNullable<ProposedEdit['warnings']> = editCoordinationMessages(p, tree, effect).map((message) => ({ rule: 'self-coordination', message }));
        const taken = takenNumberMessage(p, clauses);
        if (taken) warnings.push({ rule: 'taken-number', message: taken });
        const same = sameNumber.get(p);
        if (same) warnings.push({ rule: 'taken-number', message: same });
        if (warnings.length > 0) proposed.warnings = warnings;
        if (p.suggestion) proposed.suggestion = p.suggestion;
        if (p.edit.op === 'replace-all') {
          proposed.clauses = (p.spread ?? []).map((s) => s.clause.id);
          proposed.count = occurrenceCount(p);
          if (p.takenUp) proposed.notes = [takenUpNote(p)];
          proposed.clauseDiffs = effect.map((s) => wordDiff(numbered(s.clause), numbered(s.clause, applyChanges(s.clause.text, s.changes))));
          proposed.diff = proposed.clauseDiffs.flatMap((d, i) => (i === 0 ? d : [{ kind: 'equal' as const, text: '\n' }, ...d]));
        }
        return proposed;
      }),
    };
  });
}

/** One line: “4 occurrence(s) left to edits whose new words there have no “市场主体”: entry 1, edit 1 (c3); entry 14, edit 1 (c190); …”. */
function takenUpNote(p: PlannedEdit): string {
  const quote = p.edit.op === 'replace-all' ? p.edit.quote : '';
  const said = (taken: NonNullable<PlannedEdit['takenUp']>) => {
    const byEdit = new Map<string, string[]>();
    for (const { clause, by } of taken) addToGroup(byEdit, by.map((r) => `entry ${r.entry}, edit ${r.index}`).join(' and '), clause.id);
    return [...byEdit].map(([label, clauses]) => `${label} (${[...new Set(clauses)].join(', ')})`).join('; ');
  };
  const inTerms = (p.takenUp ?? []).filter((t) => t.term !== undefined);
  const left = (p.takenUp ?? []).filter((t) => t.term === undefined);
  const notes: string[] = [];
  if (left.length > 0) notes.push(`${left.length} occurrence(s) left to edits whose new words there have no “${quote}”: ${said(left)}`);
  // (“Director” in “Regional Director”, the term another change throughout writes: a title of its own.)
  if (inTerms.length > 0) notes.push(`${inTerms.length} occurrence(s) inside “${inTerms[0]!.term}”, a longer term other edits write, left as written: ${said(inTerms)}`);
  return notes.join('; ');
}

/**
 * The whole clause text (with its number) without and with this one edit; for
 * an edit on a clause and what is under it (remove, rewrite), the whole unit,
 * one paragraph a line; for replace-all, every clause it changes.
 */
/** A clause's text with its number (its own text, or the text an edit gives it). */
function numbered(c: Clause, text = c.text): string {
  return (c.marker?.raw ?? '') + text;
}

function beforeAfter(tree: ClauseTree, p: PlannedEdit, effect: EditEffect): { before: string; after: string } {
  if (p.edit.op === 'replace-all') {
    return {
      before: effect.map((s) => numbered(s.clause)).join('\n'),
      after: effect.map((s) => numbered(s.clause, applyChanges(s.clause.text, s.changes))).join('\n'),
    };
  }
  const clause = p.clause;
  if (!clause) return { before: '', after: p.edit.op === 'add-clause' ? p.edit.text : '' };
  const number = clause.marker?.raw ?? '';
  const before = number + clause.text;
  const whole = () => [clause, ...descendants(tree, clause)].map((c) => numbered(c)).join('\n');
  // The clause's text as the build writes it with this edit alone (its list's punctuation kept).
  const written = () => applyChanges(clause.text, effect.find((e) => e.clause === clause)?.changes ?? []);
  if (p.edit.op === 'add-clause') return { before: '', after: p.edit.text };
  if (p.edit.op === 'remove-clause') return { before: whole(), after: '' };
  if (p.edit.op === 'remove-first-paragraph' && p.promotes) {
    // The article's own paragraph and its items, then the article with its next 款 moved up.
    const own = [clause, ...(p.removes ?? []).map((id) => tree.byId.get(id)!)];
    return { before: own.map((c) => numbered(c)).join('\n'), after: number + tree.byId.get(p.promotes)!.text };
  }
  if (p.edit.op === 'rewrite' || p.edit.op === 'rewrite-first-paragraph') {
    // A first paragraph's rewrite shows that paragraph and its items: the later 款 are not touched.
    const rewritten = p.edit.op === 'rewrite' ? whole() : [clause, ...(p.removes ?? []).map((id) => tree.byId.get(id)!)].map((c) => numbered(c)).join('\n');
    if (p.state === 'stale' || p.state === 'ambiguous') return { before: rewritten, after: rewritten };
    return { before: rewritten, after: [number + written(), ...linesOf(p.edit.text).slice(1)].join('\n') };
  }
  if (!p.change || p.state === 'stale' || p.state === 'ambiguous') return { before, after: before };
  return { before, after: number + written() };
}
