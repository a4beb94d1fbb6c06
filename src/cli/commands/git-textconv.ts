// `redline git-textconv <file>`: what git calls (diff.redline.textconv, see
// git-setup.ts) to show a draft in `git log -p` and `git show`, once per file:
// the draft as one line per clause. Its own module, so that it loads only that.
import { readFileSync } from 'node:fs';
import { clauseLines } from '../../core/diff/clause-lines.js';
import type { Io } from '../io.js';

export interface GitTextconvOptions {
  /** The draft file git hands over. */
  file: string;
}

export async function gitTextconvCommand({ file }: GitTextconvOptions, io: Io): Promise<number> {
  io.stdout(clauseLines(readFileSync(file, 'utf8'), file));
  return 0;
}
