// How a draft file's lines read, apart from what they mean: the ID line
// before each clause ("<!-- #c12 -->"), a heading's marks, the front matter
// between "---" lines. format.ts reads whole drafts with these; the quick
// diff (diff/skim.ts) reads only what changed with the same rules, and loads
// no YAML tree to do it.
import type { Block } from './clause.js';

const ID_LINE = /^<!--\s*#([A-Za-z][A-Za-z0-9_-]{0,31})\s*-->\s*$/;
/** A clause ID as an ID line carries it (c12). */
export const CLAUSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;

export function idLine(id: string): string {
  return `<!-- #${id} -->`;
}

/** A heading line's match (marks, text), or null. */
export function headingOf(line: string): RegExpExecArray | null {
  return line.startsWith('#') ? HEADING.exec(line) : null;
}

/** The block of a plain clause's one line (see PLAIN_CLAUSE): a heading, or a paragraph of that line. */
export function plainBlock(line: string): Pick<Block, 'heading' | 'source'> {
  const heading = headingOf(line);
  return heading ? { heading: heading[1]!.length, source: heading[2]! } : { heading: null, source: line.trimEnd() };
}

/** Whether a line is an ID line ("<!-- #c12 -->", white space around it aside). */
export function isIdLine(line: string): boolean {
  return idLineMatch(line.trim()) !== null;
}

/**
 * Text without its ID lines: a comment or an edit that copied clauses out of
 * the draft file carries them along, and in new text they would be read as
 * clause IDs of their own (a duplicated or a stolen ID) once the text is the draft's.
 */
export function withoutIdLines(text: string): string {
  return text.includes('<!--') ? text.split('\n').filter((line) => !isIdLine(line)).join('\n') : text;
}

/** The ID line's match, tried only where a trimmed line opens an HTML comment. */
export function idLineMatch(trimmed: string): RegExpExecArray | null {
  return trimmed.startsWith('<!--') ? ID_LINE.exec(trimmed) : null;
}

/** A place in the text: a line's first character (pos) and its 0-based number. */
export interface LineStart {
  pos: number;
  line: number;
}

/** The line at pos (split('\n')'s lines: text after the last newline is one too) and where the next starts. */
export function lineFrom(text: string, pos: number): { line: string; next: number } {
  const end = text.indexOf('\n', pos);
  return end === -1 ? { line: text.slice(pos), next: text.length + 1 } : { line: text.slice(pos, end), next: end + 1 };
}

/** Where the front matter's text stands ("---" lines around it) and where the body starts; a string says what is wrong. */
export function frontMatterSpan(text: string): { source: string; body: LineStart } | 'missing' | 'unclosed' {
  const first = lineFrom(text, 0);
  if (first.line.trim() !== '---') return 'missing';
  let at: LineStart = { pos: first.next, line: 1 };
  while (at.pos <= text.length) {
    const { line, next } = lineFrom(text, at.pos);
    if (/^(---|\.\.\.)\s*$/.test(line)) break;
    at = { pos: next, line: at.line + 1 };
  }
  if (at.pos > text.length) return 'unclosed';
  return { source: text.slice(first.next, Math.max(first.next, at.pos - 1)), body: { pos: lineFrom(text, at.pos).next, line: at.line + 1 } };
}
