import { Command } from 'commander';
import { registerCommands } from '../../src/cli/command-line.js';

/** Every command and subcommand, as the words that name it: [[], ['init'], …, ['feedback', 'add'], …], read from the command line as registered. */
export function commandPaths(): string[][] {
  const program = new Command('redline');
  registerCommands(program, { io: { cwd: '.', env: {}, stdout: () => {}, stderr: () => {}, isTTY: false }, exitCode: 0 });
  const below = (command: Command, path: string[]): string[][] => command.commands.flatMap((sub) => [[...path, sub.name()], ...below(sub, [...path, sub.name()])]);
  return [[], ...below(program, [])];
}
