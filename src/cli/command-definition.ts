// A command as the command line knows it, apart from the function that runs
// it. Commander reads every command's usage (arguments, options, help) at each
// start, which is cheap; a command's module, and the libraries it needs, are
// imported only when that command runs (issue 17: start-up).
import type { Command } from 'commander';
import type { Context, Io } from './io.js';

/** Every command: typed options and the outside world in, an exit status out (0, 1, 2; 130 when interrupted). */
export type CommandFunction<O> = (options: O, io: Io) => Promise<number>;

export interface CommandDefinition<A extends unknown[], F, O> {
  /** The name on the command line, under its parent (`add` under `feedback`). */
  name: string;
  /** Left out of the help: the commands that git calls. */
  hidden?: boolean;
  /** Description, arguments, options and help text with an example. */
  usage: (command: Command) => Command;
  /** The parsed arguments and flags as the command's typed options (refusing what commander cannot see). */
  options: (args: A, flags: F, command: Command) => O;
  /** The command's function, from its module, imported when it runs. */
  load: () => Promise<CommandFunction<O>>;
}

/** Adds a command to `parent`; its action sets the run's exit status. */
export interface Registration {
  (parent: Command, context: Context): Command;
  /** Its name on the command line: a run that names it needs no other command. */
  readonly commandName: string;
}

export function define<A extends unknown[], F, O>(definition: CommandDefinition<A, F, O>): Registration {
  const register = (parent: Command, context: Context) => {
    const command = definition.usage(parent.command(definition.name, definition.hidden ? { hidden: true } : {}));
    // Commander passes the declared arguments, then the flags, then the command itself.
    return command.action(async (...parsed: unknown[]) => {
      const options = definition.options(parsed.slice(0, -2) as A, parsed.at(-2) as F, parsed.at(-1) as Command);
      const run = await definition.load();
      context.exitCode = await run(options, context.io);
    });
  };
  return Object.assign(register, { commandName: definition.name });
}
