// Cross-references read from a statute's text: what each one cites, where its
// numerals stand, and the clauses it names on 明码标价规定 and the Company Law.
import { describe, expect, it } from 'vitest';
import { clauseTree, locate } from '../src/core/draft/locate.js';
import { citeSteps, findReferences, resolveCite } from '../src/core/draft/references.js';
import { corpusDraft, unit } from './helpers/drafts.js';

/** Each reference as written, with its cites as "条16-款2" strings. */
function read(text: string): string[] {
  return findReferences(text).map((r) => {
    const cites = r.groups.map((g) =>
      [g.from, g.to]
        .filter((c) => c !== undefined)
        .map((c) => [c!.scope ? `本${c!.scope}` : '', c!.previous ? `前${c!.previous.count}${c!.previous.kind}` : '', ...c!.levels.map((l) => `${l.kind}${l.value}`)].filter(Boolean).join('-'))
        .join('至'),
    );
    return `${text.slice(r.start, r.end)}: ${cites.join(' / ')}`;
  });
}

describe('findReferences', () => {
  it('reads the forms statutes use', () => {
    expect(read('违反本法第二十七条规定的')).toEqual(['本法第二十七条: 条27']);
    expect(read('经营者违反本规定第十六条至第二十条规定的')).toEqual(['本规定第十六条至第二十条: 条16至条20']);
    expect(read('违反本规定第四条第二款、第三款，法律')).toEqual(['本规定第四条第二款、第三款: 条4-款2 / 款3']);
    expect(read('对前款所列事项作出决议；前两款规定以外的')).toEqual(['前款: 前1款', '前两款: 前2款']);
    expect(read('有本条第二项、第三项情形的')).toEqual(['本条第二项、第三项: 本条-项2 / 项3']);
    expect(read('不属于第十九条规定的价格欺诈行为')).toEqual(['第十九条: 条19']);
    expect(read('实施本法第十二条第（二）项所列事项、第1目')).toEqual(['本法第十二条第（二）项: 条12-项2', '第1目: 目1']);
    expect(read('除本法第十四条、第十五条规定的外')).toEqual(['本法第十四条、第十五条: 条14 / 条15']);
  });

  it('leaves out other laws, sub-articles stay unrenumbered, and words that only look alike', () => {
    expect(read('依照《中华人民共和国价格法》第十三条、刑法第二十条和民法典第五百条')).toEqual([]);
    expect(read('第一次会议，第三人，第十二章')).toEqual([]);
    expect(findReferences('本法第一百二十条之一')[0]!.groups[0]!.from.levels[0]).toMatchObject({ kind: '条', value: 120, sub: true });
  });

  it('gives the numerals’ offsets, for renumbering in place', () => {
    const text = '本规定第十六条至第二十条';
    const [reference] = findReferences(text);
    const levels = [reference!.groups[0]!.from, reference!.groups[0]!.to!].map((c) => c.levels[0]!);
    expect(levels.map((l) => text.slice(l.start, l.end))).toEqual(['十六', '二十']);
  });
});

describe('resolving references to clauses', () => {
  const samr = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
  const tree = clauseTree(samr.clauses);

  it('names the units of 第二十三条 and 第二十四条', () => {
    const citing = unit(samr, 24);
    const [reference] = findReferences(citing.text);
    const first = resolveCite(tree, citing, reference!.groups[0]!.from)!;
    const second = resolveCite(tree, citing, reference!.groups[1]!.from, first)!;
    expect([first, second].map((r) => r.targets[0]!.id)).toEqual([unit(samr, 4, ['款', 2]).id, unit(samr, 4, ['款', 3]).id]);
    const steps = citeSteps(reference!.groups[0]!.from)!;
    expect(locate(tree, steps)).toEqual({ clause: unit(samr, 4, ['款', 2]) });
    expect(citeSteps(findReferences('前款')[0]!.groups[0]!.from)).toBeNull();
  });

  it('reads 前款 from where it stands, and 第X项 alone in the citing 款', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2018.md');
    const lawTree = clauseTree(law.clauses);
    const citing = unit(law, 90, ['款', 3]);
    const [previous] = findReferences(citing.text);
    expect(resolveCite(lawTree, citing, previous!.groups[0]!.from)!.targets.map((c) => c.id)).toEqual([unit(law, 90, ['款', 2]).id]);
    const item = unit(law, 90, ['款', 2], ['项', 7]);
    const [alone] = findReferences('依照第二项');
    expect(resolveCite(lawTree, item, alone!.groups[0]!.from)!.targets[0]!.id).toBe(unit(law, 90, ['款', 2], ['项', 2]).id);
  });
});
