// The usual diff, a draft against its next version, without reading what did
// not change. When both files are laid out as `redline fmt` writes them (for
// every clause an ID line, the clause's lines, an empty line) and hold the
// same clause IDs in the same order, the two files are compared as bytes, a
// long stretch at a time (native comparisons), and only the clauses where
// they differ are decoded and diffed. Where clauses were added, removed or
// moved, every clause of both is paired by ID, still read only where its
// bytes differ. Anything else (another layout, quoted text, a problem to
// report) gives null, and the full reading decides (version.ts). Both give
// the same diff (test/diff-skim.test.ts).
import { introduces, INTRODUCING } from '../draft/clause.js';
import type { Block } from '../draft/clause.js';
import { frontMatterSpan, isIdLine, plainBlock } from '../draft/lines.js';
import { plainMeta } from '../draft/meta.js';
import { mergeConflict } from '../merge-conflict.js';
import { BlockClause, diffClauses, pairedChange, type ClauseDiff } from './draft-diff.js';

/** One file: its bytes, and the same bytes as a string of one character per byte (UTF-8 passes through unchanged). */
interface Bytes {
  raw: Buffer;
  text: string;
}

/** A unit of a file: an ID line, the clause's lines (from `lines` to `linesEnd`), empty lines; `next` is where the next starts. */
interface Unit {
  lines: number;
  linesEnd: number;
  next: number;
}

export function skimDiff(before: Uint8Array, after: Uint8Array): ClauseDiff[] | null {
  const a = bytesOf(before);
  const b = bytesOf(after);
  // A side git left mid-merge reads here as plain clauses, markers and all: the full reading refuses it, naming the first marker's line.
  if (mergeConflict(a.text, '') || mergeConflict(b.text, '')) return null;
  const startA = bodyStart(a);
  if (startA === null || !plainThroughout(a, startA)) return null;
  // The same front matter need not be read twice.
  const startB = b.text.startsWith(a.text.slice(0, startA)) ? startA : bodyStart(b);
  if (startB === null) return null;

  const changes: ClauseDiff[] = [];
  const unitA: Unit = { lines: 0, linesEnd: 0, next: 0 };
  const unitB: Unit = { lines: 0, linesEnd: 0, next: 0 };
  let p = startA;
  let q = startB;
  // Not the same IDs in the same order: every clause of both, paired by ID.
  const byId = () => {
    const olds: BlockClause[] = [];
    const news: BlockClause[] = [];
    return plainThroughout(a, startA, olds) && plainThroughout(b, startB, news) ? diffClauses(olds, news) : null;
  };
  const done = () => (p === a.text.length && q === b.text.length ? changes : byId());
  for (;;) {
    if (p === a.text.length || q === b.text.length) return done();
    // Skip the stretch both surely share, to the start of the unit it ends in (units are parted by empty lines, never inside).
    const same = sharedLength(a.text, p, b.text, q);
    const unit = Math.max(p, a.text.lastIndexOf('\n\n<!-- #', p + same - 2) + 2);
    q += unit - p;
    p = unit;
    // Then unit by unit to the first that differs. The old side's units are all plain: one of the new side's with the same bytes is the same unit.
    let endA = unitEnd(a.text, p);
    while (a.text.slice(p, endA) === b.text.slice(q, q + endA - p)) {
      q += endA - p;
      p = endA;
      if (p === a.text.length || q === b.text.length) return done();
      endA = unitEnd(a.text, p);
    }
    // The same ID line on both sides, or the two lists of IDs are not the same.
    const idEnd = a.text.indexOf('\n', p) + 1;
    if (!readUnit(b, q, unitB) || !b.text.startsWith(a.text.slice(p, idEnd), q)) return byId();
    readUnit(a, p, unitA);
    const now = unitClause(b, q, unitB);
    if (introduces(now.full)) return null;
    const change = pairedChange(unitClause(a, p, unitA), now, false);
    if (change) changes.push(change);
    p = unitA.next;
    q = unitB.next;
  }
}

/** Where the unit at pos ends, in a text of plain units only. */
function unitEnd(text: string, pos: number): number {
  const next = text.indexOf('\n\n<!-- #', pos);
  return next === -1 ? text.length : next + 2;
}

function bytesOf(bytes: Uint8Array): Bytes {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { raw, text: raw.toString('latin1') };
}

/**
 * Where the first clause's ID line starts, after a plain front matter (see
 * plainMeta) and empty lines only: null where the file has anything else
 * there, a byte order mark or a carriage return.
 */
function bodyStart({ raw, text }: Bytes): number | null {
  if (text.startsWith('\xEF\xBB\xBF') || text.includes('\r')) return null;
  const first = text.indexOf('\n<!-- #');
  if (first === -1) return null;
  const head = raw.toString('utf8', 0, first + 1);
  const span = frontMatterSpan(head);
  if (typeof span === 'string' || plainMeta(span.source) === null || !/^\n*$/u.test(head.slice(span.body.pos))) return null;
  return first + 1;
}

/** An ID line as fmt writes it. */
const ID_LINE = /<!-- #[A-Za-z][A-Za-z0-9_-]{0,31} -->\n/y;
/** What a clause's line cannot start with to be read alone: white space (as UTF-8, which trim would take off), a fence. */
const NOT_PLAIN = /[\t\n\v\f\r `~]|\xC2\xA0|\xE1\x9A\x80|\xE2\x80[\x80-\x8A\xA8\xA9\xAF]|\xE2\x81\x9F|\xE3\x80\x80|\xEF\xBB\xBF/y;

/** First bytes of a line that NOT_PLAIN cannot match and that open no comment ("<"): every byte but those. */
const PLAIN_START = new Uint8Array(256).fill(1);
for (const byte of [...'\t\n\v\f\r `~<'].map((c) => c.charCodeAt(0)).concat([0xc2, 0xe1, 0xe2, 0xe3, 0xef])) PLAIN_START[byte] = 0;

/**
 * Reads the unit at pos into `unit`: false where the text there is not one.
 * Its lines are read as readBlock reads a clause's: none blank, none an ID
 * line or a fence, none that trim would shorten at its start; a heading is
 * its one line.
 */
function readUnit(bytes: Bytes, pos: number, unit: Unit): boolean {
  const { text } = bytes;
  ID_LINE.lastIndex = pos;
  if (!ID_LINE.test(text)) return false;
  unit.lines = ID_LINE.lastIndex;
  const heading = text.charCodeAt(unit.lines) === 0x23;
  for (let line = unit.lines; ; ) {
    if (!plainLine(bytes, line)) return false;
    const end = text.indexOf('\n', line);
    unit.linesEnd = end === -1 ? text.length : end;
    if (end === -1 || end + 1 === text.length) {
      unit.next = text.length;
      return true;
    }
    line = end + 1;
    if (text.charCodeAt(line) === 10) {
      while (line < text.length && text.charCodeAt(line) === 10) line++;
      unit.next = line;
      return true;
    }
    // A heading takes one line: the next would be a clause without an ID.
    if (heading) return false;
  }
}

function plainLine({ raw, text }: Bytes, line: number): boolean {
  // Most lines start with a byte that no white space, fence or comment starts with ("第", "**"): no search then.
  if (PLAIN_START[text.charCodeAt(line)] === 1) return true;
  NOT_PLAIN.lastIndex = line;
  if (line >= text.length || NOT_PLAIN.test(text)) return false;
  if (!text.startsWith('<!--', line)) return true;
  const end = text.indexOf('\n', line);
  // An ID line, or one meant as an ID line that is none (<!-- #c5 --> x, which the full reading refuses).
  const lineText = raw.toString('utf8', line, end === -1 ? text.length : end);
  return !isIdLine(lineText) && !MEANT_AS_ID.test(lineText);
}

const MEANT_AS_ID = /^<!--\s*#/u;

/**
 * Whether the text from pos on is plain units only, with no ID twice and no
 * clause that may introduce quoted text: then any unit of it reads alone.
 */
function plainThroughout(bytes: Bytes, pos: number, clauses?: BlockClause[]): boolean {
  const { text } = bytes;
  const ids = new Set<string>();
  const unit: Unit = { lines: 0, linesEnd: 0, next: 0 };
  while (pos < text.length) {
    if (!readUnit(bytes, pos, unit)) return false;
    const id = text.slice(pos + '<!-- #'.length, unit.lines - ' -->\n'.length);
    if (ids.has(id) || mayIntroduce(bytes, unit)) return false;
    ids.add(id);
    clauses?.push(new BlockClause(id, clauses.length, new UnitBlock(bytes, unit.lines, unit.linesEnd), text.slice(unit.lines, unit.linesEnd)));
    pos = unit.next;
  }
  return true;
}

/** The bytes of a colon after each phrase that introduces quoted text (see introduces). */
const INTRODUCING_ENDS = INTRODUCING.flatMap((phrase) => [`${phrase}:`, `${phrase}：`]).map(latin1);
const COLON = latin1('：');
const PERIOD = latin1('。');
/** Unicode's white space of three bytes, which trimEnd takes off a line as it does ASCII's (and U+00A0, two). */
const WIDE_SPACES = new Set(['\u1680', ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)), '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'].map(latin1));

/** Whether the unit's clause may introduce quoted text: a heading with a colon, or a last line ending in one of the phrases. */
function mayIntroduce({ raw, text }: Bytes, { lines, linesEnd }: Unit): boolean {
  if (text.charCodeAt(lines) === 0x23) {
    // A heading's text is what its pattern leaves of the line: read it where the line has a colon at all.
    const bytes = text.slice(lines, linesEnd);
    return (bytes.includes(':') || bytes.includes(COLON)) && introduces(plainBlock(raw.toString('utf8', lines, linesEnd)).source);
  }
  let end = linesEnd;
  // Most lines end in neither a colon nor white space ("。", "；"): one look at their last byte.
  if (!MAY_END.has(text.charCodeAt(end - 1)) || text.endsWith(PERIOD, end)) return false;
  for (let space = trailingSpace(text, end); space > 0; space = trailingSpace(text, end)) end -= space;
  const last = text.charCodeAt(end - 1);
  return (last === 0x3a || last === 0x9a) && INTRODUCING_ENDS.some((ending) => text.endsWith(ending, end));
}

/** The last bytes of a colon (":", "：") and of white space (ASCII's, and Unicode's as UTF-8). */
const MAY_END = new Set([0x3a, 0x9a, 0x09, 0x0b, 0x0c, 0x20, 0xa0, 0xa8, 0xa9, 0xaf, 0x9f, 0xbf, ...Array.from({ length: 11 }, (_, i) => 0x80 + i)]);

/** How many bytes the white space character that ends at `end` takes (0: none there). */
function trailingSpace(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (last === 0x20 || last === 0x09 || last === 0x0b || last === 0x0c) return 1;
  if (last < 0x80) return 0;
  if (last === 0xa0 && text.charCodeAt(end - 2) === 0xc2) return 2;
  return end >= 3 && WIDE_SPACES.has(text.slice(end - 3, end)) ? 3 : 0;
}

/** A text's UTF-8 bytes, one character each. */
function latin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The clause of a unit: its ID, and its lines decoded as readBlock reads them. */
function unitClause(bytes: Bytes, pos: number, { lines, linesEnd }: Unit): BlockClause {
  // Nothing moved: the index is never asked for.
  return new BlockClause(bytes.text.slice(pos + '<!-- #'.length, lines - ' -->\n'.length), -1, blockOf(bytes, lines, linesEnd));
}

function blockOf({ raw }: Bytes, lines: number, linesEnd: number): Pick<Block, 'heading' | 'source'> {
  const decoded = raw.toString('utf8', lines, linesEnd);
  return decoded.includes('\n') ? { heading: null, source: decoded.split('\n').map((line) => line.trimEnd()).join('\n') } : plainBlock(decoded);
}

/** A unit's block, decoded when first asked for. */
class UnitBlock implements Pick<Block, 'heading' | 'source'> {
  #block: Pick<Block, 'heading' | 'source'> | undefined;

  constructor(
    private readonly bytes: Bytes,
    private readonly lines: number,
    private readonly linesEnd: number,
  ) {}

  get heading(): number | null {
    return this.#read().heading;
  }

  get source(): string {
    return this.#read().source;
  }

  #read(): Pick<Block, 'heading' | 'source'> {
    this.#block ??= blockOf(this.bytes, this.lines, this.linesEnd);
    return this.#block;
  }
}

/**
 * How far a (from p) and b (from q) surely are the same, one native
 * comparison a step: stretches that double while they match, then halved
 * until the first difference lies within a few hundred characters (a unit
 * or two) of the answer.
 */
function sharedLength(a: string, p: number, b: string, q: number): number {
  // Two slices compared whole: a native memory comparison, several times faster than startsWith.
  const equal = (from: number, to: number) => a.slice(p + from, p + to) === b.slice(q + from, q + to);
  const limit = Math.min(a.length - p, b.length - q);
  let same = 0;
  for (let step = 1024; same < limit; step *= 2) {
    let upTo = Math.min(limit, same + step);
    if (equal(same, upTo)) {
      same = upTo;
      continue;
    }
    while (upTo - same > 256) {
      const mid = (same + upTo) >>> 1;
      if (equal(same, mid)) same = mid;
      else upTo = mid;
    }
    return same;
  }
  return same;
}
