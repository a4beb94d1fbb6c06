// References follow the units they name, and only the text's own: on the
// patent-law rules (专利法实施细则, which cites 专利法 on every page), the
// Company Law's 前条, the Criminal Law's 第X条之一, the Civil Code. A cite
// that lists or spans several units follows each of them (明码标价规定's
// 第四条第二款、第三款, the rules' 第(一)项至第(三)项, 公司法's 第三项、第五项、第六项).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReferences, findReferences } from '../src/core/draft/references.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
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
    expect(result.revision.problems.map((p) => p.message)).toEqual([`第一百零五条第二款 (${unit(rules, 105, kuan(2)).id}) cites 第一百零五条第一款第（一）项, which is removed: “前款第(一)项”`]);
  });

  it('writes 前款 out as 本条第一款 when a new 款 comes between, keeping its items', () => {
    const { text } = revisedBody(rules, adopted('1', { op: 'add-clause', clause: unit(rules, 105, kuan(2)).id, position: 'before', text: '国际申请在中国的效力终止的，国务院专利行政部门应当通知申请人。' }));
    expect(paragraph(text, '依照本条第一款')).toBe(
      '依照本条第一款第(一)项的规定，国际申请在中国的效力终止的，不适用本细则第六条的规定；依照本条第一款第(二)项、第(三)项的规定，国际申请在中国的效力终止的，不适用本细则第六条第二款的规定。',
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

describe('a cite of a removed 款, alone', () => {
  it('is left as written and reported, its article not renumbered: 第二十一条第二款 would name another 款, or none (专利法实施细则 2010, 行政许可法)', () => {
    const xize = corpusDraft('lawrefbook/zhuanli_fa_shishi_xize_2010.md');
    const added = adopted('1', ...proposeEdits('建议在第十九条后增加一条：“申请人应当如实提交材料。”', xize.clauses, 'zh').edits);
    const cut = adopted('2', { op: 'remove-clause', clause: unit(xize, 20, kuan(2)).id });
    const { text, result } = revisedBody(xize, added, cut);
    expect(text).toContain('第三十一条第一款或者本细则第二十条第二款规定的；');
    // The list whose 第二十条 stands whole follows the renumbering.
    expect(text).toContain('第三十三条或者本细则第二十一条、第四十四条第一款的规定');
    expect(result.revision.problems.map((p) => p.rule)).toContain('dangling-reference');
    const xuke = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const before = adopted('1', ...proposeEdits('建议在第十条后增加一条：“行政机关应当公开行政许可的事项。”', xuke.clauses, 'zh').edits);
    const third = adopted('2', { op: 'remove-clause', clause: unit(xuke, 34, kuan(3)).id });
    const revised = revisedBody(xuke, before, third);
    expect(revised.text).toContain('实施本法第十三条第五项所列事项的行政许可');
    expect(revised.text).toContain('本法第三十四条第三款');
    expect(revised.text).not.toContain('本法第三十五条第三款');
    expect(revised.result.revision.problems.filter((p) => p.rule === 'dangling-reference').map((p) => p.message)).toEqual([expect.stringMatching(/cites 第三十四条第三款, which is removed/u)]);
  });
});

describe('a cite of several units: each one left is renumbered; a removed one leaves the list (a warning), or is left as written and reported where none is left', () => {
  const samr = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
  const penalty = (rest: string) => `${rest}，法律、行政法规有规定的，依照其规定；法律、行政法规没有规定的，由县级以上市场监督管理部门责令改正，可以处三万元以下罚款；情节严重的，处三万元以上十万元以下罚款。`;
  const removeParagraph = adopted('1', { op: 'remove-clause', clause: unit(samr, 4, kuan(2)).id });

  it('明码标价规定: after 第四条第二款 goes, 第四条第二款、第三款 names the 款 left, old 第三款, as 第四条第二款 (a warning)', () => {
    const { text, result } = revisedBody(samr, removeParagraph);
    expect(paragraph(text, '第二十四条 ')).toBe(penalty('第二十四条 交易场所提供者违反本规定第四条第二款'));
    expect(result.revision.problems.map((p) => [p.rule, p.message])).toEqual([
      ['narrowed-reference', `第二十四条 (${unit(samr, 24).id}) cites a list that held 第四条第二款, which is removed: “本规定第四条第二款、第三款” now names the units left in it`],
    ]);
    // Marked whole, as the removal's consequence.
    const redline = result.outputs.find((o) => o.name.endsWith('.redline.md'))!.content;
    expect(redline).toContain('交易场所提供者违反本规定~~第四条第二款、第三款~~**第四条第二款**〔意见1〕，');
  });

  it('明码标价规定: an edit mending the reference is read with the words around it, and clears the report', () => {
    const mended = (quote: string, text: string) => revisedBody(samr, removeParagraph, adopted('2', { op: 'replace', clause: unit(samr, 24).id, quote, text }));
    for (const [quote, text] of [['第二款、第三款', '第三款'], ['第二款、', ''], ['本规定第四条第二款、第三款', '本规定第四条第三款']] as const) {
      const { text: revised, result } = mended(quote, text);
      expect(paragraph(revised, '第二十四条 '), quote).toBe(penalty('第二十四条 交易场所提供者违反本规定第四条第二款'));
      expect(result.revision.problems, quote).toEqual([]);
    }
  });

  it('明码标价规定: a list with a range, whose removed 款 carried the article its next 款 is cited under, keeps that article', () => {
    // As a clerk found on the Shanghai regulation: 第二十三条至第二十五条、第二十六条第二款、第三款 after 第二十六条第二款 went.
    const list = adopted('3', { op: 'replace', clause: unit(samr, 24).id, quote: '本规定第四条第二款、第三款', text: '本规定第二条至第三条、第四条第二款、第三款' });
    const article = adopted('2', { op: 'add-clause', clause: unit(samr, 1).id, position: 'after', text: '第二条 本规定适用于经营者。' });
    const { text, result } = revisedBody(samr, removeParagraph, article, list);
    expect(paragraph(text, '第二十五条 ')).toBe(penalty('第二十五条 交易场所提供者违反本规定第三条至第四条、第五条第二款'));
    expect(result.revision.problems.map((p) => p.rule)).toEqual(['narrowed-reference']);
  });

  it('明码标价规定: when 第三条 goes too, 第四条 of the list is 第三条 and its 第三款 is 第二款', () => {
    const { text } = revisedBody(samr, removeParagraph, adopted('2', { op: 'remove-clause', clause: unit(samr, 3).id }));
    expect(paragraph(text, '第二十三条 ')).toBe(penalty('第二十三条 交易场所提供者违反本规定第三条第二款'));
  });

  it('明码标价规定: 第十六条至第二十条 names the articles left in it, whether the one removed stood inside it or at its end', () => {
    const penalties = '第二十二条 经营者违反本规定第十六条至第十九条规定的，由县级以上市场监督管理部门依照《中华人民共和国价格法》《中华人民共和国反不正当竞争法》《中华人民共和国电子商务法》《价格违法行为行政处罚规定》等法律、行政法规进行处罚。';
    for (const removed of [18, 20]) {
      const { text, result } = revisedBody(samr, adopted('1', { op: 'remove-clause', clause: unit(samr, removed).id }));
      expect(paragraph(text, '第二十二条 ')).toBe(penalties);
      expect(result.revision.problems).toEqual([
        {
          rule: 'narrowed-reference',
          clause: unit(samr, 23).id,
          message: `第二十三条 (${unit(samr, 23).id}) cites a range that held 第${removed === 18 ? '十八' : '二十'}条, which is removed: “本规定第十六条至第二十条” now names the units left in it`,
          edits: [{ entry: '1', index: 1 }],
        },
      ]);
    }
  });

  it('明码标价规定: a range of 款 (in an added article) moves its end inward past a removed 款, or keeps its ends past one removed inside it', () => {
    const warning = adopted('2', { op: 'add-clause', clause: unit(samr, 24).id, position: 'after', text: '第二十五条 交易场所提供者违反本规定第四条第一款至第三款的，由县级以上市场监督管理部门予以警告。' });
    for (const removed of [2, 3]) {
      const { text, result } = revisedBody(samr, adopted('1', { op: 'remove-clause', clause: unit(samr, 4, kuan(removed)).id }), warning);
      expect(paragraph(text, '第二十五条 ')).toBe('第二十五条 交易场所提供者违反本规定第四条第一款至第二款的，由县级以上市场监督管理部门予以警告。');
      expect(result.revision.problems.filter((p) => p.message.includes('cites a range')).map((p) => p.message)).toEqual([
        `new 第二十五条 (added after 第二十四条 (${unit(samr, 24).id}) by entry 2) cites a range that held 第四条第${removed === 2 ? '二' : '三'}款, which is removed: “本规定第四条第一款至第三款” now names the units left in it`,
      ]);
    }
  });

  it('明码标价规定 through the CLI: check warns of the list that lost 第二款, and is quiet once an entry mends it', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'mingma');
    expect((await redline(dir, 'feedback', 'add', '--unit', '甲', '--comment', '建议删除第四条第二款。')).code).toBe(0);
    expect((await redline(dir, 'decide', '1', 'adopt', '--by', '张三', '--date', '2024-05-01')).code).toBe(0);
    const check = await redline(dir, 'check');
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout + check.stderr).toContain(`warning: entry 1, edit 1: 第二十四条 (${unit(samr, 24).id}) cites a list that held 第四条第二款, which is removed: “本规定第四条第二款、第三款” now names the units left in it [narrowed-reference]`);
    expect((await redline(dir, 'build')).code).toBe(0);
    const revised = () => readFileSync(join(dir, 'out/mingma.revised.md'), 'utf8');
    expect(paragraph(revised(), '第二十四条 ')).toBe(penalty('第二十四条 交易场所提供者违反本规定第四条第二款'));
    const mend = ['--op', 'replace', '--clause', unit(samr, 24).id, '--quote', '第二款、第三款', '--text', '第三款'];
    expect((await redline(dir, 'feedback', 'add', '--unit', '乙', '--comment', '第二十四条相应修改。', ...mend)).code).toBe(0);
    expect((await redline(dir, 'decide', '2', 'adopt', '--by', '张三', '--date', '2024-05-01')).code).toBe(0);
    const mended = await redline(dir, 'check');
    expect(mended.code, mended.stderr).toBe(0);
    expect(mended.stdout + mended.stderr).not.toContain('narrowed-reference');
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(paragraph(revised(), '第二十四条 ')).toBe(penalty('第二十四条 交易场所提供者违反本规定第四条第二款'));
  });

  it('明码标价规定 through the CLI: a range that loses a unit is a warning, not an error', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'mingma');
    await redline(dir, 'feedback', 'add', '--unit', '甲', '--comment', '建议删除第十八条。');
    await redline(dir, 'decide', '1', 'adopt', '--by', '张三', '--date', '2024-05-01');
    const check = await redline(dir, 'check');
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout + check.stderr).toContain(`warning: entry 1, edit 1: 第二十三条 (${unit(samr, 23).id}) cites a range that held 第十八条, which is removed: “本规定第十六条至第二十条” now names the units left in it [narrowed-reference]`);
  });

  const rules = corpusDraft('lawrefbook/zhuanli_fa_shishi_xize_2010.md');
  const removeItems = (...items: number[]) => revisedBody(rules, adopted('1', ...items.map((n) => ({ op: 'remove-clause' as const, clause: unit(rules, 104, item(n)).id }))));
  const entered = (range: string) => `符合本条第一款${range}要求的，国务院专利行政部门应当给予申请号，明确国际申请进入中国国家阶段的日期(以下简称进入日)，并通知申请人其国际申请已进入中国国家阶段。`;
  const corrected = (range: string) => `国际申请已进入中国国家阶段，但不符合本条第一款${range}要求的，国务院专利行政部门应当通知申请人在指定期限内补正；期满未补正的，其申请视为撤回。`;
  const lapsed = (range: string) => `(三)申请人办理进入中国国家阶段的手续，但自优先权日起32个月期限届满仍不符合本细则第一百零四条${range}要求的。`;

  it('专利法实施细则: after 第一百零四条第(二)项 goes, 第(一)项至第(三)项 is 第(一)项至第(二)项 (a warning) and 第(四)项至第(七)项 is 第(三)项至第(六)项', () => {
    const { text, result } = removeItems(2);
    expect(paragraph(text, '符合本条')).toBe(entered('第(一)项至第(二)项'));
    expect(paragraph(text, '国际申请已进入')).toBe(corrected('第(三)项至第(六)项'));
    expect(paragraph(text, '(三)申请人办理')).toBe(lapsed('第(一)项至第(二)项'));
    expect(result.revision.problems.map((p) => `${p.rule}: ${p.message}`)).toEqual([
      `narrowed-reference: 第一百零四条第二款 (${unit(rules, 104, kuan(2)).id}) cites a range that held 第一百零四条第一款第（二）项, which is removed: “本条第一款第(一)项至第(三)项” now names the units left in it`,
      `narrowed-reference: 第一百零五条第一款第（三）项 (${unit(rules, 105, item(3)).id}) cites a range that held 第一百零四条第一款第（二）项, which is removed: “本细则第一百零四条第(一)项至第(三)项” now names the units left in it`,
    ]);
  });

  it('专利法实施细则: a range left with one item is written as that item; a range with none left is left as written and reported', () => {
    const one = removeItems(2, 3);
    expect(paragraph(one.text, '符合本条')).toBe(entered('第(一)项'));
    expect(paragraph(one.text, '国际申请已进入')).toBe(corrected('第(二)项至第(五)项'));
    expect(paragraph(one.text, '(三)申请人办理')).toBe(lapsed('第(一)项'));
    const none = removeItems(1, 2, 3);
    expect(paragraph(none.text, '符合本条')).toBe(entered('第(一)项至第(三)项'));
    expect(paragraph(none.text, '国际申请已进入')).toBe(corrected('第(一)项至第(四)项'));
    expect(none.result.revision.problems.map((p) => `${p.rule}: ${p.message}`)).toEqual([
      `dangling-reference: 第一百零四条第二款 (${unit(rules, 104, kuan(2)).id}) cites 第一百零四条第一款第（一）项, which is removed: “本条第一款第(一)项至第(三)项”`,
      `dangling-reference: 第一百零五条第一款第（三）项 (${unit(rules, 105, item(3)).id}) cites 第一百零四条第一款第（一）项, which is removed: “本细则第一百零四条第(一)项至第(三)项”`,
    ]);
  });

  it('专利法实施细则: after 第一百零五条第(二)项 goes, 前款第(二)项、第(三)项 is 前款第(二)项 (old 第(三)项), keeping its 前款', () => {
    const { text, result } = revisedBody(rules, adopted('1', { op: 'remove-clause', clause: unit(rules, 105, item(2)).id }));
    expect(paragraph(text, '依照前款第(一)项的规定，国际申请')).toBe(
      '依照前款第(一)项的规定，国际申请在中国的效力终止的，不适用本细则第六条的规定；依照前款第(二)项的规定，国际申请在中国的效力终止的，不适用本细则第六条第二款的规定。',
    );
    expect(result.revision.problems.map((p) => [p.rule, p.message])).toEqual([
      ['narrowed-reference', `第一百零五条第二款 (${unit(rules, 105, kuan(2)).id}) cites a list that held 第一百零五条第一款第（二）项, which is removed: “前款第(二)项、第(三)项” now names the units left in it`],
    ]);
  });

  it('公司法 (2023): after 第一百六十二条第（五）项 goes, each 第三项、第五项、第六项 is 第三项、第五项 (old 第六项), under 前款 and 本条第一款 alike', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2023.md');
    const { text, result } = revisedBody(law, adopted('1', { op: 'remove-clause', clause: unit(law, 162, item(5)).id }));
    expect(paragraph(text, '公司因前款第一项')).toMatch(/^公司因前款第一项、第二项规定的情形收购本公司股份的，应当经股东会决议；公司因前款第三项、第五项规定的情形收购本公司股份的，/u);
    expect(paragraph(text, '公司依照本条第一款规定收购')).toMatch(/属于第二项、第四项情形的，应当在六个月内转让或者注销；属于第三项、第五项情形的，/u);
    expect(paragraph(text, '上市公司收购本公司股份的')).toMatch(/上市公司因本条第一款第三项、第五项规定的情形收购本公司股份的/u);
    expect(result.revision.problems.map((p) => [p.rule, p.message])).toEqual([
      ['narrowed-reference', `第一百六十二条第二款 (${unit(law, 162, kuan(2)).id}) cites a list that held 第一百六十二条第一款第（五）项, which is removed: “前款第三项、第五项、第六项” now names the units left in it`],
      ['narrowed-reference', `第一百六十二条第三款 (${unit(law, 162, kuan(3)).id}) cites a list that held 第一百六十二条第一款第（五）项, which is removed: “第三项、第五项、第六项” now names the units left in it`],
      ['narrowed-reference', `第一百六十二条第四款 (${unit(law, 162, kuan(4)).id}) cites a list that held 第一百六十二条第一款第（五）项, which is removed: “本条第一款第三项、第五项、第六项” now names the units left in it`],
    ]);
  });

  it('公司法 (2023): 第二百二十九条第一款第一项、第二项、第四项、第五项 without items (一) and (四) is 第一项、第三项, its article written once', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2023.md');
    const { text, result } = revisedBody(law, adopted('1', { op: 'remove-clause', clause: unit(law, 229, item(1)).id }, { op: 'remove-clause', clause: unit(law, 229, item(4)).id }));
    expect(paragraph(text, '第二百三十二条 ')).toContain('第二百二十九条第一款第一项、第三项');
    expect(result.revision.problems.filter((p) => p.clause === unit(law, 232).id).map((p) => p.rule)).toEqual(['narrowed-reference']);
  });

  it('民事诉讼法 (2023): the article and the items of one citation, renumbered by three entries, are one change with its entries once after it', () => {
    const law = corpusDraft('lawrefbook/minshi_susong_fa_2023.md');
    const { result } = revisedBody(
      law,
      adopted('1', { op: 'remove-clause', clause: unit(law, 211, item(3)).id }),
      adopted('3', { op: 'remove-clause', clause: unit(law, 211, item(5)).id }),
      adopted('6', { op: 'add-clause', clause: unit(law, 140).id, position: 'after', text: '第一百四十一条 人民法院应当公开审理过程。' }),
    );
    const redline = result.outputs.find((o) => o.name.endsWith('.redline.md'))!.content;
    expect(redline).toContain('本法~~第二百一十一条第一项至第五项~~**第二百一十二条第一项至第三项**〔意见1、3、6〕规定情形之一的');
  });

  it('公司法 (2023): the entries behind a change are named in their natural order, whatever order they touched it in', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2023.md');
    const article = adopted('10', { op: 'add-clause', clause: unit(law, 1).id, position: 'after', text: '第二条 本法适用于在中国境内设立的公司。' });
    const { result } = revisedBody(law, adopted('9', { op: 'remove-clause', clause: unit(law, 229, item(4)).id }), article, adopted('2', { op: 'remove-clause', clause: unit(law, 229, item(1)).id }));
    const output = (suffix: string) => result.outputs.find((o) => o.name.endsWith(suffix))!.content;
    expect(output('.redline.md')).toContain('公司因本法~~第二百二十九条第一款第一项、第二项、第四项、第五项~~**第二百三十条第一款第一项、第三项**〔意见2、9、10〕规定而解散的');
    expect(output('.comparison.md').split('\n').find((l) => l.includes('| 第二百三十二条第一款 |'))!.endsWith('| 2、9、10（引用条文序号相应调整） |')).toBe(true);
  });

  it('专利法实施细则 (2023): a kept item takes its article and its 款 from the two removed cites before it', () => {
    const rules = corpusDraft('lawrefbook/zhuanli_fa_shishi_xize_2023.md');
    const list = adopted('2', { op: 'replace', clause: unit(rules, 79).id, quote: '专利法第四十二条第二款规定的由申请人', text: '本细则第七十八条第二款、第三款第一项、第二项规定的由申请人' });
    const { text } = revisedBody(rules, adopted('1', { op: 'remove-clause', clause: unit(rules, 78, kuan(2)).id }, { op: 'remove-clause', clause: unit(rules, 78, kuan(3), item(1)).id }), list);
    expect(paragraph(text, '第七十九条 ')).toMatch(/^第七十九条 本细则第七十八条第二款第一项规定的由申请人引起的不合理延迟/u);
  });

  it('专利法实施细则 (2023): a kept 款 takes its article from a removed cite before the items written alone between them', () => {
    const rules = corpusDraft('lawrefbook/zhuanli_fa_shishi_xize_2023.md');
    const list = adopted('2', { op: 'replace', clause: unit(rules, 105).id, quote: '本细则第一百零三条和第一百零四条', text: '本细则第一百零一条第一款第一项、第二项、第二款、第三款' });
    const removing = (...paths: Array<Array<number | ['款' | '项', number]>>) => adopted('1', ...paths.map((path) => ({ op: 'remove-clause' as const, clause: unit(rules, ...path).id })));
    const cited = (text: string) => /根据(本细则[^规]+)规定中止有关程序/u.exec(text)?.[1];
    expect(cited(revisedBody(rules, removing([101, item(1)], [101, item(2)]), list).text)).toBe('本细则第一百零一条第二款、第三款');
    expect(cited(revisedBody(rules, removing([101, item(1)], [101, item(2)], [101, kuan(2)]), list).text)).toBe('本细则第一百零一条第二款');
  });

  it('明码标价规定: a list an edit’s words run into is renumbered number by number (its removed 款 left and reported), never written anew over the edit', () => {
    const edit = adopted('2', { op: 'replace', clause: unit(samr, 24).id, quote: '第三款，法律', text: '第三款之规定，法律' });
    const { text, result } = revisedBody(samr, removeParagraph, edit);
    expect(paragraph(text, '第二十四条 ')).toMatch(/^第二十四条 交易场所提供者违反本规定第四条第二款、第二款之规定，法律/u);
    expect(result.revision.problems.map((p) => p.rule)).toEqual(['dangling-reference']);
  });

  it('公司法 (2023): the list’s last joining word stays its last (第一项、第二项和第三项 → 第一项和第二项), and a list with no unit left is left as written and reported', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2023.md');
    // 第一百六十二条第二款 cites the items of its 第一款; an edit makes that list one joined by 和.
    const rewritten = adopted('2', { op: 'replace', clause: unit(law, 162, kuan(2)).id, quote: '前款第三项、第五项、第六项', text: '前款第一项、第二项和第三项' });
    const removing = (...items: number[]) => adopted('1', ...items.map((n) => ({ op: 'remove-clause' as const, clause: unit(law, 162, item(n)).id })));
    const cited = (text: string) => /公司因前款(第[^规]+)规定的情形收购本公司股份的，可以按照/u.exec(text)?.[1];
    expect(cited(revisedBody(law, rewritten).text)).toBe('第一项、第二项和第三项');
    for (const gone of [3, 2, 1]) expect(cited(revisedBody(law, removing(gone), rewritten).text), String(gone)).toBe('第一项和第二项');
    const none = revisedBody(law, removing(1, 2, 3), rewritten);
    expect(cited(none.text)).toBe('第一项、第二项和第三项');
    expect(none.result.revision.problems.map((p) => p.rule)).toContain('dangling-reference');
  });
});

describe('the redline and the comparison table mark a renumbered reference whole', () => {
  const output = (result: ReturnType<typeof revisedBody>['result'], suffix: string) => result.outputs.find((o) => o.name.endsWith(suffix))!.content;

  it('刑法: 第二百一十三条至第二百一十九条之一 is struck and written anew as one change, its entry after it, never 第二百一十~~三~~**四**条', () => {
    const law = corpusDraft('lawrefbook/xingfa_criminal_law.md');
    const { result } = revisedBody(law, adopted('1', { op: 'add-clause', clause: unit(law, 1).id, position: 'after', text: '本法适用于一切犯罪行为。' }));
    const redline = output(result, '.redline.md');
    // The two numbers of one citation are one change, its entry once after it.
    expect(redline).toContain('单位犯本节~~第二百一十三条至第二百一十九条之一~~**第二百一十四条至第二百二十条之一**〔意见1〕规定之罪的');
    const row = output(result, '.comparison.md').split('\n').find((l) => l.includes('单位犯本节~~第二百一十三条'))!;
    expect(row).toContain('单位犯本节~~第二百一十三条至第二百一十九条之一~~规定之罪的');
    expect(row).toContain('单位犯本节**第二百一十四条至第二百二十条之一**规定之罪的');
    // No reference anywhere is marked inside its numeral.
    expect(redline).not.toMatch(/第[零一二三四五六七八九十百千]*(?:~~|\*\*)[零一二三四五六七八九十百千]/u);
  });

  it('专利法实施细则 (2010): 本细则第X条 and 第(四)项 are marked whole, 专利法 cites not at all', () => {
    const rules = corpusDraft('lawrefbook/zhuanli_fa_shishi_xize_2010.md');
    const { result } = revisedBody(rules, adopted('7', { op: 'add-clause', clause: unit(rules, 1).id, position: 'after', text: '国务院专利行政部门应当公开专利审查指南。' }), adopted('8', { op: 'remove-clause', clause: unit(rules, 85, item(2)).id }));
    const redline = output(result, '.redline.md');
    expect(redline).toMatch(/本细则~~第[一二三四五六七八九十百]+条~~\*\*第[一二三四五六七八九十百]+条\*\*〔意见7〕/u);
    expect(redline).toContain('对于前款~~第(四)项~~**第(三)项**〔意见8〕所列的纠纷');
    expect(redline).not.toMatch(/专利法(?:~~|\*\*)/u);
    expect(redline).not.toMatch(/第[零一二三四五六七八九十百千]*(?:~~|\*\*)[零一二三四五六七八九十百千]/u);
  });
});

// 前款 written out as 本条第一款 because a 款 now stands between: that entry
// caused it, not one that renumbered the whole article (个人所得税法实施条例,
// 行政许可法; from a clerk's walk).
describe('前款 rewritten names the entry that put a 款 between', () => {
  const output = (result: ReturnType<typeof revisedBody>['result'], suffix: string) => result.outputs.find((o) => o.name.endsWith(suffix))!.content;

  it.each([
    { file: 'gov_cn_policies/guoling_707_geren_suodeshui_fa_shishi_tiaoli_2018.txt', article: 24, removed: 7, after: '所称支付' },
    { file: 'lawrefbook/xingzheng_xuke_fa_2019.md', article: 67, removed: 3, after: '规定的义务的' },
  ])('$file: 第$article条 gets a 款 before its second (entry 10), an article before it goes (entry 5)', ({ file, article, removed, after }) => {
    const law = corpusDraft(file);
    const second = unit(law, article, kuan(2));
    const { result } = revisedBody(law, adopted('5', { op: 'remove-clause', clause: unit(law, removed).id }), adopted('10', { op: 'add-clause', clause: second.id, position: 'before', text: '扣缴义务人应当按照规定向纳税人提供相关信息。' }));
    expect(result.revision.unapplied).toEqual([]);
    expect(output(result, '.redline.md')).toContain(`~~前款~~**本条第一款**〔意见10〕${after}`);
    const row = output(result, '.comparison.md').split('\n').find((l) => l.includes(`~~前款~~${after}`))!;
    expect(row.split(' | ').at(-1)).toBe('10（引用条文序号相应调整） |');
    // Alone, the article's renumbering leaves 前款 as it is.
    expect(output(revisedBody(law, adopted('5', { op: 'remove-clause', clause: unit(law, removed).id })).result, '.redline.md')).toContain(`前款${after}`);
  });
});

// 刑法's 54 articles numbered 第X条之一 …: a comment names each on its own,
// a new article never stands between an article and its 之X, and the line
// under the comparison table moves them with their base. From a clerk's walk.
describe('刑法: articles numbered 第X条之一', () => {
  const law = corpusDraft('lawrefbook/xingfa_criminal_law.md');
  const article = (raw: string) => law.clauses.find((c) => c.marker?.raw.trim() === raw)!;

  it('a comment names 第十七条之一, 第一百三十三条之二第一款 or 第一百二十条 (not its 之X) alone', () => {
    expect(proposeEdits('建议删除第十七条之一。', law.clauses, 'zh').edits).toEqual([expect.objectContaining({ op: 'remove-clause', clause: article('第十七条之一').id })]);
    expect(proposeEdits('建议删除第一百三十三条之二第一款。', law.clauses, 'zh').edits).toEqual([expect.objectContaining({ op: 'remove-first-paragraph', clause: article('第一百三十三条之二').id })]);
    expect(proposeEdits('建议将第一百二十条修改为：“测试。”', law.clauses, 'zh').edits).toEqual([expect.objectContaining({ op: 'rewrite', clause: article('第一百二十条').id })]);
  });

  it('an article added after 第十七条 comes after 第十七条之一, which keeps its number; the closing line is one run', () => {
    const { edits } = proposeEdits('建议在第十七条后增加一条：“已满八十周岁的人犯罪的，应当从轻处罚。”', law.clauses, 'zh');
    const { text, result } = revisedBody(law, adopted('1', ...edits));
    expect(text).toMatch(/\n第十七条之一 已满七十五周岁的人故意犯罪的，可以从轻或者减轻处罚；过失犯罪的，应当从轻或者减轻处罚。\n\n第十八条 已满八十周岁的人犯罪的，应当从轻处罚。\n\n第十九条 精神病人/u);
    const comparison = result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content.trimEnd();
    expect(comparison.split('\n').at(-1)).toBe('条文序号作相应调整：原第十八条至第四百五十二条依次改为第十九条至第四百五十三条。');
  });

  it('an article added after 第一百二十条之二 comes after 第一百二十条之六, the last of them', () => {
    const { text } = revisedBody(law, adopted('1', { op: 'add-clause', clause: article('第一百二十条之二').id, position: 'after', text: '测试条文。' }));
    expect(text).toMatch(/\n第一百二十条之六 明知是宣扬恐怖主义[^\n]*\n\n第一百二十一条 测试条文。\n\n第一百二十二条 以暴力、胁迫或者其他方法劫持航空器的/u);
  });
});

describe('a renumbered reference is credited to the entries that changed its number, not to one that moved a unit before it', () => {
  const output = (result: ReturnType<typeof revisedBody>['result'], suffix: string) => result.outputs.find((o) => o.name.endsWith(suffix))!.content;

  it('公司法 (2018): 第十一条 moved up after 第四条 (entry 10) leaves 第十二条 on as they were; the article added after 第十三条 (entry 3) alone moves 第五十条', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2018.md');
    const move = adopted(
      '10',
      { op: 'remove-clause', clause: unit(law, 11).id },
      { op: 'add-clause', clause: unit(law, 4).id, position: 'after', text: '设立公司应当依法制定公司章程。公司章程对公司、股东、董事、监事、高级管理人员具有约束力。' },
    );
    const added = adopted('3', { op: 'add-clause', clause: unit(law, 13).id, position: 'after', text: '法定代表人以公司名义从事的民事活动，其法律后果由公司承受。' });
    const { result } = revisedBody(law, added, move);
    const redline = output(result, '.redline.md');
    expect(redline).toContain('但是，本法~~第五十条~~**第五十一条**〔意见3〕另有规定的除外。');
    expect(redline).not.toMatch(/〔意见3、10〕/u);
    const comparison = output(result, '.comparison.md');
    expect(comparison).toContain('| 3（引用条文序号相应调整） |');
    expect(comparison).not.toContain('3、10（引用条文序号相应调整）');
  });

  it('行政许可法 (2019): 第三条 moved down after 第十条 (entry 10) and an article added after 第十一条 (entry 3): 本法第十二条 is 第十三条 by entry 3 alone', () => {
    const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const move = adopted('10', { op: 'remove-clause', clause: unit(law, 3).id }, { op: 'add-clause', clause: unit(law, 10).id, position: 'after', text: '行政许可的设定和实施，适用本法。' });
    const added = adopted('3', { op: 'add-clause', clause: unit(law, 11).id, position: 'after', text: '设定行政许可，应当听取意见。' });
    const { result } = revisedBody(law, added, move);
    const redline = output(result, '.redline.md');
    expect(redline).toContain('本法~~第十二条~~**第十三条**〔意见3〕所列事项');
    expect(redline).not.toMatch(/〔意见3、10〕/u);
    expect(output(result, '.comparison.md')).not.toContain('3、10（引用条文序号相应调整）');
  });

  it('公司法 (2023): 第一百一十六条第二款 replaced by a new 款 (entry 10) and a 款 added before 第三款 (entry 3): 第一百一十六条第四款 by entry 3 alone', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2023.md');
    const second = unit(law, 116, kuan(2)).id;
    const replaced = adopted('10', { op: 'remove-clause', clause: second }, { op: 'add-clause', clause: second, position: 'before', text: '股东会作出决议，应当经出席会议的股东所持表决权的过半数通过。' });
    const added = adopted('3', { op: 'add-clause', clause: unit(law, 116, kuan(3)).id, position: 'before', text: '股东会选举董事，应当经出席会议的股东所持表决权过半数通过。' });
    const { result } = revisedBody(law, added, replaced);
    expect(output(result, '.redline.md')).toContain('有本法第一百一十六条~~第三款~~**第四款**〔意见3〕规定的事项');
  });
});

describe('a reference to a removed unit is reported once per citing clause and unit, however often the clause cites it', () => {
  it('公司法 (2018): 删除第十六条第二款 leaves 第三款 with three 前款: one problem, saying how many', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2018.md');
    const { result } = revisedBody(law, adopted('1', { op: 'remove-clause', clause: unit(law, 16, kuan(2)).id }));
    const third = unit(law, 16, kuan(3)).id;
    expect(result.revision.problems).toEqual([
      { rule: 'dangling-reference', clause: third, message: `第十六条第三款 (${third}) cites 第十六条第二款, which is removed: “前款” (3 times)`, edits: [{ entry: '1', index: 1 }] },
    ]);
  });

  it('民事诉讼法 (2023): 第五十八条第一款 removed leaves 第二款 with three 前款: one problem', () => {
    const law = corpusDraft('lawrefbook/minshi_susong_fa_2023.md');
    const { result } = revisedBody(law, adopted('1', { op: 'remove-first-paragraph', clause: unit(law, 58).id }));
    expect(result.revision.problems.map((p) => [p.rule, p.message])).toEqual([
      ['dangling-reference', expect.stringMatching(/^第五十八条第二款 \(c\d+\) cites 第五十八条, whose first paragraph is removed: “前款” \(3 times\)$/u)],
    ]);
  });

  it('公司法 (2018) through the CLI: check and decide print it once', async () => {
    const dir = await corpusWorkspace('lawrefbook/gongsi_fa_2018.md', 'gongsi');
    expect((await redline(dir, 'feedback', 'add', '--unit', '财政部', '--comment', '建议删除第十六条第二款。')).code).toBe(0);
    const decide = await redline(dir, 'decide', '1', 'adopt');
    expect(decide.stderr.match(/cites 第十六条第二款/gu)).toHaveLength(1);
    const check = await redline(dir, 'check');
    expect(check.stderr.match(/cites 第十六条第二款, which is removed: “前款” \(3 times\) \[dangling-reference\]/gu)).toHaveLength(1);
  });
});

describe('a new article that cites a removed unit is named as the revised text numbers it, with where its entry adds it', () => {
  it('上海市优化营商环境条例 (2020): the article added after 第八十条 cites 第三十五条第五款, which another entry removes', () => {
    const shanghai = corpusDraft('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md');
    const removal = adopted('9', { op: 'remove-clause', clause: unit(shanghai, 35, kuan(5)).id });
    const added = adopted('24', ...proposeEdits('在第八十条后增加一条：“本条例第三十五条第五款规定的保险制度，由市住房城乡建设部门组织实施。”', shanghai.clauses, 'zh').edits);
    const { result } = revisedBody(shanghai, removal, added);
    expect(result.revision.problems.map((p) => p.message)).toEqual([
      `new 第八十一条 (added after 第八十条 (${unit(shanghai, 80).id}) by entry 24) cites 第三十五条第五款, which is removed: “本条例第三十五条第五款”`,
    ]);
  });

  it('行政许可法 (2019): the article added after 第十条 cites 第三十四条第三款, which another entry removes', () => {
    const xuke = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const added = adopted('1', ...proposeEdits('建议在第十条后增加一条：“申请人依照本法第三十四条第三款的规定提出申请。”', xuke.clauses, 'zh').edits);
    const removal = adopted('2', { op: 'remove-clause', clause: unit(xuke, 34, kuan(3)).id });
    const { text, result } = revisedBody(xuke, added, removal);
    expect(paragraph(text, '第十一条')).toBe('第十一条 申请人依照本法第三十四条第三款的规定提出申请。');
    expect(result.revision.problems.map((p) => p.message)).toEqual([
      `new 第十一条 (added after 第十条 (${unit(xuke, 10).id}) by entry 1) cites 第三十四条第三款, which is removed: “本法第三十四条第三款”`,
      // The draft's own article that cites it (its 第五十六条, now 第五十七条) is named as the draft numbers it.
      `第五十六条 (${unit(xuke, 56).id}) cites 第三十四条第三款, which is removed: “本法第三十四条第三款”`,
    ]);
  });
});
