// git, called safely: argument arrays through execFile (never a shell), and
// whatever a user typed reaches git only as a revision resolved to a commit
// hash first (`--end-of-options` before it) or as a path after `--`, so no
// user text can become a git option (`--output=…` once wrote a file).
import { execFileSync } from 'node:child_process';
import { UsageError } from './report.js';

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

export function git(cwd: string, args: readonly string[]): GitResult {
  try {
    const stdout = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    return { ok: true, stdout, stderr: '' };
  } catch (error) {
    const e = error as { code?: string; stdout?: string; stderr?: string };
    if (e.code === 'ENOENT') throw new UsageError('git is not installed (or not on PATH)');
    return { ok: false, stdout: String(e.stdout ?? ''), stderr: String(e.stderr ?? '') };
  }
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** The top folder of the git work tree holding `cwd`, or null outside one. */
export function gitTopLevel(cwd: string): string | null {
  const result = git(cwd, ['rev-parse', '--show-toplevel']);
  return result.ok ? result.stdout.trim() : null;
}

// A revision as users write one (HEAD~1, main, v1.0^, origin/main, a hash, @{u}), never an option.
const REVISION = /^[^\s\-:\u0000-\u001f\u007f][^\s:\u0000-\u001f\u007f]*$/u;

/** Resolves a revision the user gave to a commit hash, or explains why it cannot. */
export function resolveCommit(cwd: string, revision: string): string {
  if (!REVISION.test(revision) || revision.includes('..')) {
    throw new UsageError(`"${revision}" is not a git revision (a branch, tag, hash or HEAD~1; it cannot start with "-")`);
  }
  const result = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  const hash = result.stdout.trim();
  if (!result.ok || !/^[0-9a-f]{40,64}$/u.test(hash)) {
    const where = gitTopLevel(cwd) ? 'in this repository' : '(not in a git repository)';
    throw new UsageError(`git revision "${revision}" is not a commit ${where}`);
  }
  return hash;
}

/** A file's bytes at a commit: `git cat-file blob <hash>:<path>` (no textconv, no option parsing). */
export function fileAtCommit(cwd: string, hash: string, path: string): string | null {
  if (/[\u0000-\u001f\u007f]/u.test(path)) throw new UsageError(`"${path}" is not a path git can show`);
  const result = git(cwd, ['cat-file', 'blob', `${hash}:${path}`]);
  return result.ok ? result.stdout : null;
}

/** The bytes of a file at a commit, undecoded (a diff checks them as UTF-8 itself), or null where git has none. */
export function fileBytesAtCommit(cwd: string, hash: string, path: string): Buffer | null {
  if (/[\u0000-\u001f\u007f]/u.test(path)) throw new UsageError(`"${path}" is not a path git can show`);
  try {
    return execFileSync('git', ['cat-file', 'blob', `${hash}:${path}`], { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new UsageError('git is not installed (or not on PATH)');
    return null;
  }
}

export interface Commit {
  hash: string;
  date: string;
  subject: string;
}

/**
 * The commit that recorded a file's current state of something (a decision):
 * walking the file's history back (through renames, e.g. into a round's
 * folder) while `same` holds for its content, the oldest such commit. Null
 * when the file's current content is not committed, or git has no history.
 */
export function recordingCommit(top: string, relativePath: string, same: (content: string) => boolean, maxCommits = 200): Commit | null {
  if (git(top, ['status', '--porcelain', '--', relativePath]).stdout.trim() !== '') return null;
  const log = git(top, ['log', '--follow', `--max-count=${maxCommits}`, '--format=%x00%H%x09%cs%x09%s', '--name-only', '--', relativePath]);
  if (!log.ok) return null;
  let found: Commit | null = null;
  for (const block of log.stdout.split('\0').slice(1)) {
    const [head = '', ...rest] = block.split('\n');
    const [hash = '', date = '', subject = ''] = head.split('\t');
    const path = rest.map((l) => l.trim()).find(Boolean);
    if (!path) break;
    const content = fileAtCommit(top, hash, path);
    if (content === null || !same(content)) break;
    found = { hash, date, subject };
  }
  return found;
}
