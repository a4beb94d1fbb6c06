// `redline git-textconv <file>`: what git calls (diff.redline.textconv, see
// git-setup.ts) to show a draft in `git log -p` and `git show`, once per file:
// the draft as one line per clause. Its own module, so that it loads only that.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clauseLines } from '../../core/diff/clause-lines.js';
import type { Io } from '../io.js';
import { decodeUtf8 } from '../text-file.js';

export interface GitTextconvOptions {
  /** The draft file git hands over. */
  file: string;
}

export async function gitTextconvCommand({ file }: GitTextconvOptions, io: Io): Promise<number> {
  // Never a � for what the file holds: bytes that are not UTF-8 are refused, with where they are.
  io.stdout(clauseLines(decodeUtf8(readFileSync(resolve(io.cwd, file)), file), file));
  return 0;
}
