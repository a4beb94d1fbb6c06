// `redline git-textconv <file>`: what git calls (diff.redline.textconv, see
// git-setup.ts) to show a draft in `git log -p` and `git show`, once per file:
// the draft as one line per clause. Its own module, so that it loads only that.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clauseLines } from '../../core/diff/clause-lines.js';
import { mergeConflict } from '../../core/merge-conflict.js';
import type { Io } from '../io.js';
import { formatProblem } from '../report.js';
import { decodeUtf8 } from '../text-file.js';
import { safeText } from '../terminal-text.js';

export interface GitTextconvOptions {
  /** The draft file git hands over. */
  file: string;
}

export async function gitTextconvCommand({ file }: GitTextconvOptions, io: Io): Promise<number> {
  // Never a � for what the file holds: bytes that are not UTF-8 are refused, with where they are.
  const text = decodeUtf8(readFileSync(resolve(io.cwd, file)), file);
  // A draft git left mid-merge (git diff during the merge) is no draft to read as clauses: it is shown
  // as written, under a first line that says why (the stages beside it are clause lines), as git-diff's note does.
  const normal = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const conflict = mergeConflict(normal, file);
  if (conflict) {
    io.stdout(`note: not read as a draft (${formatProblem(conflict)}); showing lines\n${safeText(normal)}`);
    return 0;
  }
  io.stdout(clauseLines(text, file));
  return 0;
}
