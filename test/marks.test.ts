// Change marks (src/core/revision/marks.ts) skip their whitespace patterns
// when neither end of the text can be whitespace: on any text, and any
// characters around it, they must write what the patterns would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bold, struck } from '../src/core/revision/marks.js';
import { cellText } from '../src/core/text/markdown.js';

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
