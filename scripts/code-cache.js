// The code cache of the built CLI (see bin/dist-loader.js): the commands are
// run once, in one process, on the seed in a scratch workspace, so that each
// chunk's cache holds the functions that a run of those commands compiles.
// Commands not run here still work: their code is compiled from source.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadChunk, saveCodeCache } from '../bin/dist-loader.js';

const SEED = resolve('test/fixtures/seed-page.txt');

/** Every command path, for its help (scripts/help-pages.js renders the same). */
export const HELP = ['init', 'import', 'clauses', 'fmt', 'feedback', 'feedback add', 'feedback import', 'feedback edit', 'feedback list', 'propose', 'decide', 'review', 'build', 'check', 'status', 'diff', 'git-setup', 'git-diff', 'git-textconv', 'round', 'blame'];

const RUNS = [
  ['--version'],
  ['--help'],
  ...HELP.map((command) => [...command.split(' '), '--help']),
  ['init'],
  ['import', SEED, '--name', 'seed'],
  ['feedback', 'import', SEED, '--draft', 'seed'],
  ['clauses'],
  ['clauses', '--json'],
  ['feedback', 'list'],
  ['feedback', 'list', '--json'],
  ['feedback', 'add', '--unit', '区人社局', '--comment', '建议将“开展”改为“基本完成”'],
  ['propose'],
  ['propose', '--json'],
  ['propose', '--format', 'markdown'],
  ['status'],
  ['status', '--json'],
  ['status', '--format', 'markdown'],
  ['check'],
  ['decide', '1', 'adopt', '--by', 'warm-up', '--date', '2020-01-01'],
  ['review', '--answers', 'answers.yaml', '--by', 'warm-up'],
  ['fmt', '--check'],
  ['fmt'],
  ['build', '--check'],
  ['build', '--allow-unapplied'],
  ['check', '--final'],
  ['diff', 'drafts/seed.md', 'out/seed.revised.md'],
  // The usual diff, a draft against its next version (the quick path, diff/skim.ts): a copy with words changed.
  (workspace) => writeFileSync(join(workspace, 'next.md'), readFileSync(join(workspace, 'drafts/seed.md'), 'utf8').replace(/。\n/gu, '，等。\n')),
  ['diff', 'drafts/seed.md', 'next.md'],
  ['diff', 'drafts/seed.md', 'out/seed.revised.md', '--json'],
  ['git-textconv', 'drafts/seed.md'],
  ['blame', 'seed'],
  ['round', 'seed', '--date', '2020-01-02'],
  ['status'],
];

/** Runs the commands through dist/main.cjs and writes the cache of every chunk they loaded. */
export async function writeCodeCache(dist) {
  if (!existsSync(SEED)) return;
  setFlagsFromString('--no-flush-bytecode');
  const { run } = loadChunk(resolve(dist, 'main.cjs'));
  const workspace = mkdtempSync(join(tmpdir(), 'redline-code-cache-'));
  try {
    writeFileSync(join(workspace, 'answers.yaml'), '- action: reject\n  reason: warm-up\n');
    const io = { cwd: workspace, env: { NO_COLOR: '1' }, stdout: () => {}, stderr: () => {}, isTTY: false };
    for (const step of RUNS) {
      if (typeof step === 'function') step(workspace);
      else await run(step, io);
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  // Back to the default flags, which V8 checks a cache against when it is read.
  setFlagsFromString('--flush-bytecode');
  saveCodeCache();
}
