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
  // Counted in characters, not UTF-16 units; without surrogates the two are the same and plain slices do.
  if ((first && last) || text.length <= context) return text;
  const chars = SURROGATE.test(text) ? [...text] : text;
  const length = chars.length;
  const head = (n: number) => (typeof chars === 'string' ? chars.slice(0, n) : chars.slice(0, n).join(''));
  const tail = (n: number) => (typeof chars === 'string' ? chars.slice(-n) : chars.slice(-n).join(''));
  if (first) return length > context ? `…${tail(context)}` : text;
  if (last) return length > context ? `${head(context)}…` : text;
  return length > context * 2 ? `${head(context)} … ${tail(context)}` : text;
}

/** A UTF-16 surrogate (no u flag: the pattern looks at code units). */
const SURROGATE = /[\ud800-\udfff]/;

/** For a GitHub PR comment: nothing in the text can add markup or break a list. */
export const MARKDOWN_STYLE: DiffStyle = {
  equal: commentText,
  delete: (t) => `<del>${commentText(t)}</del>`,
  insert: (t) => `<ins>${commentText(t)}</ins>`,
};
