// Reading input files: only ordinary files of a sane size (a FIFO or a device
// would block or never end), only UTF-8 that decodes exactly (a GBK byte is an
// error at its line and column, never a silent U+FFFD that a rewrite would
// make permanent), and line endings remembered so that a rewrite keeps them.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { InputError, problem } from '../core/problem.js';
import { firstUndecodable, hexByte } from '../core/text/undecodable.js';
import { isWithin } from './atomic-write.js';
import { fileSystemError } from './fs-errors.js';
import { UsageError } from './report.js';

/** Larger inputs are refused: the largest real draft (a civil code) is about 0.3 MB. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface ReadOptions {
  /** Refuse a file that is (through symbolic links) outside this folder. */
  within?: string;
}

/** The bytes of an ordinary file; never blocks on a FIFO and never reads a device. */
export function readInputBytes(path: string, display: string, options: ReadOptions = {}): Buffer {
  if (options.within !== undefined && isSymbolicLink(path) && !isWithin(path, options.within)) {
    throw new UsageError(`refusing to read ${display}: it is a symbolic link to a place outside the workspace`);
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw fileSystemError(error, 'read', display);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`cannot read ${display}: it is ${kindOf(stat)}, not an ordinary file`);
    if (stat.size > MAX_INPUT_BYTES) {
      throw new UsageError(`cannot read ${display}: it is ${(stat.size / 1024 / 1024).toFixed(0)} MB; redline reads files up to ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw fileSystemError(error, 'read', display);
  } finally {
    closeSync(fd);
  }
}

/** A UTF-8 text file (drafts, entries, settings): invalid bytes are an error at their place. */
export function readTextFile(path: string, display: string, options: ReadOptions = {}): string {
  return decodeUtf8(readInputBytes(path, display, options), display);
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  // isUtf8 (simdutf) is several times faster than a fatal TextDecoder; a build reads thousands of entries.
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const { byte, line, column } = firstUndecodable(bytes, 'utf-8')!;
  throw new InputError(
    problem(
      `not valid UTF-8 (byte 0x${hexByte(byte)}); redline reads drafts and entries as UTF-8 and changes no file it cannot decode: convert it (e.g. \`iconv -f GB18030 -t UTF-8\`)`,
      { file, line, column, rule: 'encoding' },
    ),
  );
}

/**
 * `text` written the way `original` was: its line ending (the first line's)
 * and its byte order mark, so that a rewrite changes only what it means to.
 */
export function inStyleOf(original: string, text: string): string {
  const newline = original.indexOf('\n');
  const crlf = newline > 0 && original[newline - 1] === '\r';
  const body = crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return original.startsWith('\uFEFF') && !body.startsWith('\uFEFF') ? `\uFEFF${body}` : body;
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  } catch {
    return false; // the open below reports what is wrong with the path
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}
