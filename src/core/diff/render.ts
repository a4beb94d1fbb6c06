// Renders a word diff for a terminal (colors, or git's [-…-]{+…+} markers
// without them), for Markdown that GitHub shows in a PR comment (<del>/<ins>),
// and as plain text. Long unchanged stretches are shortened around the changes.
import { commentText } from '../text/comment.js';
import type { DiffPart } from './word-diff.js';

export interface DiffStyle {
  equal: (text: string) => string;
  delete: (text: string) => string;
  insert: (text: string) => string;
}

export const PLAIN_STYLE: DiffStyle = {
  equal: (t) => t,
  delete: (t) => `[-${t}-]`,
  insert: (t) => `{+${t}+}`,
};

/** Characters of unchanged text kept on each side of a change. */
const CONTEXT = 40;

export function renderDiff(parts: readonly DiffPart[], style: DiffStyle, context = CONTEXT): string {
  return parts
    .map((part, i) => {
      if (part.kind !== 'equal') return style[part.kind](part.text);
      return style.equal(shorten(part.text, i === 0, i === parts.length - 1, context));
    })
    .join('');
}

function shorten(text: string, first: boolean, last: boolean, context: number): string {
  // Counted in characters, not UTF-16 units; a text no longer than the context in units is short in characters too.
  if ((first && last) || text.length <= context) return text;
  if (first) return longerThan(text, context) ? `…${lastChars(text, context)}` : text;
  if (last) return longerThan(text, context) ? `${firstChars(text, context)}…` : text;
  return longerThan(text, context * 2) ? `${firstChars(text, context)} … ${lastChars(text, context)}` : text;
}

/** Whether text has more than n characters (code points), without counting them all. */
function longerThan(text: string, n: number): boolean {
  if (text.length <= n) return false;
  if (text.length > 2 * n) return true;
  return firstChars(text, n).length < text.length;
}

function firstChars(text: string, n: number): string {
  let end = 0;
  for (let i = 0; i < n && end < text.length; i++) end += isHighSurrogateAt(text, end) ? 2 : 1;
  return text.slice(0, end);
}

function lastChars(text: string, n: number): string {
  let start = text.length;
  for (let i = 0; i < n && start > 0; i++) start -= isLowSurrogateAt(text, start - 1) ? 2 : 1;
  return text.slice(start);
}

// A surrogate pair counts as one character, as [...text] counts it; a lone surrogate is one too.
function isHighSurrogateAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

function isLowSurrogateAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const previous = i > 0 ? text.charCodeAt(i - 1) : NaN;
  return code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
}

/** For a GitHub PR comment: nothing in the text can add markup or break a list. */
export const MARKDOWN_STYLE: DiffStyle = {
  equal: commentText,
  delete: (t) => `<del>${commentText(t)}</del>`,
  insert: (t) => `<ins>${commentText(t)}</ins>`,
};
