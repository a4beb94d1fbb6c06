// Structural references resolve to exactly one clause, on real texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import { clauseTree, locate, paragraphNumber, type Step } from '../src/core/draft/locate.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS, SEED_PAGE } from './helpers/cli.js';

function draftOf(path: string, format: 'text' | 'markdown') {
  return parseDraft(importDraft(readFileSync(path, 'utf8'), { format }).text, 'd.md', 'd').draft;
}

const article = (value: number): Step => ({ kind: 'number', style: '第一条', value });
const paragraph = (value: number): Step => ({ kind: 'paragraph', value });
const item = (value: number): Step => ({ kind: 'number', style: '（一）', value });

function textAt(tree: ReturnType<typeof clauseTree>, steps: Step[]): string {
  const found = locate(tree, steps);
  if (!('clause' in found)) throw new Error(found.message);
  return `${found.clause.number}|${found.clause.text}`;
}

describe('locate', () => {
  const samr = clauseTree(draftOf(join(CORPUS, 'lawrefbook/samr_mingma_biaojia_2022.md'), 'markdown').clauses);

  it('finds an article, its 款 and its 项 on the 明码标价 rule', () => {
    expect(textAt(samr, [article(3)])).toMatch(/^第三条\|经营者应当遵循公开、公平/);
    expect(textAt(samr, [article(5), paragraph(1)])).toMatch(/^第五条\|经营者销售、收购商品和提/);
    expect(textAt(samr, [article(5), paragraph(3)])).toMatch(/^\|设区的市级以上市场监督管理/);
    expect(textAt(samr, [article(19), item(7)])).toMatch(/^（七）\|通过积分、礼券、兑换券、代金券等折抵价款时/);
  });

  it('says what is missing or ambiguous instead of guessing', () => {
    expect(locate(samr, [article(5), paragraph(4)])).toMatchObject({ problem: 'not-found', message: '第五条 has 3 款, not 4' });
    expect(locate(samr, [article(99)])).toMatchObject({ problem: 'not-found' });
    expect(locate(samr, [item(1)])).toMatchObject({ problem: 'ambiguous' });
  });

  it('finds the seed’s running item numbers and a section’s sub-item', () => {
    const seed = clauseTree(draftOf(SEED_PAGE, 'text').clauses);
    expect(textAt(seed, [{ kind: 'number', value: 18 }])).toMatch(/^18\|建立更加健全社会保障体系/);
    expect(textAt(seed, [{ kind: 'number', style: '一、', value: 2 }, { kind: 'number', value: 1 }])).toMatch(/^1\|/);
  });

  it('reads a 款 after a list of 项 as the article’s next 款, never as part of the last 项', () => {
    const second = locate(samr, [article(20), paragraph(2)]);
    expect(textAt(samr, [article(20), paragraph(2)])).toBe('|网络交易平台经营者不得利用技术手段等强制平台内经营者进行虚假的或者使人误解的价格标示。');
    if (!('clause' in second)) throw new Error(second.message);
    expect(samr.byId.get(second.clause.parent!)!.number).toBe('第二十条');
    expect(paragraphNumber(samr, second.clause)).toBe(2);
    expect(textAt(samr, [article(20), paragraph(1), item(3)])).toBe('（三）|其他虚假的或者使人误解的价格标示和价格促销行为。');
    expect(textAt(samr, [article(20), item(3)])).toBe('（三）|其他虚假的或者使人误解的价格标示和价格促销行为。');
  });

  it('resolves 第X条第Y款第Z项 to the 项 of that 款 on the Company Law (2018)', () => {
    const gongsi = clauseTree(draftOf(join(CORPUS, 'lawrefbook/gongsi_fa_2018.md'), 'markdown').clauses);
    // 第三十一条: 款 1 has no list; 款 2 lists （一）…（五）; 款 3 follows the list.
    expect(textAt(gongsi, [article(31), paragraph(2), item(3)])).toBe('（三）|公司注册资本；');
    expect(textAt(gongsi, [article(31), item(3)])).toBe('（三）|公司注册资本；');
    expect(textAt(gongsi, [article(31), paragraph(3)])).toBe('|出资证明书由公司盖章。');
    expect(locate(gongsi, [article(31), paragraph(1), item(3)])).toMatchObject({ problem: 'not-found' });
    expect(textAt(gongsi, [article(90), paragraph(3)])).toBe('|创立大会对前款所列事项作出决议，必须经出席会议的认股人所持表决权过半数通过。');
  });

  it('names every unit in full, as a comparison table does', () => {
    const names = citableClauses(samr.clauses);
    const name = (steps: Step[]) => {
      const found = locate(samr, steps);
      if (!('clause' in found)) throw new Error(found.message);
      return cite(names, found.clause.id);
    };
    expect(name([article(17), paragraph(2)])).toBe('第十七条第二款');
    expect(name([article(19), item(7)])).toBe('第十九条第（七）项');
    expect(name([article(20), paragraph(2)])).toBe('第二十条第二款');
    expect(name([article(27)])).toBe('第二十七条');
    const gongsi = draftOf(join(CORPUS, 'lawrefbook/gongsi_fa_2018.md'), 'markdown').clauses;
    const item3 = gongsi.filter((c) => c.text === '公司注册资本；' && c.number === '（三）')[1]!;
    expect(cite(citableClauses(gongsi), item3.id)).toBe('第三十一条第二款第（三）项');
    const policy = draftOf(join(CORPUS, 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt'), 'text').clauses;
    const sub = policy.find((c) => c.marker?.style === '1.' && c.marker.value === 3)!;
    expect(cite(citableClauses(policy), sub.id)).toMatch(/^[一二三四五六七八九]、（[一二三四五六七八九]）3\.$/u);
    // Decimal numbers hold their parents' (国家粮食应急预案's 1.2.1 under 1.2 under 1): named alone, not 11.21.2.1.
    const plan = draftOf(join(CORPUS, 'gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt'), 'text').clauses;
    const planNames = citableClauses(plan);
    const named = (number: string) => cite(planNames, plan.find((c) => c.number === number)!.id);
    expect(['1', '1.2', '1.2.1', '2.1.2'].map(named)).toEqual(['1', '1.2', '1.2.1', '2.1.2']);
    const listItem = plan.find((c) => c.number === '（1）' && c.parent === plan.find((p) => p.number === '2.1.1')!.id)!;
    expect(cite(planNames, listItem.id)).toBe('2.1.1（1）');
  });
});
