import { processIo } from './io.js';
import { run } from './main.js';

// A reader that stops early (`redline clauses | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Not a top-level await: the bundle is CommonJS (see scripts/bundle.js).
void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
  // The command is done: exit now instead of waiting for V8's background work
  // to drain (optimizing compiles of code that will not run again, ~100M
  // instructions after a diff of the Civil Code). Only with nothing left
  // buffered: stdout and stderr are synchronous on Linux, not pipes on macOS.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
});
