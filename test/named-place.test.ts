// A quote that is not in the place the comment names (将第八十二条中的“A”…), or
// the place its table gives (a 条款 column), is said, with where it stands,
// never changed there unasked: a walk on 立法法 2015 found 第七十二条第二款
// changed on a comment naming 第八十二条 (“ok · confidence 0.6”, no note, and
// `check --final` passed). A comment that names no place is read as before.
import { describe, expect, it } from 'vitest';
import type { Edit } from '../src/core/edits/edit.js';
import type { Entry } from '../src/core/feedback/entry.js';
import { unmadeChange } from '../src/core/feedback/unmade-change.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { corpusDraft, unit } from './helpers/drafts.js';

const LIFA = 'lawrefbook/lifa_fa_2015.md';
const XK = 'lawrefbook/xingzheng_xuke_fa_2019.md';
const kuan = (n: number) => ['款', n] as ['款', number];

describe('a quote not in the place named', () => {
  it('立法法: 第八十二条中的“本市的具体情况” (in 第七十二条第二款 alone) is no edit, and the note says both places', () => {
    const law = corpusDraft(LIFA);
    const named = proposeEdits('建议将第八十二条中的“本市的具体情况”修改为“本市的实际情况”。', law.clauses, 'zh');
    expect(named.edits).toEqual([]);
    expect(named.unparsed).toEqual([expect.stringMatching(/^将第八十二条中的“本市的具体情况”修改为“本市的实际情况” — “本市的具体情况” is not in 第八十二条 \(it is in 第七十二条第二款\)/u)]);
    const column = proposeEdits('建议将“本市的具体情况”修改为“本市的实际情况”。', law.clauses, 'zh', '第八十二条');
    expect(column.edits).toEqual([]);
    expect(column.unparsed).toEqual([expect.stringMatching(/ — “本市的具体情况” is not in 第八十二条, the place given with the comment \(it is in 第七十二条第二款\)/u)]);
    // Named nowhere, it is changed where it stands; in the place named, there.
    expect(proposeEdits('建议将“本市的具体情况”修改为“本市的实际情况”。', law.clauses, 'zh').edits).toMatchObject([{ op: 'replace', clause: unit(law, 72, kuan(2)).id }]);
    expect(proposeEdits('建议将“本市的具体情况”修改为“本市的实际情况”。', law.clauses, 'zh', '第七十二条').edits).toMatchObject([{ op: 'replace', clause: unit(law, 72, kuan(2)).id }]);
  });

  it('行政许可法: 第四十六条中的“二十日内组织听证” (in 第四十七条), named or from the place column', () => {
    const law = corpusDraft(XK);
    const named = proposeEdits('建议将第四十六条中的“二十日内组织听证”修改为“十日内组织听证”。', law.clauses, 'zh');
    expect(named.edits).toEqual([]);
    expect(named.unparsed).toEqual([expect.stringContaining('“二十日内组织听证” is not in 第四十六条 (it is in 第四十七条)')]);
    const column = proposeEdits('建议将“二十日内组织听证”修改为“十日内组织听证”。', law.clauses, 'zh', '第四十六条');
    expect(column.edits).toEqual([]);
    expect(column.unparsed).toEqual([expect.stringContaining('“二十日内组织听证” is not in 第四十六条, the place given with the comment (it is in 第四十七条)')]);
    expect(proposeEdits('建议将“二十日内组织听证”修改为“十日内组织听证”。', law.clauses, 'zh').edits).toMatchObject([{ op: 'delete', clause: unit(law, 47).id, quote: '二' }]);
  });

  it('a list of places, the quote in some of them: changed there, the others said without refusing an adoption (行政许可法, 立法法; from a review)', () => {
    const adoptedWith = (proposal: { edits: Edit[]; unparsed: string[] }): Entry => ({ id: '1', file: '1.yaml', unit: '甲', comment: '', edits: proposal.edits, editLines: [], unparsed: proposal.unparsed, decision: { status: 'adopted' } });
    const xk = corpusDraft(XK);
    const listed = proposeEdits('建议将第四十六条、第四十七条中的“二十日内组织听证”修改为“十日内组织听证”。', xk.clauses, 'zh');
    expect(listed.edits).toMatchObject([{ clause: unit(xk, 47).id }]);
    expect(listed.unparsed).toEqual([expect.stringMatching(/“二十日内组织听证” is not in 第四十六条 \(it is in 第四十七条\)[^;]*; changed in the other places listed$/u)]);
    expect(unmadeChange(adoptedWith(listed))).toBeUndefined();
    const lifa = corpusDraft(LIFA);
    const both = proposeEdits('建议将第七十二条和第八十二条中的“本市的具体情况”修改为“本市的实际情况”。', lifa.clauses, 'zh');
    expect(both.edits).toMatchObject([{ op: 'replace', clause: unit(lifa, 72, kuan(2)).id }]);
    expect(both.unparsed).toEqual([expect.stringContaining('is not in 第八十二条')]);
    expect(unmadeChange(adoptedWith(both))).toBeUndefined();
    // In none of them: each is said.
    const none = proposeEdits('建议将第八十一条、第八十二条中的“本市的具体情况”修改为“本市的实际情况”。', lifa.clauses, 'zh');
    expect(none.edits).toEqual([]);
    expect(none.unparsed).toEqual([expect.stringMatching(/is not in 第八十一条.*\)$/u), expect.stringMatching(/is not in 第八十二条.*\)$/u)]);
    // Two quotes of one sentence are two requests: the one not there is said, and an adoption is refused for it.
    const two = proposeEdits('建议将第四十七条中的“二十日内组织听证”和“三十日内组织听证”均修改为“十日内组织听证”。', xk.clauses, 'zh');
    expect(two.unparsed).toEqual([expect.stringContaining('“三十日内组织听证” is not in 第四十七条')]);
    expect(two.unparsed[0]).not.toContain('changed in the other places listed');
    expect(unmadeChange(adoptedWith(two))).toMatch(/part of the change it asks for is made by no edit/u);
  });

  it('end to end (立法法): check --final refuses the adoption until the clerk adds the edit, which settles the note', async () => {
    const dir = await corpusWorkspace(LIFA, 'lifa');
    const added = await redline(dir, 'feedback', 'add', '--unit', '某市', '--comment', '建议将第八十二条中的“本市的具体情况”修改为“本市的实际情况”。');
    expect(added.code, added.stderr).toBe(0);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    const refused = await redline(dir, 'check', '--final');
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('is not in 第八十二条 (it is in 第七十二条第二款)');
    const clause = unit(corpusDraft(LIFA), 72, kuan(2)).id;
    const edited = await redline(dir, 'feedback', 'edit', '1', '--op', 'replace', '--clause', clause, '--quote', '本市的具体情况', '--text', '本市的实际情况');
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toContain('settled: ');
    const passed = await redline(dir, 'check', '--final');
    expect(passed.code, passed.stdout + passed.stderr).toBe(0);
  });
});
