// Where bytes stop being text: the line and column of the first byte that an
// encoding cannot read, for every refusal of undecodable input (workspace
// files, drafts and tables being imported), so that each names the place to
// mend rather than only the file.

export type Encoding = 'utf-8' | 'gb18030';

export interface Undecodable {
  /** The first byte of the sequence that cannot be read, and its offset. */
  byte: number;
  offset: number;
  /** 1-based, counted as an editor counts them: lines end at LF, CRLF or CR; columns are characters. */
  line: number;
  column: number;
}

/** The longest byte sequence of either encoding: where a sequence that fails can have started. */
const LONGEST_SEQUENCE = 4;

/** The first place where `bytes` do not decode in `encoding`; undefined when they all do. */
export function firstUndecodable(bytes: Uint8Array, encoding: Encoding): Undecodable | undefined {
  if (decodes(bytes, bytes.length, encoding, false)) return undefined;
  // A streaming decoder fails at the byte that makes the input invalid and holds back a sequence
  // cut short by the end, so "the first n bytes stream without error" is monotone: search for the
  // smallest n that fails. When none does, the input ends in the middle of a sequence.
  let low = 0;
  let high = bytes.length + 1;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (decodes(bytes, middle, encoding, true)) low = middle;
    else high = middle;
  }
  const failing = Math.min(low, bytes.length);
  // The sequence that fails began at the last place before it where the text so far is complete
  // (a lead byte followed by one that cannot follow it is the lead byte's fault, as U+FFFD would show).
  let start = failing;
  while (start > Math.max(0, failing - LONGEST_SEQUENCE) && !decodes(bytes, start, encoding, false)) start--;
  const before = new TextDecoder(encoding).decode(bytes.subarray(0, start));
  const lines = before.split(/\r\n?|\n/u);
  return { byte: bytes[start]!, offset: start, line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

function decodes(bytes: Uint8Array, length: number, encoding: Encoding, stream: boolean): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, length), { stream });
    return true;
  } catch {
    return false;
  }
}

/** A byte as messages show it: 0xFF. */
export function hexByte(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
