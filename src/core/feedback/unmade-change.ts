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
  return Object.values(NOTHING).some((nothing) => note.endsWith(nothing));
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

