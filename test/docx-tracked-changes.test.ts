// A Word file with tracked changes no one has accepted or rejected: redline
// reads it as Word's "accept all" shows it, and says so on stderr (the count
// and the first places), for a draft and for a feedback table alike.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusWorkspace, redline, tempDir } from './helpers/cli.js';

const DATE = '2026-11-20T09:00:00Z';
let revision = 0;
const inserted = (text: string) => new InsertedTextRun({ text, id: ++revision, author: '法规科', date: DATE });
const deleted = (text: string) => new DeletedTextRun({ text, id: ++revision, author: '法规科', date: DATE });

/** 行政许可法's paragraphs, those whose article is named given tracked changes: [before, deleted, inserted, after]. */
function trackedDraft(changes: Record<string, [string, string, string, string]>): Promise<Buffer> {
  const lines = readFileSync(join(CORPUS, 'lawrefbook/xingzheng_xuke_fa_2019.md'), 'utf8')
    .split('\n')
    .map((l) => l.trim().replace(/^#+\s*/u, ''))
    .filter((l) => l !== '' && !l.startsWith('<!--'));
  const paragraphs = lines.map((line) => {
    const article = /^第[一二三四五六七八九十百]+条/u.exec(line)?.[0];
    const change = article ? changes[article] : undefined;
    if (!change) return new Paragraph({ children: [new TextRun(line)] });
    const [before, gone, added, after] = change;
    expect(line).toBe(before + gone + after);
    return new Paragraph({ children: [new TextRun(before), ...(gone ? [deleted(gone)] : []), ...(added ? [inserted(added)] : []), new TextRun(after)] });
  });
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

const SIXTH: [string, string, string, string] = ['第六条 实施行政许可，应当遵循便民的原则，提高', '办事', '行政', '效率，提供优质服务。'];

describe('redline import of a Word draft with tracked changes', () => {
  it('reads them as accepted and warns with the count and the place (第六条: 办事 deleted, 行政 inserted)', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, 'xuke_tracked.docx'), await trackedDraft({ 第六条: SIXTH }));
    const result = await redline(dir, 'import', 'xuke_tracked.docx', '--name', 'tracked');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'xuke_tracked.docx: warning: 2 tracked changes not yet accepted (第六条) were read as accepted; accept or reject them in Word first if that is not meant [tracked-changes]\n',
    );
    expect(readFileSync(join(dir, 'drafts/tracked.md'), 'utf8')).toContain('第六条 实施行政许可，应当遵循便民的原则，提高行政效率，提供优质服务。');
  });

  it('names the first three places only, and says nothing of a file without tracked changes', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(
      join(dir, 'many.docx'),
      await trackedDraft({
        第六条: SIXTH,
        第八条: ['第八条 公民、法人或者其他组织依法取得的行政许可受法律保护，行政机关不得', '擅自', '', '改变已经生效的行政许可。'],
        第十条: ['第十条 县级以上人民政府应当建立健全对行政机关实施行政许可的监督制度，加强对行政机关实施行政许可的监督检查', '', '', '。'],
        第十一条: ['第十一条 设定行政许可，应当遵循经济和社会发展规律，有利于发挥公民、法人或者其他组织的积极性、主动性，维护公共利益和社会秩序，促进经济、社会和生态环境协调', '', '健康', '发展。'],
      }),
    );
    const result = await redline(dir, 'import', 'many.docx', '--name', 'many');
    expect(result.stderr).toContain('many.docx: warning: 4 tracked changes not yet accepted (第六条, 第八条, 第十一条) were read as accepted;');
    writeFileSync(join(dir, 'clean.docx'), await trackedDraft({}));
    const clean = await redline(dir, 'import', 'clean.docx', '--name', 'clean');
    expect([clean.code, clean.stderr]).toEqual([0, '']);
  });
});

describe('redline feedback import of a Word table with tracked changes', () => {
  it('warns as import does, the place being the cell’s opening words', async () => {
    const dir = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xuke');
    const cell = (...children: Array<TextRun | InsertedTextRun | DeletedTextRun>) => new TableCell({ children: [new Paragraph({ children })] });
    const rows = [
      new TableRow({ children: [cell(new TextRun('序号')), cell(new TextRun('单位')), cell(new TextRun('意见'))] }),
      new TableRow({
        children: [cell(new TextRun('1')), cell(new TextRun('区教育局')), cell(new TextRun('建议将第六条中的“提高办事效率”修改为“提高'), deleted('工作'), inserted('行政'), new TextRun('效率”。'))],
      }),
    ];
    writeFileSync(join(dir, '意见.docx'), await Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] })));
    const result = await redline(dir, 'feedback', 'import', '意见.docx');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      '意见.docx: warning: 2 tracked changes not yet accepted (“建议将第六条中的“提高办…”) were read as accepted; accept or reject them in Word first if that is not meant [tracked-changes]\n',
    );
    expect(result.stdout).toContain('imported 1 entries (1), 1 proposed edits into feedback/xuke/');
  });
});
