// Word-level diff of one clause's text, before and after. One algorithm
// (jsdiff's); the granularity is only a tokeniser: Latin words and numbers
// are tokens, every CJK character is one. Changes separated by one or two
// CJK characters are merged, so 三十日 → 十五日 reads as one change rather
// than [-三-]十{+五+}. Never handed more than one clause (GUIDE: whole
// documents make both the segmenter and the diff blow up).
import { diffArrays } from 'diff';
import { commonPrefixLength, commonSuffixLength, onlyHan } from '../text/strings.js';

export type DiffKind = 'equal' | 'delete' | 'insert';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

// A number with its decimal point or thousands commas is one token: 18.9 → 19.5 is not 1~~8~~**9**.~~9~~**5**.
const TOKEN = /\d+(?:[.,]\d+)+|[A-Za-z0-9\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\s+|[\s\S]/gu;
const WORD = /\w/u;

/** Whether the character at i is inside a word or a number (the point of 18.9, the comma of 1,000). */
function inWord(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  return WORD.test(ch) || ((ch === '.' || ch === ',') && /\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? ''));
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return trimmedDiff(before, after, true);
}

/** The same diff with every middle handed to jsdiff: what the shortcuts must agree with (for tests). */
export function wordDiffByLibrary(before: string, after: string): DiffPart[] {
  return trimmedDiff(before, after, false);
}

function trimmedDiff(before: string, after: string, shortcuts: boolean): DiffPart[] {
  if (before === after) return before ? [{ kind: 'equal', text: before }] : [];
  // Most edits touch a small part of a clause: diff only what lies between the common ends.
  let head = commonPrefixLength(before, after);
  let tail = commonSuffixLength(before, after, head);
  // Never cut a character outside the BMP (𠀀) in two.
  if (head > 0 && isHighSurrogate(before.charCodeAt(head - 1))) head--;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  // Keep whole Latin words on both sides of the cut.
  while (head > 0 && inWord(before, head - 1) && (inWord(before, head) || inWord(after, head))) head--;
  while (tail > 0 && inWord(before, before.length - tail) && (inWord(before, before.length - tail - 1) || inWord(after, after.length - tail - 1))) tail--;
  const parts: DiffPart[] = [];
  if (head > 0) parts.push({ kind: 'equal', text: before.slice(0, head) });
  parts.push(...middle(before.slice(head, before.length - tail), after.slice(head, after.length - tail), shortcuts));
  if (tail > 0) parts.push({ kind: 'equal', text: before.slice(before.length - tail) });
  return coalesce(parts);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function middle(before: string, after: string, shortcuts: boolean): DiffPart[] {
  // A pure insertion or deletion needs no diff.
  if (shortcuts && (before === '' || after === '')) return replaced(before, after);
  const a = tokenize(before);
  const b = tokenize(after);
  // No token in common: all a diff could say is "this replaced by that".
  if (shortcuts && disjoint(a, b)) return replaced(before, after);
  const changes = diffArrays(a, b, { timeout: 200, maxEditLength: 5000 });
  if (!changes) return replaced(before, after);
  const parts: DiffPart[] = changes.map((change) => ({
    kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
  }));
  return mergeShortEqualities(coalesce(parts));
}

function disjoint(a: readonly string[], b: readonly string[]): boolean {
  if (a.length * b.length <= 64) return !a.some((token) => b.includes(token));
  const seen = new Set(a);
  return !b.some((token) => seen.has(token));
}

function replaced(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  if (before) parts.push({ kind: 'delete', text: before });
  if (after) parts.push({ kind: 'insert', text: after });
  return parts;
}

/** [-a-] 十 [+b+] with a one- or two-character CJK equality between two changes reads as one change. */
function mergeShortEqualities(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const prevChange = out.length > 0 && out.at(-1)!.kind !== 'equal';
    const nextChange = i + 1 < parts.length && parts[i + 1]!.kind !== 'equal';
    if (part.kind === 'equal' && prevChange && nextChange && part.text.length <= 2 && onlyHan(part.text)) {
      out.push({ kind: 'delete', text: part.text }, { kind: 'insert', text: part.text });
    } else {
      out.push(part);
    }
  }
  return coalesce(out);
}

/** Adjacent parts of one kind joined; within a run of changes, deletions first. */
function coalesce(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ kind: 'delete', text: deleted });
    if (inserted) out.push({ kind: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const part of parts) {
    if (part.text === '') continue;
    if (part.kind === 'delete') deleted += part.text;
    else if (part.kind === 'insert') inserted += part.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.kind === 'equal') last.text += part.text;
      else out.push({ ...part });
    }
  }
  flush();
  return out;
}
