// Change marks (src/core/revision/marks.ts) skip their whitespace patterns
// when neither end of the text can be whitespace, and a paragraph's list
// markers are looked for line by line only where one search finds any: on any
// text, and any characters around it, they must write what the patterns would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bold, struck } from '../src/core/revision/marks.js';
import { cellText, protectParagraph } from '../src/core/text/markdown.js';

/** The marks as written before the shortcut: every pattern run every time. */
function reference(delimiter: string, tag: string, text: string, before: string, after: string): string {
  const lead = /^\s*/u.exec(text)![0];
  const trail = /\s*$/u.exec(text.slice(lead.length))![0];
  const core = text.slice(lead.length, text.length - trail.length);
  if (core === '') return cellText(text);
  const escaped = cellText(core);
  const flanking = (outside: string, inside: string) => !/^\s$/u.test(inside) && (!/^[\p{P}\p{S}]$/u.test(inside) || /^\s$/u.test(outside) || /^[\p{P}\p{S}]$/u.test(outside));
  const delimited = flanking(lead !== '' ? ' ' : before, escaped[0]!) && flanking(trail !== '' ? ' ' : after, escaped.at(-1)!);
  return cellText(lead) + (delimited ? `${delimiter}${escaped}${delimiter}` : `<${tag}>${escaped}</${tag}>`) + cellText(trail);
}

// Whitespace of every kind \s knows, punctuation, Han and Latin: what the ends of a change can hold.
const piece = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '（', '）', '。', '、', '“', '*', '~', '_', '[', '|', '<', 'a', 'Z', '1', '条', '款', '𠀀');
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const neighbour = fc.constantFrom(' ', '。', '（', '条', 'a', '~', '\u3000');

describe('change marks', () => {
  it('write what the whitespace patterns would, on any text between any characters', () => {
    fc.assert(
      fc.property(text, neighbour, neighbour, (t, before, after) => {
        expect(struck(t, before, after)).toBe(reference('~~', 'del', t, before, after));
        expect(bold(t, before, after)).toBe(reference('**', 'strong', t, before, after));
      }),
      { numRuns: 2000 },
    );
  });

  it('mark a change inside an article as GFM and pandoc both read it', () => {
    expect(struck('三十日', '于', '内')).toBe('~~三十日~~');
    expect(bold('（含附件）', '签', '。')).toBe('<strong>（含附件）</strong>');
    expect(bold(' 十五日 ', '于', '内')).toBe(' **十五日** ');
  });
});

/** A paragraph's list markers escaped as before the shortcut: every line searched. */
function protectedLines(text: string): string {
  if (/^(\||```|~~~|<!--)/u.test(text)) return text;
  const start = /^(\s*)(\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+|#)([.)])(?=\s|$)|^(\s*)\((\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+|@)\)(?=\s|$)|^(\s*)([-+*])(?=\s)|^(\s*)([>|%])/u;
  return text
    .split('\n')
    .map((line) => line.replace(start, (...m: string[]) => (m[2] !== undefined ? `${m[1]}${m[2]}\\${m[3]}` : m[5] !== undefined ? `${m[4]}\\(${m[5]})` : m[7] !== undefined ? `${m[6]}\\${m[7]}` : `${m[8]}\\${m[9]}`)))
    .join('\n');
}

// What a paragraph's lines start with in statutes, plans and bills, and what follows.
const lineStart = fc.constantFrom('', ' ', '\u3000\u3000', '1.', '18.', '1、', '(a)', '(iv)', '（一）', '-', '- ', '* ', '**第一条**', '#.', '> ', '|', '%', 'i)', 'A.', '5\\.');
const lineRest = fc.constantFrom('', ' 深化改革', '为了规范', ' In general', '。', ' ', '\n');
const paragraph = fc.array(fc.tuple(lineStart, lineRest), { maxLength: 6 }).map((lines) => lines.map(([a, b]) => a + b).join('\n'));

describe('list markers in a paragraph', () => {
  it('are escaped on every line where they start it, as a search of each line would, on any paragraph', () => {
    fc.assert(
      fc.property(paragraph, (p) => {
        expect(protectParagraph(p)).toBe(protectedLines(p));
      }),
      { numRuns: 3000 },
    );
  });

  it('a plan’s numbered paragraph and a bill’s lettered one keep their numbers; a Civil Code article is left as it is', () => {
    expect(protectParagraph('18. 建立健全\n(a) In general.—')).toBe('18\\. 建立健全\n\\(a) In general.—');
    expect(protectParagraph('**第一条** 为了保护民事主体的合法权益')).toBe('**第一条** 为了保护民事主体的合法权益');
  });
});
