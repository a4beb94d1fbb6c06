// `--json` is short for `--format json` on the commands that have --format
// (SPEC: read commands take --json and then print JSON only).
import { Option, type Command } from 'commander';
import { UsageError } from './report.js';

export function formatOption(formats: readonly string[], fallback: string, description: string): Option {
  return new Option('--format <format>', description).choices([...formats]).default(fallback);
}

/** --color / --no-color, for the commands that print colors; main.ts reads them before anything is printed (colorFlag). */
export function colorOption(on: boolean): Option {
  return on ? new Option('--color', 'colors even when the output is not a terminal (as FORCE_COLOR)') : new Option('--no-color', 'no colors (as NO_COLOR)');
}

export function jsonOption(): Option {
  return new Option('--json', 'short for --format json');
}

/** The format asked for; `--json` with another --format is refused. */
export function chosenFormat<F extends string>(command: Command, flags: { format: F; json?: boolean }): F | 'json' {
  if (!flags.json) return flags.format;
  if (command.getOptionValueSource('format') === 'cli' && flags.format !== 'json') {
    throw new UsageError(`--json is short for --format json; it cannot go with --format ${flags.format}`);
  }
  return 'json';
}
