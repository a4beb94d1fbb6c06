// From a clerk's walk on 公司法 2018 with a table of 序号, 单位, 条款, 意见: a
// 节名 quoted and changed (第四章第二节的节名“股东大会”修改为“股东会”) changed the
// words in all 26 places of the articles under it too, and 条款 第九章 with
// 建议将本章章名修改为“…” made no edit, though the column says which chapter.
// The title words (节名, 章名, 标题) say the heading only; 本章 / 本节 are the
// chapter or 节 the column names.
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');
const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

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
