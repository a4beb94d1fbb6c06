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
  const chars = [...text];
  if (first && last) return text;
  if (first) return chars.length > context ? `…${chars.slice(-context).join('')}` : text;
  if (last) return chars.length > context ? `${chars.slice(0, context).join('')}…` : text;
  return chars.length > context * 2 ? `${chars.slice(0, context).join('')} … ${chars.slice(-context).join('')}` : text;
}

/** For a GitHub PR comment: nothing in the text can add markup or break a list. */
export const MARKDOWN_STYLE: DiffStyle = {
  equal: commentText,
  delete: (t) => `<del>${commentText(t)}</del>`,
  insert: (t) => `<ins>${commentText(t)}</ins>`,
};
