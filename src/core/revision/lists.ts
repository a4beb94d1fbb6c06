// List punctuation after a revision: a list whose items end in "；" and whose
// last item ends in "。" keeps that pattern when an item is added, removed or
// rewritten, as a drafter would write it (the old last item gains "；", the
// new last item "。", a rewritten item without final punctuation gets it).
import { applyChanges } from '../edits/plan.js';
import type { AttributedChange, RevisedClause } from './revise.js';

const BETWEEN = '；';
const LAST = '。';
const OTHER_ENDING = /[，,：:;.!?！？、]$/u;

export function keepListPunctuation(clauses: RevisedClause[]): void {
  for (const list of lists(clauses)) {
    const written = list.filter((c) => c.original).sort((a, b) => a.original!.index - b.original!.index);
    if (written.length < 2 || !followsPattern(written.map((c) => c.textBefore))) continue;
    const touched = list.filter((c) => c.status === 'added' || c.status === 'removed' || c.changes.some((ch) => !ch.reference));
    if (touched.length === 0) continue;
    const entries = [...new Set(touched.flatMap((c) => c.entries))];
    const kept = list.filter((c) => c.status !== 'removed');
    kept.forEach((item, i) => setEnding(item, i === kept.length - 1 ? LAST : BETWEEN, entries));
  }
}

/** Runs of numbered siblings of one style, in revised order. */
function lists(clauses: readonly RevisedClause[]): RevisedClause[][] {
  const runs = new Map<string, RevisedClause[]>();
  for (const clause of clauses) {
    const style = (clause.original?.marker ?? clause.basis)?.style;
    if (clause.heading !== null || !style || clause.valueAfter === null) continue;
    const key = `${clause.parent ?? ''}\u0000${style}`;
    runs.set(key, [...(runs.get(key) ?? []), clause]);
  }
  return [...runs.values()];
}

function followsPattern(texts: readonly string[]): boolean {
  return texts.every((text, i) => text.trimEnd().endsWith(i === texts.length - 1 ? LAST : BETWEEN));
}

/** Makes the item end in `ending`: replaces a final ；/。, or adds one where the text has no final punctuation. */
function setEnding(item: RevisedClause, ending: string, entries: string[]): void {
  const current = item.status === 'added' ? item.textAfter : applyChanges(item.textBefore, item.changes);
  const trimmed = current.trimEnd();
  if (trimmed.endsWith(ending) || OTHER_ENDING.test(trimmed) || trimmed === '') return;
  const swap = trimmed.endsWith(BETWEEN) || trimmed.endsWith(LAST);
  if (item.status === 'added') {
    item.textAfter = (swap ? trimmed.slice(0, -1) : trimmed) + ending;
    return;
  }
  const length = item.textBefore.length;
  // The change that writes the end of the text, if one does: its text ends differently now.
  const last = item.changes.find((c) => c.end === length && c.text !== '');
  if (last) {
    last.text = (swap ? last.text.trimEnd().slice(0, -1) : last.text.trimEnd()) + ending;
    return;
  }
  const original = item.textBefore.trimEnd();
  const change: AttributedChange = swap && (original.endsWith(BETWEEN) || original.endsWith(LAST))
    ? { start: original.length - 1, end: original.length, text: ending, entries }
    : { start: length, end: length, text: ending, entries };
  item.changes.push(change);
}
