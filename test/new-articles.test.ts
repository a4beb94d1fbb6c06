// 增加两条 / 三条 quoting more paragraphs than articles (a clerk's walk on
// 民事诉讼法 2021 → 2023): each quote had become an article of its own, the
// items of the second list numbered on from the first (（六）（七）（八）), while
// check said ok. The paragraphs are grouped into the articles where that can
// be told, and asked about where it cannot.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './helpers/cli.js';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const MINSU = corpusDraft('lawrefbook/minshi_susong_fa_2021.md');
const ZHUANLI = corpusDraft('lawrefbook/zhuanli_fa_shishi_xize_2010.md');

/** The paragraphs of a corpus file's articles from `first` up to `next` (or a heading), each quoted as a comment quotes it (without the article's number unless `numbered`). */
function quoted(file: string, first: string, next: string, numbered = false): string {
  // (The files hold blank lines of a zero-width space, and a chapter's heading may come before `next`.)
  const lines = readFileSync(join(CORPUS, file), 'utf8').split('\n').filter((l) => l.replace(/\u200b/gu, '').trim() !== '' && !l.startsWith('<!--'));
  const from = lines.findIndex((l) => l.startsWith(`${first} `));
  const to = lines.findIndex((l, i) => i > from && (l.startsWith(`${next} `) || l.startsWith('#')));
  return lines
    .slice(from, to)
    .map((l) => `“${numbered ? l : l.replace(/^第\S+条 /u, '')}”`)
    .join('');
}

/** The revised text from the paragraph starting with `start`, up to the one starting with `next`. */
function between(text: string, start: string, next: string): string {
  return text.slice(text.indexOf(`\n${start}`) + 1, text.indexOf(`\n${next}`)).trimEnd();
}

describe('增加N条 with a lead-in and its items for each article', () => {
  it('民事诉讼法 第二百八十九条后增加两条: two articles, each with its own list (as 2023 第三百条、第三百零一条)', () => {
    const comment =
      '建议在第二百八十九条后增加两条：“对申请或者请求承认和执行的外国法院作出的发生法律效力的判决、裁定，人民法院经审查，有下列情形之一的，裁定不予承认和执行：”“（一）依据下条的规定，外国法院对案件无管辖权；”“（二）被申请人未得到合法传唤或者虽经合法传唤但未获得合理的陈述、辩论机会，或者无诉讼行为能力的当事人未得到适当代理；”“（三）判决、裁定是通过欺诈方式取得；”“（四）人民法院已对同一纠纷作出判决、裁定，或者已经承认第三国法院对同一纠纷作出的判决、裁定；”“（五）违反中华人民共和国法律的基本原则或者损害国家主权、安全、社会公共利益。”“有下列情形之一的，人民法院应当认定该外国法院对案件无管辖权：”“（一）外国法院依照其法律对案件没有管辖权，或者虽然依照其法律有管辖权但与案件所涉纠纷无适当联系；”“（二）违反本法对专属管辖的规定；”“（三）违反当事人排他性选择法院管辖的协议。”';
    expect(between(built(MINSU, comment), '第二百九十条 ', '第二百九十二条 ')).toBe(
      [
        '第二百九十条 对申请或者请求承认和执行的外国法院作出的发生法律效力的判决、裁定，人民法院经审查，有下列情形之一的，裁定不予承认和执行：',
        '（一）依据下条的规定，外国法院对案件无管辖权；',
        '（二）被申请人未得到合法传唤或者虽经合法传唤但未获得合理的陈述、辩论机会，或者无诉讼行为能力的当事人未得到适当代理；',
        '（三）判决、裁定是通过欺诈方式取得；',
        '（四）人民法院已对同一纠纷作出判决、裁定，或者已经承认第三国法院对同一纠纷作出的判决、裁定；',
        '（五）违反中华人民共和国法律的基本原则或者损害国家主权、安全、社会公共利益。',
        '第二百九十一条 有下列情形之一的，人民法院应当认定该外国法院对案件无管辖权：',
        '（一）外国法院依照其法律对案件没有管辖权，或者虽然依照其法律有管辖权但与案件所涉纠纷无适当联系；',
        '（二）违反本法对专属管辖的规定；',
        '（三）违反当事人排他性选择法院管辖的协议。',
      ].join('\n\n'),
    );
  });

  it('专利法实施细则 2010 第七十二条后增加两条: a lead-in with five items, then a one-paragraph article (2023 第八十六条、第八十七条)', () => {
    const comment = `建议在第七十二条后增加两条：${quoted('lawrefbook/zhuanli_fa_shishi_xize_2023.md', '第八十六条', '第八十八条')}`;
    expect(between(built(ZHUANLI, comment), '第七十三条 ', '## 第五章')).toBe(
      [
        '第七十三条 专利权有下列情形之一的，专利权人不得对其实行开放许可：',
        '（一）专利权处于独占或者排他许可有效期限内的；',
        // The new articles' cross-references are read in the draft's numbering, as every new article's are, and follow the two
        // articles added before them (the 2023 text cites in its own numbering).
        '（二）属于本细则第一百零五条、第一百零六条规定的中止情形的；',
        '（三）没有按照规定缴纳年费的；',
        '（四）专利权被质押，未经质权人同意的；',
        '（五）其他妨碍专利权有效实施的情形。',
        '第七十四条 通过开放许可达成专利实施许可的，专利权人或者被许可人应当凭能够证明达成许可的书面文件向国务院专利行政部门备案。',
      ].join('\n\n'),
    );
  });
});

describe('增加N条 whose paragraphs may make up the articles more than one way', () => {
  const UNTOLD = '13 texts quoted for 3 new articles, and which of them make up each article cannot be told: add the articles one by one, or number each (“第X条 …”)';

  it('民事诉讼法 第二百七十三条后增加三条 (2023 第二百八十条至第二百八十二条: plain 款 after the lists): asked about, no edit', () => {
    const { edits, unparsed } = proposed(MINSU, `建议在第二百七十三条后增加三条：${quoted('lawrefbook/minshi_susong_fa_2023.md', '第二百八十条', '第二百八十三条')}`);
    expect(edits).toEqual([]);
    expect(unparsed.map((note) => note.slice(note.lastIndexOf(' — ') + 3))).toEqual([UNTOLD]);
    expect(unparsed[0]).toMatch(/^增加三条：“当事人之间的同一纠纷/u);
  });

  it('专利法实施细则 2010 增加三条 (2023 第七十七条至第七十九条: a lead-in as a third 款, where taking lead-ins to open articles would split 第七十八条): asked about, no edit', () => {
    const { edits, unparsed } = proposed(ZHUANLI, `建议在第七十二条后增加三条：${quoted('lawrefbook/zhuanli_fa_shishi_xize_2023.md', '第七十七条', '第八十条')}`);
    expect(edits).toEqual([]);
    expect(unparsed.map((note) => note.slice(note.lastIndexOf(' — ') + 3))).toEqual([UNTOLD]);
  });

  it('the same three articles quoted with their numbers: each number opens one (民事诉讼法)', () => {
    const text = built(MINSU, `建议在第二百七十三条后增加三条：${quoted('lawrefbook/minshi_susong_fa_2023.md', '第二百八十条', '第二百八十三条', true).replace(/第二百八(\S)条/gu, (_, n: string) => `第二百七${{ 十: '十四', 一: '十五', 二: '十六' }[n]}条`)}`);
    expect(between(text, '第二百七十四条 ', '### 第二十五章')).toBe(
      [
        '第二百七十四条 当事人之间的同一纠纷，一方当事人向外国法院起诉，另一方当事人向人民法院起诉，或者一方当事人既向外国法院起诉，又向人民法院起诉，人民法院依照本法有管辖权的，可以受理。当事人订立排他性管辖协议选择外国法院管辖且不违反本法对专属管辖的规定，不涉及中华人民共和国主权、安全或者社会公共利益的，人民法院可以裁定不予受理；已经受理的，裁定驳回起诉。',
        '第二百七十五条 人民法院依据前条规定受理案件后，当事人以外国法院已经先于人民法院受理为由，书面申请人民法院中止诉讼的，人民法院可以裁定中止诉讼，但是存在下列情形之一的除外：',
        '（一）当事人协议选择人民法院管辖，或者纠纷属于人民法院专属管辖；',
        '（二）由人民法院审理明显更为方便。',
        '外国法院未采取必要措施审理案件，或者未在合理期限内审结的，依当事人的书面申请，人民法院应当恢复诉讼。',
        '外国法院作出的发生法律效力的判决、裁定，已经被人民法院全部或者部分承认，当事人对已经获得承认的部分又向人民法院起诉的，裁定不予受理；已经受理的，裁定驳回起诉。',
        '第二百七十六条 人民法院受理的涉外民事案件，被告提出管辖异议，且同时有下列情形的，可以裁定驳回起诉，告知原告向更为方便的外国法院提起诉讼：',
        '（一）案件争议的基本事实不是发生在中华人民共和国领域内，人民法院审理案件和当事人参加诉讼均明显不方便；',
        '（二）当事人之间不存在选择人民法院管辖的协议；',
        '（三）案件不属于人民法院专属管辖；',
        '（四）案件不涉及中华人民共和国主权、安全或者社会公共利益；',
        '（五）外国法院审理案件更为方便。',
        '裁定驳回起诉后，外国法院对纠纷拒绝行使管辖权，或者未采取必要措施审理案件，或者未在合理期限内审结，当事人又向人民法院起诉的，人民法院应当受理。',
      ].join('\n\n'),
    );
  });

  it('a 款 citing 前款 continues the article before it: 专利法实施细则 2023 第七十八条第一、二款 and 第八十条 as two articles', () => {
    const text = built(
      ZHUANLI,
      '建议在第七十二条后增加两条：“依照专利法第四十二条第二款的规定给予专利权期限补偿的，补偿期限按照发明专利在授权过程中不合理延迟的实际天数计算。”“前款所称发明专利在授权过程中不合理延迟的实际天数，是指自发明专利申请日起满4年且自实质审查请求之日起满3年之日至公告授予专利权之日的间隔天数，减去合理延迟的天数和由申请人引起的不合理延迟的天数。”“专利法第四十二条第三款所称新药相关发明专利是指符合规定的新药产品专利、制备方法专利、医药用途专利。”',
    );
    expect(between(text, '第七十三条 ', '## 第五章')).toBe(
      [
        '第七十三条 依照专利法第四十二条第二款的规定给予专利权期限补偿的，补偿期限按照发明专利在授权过程中不合理延迟的实际天数计算。',
        '前款所称发明专利在授权过程中不合理延迟的实际天数，是指自发明专利申请日起满4年且自实质审查请求之日起满3年之日至公告授予专利权之日的间隔天数，减去合理延迟的天数和由申请人引起的不合理延迟的天数。',
        '第七十四条 专利法第四十二条第三款所称新药相关发明专利是指符合规定的新药产品专利、制备方法专利、医药用途专利。',
      ].join('\n\n'),
    );
  });

  it('fewer texts than articles: asked about, no edit (立法法)', () => {
    const { edits, unparsed } = proposed(corpusDraft('lawrefbook/lifa_fa_2015.md'), '建议在第六条后增加三条：“新增甲条。”“新增乙条。”');
    expect(edits).toEqual([]);
    expect(unparsed).toEqual(['增加三条：“新增甲条。”“新增乙条。” — 2 texts quoted for 3 new articles: quote the text of each']);
  });
});
