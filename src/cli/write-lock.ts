// Which commands take the workspace lock: those that write, from before they
// read until they have written (so `decide` and `fmt` run at once take turns).
// `review` locks only around each decision it writes, not while the clerk thinks.
import type { Command } from 'commander';
import type { Io } from './io.js';

const WRITERS = new Set(['import', 'fmt', 'decide', 'build', 'feedback add', 'feedback import', 'feedback edit', 'round', 'git-setup']);

/** Takes the lock when `action` writes into a workspace (not with --check); returns its release. */
export async function lockIfWriting(action: Command, io: Io): Promise<(() => void) | undefined> {
  const name = commandPath(action);
  if (!WRITERS.has(name) || action.opts()['check'] === true) return undefined;
  // Imported here, not at start-up: --help and the read commands that need no workspace do without it.
  const { findWorkspaceRoot, lockWorkspaceFor } = await import('./workspace.js');
  const root = findWorkspaceRoot(io.cwd);
  return root === undefined ? undefined : lockWorkspaceFor(root, name, io);
}

/** "feedback add" for the add subcommand of feedback. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
