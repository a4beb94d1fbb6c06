// Structural edits and cross-references on more statutes with 款 and 项
// (the Company Law 2018, the Administrative Licensing Law 2019), and a real
// amendment: the State Council's 2024 decision on 全国年节及纪念日放假办法.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adopted, corpusDraft, paragraph, revisedBody, unit } from './helpers/drafts.js';
import { CORPUS } from './helpers/cli.js';

const item = (n: number) => ['项', n] as ['项', number];
const kuan = (n: number) => ['款', n] as ['款', number];

function articleText(text: string, number: string): string[] {
  const paragraphs = text.trimEnd().split('\n\n');
  const at = paragraphs.findIndex((p) => p.startsWith(`${number} `));
  const end = paragraphs.findIndex((p, i) => i > at && /^(第[一二三四五六七八九十百]+条 |#)/u.test(p));
  return at === -1 ? [] : paragraphs.slice(at, end === -1 ? undefined : end);
}

describe('the Company Law (2018): 款 after a list, 项 of a later 款, 前款', () => {
  const law = corpusDraft('lawrefbook/gongsi_fa_2018.md');

  it('deletes 第三十一条第二款第（三）项 only: the items after it move up, 第三款 stays', () => {
    const { text, result } = revisedBody(law, adopted('1', { op: 'remove-clause', clause: unit(law, 31, kuan(2), item(3)).id }));
    expect(result.revision.unapplied).toEqual([]);
    expect(articleText(text, '第三十一条')).toEqual([
      '第三十一条 有限责任公司成立后，应当向股东签发出资证明书。',
      '出资证明书应当载明下列事项：',
      '（一）公司名称；',
      '（二）公司成立日期；',
      '（三）股东的姓名或者名称、缴纳的出资额和出资日期；',
      '（四）出资证明书的编号和核发日期。',
      '出资证明书由公司盖章。',
    ]);
  });

  it('deletes the last item of 第九十条第二款: the item before it now ends the list with 。', () => {
    const { text } = revisedBody(law, adopted('1', { op: 'remove-clause', clause: unit(law, 90, kuan(2), item(7)).id }));
    expect(articleText(text, '第九十条').slice(-2)).toEqual(['（六）对发起人用于抵作股款的财产的作价进行审核。', '创立大会对前款所列事项作出决议，必须经出席会议的认股人所持表决权过半数通过。']);
  });

  it('rewrites 前款 as 本条第二款 when a new 款 comes between, and reports 前款 whose 款 is removed', () => {
    const added = revisedBody(law, adopted('1', { op: 'add-clause', clause: unit(law, 90, kuan(3)).id, position: 'before', text: '创立大会应当对所议事项的决定作成会议记录。' }));
    expect(articleText(added.text, '第九十条').slice(-2)).toEqual(['创立大会应当对所议事项的决定作成会议记录。', '创立大会对本条第二款所列事项作出决议，必须经出席会议的认股人所持表决权过半数通过。']);
    const removed = revisedBody(law, adopted('7', { op: 'remove-clause', clause: unit(law, 90, kuan(2)).id }));
    expect(removed.result.revision.problems).toEqual([
      { rule: 'dangling-reference', clause: unit(law, 90, kuan(3)).id, message: `第九十条第三款 (${unit(law, 90, kuan(3)).id}) cites 第九十条第二款, which is removed: “前款”`, edits: [{ entry: '7', index: 1 }] },
    ]);
  });

  it('renumbers every later article of a law in 章 and 节 after an article is removed', () => {
    const { text } = revisedBody(law, adopted('1', { op: 'remove-clause', clause: unit(law, 2).id }));
    const numbers = [...text.matchAll(/^第([零一二三四五六七八九十百]+)条 /gmu)].length;
    expect(numbers).toBe(217);
    expect(text).toContain('\n\n第二百一十七条 本法自2006年1月1日起施行。');
  });
});

describe('the Administrative Licensing Law (2019): 本法第十二条第二项 and 本法第十四条、第十五条', () => {
  const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

  it('renumbers item references after 第十二条第（二）项 is removed, and reports the one that cited it', () => {
    const { text, result } = revisedBody(law, adopted('1', { op: 'remove-clause', clause: unit(law, 12, item(2)).id }));
    expect(paragraph(text, '第五十四条')).toMatch(/^第五十四条 实施本法第十二条第二项所列事项的行政许可，赋予公民特定资格/u);
    expect(paragraph(text, '第五十五条')).toMatch(/^第五十五条 实施本法第十二条第三项所列事项/u);
    expect(paragraph(text, '第五十六条')).toMatch(/^第五十六条 实施本法第十二条第四项所列事项/u);
    expect(result.revision.problems.map((p) => p.message)).toEqual([`第五十三条 (${unit(law, 53).id}) cites 第十二条第（二）项, which is removed: “本法第十二条第二项”`]);
  });

  it('renumbers article references after an article is added after 第十二条', () => {
    const { text, result } = revisedBody(law, adopted('1', { op: 'add-clause', clause: unit(law, 12).id, position: 'after', text: '新增的一条。' }));
    expect(paragraph(text, '第十三条')).toBe('第十三条 新增的一条。');
    expect(paragraph(text, '第十四条')).toMatch(/^第十四条 本法第十二条所列事项，通过下列方式/u);
    expect(paragraph(text, '第十八条')).toMatch(/^第十八条 除本法第十五条、第十六条规定的外/u);
    expect(paragraph(text, '第七十二条')).toMatch(/^第七十二条 违反本法第十八条规定设定的行政许可/u);
    expect(result.outputs[2]!.content.trimEnd().split('\n').at(-1)).toBe('条文序号作相应调整：原第十三条至第八十三条依次改为第十四条至第八十四条。');
  });
});

describe('chapters stay well-formed', () => {
  const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

  it('removes a whole chapter with its articles, and says when a chapter is left with no article', () => {
    const chapter7 = law.clauses.find((c) => c.number === '第七章')!;
    const { text } = revisedBody(law, adopted('1', { op: 'remove-clause', clause: chapter7.id }));
    expect(text).toContain('\n\n## 第七章 附 则\n\n第七十一条 本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日。\n\n第七十二条 本法自2004年7月1日起施行。\n');
    const emptied = revisedBody(law, adopted('1', { op: 'remove-clause', clause: unit(law, 82).id }), adopted('2', { op: 'remove-clause', clause: unit(law, 83).id }));
    expect(emptied.result.revision.problems).toEqual([
      { rule: 'empty-heading', clause: law.clauses.find((c) => c.number === '第八章')!.id, message: '第八章 附 则 has no clause left', edits: [{ entry: '1', index: 1 }, { entry: '2', index: 1 }] },
    ]);
  });
});

describe('国务院关于修改《全国年节及纪念日放假办法》的决定 (2024), adopted as entries', () => {
  const rules = corpusDraft('lawrefbook/nianjie_fangjia_banfa_2013.md');
  const decision = readFileSync(join(CORPUS, 'cn_gov_pages_excerpts/guowuyuan_xiugai_nianjie_fangjia_banfa_jueding_2024.txt'), 'utf8');
  const expected = readFileSync(join(CORPUS, 'lawrefbook/nianjie_fangjia_banfa_2024.md'), 'utf8');
  // The decision's own 个别文字作相应调整 aside: the 2024 text writes （） where 2013 wrote (), and 周六 for 星期六.
  const normalised = (text: string) => text.replace(/\(/gu, '（').replace(/\)/gu, '）').replace(/，/gu, ',');

  it('gives 第二条 （二） and （四）, the new 第七条 and the old 第七条 as 第八条, as the 2024 text has them', () => {
    // 一、将第二条第二项修改为“…”，第四项修改为“…”。二、增加一条，作为第七条：“…”
    expect(decision).toContain('一、将第二条第二项修改为“(二)春节,放假4天(农历除夕、正月初一至初三)”,第四项修改为“(四)劳动节,放假2天(5月1日、2日)”。');
    const { text, result } = revisedBody(
      rules,
      adopted('一', { op: 'rewrite', clause: unit(rules, 2, item(2)).id, text: '(二)春节，放假4天(农历除夕、正月初一至初三)' }, { op: 'rewrite', clause: unit(rules, 2, item(4)).id, text: '(四)劳动节，放假2天(5月1日、2日)' }),
      adopted('二', { op: 'add-clause', clause: unit(rules, 7).id, position: 'before', text: '全体公民放假的假日，可合理安排统一放假调休，结合落实带薪年休假等制度，实际形成较长假期。除个别特殊情形外，法定节假日假期前后连续工作一般不超过6天。' }),
    );
    expect(result.revision.unapplied).toEqual([]);
    const line = (source: string, start: string) => normalised(source.split('\n').find((l) => l.startsWith(start))!);
    for (const start of ['（二）', '（四）', '第七条', '第八条']) {
      expect(line(text.replace(/^\((二|四)\)/gmu, '（$1）'), start), start).toBe(line(expected.replace(/^(（[一二三四五六七]）)/gmu, '$1'), start));
    }
    expect(paragraph(text, '(二)')).toBe('(二)春节，放假4天(农历除夕、正月初一至初三)；');
    expect(paragraph(text, '(四)')).toBe('(四)劳动节，放假2天(5月1日、2日)；');
    expect(paragraph(text, '第八条')).toBe('第八条 本办法自公布之日起施行。');
    const comparison = result.outputs[2]!.content;
    expect(comparison).toContain('| 3 | 新增第七条 | （新增） | **第七条 全体公民放假的假日，可合理安排统一放假调休');
    expect(comparison.trimEnd().split('\n').at(-1)).toBe('条文序号作相应调整：原第七条改为第八条。');
  });
});

describe('the same rules on a policy text (一、/（一）/1.) and a US bill (SEC./(1))', () => {
  it('renumbers the indicators 1–55 that run on across sections when one is removed or added inside a section', () => {
    const policy = corpusDraft('gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt');
    const indicator = (n: number) => policy.clauses.find((c) => c.marker?.style === '1.' && c.marker.value === n)!;
    // The indicators (the annex's notes after them are numbered again from 1).
    const numbers = (text: string) => {
      const all = text.split('\n\n').filter((p) => /^\d+\\?\./u.test(p)).map((p) => p.replace('\\', ''));
      return all.slice(0, all.findIndex((p, i) => i > 0 && p.startsWith('1.')));
    };
    const removed = numbers(revisedBody(policy, adopted('1', { op: 'remove-clause', clause: indicator(2).id })).text);
    expect(removed.slice(0, 3)).toEqual(['1.门诊人次数与出院人次数比', '2.日间手术占择期手术比例', expect.stringMatching(/^3\./u)]);
    expect(removed.length).toBe(numbers(revisedBody(policy).text).length - 1);
    expect(removed.map((p) => Number(/^\d+/u.exec(p)![0]))).toEqual(removed.map((_, i) => i + 1));
    const section = policy.clauses.find((c) => c.id === indicator(1).parent)!;
    const added = numbers(revisedBody(policy, adopted('1', { op: 'add-clause', clause: section.id, position: 'inside', text: '新增指标' })).text);
    const last = policy.clauses.filter((c) => c.parent === section.id && c.marker?.style === '1.').length;
    expect(added[last]).toBe(`${last + 1}.新增指标`);
    expect(added.map((p) => Number(/^\d+/u.exec(p)![0]))).toEqual(added.map((_, i) => i + 1));
  });

  it('strikes paragraph (6) of section 3 of H.R. 1000 and inserts a paragraph after (4): the others are redesignated', () => {
    const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
    const section3 = bill.clauses.find((c) => c.number === 'SEC. 3')!;
    const paragraphOf = (n: number) => bill.clauses.find((c) => c.parent === section3.id && c.marker?.value === n)!;
    const definitions = (text: string) => {
      const paragraphs = text.split('\n\n');
      const start = paragraphs.findIndex((p) => p.startsWith('SEC. 3. DEFINITIONS.'));
      const end = paragraphs.findIndex((p, i) => i > start && p.startsWith('SEC. '));
      return paragraphs.slice(start + 1, end).map((p) => p.split('.—')[0]!);
    };
    const { text } = revisedBody(bill, adopted('1', { op: 'remove-clause', clause: paragraphOf(6).id }, { op: 'add-clause', clause: paragraphOf(4).id, position: 'after', text: '(5) Employer.— The term “employer” has the meaning given in section 3 of the Fair Labor Standards Act.' }));
    expect(definitions(text).slice(0, 8)).toEqual(['\\(1) ACA', '\\(2) Disadvantaged individual or population group', '\\(3) Comparable worth', '\\(4) Equal opportunity grant', '\\(5) Employer', '\\(6) Grant recipient', '\\(7) Indian tribe', '\\(8) One-stop center']);
    expect(definitions(text).filter((p) => p.startsWith('\\(')).map((p) => Number(/\d+/u.exec(p)![0]))).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it('keeps an English list’s “;” … “; and” … “.” when its last paragraph is struck or one is added after it', () => {
    const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
    const section = bill.clauses.find((c) => c.number === 'SEC. 102')!;
    const paragraph = (n: number) => bill.clauses.find((c) => c.parent === section.id && c.marker?.value === n)!;
    const ends = (text: string) => {
      const paragraphs = text.split('\n\n');
      const start = paragraphs.findIndex((p) => p.startsWith('SEC. 102.'));
      return paragraphs.slice(start + 1, paragraphs.findIndex((p, i) => i > start && p.startsWith('SEC. '))).map((p) => `${p.slice(1, 4)} …${p.split(' ').slice(-2).join(' ')}`);
    };
    expect(ends(revisedBody(bill, adopted('1', { op: 'remove-clause', clause: paragraph(3).id })).text)).toEqual(['(1) …Act; and', '(2) …in question.']);
    expect(ends(revisedBody(bill, adopted('1', { op: 'add-clause', clause: paragraph(3).id, position: 'after', text: 'amounts received as gifts' })).text)).toEqual([
      '(1) …this Act;',
      '(2) …in question;',
      '(3) …Treasury; and',
      '(4) …as gifts.',
    ]);
  });
});
