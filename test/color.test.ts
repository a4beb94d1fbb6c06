// When a command's output gets colors: the conventions of FORCE_COLOR,
// NO_COLOR and TERM=dumb, decided by redline itself (chalk's own detection is
// not bundled, see scripts/bundle.js).
import { describe, expect, it } from 'vitest';
import { colorsFor } from '../src/cli/color.js';
import type { Io } from '../src/cli/io.js';

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
