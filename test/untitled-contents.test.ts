// A table of contents printed with no 目录 line (第一章 … 第八章 listed, then
// 第一章 总则 with its articles) is no run of chapters: read as one, 第一章
// would be there twice, and 第二章 … 第八章 would be empty chapters that a
// reference to 第二章 finds first. It is left out and its lines named (厦门经济
// 特区社会信用条例 as published for comment, from a clerk's walk; 行政许可法
// with its chapters and sections listed above its text, in Markdown and as
// plain text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../src/core/draft/clause.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS, corpusWorkspace, redline } from './helpers/cli.js';

const XIAMEN = 'cn_gov_pages_excerpts/xiamen_shehui_xinyong_tiaoli_caoan_xiugai_ergao_zhengqiu_yijian_gao_EXCERPT.txt';
const parts = (clauses: readonly Clause[]) => clauses.filter((c) => /^第.+[编章节]$/u.test(c.number)).map((c) => c.number);
const shape = (clauses: readonly Clause[]) => clauses.map((c) => [c.id, c.parent, c.level, c.number, c.text]);

describe('the 厦门 page’s chapters listed before 第一章', () => {
  it('make no chapter: 第一章 once, over its articles; the listing’s lines named as left out', () => {
    const imported = importDraft(readFileSync(join(CORPUS, XIAMEN), 'utf8'), { format: 'text' });
    expect(parts(imported.clauses)).toEqual(['第一章']);
    const chapter = imported.clauses.find((c) => c.number === '第一章')!;
    expect(imported.clauses.filter((c) => c.number.endsWith('条')).map((c) => c.parent)).toEqual([chapter.id, chapter.id]);
    expect(imported.contents).toEqual([30, 32, 34, 36, 38, 40, 42, 44]);
    expect(imported.clauses.filter((c) => c.text.includes('社会信用信息归集'))).toEqual([]);
  });

  it('says so on import', async () => {
    const dir = await corpusWorkspace(XIAMEN, 'xm');
    const clauses = await redline(dir, 'clauses', '--json');
    expect(parts(JSON.parse(clauses.stdout) as Clause[])).toEqual(['第一章']);
    const again = await redline(dir, 'import', join(CORPUS, XIAMEN), '--name', 'xm2');
    expect(again.stdout).toMatch(/left out a table of contents with no 目录 line \(8 chapter headings[^\n]*:30, 32, 34, 36, 38, 40, 42, 44\n/u);
  });
});

describe('行政许可法 with its chapters and sections listed above its text, no 目录 line', () => {
  const source = readFileSync(join(CORPUS, 'lawrefbook/xingzheng_xuke_fa_2019.md'), 'utf8');
  const headings = [...source.matchAll(/^#{2,3} (第.+)$/gmu)].map((m) => m[1]!);
  const listed = source.replace('<!-- INFO END -->\n', `<!-- INFO END -->\n\n${headings.join('\n\n')}\n`);
  const original = importDraft(source, { format: 'markdown' });

  it.each([
    ['Markdown', listed, 'markdown'],
    ['plain text', listed.replace(/^#{1,6} /gmu, ''), 'text'],
  ] as const)('imports as the text without the listing (%s)', (_, text, format) => {
    expect(headings).toHaveLength(14);
    const imported = importDraft(text, { format });
    expect(parts(imported.clauses)).toEqual(parts(original.clauses));
    expect(parts(imported.clauses).filter((n) => n === '第一章')).toHaveLength(1);
    expect(shape(imported.clauses.filter((c) => c.number !== '')).map((s) => s.slice(2))).toEqual(shape(original.clauses.filter((c) => c.number !== '')).map((s) => s.slice(2)));
    const lines = text.split('\n');
    expect(imported.contents.map((line) => lines[line - 1])).toEqual(headings);
  });

  it('keeps a run of headings that the text does not repeat: a part’s chapter under it is no listing (民法典)', () => {
    const code = importDraft(readFileSync(join(CORPUS, 'lawbasecn/minfadian_civil_code.txt'), 'utf8'), { format: 'text' });
    expect(code.contents).toEqual([]);
  });
});
