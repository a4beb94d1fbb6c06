// The passage nearest to words quoted from a unit that does not hold them: a
// hint for the clerk's message (网络办公 quoted, 网络化办公 written), never an
// edit. "Near" is one of two things:
// - a quote abbreviated in its middle (“加快……步伐”, "the Secretary ... shall"):
//   the shortest passage of one text that starts with the words before the
//   ellipsis and ends with those after it;
// - any other quote of MIN_LENGTH characters or more: a passage at an edit
//   distance of at most a quarter of the quote's length (at least 1).
// Texts are searched only where they hold a piece of the quote as written (a
// passage within d edits of the quote holds one of any d + 1 pieces of it
// unchanged), diff-match-patch's Bitap search finds the place in such a text,
// and its diff delimits the passage and measures the distance. The hint shown
// is that passage widened to the words its ends cut.
import DiffMatchPatch from 'diff-match-patch';

export interface NearestPassage {
  /** The passage, as the text writes it. */
  text: string;
  /** Which of the texts searched holds it, and where. */
  index: number;
  start: number;
}

/** Quotes shorter than this have too many near neighbours (开展 / 开放) to hint at one. */
const MIN_LENGTH = 3;
/** The share of a quote's characters that may differ in a passage near it. */
const NEAR = 0.25;
/** Longer quotes are rewrites, not slips: no hint is looked for. */
const MAX_LENGTH = 1000;
/** The words before and after an ellipsis must each say this much to name a passage. */
const MIN_PART = 2;
/** How many characters of text are searched closely, those holding most pieces of the quote first. */
const SEARCHED = 20_000;
const ELLIPSIS = /\s*(?:……|…|。。。|\.\.\.)\s*/u;

// Made on first use, as the segmenter below: every command that places edits loads this module, and few
// ever search (constructing them at load cost a start some 10 ms, the segmenter most: ICU's word data).
let matcher: DiffMatchPatch | undefined;
function dmp(): DiffMatchPatch {
  if (matcher) return matcher;
  matcher = new DiffMatchPatch();
  // No time limit: the result must not depend on the machine's load (the note is written into the entry). Inputs are bounded (MAX_LENGTH).
  matcher.Diff_Timeout = 0;
  // Bitap only finds the place: the distance is measured on the diff afterwards.
  matcher.Match_Threshold = 0.4;
  matcher.Match_Distance = 1e9;
  return matcher;
}

/** The passage of `texts` nearest to a quote none of them holds, if one is near (see above). */
export function nearestPassage(quote: string, texts: readonly string[]): NearestPassage | undefined {
  const trimmed = quote.trim();
  if (trimmed.length < MIN_LENGTH || trimmed.length > MAX_LENGTH || texts.some((t) => t.includes(trimmed))) return undefined;
  const parts = trimmed.split(ELLIPSIS);
  if (parts.length === 2) return abbreviated(parts[0]!, parts[1]!, texts);
  if (parts.length > 2) return undefined;
  return similar(trimmed, texts);
}

/** “A……B”: the shortest passage from A to the next B, in the first text that has the shortest. */
function abbreviated(head: string, tail: string, texts: readonly string[]): NearestPassage | undefined {
  if (head.length < MIN_PART || tail.length < MIN_PART) return undefined;
  let best: NearestPassage | undefined;
  texts.forEach((text, index) => {
    let end = -1;
    for (let start = text.indexOf(head); start !== -1; start = text.indexOf(head, start + 1)) {
      // The next B after each A: never before the one found for the A before it.
      if (end < start + head.length) {
        const at = text.indexOf(tail, start + head.length);
        if (at === -1) return;
        end = at + tail.length;
      }
      if (!best || end - start < best.text.length) best = { text: text.slice(start, end), index, start };
    }
  });
  return best;
}

function similar(quote: string, texts: readonly string[]): NearestPassage | undefined {
  const allowed = Math.max(1, Math.floor(quote.length * NEAR));
  const pieces = piecesOf(quote, allowed + 1);
  // The texts holding most pieces first, and only so much of them (a short piece, 的, is everywhere).
  const candidates = piecesHeld(texts, pieces).sort((a, b) => b.held - a.held || a.index - b.index);
  let best: NearestPassage | undefined;
  let fewest = allowed + 1;
  let searched = 0;
  for (const { index, held, guess } of candidates) {
    // A passage `e` edits from the quote holds all its pieces but at most `e`: a text holding fewer has none nearer than the best.
    if (held < pieces.length - (fewest - 1) || searched > SEARCHED) break;
    searched += texts[index]!.length;
    const found = placeIn(texts[index]!, quote, guess, allowed);
    if (found && found.distance < fewest) {
      best = { text: found.text, index, start: found.start };
      fewest = found.distance;
      // No passage is nearer than one edit (the quote itself is in no text).
      if (fewest === 1) break;
    }
  }
  return best;
}

interface Candidate {
  index: number;
  /** How many of the pieces the text holds. */
  held: number;
  /** Where the first of them puts the quote's start. */
  guess: number;
}

/** The texts holding any of the pieces: one string searched once per piece, rather than each text once per piece. */
function piecesHeld(texts: readonly string[], pieces: ReadonlyArray<{ text: string; offset: number }>): Candidate[] {
  const starts: number[] = [];
  let length = 0;
  for (const text of texts) {
    starts.push(length);
    length += text.length + 1;
  }
  const joined = texts.join('\u0000');
  const found = new Map<number, Candidate>();
  for (const piece of pieces) {
    for (let at = joined.indexOf(piece.text); at !== -1; ) {
      const index = textAt(starts, at);
      const candidate = found.get(index);
      if (candidate) candidate.held++;
      else found.set(index, { index, held: 1, guess: at - starts[index]! - piece.offset });
      // Once per text: on from the next one.
      at = index + 1 < starts.length ? joined.indexOf(piece.text, starts[index + 1]) : -1;
    }
  }
  return [...found.values()];
}

/** The index of the text that the joined string's offset falls in. */
function textAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The quote cut into `count` pieces of nearly equal length, each with its offset. */
function piecesOf(quote: string, count: number): Array<{ text: string; offset: number }> {
  const pieces: Array<{ text: string; offset: number }> = [];
  for (let k = 0; k < count; k++) {
    const offset = Math.floor((k * quote.length) / count);
    pieces.push({ text: quote.slice(offset, Math.floor(((k + 1) * quote.length) / count)), offset });
  }
  return pieces.filter((p) => p.text !== '');
}

/** Where in the text the quote nearly stands (Bitap, from a guess), the passage there and its edit distance. */
function placeIn(text: string, quote: string, guess: number, allowed: number): { text: string; start: number; distance: number } | undefined {
  const bits = dmp().Match_MaxBits;
  const loc = Math.min(Math.max(0, guess), text.length);
  const starts = [dmp().match_main(text, quote.slice(0, bits), loc)];
  // A long quote is placed by its closing words too: its opening may stand in the text more than once, or stray.
  if (quote.length > bits) {
    const end = dmp().match_main(text, quote.slice(-bits), Math.min(text.length, loc + quote.length - bits));
    if (end !== -1) starts.push(Math.max(0, end - (quote.length - bits)));
  }
  let best: { start: number; end: number; distance: number } | undefined;
  for (const at of new Set(starts)) {
    const found = at === -1 ? undefined : measured(text, quote, at, allowed);
    if (found && (!best || found.distance < best.distance)) best = found;
  }
  if (!best) return undefined;
  const words = wholeWords(text, best.start, best.end, allowed);
  return { text: text.slice(words.start, words.end), start: words.start, distance: best.distance };
}

/** The passage the quote aligns with around a place in the text, and its edit distance from the quote. */
function measured(text: string, quote: string, at: number, allowed: number): { start: number; end: number; distance: number } | undefined {
  const from = Math.max(0, at - allowed);
  const region = text.slice(from, at + quote.length + allowed);
  const span = aligned(dmp().diff_main(quote, region, false), region.length);
  if (!span) return undefined;
  const distance = dmp().diff_levenshtein(dmp().diff_main(quote, region.slice(span.start, span.end), false));
  return { start: from + span.start, end: from + span.end, distance };
}

let segmenter: Intl.Segmenter | undefined;
/** Characters read past the widening's reach, to see where the words there end. */
const WORD_CONTEXT = 8;

/**
 * The passage widened to the words its ends cut (社会保障体 of 社会保障体系, as
 * Intl.Segmenter reads words), so that a hint does not end in the middle of
 * one; by no more characters at either end than the edits the quote was
 * allowed (“q o” is not widened to “Committee on”). Only the passage's
 * surroundings are segmented: the segmenter is slow on long texts.
 */
function wholeWords(text: string, start: number, end: number, allowed: number): { start: number; end: number } {
  const from = Math.max(0, start - allowed - WORD_CONTEXT);
  const to = Math.min(text.length, end + allowed + WORD_CONTEXT);
  const wide = { start, end };
  for (const { segment, index, isWordLike } of (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text.slice(from, to))) {
    const [a, b] = [from + index, from + index + segment.length];
    if (!isWordLike) continue;
    if (a < start && start < b && a >= start - allowed) wide.start = a;
    if (a < end && end < b && b <= end + allowed) wide.end = b;
  }
  return wide;
}

/**
 * The part of the region the quote is aligned with: what the region has
 * before the quote's first matching character and after its last is left out,
 * except as many characters as the quote has there (those replace them).
 */
function aligned(diffs: DiffMatchPatch.Diff[], length: number): { start: number; end: number } | undefined {
  const first = diffs.findIndex(([op]) => op === DiffMatchPatch.DIFF_EQUAL);
  if (first === -1) return undefined;
  let last = diffs.length - 1;
  while (diffs[last]![0] !== DiffMatchPatch.DIFF_EQUAL) last--;
  const extra = (part: DiffMatchPatch.Diff[]) => {
    let inserted = 0;
    let deleted = 0;
    for (const [op, words] of part) {
      if (op === DiffMatchPatch.DIFF_INSERT) inserted += words.length;
      else deleted += words.length;
    }
    return inserted - Math.min(inserted, deleted);
  };
  return { start: extra(diffs.slice(0, first)), end: length - extra(diffs.slice(last + 1)) };
}
