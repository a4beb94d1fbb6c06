// redline review: scripted answers, and the interactive prompts driven through a stream.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { missingEditor } from '../src/cli/commands/review.js';
import { run } from '../src/cli/main.js';
import { redline, seedWorkspace, snapshot } from './helpers/cli.js';

const statuses = async (dir: string) =>
  (JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Array<{ decision: { status: string; edits?: number[]; reason?: string } }>).map((e) => e.decision);

describe('redline review', () => {
  it('walks the pending entries with scripted answers: adopt, partial, reject, skip', async () => {
    const dir = await seedWorkspace();
    writeFileSync(
      join(dir, 'answers.yaml'),
      '- action: adopt\n- action: partial\n  edits: [2]\n  reason: 第一处已在他处表述\n- action: skip\n- action: reject\n  reason: 以市下达指标为准\n',
    );
    const result = await redline(dir, 'review', '--answers', 'answers.yaml', '--by', '王五');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Entry 1 · 区人社局 · pending');
    expect(result.stdout).toContain('[-开展-]{+基本完成+}');
    expect(result.stdout).toContain('entry 1: adopted\n');
    expect(result.stdout).toContain('entry 2: partial edits 2 — 第一处已在他处表述\n');
    expect(result.stdout).toContain('entry 5: rejected — 以市下达指标为准\n');
    expect(result.stdout).toContain('3 decision(s) recorded\n');
    expect((await statuses(dir)).map((d) => d.status)).toEqual(['adopted', 'partial', 'partial', 'pending', 'rejected', 'pending']);
  });

  it('refuses a scripted rejection without a reason, changing nothing', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'answers.yaml'), '- action: reject\n');
    const before = snapshot(dir);
    const result = await redline(dir, 'review', '--answers', 'answers.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('answers.yaml:1:3: error: entry 1: a rejected decision needs a reason [answers]\n');
    expect(snapshot(dir)).toEqual(before);
  });

  it('asks for a terminal when there is neither one nor scripted answers', async () => {
    const dir = await seedWorkspace();
    expect(await redline(dir, 'review')).toMatchObject({ code: 2, stderr: 'redline: review asks questions in a terminal; use `redline decide` or --answers <file> in scripts\n' });
  });

  it('takes keystrokes at the prompts: reject entry 1 with a typed reason, then quit', async () => {
    const dir = await seedWorkspace();
    const stdin = new PassThrough();
    let stdout = '';
    const done = run(['review', '--by', '赵六'], { cwd: dir, env: { NO_COLOR: '1' }, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false, stdin });
    const press = async (keys: string) => {
      await new Promise((r) => setTimeout(r, 60));
      stdin.write(keys);
    };
    const down = '\u001b[B';
    await press(`${down}${down}\r`); // reject
    await press('已有规定\r'); // reason
    await press(`${down}${down}${down}${down}\r`); // entry 2: quit
    expect(await done).toBe(0);
    expect(stdout).toContain('entry 1: rejected — 已有规定');
    expect((await statuses(dir))[0]).toMatchObject({ status: 'rejected', reason: '已有规定' });
    expect(readFileSync(join(dir, 'feedback/seed/1.yaml'), 'utf8')).toContain('  by: 赵六\n');
  });

  it('with an $EDITOR that is not installed, asks for the reason at the prompt (it crashed with a stack trace)', async () => {
    const dir = await seedWorkspace();
    const stdin = new PassThrough();
    let stdout = '';
    const env = { NO_COLOR: '1', EDITOR: 'no-such-editor --wait', PATH: process.env['PATH'] };
    const done = run(['review', '--by', '赵六'], { cwd: dir, env, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false, stdin });
    const press = async (keys: string) => {
      await new Promise((r) => setTimeout(r, 60));
      stdin.write(keys);
    };
    const down = '\u001b[B';
    await press(`${down}${down}\r`); // reject
    await press('\r'); // no reason: asked again, no editor started
    await press('已有规定\r');
    await press(`${down}${down}${down}${down}\r`); // entry 2: quit
    expect(await done).toBe(0);
    expect(stdout).toContain('$EDITOR is "no-such-editor --wait", which is not'); // (the prompt wraps at 80 columns)
    expect((await statuses(dir))[0]).toMatchObject({ status: 'rejected', reason: '已有规定' });
    expect(missingEditor({ EDITOR: 'sh -c', PATH: process.env['PATH'] })).toBeUndefined();
    expect(missingEditor({ PATH: '/nonexistent' })).toBe('no $EDITOR is set, and vim is not installed');
  });
});
