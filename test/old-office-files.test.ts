// Office files by what their bytes are, not what they are called: an .xlsx
// saved as .xls (or WPS's .et) is read as the workbook it is, a .docx saved as
// .doc as the Word document; a real 97–2003 file (OLE2) is refused by name,
// not as "a binary file, not text".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redline, snapshot, tempDir } from './helpers/cli.js';
import { wordDocument, workbook } from './helpers/office.js';

const ROWS = [
  ['序号', '单位', '意见'],
  ['1', '庚局', '建议将“不得转让”修改为“禁止转让”。'],
  ['2', '辛局', '建议加强配套制度建设。'],
];
// The first bytes of a compound file (Excel, Word and WPS 97–2003 alike).
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
const XLS = 'error: Excel 97-2003 .xls (or Word .doc / WPS .et) is not read: save it as .xlsx (.docx) and import that [xlsx]\n';
const DOC = 'error: Word 97-2003 .doc (or WPS .wps) is not read: save it as .docx (Word: File › Save As › Word Document) and import that [docx]\n';

async function workspace(): Promise<string> {
  const dir = tempDir();
  await redline(dir, 'init');
  writeFileSync(join(dir, 'd.md'), '# 办法\n\n第九条 许可证件不得转让。\n');
  expect((await redline(dir, 'import', 'd.md')).code).toBe(0);
  return dir;
}

describe('an Office file under an old name', () => {
  it.each(['意见.xls', '意见.et'])('%s holding an .xlsx is read as the workbook', async (name) => {
    const dir = await workspace();
    writeFileSync(join(dir, name), await workbook([{ name: '汇总', rows: ROWS }]));
    const result = await redline(dir, 'feedback', 'import', name, '--sheet', '汇总');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      `${name}, sheet 汇总: 2 row(s); columns: 序号 → number, 单位 → unit, 意见 → comment`,
      'imported 2 entries (1–2), 1 proposed edits, 1 comment-only into feedback/d/',
      '',
    ]);
  });

  it('a .doc holding a .docx: its table is imported, and as a draft it is read as Word', async () => {
    const dir = await workspace();
    writeFileSync(join(dir, '意见.doc'), await wordDocument([ROWS.map((r) => r.map((text) => ({ text })))]));
    const table = await redline(dir, 'feedback', 'import', '意见.doc');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('意见.doc, table 1: 2 row(s)');
    writeFileSync(join(dir, '办法.doc'), await wordDocument([{ text: '第一条 为了规范许可，制定本办法。' }, { text: '第二条 本办法自公布之日起施行。' }]));
    const draft = await redline(dir, 'import', '办法.doc');
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stdout).toMatch(/^imported \d+ clauses \(\d+ numbered\) from 办法\.doc \(docx\) into drafts\/办法\.md\n/u);
    expect(readFileSync(join(dir, 'drafts/办法.md'), 'utf8')).toContain('第二条 本办法自公布之日起施行。');
  });
});

describe('a real 97–2003 file', () => {
  it('is refused by name with exit 2, nothing written: .xls, .et, .doc, as a table and as a draft', async () => {
    const dir = await workspace();
    for (const name of ['legacy.xls', 'legacy.et', 'legacy.doc']) writeFileSync(join(dir, name), OLE2);
    const before = snapshot(dir);
    expect(await redline(dir, 'feedback', 'import', 'legacy.xls')).toMatchObject({ code: 2, stdout: '', stderr: `legacy.xls: ${XLS}` });
    expect(await redline(dir, 'feedback', 'import', 'legacy.et')).toMatchObject({ code: 2, stdout: '', stderr: `legacy.et: ${XLS}` });
    expect(await redline(dir, 'feedback', 'import', 'legacy.doc')).toMatchObject({ code: 2, stdout: '', stderr: `legacy.doc: ${DOC}` });
    expect(await redline(dir, 'import', 'legacy.doc', '--name', 'x')).toMatchObject({ code: 2, stdout: '', stderr: `legacy.doc: ${DOC}` });
    expect(snapshot(dir)).toEqual(before);
  });
});
