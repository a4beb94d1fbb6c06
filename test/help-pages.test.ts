// `redline --help` and `redline <command> --help` are served from pages
// rendered when the CLI was built (src/cli/help-pages.ts): each must be what
// commander prints, for every command, at the widths it is served at.
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderedHelp, type HelpPages } from '../src/cli/help-pages.js';
import { run } from '../src/cli/main.js';
import { ROOT, tempDir } from './helpers/cli.js';
import { commandPaths } from './helpers/commands.js';

const require = createRequire(import.meta.url);
const { loadChunk } = require(join(ROOT, 'bin/dist-loader.js')) as { loadChunk: (path: string) => HelpPages };
/** The pages of the CLI built in dist/ (npm test builds it first). */
const pages = loadChunk(join(ROOT, 'dist/help-pages.cjs'));

/** Help as commander renders it (from source there are no pages) at `columns`. */
async function commanderHelp(path: string[], columns?: number): Promise<string> {
  let stdout = '';
  const code = await run([...path, '--help'], { cwd: ROOT, env: { NO_COLOR: '1' }, stdout: (s) => (stdout += s), stderr: () => {}, isTTY: columns !== undefined, columns });
  expect(code).toBe(0);
  return stdout;
}

describe('help pages', () => {
  it('exist for redline and every command and subcommand', () => {
    expect(Object.keys(pages).sort()).toEqual(commandPaths().map((path) => path.join(' ')).sort());
  });

  it('are what commander prints at 80 columns and, from their widest line on, unwrapped', async () => {
    for (const path of commandPaths()) {
      const page = pages[path.join(' ')]!;
      expect(page.at80).toBe(await commanderHelp(path));
      expect(page.unwrapped).toBe(await commanderHelp(path, page.wideFrom));
      expect(page.unwrapped).toBe(await commanderHelp(path, page.wideFrom + 57));
    }
    // A width between is commander's to wrap: the top-level page wraps its commands' descriptions at 120 columns.
    const top = await commanderHelp([], 120);
    expect(top).not.toBe(pages['']!.at80);
    expect(top).not.toBe(pages['']!.unwrapped);
    expect(top).toMatch(/\n {2}build \[options\] {2,}write per draft the revised text, the feedback-response table, the\n {46}comparison table/u);
  });

  it('are what the built CLI prints for --help and -h', () => {
    const bin = join(ROOT, 'bin/redline.js');
    for (const args of [['--help'], ['-h'], ['build', '--help'], ['feedback', 'import', '-h'], ['git-textconv', '--help']]) {
      expect(execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })).toBe(pages[args.slice(0, -1).join(' ')]!.at80);
    }
  });

  it('are what the built CLI serves: a page changed in a copy of dist/ is printed as changed', () => {
    const copy = tempDir();
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    const marked = { ...pages, build: { ...pages['build']!, at80: 'a page from dist/help-pages.cjs\n' } };
    writeFileSync(join(copy, 'dist/help-pages.cjs'), `module.exports = ${JSON.stringify(marked)};\n`);
    const help = (...args: string[]) => execFileSync(process.execPath, [join(copy, 'bin/redline.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(help('build', '--help')).toBe('a page from dist/help-pages.cjs\n');
    expect(help('build', '-h')).toBe('a page from dist/help-pages.cjs\n');
    // Not served where an option stands before --help: commander renders it.
    expect(help('build', '--check', '--help')).toBe(pages['build']!.at80);
  });

  it('are served at 80 columns and from the widest line on, and nowhere else', () => {
    const page = pages['build']!;
    expect(renderedHelp(() => pages, ['build', '--help'], 80)).toBe(page.at80);
    expect(renderedHelp(() => pages, ['build', '-h'], page.wideFrom)).toBe(page.unwrapped);
    expect(renderedHelp(() => pages, ['build', '-h'], page.wideFrom - 1)).toBeUndefined();
    expect(renderedHelp(() => pages, ['build', '--help'], 100)).toBeUndefined();
    // Anything else before --help is commander's to read: an option, an unknown command, a prototype key.
    expect(renderedHelp(() => pages, ['build', '--out', 'x', '--help'], 80)).toBeUndefined();
    expect(renderedHelp(() => pages, ['buld', '--help'], 80)).toBeUndefined();
    expect(renderedHelp(() => pages, ['constructor', '--help'], 80)).toBeUndefined();
    expect(renderedHelp(() => pages, ['--help', 'build'], 80)).toBeUndefined();
    expect(renderedHelp(() => undefined, ['--help'], 80)).toBeUndefined();
    // Only a help request loads the pages: every other start goes without them.
    let loads = 0;
    const counted = () => (loads++, pages);
    renderedHelp(counted, ['diff', 'a.md', 'b.md'], 80);
    renderedHelp(counted, ['status'], 80);
    expect(loads).toBe(0);
    renderedHelp(counted, ['status', '--help'], 80);
    expect(loads).toBe(1);
  });
});
