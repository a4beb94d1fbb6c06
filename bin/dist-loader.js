// Loads the CLI built in dist/ with V8's code cache. Node 20 caches no
// compiled code between runs (module.enableCompileCache is Node 22.1+) and
// offers V8's code cache only to scripts compiled through node:vm, not to ES
// modules; so scripts/bundle.js writes the CLI as CommonJS chunks, and here
// each chunk is compiled with vm.Script from its source and the cache saved
// beside it (<chunk>.cache, made at build time by running the commands once).
// A cache that V8 refuses (another Node or V8 version, other flags, another
// source) is ignored: the chunk is compiled from its source, as without one.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const DIST_ID = 'redline-dist/';

/** Every chunk loaded so far, by path: its module and its compiled script. */
const chunks = new Map();

/** Runs a chunk once (CommonJS semantics) and returns its exports; `require('./x.cjs')` in it loads a sibling the same way. */
function loadChunk(path) {
  const known = chunks.get(path);
  if (known) return known.module.exports;
  const module = { exports: {} };
  const source = readFileSync(path, 'utf8');
  // The wrapper adds nothing before the source's first line: line numbers in stack traces stay right.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: path, cachedData: readCache(path) });
  chunks.set(path, { module, script });
  let nodeRequire;
  const require = (id) => {
    if (id.startsWith('./') || id.startsWith('../')) return loadChunk(join(dirname(path), id));
    // An entry of dist/ loaded on first use (scripts/bundle.js: the yaml library, redline.yaml's checking).
    if (id.startsWith(DIST_ID)) return loadChunk(join(__dirname, '../dist', id.slice(DIST_ID.length)));
    return (nodeRequire ??= createRequire(path))(id);
  };
  script.runInThisContext()(module.exports, require, module, path, dirname(path));
  return module.exports;
}

function readCache(path) {
  try {
    return readFileSync(`${path}.cache`);
  } catch {
    return undefined;
  }
}

/** For the build: writes each loaded chunk's code cache, with every function compiled so far. */
function saveCodeCache() {
  for (const [path, { script }] of chunks) {
    const temporary = `${path}.cache.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, `${path}.cache`);
  }
}

module.exports = { loadChunk, saveCodeCache };
