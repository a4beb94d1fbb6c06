// References follow the units they name, and only the text's own: on the
// patent-law rules (专利法实施细则, which cites 专利法 on every page), the
// Company Law's 前条, the Criminal Law's 第X条之一, the Civil Code.
import { describe, expect, it } from 'vitest';
import { readReferences, findReferences } from '../src/core/draft/references.js';
import { adopted, corpusDraft, paragraph, revisedBody, unit } from './helpers/drafts.js';

const item = (n: number) => ['项', n] as ['项', number];
const kuan = (n: number) => ['款', n] as ['款', number];
/** Every cite of 专利法 in a text, as written. */
const patentLawCites = (text: string) => text.match(/专利法第[零一二三四五六七八九十百()（）、和或者第条款项]+/gu) ?? [];

describe('reading references: another law’s cite is passed over whole', () => {
  it('leaves out every number of a list that cites another law, and keeps the text’s own', () => {
    const own = (text: string) => findReferences(text).map((r) => text.slice(r.start, r.end));
    expect(own('申请专利的发明创造有专利法第二十四条第(一)项或者第(二)项所列情形的')).toEqual([]);
    expect(own('依照《中华人民共和国价格法》第十三条、第十四条和本规定第五条处罚')).toEqual(['本规定第五条']);
    expect(own('依照刑法第二十条、民法典第五百条的规定；违反第十条的')).toEqual(['第十条']);
    expect(own('依照本法和刑法修正案（十一）第三条')).toEqual([]);
    expect(own('除专利法第二十八条和第四十二条规定的情形外，依照本细则第三十条第三款和前款第(四)项')).toEqual(['本细则第三十条第三款', '前款第(四)项']);
    const external = readReferences('不适用专利法第二十四条、第二十九条、第四十二条的期限');
    expect(external.map((r) => [r.external, r.groups.length])).toEqual([[true, 3]]);
  });
});

describe('专利法实施细则 (2010): 前款第(四)项, and 专利法 left alone', () => {
  const rules = corpusDraft('lawrefbook/zhuanli_fa_shishi_xize_2010.md');

  it('reads 前款第(四)项 as the item it names: after 第八十五条第（二）项 goes, it is 前款第(三)项, never 第0款', () => {
    const { text, result } = revisedBody(rules, adopted('1', { op: 'remove-clause', clause: unit(rules, 85, item(2)).id }));
    expect(paragraph(text, '对于前款')).toBe('对于前款第(三)项所列的纠纷，当事人请求管理专利工作的部门调解的，应当在专利权被授予之后提出。');
    expect(result.revision.problems).toEqual([]);
    expect(text).not.toMatch(/第0|[（(]0[）)]/u);
  });

  it('reports 前款第(一)项 when that item goes, and moves 前款第(二)项、第(三)项 up', () => {
    const { text, result } = revisedBody(rules, adopted('1', { op: 'remove-clause', clause: unit(rules, 105, item(1)).id }));
    expect(paragraph(text, '依照前款第(一)项的规定，国际申请')).toBe(
      '依照前款第(一)项的规定，国际申请在中国的效力终止的，不适用本细则第六条的规定；依照前款第(一)项、第(二)项的规定，国际申请在中国的效力终止的，不适用本细则第六条第二款的规定。',
    );
    expect(result.revision.problems.map((p) => p.message)).toEqual([`第一百零五条第二款 (${unit(rules, 105, kuan(2)).id}) cites 第一百零五条第（一）项, which is removed: “前款第(一)项”`]);
  });

  it('writes 前款 out as 第一款 when a new 款 comes between, keeping its items', () => {
    const { text } = revisedBody(rules, adopted('1', { op: 'add-clause', clause: unit(rules, 105, kuan(2)).id, position: 'before', text: '国际申请在中国的效力终止的，国务院专利行政部门应当通知申请人。' }));
    expect(paragraph(text, '依照第一款')).toBe(
      '依照第一款第(一)项的规定，国际申请在中国的效力终止的，不适用本细则第六条的规定；依照第一款第(二)项、第(三)项的规定，国际申请在中国的效力终止的，不适用本细则第六条第二款的规定。',
    );
  });

  it('after an article added and one removed, renumbers 本细则第X条 and never 专利法第X条', () => {
    const before = revisedBody(rules).text;
    const { text, result } = revisedBody(
      rules,
      adopted('1', { op: 'add-clause', clause: unit(rules, 1).id, position: 'after', text: '国务院专利行政部门应当公开专利审查指南。' }),
      adopted('2', { op: 'remove-clause', clause: unit(rules, 52).id }),
    );
    expect(patentLawCites(before).length).toBe(69);
    expect(patentLawCites(text)).toEqual(patentLawCites(before));
    // 第一百零七条 cites 专利法第二十四条 (kept) and 本细则第三十条 (now 第三十一条).
    expect(paragraph(text, '第一百零七条 ')).toMatch(/^第一百零七条 国际申请涉及的发明创造有专利法第二十四条第\(一\)项或者第\(二\)项所列情形之一.*提交本细则第三十一条第三款规定的有关证明文件/u);
    expect(paragraph(text, '第三十一条 ')).toMatch(/^第三十一条 专利法第二十四条第\(一\)项所称中国政府承认的国际展览会/u);
    expect(result.revision.problems).toEqual([]);
  });
});

describe('前条 follows the article it names', () => {
  it('公司法 (2023): an article added before 第二百三十条 turns its 前条 into 第二百二十九条; removing 第二百二十九条 reports it', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2023.md');
    const added = revisedBody(law, adopted('1', { op: 'add-clause', clause: unit(law, 229).id, position: 'after', text: '公司解散的，应当在十日内公告。' }));
    expect(paragraph(added.text, '第二百三十一条 ')).toBe('第二百三十一条 公司有第二百二十九条第一款第一项、第二项情形，且尚未向股东分配财产的，可以通过修改公司章程或者经股东会决议而存续。');
    expect(paragraph(added.text, '第二百三十四条 ')).toMatch(/^第二百三十四条 公司依照前条第一款的规定应当清算/u);
    const removed = revisedBody(law, adopted('1', { op: 'remove-clause', clause: unit(law, 229).id }));
    expect(removed.result.revision.problems.map((p) => p.message)).toContain(`第二百三十条 (${unit(law, 230).id}) cites 第二百二十九条, which is removed: “前条第一款第一项、第二项”`);
  });

  it('the Civil Code: 依据前条第一款 becomes 依据第六百四十二条第一款 when an article comes between', () => {
    const code = corpusDraft('lawbasecn/minfadian_civil_code.md');
    const { text, result } = revisedBody(code, adopted('1', { op: 'add-clause', clause: unit(code, 642).id, position: 'after', text: '出卖人取回标的物的，应当通知买受人。' }));
    expect(paragraph(text, '**第六百四十四条**')).toMatch(/^\*\*第六百四十四条\*\*　出卖人依据第六百四十二条第一款的规定取回标的物后/u);
    expect(result.revision.problems).toEqual([]);
  });
});

describe('第X条之一 moves with its base article', () => {
  it('刑法: after an article added after 第一条, 第十七条之一 is 第十八条之一 and 第二百一十九条之一 is cited as 第二百二十条之一', () => {
    const law = corpusDraft('lawrefbook/xingfa_criminal_law.md');
    const { text, result } = revisedBody(law, adopted('1', { op: 'add-clause', clause: unit(law, 1).id, position: 'after', text: '本法适用于一切犯罪行为。' }));
    const articles = [...text.matchAll(/^第([零一二三四五六七八九十百]+条(?:之[一二三四五六七八九十]+)?) /gmu)].map((m) => m[1]);
    expect(articles.slice(16, 20)).toEqual(['十七条', '十八条', '十八条之一', '十九条']);
    expect(new Set(articles).size).toBe(articles.length);
    expect(paragraph(text, '第二百二十一条 ')).toMatch(/^第二百二十一条 单位犯本节第二百一十四条至第二百二十条之一规定之罪的/u);
    expect(result.revision.problems).toEqual([]);
  });
});
