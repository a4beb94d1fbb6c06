// 第X条修改为：“…” (or the 条款 column's 第X条 with 建议修改为：“…”) where the new
// text is one paragraph and the article has several 款: a clerk means the 款
// that paragraph rewrites, and the others stay. Where which one cannot be
// told, the whole article is still rewritten, but propose and adopting it say
// that its other 款 would go (they went without a word). A text of as many
// paragraphs as the article is a full rewrite, said nothing of. On 明码标价规定,
// 公司法 (2018), 立法法 (2015) and 行政许可法 (2019).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../src/core/draft/format.js';
import { clauseTree, paragraphsOf } from '../src/core/draft/locate.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { TAKES_AWAY, unmadeChange } from '../src/core/feedback/unmade-change.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody, unit } from './helpers/drafts.js';

const kuan = (n: number) => ['款', n] as ['款', number];

/** The article's paragraphs in the revised text, from its number to the next article. */
function articleIn(text: string, number: string): string[] {
  const paragraphs = text.trimEnd().split('\n\n');
  const at = paragraphs.findIndex((p) => p.startsWith(`${number} `));
  const end = paragraphs.findIndex((p, k) => k > at && /^第[一二三四五六七八九十百]+条 /u.test(p));
  return paragraphs.slice(at, end);
}

describe('one paragraph against an article of several 款', () => {
  it('明码标价规定 第五条 (条款 column): the second 款 rewritten, the first and third kept', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const proposal = proposeEdits('建议修改为：“明码标价应当根据商品和服务、行业、区域等特点，做到真实准确、货签对位、标识醒目、清晰易懂。”', rule.clauses, 'zh', '第五条');
    expect(proposal.unparsed).toEqual([]);
    expect(proposal.edits).toEqual([
      {
        op: 'rewrite',
        clause: unit(rule, 5, kuan(2)).id,
        text: '明码标价应当根据商品和服务、行业、区域等特点，做到真实准确、货签对位、标识醒目、清晰易懂。',
        confidence: 0.77,
        source: '修改为：“明码标价应当根据商品和服务、行业、区域等特点，做到真实准确、货签对位、标识醒目、清晰易懂。”',
      },
    ]);
    const { text, result } = revisedBody(rule, adopted('1', ...proposal.edits));
    expect(result.revision.unapplied).toEqual([]);
    expect(articleIn(text, '第五条')).toEqual([
      '第五条 经营者销售、收购商品和提供服务时，应当按照市场监督管理部门的规定明码标价。',
      '明码标价应当根据商品和服务、行业、区域等特点，做到真实准确、货签对位、标识醒目、清晰易懂。',
      '设区的市级以上市场监督管理部门可以根据特定行业、特定区域的交易习惯等特点，结合价格监督管理实际，规定可以不实行明码标价的商品和服务、行业、交易场所。',
    ]);
  });

  it('公司法 第十六条: its second 款 rewritten, 前款 in the third still the second 款', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2018.md');
    const proposal = proposeEdits('第十六条修改为：“公司为公司股东或者实际控制人提供担保的，必须经股东会决议。”', law.clauses, 'zh');
    expect(proposal.unparsed).toEqual([]);
    expect(proposal.edits).toMatchObject([{ op: 'rewrite', clause: unit(law, 16, kuan(2)).id, text: '公司为公司股东或者实际控制人提供担保的，必须经股东会决议。' }]);
    const { text } = revisedBody(law, adopted('1', ...proposal.edits));
    expect(articleIn(text, '第十六条')).toEqual([
      '第十六条 公司向其他企业投资或者为他人提供担保，依照公司章程的规定，由董事会或者股东会、股东大会决议；公司章程对投资或者担保的总额及单项投资或者担保的数额有限额规定的，不得超过规定的限额。',
      '公司为公司股东或者实际控制人提供担保的，必须经股东会决议。',
      '前款规定的股东或者受前款规定的实际控制人支配的股东，不得参加前款规定事项的表决。该项表决由出席会议的其他股东所持表决权的过半数通过。',
    ]);
  });

  it('立法法 第十条 (条款 column): the third 款 rewritten; 行政许可法 第四十二条: the second', () => {
    const law = corpusDraft('lawrefbook/lifa_fa_2015.md');
    const third = '被授权机关应当在授权期限届满的六个月以前，向授权机关报告授权决定实施的情况。';
    const proposal = proposeEdits(`建议修改为：“${third}”`, law.clauses, 'zh', '第十条');
    expect(proposal.edits).toMatchObject([{ op: 'rewrite', clause: unit(law, 10, kuan(3)).id, text: third }]);
    expect(articleIn(revisedBody(law, adopted('1', ...proposal.edits)).text, '第十条')).toEqual([
      '第十条 授权决定应当明确授权的目的、事项、范围、期限以及被授权机关实施授权决定应当遵循的原则等。',
      '授权的期限不得超过五年，但是授权决定另有规定的除外。',
      third,
    ]);

    const xuke = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const second = '依照本法第二十六条的规定，行政许可采取统一办理或者联合办理、集中办理的，办理的时间不得超过三十日。';
    const edits = proposeEdits(`建议将第四十二条修改为：“${second}”`, xuke.clauses, 'zh').edits;
    expect(edits).toMatchObject([{ op: 'rewrite', clause: unit(xuke, 42, kuan(2)).id, text: second }]);
    const article = articleIn(revisedBody(xuke, adopted('1', ...edits)).text, '第四十二条');
    expect(article).toHaveLength(2);
    expect(article[0]).toMatch(/^第四十二条 除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。/u);
    expect(article[1]).toBe(second);
  });

  it('the first 款 as 第一款 (rewrite-first-paragraph): 明码标价规定 第六条, its second 款 kept', () => {
    const rule = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
    const proposal = proposeEdits('修改为：“经营者应当以显著方式明码标价。”', rule.clauses, 'zh', '第六条');
    expect(proposal.edits).toMatchObject([{ op: 'rewrite-first-paragraph', clause: unit(rule, 6).id, text: '经营者应当以显著方式明码标价。' }]);
    expect(articleIn(revisedBody(rule, adopted('1', ...proposal.edits)).text, '第六条')).toEqual(['第六条 经营者应当以显著方式明码标价。', '商品或者服务的价格发生变动时，经营者应当及时调整相应标价。']);
  });
});

describe('where the 款 cannot be told, or the text is the whole article', () => {
  it('公司法 第十六条: a text like none of its 款 rewrites the article, with a note that two 款 would go, said on adoption', () => {
    const law = corpusDraft('lawrefbook/gongsi_fa_2018.md');
    const proposal = proposeEdits('建议将第十六条修改为：“对外担保事项由董事会审议。”', law.clauses, 'zh');
    expect(proposal.edits).toMatchObject([{ op: 'rewrite', clause: unit(law, 16).id, text: '对外担保事项由董事会审议。', confidence: 0.6 }]);
    expect(proposal.unparsed).toEqual([
      '将第十六条修改为：“对外担保事项由董事会审议。” — the rewrite of the whole article takes away 2 of 第十六条’s 3 款 (the new text gives 1); to rewrite one 款, name it (第十六条第X款修改为：“…”)',
    ]);
    const entry = { ...adopted('7', ...proposal.edits), unparsed: proposal.unparsed };
    expect(unmadeChange(entry)).toBe(
      'entry 7 is adopted, and the rewrite of the whole article takes away 2 of 第十六条’s 3 款 (the new text gives 1); to rewrite one 款, name it (第十六条第X款修改为：“…”); or, if the whole article is meant, say so in the reason (第X条全文修改)',
    );
    // Adopted so on purpose: the reason says so, and nothing more is said.
    expect(unmadeChange({ ...entry, decision: { status: 'adopted', reason: '第十六条全文修改' } })).toBeUndefined();
    expect(articleIn(revisedBody(law, adopted('1', ...proposal.edits)).text, '第十六条')).toEqual(['第十六条 对外担保事项由董事会审议。']);
  });

  it('立法法 第十条: two paragraphs for three 款 rewrite the article, with the note; three are a full rewrite, said nothing of', () => {
    const law = corpusDraft('lawrefbook/lifa_fa_2015.md');
    const two = proposeEdits('第十条修改为：“授权决定应当明确授权的目的、事项、范围和期限。\n授权的期限不得超过五年。”', law.clauses, 'zh');
    expect(two.edits).toMatchObject([{ op: 'rewrite', clause: unit(law, 10).id, text: '授权决定应当明确授权的目的、事项、范围和期限。\n授权的期限不得超过五年。' }]);
    expect(two.unparsed.map((n) => n.slice(n.indexOf(' — ') + 3))).toEqual([`${TAKES_AWAY} 1 of 第十条’s 3 款 (the new text gives 2); to rewrite one 款, name it (第十条第X款修改为：“…”)`]);

    const full = '授权决定应当明确授权的目的和事项。\n授权的期限不得超过三年。\n被授权机关应当按期报告。';
    const three = proposeEdits(`第十条修改为：“${full}”`, law.clauses, 'zh');
    expect(three).toEqual({ edits: [expect.objectContaining({ op: 'rewrite', clause: unit(law, 10).id, text: full, confidence: 0.86 })], unparsed: [] });
    expect(articleIn(revisedBody(law, adopted('1', ...three.edits)).text, '第十条')).toEqual(['第十条 授权决定应当明确授权的目的和事项。', '授权的期限不得超过三年。', '被授权机关应当按期报告。']);
  });

  it('from the command line: the 条款 column’s 款 made the edit, propose shows the note, decide warns (明码标价规定)', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'mm');
    writeFileSync(
      join(dir, 'comments.csv'),
      '序号,单位,条款,意见\n1,甲局,第五条,建议修改为：“明码标价应当根据商品和服务、行业、区域等特点，做到真实准确、货签对位、标识醒目、清晰易懂。”\n2,乙局,第九条,修改为：“本条新文本。”\n',
    );
    expect((await redline(dir, 'feedback', 'import', 'comments.csv')).code).toBe(0);
    const first = readFileSync(join(dir, 'feedback/mm/1.yaml'), 'utf8');
    expect(first).toContain('  - op: rewrite\n    clause: c12\n    text: 明码标价应当根据商品和服务、行业、区域等特点，做到真实准确、货签对位、标识醒目、清晰易懂。\n');
    const propose = await redline(dir, 'propose', '2');
    // Said as a note on the edit made, not as words left without one.
    expect(propose.stdout).toContain('  note: 修改为：“本条新文本。” — the rewrite of the whole article takes away 1 of 第九条’s 2 款 (the new text gives 1)');
    expect(propose.stdout).not.toContain('not made into an edit');
    expect((await redline(dir, 'propose', '2', '--format', 'markdown')).stdout).toContain('_Note:_ 修改为：“本条新文本。” — the rewrite of the whole article takes away');
    const decided = await redline(dir, 'decide', '2', 'adopt');
    expect(decided.stdout + decided.stderr).toContain('warning: entry 2 is adopted, and the rewrite of the whole article takes away 1 of 第九条’s 2 款');
  });
});

describe('property: a rewrite of an article never takes away its other 款 unsaid', () => {
  const drafts = ['lawrefbook/lifa_fa_2015.md', 'lawrefbook/gongsi_fa_2018.md'].map(corpusDraft);
  const articles = drafts.flatMap((draft: Draft) => {
    const tree = clauseTree(draft.clauses);
    return draft.clauses.filter((c) => c.marker?.style === '第一条' && c.heading === null).flatMap((c) => {
      const later = paragraphsOf(tree, c);
      // (Articles whose 款 lead in to items are left aside: their items are no 款.)
      return later.length > 0 && !(tree.children.get(c.id) ?? []).some((x) => x.marker !== null) ? [{ draft, article: c, paragraphs: [c, ...later] }] : [];
    });
  });

  it('each proposal is an edit of one 款, or a whole rewrite with the note', () => {
    fc.assert(
      fc.property(
        fc.nat(articles.length - 1),
        fc.nat(10),
        fc.nat(40),
        fc.string({ unit: fc.constantFrom('甲', '乙', '应当', '，', '规定'), maxLength: 8 }),
        (a, k, cut, added) => {
          const { draft, article, paragraphs } = articles[a]!;
          const base = paragraphs[k % paragraphs.length]!.text.trim();
          // A 款 shortened, or words of one's own, with words added: never one 款 word for word.
          const text = `${k > 8 ? '' : base.slice(0, Math.max(4, base.length - cut))}${added}新。`;
          const { edits, unparsed } = proposeEdits(`${article.number}修改为：“${text}”`, draft.clauses, 'zh');
          if (edits.length === 0) return;
          const [edit] = edits;
          const whole = edit!.op === 'rewrite' && edit!.clause === article.id;
          if (whole) expect(unparsed.some((n) => n.includes(TAKES_AWAY))).toBe(true);
          else expect(edit!.op === 'rewrite-first-paragraph' ? edit!.clause === article.id : paragraphs.some((p) => p.id === edit!.clause)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
