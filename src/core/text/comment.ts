// Markdown for a GitHub pull-request comment or job summary: text from drafts
// and feedback can add no markup (no HTML, links, mentions, headings, lists),
// long entries fold into <details>, and the whole stays under GitHub's limit
// for a comment, saying what was left out.
import { cellText } from './markdown.js';

/** GitHub refuses a comment body longer than this (characters). */
export const COMMENT_LIMIT = 65_536;

/** Room kept for the note that says what was left out. */
const NOTE_ROOM = 1_000;

/** An empty HTML comment: invisible, but it splits the text so that GFM finds no link in it. */
const SPLIT = '<!-- -->';

/**
 * Inline Markdown text: cellText's escapes; the words GFM turns into links
 * without any markup (http://…, www.…, name@host) split by an empty comment;
 * and a list marker at the start escaped (text may open a line: "1. …").
 */
export function commentText(text: string): string {
  return cellText(text)
    .replace(/(https?|ftp|mailto|xmpp):/giu, `$1${SPLIT}:`)
    .replace(/(www)\./giu, `$1${SPLIT}.`)
    .replace(/([^\s\\])\\@/gu, `$1${SPLIT}\\@`)
    .replace(/^(\s*)(\d{1,9})([.)])/u, '$1$2\\$3')
    .replace(/^(\s*)([-+=])/u, '$1\\$2');
}

/** Text inside an HTML element of an HTML block (<summary>): Markdown is not read there, only HTML escapes count. */
export function htmlText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/\s+/gu, ' ');
}

/** A body that folds away when long: <details> with the summary line, else the summary as a heading. */
export function foldable(summary: string, body: string, long: boolean, heading = '###'): string {
  if (!long) return `${heading} ${commentText(summary)}\n\n${body}`;
  return `<details><summary>${htmlText(summary)}</summary>\n\n${body}\n\n</details>`;
}

export interface CommentSection {
  markdown: string;
  /** What the section is counted as in the note when left out ("pending", "changed"). */
  tally: string;
  /** What goes before it: a blank line (the default), or "\n" for the next row of a table. */
  joiner?: string;
}

export interface CommentParts {
  header: string;
  sections: readonly CommentSection[];
  /** What one section is: "entry" / "entries", "clause" / "clauses". */
  noun: [string, string];
  /** Where the whole can be seen: "run `redline propose` locally". */
  hint: string;
  limit?: number;
}

/** Header and as many sections as fit, then a note counting what was left out. */
export function fitComment({ header, sections, noun, hint, limit = COMMENT_LIMIT }: CommentParts): string {
  const budget = limit - NOTE_ROOM;
  const parts = [header];
  let length = header.length;
  let shown = 0;
  for (const section of sections) {
    const joiner = section.joiner ?? '\n\n';
    if (length + section.markdown.length + joiner.length > budget) break;
    parts.push(joiner, section.markdown);
    length += section.markdown.length + joiner.length;
    shown++;
  }
  const left = sections.slice(shown);
  if (left.length > 0) {
    const tallies = new Map<string, number>();
    for (const s of left) tallies.set(s.tally, (tallies.get(s.tally) ?? 0) + 1);
    const counts = [...tallies].map(([tally, n]) => `${n} ${commentText(tally)}`).join(', ');
    const name = (n: number) => (n === 1 ? noun[0] : noun[1]);
    parts.push(
      '\n\n',
      `> [!NOTE]\n> ${left.length} of ${sections.length} ${name(sections.length)} left out (${counts}) to stay under GitHub's ${limit.toLocaleString('en-US')}-character limit; ${shown} shown. ${hint}`,
    );
  }
  return `${parts.join('')}\n`;
}
