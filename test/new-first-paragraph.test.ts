// A new 款 put before an article's first (立法法 2023: 第五条增加一款，作为
// 第一款): refused as "a new first 款 rewrites the article's own text", and the
// clerk's workaround (建议将第五条修改为：“<新款>”“<原第五条>”) showed the old
// text struck in the 对照表 and the redline, as if rewritten. The new 款 now
// opens the article and the old text follows word for word as its 第二款, the
// later 款 and the references to them (第一款 too, and 前款) moved on by one;
// the 对照表 and the redline mark the new 款 alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import type { Draft } from '../src/core/draft/format.js';
import { clauseTree, descendants } from '../src/core/draft/locate.js';
import { ARTICLE_STYLE } from '../src/core/draft/hierarchy.js';
import type { Edit } from '../src/core/edits/edit.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');

const NEW_FIFTH = '立法应当坚持和发展全过程人民民主，尊重和保障人权，保障和促进社会公平正义。';
const OLD_FIFTH = '立法应当体现人民的意志，发扬社会主义民主，坚持立法公开，保障人民通过多种途径参与立法活动。';
const OLD_34 = '行政机关应当对申请人提交的申请材料进行审查。';

/** The revised text's paragraphs from the one opening with `start` to the one before `next`. */
function article(text: string, start: string, next: string): string[] {
  const paragraphs = text.trimEnd().split('\n\n');
  const from = paragraphs.findIndex((p) => p.startsWith(start));
  const to = paragraphs.findIndex((p, i) => i > from && p.startsWith(next));
  return paragraphs.slice(from, to);
}

/** The 对照表's rows and the redline's paragraphs once the entries' edits are adopted. */
function outputs(draft: Draft, ...edits: Edit[]) {
  const { result } = revisedBody(draft, adopted('1', ...edits));
  expect(result.revision.unapplied.map((p) => p.message)).toEqual([]);
  const output = (end: string) => result.outputs.find((o) => o.name.endsWith(end))!.content;
  return {
    rows: output('comparison.md').split('\n').filter((l) => /^\| \d+ \|/u.test(l)),
    moves: output('comparison.md').split('\n').find((l) => l.startsWith('条文序号')),
    redline: output('redline.md').trimEnd().split('\n\n'),
  };
}

const edits = (draft: Draft, comment: string) => proposeEdits(comment, draft.clauses, 'zh').edits;

describe('增加一款作为第一款: the new 款 opens the article, the old text is its 第二款', () => {
  it.each([
    `建议在第五条中增加一款作为第一款：“${NEW_FIFTH}”`,
    `建议在第五条中增加一款，作为第一款：“${NEW_FIFTH}”`,
    `第五条增加一款，作为第一款：“${NEW_FIFTH}”`,
    `建议在第五条第一款前增加一款：“${NEW_FIFTH}”`,
  ])('立法法: %s', (comment) => {
    expect(proposed(LIFA, comment)).toEqual({ edits: [{ op: 'add-clause', clause: '第五条', text: NEW_FIFTH }], unparsed: [] });
    expect(article(built(LIFA, comment), '第五条', '第六条')).toEqual([`第五条 ${NEW_FIFTH}`, OLD_FIFTH]);
  });

  it('立法法 第五条: the 对照表 and the redline mark the new 款 alone', () => {
    const { rows, redline } = outputs(LIFA, ...edits(LIFA, `建议在第五条中增加一款作为第一款：“${NEW_FIFTH}”`));
    expect(rows).toEqual([`| 1 | 第五条 | 第五条 ${OLD_FIFTH} | 第五条 **${NEW_FIFTH}**<br>${OLD_FIFTH} | 1 |`]);
    const at = redline.findIndex((p) => p.startsWith('第五条'));
    expect(redline.slice(at, at + 3)).toEqual([`第五条 **${NEW_FIFTH}**〔意见1〕`, OLD_FIFTH, redline.find((p) => p.startsWith('第六条'))]);
  });

  it('行政许可法 第三十四条 of three 款: its later 款 and 第五十六条’s 第三十四条第三款 move on by one', () => {
    const comment = '建议在第三十四条中增加一款作为第一款：“行政机关应当依法及时审查。”';
    expect(proposed(XUKE, comment).edits).toEqual([{ op: 'add-clause', clause: '第三十四条', text: '行政机关应当依法及时审查。' }]);
    expect(proposed(XUKE, '建议在第三十四条第一款前增加一款：“行政机关应当依法及时审查。”').edits).toEqual(proposed(XUKE, comment).edits);
    const text = built(XUKE, comment);
    expect(article(text, '第三十四条', '第三十五条')).toEqual([
      '第三十四条 行政机关应当依法及时审查。',
      OLD_34,
      '申请人提交的申请材料齐全、符合法定形式，行政机关能够当场作出决定的，应当当场作出书面的行政许可决定。',
      '根据法定条件和程序，需要对申请材料的实质内容进行核实的，行政机关应当指派两名以上工作人员进行核查。',
    ]);
    expect(text).toContain('行政机关依照本法第三十四条第四款的规定办理。');
    const { rows, moves, redline } = outputs(XUKE, ...edits(XUKE, comment));
    expect(rows[0]).toBe(`| 1 | 第三十四条 | 第三十四条 ${OLD_34} | 第三十四条 **行政机关应当依法及时审查。**<br>${OLD_34} | 1 |`);
    expect(rows[1]).toContain('依照本法第三十四条~~第三款~~的规定办理。 | 第五十六条 ');
    expect(moves).toBe('条文序号作相应调整：原第三十四条第一款至第三款依次改为第二款至第四款。');
    const at = redline.findIndex((p) => p.startsWith('第三十四条'));
    expect(redline.slice(at, at + 3)).toEqual(['第三十四条 **行政机关应当依法及时审查。**〔意见1〕', OLD_34, '申请人提交的申请材料齐全、符合法定形式，行政机关能够当场作出决定的，应当当场作出书面的行政许可决定。']);
  });

  it('行政许可法 第六十七条: its 第二款’s 前款 still names the old text, right before it', () => {
    const text = built(XUKE, '建议在第六十七条中增加一款作为第一款：“被许可人应当诚信经营。”');
    const paragraphs = article(text, '第六十七条', '第六十八条');
    expect(paragraphs[0]).toBe('第六十七条 被许可人应当诚信经营。');
    expect(paragraphs[1]).toMatch(/^取得直接关系公共利益的特定行业的市场准入行政许可的被许可人，.*不得擅自停业、歇业。$/u);
    expect(paragraphs[2]).toBe('被许可人不履行前款规定的义务的，行政机关应当责令限期改正，或者依法采取有效措施督促其履行义务。');
  });

  it('公司法 第三十七条 with its items: they follow the old text, and 第六十一条、第九十九条’s 第三十七条第一款 is its 第二款', () => {
    const comment = '建议在第三十七条中增加一款作为第一款：“股东会依法行使职权。”';
    expect(proposeEdits(comment, GONGSI.clauses, 'zh').edits[0]).toMatchObject({ op: 'add-clause', position: 'first-paragraph' });
    const text = built(GONGSI, comment);
    const paragraphs = article(text, '第三十七条', '第三十八条');
    expect(paragraphs.slice(0, 3)).toEqual(['第三十七条 股东会依法行使职权。', '股东会行使下列职权：', '（一）决定公司的经营方针和投资计划；']);
    expect(paragraphs.at(-1)).toMatch(/^对前款所列事项股东以书面形式一致表示同意的/u);
    expect(text).toContain('股东作出本法第三十七条第二款所列决定时');
    expect(text).toContain('第九十九条 本法第三十七条第二款关于有限责任公司股东会职权的规定');
    const { rows } = outputs(GONGSI, ...edits(GONGSI, comment));
    // (Its items are not changed: they have no place in the row.)
    expect(rows[0]).toBe('| 1 | 第三十七条 | 第三十七条 股东会行使下列职权： | 第三十七条 **股东会依法行使职权。**<br>股东会行使下列职权： | 1 |');
  });
});

describe('any article given new first 款 (add-clause first-paragraph)', () => {
  it('of one or two paragraphs: they open it, its old text follows word for word, none of its words struck', () => {
    const tree = clauseTree(XUKE.clauses);
    const names = citableClauses(XUKE.clauses);
    const articles = XUKE.clauses.filter((c) => c.marker?.style === ARTICLE_STYLE && descendants(tree, c).every((d) => d.heading === null));
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((n) => String.fromCharCode(n));
    const sentence = fc.array(han, { minLength: 4, maxLength: 30 }).map((chars) => `${chars.join('')}。`);
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(sentence, { minLength: 1, maxLength: 2 }), (at, added) => {
        const edit: Edit = { op: 'add-clause', clause: at.id, text: added.join('\n'), position: 'first-paragraph' };
        const { text } = revisedBody(XUKE, adopted('1', edit));
        const paragraphs = text.trimEnd().split('\n\n');
        const from = paragraphs.findIndex((p) => p === `${at.marker!.raw}${added[0]}`);
        expect(from).toBeGreaterThan(-1);
        expect(paragraphs.slice(from + 1, from + added.length + 1)).toEqual([...added.slice(1), at.text.trim()]);
        const { rows } = outputs(XUKE, edit);
        const row = rows.find((r) => r.startsWith(`| 1 | ${cite(names, at.id)} |`))!;
        expect(row.split(' | ')[2]).not.toMatch(/~~|<del>/u);
        for (const p of added) expect(row.split(' | ')[3]).toContain(`**${p}**`);
      }),
      { numRuns: 30 },
    );
  });
});

describe('a rewrite into two 款 whose second is the old text shows that 款 as kept', () => {
  it('立法法 第五条 rewritten whole: the 对照表 row and the redline', () => {
    const comment = `建议将第五条修改为：“${NEW_FIFTH}”“${OLD_FIFTH}”`;
    const { rows, redline } = outputs(LIFA, ...edits(LIFA, comment));
    expect(rows).toEqual([`| 1 | 第五条 | 第五条 ${OLD_FIFTH} | 第五条 **${NEW_FIFTH}**<br>${OLD_FIFTH} | 1 |`]);
    const at = redline.findIndex((p) => p.startsWith('第五条'));
    expect(redline.slice(at, at + 2)).toEqual([`第五条 **${NEW_FIFTH}**〔意见1〕`, OLD_FIFTH]);
  });

  it('行政许可法 第三十四条’s first 款 rewritten into two, the old one nearly kept: its words changed marked, the rest not', () => {
    const comment = `建议将第三十四条第一款修改为：“行政机关应当依法及时审查。”“行政机关应当对申请人提交的全部申请材料进行审查。”`;
    const { rows, redline } = outputs(XUKE, ...edits(XUKE, comment));
    expect(rows[0]).toBe(`| 1 | 第三十四条 | 第三十四条 ${OLD_34} | 第三十四条 **行政机关应当依法及时审查。**<br>行政机关应当对申请人提交的**全部**申请材料进行审查。 | 1 |`);
    const at = redline.findIndex((p) => p.startsWith('第三十四条'));
    expect(redline.slice(at, at + 2)).toEqual(['第三十四条 **行政机关应当依法及时审查。**〔意见1〕', '行政机关应当对申请人提交的**全部**申请材料进行审查。〔意见1〕']);
  });

  it('any article given a new first 款 by a rewrite that keeps its text: none of its old words struck', () => {
    const tree = clauseTree(XUKE.clauses);
    const names = citableClauses(XUKE.clauses);
    const articles = XUKE.clauses.filter((c) => c.marker?.style === ARTICLE_STYLE && descendants(tree, c).every((d) => d.heading === null));
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((n) => String.fromCharCode(n));
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(han, { minLength: 4, maxLength: 40 }), (at, chars) => {
        const kept = [at.text.trim(), ...descendants(tree, at).map((c) => `${c.marker?.raw ?? ''}${c.text}`.trim())];
        const { rows, redline } = outputs(XUKE, { op: 'rewrite', clause: at.id, text: [`${chars.join('')}。`, ...kept].join('\n') });
        const row = rows.find((r) => r.startsWith(`| 1 | ${cite(names, at.id)} |`))!;
        expect(row.split(' | ')[2]).not.toMatch(/~~|<del>/u);
        expect(row.split(' | ')[3]).toContain(`**${chars.join('')}。**`);
        const from = redline.findIndex((p) => p.startsWith(`${at.marker!.raw}**`));
        for (const p of redline.slice(from + 1, from + kept.length + 1)) expect(p).not.toMatch(/~~|<del>|\*\*/u);
      }),
      { numRuns: 30 },
    );
  });
});
