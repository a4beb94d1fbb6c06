// The author's front matter keys (for pandoc) go on into the outputs: the
// revised text carries them all, the tables the typesetting ones; redline's
// own keys and the draft's comments stay behind; --pdf's defaults give way to
// the author's. On 行政许可法 and a US bill.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontMatterKeys, pandocArguments } from '../src/cli/pdf.js';
import { corpusWorkspace, redline } from './helpers/cli.js';

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

const AUTHORS_KEYS = [
  'author: 司法部立法局',
  'subtitle: （修改稿）',
  'toc: false',
  'CJKmainfont: Noto Sans CJK SC',
  'geometry:',
  '  - margin=2cm',
  '  - landscape',
  '# a note on the draft file',
  'fontsize: 12pt',
].join('\n');
const TYPESETTING = ['CJKmainfont: Noto Sans CJK SC', 'geometry:', '  - margin=2cm', '  - landscape', 'fontsize: 12pt'].join('\n');

/** A corpus document imported, its front matter given the author's keys, built. */
async function builtWith(file: string, name: string): Promise<{ dir: string; out: (suffix: string) => string }> {
  const dir = await corpusWorkspace(file, name);
  const path = join(dir, `drafts/${name}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\ntitle: /u, `\n${AUTHORS_KEYS}\ntitle: `));
  const built = await redline(dir, 'build');
  expect(built.code, built.stderr).toBe(0);
  return { dir, out: (suffix) => readFileSync(join(dir, 'out', `${name}.${suffix}.md`), 'utf8') };
}

const head = (markdown: string) => markdown.slice(0, markdown.indexOf('\n---\n', 4) + 5);

describe.each([
  ['lawrefbook/xingzheng_xuke_fa_2019.md', 'xk', '"中华人民共和国行政许可法"', '"zh-CN"'],
  ['us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'hr1000', null, '"en-US"'],
] as const)('%s with the author\'s keys in its front matter', (file, name, title, lang) => {
  it('gives the revised text every key of the author, as written, after title and lang; the tables the typesetting ones', async () => {
    const { out } = await builtWith(file, name);
    const revised = head(out('revised'));
    const titleLine = title ? `title: ${title}\n` : revised.match(/^title: .*\n/mu)![0];
    expect(revised).toBe(`---\n${titleLine}lang: ${lang}\n${AUTHORS_KEYS.replace('# a note on the draft file\n', '')}\n---\n`);
    for (const table of ['feedback', 'comparison', 'redline']) {
      const text = head(out(table));
      expect(text).toMatch(new RegExp(`^---\\ntitle: .+\\nlang: ${lang}\\n`, 'u'));
      expect(text.endsWith(`\n${TYPESETTING}\n---\n`), text).toBe(true);
      expect(text).not.toContain('author');
      expect(text).not.toContain('toc');
    }
    // redline's own notes stay in the draft.
    expect(revised).not.toMatch(/^(numbering|source|consultation|version):/mu);
  });

  it.skipIf(!hasPandoc)('reads back through pandoc with each value of its type: toc a boolean, geometry a list', async () => {
    const { dir } = await builtWith(file, name);
    const json = JSON.parse(execFileSync('pandoc', ['-f', 'markdown', '-t', 'json', join(dir, 'out', `${name}.revised.md`)], { encoding: 'utf8' })) as { meta: Record<string, { t: string; c: unknown }> };
    expect(json.meta.toc).toEqual({ t: 'MetaBool', c: false });
    expect(json.meta.geometry!.t).toBe('MetaList');
    expect(json.meta.author!.t).toBe('MetaInlines');
  });
});

describe('what the author\'s keys cannot carry', () => {
  it('copies a value given by an alias resolved, and never the keys that bring raw TeX or HTML', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'samr');
    const path = join(dir, 'drafts/samr.md');
    const keys = 'mainfont: &serif Noto Serif CJK SC\nCJKmainfont: *serif\nsubtitle: *title\nheader-includes: |\n  ```{=latex}\n  \\input{/etc/hostname}\n  ```\ninclude-before: x\n';
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\ntitle: (.*)\n/u, `\ntitle: &title $1\n${keys}`));
    const built = await redline(dir, 'build');
    expect(built.code, built.stderr).toBe(0);
    const revised = readFileSync(join(dir, 'out/samr.revised.md'), 'utf8');
    expect(head(revised)).toBe('---\ntitle: "明码标价和禁止价格欺诈规定"\nlang: "zh-CN"\nmainfont: Noto Serif CJK SC\nCJKmainfont: "Noto Serif CJK SC"\nsubtitle: "明码标价和禁止价格欺诈规定"\n---\n');
    expect(head(readFileSync(join(dir, 'out/samr.comparison.md'), 'utf8'))).toMatch(/\nmainfont: Noto Serif CJK SC\nCJKmainfont: "Noto Serif CJK SC"\n---\n$/u);
    for (const file of ['revised', 'feedback', 'comparison', 'redline']) expect(readFileSync(join(dir, `out/samr.${file}.md`), 'utf8')).not.toMatch(/include|input|&serif|\*serif/u);
  });
});

describe('--pdf and the author\'s keys', () => {
  it('passes its defaults (font, paper, margins) only where the output does not set them', () => {
    const markdown = `---\ntitle: "x"\nlang: "zh-CN"\nCJKmainfont: Noto Sans CJK SC\ngeometry:\n  - margin=2cm\n---\n\n正文\n`;
    const keys = frontMatterKeys(markdown);
    expect([...keys]).toEqual(['title', 'lang', 'CJKmainfont', 'geometry']);
    const args = pandocArguments('a.md', 'a.pdf', 'zh-CN', 'f.lua', keys);
    expect(args.filter((_, i) => args[i - 1] === '-V')).toEqual(['papersize=a4', 'babel-lang=chinese-hans']);
    const plain = pandocArguments('a.md', 'a.pdf', 'en-US', 'f.lua', frontMatterKeys('---\ntitle: "x"\n---\n'));
    expect(plain.filter((_, i) => plain[i - 1] === '-V')).toEqual(['CJKmainfont=Noto Serif CJK SC', 'papersize=a4', 'geometry=margin=2.5cm']);
    // Keys as the author may have written them: quoted, a space before the colon.
    expect([...frontMatterKeys('---\ntitle: "x"\n"CJKmainfont": A\npapersize : a5\n---\n')]).toEqual(['title', 'CJKmainfont', 'papersize']);
    // Raw TeX is off in every form, raw blocks and inline raw attributes too.
    expect(plain).toContain('--from=markdown-raw_tex-raw_attribute-smart');
  });
});
