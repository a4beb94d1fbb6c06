import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const SEED_PAGE = join(FIXTURES, 'seed-page.txt');
/** Copies of ../shared/corpus (public-domain statutes, drafts, bills; see its SOURCES.md). */
export const CORPUS = join(FIXTURES, 'corpus');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as a user would in `cwd`. */
export async function redline(cwd: string, ...args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    env: { NO_COLOR: '1' },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

export function tempDir(prefix = 'redline-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A new workspace with the seed page imported as the draft "seed". */
export async function seedWorkspace(): Promise<string> {
  const dir = tempDir();
  await redline(dir, 'init');
  const result = await redline(dir, 'import', SEED_PAGE, '--name', 'seed');
  if (result.code !== 0) throw new Error(`seed import failed: ${result.stderr}`);
  return dir;
}

/** A new workspace with a corpus file imported as the draft `name`. */
export async function corpusWorkspace(file: string, name: string): Promise<string> {
  const dir = tempDir();
  await redline(dir, 'init');
  const copy = join(dir, basename(file));
  copyFileSync(join(CORPUS, file), copy);
  const result = await redline(dir, 'import', copy, '--name', name);
  if (result.code !== 0) throw new Error(`import of ${file} failed: ${result.stderr}`);
  return dir;
}

/** Every file under dir with its content, to show that a failed command changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path.slice(dir.length + 1)] = readFileSync(path, 'latin1');
    }
  };
  walk(dir);
  return files;
}
