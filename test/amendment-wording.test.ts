// Wordings from two clerks' walks, each written from a real difference
// between two versions of a law: 立法法 2015 → 2023 and 上海市优化营商环境条例
// 2020 → 2024. Each had given no edit, or an edit that built the wrong text
// while check said ok.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continuation } from '../src/core/edits/plan.js';
import { findQuotations } from '../src/core/feedback/quotation.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, paragraph, revisedBody } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const SHANGHAI = corpusDraft('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md');


/** The paragraphs from the one that starts with `start` up to the next article or heading. */
function article(text: string, start: string): string[] {
  const paragraphs = text.trimEnd().split('\n\n');
  const at = paragraphs.findIndex((p) => p.startsWith(start));
  const end = paragraphs.findIndex((p, i) => i > at && (/^第[一二三四五六七八九十百千零]+条(?:之[一二三四五六七八九十]+)? /u.test(p) || p.startsWith('#')));
  return at === -1 ? [] : paragraphs.slice(at, end === -1 ? undefined : end);
}

const FIFTH = ['第五条 立法应当坚持和发展全过程人民民主，尊重和保障人权，保障和促进社会公平正义。', '立法应当体现人民的意志，发扬社会主义民主，坚持立法公开，保障人民通过多种途径参与立法活动。'];

describe('a text of several paragraphs quoted one after another (立法法)', () => {
  it('修改为：“…”“…” rewrites the article with both paragraphs, as 2023 第六条 reads', () => {
    const comment = `将第五条修改为：“${FIFTH[0]!.slice(4)}”“${FIFTH[1]}”`;
    expect(proposed(LIFA, comment).edits).toEqual([{ op: 'rewrite', clause: '第五条', text: `${FIFTH[0]!.slice(4)}\n${FIFTH[1]}` }]);
    expect(article(built(LIFA, comment), '第五条')).toEqual(FIFTH);
  });

  it('an amendment decision’s quotation opens each paragraph with “ and closes the last one only', () => {
    const comment = `四、将第五条改为第六条，修改为：“${FIFTH[0]!.slice(4)}“${FIFTH[1]}”`;
    expect(article(built(LIFA, comment), '第五条')).toEqual(FIFTH);
  });

  it('修改为两款：“…”“…” is the same rewrite (it had said the new text is not quoted)', () => {
    const comment = `建议将第五条修改为两款：“${FIFTH[0]!.slice(4)}”“${FIFTH[1]}”`;
    expect(article(built(LIFA, comment), '第五条')).toEqual(FIFTH);
  });

  it('增加一条：“…”“…” adds one article of two 款 after 第七十三条 (2023 第八十三条)', () => {
    const first = '省、自治区、直辖市和设区的市、自治州可以协同制定地方性法规，在本行政区域或者有关区域内实施。';
    const second = '省、自治区、直辖市和设区的市、自治州可以建立区域协同立法工作机制。';
    const text = built(LIFA, `建议在第七十三条后增加一条：“${first}”“${second}”`);
    expect(article(text, `第七十四条 ${first}`)).toEqual([`第七十四条 ${first}`, second]);
    expect(paragraph(text, '第七十五条')).toMatch(/^第七十五条 经济特区所在地/u);
  });

  it('增加两条，分别作为第六十五条、第六十六条：“…”“…” adds two articles, one per quote', () => {
    const { edits, unparsed } = proposed(LIFA, '建议在第六十四条后增加两条，分别作为第六十五条、第六十六条：“甲条文。”“乙条文。”');
    expect(unparsed).toEqual([]);
    expect(edits).toEqual([
      { op: 'add-clause', clause: '第六十四条', text: '甲条文。' },
      { op: 'add-clause', clause: '第六十四条', text: '乙条文。' },
    ]);
  });
});

describe('places named in the comment (立法法, 上海市优化营商环境条例)', () => {
  it('在第十四条第二款、第二十六条第二款中的“X”后增加“Y”: the words in both 款, not the last only', () => {
    const text = built(LIFA, '建议在第十四条第二款、第二十六条第二款中的“中央军事委员会、”后增加“国家监察委员会、”。');
    expect(text).toContain('全国人民代表大会常务委员会、国务院、中央军事委员会、国家监察委员会、最高人民法院');
    expect(text).toContain('\n\n国务院、中央军事委员会、国家监察委员会、最高人民法院、最高人民检察院、全国人民代表大会各专门委员会，可以向常务委员会提出');
  });

  it('第三章增加一条，作为第七十二条: the last article of 第三章, where the present 第七十二条 opens 第四章', () => {
    const text = built(LIFA, '第三章增加一条，作为第七十二条：“国务院可以根据改革发展的需要，决定就行政管理等领域的特定事项，在规定期限和范围内暂时调整或者暂时停止适用行政法规的部分规定。”');
    const paragraphs = text.split('\n\n');
    const added = paragraphs.findIndex((p) => p.startsWith('第七十二条 国务院可以根据改革发展的需要'));
    expect(added).toBeGreaterThan(paragraphs.findIndex((p) => p.startsWith('## 第三章')));
    expect(paragraphs[added + 1]).toMatch(/^## 第四章/u);
    expect(paragraphs[added - 1]).toBe('在国务院公报上刊登的行政法规文本为标准文本。');
  });

  it('增加一款，作为第二十一条第二款: before the present 第二款 (it had said which clause the new one joins is not said)', () => {
    const comment = '增加一款，作为第二十一条第二款：“企业等经营主体以应收账款申请担保融资的，国家机关、事业单位和大型企业等应付款方应当及时确认债权债务关系。”';
    expect(proposed(SHANGHAI, comment)).toEqual({
      edits: [{ op: 'add-clause', clause: '第二十一条第二款', text: '企业等经营主体以应收账款申请担保融资的，国家机关、事业单位和大型企业等应付款方应当及时确认债权债务关系。' }],
      unparsed: [],
    });
  });

  it('第四十一条第一款末尾增加“，…”: at the end of 第一款, before its 。, as 2024 第四十五条 reads (it had gone after the last 款’s 。)', () => {
    const text = built(SHANGHAI, '建议第四十一条第一款末尾增加“，完善税费争议解决机制”。');
    expect(article(text, '第四十一条')).toEqual([
      '第四十一条 本市构建面向纳税人和缴费人的统一税费申报平台，推动相关税费合并申报及缴纳。相关部门应当精简税费办理资料和流程，减少纳税次数和税费办理时间，提升电子税务局和智慧办税服务场所的服务能力，推广使用电子发票，完善税费争议解决机制。',
      '本市严格落实国家各项减税降费政策，积极开展宣传辅导，确保各项政策落实到位。',
    ]);
  });

  it('words that go on with a sentence go before its closing mark: in a 款, and in an item before its ；', () => {
    const text = built(SHANGHAI, '建议第二十二条第二款末尾增加“，加强跨部门协作”。');
    expect(text).toContain('提供知识产权保护的侵权预警、法律服务和司法救济，加强跨部门协作。\n\n');
    expect(built(SHANGHAI, '第七十九条第（二）项末尾增加“或者拖延整改的”')).toContain('\n\n（二）对情况清楚、诉求合理的实名差评事项，拒不整改的或者拖延整改的；\n\n');
  });

  it('半角冒号“:”统一修改为全角冒号“：”: a word for what the new text is, before its quote', () => {
    const { edits, unparsed } = proposed(LIFA, '建议将全文中的半角冒号“:”统一修改为全角冒号“：”。');
    expect(unparsed).toEqual([]);
    expect(edits).toEqual([{ op: 'replace-all', clause: '*', quote: ':', text: '：' }]);
  });
});

describe('an amendment’s own wording (刑法修正案, on 刑法 and 行政许可法)', () => {
  const XINGFA = corpusDraft('lawrefbook/xingfa_criminal_law.md');
  const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

  it('在刑法第X条中增加一款作为第二款，将该条修改为：“…“…”: one rewrite of the article, 该条 being it (修正案十二 一、二、三 had given no edit)', () => {
    const own = '安全生产设施或者安全生产条件不符合国家规定，因而发生重大伤亡事故或者造成其他严重后果的，对直接负责的主管人员和其他直接责任人员，处三年以下有期徒刑或者拘役；情节特别恶劣的，处三年以上七年以下有期徒刑。';
    const added = '有前款行为，造成特别重大事故的，处七年以上有期徒刑。';
    const comment = `一、在刑法第一百三十五条中增加一款作为第二款，将该条修改为：“${own}“${added}”`;
    expect(proposed(XINGFA, comment)).toEqual({ edits: [{ op: 'rewrite', clause: '第一百三十五条', text: `${own}\n${added}` }], unparsed: [] });
    expect(article(built(XINGFA, comment), '第一百三十五条 ')).toEqual([`第一百三十五条 ${own}`, added]);
    // Without the law's name, on 行政许可法: the same.
    const text = '行政许可的实施机关可以对已设定的行政许可的实施情况及存在的必要性适时进行评价，并将意见报告该行政许可的设定机关。';
    expect(proposed(XUKE, `在第十四条中增加一款作为第三款，将该条修改为：“本法第十二条所列事项，法律可以设定行政许可。“必要时，国务院可以采用发布决定的方式设定行政许可。“${text}”`).edits).toEqual([
      { op: 'rewrite', clause: '第十四条', text: `本法第十二条所列事项，法律可以设定行政许可。\n必要时，国务院可以采用发布决定的方式设定行政许可。\n${text}` },
    ]);
  });

  it('删去刑法第一百四十一条第二款 (修正案九’s wording): the law’s name before its unit is no obstacle', () => {
    expect(proposed(XINGFA, '删去刑法第一百四十一条第二款。')).toEqual({ edits: [{ op: 'remove-clause', clause: '第一百四十一条第二款' }], unparsed: [] });
    expect(proposed(XUKE, '删去本法第十三条第（四）项。')).toEqual({ edits: [{ op: 'remove-clause', clause: '第十三条第（四）项' }], unparsed: [] });
  });
});

describe('from a review of these wordings (行政许可法, 上海市优化营商环境条例)', () => {
  const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

  it('将第六条、第十条分别修改为：“…”“…”: each unit its own text, in order; a count that differs is asked about', () => {
    expect(proposed(XUKE, '将第六条、第十条分别修改为：“实施行政许可，应当便民。”“县级以上人民政府应当监督。”').edits).toEqual([
      { op: 'rewrite', clause: '第六条', text: '实施行政许可，应当便民。' },
      // (第十条 has two 款; the text is plainly its first: that 款 alone is rewritten.)
      { op: 'rewrite-first-paragraph', clause: '第十条', text: '县级以上人民政府应当监督。' },
    ]);
    expect(proposed(XUKE, '将第六条、第七条、第十条分别修改为：“甲。”“乙。”')).toEqual({ edits: [], unparsed: ['修改为：“甲。”“乙。” — 3 units and 2 texts: quote one text for each unit'] });
  });

  it('分别修改为 with one text for two units is asked about (it rewrote both alike); a closing mark left out keeps the request after it (regression run)', () => {
    expect(proposed(XUKE, '将第九条、第十八条分别修改为：“依法取得的行政许可，不得转让。”').edits).toEqual([]);
    expect(proposed(XUKE, '将第十条修改为：“县级以上人民政府应当建立健全监督制度。第十一条修改为：“设定行政许可，应当遵循经济和社会发展规律。”').edits).toEqual([
      { op: 'rewrite', clause: '第十一条', text: '设定行政许可，应当遵循经济和社会发展规律。' },
    ]);
    // “但是…除外。” added to an item: after a comma, before the item's ；.
    expect(built(XUKE, '在第七十条第（一）项末尾增加“但是法律另有规定的除外。”')).toContain('\n\n（一）行政许可有效期届满未延续的，但是法律另有规定的除外；\n\n');
  });

  it('删去该条第二款 is that 款 of the article named before, not the whole article (行政许可法, 立法法)', () => {
    expect(proposed(XUKE, '将第十条第一款中的“监督制度”修改为“监督管理制度”，删去该条第二款。').edits).toEqual([
      { op: 'insert', clause: '第十条', quote: '监督', text: '管理' },
      { op: 'remove-clause', clause: '第十条第二款' },
    ]);
    expect(proposed(LIFA, '将第十条第一款中的“授权的目的”修改为“授权的目的和依据”，删去该条第三款。').edits.at(-1)).toEqual({ op: 'remove-clause', clause: '第十条第三款' });
  });

  it('将第六条、第七条合并修改为一条：“…” is asked about, not two units rewritten alike', () => {
    expect(proposed(XUKE, '将第六条、第七条合并修改为一条：“实施行政许可，应当便民。”')).toEqual({
      edits: [],
      unparsed: ['修改为一条：“实施行政许可，应当便民。” — several units made into one: rewrite one of them and delete the others'],
    });
  });

  it('第四章增加一条 in a chapter of 节: after its last article, numbered; a number in another chapter is asked about', () => {
    const text = built(XUKE, '第四章增加一条，作为第五十八条：“新的一条。”');
    expect(text).toContain('\n\n第五十八条 新的一条。\n\n## 第五章 行政许可的费用\n\n第五十九条 ');
    expect(built(XUKE, '第四章增加一条：“新的一条。”')).toContain('\n\n第五十八条 新的一条。\n\n## 第五章 行政许可的费用\n\n');
    expect(proposed(XUKE, '第二章增加一条，作为第五条：“新的一条。”')).toEqual({
      edits: [],
      unparsed: ['第二章增加一条，作为第五条：“新的一条。” — 第五条 is not in 第二章: a new article there would not be 第五条; say which'],
    });
  });

  it('an insertion after a quote whose punctuation differs in width only is found too (上海 第三十条第二款)', () => {
    expect(proposed(SHANGHAI, '在第三十条第二款“申请登记的，”后增加“故意”').edits).toEqual([{ op: 'insert', clause: '第三十条第二款', quote: '申请登记的,', text: '故意' }]);
  });
});

describe('a quote whose punctuation differs from the draft’s in width only', () => {
  it('is found as the draft writes it (上海: 申请登记的,应当; 立法法: 只能制定法律:), and the new text’s marks stand', () => {
    expect(proposed(SHANGHAI, '建议将第三十条第二款中的“申请登记的，应当依法承担责任”修改为“申请登记的，应当依法承担法律责任”。')).toEqual({
      edits: [{ op: 'replace', clause: '第三十条第二款', quote: ',应当依法承担', text: '，应当依法承担法律' }],
      unparsed: [],
    });
    expect(built(LIFA, '建议将第八条中的“下列事项只能制定法律：”修改为“下列事项只能由法律规定：”。')).toContain('\n\n第八条 下列事项只能由法律规定：\n\n');
  });

  it('is not guessed where the unit writes it in two places, nor where other words differ', () => {
    expect(proposed(LIFA, '建议将第八条中的“下列事项只能制定法律；”修改为“下列事项只能由法律规定：”。').edits).toEqual([]);
    expect(proposed(LIFA, '建议将第八条中的“下列事项仅能制定法律：”修改为“下列事项只能由法律规定：”。').edits).toEqual([]);
  });
});

describe('where words added at the end go (continuation)', () => {
  const at = (text: string, added: string) => {
    const { start, end, text: inserted } = continuation(text, added);
    return text.slice(0, start) + inserted + text.slice(end);
  };

  it('a sentence of their own goes after the closing mark; words that go on with the sentence before it, which stays the unit’s', () => {
    expect(at('确保各项政策落实到位。', '加强宣传辅导。')).toBe('确保各项政策落实到位。加强宣传辅导。');
    expect(at('确保各项政策落实到位。', '并加强宣传')).toBe('确保各项政策落实到位。并加强宣传');
    expect(at('确保各项政策落实到位。', '，加强跨部门协作。')).toBe('确保各项政策落实到位，加强跨部门协作。');
    // (Review: a 项’s own ； had come twice.)
    expect(at('直接涉及国家安全的事项；', '，但是法律另有规定的除外；')).toBe('直接涉及国家安全的事项，但是法律另有规定的除外；');
    expect(at('the plan; and', ', as appropriate')).toBe('the plan, as appropriate; and');
    expect(at('the Secretary.', ' The report shall be public.')).toBe('the Secretary. The report shall be public.');
  });

  it('list punctuation alone takes the place of the unit’s (H.R. 1000: add at the end of paragraph (5) “; and”)', () => {
    expect(at('section 3121 of the Internal Revenue Code.', '; and')).toBe('section 3121 of the Internal Revenue Code; and');
    expect(at('拒不整改的；', '或者拖延整改的')).toBe('拒不整改的或者拖延整改的；');
  });

  it('on any unit text and added words: the unit’s words before its closing mark stay, and so does the rest of the added text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('甲', '乙', '，', '。', '；', ';', '.', ' ', 'a', '、') }), fc.string({ unit: fc.constantFrom('丙', '，', '。', '；', 'b', ' ', '或者') }), (text, added) => {
        const { start, end } = continuation(text, added);
        expect(start <= end && end <= text.length).toBe(true);
        expect(start === text.length || /^(?:; and|; or|[。；;.．])\s*$/u.test(text.slice(start))).toBe(true);
        expect(end === start || end === text.length).toBe(true);
      }),
    );
  });
});

describe('quotations of several paragraphs (findQuotations)', () => {
  it('paragraphs each opened with “, the last one closed, are one quotation, a paragraph per line', () => {
    const paragraph = fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '，', ' '), minLength: 1 }).map((s) => `${s}。`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 5 }), fc.string({ unit: fc.constantFrom('建', '议', '：') }), (paragraphs, lead) => {
        const comment = `${lead}：${paragraphs.map((p) => `“${p}`).join('')}”`;
        expect(findQuotations(comment)).toEqual([{ start: lead.length + 1, end: comment.length - 1, text: paragraphs.map((p) => p.trim()).join('\n') }]);
      }),
    );
  });

  it('an unclosed “ that follows no colon, or before words that end no sentence, stays plain text; closed quotations stay as they were', () => {
    // (Review: a stray “ before 修改为：“…” had swallowed the request.)
    expect(findQuotations('“第五条 建议修改为：“设定和实施行政许可，应当遵循便民的原则。”').map((q) => q.text)).toEqual(['设定和实施行政许可，应当遵循便民的原则。']);
    expect(findQuotations('关于“第五条，我们认为：“公开、公平”应改为“公开、公平、便民”').map((q) => q.text)).toEqual(['公开、公平', '公开、公平、便民']);
    expect(findQuotations('将“A改为“B”').map((q) => q.text)).toEqual(['B']);
    expect(findQuotations('将“甲”改为“乙”').map((q) => q.text)).toEqual(['甲', '乙']);
    expect(findQuotations('坚持“五中心“一广场”功能定位”').map((q) => q.text)).toEqual(['五中心“一广场”功能定位']);
  });
});

describe('a unit rewritten whole, in the comparison table and the redline (刑法, 立法法)', () => {
  const XINGFA = corpusDraft('lawrefbook/xingfa_criminal_law.md');
  const output = (result: ReturnType<typeof revisedBody>['result'], kind: string) => result.outputs.find((o) => o.name.endsWith(`.${kind}.md`))!.content;

  it('shows the 款 it keeps as they are, the one whose words change with those words marked, and only the new one added (刑法修正案十一 三十六)', () => {
    const first = '以营利为目的，聚众赌博或者以赌博为业的，处三年以下有期徒刑、拘役或者管制，并处罚金。';
    const second = '开设赌场的，处五年以下有期徒刑、拘役或者管制，并处罚金；情节严重的，处五年以上十年以下有期徒刑，并处罚金。';
    const third = '组织中华人民共和国公民参与国（境）外赌博，数额巨大或者有其他严重情节的，依照前款的规定处罚。';
    const fourth = '为赌博提供资金、场所等帮助的，依照第一款的规定处罚。';
    const comment = `将刑法第三百零三条修改为：“${first}“${second.replace('情节严重的', '情节特别严重的')}“${third}“${fourth}”`;
    const { edits } = proposeEdits(comment, XINGFA.clauses, 'zh');
    const { result } = revisedBody(XINGFA, adopted('1', ...edits));
    const row = output(result, 'comparison').split('\n').find((l) => l.includes('| 第三百零三条 |'))!;
    expect(row).toBe(
      `| 1 | 第三百零三条 | 第三百零三条 ${first}<br>${second}<br>${third} | 第三百零三条 ${first}<br>${second.replace('情节严重的', '情节**特别**严重的')}<br>${third}<br>**${fourth}** | 1 |`,
    );
    const redline = output(result, 'redline');
    expect(redline).toContain(`\n\n第三百零三条 ${first}\n\n${second.replace('情节严重的', '情节**特别**严重的')}〔意见1〕\n\n${third}\n\n**${fourth}**〔意见1〕\n\n第三百零四条 `);
  });

  it('marks a 项 that changes its number with the words it keeps, and a new 项 whole (立法法 第八条, a 项 added before the last)', () => {
    const items = LIFA.clauses.filter((c) => c.parent === LIFA.clauses.find((a) => a.number === '第八条')!.id).map((c) => c.text.trim());
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    const quoted = [...items.slice(0, 10), '新增的事项；', items[10]!].map((t, i) => `（${numerals[i]}）${t}`);
    const comment = `将第八条修改为：“下列事项只能制定法律:“${quoted.join('“')}”`;
    const { edits, unparsed } = proposeEdits(comment, LIFA.clauses, 'zh');
    expect(unparsed).toEqual([]);
    const { result } = revisedBody(LIFA, adopted('1', ...edits));
    const redline = output(result, 'redline');
    expect(redline).toContain(`\n\n（十）${items[9]}\n\n**（十一）新增的事项；**〔意见1〕\n\n（十~~一~~**二**）${items[10]}〔意见1〕\n\n第九条`);
    expect(redline).toContain(`\n\n第八条 下列事项只能制定法律:\n\n（一）${items[0]}\n\n`);
  });
});
