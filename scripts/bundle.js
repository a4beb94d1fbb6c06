// Bundles the CLI into dist/: resolving many small ESM files costs more at
// startup than the code itself (GUIDE: ~206 ms unbundled vs ~90 ms bundled),
// and so does compiling code a command never runs (issue 17: start-up). So:
// - split into chunks: bin.cjs and main.cjs hold what every start needs (the
//   command line, its help, the error mapping); each command, and the
//   libraries only it uses, is a chunk loaded when that command runs;
// - CommonJS chunks, loaded by bin/dist-loader.js with V8's code cache, which
//   the commands make here by running once (scripts/code-cache.js).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, transform } from 'esbuild';
import { writeCodeCache } from './code-cache.js';
import { writeHelpPages } from './help-pages.js';

const DIST = 'dist';

// commander requires node:child_process at load, for executable subcommands,
// which redline has none of: loading it is left to the first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/u.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });" }));
  },
};

// chalk detects a terminal's colors when loaded, through node:tty (which
// loads node:net): redline never asks it to (cli/color.ts gives every Chalk
// its level), so chalk gets the detection it uses where there is no terminal.
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) => (/[\\/]chalk[\\/]/u.test(args.importer) ? { path: join(dirname(args.importer), 'vendor/supports-color/browser.js') } : undefined));
  },
};

// Modules loaded on first use. Each is an entry of its own in dist/, and an
// import of it from elsewhere becomes a stub whose functions require that
// entry when first called (`redline-dist/…` is resolved by bin/dist-loader.js):
// - src/core/yaml-library.ts, the yaml library: commands that read their
//   files with js-yaml alone never compile it;
// - src/cli/workspace-config.ts, redline.yaml's checking (the YAML readers and
//   the schema library): a status served from its cache never needs it.
const LAZY = {
  'yaml-library': { entry: 'yaml', functions: ['yaml'] },
  'workspace-config': { entry: 'workspace-config', functions: ['readConfig'] },
};
const lazyModules = {
  name: 'lazy-modules',
  setup(build) {
    const names = Object.keys(LAZY).join('|');
    build.onResolve({ filter: new RegExp(`[\\\\/](?:${names})\\.js$`) }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path.replace(/^.*[\\/]|\.js$/gu, ''), namespace: 'lazy-module' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => {
      const { entry, functions } = LAZY[args.path];
      const forward = functions.map((f) => `export function ${f}(...args) { return load().${f}(...args); }`).join('\n');
      return { contents: `let module;\nconst load = () => (module ??= require('redline-dist/${entry}.cjs'));\n${forward}\n`, loader: 'js' };
    });
  },
};

// The help pages are written after the bundle, by running it (scripts/help-pages.js):
// src/cli/built-help.ts becomes a loader of dist/help-pages.cjs, and there are
// none while they are being rendered.
const builtHelp = {
  name: 'built-help',
  setup(build) {
    build.onResolve({ filter: /[\\/]built-help\.js$/ }, () => ({ path: 'built-help', namespace: 'built-help' }));
    build.onLoad({ filter: /.*/, namespace: 'built-help' }, () => ({
      contents: "export function builtHelp() { try { return require('redline-dist/help-pages.cjs'); } catch (error) { if (error.code === 'ENOENT') return undefined; throw error; } }",
      loader: 'js',
    }));
  },
};

// A stamp of the sources and locked dependencies: caches written by another
// build (src/cli/entry-cache.ts) are never read.
const stamp = createHash('sha256');
for (const file of ['package-lock.json', ...readdirSync('src', { recursive: true }).map((f) => join('src', String(f))).sort()]) {
  try {
    stamp.update(file).update(readFileSync(file));
  } catch {
    // a folder
  }
}

// esbuild splits ES modules only: split first, then each chunk becomes CommonJS.
const result = await build({
  entryPoints: { bin: 'src/cli/bin.ts', main: 'src/cli/main.ts', yaml: 'src/core/yaml-library.ts', 'workspace-config': 'src/cli/workspace-config.ts' },
  outdir: DIST,
  outExtension: { '.js': '.cjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // exceljs (Excel import only) is large: loaded from node_modules when a workbook is read, not at every start.
  external: ['exceljs', 'redline-dist/*'],
  plugins: [lazyChildProcess, chalkWithoutDetection, lazyModules, builtHelp],
  define: { __REDLINE_BUILD__: JSON.stringify(stamp.digest('hex').slice(0, 16)) },
  write: false,
});

// Chunks are named by content hash: old ones (and their caches) would pile up.
rmSync(DIST, { recursive: true, force: true });
for (const file of result.outputFiles) {
  // A dynamic import() becomes require(): the loader compiles chunks as scripts, which cannot import().
  // import.meta is read once, behind a check for CommonJS's __filename (src/core/text/strings.ts): its warning says nothing.
  const chunk = await transform(file.text, { format: 'cjs', target: 'node20', supported: { 'dynamic-import': false }, sourcefile: file.path, logLevel: 'warning', logOverride: { 'empty-import-meta': 'silent' } });
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, chunk.code);
}

await writeCodeCache(DIST);
await writeHelpPages(DIST);
