import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeDirectory, writeFileAtomic } from '../atomic-write.js';
import type { Io } from '../io.js';
import { CONFIG_FILE, displayPath } from '../workspace.js';

const CONFIG = `# redline workspace (see the redline README for the full guide)
#
#   drafts/<name>.md        one draft per file: front matter + clauses with IDs
#   feedback/<name>/*.yaml  one feedback entry per file, with its edits and decision
#
# Folder that \`redline build\` writes into when --out is not given.
out: out
`;

export interface InitOptions {
  /** The folder to make a workspace of, from the current one. */
  dir: string;
}

export async function initCommand({ dir }: InitOptions, io: Io): Promise<number> {
  const root = resolve(io.cwd, dir);
  const config = join(root, CONFIG_FILE);
  if (existsSync(config)) {
    io.stdout(`${dir}/${CONFIG_FILE} already exists: this is a workspace already; nothing changed\n`);
    return 0;
  }
  const display = (path: string) => displayPath(io.cwd, path);
  // Checked one level at a time: a place such as /proc/x fails at once instead of hanging.
  makeDirectory(join(root, 'drafts'), display);
  makeDirectory(join(root, 'feedback'), display);
  writeFileAtomic(config, CONFIG, { display });
  io.stdout(`created a redline workspace in ${dir}\nnext: redline import <draft file>\n`);
  return 0;
}
