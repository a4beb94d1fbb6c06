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
});
