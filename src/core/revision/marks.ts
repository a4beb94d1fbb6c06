// Change marks that every reader sees alike: deletions struck (~~…~~),
// insertions bold (**…**), never with a space inside the marks (`~~第二十五条 ~~`
// is literal text to CommonMark), and written as HTML (<del>, <strong>) where
// the delimiters could not open or close by CommonMark's flanking rules
// (`标价签~~（含…）~~` does not strike in GFM): pandoc's Markdown and GFM
// then give the same HTML.
import { cellText } from '../text/markdown.js';

type Kind = 'delete' | 'insert';

const DELIMITER: Record<Kind, string> = { delete: '~~', insert: '**' };
const TAG: Record<Kind, string> = { delete: 'del', insert: 'strong' };

/** Struck text, escaped for a table cell or paragraph. `before`/`after`: the characters around it in the output. */
export function struck(text: string, before = ' ', after = ' '): string {
  return mark('delete', text, before, after);
}

export function bold(text: string, before = ' ', after = ' '): string {
  return mark('insert', text, before, after);
}

function mark(kind: Kind, text: string, before: string, after: string): string {
  const lead = /^\s*/u.exec(text)![0];
  const trail = /\s*$/u.exec(text.slice(lead.length))![0];
  const core = text.slice(lead.length, text.length - trail.length);
  if (core === '') return cellText(text);
  const escaped = cellText(core);
  const prev = lead !== '' ? ' ' : before;
  const next = trail !== '' ? ' ' : after;
  const delimited = opens(prev, escaped[0]!) && closes(escaped.at(-1)!, next);
  const body = delimited ? `${DELIMITER[kind]}${escaped}${DELIMITER[kind]}` : `<${TAG[kind]}>${escaped}</${TAG[kind]}>`;
  return cellText(lead) + body + cellText(trail);
}

const WHITESPACE = /^\s$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

/** A left-flanking delimiter run: not followed by whitespace, nor by punctuation unless preceded by whitespace or punctuation. */
function opens(before: string, first: string): boolean {
  if (WHITESPACE.test(first)) return false;
  return !PUNCTUATION.test(first) || WHITESPACE.test(before) || PUNCTUATION.test(before);
}

function closes(last: string, after: string): boolean {
  if (WHITESPACE.test(last)) return false;
  return !PUNCTUATION.test(last) || WHITESPACE.test(after) || PUNCTUATION.test(after);
}

/** The last character of text written so far, as the next mark sees it ('' at the start: whitespace). */
export function lastChar(text: string): string {
  return text === '' ? ' ' : text.at(-1)!;
}

export function firstChar(text: string): string {
  return text === '' ? ' ' : text[0]!;
}
