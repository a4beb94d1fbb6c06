// From a clerk's walk on 公司法 2018 with a table of 序号, 单位, 条款, 意见: a
// 节名 quoted and changed (第四章第二节的节名“股东大会”修改为“股东会”) changed the
// words in all 26 places of the articles under it too; 条款 第二十二条第三款 with
// 建议删除。 and 条款 第九章 with 建议将本章章名修改为“…” made no edit, though the
// column says which unit. The title words (节名, 章名, 标题) say the heading only;
// a bare 删除 and 本章 / 本节 are the unit the column names.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { corpusDraft, paragraph } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');
const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const MINSU = corpusDraft('lawrefbook/minshi_susong_fa_2021.md');

/** The paragraphs of the revised text from the one starting with `start` up to the one starting with `next`. */
function between(text: string, start: string, next: string): string[] {
  const from = text.indexOf(`\n${start}`) + 1;
  return text.slice(from, text.indexOf(`\n${next}`, from)).trimEnd().split('\n\n');
}

describe('words quoted in a heading’s 节名 / 章名 / 标题 change there only', () => {
  it('公司法 第四章第二节 股东大会 (its articles say 股东大会 26 times)', () => {
    const comment = '建议将第四章第二节的节名“股东大会”修改为“股东会”。';
    expect(proposed(GONGSI, comment, '第四章')).toEqual({ edits: [{ op: 'replace', clause: '第四章第二节', quote: '大会', text: '会' }], unparsed: [] });
    const text = built(GONGSI, comment, '第四章');
    expect(text).toContain('\n### 第二节 股东会\n\n第九十八条 股份有限公司股东大会由全体股东组成。股东大会是公司的权力机构，依照本法行使职权。\n');
  });

  it('公司法: 第三章的章名中的“A”, 第二章第四节标题中的“A”, and a deletion', () => {
    expect(proposed(GONGSI, '将第三章的章名中的“股权转让”修改为“股权变更”').edits).toEqual([{ op: 'replace', clause: '第三章', quote: '转让', text: '变更' }]);
    expect(proposed(GONGSI, '第二章第四节标题中的“国有独资公司”修改为“国家出资公司”').edits).toHaveLength(1);
    expect(built(GONGSI, '第二章第四节标题中的“国有独资公司”修改为“国家出资公司”')).toContain('\n### 第四节 国家出资公司的特别规定\n\n第六十四条 国有独资公司的设立和组织机构');
    expect(proposed(GONGSI, '删除第三章章名中的“有限责任公司的”').edits).toEqual([{ op: 'delete', clause: '第三章', quote: '有限责任公司的' }]);
    expect(proposed(GONGSI, '将第三章章名中的“有限责任公司的”删除').edits).toEqual([{ op: 'delete', clause: '第三章', quote: '有限责任公司的' }]);
  });

  it('行政许可法 第六章 监督检查 (its articles say 监督检查 a dozen times)', () => {
    expect(proposed(XUKE, '建议将第六章的章名中的“监督检查”修改为“监督管理”', '第六章')).toEqual({ edits: [{ op: 'replace', clause: '第六章', quote: '检查', text: '管理' }], unparsed: [] });
    const text = built(XUKE, '建议将第六章的章名中的“监督检查”修改为“监督管理”', '第六章');
    expect(between(text, '## 第六章', '第六十一条 ')).toEqual(['## 第六章 监督管理', '第六十条 上级行政机关应当加强对下级行政机关实施行政许可的监督检查，及时纠正行政许可实施中的违法行为。']);
  });

  it('立法法 第四章第二节 规章 (规章 throughout its articles)', () => {
    expect(proposed(LIFA, '建议将第四章第二节的节名“规章”修改为“部门规章和地方政府规章”').edits).toEqual([{ op: 'insert', clause: '第四章第二节', quote: '规章', text: '部门规章和地方政府' }]);
    expect(built(LIFA, '建议将第四章第二节的节名“规章”修改为“部门规章和地方政府规章”')).toContain('\n### 第二节 部门规章和地方政府规章\n\n第八十条 ');
  });

  it('words not in the title are asked about, never changed under it', () => {
    expect(proposed(GONGSI, '建议将第四章第二节的节名“股东会”修改为“股东会议”。')).toEqual({
      edits: [],
      unparsed: ['将第四章第二节的节名“股东会”修改为“股东会议” — “股东会” is not in the title of 第四章第二节 (“股东大会”)'],
    });
  });
});

describe('建议删除。 with a 条款 column removes the unit it names', () => {
  it.each(['建议删除。', '删除', '建议删去', '建议予以删除。', '建议删除该款'])('公司法 第二十二条第三款: %s', (comment) => {
    expect(proposed(GONGSI, comment, '第二十二条第三款')).toEqual({ edits: [{ op: 'remove-clause', clause: '第二十二条第三款' }], unparsed: [] });
  });

  it('公司法 第二十二条 keeps its other three 款', () => {
    expect(between(built(GONGSI, '建议删除。', '第二十二条第三款'), '第二十二条 ', '## 第二章').map((p) => p.slice(0, 12))).toEqual(['第二十二条 公司股东会或', '股东会或者股东大会、董事', '公司根据股东会或者股东大']);
  });

  it('民事诉讼法 第四十条第三款, and 行政许可法 第十条第一款 (its second 款 moves up)', () => {
    expect(proposed(MINSU, '建议删去。', '第四十条第三款').edits).toEqual([{ op: 'remove-clause', clause: '第四十条第三款' }]);
    expect(between(built(MINSU, '建议删去。', '第四十条第三款'), '第四十条 ', '第四十一条 ')).toHaveLength(2);
    expect(proposed(XUKE, '建议删除。', '第十条第一款').edits).toEqual([{ op: 'remove-first-paragraph', clause: '第十条' }]);
    expect(paragraph(built(XUKE, '建议删除。', '第十条第一款'), '第十条')).toBe('第十条 行政机关应当对公民、法人或者其他组织从事行政许可事项的活动实施有效监督。');
  });

  it('the reasons after it are no other request', () => {
    expect(proposed(GONGSI, '建议删除，理由是与第二十条重复。', '第二十二条第三款').edits).toEqual([{ op: 'remove-clause', clause: '第二十二条第三款' }]);
  });

  it('with no place column, or other words about what goes, it is still asked about', () => {
    expect(proposed(GONGSI, '建议删除。')).toEqual({ edits: [], unparsed: ['建议删除 — what to delete is not said: quote it or name the clause'] });
    expect(proposed(GONGSI, '建议删除有关表述', '第二十二条第三款').edits).toEqual([]);
    expect(proposed(GONGSI, '该表述建议删除', '第二十二条第三款').edits).toEqual([]);
  });
});

describe('本章 / 本节 with a 条款 column is the chapter or section it names', () => {
  it('公司法 第九章 (or an article in it): the chapter’s title changes', () => {
    const comment = '建议将本章章名修改为“公司合并、分立、增资、减资和组织形式变更”。';
    const edits = [{ op: 'insert', clause: '第九章', quote: '公司合并、分立、增资、减资', text: '和组织形式变更' }];
    expect(proposed(GONGSI, comment, '第九章')).toEqual({ edits, unparsed: [] });
    expect(proposed(GONGSI, comment, '第一百七十二条').edits).toEqual(edits);
    expect(built(GONGSI, comment, '第九章')).toContain('\n## 第九章 公司合并、分立、增资、减资和组织形式变更\n\n第一百七十二条 公司合并可以采取吸收合并或者新设合并。\n');
  });

  it('行政许可法 第六章 and 立法法 第四章第二节', () => {
    expect(proposed(XUKE, '建议将本章章名修改为“监督管理”', '第六十一条').edits).toEqual([{ op: 'replace', clause: '第六章', quote: '检查', text: '管理' }]);
    expect(built(LIFA, '建议将本节节名修改为“部门规章和地方政府规章”', '第四章第二节')).toContain('\n### 第二节 部门规章和地方政府规章\n\n第八十条 ');
  });

  it('a 节 the column’s unit is not in, and 本章 with no place, are asked about', () => {
    expect(proposed(GONGSI, '建议将本节节名修改为“股东会”。', '第九章').unparsed).toEqual(['将本节节名修改为“股东会” — 第九章 is no 节 and is in none: name the 节 meant']);
    expect(proposed(GONGSI, '建议将本章章名修改为“公司合并”。').unparsed).toEqual(['将本章章名修改为“公司合并” — no clause was named before']);
  });
});

describe('feedback import of the walk’s table', () => {
  it('公司法: the 节名, the bare 删除 and 本章章名 give one edit each, and build', async () => {
    const dir = await corpusWorkspace('lawrefbook/gongsi_fa_2018.md', 'gongsi');
    writeFileSync(
      join(dir, 't.csv'),
      '序号,单位,条款,意见\n1,丑单位,第四章,建议将第四章第二节的节名“股东大会”修改为“股东会”。\n2,戊单位,第二十二条第三款,建议删除。\n3,己单位,第九章,建议将本章章名修改为“公司合并、分立、增资、减资和组织形式变更”。\n',
    );
    expect((await redline(dir, 'feedback', 'import', 't.csv')).code).toBe(0);
    const entries = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Array<{ edits: Array<{ op: string }>; unparsed?: string[] }>;
    expect(entries.map((e) => e.edits.map((x) => x.op))).toEqual([['replace'], ['remove-clause'], ['insert']]);
    for (const id of ['1', '2', '3']) expect((await redline(dir, 'decide', id, 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    const revised = readFileSync(join(dir, 'out/gongsi.revised.md'), 'utf8');
    expect(revised).toContain('\n### 第二节 股东会\n');
    expect(revised).toContain('\n第九十八条 股份有限公司股东大会由全体股东组成。');
    expect(revised).toContain('\n## 第九章 公司合并、分立、增资、减资和组织形式变更\n');
    expect(revised).not.toContain('股东依照前款规定提起诉讼的，人民法院可以应公司的请求');
  });
});
