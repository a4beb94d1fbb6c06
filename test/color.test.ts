// When a command's output gets colors: the conventions of FORCE_COLOR,
// NO_COLOR and TERM=dumb, decided by redline itself (chalk's own detection is
// not bundled, see scripts/bundle.js).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorsFor } from '../src/cli/color.js';
import type { Io } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import { corpusWorkspace, redline } from './helpers/cli.js';

const io = (isTTY: boolean, env: Record<string, string>): Io => ({ cwd: '.', env, stdout: () => {}, stderr: () => {}, isTTY });

describe('colors', () => {
  it('go to a terminal, and not to a pipe, a dumb terminal or under NO_COLOR', () => {
    expect(colorsFor(io(true, {})).level).toBe(2);
    expect(colorsFor(io(false, {})).level).toBe(0);
    expect(colorsFor(io(true, { TERM: 'dumb' })).level).toBe(0);
    expect(colorsFor(io(true, { NO_COLOR: '1' })).level).toBe(0);
    // An empty NO_COLOR is not set.
    expect(colorsFor(io(true, { NO_COLOR: '' })).level).toBe(2);
  });

  it('are forced by FORCE_COLOR, even into a pipe or a dumb terminal, and switched off by FORCE_COLOR=0', () => {
    expect(colorsFor(io(false, { FORCE_COLOR: '1' })).level).toBe(1);
    expect(colorsFor(io(true, { TERM: 'dumb', FORCE_COLOR: '3' })).level).toBe(3);
    expect(colorsFor(io(true, { FORCE_COLOR: '0' })).level).toBe(0);
    expect(colorsFor(io(false, { FORCE_COLOR: '1' })).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});

describe('--color and --no-color', () => {
  const ESC = '\u001b[';
  /** Runs the CLI in-process with `env`, output not a terminal. */
  async function colored(cwd: string, env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await run(args, { cwd, env, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
    return { code, stdout, stderr };
  }

  it('force colors into a pipe and switch them off under FORCE_COLOR, the last one given winning (propose, diff; 专利法实施细则, 行政许可法)', async () => {
    const dir = await corpusWorkspace('lawrefbook/zhuanli_fa_shishi_xize_2010.md', 'patent');
    expect((await redline(dir, 'feedback', 'add', '--unit', '局', '--comment', '建议将第一条中的“根据”修改为“依据”。')).code).toBe(0);
    const plain = await colored(dir, {}, 'propose');
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout).toContain('[-根-]{+依+}据');
    const forced = await colored(dir, {}, 'propose', '--color');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`${ESC}`);
    expect(forced.stdout).not.toContain('[-根-]');
    expect((await colored(dir, { FORCE_COLOR: '1' }, 'propose', '--no-color')).stdout).toBe(plain.stdout);
    expect((await colored(dir, {}, 'propose', '--no-color', '--color')).stdout).toBe(forced.stdout);

    const permits = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'permits');
    const old = join(permits, 'drafts/permits.md');
    const next = join(permits, 'next.md');
    writeFileSync(next, readFileSync(old, 'utf8').replace('行政许可的设定和实施', '行政许可的设定与实施'));
    expect((await colored(permits, {}, 'diff', old, next)).stdout).not.toContain(ESC);
    expect((await colored(permits, { NO_COLOR: '1' }, 'diff', old, next, '--color')).stdout).toContain(ESC);
  });

  it('are refused by a command that prints no colors, and are words where an option takes them as its value', async () => {
    const dir = await corpusWorkspace('lawrefbook/zhuanli_fa_shishi_xize_2010.md', 'patent');
    const refused = await colored(dir, {}, 'status', '--color');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/unknown option '--color'/u);
    expect((await colored(dir, {}, 'feedback', 'add', '--unit', '局', '--comment', '--no-color')).code).toBe(0);
    expect(readFileSync(join(dir, 'feedback/patent/1.yaml'), 'utf8')).toMatch(/comment: --no-color/u);
  });
});
