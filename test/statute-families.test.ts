// Every family of ../shared/PHRASINGS.md, as the edit a drafter would make by
// hand, on 明码标价和禁止价格欺诈规定: the built revised text is what the
// family's table row says it must be.
import { describe, expect, it } from 'vitest';
import { clauseTree, insertionPoint } from '../src/core/draft/locate.js';
import type { Entry } from '../src/core/feedback/entry.js';
import { proposeEntries } from '../src/core/revision/proposal.js';
import { adopted, corpusDraft, paragraph, revisedBody, unit } from './helpers/drafts.js';

const SAMR = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
const ORIGINAL = revisedBody(SAMR).text;
const item = (n: number) => ['项', n] as ['项', number];
const kuan = (n: number) => ['款', n] as ['款', number];

/** The revised text, checked to have applied every adopted edit. */
function revised(...entries: Entry[]): string {
  const { text, result } = revisedBody(SAMR, ...entries);
  expect(result.revision.unapplied.map((p) => p.message)).toEqual([]);
  return text;
}

/** The paragraphs of an article in the revised text: its own, then its 款 and items. */
function articleText(text: string, number: string): string[] {
  const paragraphs = text.trimEnd().split('\n\n');
  const at = paragraphs.findIndex((p) => p.startsWith(`${number} `));
  if (at === -1) return [];
  const end = paragraphs.findIndex((p, i) => i > at && /^第[一二三四五六七八九十]+条 /u.test(p));
  return paragraphs.slice(at, end === -1 ? undefined : end);
}

/** Paragraphs that differ from the original text, in order (old, new). */
function changedParagraphs(text: string): { removed: string[]; added: string[] } {
  const before = ORIGINAL.trimEnd().split('\n\n');
  const after = text.trimEnd().split('\n\n');
  return { removed: before.filter((p) => !after.includes(p)), added: after.filter((p) => !before.includes(p)) };
}

describe('PHRASINGS families on 明码标价和禁止价格欺诈规定, adopted alone', () => {
  it('1 建议将第三条中的“诚实信用”修改为“诚信”', () => {
    const text = revised(adopted('1', { op: 'replace', clause: unit(SAMR, 3).id, quote: '诚实信用', text: '诚信' }));
    expect(paragraph(text, '第三条')).toBe('第三条 经营者应当遵循公开、公平、诚信的原则，不得利用价格手段侵犯消费者和其他经营者的合法权益、扰乱市场价格秩序。');
    expect(changedParagraphs(text).added.length).toBe(1);
  });

  it('2 将第九条第一款中的“一般应当”改为“应当” (第二款 keeps its 一般应当)', () => {
    const text = revised(adopted('1', { op: 'replace', clause: unit(SAMR, 9, kuan(1)).id, quote: '一般应当', text: '应当' }));
    expect(articleText(text, '第九条')).toEqual([
      '第九条 经营者标示价格，应当使用阿拉伯数字标明人民币金额。',
      '经营者标示其他价格信息，一般应当使用规范汉字；可以根据自身经营需要，同时使用外国文字。民族自治地方的经营者，可以依法自主决定增加使用当地通用的一种或者几种文字。',
    ]);
  });

  it('3 第十三条“以文字、图像等方式”，建议修改为“以文字、图像、视频等方式”', () => {
    const text = revised(adopted('1', { op: 'replace', clause: unit(SAMR, 13).id, quote: '以文字、图像等方式', text: '以文字、图像、视频等方式' }));
    expect(paragraph(text, '第十三条')).toBe('第十三条 经营者通过网络等方式销售商品或者提供服务的，应当通过网络页面，以文字、图像、视频等方式进行明码标价。');
  });

  it('4 第十条中“告知农产品出售者”表述不准确，建议改为“如实告知农产品出售者”', () => {
    const text = revised(adopted('1', { op: 'replace', clause: unit(SAMR, 10).id, quote: '告知农产品出售者', text: '如实告知农产品出售者' }));
    expect(paragraph(text, '第十条')).toContain('等信息如实告知农产品出售者或者在收购场所公示。');
  });

  it('5 将第二十四条中的“三万元以下罚款”调整为“五万元以下罚款”; 三万元以上十万元以下 untouched', () => {
    const text = revised(adopted('1', { op: 'replace', clause: unit(SAMR, 24).id, quote: '三万元以下罚款', text: '五万元以下罚款' }));
    expect(paragraph(text, '第二十四条')).toMatch(/可以处五万元以下罚款；情节严重的，处三万元以上十万元以下罚款。$/u);
    expect(paragraph(text, '第二十五条')).toContain('可以处三万元以下罚款');
  });

  it('6 建议删去第十二条第一款中的“（含电子标价签）”', () => {
    const text = revised(adopted('1', { op: 'delete', clause: unit(SAMR, 12, kuan(1)).id, quote: '（含电子标价签）' }));
    expect(paragraph(text, '第十二条')).toContain('经营者可以选择采用标价签、标价牌、价目表（册）');
  });

  it('7 建议删除第十四条: later articles move up and the references follow', () => {
    const text = revised(adopted('1', { op: 'remove-clause', clause: unit(SAMR, 14).id }));
    expect(paragraph(text, '第十四条')).toBe('第十四条 经营者提供服务，实行先消费后结算的，除按照本规定进行明码标价外，还应当在结算前向消费者出具结算清单，列明所消费的服务项目、价格以及总收费金额等信息。');
    expect(paragraph(text, '第二十二条')).toMatch(/^第二十二条 经营者违反本规定第十五条至第十九条规定的，/u);
    expect(paragraph(text, '第二十条')).toBe('第二十条 有下列情形之一的，不属于第十八条规定的价格欺诈行为：');
    expect(paragraph(text, '第二十三条')).toMatch(/^第二十三条 交易场所提供者违反本规定第四条第二款、第三款，/u);
    expect(paragraph(text, '第十一条')).toContain('应当按照本规定第七条的规定');
    expect(text).toContain('\n\n第二十六条 本规定自2022年7月1日起施行。');
    expect(text).not.toContain('第二十七条');
    const numbers = [...text.matchAll(/^第([一二三四五六七八九十]+)条 /gmu)].map((m) => m[1]);
    expect(numbers.length).toBe(26);
  });

  it('8 建议删除第五条第三款: 第五条 keeps its first two 款', () => {
    const text = revised(adopted('1', { op: 'remove-clause', clause: unit(SAMR, 5, kuan(3)).id }));
    expect(articleText(text, '第五条')).toEqual([
      '第五条 经营者销售、收购商品和提供服务时，应当按照市场监督管理部门的规定明码标价。',
      '明码标价应当根据商品和服务、行业、区域等特点，做到真实准确、货签对位、标识醒目。',
    ]);
    expect(changedParagraphs(text).added).toEqual([]);
  });

  it('9 建议删除第十九条第（七）项: （八） becomes （七）, nothing else moves', () => {
    const text = revised(adopted('1', { op: 'remove-clause', clause: unit(SAMR, 19, item(7)).id }));
    expect(articleText(text, '第十九条').slice(-2)).toEqual(['（六）不标示或者显著弱化标示对消费者或者其他经营者不利的价格条件，诱骗消费者或者其他经营者与其进行交易；', '（七）其他价格欺诈行为。']);
    expect(changedParagraphs(text)).toEqual({ removed: ['（七）通过积分、礼券、兑换券、代金券等折抵价款时，拒不按约定折抵价款；', '（八）其他价格欺诈行为。'], added: ['（七）其他价格欺诈行为。'] });
  });

  it('10 建议将第十条修改为：“经营者收购农产品，应当公示收购价格。”', () => {
    const text = revised(adopted('1', { op: 'rewrite', clause: unit(SAMR, 10).id, text: '第十条 经营者收购农产品，应当公示收购价格。' }));
    expect(articleText(text, '第十条')).toEqual(['第十条 经营者收购农产品，应当公示收购价格。']);
  });

  it('11 建议将第六条第二款修改为：“…在变动前调整相应标价。”', () => {
    const text = revised(adopted('1', { op: 'rewrite', clause: unit(SAMR, 6, kuan(2)).id, text: '商品或者服务的价格发生变动时，经营者应当在变动前调整相应标价。' }));
    expect(articleText(text, '第六条')).toEqual([
      '第六条 经营者应当以显著方式进行明码标价，明确标示价格所对应的商品或者服务。经营者根据不同交易条件实行不同价格的，应当标明交易条件以及与其对应的价格。',
      '商品或者服务的价格发生变动时，经营者应当在变动前调整相应标价。',
    ]);
  });

  it('12 建议在第十八条“应当标示赠品的品名、数量”后增加“、有效期”', () => {
    const text = revised(adopted('1', { op: 'insert', clause: unit(SAMR, 18).id, quote: '应当标示赠品的品名、数量', text: '、有效期', position: 'after' }));
    expect(paragraph(text, '第十八条')).toContain('应当标示赠品的品名、数量、有效期。');
  });

  it('13 第八条，建议在“收取任何未予标明的费用”前增加“以任何名义”', () => {
    const text = revised(adopted('1', { op: 'insert', clause: unit(SAMR, 8).id, quote: '收取任何未予标明的费用', text: '以任何名义', position: 'before' }));
    expect(paragraph(text, '第八条')).toMatch(/不得以任何名义收取任何未予标明的费用。$/u);
  });

  it('14 建议在第十三条后增加一条: a new 第十四条, later articles and references move on', () => {
    const text = revised(adopted('1', { op: 'add-clause', clause: unit(SAMR, 13).id, position: 'after', text: '经营者通过直播方式销售商品的，应当在直播画面中标示价格。' }));
    expect(paragraph(text, '第十四条')).toBe('第十四条 经营者通过直播方式销售商品的，应当在直播画面中标示价格。');
    expect(paragraph(text, '第十五条')).toMatch(/^第十五条 交易场所提供者为场所内（平台内）经营者提供标价模板的/u);
    expect(paragraph(text, '第二十四条')).toMatch(/^第二十四条 经营者违反本规定第十七条至第二十一条规定的，/u);
    expect(paragraph(text, '第二十二条')).toBe('第二十二条 有下列情形之一的，不属于第二十条规定的价格欺诈行为：');
    expect(text).toContain('\n\n第二十八条 本规定自2022年7月1日起施行。');
  });

  it('14 增加一条，作为第七条 (before the present 第七条) gives the same numbering as 在第六条后增加一条', () => {
    const point = insertionPoint(clauseTree(SAMR.clauses), { kind: 'article' }, 7);
    if (!('clause' in point)) throw new Error(point.message);
    expect(point).toMatchObject({ clause: { number: '第七条' }, position: 'before' });
    const before = revised(adopted('1', { op: 'add-clause', clause: point.clause.id, position: point.position, text: '第七条 经营者应当公示价格。' }));
    const after = revised(adopted('1', { op: 'add-clause', clause: unit(SAMR, 6).id, position: 'after', text: '经营者应当公示价格。' }));
    expect(before).toBe(after);
    expect(paragraph(before, '第七条')).toBe('第七条 经营者应当公示价格。');
    expect(paragraph(before, '第十二条')).toContain('应当按照本规定第八条的规定');
  });

  it('15 建议在第十一条中增加一款作为第三款: three 款, the new one last', () => {
    const point = insertionPoint(clauseTree(SAMR.clauses), { kind: 'paragraph', of: unit(SAMR, 11) }, 3);
    if (!('clause' in point)) throw new Error(point.message);
    const text = revised(adopted('1', { op: 'add-clause', clause: point.clause.id, position: point.position, text: '附带服务的价格应当在结算前告知消费者。' }));
    expect(articleText(text, '第十一条')).toEqual([
      '第十一条 经营者销售商品，同时有偿提供配送、搬运、安装、调试等附带服务的，应当按照本规定第七条的规定，对附带服务进行明码标价。',
      '附带服务不由销售商品的经营者提供的，应当以显著方式区分标记或者说明。',
      '附带服务的价格应当在结算前告知消费者。',
    ]);
  });

  it('16 建议在第二十条第一款增加一项作为第（三）项: （三 new）（四 old 三）, ；…。 kept, 第二款 still after the list', () => {
    const point = insertionPoint(clauseTree(SAMR.clauses), { kind: 'item', of: unit(SAMR, 20) }, 3);
    if (!('clause' in point)) throw new Error(point.message);
    const text = revised(adopted('1', { op: 'add-clause', clause: point.clause.id, position: point.position, text: '（三）未经消费者同意自动续费；' }));
    expect(articleText(text, '第二十条')).toEqual([
      '第二十条 网络交易经营者不得实施下列行为：',
      '（一）在首页或者其他显著位置标示的商品或者服务价格低于在详情页面标示的价格；',
      '（二）公布的促销活动范围、规则与实际促销活动范围、规则不一致；',
      '（三）未经消费者同意自动续费；',
      '（四）其他虚假的或者使人误解的价格标示和价格促销行为。',
      '网络交易平台经营者不得利用技术手段等强制平台内经营者进行虚假的或者使人误解的价格标示。',
    ]);
  });

  it('16 a last item added moves the list’s 。 to it; the old last item ends in ；', () => {
    const point = insertionPoint(clauseTree(SAMR.clauses), { kind: 'item', of: unit(SAMR, 21) });
    if (!('clause' in point)) throw new Error(point.message);
    const text = revised(adopted('1', { op: 'add-clause', clause: point.clause.id, position: point.position, text: '未造成实际损失' }));
    expect(articleText(text, '第二十一条').slice(-2)).toEqual([
      '（三）成交结算后，实际折价、减价幅度与标示幅度不完全一致，但符合舍零取整等交易习惯；',
      '（四）未造成实际损失。',
    ]);
  });

  it('17 建议第十三条增加“标示价格应当与实际结算价格一致。”', () => {
    const text = revised(adopted('1', { op: 'append', clause: unit(SAMR, 13).id, text: '标示价格应当与实际结算价格一致。' }));
    expect(paragraph(text, '第十三条')).toMatch(/以文字、图像等方式进行明码标价。标示价格应当与实际结算价格一致。$/u);
  });

  it('18 建议将全文中的“交易场所提供者”统一修改为“交易场所经营者”: one edit, every occurrence', () => {
    const entry = adopted('1', { op: 'replace-all', clause: '*', quote: '交易场所提供者', text: '交易场所经营者' });
    const text = revised(entry);
    expect(text).not.toContain('交易场所提供者');
    for (const n of ['第四条', '第十四条', '第二十四条', '第二十五条']) expect(paragraph(text, n), n).toContain('交易场所经营者');
    expect(paragraph(text, '第四条')).toContain('网络交易平台经营者等交易场所经营者（以下简称交易场所经营者）');
    const [proposal] = proposeEntries(SAMR.clauses, [entry], 'zh');
    expect(proposal!.edits.map((e) => [e.state, e.count, e.clauses!.map((id) => SAMR.clauses.find((c) => c.id === id)!.number || '款')])).toEqual([
      ['ok', 7, ['第四条', '款', '款', '第十四条', '第二十四条', '第二十五条']],
    ]);
  });

  it('19 a quote with no article: 第二十条第二款 changed where the quote stands', () => {
    const text = revised(adopted('1', { op: 'replace', clause: unit(SAMR, 20, kuan(2)).id, quote: '不得利用技术手段等强制平台内经营者', text: '不得利用服务协议、交易规则或者技术手段等强制平台内经营者' }));
    expect(articleText(text, '第二十条').at(-1)).toBe('网络交易平台经营者不得利用服务协议、交易规则或者技术手段等强制平台内经营者进行虚假的或者使人误解的价格标示。');
  });

  it('20 two edits in one comment: both applied, or either one by a partial decision', () => {
    const edits = [
      { op: 'replace' as const, clause: unit(SAMR, 9, kuan(2)).id, quote: '一般应当', text: '应当' },
      { op: 'remove-clause' as const, clause: unit(SAMR, 21, item(3)).id },
    ];
    const both = revised(adopted('1', ...edits));
    expect(articleText(both, '第九条')[1]).toMatch(/^经营者标示其他价格信息，应当使用规范汉字；/u);
    expect(articleText(both, '第二十一条').slice(1)).toEqual([
      '（一）经营者有证据足以证明没有主观故意；',
      '（二）实际成交价格能够使消费者或者与其进行交易的其他经营者获得更大价格优惠。',
    ]);
    const second: Entry = { ...adopted('1', ...edits), decision: { status: 'partial', edits: [2], reason: '第九条不改' } };
    const partial = revised(second);
    expect(articleText(partial, '第九条')[1]).toMatch(/^经营者标示其他价格信息，一般应当使用规范汉字；/u);
    expect(articleText(partial, '第二十一条').length).toBe(3);
  });

  it('shows a removed article with its items in one row of the comparison table, a rewritten one old beside new', () => {
    const { result } = revisedBody(
      SAMR,
      adopted('1', { op: 'remove-clause', clause: unit(SAMR, 21).id }),
      adopted('2', { op: 'rewrite', clause: unit(SAMR, 20).id, text: '第二十条 网络交易经营者不得实施下列行为：\n（一）甲；\n（二）乙。' }),
    );
    const table = result.outputs[2]!.content;
    const rows = table.split('\n').filter((l) => /^\| \d+ \|/u.test(l));
    expect(rows).toEqual([
      '| 1 | 第二十条 | 第二十条 网络交易经营者不得实施下列行为：<br>~~（一）在首页或者其他显著位置标示的商品或者服务价格低于在详情页面标示的价格；~~<br>~~（二）公布的促销活动范围、规则与实际促销活动范围、规则不一致；~~<br>~~（三）其他虚假的或者使人误解的价格标示和价格促销行为。~~<br>~~网络交易平台经营者不得利用技术手段等强制平台内经营者进行虚假的或者使人误解的价格标示。~~ | 第二十条 网络交易经营者不得实施下列行为：<br>**（一）甲；**<br>**（二）乙。** | 2 |',
      '| 2 | 第二十一条 | ~~第二十一条 有下列情形之一的，不属于第十九条规定的价格欺诈行为：~~<br>~~（一）经营者有证据足以证明没有主观故意；~~<br>~~（二）实际成交价格能够使消费者或者与其进行交易的其他经营者获得更大价格优惠；~~<br>~~（三）成交结算后，实际折价、减价幅度与标示幅度不完全一致，但符合舍零取整等交易习惯。~~ | （删除） | 1 |',
    ]);
    expect(table.trimEnd().split('\n').at(-1)).toBe('条文序号作相应调整：原第二十二条至第二十七条依次改为第二十一条至第二十六条。');
  });
});
