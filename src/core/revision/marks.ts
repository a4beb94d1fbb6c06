// Change marks that every reader sees alike: deletions struck (~~…~~),
// insertions bold (**…**), never with a space inside the marks (`~~第二十五条 ~~`
// is literal text to CommonMark), and written as HTML (<del>, <strong>) where
// the delimiters could not open or close by CommonMark's flanking rules
// (`标价签~~（含…）~~` does not strike in GFM): pandoc's Markdown and GFM
// then give the same HTML.
import { cellText, draftLineBreaks } from '../text/markdown.js';

type Kind = 'delete' | 'insert';

const DELIMITER: Record<Kind, string> = { delete: '~~', insert: '**' };
const TAG: Record<Kind, string> = { delete: 'del', insert: 'strong' };

/** Struck text of the draft, escaped for a table cell or paragraph. `before`/`after`: the characters around it in the output. */
export function struck(text: string, before = ' ', after = ' '): string {
  return mark('delete', text, before, after);
}

export function bold(text: string, before = ' ', after = ' '): string {
  return mark('insert', text, before, after);
}

function mark(kind: Kind, draftText: string, before: string, after: string): string {
  const text = draftLineBreaks(draftText);
  // (A build marks some 30,000 changes; most have no space at either end: then no pattern runs.)
  const lead = maySpace(text.charCodeAt(0)) ? /^\s*/u.exec(text)![0] : '';
  const trail = maySpace(text.charCodeAt(text.length - 1)) ? /\s*$/u.exec(text.slice(lead.length))![0] : '';
  const core = text.slice(lead.length, text.length - trail.length);
  if (core === '') return cellText(text);
  const escaped = cellText(core);
  const prev = lead !== '' ? ' ' : before;
  const next = trail !== '' ? ' ' : after;
  const delimited = opens(prev, escaped[0]!) && closes(escaped.at(-1)!, next);
  const body = delimited ? `${DELIMITER[kind]}${escaped}${DELIMITER[kind]}` : `<${TAG[kind]}>${escaped}</${TAG[kind]}>`;
  return lead === '' && trail === '' ? body : cellText(lead) + body + cellText(trail);
}

/** False for a code unit that \s never matches; true for every one it may (NaN, past the end, included). */
function maySpace(code: number): boolean {
  return !(code > 0x20) || code === 0xa0 || (code >= 0x1680 && code <= 0x3000) || code === 0xfeff;
}

const WHITESPACE = /^\s$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const KNOWN = 1;
const SPACE = 2;
const PUNCT = 4;
/** What each UTF-16 code unit is, found once (a build asks about the same few some 100,000 times): 0 until asked. */
const classes = new Uint8Array(0x10000);

function classOf(char: string): number {
  const code = char.charCodeAt(0);
  let known = classes[code]!;
  if (known === 0) classes[code] = known = KNOWN | (WHITESPACE.test(char) ? SPACE : 0) | (PUNCTUATION.test(char) ? PUNCT : 0);
  return known;
}

/** A left-flanking delimiter run: not followed by whitespace, nor by punctuation unless preceded by whitespace or punctuation. */
function opens(before: string, first: string): boolean {
  const next = classOf(first);
  if (next & SPACE) return false;
  return !(next & PUNCT) || (classOf(before) & (SPACE | PUNCT)) !== 0;
}

function closes(last: string, after: string): boolean {
  const previous = classOf(last);
  if (previous & SPACE) return false;
  return !(previous & PUNCT) || (classOf(after) & (SPACE | PUNCT)) !== 0;
}

/** The last character of text written so far, as the next mark sees it ('' at the start: whitespace). */
export function lastChar(text: string): string {
  return text === '' ? ' ' : text.at(-1)!;
}

export function firstChar(text: string): string {
  return text === '' ? ' ' : text[0]!;
}
