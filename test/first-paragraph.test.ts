// 删除第X条第一款 where the article has several 款: its own paragraph goes
// (with its items), the next 款 moves up into the article's first paragraph,
// the article keeps its number, and references to its later 款 follow. On 明码
// 标价规定 (end to end, from the comment to the built files), the Administrative
// Licensing Law, and the patent rules.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite as citeIn, citableClauses } from '../src/core/draft/citation.js';
import type { Draft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { CORPUS, redline, tempDir } from './helpers/cli.js';
import { adopted, corpusDraft, paragraph, revisedBody, unit } from './helpers/drafts.js';

const kuan = (n: number) => ['款', n] as ['款', number];
const cite = (draft: Draft, id: string) => citeIn(citableClauses(draft.clauses), id);

describe('删除第X条第一款', () => {
  it('明码标价规定: 第四条 starts with its second 款, and 第二十四条 cites 第四条第一款、第二款', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const proposal = proposeEdits('建议删除第四条第一款。', rule.clauses, 'zh');
    expect(proposal.edits).toMatchObject([{ op: 'remove-first-paragraph', clause: unit(rule, 4).id }]);
    const { text, result } = revisedBody(rule, adopted('1', ...proposal.edits));
    const article = text.split('\n\n');
    const at = article.findIndex((p) => p.startsWith('第四条 '));
    expect(article.slice(at, at + 3)).toEqual([
      '第四条 交易场所提供者发现场所内（平台内）经营者有违反本规定行为的，应当依法采取必要处置措施，保存有关信息记录，依法承担相应义务和责任。',
      '交易场所提供者应当尊重场所内（平台内）经营者的经营自主权，不得强制或者变相强制场所内（平台内）经营者参与价格促销活动。',
      '第五条 经营者销售、收购商品和提供服务时，应当按照市场监督管理部门的规定明码标价。',
    ]);
    expect(paragraph(text, '第二十四条 ')).toMatch(/^第二十四条 交易场所提供者违反本规定第四条第一款、第二款，/u);
    expect(result.revision.problems).toEqual([]);
    const comparison = result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content;
    expect(comparison).toContain('| 1 | 第四条第一款 | ~~卖场、商场、市场、网络交易平台经营者等交易场所提供者（以下简称交易场所提供者）应当依法配合市场监督管理部门对场所内（平台内）经营者开展价格监督管理工作。~~ | （删除） | 1 |');
  });

  it('行政许可法: 本法第三十四条第三款 becomes 第二款 when 第三十四条第一款 goes', () => {
    const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const { text, result } = revisedBody(law, adopted('1', { op: 'remove-first-paragraph', clause: unit(law, 34).id }));
    expect(paragraph(text, '第三十四条 ')).toMatch(/^第三十四条 申请人提交的申请材料齐全、符合法定形式，行政机关能够当场作出决定的/u);
    expect(paragraph(text, '第五十六条 ')).toContain('本法第三十四条第二款');
    expect(result.revision.problems).toEqual([]);
  });

  it('专利法实施细则: the first 款 of 第八十五条 goes with its items, and 前款第(四)项 is reported', () => {
    const rules = corpusDraft('lawrefbook/zhuanli_fa_shishi_xize_2010.md');
    const { text, result } = revisedBody(rules, adopted('1', { op: 'remove-first-paragraph', clause: unit(rules, 85).id }));
    const paragraphs = text.split('\n\n');
    const at = paragraphs.findIndex((p) => p.startsWith('第八十五条 '));
    expect(paragraphs.slice(at, at + 2)).toEqual(['第八十五条 对于前款第(四)项所列的纠纷，当事人请求管理专利工作的部门调解的，应当在专利权被授予之后提出。', paragraphs[at + 1]!]);
    expect(paragraphs[at + 1]).toMatch(/^第八十六条 /u);
    expect(result.revision.problems.map((p) => p.message)).toEqual([
      `第八十五条第二款 (${unit(rules, 85, kuan(2)).id}) cites 第八十五条, whose first paragraph is removed: “前款第(四)项”`,
    ]);
  });

  it('is stale on an article of one 款, and conflicts with the removal of the 款 that would move up', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const single = revisedBody(rule, adopted('1', { op: 'remove-first-paragraph', clause: unit(rule, 3).id }));
    expect(single.result.revision.unapplied.map((p) => p.message)).toEqual([`entry 1, edit 1 (${unit(rule, 3).id}, 第三条): 第三条 has one paragraph only: remove the clause itself (remove-clause)`]);
    const both = revisedBody(rule, adopted('1', { op: 'remove-first-paragraph', clause: unit(rule, 4).id }), adopted('2', { op: 'remove-clause', clause: unit(rule, 4, kuan(2)).id }));
    expect(both.result.revision.unapplied.map((p) => p.state)).toEqual(['conflict', 'conflict']);
  });

  it('with an edit of the 款 that moves up, both apply: the article starts with that 款 as revised, and each has its row (明码标价规定, 上海市优化营商环境条例)', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const { text, result } = revisedBody(
      rule,
      adopted('1', { op: 'remove-first-paragraph', clause: unit(rule, 4).id }),
      adopted('2', { op: 'replace', clause: unit(rule, 4, kuan(2)).id, quote: '依法采取', text: '及时采取' }),
    );
    expect(result.revision.unapplied).toEqual([]);
    expect(paragraph(text, '第四条 ')).toBe('第四条 交易场所提供者发现场所内（平台内）经营者有违反本规定行为的，应当及时采取必要处置措施，保存有关信息记录，依法承担相应义务和责任。');
    const comparison = result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content;
    expect(comparison).toMatch(/^\| 1 \| 第四条第一款 \| ~~卖场、商场.*~~ \| （删除） \| 1 \|$/mu);
    expect(comparison).toContain('| 2 | 第四条第二款 | 交易场所提供者发现场所内（平台内）经营者有违反本规定行为的，应当~~依法~~采取必要处置措施，保存有关信息记录，依法承担相应义务和责任。 | 交易场所提供者发现场所内（平台内）经营者有违反本规定行为的，应当**及时**采取必要处置措施，保存有关信息记录，依法承担相应义务和责任。 | 2 |');
    const redline = result.outputs.find((o) => o.name.endsWith('.redline.md'))!.content;
    expect(redline).toContain('\n\n交易场所提供者发现场所内（平台内）经营者有违反本规定行为的，应当~~依法~~**及时**采取〔意见2〕必要处置措施，保存有关信息记录，依法承担相应义务和责任。\n\n');

    // Two real amendments of 2024 (第八十八条): 第七十一条第一款 deleted, words of its 第二款 changed.
    const shanghai = corpusDraft('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md');
    const first = proposeEdits('建议删除第七十一条第一款。', shanghai.clauses, 'zh').edits;
    const second = proposeEdits('建议将第七十一条第二款中的“协调解决职工社会保险关系转移等事项”修改为“在破产企业处置过程中，协同做好职工社会保险关系转移等事项”。', shanghai.clauses, 'zh').edits;
    const built = revisedBody(shanghai, adopted('1', ...first), adopted('2', ...second));
    expect(built.result.revision.unapplied).toEqual([]);
    expect(paragraph(built.text, '第七十一条 ')).toBe('第七十一条 本市建立破产企业职工权益保障机制。各级人力资源社会保障部门应当在破产企业处置过程中，协同做好职工社会保险关系转移等事项，保障职工合法权益。');
  });
});

describe('from the comment to the built files', () => {
  it('feedback add proposes the edit, decide adopts it, check is clean and build writes 第四条 from its second 款', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    copyFileSync(join(CORPUS, 'lawrefbook/samr_mingma_biaojia_2022.md'), join(dir, 'samr.md'));
    expect((await redline(dir, 'import', 'samr.md', '--name', 'rule')).code).toBe(0);
    const added = await redline(dir, 'feedback', 'add', '--unit', '市场监管局', '--comment', '建议删除第四条第一款。');
    expect(added.code, added.stderr).toBe(0);
    expect(readFileSync(join(dir, 'feedback/rule/1.yaml'), 'utf8')).toMatch(/- op: remove-first-paragraph\n {4}clause: c\d+\n/u);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    const check = await redline(dir, 'check');
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const built = await redline(dir, 'build');
    expect(built.code, built.stderr).toBe(0);
    const revised = readFileSync(join(dir, 'out/rule.revised.md'), 'utf8');
    expect(revised).toContain('\n\n第四条 交易场所提供者发现场所内（平台内）经营者有违反本规定行为的');
    expect(revised).toContain('违反本规定第四条第一款、第二款');
  });
});

// 第X条第一款修改为 where the article has several 款: the first paragraph (with
// its items) is rewritten, the later 款 stay (a walk on 行政许可法 lost 第二款
// when the comment was made a rewrite of the whole article).
describe('第X条第一款修改为', () => {
  const FIRST = '除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起十五日内作出行政许可决定。十五日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。但是，法律、法规另有规定的，依照其规定。';

  it('行政许可法: 第四十二条第一款 rewritten, 第二款 kept, also where the comment names the article only (the text is plainly its first 款)', () => {
    const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const proposal = proposeEdits(`建议将第四十二条第一款修改为：“${FIRST}”`, law.clauses, 'zh');
    expect(proposal.edits).toMatchObject([{ op: 'rewrite-first-paragraph', clause: unit(law, 42).id, text: FIRST }]);
    expect(proposeEdits(`建议将第四十二条修改为：“${FIRST}”`, law.clauses, 'zh').edits).toMatchObject([{ op: 'rewrite-first-paragraph', clause: unit(law, 42).id, text: FIRST }]);

    const { text, result } = revisedBody(law, adopted('1', proposal.edits[0]!));
    expect(paragraph(text, '第四十二条 ')).toBe(`第四十二条 ${FIRST}`);
    const second = text.split('\n\n')[text.split('\n\n').indexOf(`第四十二条 ${FIRST}`) + 1];
    expect(second).toBe('依照本法第二十六条的规定，行政许可采取统一办理或者联合办理、集中办理的，办理的时间不得超过四十五日；四十五日内不能办结的，经本级人民政府负责人批准，可以延长十五日，并应当将延长期限的理由告知申请人。');
    const comparison = result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content;
    expect(comparison).toContain('| 1 | 第四十二条第一款 | 第四十二条 除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起~~二十~~日内');

    // Not an article (a chapter): stale, never its articles taken away.
    const chapter = law.clauses.find((c) => c.marker?.style === '第一章')!;
    const onChapter = revisedBody(law, adopted('1', { op: 'rewrite-first-paragraph', clause: chapter.id, text: '总则' }));
    expect(onChapter.result.revision.unapplied.map((p) => [p.state, p.message])).toEqual([['stale', `entry 1, edit 1 (${chapter.id}, ${chapter.number}): ${chapter.number} is not an article or a numbered paragraph: rewrite-first-paragraph rewrites an article's own 款 (use rewrite for the whole clause)`]]);
    expect(onChapter.text).toContain('第一条 为了规范行政许可的设定和实施');

    // The whole article: its 第二款 goes with it.
    const whole = revisedBody(law, adopted('1', { op: 'rewrite', clause: unit(law, 42).id, text: FIRST }));
    expect(whole.text).not.toContain('依照本法第二十六条的规定，行政许可采取统一办理');
  });

  it('明码标价规定: 第二十条第一款 with its items rewritten, new items in their place, 第二款 after them', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const comment = '建议将第二十条第一款修改为：“网络交易经营者不得实施下列行为：\n（一）在首页或者其他显著位置标示的价格低于在详情页面标示的价格；\n（二）其他虚假的或者使人误解的价格标示行为。”';
    const proposal = proposeEdits(comment, rule.clauses, 'zh');
    expect(proposal.edits).toMatchObject([{ op: 'rewrite-first-paragraph', clause: unit(rule, 20).id }]);
    const { text } = revisedBody(rule, adopted('1', proposal.edits[0]!));
    const body = text.split('\n\n');
    const at = body.indexOf('第二十条 网络交易经营者不得实施下列行为：');
    expect(body.slice(at, at + 4)).toEqual([
      '第二十条 网络交易经营者不得实施下列行为：',
      '（一）在首页或者其他显著位置标示的价格低于在详情页面标示的价格；',
      '（二）其他虚假的或者使人误解的价格标示行为。',
      '网络交易平台经营者不得利用技术手段等强制平台内经营者进行虚假的或者使人误解的价格标示。',
    ]);
    expect(text).not.toContain('公布的促销活动范围');
  });
});

// The 款 that move in their article have no number of their own to mark: the
// line under the comparison table names them, as it names articles and 项.
describe('款 moved, in the comparison table’s closing line', () => {
  const closing = (result: ReturnType<typeof revisedBody>['result']) => result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content.trimEnd().split('\n').at(-1);

  it('行政许可法: a 款 added before 第六十九条第二款 moves 第二款 to 第四款 on, as one run', () => {
    const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const { result } = revisedBody(law, adopted('1', { op: 'add-clause', clause: unit(law, 69, kuan(2)).id, position: 'before', text: '行政机关撤销行政许可的，应当说明理由。' }));
    expect(closing(result)).toBe('条文序号作相应调整：原第六十九条第二款至第四款依次改为第三款至第五款。');
  });

  // A walk on 立法法 2015 found the line starting at 第三款: 原第二款, now 第一款, was left out.
  it('with 第X条第一款 removed, every later 款 moves up, from 第二款 (明码标价规定 第四条, 立法法 第七十二条 and 第九十九条)', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const { result } = revisedBody(rule, adopted('1', { op: 'remove-first-paragraph', clause: unit(rule, 4).id }));
    expect(closing(result)).toBe('条文序号作相应调整：原第四条第二款、第三款依次改为第一款、第二款。');
    const law = corpusDraft('lawrefbook/lifa_fa_2015.md');
    const both = revisedBody(
      law,
      adopted('1', ...proposeEdits('建议删除第七十二条第一款。', law.clauses, 'zh').edits),
      adopted('2', ...proposeEdits('建议删除第九十九条第一款。', law.clauses, 'zh').edits),
    );
    expect(both.result.revision.unapplied).toEqual([]);
    expect(closing(both.result)).toBe('条文序号作相应调整：原第七十二条第二款至第六款依次改为第一款至第五款；原第九十九条第二款、第三款依次改为第一款、第二款。');
  });
});

describe('an item added to an article’s first 款, in the comparison table', () => {
  // The article has more 款: its first 款 is where the item goes, and the row says so (第十二条第一款新增第（四）项, not 第十二条新增第一款…).
  for (const [file, number] of [
    ['lawrefbook/zhuanli_fa_shishi_xize_2010.md', 12],
    ['lawrefbook/xingzheng_xuke_fa_2019.md', 32],
  ] as const) {
    it(`${file}: article ${number}, 第一款新增 the next 项`, () => {
      const law = corpusDraft(file);
      const article = unit(law, number);
      const items = law.clauses.filter((c) => c.parent === article.id && c.marker?.style === '（一）');
      expect(items.length).toBeGreaterThan(1);
      expect(law.clauses.some((c) => c.parent === article.id && c.marker === null)).toBe(true);
      const last = items.at(-1)!;
      const { result } = revisedBody(law, adopted('1', { op: 'add-clause', clause: last.id, position: 'after', text: '（十）新增的一项。' }));
      const comparison = result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content;
      const name = /^\| \d+ \| (\S+) \| （新增） \|/mu.exec(comparison.split('\n').find((l) => l.includes('新增的一项'))!)?.[1];
      const numeral = '一二三四五六七八九十'[items.length]!;
      expect(name).toBe(`${cite(law, article.id)}第一款新增第（${numeral}）项`);
    });
  }
});

describe('第X条修改为 the text of its first 款 alone', () => {
  it('rewrites the article to that text, its other 款 gone (行政许可法 第四十二条, 专利法实施细则 2010 第二十条); before, it said “already reads so”', () => {
    for (const [file, number] of [
      ['lawrefbook/xingzheng_xuke_fa_2019.md', '第四十二条'],
      ['lawrefbook/zhuanli_fa_shishi_xize_2010.md', '第二十条'],
    ] as const) {
      const draft = corpusDraft(file);
      const article = draft.clauses.find((c) => c.number === number)!;
      const comment = `建议将${number}修改为：“${article.text.trim()}”`;
      const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
      expect(unparsed, file).toEqual([]);
      expect(edits).toMatchObject([{ op: 'rewrite', clause: article.id, text: article.text.trim() }]);
      const text = revisedBody(draft, adopted('1', ...edits)).text;
      const after = text.split('\n\n');
      const at = after.findIndex((p) => p.startsWith(`${number} `));
      expect(after[at]).toBe(`${number} ${article.text.trim()}`);
      // The paragraph after it is the next article now.
      expect(after[at + 1]).toMatch(/^第.+条 /u);
    }
  });
});

// The redline of 删除第X条第一款 (a walk on 立法法 2015): the article's own
// paragraph struck on its line, the 款 that moves up in its own paragraph as it
// was, marked only where an edit of its own changed it (it was bold and credited
// to the removal, and another entry's change in it was lost).
describe('删除第X条第一款, in the redline', () => {
  const redlineOf = (result: ReturnType<typeof revisedBody>['result']) => result.outputs.find((o) => o.name.endsWith('.redline.md'))!.content.split('\n\n');
  const FIRST = '省、自治区、直辖市的人民代表大会及其常务委员会根据本行政区域的具体情况和实际需要，在不同宪法、法律、行政法规相抵触的前提下，可以制定地方性法规。';

  it('立法法: 第七十二条第一款 struck, 第二款 after it as it is, or with 环境保护 → 生态文明建设 marked and credited to its own entry', () => {
    const law = corpusDraft('lawrefbook/lifa_fa_2015.md');
    const removal = proposeEdits('建议删除第七十二条第一款。', law.clauses, 'zh').edits;
    const alone = redlineOf(revisedBody(law, adopted('1', ...removal)).result);
    const at = alone.findIndex((p) => p.startsWith('第七十二条 '));
    expect(alone[at]).toBe(`第七十二条 ~~${FIRST}~~〔意见1〕`);
    expect(alone[at + 1]).toMatch(/^设区的市的人民代表大会及其常务委员会根据本市的具体情况和实际需要，[^*~〔]+四个月内予以批准。$/u);

    const words = proposeEdits('建议将第七十二条第二款中的“环境保护”修改为“生态文明建设”。', law.clauses, 'zh').edits;
    const both = revisedBody(law, adopted('1', ...removal), adopted('2', ...words));
    expect(both.result.revision.unapplied).toEqual([]);
    const lines = redlineOf(both.result);
    expect(lines[at]).toBe(`第七十二条 ~~${FIRST}~~〔意见1〕`);
    expect(lines[at + 1]).toMatch(/^设区的市[^*~〔]+可以对城乡建设与管理、~~环境保护~~\*\*生态文明建设\*\*〔意见2〕、历史文化保护[^*~〔]+予以批准。$/u);
    expect(paragraph(both.text, '第七十二条 ')).toContain('可以对城乡建设与管理、生态文明建设、历史文化保护');
  });

  it('专利法实施细则: 第八十五条第一款 struck with its items, then 第二款 as it is', () => {
    const rules = corpusDraft('lawrefbook/zhuanli_fa_shishi_xize_2010.md');
    const lines = redlineOf(revisedBody(rules, adopted('1', { op: 'remove-first-paragraph', clause: unit(rules, 85).id })).result);
    const at = lines.findIndex((p) => p.startsWith('第八十五条 '));
    expect(lines[at]).toBe('第八十五条 ~~除专利法第六十条规定的外，管理专利工作的部门应当事人请求，可以对下列专利纠纷进行调解：~~〔意见1〕');
    expect(lines.slice(at + 1, at + 6).map((p) => /^~~\(.\)/u.test(p))).toEqual([true, true, true, true, true]);
    expect(lines.slice(at + 1, at + 8).find((p) => !p.startsWith('~~'))).toBe('对于前款第(四)项所列的纠纷，当事人请求管理专利工作的部门调解的，应当在专利权被授予之后提出。');
  });

  it('行政许可法: 第三十四条第二款 after the struck first 款, with nothing bold', () => {
    const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const lines = redlineOf(revisedBody(law, adopted('1', { op: 'remove-first-paragraph', clause: unit(law, 34).id })).result);
    const at = lines.findIndex((p) => p.startsWith('第三十四条 '));
    expect(lines.slice(at, at + 3)).toEqual([
      '第三十四条 ~~行政机关应当对申请人提交的申请材料进行审查。~~〔意见1〕',
      '申请人提交的申请材料齐全、符合法定形式，行政机关能够当场作出决定的，应当当场作出书面的行政许可决定。',
      '根据法定条件和程序，需要对申请材料的实质内容进行核实的，行政机关应当指派两名以上工作人员进行核查。',
    ]);
  });
});
