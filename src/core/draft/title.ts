// A clause's title: its lead phrase, as `clauses` lists it and a comment may
// name it (a heading's text, a caption "(立法目的)", a short first sentence).
import type { Marker } from './numbering.js';

const MAX_TITLE = 40;
const CAPTION = /^[(（]([^()（）]{1,20})[)）]/u;
/** Where a sentence may end: 。；; or a full stop before a space, a dash or the end. */
const SENTENCE_END = /[。；;]|(?<!(?:^|[\s.(])[A-Za-z])\.(?=[\s—–]|$)/gu;
const QUOTATION_MARK = /[“「『”」』]/gu;

/**
 * The first sentence of a line: up to the first end outside quotation marks
 * (将“…。”修改为… is one sentence); none where a quotation runs on past the
 * line (an amendment's quoted article), as it has no lead phrase of its own.
 */
function leadSentence(line: string): string {
  let depth = 0;
  let from = 0;
  // A sentence holds one character at least.
  SENTENCE_END.lastIndex = 1;
  for (;;) {
    const end = SENTENCE_END.exec(line);
    const to = end?.index ?? line.length;
    depth = quotationDepth(line, from, to, depth);
    if (end === null) return depth === 0 ? line : '';
    if (depth === 0) return line.slice(0, to);
    from = to;
  }
}

/** How deep in quotations the text is at `to`, being `depth` deep at `from`. */
function quotationDepth(line: string, from: number, to: number, depth: number): number {
  QUOTATION_MARK.lastIndex = from;
  for (let mark = QUOTATION_MARK.exec(line); mark !== null && mark.index < to; mark = QUOTATION_MARK.exec(line)) {
    if ('“「『'.includes(mark[0])) depth++;
    else if (depth > 0) depth--;
  }
  return depth;
}

/** The caption a numbered unit's text opens with, as written ("(立法目的)"), or ''. */
export function leadingCaption(text: string): string {
  return CAPTION.exec(text)?.[0] ?? '';
}

/** The lead phrase: a heading's text, a caption "(立法目的)", an English heading run into its text, or a short first sentence. */
export function titleOf(text: string, heading: boolean, marker: Marker | null): string {
  const body = (text.startsWith('——') ? text.slice(2) : text).trim();
  if (heading) return body.replace(/[。.]$/u, '').trim();
  if (!marker) return '';
  const caption = CAPTION.exec(body);
  if (caption) return caption[1]!;
  const newline = body.indexOf('\n');
  const line = newline === -1 ? body : body.slice(0, newline);
  const english = marker.style === CFR_SECTION ? sectionHeading(line) : englishHeading(line);
  if (english !== null) return english;
  const lead = leadSentence(line).trim();
  return lead.length > 0 && lead.length <= MAX_TITLE ? lead : '';
}

/** A bill's section heading in capitals is its title, however long (SEC. 3. RULE OF CONSTRUCTION REGARDING …). */
const MAX_CAPITALS_TITLE = 300;
const CAPITALS = /^(?=[^a-z]*[A-Z]{2})[^a-z\u3400-\u9fff]+$/u;
/** The structure words whose headings are set in capitals: SEC. 202., TITLE II—, Subtitle A— (never a paragraph's: (1) ACA.— The term …). */
const STRUCTURE_STYLE = /^(?:SEC\.|Sec\.|PART|Part|CHAPTER|Chapter|TITLE|Title|SUBTITLE|Subtitle|SUBPART|Subpart|ARTICLE|Article) [1IA]$/u;

/**
 * Where a section's, title's or subtitle's heading written in capitals stands
 * in its text (GRANT MANAGEMENT of SEC. 202. GRANT MANAGEMENT. (a) …), or
 * undefined: the one place a quote of its words in any case is theirs
 * (feedback/resolve.ts), as commenters quote such headings as they read them.
 * A paragraph's heading in capitals (ACA.—) is an acronym or a defined term,
 * which a quote must match as written.
 */
export function capitalsHeading(clause: { text: string; title: string; marker: Marker | null }): { start: number; end: number } | undefined {
  const title = clause.title;
  if (!clause.marker || !STRUCTURE_STYLE.test(clause.marker.style) || !CAPITALS.test(title)) return undefined;
  const start = clause.text.indexOf(title);
  if (start === -1 || !/^[\s—–-]*$/u.test(clause.text.slice(0, start))) return undefined;
  return { start, end: start + title.length };
}

/** A heading in words, which may be longer than a lead sentence (Penalty for Failure To Include Covered Transaction Information With Return). */
const MAX_HEADING = 120;
/** Up to the first full stop before a space, a dash or the end (not U.S.C.'s), and the dash after it. */
const FULL_STOP = /^((?:[^.]|\.(?![\s—–]|$)|(?<=(?:^|[\s.(])[A-Za-z])\.)+)\.([—–]?)/u;
/** A section of the Code of Federal Regulations (§ 583.125), whose first sentence is its heading. */
const CFR_SECTION = '§ 1';
/** Up to the first question mark or full stop before a space or the end. */
const QUESTION_OR_FULL_STOP = /^((?:[^.?]|[.?](?!\s|$))+)([.?])/u;

/**
 * An English heading at the head of a line: its words before ".—", the mark
 * of a heading run into its text (Disadvantaged individual or population
 * group.— The term …), or a heading in capitals up to its full stop,
 * semicolons and all (SHORT TITLE; TABLE OF CONTENTS.); null for a sentence,
 * whose title is its lead sentence if short.
 */
function englishHeading(line: string): string | null {
  const stop = FULL_STOP.exec(line);
  const words = (stop ? stop[1]! : line).trim();
  if (!wholeWords(words)) return null;
  if (stop?.[2] && words.length <= MAX_HEADING) return words;
  return CAPITALS.test(words) && words.length <= MAX_CAPITALS_TITLE ? words : null;
}

/** A CFR section's heading, as a question or a phrase: What are my rights to seek reconsideration of an unfavorable decision by BOEM? */
function sectionHeading(line: string): string | null {
  const stop = QUESTION_OR_FULL_STOP.exec(line);
  if (!stop) return null;
  const words = stop[1]!.trim();
  return wholeWords(words) && words.length <= MAX_HEADING ? `${words}${stop[2] === '?' ? '?' : ''}` : null;
}

/** Words that stand on their own: not empty, no quotation left open. */
function wholeWords(words: string): boolean {
  return words !== '' && quotationDepth(words, 0, words.length, 0) === 0;
}
