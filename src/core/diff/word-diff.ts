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
  // Slid and merged with the common ends in view: they hold where a change reads best.
  return mergeShortEqualities(slide(coalesce(parts)));
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
  return coalesce(parts);
}

/** Characters a Chinese change may slide across: Han and the marks between items. */
const SLIDABLE = /^[\p{Script=Han}、，；：。]*$/u;
const SEPARATOR = /[、，；：。]/u;

/**
 * A change that could stand in several places (书记{+员、司法技术人+}员 is also
 * 书记员、{+司法技术人员、+}) is put where it reads as a drafter's: after a
 * separator, ending with one. Chinese only: a Latin change is whole words
 * already. Without this, the one or two characters left between two changes
 * were merged into them: ~~书记~~**法官助理、书记员、司法技术人**员.
 */
function slide(parts: DiffPart[]): DiffPart[] {
  for (let i = 1; i + 1 < parts.length; i++) {
    const [l, x, r] = [parts[i - 1]!, parts[i]!, parts[i + 1]!];
    if (l.kind !== 'equal' || r.kind !== 'equal' || x.kind === 'equal') continue;
    const whole = l.text + x.text + r.text;
    const [at, size] = [l.text.length, x.text.length];
    let left = 0;
    while (at - left - 1 >= 0 && whole[at - left - 1] === whole[at + size - left - 1]) left++;
    let right = 0;
    while (at + size + right < whole.length && whole[at + right] === whole[at + size + right]) right++;
    if (left + right === 0 || !SLIDABLE.test(whole.slice(at - left, at)) || !SLIDABLE.test(whole.slice(at + size, at + size + right))) continue;
    let best = 0;
    for (let o = -left; o <= right; o++) if (boundaryScore(whole, at + o, size) > boundaryScore(whole, at + best, size)) best = o;
    if (best === 0) continue;
    l.text = whole.slice(0, at + best);
    x.text = whole.slice(at + best, at + best + size);
    r.text = whole.slice(at + best + size);
  }
  return parts.filter((p) => p.text !== '');
}

/** How well a change of `size` characters at `start` sits: after a separator, ending with one, starting with one. */
function boundaryScore(whole: string, start: number, size: number): number {
  const mark = (i: number) => SEPARATOR.test(whole[i] ?? '');
  return (mark(start - 1) ? 3 : 0) + (mark(start + size - 1) ? 2 : 0) + (mark(start) ? 1 : 0);
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
