// List punctuation after a revision: a list whose items end in "；" and whose
// last item ends in "。" keeps that pattern when an item is added, removed or
// rewritten, as a drafter would write it (the old last item gains "；", the
// new last item "。", a rewritten item without final punctuation gets it).
// English lists keep theirs the same way: "…;", "…; and", "…." .
import { applyChanges } from '../edits/plan.js';
import type { AttributedChange, RevisedClause } from './revise.js';
import { addToGroup } from '../text/groups.js';

interface Pattern {
  between: string;
  /** The item before the last, where it differs ("; and"). */
  penultimate: string;
  last: string;
}

const CHINESE: Pattern = { between: '；', penultimate: '；', last: '。' };
const ENDINGS = ['; and', '; or', '；', '。', ';', '.'];
const OTHER_ENDING = /[，,：:、!?！？—–-]$/u;
/** A change that writes list punctuation and nothing else. */
const ENDING_ONLY = /^\s*(?:; and|; or|[;；.。,，])\s*$/u;
/** An item's words that lead in to items of its own. */
const LEAD_IN = /[—–:：]$/u;

export function keepListPunctuation(clauses: RevisedClause[]): void {
  for (const list of lists(clauses)) {
    const written = list.filter((c) => c.original).sort((a, b) => a.original!.index - b.original!.index);
    const pattern = written.length >= 2 ? patternOf(written.map((c) => c.textBefore.trimEnd())) : null;
    if (!pattern) continue;
    const touched = list.filter((c) => c.status === 'added' || c.status === 'removed' || c.changes.some((ch) => !ch.reference));
    if (touched.length === 0) continue;
    // strike “; and” at the end and insert a period: the ending an edit writes itself stands, where no item comes or goes.
    if (!list.some((c) => c.status === 'added' || c.status === 'removed') && list.some(endingEdited)) continue;
    const entries = [...new Set(touched.flatMap((c) => c.entries))];
    const kept = list.filter((c) => c.status !== 'removed');
    kept.forEach((item, i) => setEnding(item, i === kept.length - 1 ? pattern.last : i === kept.length - 2 ? pattern.penultimate : pattern.between, entries));
  }
}

/** Whether items written so (a list's texts in order) follow a pattern the revision keeps. */
export function punctuatedList(texts: readonly string[]): boolean {
  return patternOf(texts.map((t) => t.trimEnd())) !== null;
}

/** Runs of numbered siblings of one style, in revised order. */
function lists(clauses: readonly RevisedClause[]): RevisedClause[][] {
  const runs = new Map<string, RevisedClause[]>();
  for (const clause of clauses) {
    const style = (clause.original?.marker ?? clause.basis)?.style;
    if (clause.heading !== null || !style || clause.valueAfter === null) continue;
    const key = `${clause.parent ?? ''}\u0000${style}`;
    addToGroup(runs, key, clause);
  }
  return [...runs.values()];
}

/**
 * The list's pattern when every item follows one: "；…；。" or "…; …; and ….".
 * An item that leads in to items of its own (“… concerning—”, “…：”) has its
 * punctuation at the end of those: it is passed over, and keeps its words.
 */
function patternOf(texts: readonly string[]): Pattern | null {
  const follows = (p: Pattern) => texts.every((t, i) => LEAD_IN.test(t) || t.endsWith(i === texts.length - 1 ? p.last : i === texts.length - 2 ? p.penultimate : p.between));
  if (texts.filter((t) => !LEAD_IN.test(t)).length < 2) return null;
  if (follows(CHINESE)) return CHINESE;
  for (const conjunction of ['and', 'or']) {
    const english: Pattern = { between: ';', penultimate: `; ${conjunction}`, last: '.' };
    if (follows(english)) return english;
  }
  return null;
}

/** Whether a change of the item rewrites its final list punctuation and nothing before it (the period at the end struck). */
function endingEdited(item: RevisedClause): boolean {
  const original = item.textBefore.trimEnd();
  const ending = ENDINGS.find((e) => original.endsWith(e));
  if (ending === undefined) return false;
  // (Words added at the end are no such edit: the list's punctuation still follows them.)
  return item.changes.some((c) => !c.reference && c.start >= original.length - ending.length && c.end >= original.length && (c.start < c.end || ENDING_ONLY.test(c.text)));
}

/** Makes the item end in `ending`: replaces the list punctuation it ends in, or adds it where the text has none. */
function setEnding(item: RevisedClause, ending: string, entries: string[]): void {
  const current = item.status === 'added' ? item.textAfter : applyChanges(item.textBefore, item.changes);
  const trimmed = current.trimEnd();
  const old = ENDINGS.find((e) => trimmed.endsWith(e)) ?? '';
  if (old === ending || trimmed === '' || (old === '' && OTHER_ENDING.test(trimmed))) return;
  const replaced = (text: string) => text.trimEnd().slice(0, text.trimEnd().length - old.length) + ending;
  if (item.status === 'added') {
    item.textAfter = replaced(trimmed);
    return;
  }
  const length = item.textBefore.length;
  // The change that writes the end of the text, if one does: its text ends differently now.
  const last = item.changes.find((c) => c.end === length && c.text !== '');
  if (last && last.text.trimEnd().endsWith(old)) {
    last.text = replaced(last.text);
    return;
  }
  const original = item.textBefore.trimEnd();
  const change: AttributedChange = old !== '' && original.endsWith(old)
    ? { start: original.length - old.length, end: original.length, text: ending, entries }
    : { start: length, end: length, text: ending, entries };
  item.changes.push(change);
}
