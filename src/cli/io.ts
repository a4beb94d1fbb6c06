// What a command may touch of the outside world, passed in so that tests can
// run the CLI in-process with their own folders, environment and streams.
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colors, interactive prompts). */
  isTTY: boolean;
  /** The terminal's width, where stdout is one: help wraps to it (80 columns otherwise, as commander does). */
  columns?: number;
  /** Standard input; process.stdin when absent. */
  stdin?: NodeJS.ReadableStream;
  /**
   * Where interactive prompts draw (they move the cursor, so they bypass the
   * filter that escapes control characters; their text is escaped by the caller).
   */
  promptOutput?: (text: string) => void;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}

/** Shared by the commands of one run: the outside world, and the exit status a check sets. */
export interface Context {
  io: Io;
  exitCode: number;
}

/** Standard input, for interactive prompts (a stream in tests). */
export function stdinOf(io: Io): NodeJS.ReadableStream {
  return io.stdin ?? process.stdin;
}
