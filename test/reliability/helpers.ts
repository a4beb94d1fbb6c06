// Shared by the reliability tests: workspaces from the corpus, a snapshot that
// never opens a pipe or a device, and the checks every bad input must pass.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CORPUS, redline, ROOT, tempDir, type CliResult } from '../helpers/cli.js';

export const BIN = join(ROOT, 'bin/redline.js');

/** Real documents besides the seed: a Chinese statute and a US bill. */
export const DOCUMENTS = {
  statute: join(CORPUS, 'lawrefbook/xingzheng_xuke_fa_2019.md'),
  bill: join(CORPUS, 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt'),
};

/** A workspace holding one corpus document as the draft `name`. */
export async function corpusWorkspace(file: string, name: string): Promise<string> {
  const dir = tempDir();
  await redline(dir, 'init');
  const result = await redline(dir, 'import', file, '--name', name);
  if (result.code !== 0) throw new Error(`import of ${file} failed: ${result.stderr}`);
  return dir;
}

/**
 * Every ordinary file under dir with its bytes (as latin1), skipping pipes,
 * devices and links (reading them could block) and the workspace lock.
 */
export function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && !name.startsWith('.redline.lock')) out[path.slice(dir.length + 1)] = readFileSync(path, 'latin1');
      else if (stat.isSymbolicLink()) out[path.slice(dir.length + 1)] = `-> link`;
    }
  };
  walk(dir);
  return out;
}

/** Characters that must never reach a terminal raw (SGR colors are off in these runs). */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** A failure the way the README promises: exit 1 or 2, a message with a place, no stack trace, no internal error. */
export function expectClearFailure(result: CliResult, message: RegExp): void {
  expect(result.code, result.stderr).toBeOneOf([1, 2]);
  // Warnings about the inputs (the seed's 部分采纳 without its edits) may come before the failure: the failure is what is looked at.
  expect(result.stderr.split('\n').filter((line) => !/^\S+:\d+:\d+: warning: /u.test(line)).join('\n')).toMatch(message);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at |Error:/u);
  expect(result.stderr + result.stdout).not.toMatch(RAW_CONTROL);
}

/** Runs the built CLI as a separate process. */
export function cli(cwd: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 60_000 });
}

/** Runs the built CLI in the background; resolves with its exit status and output. */
export function cliAsync(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
