#!/usr/bin/env node
// The redline command: runs the CLI that `npm ci` (or `npm run build`) built in dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadChunk } from './dist-loader.js';

const entry = fileURLToPath(new URL('../dist/bin.cjs', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write('redline: the CLI is not built yet; run `npm ci` (or `npm run build`) first.\n');
  process.exit(2);
}
loadChunk(entry);
