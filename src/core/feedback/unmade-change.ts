// Adopted entries that change nothing although their comment asked for a
// change (its words were not made into an edit): the response table would say
// 采纳 of a text left as it was. Kept apart from the comment grammar, which
// the build never loads.
import type { Entry } from './entry.js';
import type { SentenceReading } from './grammar/requests.js';

/** The note left for a comment's words that asked for no edit, by what they were. */
export const NOTHING: Record<Exclude<SentenceReading['kind'], 'request'>, string> = {
  question: 'a question: no edit asked for',
  clarify: 'asks for clarification: no edit asked for',
  against: 'argues against a change: no edit asked for',
  remark: 'a general remark: no edit asked for',
};

/** Whether a note of the comment's words not made into edits says they asked for none (a question, a remark…). */
export function asksNoEdit(note: string): boolean {
  return note.startsWith(MORE_WITHOUT_REQUEST) || Object.values(NOTHING).some((nothing) => note.endsWith(nothing));
}

/** Notes an entry lists one by one; past them, a count by reason. */
export const LISTED_NOTES = 20;
/** Reasons a summary names (the others are counted together). */
const SUMMED_REASONS = 4;
const MORE_REQUESTS = '+ more not made into edits';
const MORE_WITHOUT_REQUEST = '+ more that ask for no edit';

/**
 * A comment's notes as its entry keeps them: a letter pasted whole (a statute,
 * hundreds of sentences) would list every sentence again, a line each in the
 * entry and in `propose`. The first few are listed; the rest are counted by
 * reason, requests apart from sentences that ask for nothing, so that an
 * adoption without an edit is still told from an answered remark.
 */
export function listedNotes(notes: readonly string[]): string[] {
  if (notes.length <= LISTED_NOTES) return [...notes];
  const requests = new Map<string, number>();
  const remarks = new Map<string, number>();
  for (const note of notes.slice(LISTED_NOTES)) {
    const reason = note.slice(note.lastIndexOf(' — ') + 3);
    const counts = asksNoEdit(note) ? remarks : requests;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  const summary = (label: string, counts: Map<string, number>) => {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    const reasons = sorted.slice(0, SUMMED_REASONS).map(([reason, n]) => `${reason} (${n})`);
    const others = sorted.slice(SUMMED_REASONS).reduce((sum, [, n]) => sum + n, 0);
    return `${label} (${total}): ${[...reasons, ...(others ? [`other reasons (${others})`] : [])].join('; ')}`;
  };
  return [...notes.slice(0, LISTED_NOTES), ...(requests.size ? [summary(MORE_REQUESTS, requests)] : []), ...(remarks.size ? [summary(MORE_WITHOUT_REQUEST, remarks)] : [])];
}

/**
 * An adopted entry with no edit, whose comment asked for a change that could
 * not be made into one (“X” should read Y: the new text not quoted): the
 * response table would say 采纳 of a text that stays as it was. (A remark or
 * a question adopted without an edit is an office's usual answer, and so is
 * an adoption whose note says where the change went.)
 */
export function unmadeChange(entry: Entry): string | undefined {
  if ((entry.decision.status !== 'adopted' && entry.decision.status !== 'partial') || entry.edits.length > 0) return undefined;
  // A note with the decision (采纳，已在第十八项中修改) says how it was taken up.
  if (entry.decision.status === 'adopted' && (entry.decision.reason ?? '').trim() !== '') return undefined;
  const asked = (entry.unparsed ?? []).filter((note) => !asksNoEdit(note));
  if (asked.length === 0) return undefined;
  return `entry ${entry.id} is ${entry.decision.status === 'adopted' ? 'adopted' : 'partially adopted'}, but no edit makes the change it asks for (${asked[0]}): add the edit (redline feedback edit ${entry.id} --op …), or say in the reason how it was taken up`;
}

