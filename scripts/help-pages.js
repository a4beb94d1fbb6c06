// Renders every command's help with the CLI just built (commander itself), at
// 80 columns and unwrapped, into dist/help-pages.cjs: src/cli/help-pages.ts
// serves them where they are what commander would print.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadChunk } from '../bin/dist-loader.js';
import { HELP } from './code-cache.js';

const UNWRAPPED = 100_000;

export async function writeHelpPages(dist) {
  const { run } = loadChunk(resolve(dist, 'main.cjs'));
  const render = async (path, columns) => {
    let out = '';
    let err = '';
    const io = { cwd: process.cwd(), env: { NO_COLOR: '1' }, stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, columns };
    const code = await run([...path, '--help'], io);
    if (code !== 0 || err) throw new Error(`redline ${[...path, '--help'].join(' ')} exited ${code}: ${err}`);
    return out;
  };
  const pages = {};
  for (const command of ['', ...HELP]) {
    const path = command ? command.split(' ') : [];
    const unwrapped = await render(path, UNWRAPPED);
    const wideFrom = Math.max(0, ...unwrapped.split('\n').map((line) => line.length));
    // From its widest line on, commander wraps nothing: the unwrapped page is what it prints.
    if ((await render(path, wideFrom)) !== unwrapped) throw new Error(`the help of "redline ${command}" wraps at ${wideFrom} columns`);
    pages[command] = { at80: await render(path, 80), unwrapped, wideFrom };
  }
  writeFileSync(resolve(dist, 'help-pages.cjs'), `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(pages))});\n`);
}
