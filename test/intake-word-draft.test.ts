// `redline import draft.docx`: a Word draft gives the same clauses as the same
// text pasted as plain text, with the numbers Word generates from list styles
// (第%1章, 第%1条, （%2）…) written out as text.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../src/core/draft/clause.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { docxText, readWordDocument } from '../src/core/intake/docx.js';
import { formatNumber } from '../src/core/intake/docx-numbering.js';
import { CORPUS, redline, tempDir } from './helpers/cli.js';
import { wordDocument, type WordList, type WordParagraph } from './helpers/office.js';

const CN = '[一二三四五六七八九十百零]+';

/** The corpus text as a clerk's plain paragraphs: headings' "#" and the site's INFO marker gone. */
function paragraphsOf(file: string): string[] {
  return readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('<!--'))
    .map((l) => l.replace(/^#+\s*/u, ''));
}

const LISTS: WordList[] = [
  { reference: 'chapters', levels: [['第%1章', 'CHINESE_COUNTING', 'SPACE'], ['第%2节', 'CHINESE_COUNTING', 'SPACE']] },
  { reference: 'articles', levels: [['第%1条', 'CHINESE_COUNTING', 'SPACE'], ['（%2）', 'CHINESE_COUNTING', 'NOTHING'], ['(%3)', 'CHINESE_COUNTING', 'NOTHING']] },
];

/** The same paragraphs with their numbers taken out and left to Word's lists. */
function asWordLists(paragraphs: readonly string[]): WordParagraph[] {
  return paragraphs.map((line) => {
    const rules: Array<[RegExp, string, number]> = [
      [new RegExp(`^第${CN}章\\s+(.*)$`, 'u'), 'chapters', 0],
      [new RegExp(`^第${CN}节\\s+(.*)$`, 'u'), 'chapters', 1],
      [new RegExp(`^第${CN}条\\s+(.*)$`, 'u'), 'articles', 0],
      [new RegExp(`^（${CN}）(.*)$`, 'u'), 'articles', 1],
      [new RegExp(`^\\(${CN}\\)(.*)$`, 'u'), 'articles', 2],
    ];
    for (const [re, list, level] of rules) {
      const m = re.exec(line);
      if (m) return { text: m[1]!, list, level };
    }
    return { text: line };
  });
}

const shape = (clauses: readonly Clause[]) => clauses.map((c) => ({ id: c.id, number: c.number, level: c.level, parent: c.parent, title: c.title, text: c.text }));

describe('a Word draft numbered by list styles', () => {
  it.each([
    // Chapters, sections, 83 articles numbered on across chapters, items （一） restarting per article.
    ['lawrefbook/xingzheng_xuke_fa_2019.md', { 第一章: 8, 第一节: 6, 第一条: 83, '（一）': 50 }],
    ['lawrefbook/samr_mingma_biaojia_2022.md', { 第一条: 27, '（一）': 14 }],
    // Items written (一) with ASCII parentheses.
    ['lawrefbook/nianjie_fangjia_banfa_2013.md', { 第一条: 7, '（一）': 11 }],
  ])('%s gives the clauses of its plain text', async (file, styles) => {
    const paragraphs = paragraphsOf(file);
    const fromText = importDraft(`${paragraphs.join('\n\n')}\n`, { format: 'text' });
    const bytes = await wordDocument(asWordLists(paragraphs), LISTS);
    const blocks = readWordDocument(bytes, 'draft.docx').blocks;
    // The numbers are nowhere in the document's text: Word makes them from numbering.xml.
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(paragraphs);
    const fromWord = importDraft(docxText(blocks), { format: 'text' });
    expect(shape(fromWord.clauses)).toEqual(shape(fromText.clauses));
    const counts: Record<string, number> = {};
    for (const c of fromWord.clauses) if (c.marker) counts[c.marker.style] = (counts[c.marker.style] ?? 0) + 1;
    for (const [style, n] of Object.entries(styles)) expect(counts[style] ?? 0, style).toBe(n);
  });

  it('imports through the CLI, saying it read Word', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, '放假办法.docx'), await wordDocument(asWordLists(paragraphsOf('lawrefbook/nianjie_fangjia_banfa_2013.md')), LISTS));
    const result = await redline(dir, 'import', '放假办法.docx', '--name', 'holidays');
    expect(result).toEqual({ code: 0, stdout: 'imported 21 clauses (18 numbered) from 放假办法.docx (docx) into drafts/holidays.md\n', stderr: '' });
    const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ number: string; text: string }>;
    expect(clauses.filter((c) => c.number === '第六条').map((c) => c.text)).toEqual(['全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假。部分公民放假的假日，如果适逢星期六、星期日，则不补假。']);
    expect(clauses.filter((c) => c.number.startsWith('(')).map((c) => c.number)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(一)', '(二)', '(三)', '(四)']);
  });

  it('takes the feedback table after the draft in the same Word document into entries', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    const table = [
      ['序号', '单位', '意见', '采纳情况', '未采纳原因'],
      ['1', '县人社局', '建议将第二条第二项中的“放假3天”改为“放假4天”。', '不采纳', '春节假期由国务院统一规定。'],
      ['2', '县教育局', '第三条第三项建议将“不满14周岁”改为“不满14周岁（含）”。', '', ''],
    ].map((row) => row.map((text) => ({ text })));
    const blocks = [...asWordLists(paragraphsOf('lawrefbook/nianjie_fangjia_banfa_2013.md')), { text: '征求意见反馈情况' }, table];
    writeFileSync(join(dir, 'page.docx'), await wordDocument(blocks, LISTS));
    const result = await redline(dir, 'import', 'page.docx', '--name', 'holidays');
    expect(result.stdout.split('\n').slice(0, 1)).toEqual(['imported 21 clauses (18 numbered) from page.docx (docx) into drafts/holidays.md']);
    expect(result.stdout).toContain('imported 2 entries (1–2), 2 proposed edits, 1 already decided into feedback/holidays/\n');
    const draft = readFileSync(join(dir, 'drafts/holidays.md'), 'utf8');
    expect(draft).not.toContain('县人社局');
    expect((await redline(dir, 'check')).code).toBe(0);
  });

  it('refuses a file that is not a Word document, and an old .doc, changing nothing', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, 'fake.docx'), '这不是Word文件');
    writeFileSync(join(dir, 'old.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const fake = await redline(dir, 'import', 'fake.docx');
    expect(fake.code).toBe(2);
    expect(fake.stderr).toMatch(/^fake\.docx: error: not a Word document \(\.docx\): .+ \[docx\]\n$/);
    const old = await redline(dir, 'import', 'old.docx');
    expect(old.code).toBe(2);
    expect(old.stderr).toBe('old.docx: error: Word 97-2003 .doc (or WPS .wps) is not read: save it as .docx (Word: File › Save As › Word Document) and import that [docx]\n');
  });

  it('writes numbers in the formats Word offers', () => {
    expect(['decimal', 'chineseCounting', 'chineseCountingThousand', 'chineseLegalSimplified', 'ideographTraditional', 'upperRoman', 'lowerLetter', 'decimalEnclosedCircle', 'decimalFullWidth', 'decimalZero'].map((f) => formatNumber(12, f))).toEqual([
      '12', '十二', '十二', '拾贰', '乙', 'XII', 'l', '⑫', '１２', '12',
    ]);
    expect(formatNumber(3, 'decimalEnclosedParen')).toBe('⑶');
    expect(formatNumber(105, 'chineseCounting')).toBe('一百零五');
  });
});

const hasPandoc = (() => {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasPandoc)('a draft written to Word by pandoc (skipped: pandoc is not installed)', () => {
  it('gives the clauses that `pandoc -t plain` shows, Word list numbers included', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    // The body of the seed's draft: its "1. …" items become Word lists in pandoc's .docx.
    const seedDraft = (await (async () => {
      await redline(dir, 'import', join(CORPUS, '../seed-page.txt'), '--name', 'seed');
      return readFileSync(join(dir, 'drafts/seed.md'), 'utf8');
    })())
      .replace(/^---\n[\s\S]*?\n---\n/u, '')
      .replace(/^<!-- #c\d+ -->\n/gmu, '');
    writeFileSync(join(dir, 'body.md'), seedDraft);
    execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'body.docx'), join(dir, 'body.md')]);
    const plain = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', join(dir, 'body.docx')], { encoding: 'utf8' });
    const listed = readWordDocument(readFileSync(join(dir, 'body.docx')), 'body.docx').blocks;
    const fromWord = importDraft(docxText(listed), { format: 'text' });
    const fromPlain = importDraft(plain, { format: 'text' });
    expect(shape(fromWord.clauses)).toEqual(shape(fromPlain.clauses));
    // and they are the seed's own clauses, every item number kept.
    const seed = importDraft(readFileSync(join(CORPUS, '../seed-page.txt'), 'utf8'), { format: 'text' });
    expect(fromWord.clauses.map((c) => c.number)).toEqual(seed.clauses.map((c) => c.number));
  });
});
