// Items of an amendment decision given as comments, from a clerk's walk
// applying 立法法 and 放假办法 decisions: each had lost the item, or built
// or shown a text the decision does not make.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './helpers/cli.js';
import { corpusDraft, paragraph } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const HOLIDAYS = corpusDraft('lawrefbook/nianjie_fangjia_banfa_2013.md');
const NOTICE = corpusDraft('gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt');

const FIFTH = ['第五条 立法应当坚持和发展全过程人民民主，尊重和保障人权，保障和促进社会公平正义。', '立法应当体现人民的意志，发扬社会主义民主，坚持立法公开，保障人民通过多种途径参与立法活动。'];

describe('an item number before the article (一、第一条改为第二条，修改为…)', () => {
  it('四、第五条改为第六条，修改为 rewrites 第五条 (立法法; it said the draft has no 四、)', () => {
    const comment = `四、第五条改为第六条，修改为：“${FIFTH[0]!.slice(4)}“${FIFTH[1]}”`;
    const { edits, unparsed } = proposed(LIFA, comment);
    expect(unparsed).toEqual([]);
    expect(edits).toEqual([{ op: 'rewrite', clause: '第五条', text: `${FIFTH[0]!.slice(4)}\n${FIFTH[1]}` }]);
    expect(built(LIFA, comment).split('\n\n')).toEqual(expect.arrayContaining(FIFTH));
  });

  it('二、第三条第一款修改为 rewrites the first 款, as without the number (行政许可法)', () => {
    const comment = '第三条第一款修改为：“行政许可的设定和实施，适用本法；法律另有规定的，从其规定。”';
    const without = proposed(XUKE, comment);
    expect(without.edits).toHaveLength(1);
    for (const numbered of [`二、${comment}`, `2.${comment}`]) expect(proposed(XUKE, numbered)).toEqual(without);
  });

  it('several items in one comment, each opening with its number and the article (立法法)', () => {
    const { edits, unparsed } = proposed(LIFA, '一、第一条修改为：“甲甲。”\n二、第三条修改为：“乙乙。”');
    expect(unparsed).toEqual([]);
    expect(edits.map((e) => [e.op, e.clause, e.text])).toEqual([
      ['rewrite', '第一条', '甲甲。'],
      ['rewrite', '第三条', '乙乙。'],
    ]);
  });

  // A decision pasted as one line: the next item's number stood after the last one's closing quote, and read as the draft's 二、.
  it('an item that follows the last one’s closing quote on its line is the next item (立法法, 放假办法, 行政许可法)', () => {
    const third = '立法应当坚持中国共产党的领导，坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导，推进中国特色社会主义法治体系建设，保障在法治轨道上全面建设社会主义现代化国家。';
    const fourth = '立法应当符合宪法的规定、原则和精神，依照法定的权限和程序，从国家整体利益出发，维护社会主义法制的统一、尊严、权威。';
    const lifa = `二、第三条修改为：“${third}”三、第四条改为第五条，修改为：“${fourth}”`;
    expect(proposed(LIFA, lifa)).toEqual({
      edits: [
        { op: 'rewrite', clause: '第三条', text: third },
        { op: 'rewrite', clause: '第四条', text: fourth },
      ],
      unparsed: [],
    });
    expect(paragraph(built(LIFA, lifa), '第四条 ')).toBe(`第四条 ${fourth}`);
    // 2024's decision, in its own words, each change given as an item of its own.
    const holidays = built(HOLIDAYS, '一、第二条第二项修改为“(二)春节,放假4天(农历除夕、正月初一至初三)”二、第二条第四项修改为“(四)劳动节,放假2天(5月1日、2日)”');
    expect([paragraph(holidays, '(二)'), paragraph(holidays, '(四)')]).toEqual(['(二)春节，放假4天(农历除夕、正月初一至初三)；', '(四)劳动节，放假2天(5月1日、2日)；']);
    const xuke = built(XUKE, '一、第三条第一款修改为：“行政许可的设定和实施，适用本法；法律另有规定的，从其规定。”二、第五条第三款修改为：“符合法定条件、标准的，申请人有依法取得行政许可的平等权利，行政机关不得歧视任何人。法律另有规定的除外。”');
    expect([paragraph(xuke, '第三条 '), paragraph(xuke, '符合法定条件')]).toEqual([
      '第三条 行政许可的设定和实施，适用本法；法律另有规定的，从其规定。',
      '符合法定条件、标准的，申请人有依法取得行政许可的平等权利，行政机关不得歧视任何人。法律另有规定的除外。',
    ]);
  });

  it('a draft numbered 一、二、 keeps reading the number as its part (1997 notice)', () => {
    expect(proposed(NOTICE, '二、（二）“该撤销的一定要撤销”，建议删除。').edits).toEqual([{ op: 'delete', clause: '二、（二）第一段', quote: '该撤销的一定要撤销，' }]);
  });
});

/** The corpus article's paragraphs as written, its number dropped: 款 and items, each its own. */
function paragraphsOf(file: string, number: string): string[] {
  const paragraphs = readFileSync(join(CORPUS, file), 'utf8').split(/\n\s*\n/u).map((p) => p.trim());
  const at = paragraphs.findIndex((p) => p.startsWith(`${number} `));
  const end = paragraphs.findIndex((p, i) => i > at && /^(?:第[一二三四五六七八九十百]+条 |#)/u.test(p));
  const own = paragraphs.slice(at, end);
  return [own[0]!.slice(number.length + 1), ...own.slice(1)];
}

/** An amendment decision's quotation: each paragraph opened with “, the last closed. */
const decisionQuote = (paragraphs: readonly string[]) => `“${paragraphs.join('“')}”`;

describe('a rewrite of several paragraphs that reads as the text does', () => {
  it('一、将第六条修改为 its own two 款 is said to read so, with no edit (立法法)', () => {
    const own = paragraphsOf('lawrefbook/lifa_fa_2015.md', '第六条');
    expect(own).toHaveLength(2);
    const { edits, unparsed } = proposed(LIFA, `一、将第六条修改为：${decisionQuote(own)}`);
    expect(edits).toEqual([]);
    expect(unparsed).toEqual([expect.stringMatching(/第六条 already reads so$/u)]);
    const changed = proposed(LIFA, `一、将第六条修改为：${decisionQuote([own[0]!, '新的第二款。'])}`);
    expect(changed.edits).toHaveLength(1);
  });

  it('an article with items, its items on lines of their own or after its lead-in, and its first 款 alone (行政许可法)', () => {
    const twelfth = paragraphsOf('lawrefbook/xingzheng_xuke_fa_2019.md', '第十二条');
    for (const comment of [`将第十二条修改为：${decisionQuote(twelfth)}`, `将第十二条修改为：“${twelfth.join('')}”`]) {
      const { edits, unparsed } = proposed(XUKE, comment);
      expect(edits).toEqual([]);
      expect(unparsed).toEqual([expect.stringMatching(/第十二条 already reads so$/u)]);
    }
    const fifth = paragraphsOf('lawrefbook/xingzheng_xuke_fa_2019.md', '第五条');
    expect(fifth).toHaveLength(3);
    expect(proposed(XUKE, `二、第五条第一款修改为：“${fifth[0]}”`)).toEqual({ edits: [], unparsed: [expect.stringMatching(/already reads so$/u)] });
    expect(proposed(XUKE, `将第五条修改为：${decisionQuote(fifth)}`).edits).toEqual([]);
  });
});


describe('new text typed with half-width punctuation takes the draft’s widths', () => {
  it('春节,放假4天 of a draft that writes ， reads 春节，放假4天; its half-width parentheses stay as the draft writes them (放假办法 2013)', () => {
    const comment = '一、将第二条第二项修改为“(二)春节,放假4天(农历除夕、正月初一至初三)”。';
    expect(proposed(HOLIDAYS, comment).edits.map((e) => e.text)).toEqual(['春节，放假4天(农历除夕、正月初一至初三)']);
    expect(paragraph(built(HOLIDAYS, comment), '(二)')).toBe('(二)春节，放假4天(农历除夕、正月初一至初三)；');
  });

  it('full-width marks beside Chinese only: English words, 1,000, 3:30 and an address keep theirs (行政许可法)', () => {
    const comment = '将第三条第一款修改为：“行政许可的设定和实施,适用本法;费用不超过1,000元(含本数),于9:30前在https://www.npc.gov.cn:443/a,b提交, see Annex A, B.”';
    expect(proposed(XUKE, comment).edits.map((e) => e.text)).toEqual([
      '行政许可的设定和实施，适用本法；费用不超过1,000元（含本数），于9:30前在https://www.npc.gov.cn:443/a,b提交，see Annex A, B.',
    ]);
  });

  it('a Markdown link or image in the new text keeps its marks (行政许可法, 立法法; from a review)', () => {
    for (const [draft, article] of [
      [XUKE, '第三条第一款'],
      [LIFA, '第七条第二款'],
    ] as const) {
      const comment = `将${article}修改为：“详见[说明](https://example.com/a)。图![示意](a.png)，另(含本数)。”`;
      expect(proposed(draft, comment).edits.map((e) => e.text)).toEqual(['详见[说明](https://example.com/a)。图![示意](a.png)，另（含本数）。']);
    }
  });

  it('a change quoted in the 立法法, which writes ； and （）, builds them so', () => {
    const text = built(LIFA, '将第七条第二款中的“全国人民代表大会制定和修改刑事、民事、国家机构的和其他的基本法律。”修改为“全国人民代表大会制定和修改刑事、民事、国家机构的和其他的基本法律;必要时(经表决),可以作出决定。”');
    expect(paragraph(text, '全国人民代表大会制定和修改刑事')).toBe('全国人民代表大会制定和修改刑事、民事、国家机构的和其他的基本法律；必要时（经表决），可以作出决定。');
  });
});

describe('new text takes the draft’s widths before it is compared with the old', () => {
  it('a change is cut to the words that change: the figure (放假办法 2013), a comma added (行政许可法)', () => {
    expect(proposed(HOLIDAYS, '将第二条第二项中的“春节，放假3天”修改为“春节,放假三天”').edits).toEqual([{ op: 'replace', clause: '第二条第（二）项', quote: '3天', text: '三天' }]);
    expect(proposed(XUKE, '将第五十五条第一款中的“检疫的结果作出行政许可决定”修改为“检疫的结果,作出行政许可决定”').edits).toEqual([
      { op: 'insert', clause: '第五十五条', quote: '检疫的结果', text: '，' },
    ]);
  });

  it('new text that differs only in its marks’ widths changes nothing: a quote, a sentence (放假办法 2013), several 款 (行政许可法, 立法法)', () => {
    expect(proposed(HOLIDAYS, '将第二条第二项中的“春节，放假3天”修改为“春节,放假3天”')).toEqual({
      edits: [],
      unparsed: ['将第二条第二项中的“春节，放假3天”修改为“春节,放假3天” — the old and the new text are the same'],
    });
    expect(proposed(HOLIDAYS, '将第六条第一句修改为“全体公民放假的假日,如果适逢星期六、星期日,应当在工作日补假。”').unparsed).toEqual([
      '将第六条第一句修改为“全体公民放假的假日,如果适逢星期六、星期日,应当在工作日补假。” — the sentence already reads so',
    ]);
    const halfWidth = (paragraphs: readonly string[]) => decisionQuote(paragraphs.map((p) => p.replace(/，/gu, ',')));
    for (const [draft, file, article] of [
      [XUKE, 'lawrefbook/xingzheng_xuke_fa_2019.md', '第十三条'],
      [LIFA, 'lawrefbook/lifa_fa_2015.md', '第六条'],
    ] as const) {
      const own = paragraphsOf(file, article);
      expect(own.length).toBeGreaterThan(1);
      expect(own.join('')).toContain('，');
      const { edits, unparsed } = proposed(draft, `将${article}修改为：${halfWidth(own)}`);
      expect(edits).toEqual([]);
      expect(unparsed).toEqual([expect.stringMatching(new RegExp(`${article} already reads so$`, 'u'))]);
    }
  });
});

describe('增加一条，作为第N条 where the present 第N条 opens a chapter', () => {
  /** The heading or article the new text follows in the revised text. */
  const before = (text: string, added: string) => {
    const paragraphs = text.trimEnd().split('\n\n');
    return paragraphs[paragraphs.findIndex((p) => p.includes(added)) - 1]!;
  };

  it('closes the chapter before, after 第六条 (立法法 2015, whose 第七条 opens 第二章第一节; 2023 ends 第一章 with its new 第八条)', () => {
    const text = built(LIFA, '增加一条，作为第七条：“新增条文甲。”');
    expect(before(text, '## 第二章 法律')).toBe('第七条 新增条文甲。');
    expect(paragraph(text, '第七条')).toBe('第七条 新增条文甲。');
    expect(before(text, '第八条 全国人民代表大会和全国人民代表大会常务委员会行使国家立法权。')).toBe('### 第一节 立法权限');
  });

  it('作为第十一条 of 行政许可法 ends 第一章; 作为第十条, inside it, still goes before the present 第十条', () => {
    const text = built(XUKE, '增加一条，作为第十一条：“新增条文乙。”');
    expect(paragraph(text, '第十一条')).toBe('第十一条 新增条文乙。');
    expect(before(text, '## 第二章')).toBe('第十一条 新增条文乙。');
    const tenth = built(XUKE, '增加一条，作为第十条：“新增条文丙。”');
    expect(paragraph(tenth, '第十一条')).toMatch(/^第十一条 县级以上人民政府/u);
  });
});
