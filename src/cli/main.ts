// The thin shell: parses the command line, runs one command, and maps what
// happened to a message and an exit status (0 ok, 1 check found problems,
// 2 bad usage or unreadable input). No stack trace reaches the user.
import packageJson from '../../package.json' with { type: 'json' };
import { InputError } from '../core/problem.js';
import { settle } from './after-success.js';
import { builtHelp } from './built-help.js';
import { colorsFor } from './color.js';
import { fileSystemMessage, isFileSystemError } from './fs-errors.js';
import { DEFAULT_HELP_WIDTH, renderedHelp } from './help-pages.js';
import type { Context, Io } from './io.js';
import { reportProblems, UsageError } from './report.js';
import { safeOutput, safeText } from './terminal-text.js';
import { lockIfWriting } from './write-lock.js';

// The one place the version is written is package.json (bundled in by esbuild).
export const VERSION: string = packageJson.version;

export async function run(argv: readonly string[], outside: Io): Promise<number> {
  const io = guarded(colorFlag(argv, outside));
  // The version alone is printed before commander and the commands are loaded (start-up, issue 17).
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // So is a help page rendered when the CLI was built, where it is what commander would print.
  const page = renderedHelp(builtHelp, argv, io.columns ?? DEFAULT_HELP_WIDTH);
  if (page !== undefined) {
    io.stdout(page);
    return 0;
  }
  const context: Context = { io, exitCode: 0 };
  // Commander and every command's usage; a command's own module is imported only when it runs.
  const [{ Command, CommanderError }, { registerCommands }] = await Promise.all([import('commander'), import('./command-line.js')]);
  const program = new Command('redline')
    .description('Draft a policy document, answer every comment: anchored edits, decisions, revised text and response table.')
    .version(VERSION)
    .addHelpText(
      'after',
      '\nExamples:\n  redline init consultation-2018 && cd consultation-2018\n  redline import 征求意见稿.docx --name draft\n  redline feedback import 意见汇总.xlsx\n  redline propose\n  redline decide 1 2 adopt\n  redline build\n',
    )
    .exitOverride()
    // Commander echoes the command line in its errors: escape it like any other input.
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(safeText(s)), getOutHelpWidth: () => io.columns ?? DEFAULT_HELP_WIDTH })
    .showHelpAfterError('(run with --help for usage)');
  let release: (() => void) | undefined;
  let endPrefetch: (() => void) | undefined;
  program.hook('preAction', async (_program, action) => {
    release = await lockIfWriting(action, io);
    // The workspace is the command's now: a command that reads every entry has its large folders listed meanwhile.
    if (action.parent === program && READS_EVERY_ENTRY.has(action.name())) {
      const [{ findWorkspaceRoot }, { prefetchEntryListings }] = await Promise.all([import('./workspace.js'), import('./entry-listing.js')]);
      const root = findWorkspaceRoot(io.cwd);
      if (root !== undefined) endPrefetch = prefetchEntryListings(root);
    }
  });
  registerCommands(program, context, argv[0]);
  const override = (command: typeof program): void => {
    command.exitOverride();
    command.commands.forEach(override);
  };
  override(program);
  let code = 2;
  try {
    await program.parseAsync(['node', 'redline', ...argv]);
    code = context.exitCode;
  } catch (error) {
    // Help and version exit 0; everything else commander rejects is bad usage.
    code = error instanceof CommanderError ? (error.exitCode === 0 ? 0 : 2) : await failure(error, io);
  } finally {
    settle(code === 0);
    endPrefetch?.();
    release?.();
  }
  return code;
}

/**
 * Commands whose first look at a feedback folder reads every entry in it,
 * before they write any: a listing taken at their start is the one they would
 * take (entry-listing.ts).
 */
const READS_EVERY_ENTRY = new Set(['build', 'check', 'propose']);

/**
 * --color / --no-color (propose, diff) as FORCE_COLOR / NO_COLOR, the
 * last one given winning: read here, before the output filter is made, since
 * it decides whether the filter lets colors through. Commander checks them
 * like any option, so a command without colors refuses them.
 */
function colorFlag(argv: readonly string[], io: Io): Io {
  const end = argv.indexOf('--');
  const words = end === -1 ? argv : argv.slice(0, end);
  const at = Math.max(words.lastIndexOf('--color'), words.lastIndexOf('--no-color'));
  if (at === -1) return io;
  const flag = words[at];
  const { NO_COLOR: _off, FORCE_COLOR: _on, ...env } = io.env;
  return { ...io, env: flag === '--color' ? { ...env, FORCE_COLOR: '2' } : { ...env, NO_COLOR: '1' } };
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

async function failure(error: unknown, io: Io): Promise<number> {
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
    const { displayPath } = await import('./workspace.js');
    const path = error.path ? displayPath(io.cwd, error.path) : 'a file';
    io.stderr(`redline: ${safeText(fileSystemMessage(error, ACTIONS[error.syscall ?? ''] ?? 'use', path))}\n`);
    return 2;
  }
  io.stderr(`redline: internal error: ${safeText(error instanceof Error ? error.message : String(error))}\n`);
  if (io.env['REDLINE_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 70;
}
