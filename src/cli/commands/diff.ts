import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { VersionDiff } from '../../core/diff/draft-diff.js';
import { diffFiles } from '../../core/diff/files.js';
import { colorsFor } from '../color.js';
import { alignmentNote, markdownView, terminalView } from '../diff-view.js';
import type { Io } from '../io.js';
import { UsageError } from '../report.js';
import { decodeUtf8 } from '../text-file.js';
import { safeText } from '../terminal-text.js';

export type Format = 'ansi' | 'markdown' | 'json';

export interface DiffOptions {
  /** A draft file, or git-rev:path. */
  old: string;
  new: string;
  format: Format;
}

export async function diffCommand({ old: oldArg, new: newArg, format }: DiffOptions, io: Io): Promise<number> {
  const result = await versionDiff(io, oldArg, newArg);
  const note = alignmentNote(result, oldArg, newArg);
  if (format === 'json') {
    if (note) io.stderr(`redline: note: ${safeText(note)}\n`);
    io.stdout(`${JSON.stringify(result.changes.map(({ diff: _diff, ...rest }) => rest), null, 2)}\n`);
  } else if (format === 'markdown') io.stdout(markdownView(result, oldArg, newArg, note));
  else io.stdout(terminalView(result, colorsFor(io), note));
  return 0;
}

/** The diff: skimmed where both sides are files in fmt's form with the same IDs, else from both read in full, the old side first. */
async function versionDiff(io: Io, oldArg: string, newArg: string): Promise<VersionDiff> {
  const before = await readBytes(io, oldArg);
  let after: Uint8Array;
  try {
    after = await readBytes(io, newArg);
  } catch (error) {
    // The old side's problems are told first, as when it is read in full before the new one is looked for.
    const { readSide } = await import('../../core/diff/version.js');
    readSide(Buffer.from(before.buffer, before.byteOffset, before.byteLength).toString('utf8'), oldArg, basename(oldArg, '.md'));
    throw error;
  }
  return await diffFiles(before, after, { before: oldArg, after: newArg }, { before: basename(oldArg, '.md'), after: basename(newArg, '.md') });
}

/** The bytes of a file, or of a version from git ("HEAD~1:drafts/seed.md"), checked to be UTF-8: the revision resolved first, the path never an option. */
async function readBytes(io: Io, spec: string): Promise<Uint8Array> {
  const path = resolve(io.cwd, spec);
  if (existsSync(path)) {
    if (!statSync(path).isFile()) throw new UsageError(`${spec} is not a file`);
    return utf8Only(readFileSync(path), spec);
  }
  const at = spec.indexOf(':');
  if (at <= 0 || at === spec.length - 1) throw new UsageError(`${spec}: no such file (use a path, or git-rev:path)`);
  // Git (and node:child_process under it) is loaded only for a version: a diff of two files never needs it.
  const { fileBytesAtCommit, resolveCommit } = await import('../git.js');
  const revision = spec.slice(0, at);
  const inRepo = spec.slice(at + 1);
  const hash = resolveCommit(io.cwd, revision);
  const found = fileBytesAtCommit(io.cwd, hash, inRepo);
  if (found === null) throw new UsageError(`${spec}: git has no file ${inRepo} at ${revision}`);
  return utf8Only(found, spec);
}

/** Bytes that are UTF-8 text, or an InputError at the first that is not: a diff never shows � for what the file holds. */
function utf8Only(bytes: Uint8Array, spec: string): Uint8Array {
  // Checked in place (simdutf); decoded only to say where it fails.
  if (!isUtf8(bytes)) decodeUtf8(bytes, spec);
  return bytes;
}
