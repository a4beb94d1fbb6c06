// build --docx: a Word file of each output, through pandoc, for offices that
// pass documents on in Word. A clerk's walk converted the outputs by hand and
// lost the marks written as HTML (<del>、外事</del>, <strong>、便民</strong>: raw
// HTML, which pandoc's Word writer drops); --docx reads them with --pdf's
// filter, as Word's strikethrough and bold. On the seed and 行政许可法.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline, seedWorkspace, snapshot, tempDir } from './helpers/cli.js';

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

/** The runs of a Word file's body as [mark, text]: S struck, B bold, '' plain. */
function runs(file: string): Array<[string, string]> {
  const xml = strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);
  return [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/gu)].map(([, props = '', text]) => [
    /<w:strike ?\/>/u.test(props) ? 'S' : /<w:b ?\/>/u.test(props) ? 'B' : '',
    text!.replace(/&amp;/gu, '&'),
  ]);
}

describe.skipIf(!hasPandoc)('build --docx', () => {
  it('the seed: four Word files beside the Markdown; 、区民政局 (written <strong>) bold, 预防保健 struck, no tag left as text', async () => {
    const dir = await seedWorkspace();
    expect((await redline(dir, 'decide', '--all-pending', 'adopt', '--date', '2018-01-20')).code).toBe(0);
    const built = await redline(dir, 'build', '--docx');
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout.split('\n').filter((l) => l.endsWith('.docx'))).toEqual(['wrote out/seed.revised.docx', 'wrote out/seed.feedback.docx', 'wrote out/seed.comparison.docx', 'wrote out/seed.redline.docx']);
    expect(readFileSync(join(dir, 'out/seed.redline.md'), 'utf8')).toContain('<strong>、区民政局</strong>');
    for (const output of ['redline', 'comparison']) {
      const marked = runs(join(dir, `out/seed.${output}.docx`));
      expect(marked, output).toContainEqual(['B', '、区民政局']);
      expect(marked, output).toContainEqual(['S', '预防保健']);
      expect(marked.filter(([, text]) => /<\/?(?:strong|del)>/u.test(text)), output).toEqual([]);
    }
    // The response table is a table in Word too, its header as the Markdown's.
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'out/seed.feedback.docx')))['word/document.xml']!);
    expect(xml).toContain('<w:tbl>');
    expect(['序号', '单位', '主要意见', '意见采纳情况', '未采纳原因'].every((h) => xml.includes(`>${h}<`))).toBe(true);
  });

  it('行政许可法: 法定的权限 → 法定的权限、依据, bold in the Word redline and comparison table', async () => {
    const dir = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk');
    const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; number: string }>;
    const article4 = clauses.find((c) => c.number === '第四条')!.id;
    expect((await redline(dir, 'feedback', 'add', '--unit', '某局', '--comment', '建议增加依据', '--op', 'replace', '--clause', article4, '--quote', '法定的权限', '--text', '法定的权限、依据')).code).toBe(0);
    expect((await redline(dir, 'decide', '1', 'adopt', '--date', '2024-11-08')).code).toBe(0);
    expect((await redline(dir, 'build', '--docx')).code).toBe(0);
    for (const output of ['redline', 'comparison']) expect(runs(join(dir, `out/xk.${output}.docx`)), output).toContainEqual(['B', '、依据']);
    expect(runs(join(dir, 'out/xk.revised.docx')).map(([, text]) => text).join('')).toContain('依照法定的权限、依据、范围、条件和程序');
  });
});

describe('build --docx refused', () => {
  it('without pandoc: names it, exit 2, nothing written; with --check: exit 2', async () => {
    const dir = await seedWorkspace();
    const before = snapshot(dir);
    const empty = join(tempDir(), 'bin');
    mkdirSync(empty);
    let stderr = '';
    const { run } = await import('../src/cli/main.js');
    const code = await run(['build', '--docx'], { cwd: dir, env: { PATH: empty }, stdout: () => undefined, stderr: (s) => (stderr += s), isTTY: false });
    expect(code).toBe(2);
    expect(stderr).toBe('redline: --docx needs pandoc; missing: pandoc (pandoc).\nOn Debian or Ubuntu: sudo apt-get install pandoc\n');
    expect(snapshot(dir)).toEqual(before);
    expect(await redline(dir, 'build', '--docx', '--check')).toMatchObject({ code: 2, stderr: 'redline: --check compares the Markdown outputs; it does not go with --docx\n' });
    expect(snapshot(dir)).toEqual(before);
  });
});
