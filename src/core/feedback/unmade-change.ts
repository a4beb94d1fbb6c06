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

/** How a note says a quote is not in the place named: “A” is not in 第八条 (it is in …); nearest: …. */
export const NOT_IN = '” is not in ';

/** Whether a note (or a problem) says a quote is not in the place named. */
export function isAbsence(note: string): boolean {
  return note.includes(NOT_IN);
}

/** The place such a note names (第八条, section 207(2)); undefined for "the draft" or another note. */
export function absentFrom(note: string): string | undefined {
  const at = note.indexOf(NOT_IN);
  if (at === -1) return undefined;
  const place = /^(.+?)(?:, the place given with the comment| \(it is in |; |$)/su.exec(note.slice(at + NOT_IN.length))?.[1];
  return place === 'the draft' ? undefined : place;
}

/** After a place of a list that lacks the quote (将第四十一条和第四十二条中的“A”均修改为…): the change is made where it stands, nothing is left undone. */
export const MADE_IN_THE_OTHERS = 'changed in the other places listed';

/** How a note says a rewrite of a whole article takes away 款 its new text does not give (resolve.ts fewerParagraphs). */
export const TAKES_AWAY = 'the rewrite of the whole article takes away';

/** Whether a note of the comment's words not made into edits says they asked for none (a question, a remark…), or nothing more. */
export function asksNoEdit(note: string): boolean {
  return note.startsWith(MORE_WITHOUT_REQUEST) || note.endsWith(MADE_IN_THE_OTHERS) || Object.values(NOTHING).some((nothing) => note.endsWith(nothing));
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
 * An adopted entry whose comment asked for a change that was not made into an
 * edit (“X” should read Y: the new text not quoted; the second of two quotes
 * not found): the response table would say 采纳 of a text that stays as it
 * was, in whole or in part. (A remark or a question adopted without an edit
 * is an office's usual answer, and so is an adoption whose note says where
 * the change went: 已在第十八项中修改. A note that says only why, 表述精简, does
 * not.) A partial adoption with edits says itself that not all was taken up.
 */
export function unmadeChange(entry: Entry): string | undefined {
  const { status, reason } = entry.decision;
  if (status !== 'adopted' && status !== 'partial') return undefined;
  if (status === 'partial' && entry.edits.length > 0) return undefined;
  if (status === 'adopted' && SAYS_WHERE.test(reason ?? '')) return undefined;
  const asked = (entry.unparsed ?? []).filter((note) => !asksNoEdit(note));
  if (asked.length === 0) return undefined;
  const decided = status === 'adopted' ? 'adopted' : 'partially adopted';
  // The change is made, and more with it: the article's other 款 go, which the comment may not have meant.
  const taking = asked.find((note) => note.includes(TAKES_AWAY));
  if (taking && entry.edits.length > 0) return `entry ${entry.id} is ${decided}, and ${taking.slice(taking.indexOf(TAKES_AWAY))}; or, if the whole article is meant, say so in the reason (第X条全文修改)`;
  const what = entry.edits.length === 0 ? 'no edit makes the change it asks for' : 'part of the change it asks for is made by no edit';
  return `entry ${entry.id} is ${decided}, but ${what} (${asked[0]}): add the edit (redline feedback edit ${entry.id} --op …), or say in the reason where it was taken up`;
}

/** A decision's note that says where or how the change was made (已在第十八项中修改, 已作修改, revised in section 4). */
const SAYS_WHERE =
  /第[零〇一二三四五六七八九十百千\d]+[编章节条款项目部]|[一二三四五六七八九十]+、|已(?:在|于|将|作|经|按|对|从|并入|修改|修订|调整|体现|吸收|纳入|补充|增加|增设|删除|删去|明确|规定|表述|完善|整合|合并|写入|采纳并)|(?:section|paragraph|subsection|clause)\s*[(\d]|\b(?:revised|amended|incorporated|added|deleted|struck|rewritten|reworded|addressed)\b/iu;
