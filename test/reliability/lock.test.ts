// Commands run at once, as real processes of the built CLI: the workspace lock
// makes them take turns, so no decision is lost and no entry id handed out twice.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { redline, seedWorkspace } from '../helpers/cli.js';
import { DOCUMENTS, cliAsync, corpusWorkspace } from './helpers.js';

const statusOf = (dir: string, id: string) => /^ {2}status: (\w+)/mu.exec(readFileSync(join(dir, `feedback/seed/${id}.yaml`), 'utf8'))?.[1];
const entryIds = (dir: string, draft = 'seed') => readdirSync(join(dir, `feedback/${draft}`)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace('.yaml', ''));

/** A pid that is certainly not running: a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the workspace lock', () => {
  it('twenty `feedback add` at once get twenty different ids and lose no entry', async () => {
    const dir = await seedWorkspace();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => cliAsync(dir, ['feedback', 'add', '--unit', `单位${i + 1}`, '--comment', `建议增加食品安全${i + 1}`])),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const ids = results.map((r) => /^added entry (\d+) /u.exec(r.stdout)?.[1]);
    expect(new Set(ids).size).toBe(20);
    expect(ids.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 7));
    const units = entryIds(dir).map((id) => /^unit: (.+)$/mu.exec(readFileSync(join(dir, `feedback/seed/${id}.yaml`), 'utf8'))?.[1]);
    for (let i = 1; i <= 20; i++) expect(units).toContain(`单位${i}`);
    // Those that had to wait said what for.
    const waited = results.filter((r) => r.stderr !== '');
    for (const r of waited) expect(r.stderr).toMatch(/^redline: waiting for `redline feedback add` \(pid \d+ on .+, since .+\) to finish \(workspace lock \.redline\.lock\)…\n$/u);
    expect(existsSync(join(dir, '.redline.lock'))).toBe(false);
  });

  it('`fmt` running beside `decide` on other entries loses no decision (19 entries, each decided by its own process)', async () => {
    const dir = await seedWorkspace();
    for (let i = 0; i < 13; i++) expect((await redline(dir, 'feedback', 'add', '--unit', `单位${i}`, '--comment', `建议增加食品安全${i}`)).code).toBe(0);
    const ids = entryIds(dir);
    expect(ids).toHaveLength(19);
    const rounds: Array<[string, string[]]> = [['reject', ['--reason', '以市下达指标为准']]];
    for (const [verb, extra] of rounds) {
      // Untidy every entry, so that each fmt rewrites them all while the decisions land.
      for (const id of ids) {
        const path = join(dir, `feedback/seed/${id}.yaml`);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/^unit: /mu, 'unit:   '));
      }
      const runs = ids.flatMap((id, i) => [cliAsync(dir, ['decide', id, verb, ...extra]), ...(i % 5 === 0 ? [cliAsync(dir, ['fmt'])] : [])]);
      for (const r of await Promise.all(runs)) expect(r.code, r.stderr).toBe(0);
      const expected = verb === 'adopt' ? 'adopted' : verb === 'reject' ? 'rejected' : 'pending';
      expect(ids.map((id) => statusOf(dir, id))).toEqual(ids.map(() => expected));
    }
  }, 60_000);

  it('takes over a lock whose holder died, and clears the temporary files it left', async () => {
    const dir = await seedWorkspace();
    const pid = deadPid();
    writeFileSync(join(dir, '.redline.lock'), `${JSON.stringify({ pid, host: hostname(), command: 'fmt', since: new Date().toISOString() })}\n`);
    writeFileSync(join(dir, `drafts/.seed.md.${pid}-0123abcd.tmp`), 'half a draft');
    writeFileSync(join(dir, `feedback/seed/.1.yaml.${pid}-0123abcd.old`), 'an old entry');
    const result = await cliAsync(dir, ['decide', '1', 'adopt', '--date', '2018-01-20']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(statusOf(dir, '1')).toBe('adopted');
    expect(existsSync(join(dir, '.redline.lock'))).toBe(false);
    expect(readdirSync(join(dir, 'drafts'))).toEqual(['seed.md']);
    expect(readdirSync(join(dir, 'feedback/seed')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  // Killed after writing its lock aside but before linking it in: no lock to break, and the file was left for good.
  it.each([
    ['decide', ['decide', '1', 'adopt', '--date', '2018-01-20']],
    ['fmt', ['fmt']],
  ])('clears a lock file a killed command wrote aside but never linked in (%s)', async (_name, args) => {
    const dir = await seedWorkspace();
    const pid = deadPid();
    const aside = `.redline.lock.${pid}-0123abcd.tmp`;
    writeFileSync(join(dir, aside), `${JSON.stringify({ pid, host: hostname(), command: 'fmt', since: new Date().toISOString() })}\n`);
    const result = await cliAsync(dir, args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(dir)).not.toContain(aside);
    expect(existsSync(join(dir, '.redline.lock'))).toBe(false);
  });

  it('takes over a lock file that holds no holder (debris) once it is a few seconds old', async () => {
    const dir = await seedWorkspace();
    const lock = join(dir, '.redline.lock');
    writeFileSync(lock, 'garbage');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const result = await redline(dir, 'decide', '2', 'adopt');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(lock)).toBe(false);
  });

  it('says at once that a folder in the lock’s place is no lock, exit 2, and changes nothing', async () => {
    const dir = await seedWorkspace();
    mkdirSync(join(dir, '.redline.lock'));
    const before = readFileSync(join(dir, 'feedback/seed/1.yaml'), 'utf8');
    const result = await redline(dir, 'decide', '1', 'adopt');
    expect(result).toMatchObject({ code: 2, stderr: "redline: .redline.lock is a folder, not redline's lock; remove it and try again\n" });
    expect(readFileSync(join(dir, 'feedback/seed/1.yaml'), 'utf8')).toBe(before);
  });

  it('waits for a live holder a bounded time, says for whom, then gives up with exit 2 and changes nothing', async () => {
    const dir = await corpusWorkspace(DOCUMENTS.statute, 'statute');
    const since = '2018-01-08T01:02:03.000Z';
    writeFileSync(join(dir, '.redline.lock'), `${JSON.stringify({ pid: process.pid, host: hostname(), command: 'build', since })}\n`);
    let stderr = '';
    const code = await run(['feedback', 'add', '--unit', '司法部', '--comment', '建议增加“依法”'], {
      cwd: dir,
      env: { NO_COLOR: '1', REDLINE_LOCK_WAIT: '0.3' },
      stdout: () => undefined,
      stderr: (s) => (stderr += s),
      isTTY: false,
    });
    expect(code).toBe(2);
    const holder = `\`redline build\` (pid ${process.pid} on ${hostname()}, since 2018-01-08 01:02:03 UTC)`;
    expect(stderr).toBe(
      `redline: waiting for ${holder} to finish (workspace lock .redline.lock)…\n` +
        `redline: the workspace is locked by ${holder}; wait for it to finish, or, if no redline command is running, delete .redline.lock\n`,
    );
    expect(existsSync(join(dir, 'feedback/statute'))).toBe(false);
    expect(readFileSync(join(dir, '.redline.lock'), 'utf8')).toContain(`"since":"${since}"`);
  });

  it('a waiting command goes ahead as soon as the holder lets go', async () => {
    const dir = await corpusWorkspace(DOCUMENTS.bill, 'bill');
    const holder = `const fs = require('fs');
      fs.writeFileSync('.redline.lock', JSON.stringify({ pid: process.pid, host: require('os').hostname(), command: 'fmt', since: new Date().toISOString() }));
      process.stdout.write('held\\n');
      setTimeout(() => fs.rmSync('.redline.lock'), 1500);`;
    const held = cliAsyncNode(dir, holder);
    await held.ready;
    const result = await cliAsync(dir, ['build']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^redline: waiting for `redline fmt` \(pid \d+ on .+\) to finish/u);
    expect(result.stdout).toContain('wrote out/bill.revised.md\n');
    await held.done;
  });

  it('read-only commands and --check do not wait for the lock', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, '.redline.lock'), `${JSON.stringify({ pid: process.pid, host: hostname(), command: 'build', since: new Date().toISOString() })}\n`);
    for (const args of [['check'], ['status'], ['feedback', 'list'], ['fmt', '--check'], ['build', '--check']]) {
      const result = await redline(dir, ...args);
      expect(result.stderr, args.join(' ')).not.toContain('waiting');
      expect(result.code).toBeOneOf([0, 1]);
    }
  });
});

/** A node script run in `dir`, with a promise for its first output line and one for its end. */
function cliAsyncNode(dir: string, script: string) {
  const child = spawn(process.execPath, ['-e', script], { cwd: dir });
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return { ready, done };
}
