// Marks written as HTML (<strong>, <del>: where CommonMark lets no ** or ~~
// open or close, as before 、) are raw HTML, which a PDF drops: --pdf's Lua
// filter makes them pandoc's bold and strikeout. Checked through pandoc on the
// seed's redline and on 行政许可法's, without xelatex.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PANDOC_FROM, PDF_FILTER } from '../src/cli/pdf.js';
import { corpusWorkspace, redline, seedWorkspace, tempDir } from './helpers/cli.js';

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

interface Node {
  t: string;
  c?: unknown;
}

/** Every element of pandoc's JSON, depth first. */
function* elements(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const item of value) yield* elements(item);
  else if (value !== null && typeof value === 'object') {
    if (typeof (value as Node).t === 'string') yield value as Node;
    for (const item of Object.values(value)) yield* elements(item);
  }
}

/** The document as pandoc reads it for --pdf, filter applied. */
function asPdfReads(markdownFile: string): Node[] {
  const filter = join(tempDir(), 'pdf.lua');
  writeFileSync(filter, PDF_FILTER);
  const json = execFileSync('pandoc', [markdownFile, PANDOC_FROM, '--lua-filter', filter, '-t', 'json'], { encoding: 'utf8' });
  return [...elements(JSON.parse(json))];
}

const text = (node: Node) => [...elements(node.c)].filter((n) => n.t === 'Str').map((n) => n.c as string).join('');

describe.skipIf(!hasPandoc)('marks written as HTML, as --pdf reads them', () => {
  it('the seed: 、区民政局 inserted is bold, and no <strong> or <del> is left as raw HTML', async () => {
    const dir = await seedWorkspace();
    expect((await redline(dir, 'decide', '--all-pending', 'adopt', '--by', '张三', '--date', '2018-01-20')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    const redlined = join(dir, 'out/seed.redline.md');
    expect(readFileSync(redlined, 'utf8')).toContain('<strong>、区民政局</strong>');
    const nodes = asPdfReads(redlined);
    expect(nodes.filter((n) => n.t === 'RawInline' && /<\/?(?:strong|del)>/u.test(JSON.stringify(n.c)))).toEqual([]);
    expect(nodes.filter((n) => n.t === 'Strong').map(text)).toContain('、区民政局');
  });

  it('行政许可法: 法定的权限 → 法定的权限、依据, the insertion bold in the redline and the comparison table', async () => {
    const dir = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk');
    const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; number: string }>;
    const article4 = clauses.find((c) => c.number === '第四条')!.id;
    const added = await redline(dir, 'feedback', 'add', '--unit', '某局', '--comment', '建议增加行政法规', '--op', 'replace', '--clause', article4, '--quote', '法定的权限', '--text', '法定的权限、依据');
    expect(added.code, added.stderr).toBe(0);
    expect((await redline(dir, 'decide', '1', 'adopt', '--date', '2024-11-08')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    for (const output of ['redline', 'comparison']) {
      expect(readFileSync(join(dir, `out/xk.${output}.md`), 'utf8')).toContain('<strong>、依据</strong>');
      const nodes = asPdfReads(join(dir, `out/xk.${output}.md`));
      expect(nodes.filter((n) => n.t === 'RawInline' && /<\/?(?:strong|del)>/u.test(JSON.stringify(n.c))), output).toEqual([]);
      expect(nodes.filter((n) => n.t === 'Strong').map(text), output).toContain('、依据');
    }
    // A title inside a title in angle brackets is text, not an HTML tag that pandoc drops.
    for (const output of ['revised', 'redline']) {
      const plain = execFileSync('pandoc', [join(dir, `out/xk.${output}.md`), '--from=markdown', '-t', 'plain', '--wrap=none'], { encoding: 'utf8' });
      expect(plain, output).toContain('《关于修改<中华人民共和国建筑法>等八部法律的决定》');
    }
  });
});

describe.skipIf(!hasPandoc)('quotation marks as --pdf reads them', () => {
  it.each([
    { file: 'cn_gov_pages_excerpts/xiamen_shehui_xinyong_tiaoli_caoan_xiugai_ergao_zhengqiu_yijian_gao_EXCERPT.txt', name: 'xm', comment: '第一条"培育社会信用服务产业",建议改为"发展社会信用服务产业"' },
    { file: 'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', name: 'bill', comment: `The phrase "right-size the Government" is jargon; the bill's sponsors should say "reduce".` },
  ])('keep a comment\'s straight quotes in the response table as written, not turned one way ($name; from a clerk\'s walk)', async ({ file, name, comment }) => {
    const dir = await corpusWorkspace(file, name);
    expect((await redline(dir, 'feedback', 'add', '--unit', 'A', '--comment', comment)).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    const nodes = asPdfReads(join(dir, `out/${name}.feedback.md`));
    // pandoc's smart quotes would make Quoted nodes (or ” on both sides in Chinese).
    expect(nodes.filter((n) => n.t === 'Quoted')).toEqual([]);
    const cell = nodes.filter((n) => n.t === 'Plain').map(text).find((t) => t.includes('"'));
    expect(cell?.replace(/\s+/gu, '')).toBe(comment.replace(/\s+/gu, ''));
  });
});
