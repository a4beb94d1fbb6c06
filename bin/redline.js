#!/usr/bin/env node
// The redline command: runs the CLI that `npm ci` (or `npm run build`) built in
// dist/. CommonJS (bin/package.json), as the CLI's chunks are: a start then
// needs no ES module loader at all.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { loadChunk } = require('./dist-loader.js');

const entry = join(__dirname, '../dist/bin.cjs');
if (!existsSync(entry)) {
  process.stderr.write('redline: the CLI is not built yet; run `npm ci` (or `npm run build`) first.\n');
  process.exit(2);
}
loadChunk(entry);
