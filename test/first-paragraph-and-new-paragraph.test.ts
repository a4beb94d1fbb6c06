// 第X条第一款修改为…，增加一款作为第四款…: a rewrite of an article's own
// paragraph and a new 款 after it change different 款, so both apply (in one
// entry or two). What still clashes: a new item among the first paragraph's
// items that the rewrite replaces, and a new 款 of an article rewritten whole.
import { describe, expect, it } from 'vitest';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, revisedBody, unit } from './helpers/drafts.js';

const kuan = (n: number) => ['款', n] as ['款', number];

function articleOf(text: string, start: string, count: number): string[] {
  const paragraphs = text.split('\n\n');
  const at = paragraphs.findIndex((p) => p.startsWith(start));
  return paragraphs.slice(at, at + count);
}

describe('a rewrite of the first 款 beside a new 款', () => {
  it('明码标价规定: 第四条第一款修改为… 增加一款，作为第四款… in one comment', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const proposal = proposeEdits('第四条第一款修改为：“交易场所提供者应当配合价格监督管理工作。”增加一款，作为第四款：“交易场所提供者应当公示价格规则。”', rule.clauses, 'zh');
    expect(proposal.edits).toMatchObject([
      { op: 'rewrite-first-paragraph', clause: unit(rule, 4).id },
      { op: 'add-clause', clause: unit(rule, 4).id, position: 'inside' },
    ]);
    const { text, result } = revisedBody(rule, adopted('1', ...proposal.edits));
    expect(result.revision.unapplied).toEqual([]);
    expect(articleOf(text, '第四条 ', 5)).toEqual([
      '第四条 交易场所提供者应当配合价格监督管理工作。',
      '交易场所提供者发现场所内（平台内）经营者有违反本规定行为的，应当依法采取必要处置措施，保存有关信息记录，依法承担相应义务和责任。',
      '交易场所提供者应当尊重场所内（平台内）经营者的经营自主权，不得强制或者变相强制场所内（平台内）经营者参与价格促销活动。',
      '交易场所提供者应当公示价格规则。',
      articleOf(text, '第五条 ', 1)[0],
    ]);
  });

  it('行政许可法: the rewrite and a new 款 after 第二款 from two entries', () => {
    const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const article = unit(law, 34);
    const { text, result } = revisedBody(
      law,
      adopted('1', { op: 'rewrite-first-paragraph', clause: article.id, text: '行政机关应当对申请材料及时进行审查。' }),
      adopted('2', { op: 'add-clause', clause: unit(law, 34, kuan(2)).id, position: 'after', text: '申请人可以通过网络查询审查进度。' }),
      adopted('3', { op: 'add-clause', clause: article.id, position: 'inside', text: '核查人员应当出示证件。' }),
    );
    expect(result.revision.unapplied).toEqual([]);
    expect(articleOf(text, '第三十四条 ', 5)).toEqual([
      '第三十四条 行政机关应当对申请材料及时进行审查。',
      '申请人提交的申请材料齐全、符合法定形式，行政机关能够当场作出决定的，应当当场作出书面的行政许可决定。',
      '申请人可以通过网络查询审查进度。',
      '根据法定条件和程序，需要对申请材料的实质内容进行核实的，行政机关应当指派两名以上工作人员进行核查。',
      '核查人员应当出示证件。',
    ]);
  });

  it('still conflicts with a new item of the first paragraph, and with a new 款 of an article rewritten whole', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const items = unit(rule, 21);
    const item = revisedBody(
      rule,
      adopted('1', { op: 'rewrite-first-paragraph', clause: items.id, text: '有下列情形之一的，不属于价格欺诈行为：' }),
      adopted('2', { op: 'add-clause', clause: items.id, position: 'inside', text: '（五）其他情形。' }),
      adopted('3', { op: 'add-clause', clause: unit(rule, 21, ['项', 1]).id, position: 'after', text: '（二）新的一项；' }),
    );
    expect(item.result.revision.unapplied.map((p) => p.state)).toEqual(['conflict', 'conflict', 'conflict']);
    const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const whole = revisedBody(
      law,
      adopted('1', { op: 'rewrite', clause: unit(law, 34).id, text: '行政机关应当对申请材料及时进行审查。' }),
      adopted('2', { op: 'add-clause', clause: unit(law, 34).id, position: 'inside', text: '核查人员应当出示证件。' }),
    );
    expect(whole.result.revision.unapplied.map((p) => p.state)).toEqual(['conflict', 'conflict']);
  });
});
