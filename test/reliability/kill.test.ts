// `decide`, `fmt` and `build` killed (SIGKILL) at random moments, many times:
// afterwards every file is either its old or its new content, never a torn
// mix, and the next command takes over the dead command's lock and clears what
// it left behind.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redline, seedWorkspace, tempDir } from '../helpers/cli.js';
import { BIN, files } from './helpers.js';

const RUNS_PER_COMMAND = 17;
const SIDE = /(^|\/)\.[^/]+\.\d+-[0-9a-f]{8}\.(tmp|old)$/u;

/**
 * The seed with 40 more entries (copies of entry 1 under new ids), built, then
 * entries untidied (for fmt) and two adopted (so that build has new outputs).
 */
async function template(): Promise<string> {
  const dir = await seedWorkspace();
  const one = readFileSync(join(dir, 'feedback/seed/1.yaml'), 'utf8');
  for (let id = 7; id <= 46; id++) writeFileSync(join(dir, `feedback/seed/${id}.yaml`), one.replace('id: "1"', `id: "${id}"`));
  expect((await redline(dir, 'build')).code).toBe(0);
  expect((await redline(dir, 'decide', '1', '2', 'adopt', '--date', '2018-01-19')).code).toBe(0);
  for (let id = 7; id <= 46; id++) {
    const path = join(dir, `feedback/seed/${id}.yaml`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^unit: /mu, 'unit:   '));
  }
  return dir;
}

/** Each command, and the folder where its temporary files appear when it starts writing. */
const COMMANDS: Record<string, { args: string[]; writes: string }> = {
  decide: { args: ['decide', '--all-pending', 'reject', '--reason', '以市下达指标为准', '--date', '2018-01-20'], writes: 'feedback/seed' },
  fmt: { args: ['fmt'], writes: 'feedback/seed' },
  build: { args: ['build'], writes: 'out' },
};

/**
 * Runs the CLI and kills it: after `delay` ms, or, with `watch`, `delay` ms
 * after its first temporary file appears there (that is, while it writes).
 */
function runAndKill(cwd: string, args: string[], delay: number, watchDir?: string): Promise<{ killed: boolean; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    let timer: NodeJS.Timeout | undefined;
    const kill = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), delay));
    const watcher = watchDir ? watch(join(cwd, watchDir), (_event, name) => name && /\.tmp$/u.test(name) && !name.includes('redline.lock') && kill()) : undefined;
    if (!watchDir && delay >= 0) kill();
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      resolve({ killed: signal === 'SIGKILL', ms: Date.now() - started });
    });
  });
}

/** Files without the lock and temporary files (checked separately). */
const content = (dir: string) => Object.fromEntries(Object.entries(files(dir)).filter(([path]) => !SIDE.test(path)));

describe('killed at random moments, every file is old or new', () => {
  it(`decide, fmt and build, ${RUNS_PER_COMMAND} kills each`, async () => {
    const base = await template();
    let killed = 0;
    let mixed = 0;
    let writing = 0;
    let newer = 0;
    for (const [name, { args, writes }] of Object.entries(COMMANDS)) {
      // What a finished run writes, and how long it takes.
      const finished = tempDir();
      cpSync(base, finished, { recursive: true });
      const clean = await runAndKill(finished, args, -1);
      const old = content(base);
      const done = content(finished);
      expect(done).not.toEqual(old);
      // Half the kills at any moment of the run, half within a few milliseconds of its first write.
      const kills = fc.sample(
        fc.oneof(fc.record({ delay: fc.integer({ min: 0, max: clean.ms * 2 }), watch: fc.constant(false) }), fc.record({ delay: fc.integer({ min: 0, max: 12 }), watch: fc.constant(true) })),
        { numRuns: RUNS_PER_COMMAND, seed: 14 },
      );
      for (let batch = 0; batch < kills.length; batch += 4) {
        await Promise.all(
          kills.slice(batch, batch + 4).map(async ({ delay, watch: whileWriting }) => {
            const dir = tempDir();
            cpSync(base, dir, { recursive: true });
            const outcome = await runAndKill(dir, args, delay, whileWriting ? writes : undefined);
            if (outcome.killed) killed++;
            const now = content(dir);
            for (const path of new Set([...Object.keys(old), ...Object.keys(done)])) {
              expect([old[path], done[path]], `${name} killed at ${delay} ms: ${path}`).toContainEqual(now[path]);
            }
            expect(Object.keys(now).filter((p) => !(p in old) && !(p in done))).toEqual([]);
            if (Object.keys(now).some((p) => now[p] !== old[p]) && Object.keys(now).some((p) => now[p] !== done[p])) mixed++;
            if (Object.keys(files(dir)).some((p) => SIDE.test(p))) writing++;
            if (JSON.stringify(now) === JSON.stringify(done)) newer++;
            // The next writing command takes over the dead one's lock and sweeps its temporary files.
            const next = await redline(dir, 'fmt');
            expect(next.code, next.stderr).toBe(0);
            expect(Object.keys(files(dir)).filter((p) => SIDE.test(p))).toEqual([]);
          }),
        );
      }
    }
    expect(killed).toBeGreaterThanOrEqual(RUNS_PER_COMMAND);
    // Some kills landed while the command was writing (its temporary files were there).
    expect(writing + mixed).toBeGreaterThan(0);
    if (process.env['REDLINE_PROBE_COUNT']) console.log(`kills: ${3 * RUNS_PER_COMMAND} runs, ${killed} killed, ${writing} while writing, ${mixed} left between old and new, ${newer} all new`);
  }, 120_000);
});
