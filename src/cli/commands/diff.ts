import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { diffVersions } from '../../core/diff/draft-diff.js';
import { readVersion, type Version } from '../../core/diff/version.js';
import { colorsFor } from '../color.js';
import { alignmentNote, markdownView, terminalView } from '../diff-view.js';
import { fileAtCommit, resolveCommit } from '../git.js';
import type { Io } from '../io.js';
import { UsageError } from '../report.js';
import { safeText } from '../terminal-text.js';

export type Format = 'ansi' | 'markdown' | 'json';

export interface DiffOptions {
  /** A draft file, or git-rev:path. */
  old: string;
  new: string;
  format: Format;
}

export async function diffCommand({ old: oldArg, new: newArg, format }: DiffOptions, io: Io): Promise<number> {
  const before = readSide(io, oldArg);
  const after = readSide(io, newArg);
  const result = diffVersions(before.clauses, after.clauses);
  const note = alignmentNote(result, oldArg, newArg);
  if (format === 'json') {
    if (note) io.stderr(`redline: note: ${safeText(note)}\n`);
    io.stdout(`${JSON.stringify(result.changes.map(({ diff: _diff, ...rest }) => rest), null, 2)}\n`);
  } else if (format === 'markdown') io.stdout(markdownView(result, oldArg, newArg, note));
  else io.stdout(terminalView(result, colorsFor(io), note));
  return 0;
}

/** A version from a file, or from git ("HEAD~1:drafts/seed.md"): the revision resolved first, the path never an option. */
function readSide(io: Io, spec: string): Version {
  const path = resolve(io.cwd, spec);
  let text: string;
  if (existsSync(path)) {
    if (!statSync(path).isFile()) throw new UsageError(`${spec} is not a file`);
    text = readFileSync(path, 'utf8');
  } else {
    const at = spec.indexOf(':');
    if (at <= 0 || at === spec.length - 1) throw new UsageError(`${spec}: no such file (use a path, or git-rev:path)`);
    const revision = spec.slice(0, at);
    const inRepo = spec.slice(at + 1);
    const hash = resolveCommit(io.cwd, revision);
    const found = fileAtCommit(io.cwd, hash, inRepo);
    if (found === null) throw new UsageError(`${spec}: git has no file ${inRepo} at ${revision}`);
    text = found;
  }
  return readVersion(text, spec, basename(spec, '.md'));
}
