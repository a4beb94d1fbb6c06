// Text as it goes into the PDF-ready outputs. The draft's own Markdown is
// spliced through unchanged (no re-serialising), except that a paragraph
// starting like a list item ("1. 深化…", "(a) In general") gets its marker
// escaped: pandoc would otherwise renumber the list it makes of them.
const LIST_START = /^(\s*)(\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+|#)([.)])(?=\s|$)|^(\s*)\((\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+|@)\)(?=\s|$)|^(\s*)([-+*])(?=\s)|^(\s*)([>|%])/u;

/**
 * `<中华人民共和国建筑法>` (a title inside a title, as statutes write it) is an
 * HTML tag to pandoc, which drops it, name and all, from the PDF: the `<` is
 * escaped where a non-ASCII character follows it. (CommonMark needs no such
 * escape and reads `\<` as `<` too.)
 */
export function literalAngles(text: string): string {
  return text.includes('<') ? text.replace(/(?<!\\)<(?=[^\u0000-\u007f])/gu, '\\<') : text;
}

/** LIST_START at the start of any line: one search decides whether a paragraph has a line to escape. */
const ANY_LIST_START = new RegExp(LIST_START.source, 'mu');

export function protectParagraph(text: string): string {
  if (/^(\||```|~~~|<!--)/u.test(text)) return text;
  // (Most paragraphs have none: then no split, no new string.)
  if (!ANY_LIST_START.test(text)) return text;
  return text
    .split('\n')
    .map((line) =>
      line.replace(LIST_START, (...m: string[]) => {
        if (m[2] !== undefined) return `${m[1]}${m[2]}\\${m[3]}`;
        if (m[5] !== undefined) return `${m[4]}\\(${m[5]})`;
        if (m[7] !== undefined) return `${m[6]}\\${m[7]}`;
        return `${m[8]}\\${m[9]}`;
      }),
    )
    .join('\n');
}

/**
 * A draft's text with its hard breaks (a backslash ending a line: a table of
 * contents' lines) as plain line breaks, for a table cell or a marked span,
 * where cellText writes a line break as <br> and would show the backslash.
 */
export function draftLineBreaks(text: string): string {
  return text.includes('\\\n') ? text.replaceAll('\\\n', '\n') : text;
}

// Controls and bidi overrides from a comment would reach whoever reads the
// Markdown (a PR page, a terminal): they are shown as visible escapes.
// (Each of cellText's escapes below, found in one pass: a build escapes every clause it shows three times over.)
const CELL_SPECIAL = /\r\n|[&<>\\`*_[\]#|~^$@\n\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const CELL_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\n': '<br>', '\r\n': '<br>' };

function cellEscape(special: string): string {
  const named = CELL_ESCAPES[special];
  if (named !== undefined) return named;
  const code = special.charCodeAt(0);
  // Controls and bidi marks as \u{…}; Markdown's own characters behind a backslash.
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code > 0xff ? `\\u{${code.toString(16)}}` : `\\${special}`;
}

/**
 * Text for a table cell or an inline span: nothing in it can break the table,
 * add markup, raw HTML or a link whose text hides its target. (A bare URL stays
 * its own visible text.)
 */
export function cellText(text: string): string {
  // Most clauses and comments have nothing to escape: one search, no new string.
  CELL_SPECIAL.lastIndex = 0;
  if (!CELL_SPECIAL.test(text)) return text;
  return text.replace(CELL_SPECIAL, cellEscape);
}
