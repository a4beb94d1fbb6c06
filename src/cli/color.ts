// Colors follow the usual conventions: FORCE_COLOR wins, NO_COLOR switches
// them off, otherwise only a terminal gets them, and not a dumb one
// (TERM=dumb: Emacs' shell, some CI logs).
import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';

export function colorsFor(io: Io): ChalkInstance {
  const force = io.env['FORCE_COLOR'];
  let level: 0 | 1 | 2 | 3 = io.isTTY && io.env['TERM'] !== 'dumb' ? 2 : 0;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') level = 0;
  if (force !== undefined) level = force === '0' || force === 'false' ? 0 : (Math.min(3, Math.max(1, Number(force) || 1)) as 1 | 2 | 3);
  return new Chalk({ level });
}
