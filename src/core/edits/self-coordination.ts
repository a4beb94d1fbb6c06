// A change that makes a term coordinated with itself: 全文“股东大会”改为
// “股东会” turns 股东会或者股东大会决议 into 股东会或者股东会决议, which a
// drafter must then say once. Found in the text a clause's changes leave, and
// only where the changes made it so: a repeat the text had there before
// (当事人或者当事人的成年家属, also once a change makes it 诉讼当事人或者诉讼当事人
// 的成年家属), a doubled word (年年, 人人) or new words that only begin or end
// with the term (股东或者董事会 made 股东或者股东会: 股东会 is not 股东) are none.
import { applyChanges, type Change } from './plan.js';

export interface SelfCoordination {
  /** The term named twice: 股东会. */
  term: string;
  /** The words as the changed text reads: 股东会或者股东会. */
  phrase: string;
}

// Two to twelve Han characters, a coordinating word or 、, the same characters again (the longest first).
const COORDINATED = /(\p{Script=Han}{2,12})(以及|或者|或是|、|和|与|及|或|暨)\1/gu;
const HAN = /\p{Script=Han}/u;
/** The coordinating words of COORDINATED, and the characters they begin with. */
const CONNECTORS = ['以及', '或者', '或是', '、', '和', '与', '及', '或', '暨'];
const CONNECTOR_STARTS = new Set(CONNECTORS.map((k) => k[0]!));
/** The longest term COORDINATED reads. */
const TERM = 12;

function hasConnector(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (CONNECTOR_STARTS.has(text[i]!)) return true;
  return false;
}

/** The terms these changes coordinate with themselves in this text, each once per place. */
export function selfCoordinations(text: string, given: readonly Change[]): SelfCoordination[] {
  const changes = given.map((change) => trimmed(text, change));
  // New words set off by punctuation at both ends, with no coordinating word in them (（修改）, ，并): no phrase runs
  // across them, and one beside them is made of old words standing together as before.
  if (changes.every((c) => c.text !== '' && !joining(c.text.charCodeAt(0), c.text[0]!) && !joining(c.text.charCodeAt(c.text.length - 1), c.text.at(-1)!) && !hasConnector(c.text))) return [];
  // One change (most edits): a phrase it touches has its coordinating word in the new words, or starting within a
  // term's length after them or a term and a two-character word's before, so with none there nothing is looked for.
  const [only] = changes;
  if (changes.length === 1 && !hasConnector(only!.text) && !hasConnector(text.slice(Math.max(0, only!.start - TERM - 2), only!.start)) && !hasConnector(text.slice(only!.end, only!.end + TERM))) return [];
  const after = applyChanges(text, changes);
  const regions = changedRegions(changes);
  // Only the stretches around the changes are read: a phrase the changes touch lies in them (propose asks for every edit).
  const places = stretchesAround(after, regions).flatMap(([start, end]) => phrasesIn(after, start, end));
  if (places.length === 0) return [];
  // Within one change's new words (a clause rewritten whole): new where the text has more of the phrase than it had.
  const counts = (phrases: ReadonlyArray<{ phrase: string }>) => phrases.reduce((n, p) => n.set(p.phrase, (n.get(p.phrase) ?? 0) + 1), new Map<string, number>());
  let fresh: Map<string, number> | undefined;
  const freshCounts = () => {
    const had = counts(phrasesIn(text));
    return new Map([...counts(phrasesIn(after))].map(([phrase, n]) => [phrase, n - (had.get(phrase) ?? 0)]));
  };
  const found: SelfCoordination[] = [];
  for (const place of places) {
    const touching = regions.filter((r) => r.start <= place.end && place.start <= r.end);
    if (touching.length === 0) continue;
    // New words that run on past the term (股东 of a new 股东会) name another term.
    const runsOn = (outside: number, inside: number) => HAN.test(after[outside] ?? '') && touching.some((r) => r.start <= Math.min(outside, inside) && Math.max(outside, inside) < r.end);
    if (runsOn(place.end, place.end - 1) || runsOn(place.start - 1, place.start)) continue;
    const first = { start: place.start, end: place.start + place.term.length };
    const second = { start: place.end - place.term.length, end: place.end };
    const within = touching.find((r) => r.start <= place.start && place.end <= r.end);
    if (within && within.before.start < within.before.end) {
      fresh ??= freshCounts();
      if ((fresh.get(place.phrase) ?? 0) <= 0) continue;
      fresh.set(place.phrase, fresh.get(place.phrase)! - 1);
    } else {
      // The two terms as the text read there before: the same words (当事人 of 诉讼当事人) were a repeat already.
      const was = (range: { start: number; end: number }) => text.slice(mapBack(regions, range.start, 'start'), mapBack(regions, range.end, 'end'));
      const one = was(first);
      if (one !== '' && one === was(second)) continue;
    }
    found.push({ term: place.term, phrase: place.phrase });
  }
  return found;
}

function phrasesIn(text: string, from = 0, to = text.length): Array<SelfCoordination & { start: number; end: number }> {
  const stretch = text.slice(from, to);
  // The pattern, with its back-reference, is tried only where the same words stand on both sides of a coordinating word.
  if (!mayRepeat(stretch)) return [];
  return [...stretch.matchAll(COORDINATED)].map((m) => ({ term: m[1]!, phrase: m[0], start: from + m.index, end: from + m.index + m[0].length }));
}

/**
 * The stretches of Han characters and 、 that hold the changed regions, merged:
 * no phrase runs past either end (every character of one is Han or 、), so
 * reading a stretch alone finds the phrases a reading of the whole text finds there.
 */
function stretchesAround(text: string, regions: readonly Region[]): Array<[number, number]> {
  const joins = (at: number) => at >= 0 && joining(text.charCodeAt(at), text[at] ?? '');
  const stretches: Array<[number, number]> = [];
  for (const r of regions) {
    let start = r.start;
    let end = r.end;
    while (joins(start - 1)) start--;
    while (joins(end)) end++;
    const last = stretches.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else stretches.push([start, end]);
  }
  return stretches;
}

interface Region {
  /** Where a change's new words stand in the changed text. */
  start: number;
  end: number;
  /** What they replace in the text (empty for an insertion). */
  before: { start: number; end: number };
}

/** Where the changes' new words stand in the changed text (a deletion: an empty region where it was). */
function changedRegions(changes: readonly Change[]): Region[] {
  let shift = 0;
  let at = 0;
  return [...changes]
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map((change) => {
      // (As applyChanges reads overlapping changes: the text of one already replaced is not taken twice.)
      const before = { start: Math.max(change.start, at), end: Math.max(change.end, at) };
      const start = before.start + shift;
      shift += change.text.length - (before.end - before.start);
      at = before.end;
      return { start, end: start + change.text.length, before };
    });
}

/** A place in the changed text as a place in the text: inside new words, where what they replace starts (or ends). */
function mapBack(regions: readonly Region[], at: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const r of regions) {
    if (side === 'start' ? at < r.start : at <= r.start) break;
    if (side === 'start' ? at < r.end : at <= r.end) return side === 'start' ? r.before.start : r.before.end;
    shift = r.before.end - r.end;
  }
  return at + shift;
}

/** Whether some two to twelve characters stand on both sides of a coordinating word: what a match of COORDINATED needs. */
function mayRepeat(text: string): boolean {
  for (let c = 1; c < text.length; c++) {
    if (!CONNECTOR_STARTS.has(text[c]!)) continue;
    for (const k of CONNECTORS) {
      if (!text.startsWith(k, c)) continue;
      const after = c + k.length;
      for (let length = 2; length <= TERM && length <= c && after + length <= text.length; length++) if (text.startsWith(text.slice(c - length, c), after)) return true;
    }
  }
  return false;
}

/**
 * A change without what its new words share with the old at either end: 约定不 →
 * 约定不（修改） adds words after 约定不, and leaves the 约定 of 约定或者约定 (there
 * before) as it was.
 */
function trimmed(text: string, change: Change): Change {
  const old = text.slice(change.start, change.end);
  let head = 0;
  while (head < old.length && head < change.text.length && old[head] === change.text[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < change.text.length - head && old[old.length - 1 - tail] === change.text[change.text.length - 1 - tail]) tail++;
  return head === 0 && tail === 0 ? change : { start: change.start + head, end: change.end - tail, text: change.text.slice(head, change.text.length - tail) };
}

/** Whether a character can stand in a phrase: Han, or 、 (half of a surrogate pair too: a Han character beyond the BMP is two code units; below U+2E80 nothing is Han). */
function joining(code: number, ch: string): boolean {
  if (!(code >= 0x2e80)) return false;
  return (code >= 0x4e00 && code <= 0x9fff) || code === 0x3001 || (code >= 0xd800 && code <= 0xdfff) || HAN.test(ch);
}
