import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { diffVersions } from '../../core/diff/draft-diff.js';
import { readVersion, type Version } from '../../core/diff/version.js';
import { colorsFor } from '../color.js';
import { alignmentNote, markdownView, terminalView } from '../diff-view.js';
import { chosenFormat, formatOption, jsonOption } from '../format.js';
import { fileAtCommit, resolveCommit } from '../git.js';
import type { Context, Io } from '../io.js';
import { UsageError } from '../report.js';
import { safeText } from '../terminal-text.js';

type Format = 'ansi' | 'markdown' | 'json';

export function registerDiff(program: Command, context: Context): void {
  const { io } = context;
  program
    .command('diff')
    .description('clause-aligned diff of two drafts, matched by clause ID (by number and text where a side has none): renumbering shows as renumbering')
    .argument('<old>', 'a draft file, or git-rev:path (e.g. HEAD~1:drafts/seed.md)')
    .argument('<new>', 'a draft file, or git-rev:path; a built out/<draft>.revised.md or a pasted text is aligned by number and text')
    .addOption(formatOption(['ansi', 'markdown', 'json'], 'ansi', 'ansi, markdown (PR comment) or json'))
    .addOption(jsonOption())
    .addHelpText(
      'after',
      '\nExamples:\n  redline diff main:drafts/seed.md drafts/seed.md\n  redline diff drafts/seed.md out/seed.revised.md   # no IDs on one side: aligned by number and text\n  redline diff old.md new.md --json\n',
    )
    .action((oldArg: string, newArg: string, flags: { format: Format; json?: boolean }, command: Command) => {
      const format = chosenFormat(command, flags);
      const before = readSide(io, oldArg);
      const after = readSide(io, newArg);
      const result = diffVersions(before.clauses, after.clauses);
      const note = alignmentNote(result, oldArg, newArg);
      if (format === 'json') {
        if (note) io.stderr(`redline: note: ${safeText(note)}\n`);
        io.stdout(`${JSON.stringify(result.changes.map(({ diff: _diff, ...rest }) => rest), null, 2)}\n`);
      } else if (format === 'markdown') io.stdout(markdownView(result, oldArg, newArg, note));
      else io.stdout(terminalView(result, colorsFor(io), note));
    });
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
