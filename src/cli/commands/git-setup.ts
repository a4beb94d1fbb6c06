// `redline git-setup` makes git show drafts through redline: a diff driver
// named "redline" for drafts/*.md (.gitattributes, committed) and its
// commands in the repository's own config (.git/config, per clone):
//   diff.redline.command   `git diff`: clause-aligned word diffs (external diff)
//   diff.redline.textconv  `git log -p`, `git show` (which run no external
//                          diff unless given --ext-diff): one line per clause
// `git-diff` (here) and `git-textconv` (its own file) are the commands git calls; not for people.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { diffVersions } from '../../core/diff/draft-diff.js';
import { diffFiles } from '../../core/diff/files.js';
import { readVersion } from '../../core/diff/version.js';
import { writeFileAtomic } from '../atomic-write.js';
import { colorsFor } from '../color.js';
import { alignmentNote, terminalView } from '../diff-view.js';
import { DRIVER } from '../command-line.js';
import { git, gitTopLevel } from '../git.js';
import type { Io } from '../io.js';
import { formatProblem, UsageError } from '../report.js';
import { InputError } from '../../core/problem.js';
import { safeText } from '../terminal-text.js';
import { findWorkspace } from '../workspace.js';

export interface GitSetupOptions {
  /** How git should run redline (default: this redline, by absolute path). */
  command?: string;
}

export async function gitSetupCommand(flags: GitSetupOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const top = gitTopLevel(workspace.root);
  if (top === null) throw new UsageError(`${workspace.display(workspace.root)} is not in a git repository; run \`git init\` first`);
  const invocation = flags.command ?? selfInvocation();
  if (invocation.trim() === '' || /[\n\r]/u.test(invocation)) throw new UsageError('--command must be one line');
  const attributes = join(workspace.root, '.gitattributes');
  // The pattern is relative to the .gitattributes file, which sits beside drafts/.
  const line = `drafts/*.md diff=${DRIVER}`;
  const current = existsSync(attributes) ? readFileSync(attributes, 'utf8') : '';
  if (current.split(/\r?\n/u).some((l) => l.trim() === line)) io.stdout(`${workspace.display(attributes)} already has "${line}"\n`);
  else {
    writeFileAtomic(attributes, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${line}\n`);
    io.stdout(`wrote "${line}" to ${workspace.display(attributes)} (commit it: it tells every clone to use the driver)\n`);
  }
  const settings: Array<[string, string]> = [
    [`diff.${DRIVER}.command`, `${invocation} git-diff`],
    [`diff.${DRIVER}.textconv`, `${invocation} git-textconv`],
    // `git log -p --word-diff` over the textconv lines: a Latin word, or any one other character (a Han character in a UTF-8 locale).
    [`diff.${DRIVER}.wordRegex`, WORD_REGEX],
  ];
  for (const [key, value] of settings) {
    const set = git(top, ['config', '--local', '--end-of-options', key, value]);
    if (!set.ok) throw new UsageError(`git config ${key}: ${set.stderr.trim()}`);
    io.stdout(`set ${key} = ${value}\n`);
  }
  const where = relative(top, workspace.root).split(sep).join('/');
  io.stdout(`git diff${where ? ` -- ${where}/drafts` : ''} now shows drafts clause by clause; \`git log -p --ext-diff\` shows history the same way, \`git log -p --word-diff\` word by word\n`);
  return 0;
}

const WORD_REGEX = '[A-Za-z0-9_]+|[^[:space:]]';

export interface GitDiffOptions {
  /** What git passes an external diff: path old-file old-hex old-mode new-file new-hex new-mode. */
  args: string[];
}

/** Called by git as the external diff of drafts. */
export async function gitDiffCommand({ args }: GitDiffOptions, io: Io): Promise<number> {
  io.stdout(await gitDiff(io, args));
  return 0;
}

/** This redline as a shell word list: node and the script when run from a file, else `redline` on PATH. */
function selfInvocation(): string {
  const script = process.argv[1] ?? '';
  if (!/redline(\.js)?$/u.test(script)) return 'redline';
  return `${shellWord(process.execPath)} ${shellWord(script)}`;
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replace(/'/gu, `'\\''`)}'`;
}

/** What git shows for one draft: redline's clause diff, or a line diff when a side is not a draft. */
async function gitDiff(io: Io, args: readonly string[]): Promise<string> {
  const [path = '', oldFile, , , newFile] = args;
  if (oldFile === undefined || newFile === undefined) return `* Unmerged path ${safeText(path)}\n`;
  const read = (file: string) => (file === '/dev/null' ? Buffer.alloc(0) : readFileSync(file));
  const beforeBytes = read(oldFile);
  const afterBytes = read(newFile);
  const before = beforeBytes.toString('utf8');
  const after = afterBytes.toString('utf8');
  const newPath = args[7] ?? path;
  const header = `diff --redline a/${safeText(path)} b/${safeText(newPath)}\n`;
  // git pages its output: colors as for a terminal when it runs a pager.
  const color = colorsFor({ ...io, isTTY: io.isTTY || io.env['GIT_PAGER_IN_USE'] === 'true' });
  try {
    const side = (text: string, name: string) => (text === '' ? { clauses: [], withoutIds: false } : readVersion(text, name, 'draft'));
    // A draft added or deleted has one side empty: read in full; two versions, the quickest way (as redline diff).
    const result =
      before !== '' && after !== ''
        ? await diffFiles(beforeBytes, afterBytes, { before: `a/${path}`, after: `b/${newPath}` }, { before: 'draft', after: 'draft' })
        : diffVersions(side(before, `a/${path}`).clauses, side(after, `b/${newPath}`).clauses);
    return header + terminalView(result, color, alignmentNote(result, `a/${path}`, `b/${newPath}`));
  } catch (error) {
    const why = error instanceof InputError ? formatProblem(error.problems[0]!) : error instanceof Error ? error.message.split('\n')[0] : String(error);
    const patch = createTwoFilesPatch(`a/${path}`, `b/${newPath}`, before, after, undefined, undefined, { context: 3 });
    return `${header}${color.dim(`note: not read as a draft (${safeText(why ?? '')}); showing lines`)}\n${safeText(patch.includes('@@') ? patch.slice(patch.indexOf('@@')) : '')}`;
  }
}
