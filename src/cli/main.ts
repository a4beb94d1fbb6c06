// The thin shell: parses the command line, runs one command, and maps what
// happened to a message and an exit status (0 ok, 1 check found problems,
// 2 bad usage or unreadable input). No stack trace reaches the user.
import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { InputError } from '../core/problem.js';
import { registerBlame } from './commands/blame.js';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerClauses } from './commands/clauses.js';
import { registerDecide } from './commands/decide.js';
import { registerDiff } from './commands/diff.js';
import { registerFeedback } from './commands/feedback/index.js';
import { registerFmt } from './commands/fmt.js';
import { registerGitSetup } from './commands/git-setup.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerPropose } from './commands/propose.js';
import { registerReview } from './commands/review.js';
import { registerRound } from './commands/round.js';
import { registerStatus } from './commands/status.js';
import { colorsFor } from './color.js';
import { fileSystemMessage, isFileSystemError } from './fs-errors.js';
import type { Context, Io } from './io.js';
import { reportProblems, UsageError } from './report.js';
import { safeOutput, safeText } from './terminal-text.js';
import { displayPath } from './workspace.js';
import { lockIfWriting } from './write-lock.js';

// The one place the version is written is package.json (bundled in by esbuild).
export const VERSION: string = packageJson.version;

export async function run(argv: readonly string[], outside: Io): Promise<number> {
  const io = guarded(outside);
  const context: Context = { io, exitCode: 0 };
  const program = new Command('redline')
    .description('Draft a policy document, answer every comment: anchored edits, decisions, revised text and response table.')
    .version(VERSION)
    .exitOverride()
    // Commander echoes the command line in its errors: escape it like any other input.
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(safeText(s)) })
    .showHelpAfterError('(run with --help for usage)');
  let release: (() => void) | undefined;
  program.hook('preAction', (_program, action) => {
    release = lockIfWriting(action, io);
  });
  registerInit(program, context);
  registerImport(program, context);
  registerClauses(program, context);
  registerFmt(program, context);
  registerFeedback(program, context);
  registerPropose(program, context);
  registerDecide(program, context);
  registerReview(program, context);
  registerBuild(program, context);
  registerCheck(program, context);
  registerStatus(program, context);
  registerDiff(program, context);
  registerGitSetup(program, context);
  registerRound(program, context);
  registerBlame(program, context);
  const override = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(override);
  };
  override(program);
  try {
    await program.parseAsync(['node', 'redline', ...argv]);
    return context.exitCode;
  } catch (error) {
    return failure(error, io);
  } finally {
    release?.();
  }
}

/** Everything a command prints passes one filter: no control character from any input reaches the terminal. */
function guarded(io: Io): Io {
  const colors = colorsFor(io).level > 0;
  return {
    ...io,
    stdout: (text) => io.stdout(safeOutput(text, colors)),
    stderr: (text) => io.stderr(safeOutput(text, colors)),
    promptOutput: io.promptOutput ?? io.stdout,
  };
}

const ACTIONS: Record<string, string> = { open: 'read', read: 'read', scandir: 'list', opendir: 'list', mkdir: 'create', write: 'write', rename: 'write', link: 'write', unlink: 'remove', rmdir: 'remove', stat: 'reach', lstat: 'reach', realpath: 'reach' };

function failure(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; everything else commander rejects is bad usage.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof InputError) {
    reportProblems(io, error.problems);
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr(`redline: ${safeText(error.message)}\n`);
    return 2;
  }
  if (isFileSystemError(error)) {
    // A path the command did not expect to be a folder, a file, a loop or unwritable: the environment, not a bug.
    const path = error.path ? displayPath(io.cwd, error.path) : 'a file';
    io.stderr(`redline: ${safeText(fileSystemMessage(error, ACTIONS[error.syscall ?? ''] ?? 'use', path))}\n`);
    return 2;
  }
  io.stderr(`redline: internal error: ${safeText(error instanceof Error ? error.message : String(error))}\n`);
  if (io.env['REDLINE_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 70;
}
