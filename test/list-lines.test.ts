// A list printed one line per paragraph is one 款: after a 款 that ends with
// a colon, the unnumbered paragraphs up to the first that ends a sentence are
// its lines (宪法第六十五条: 委员长，副委员长若干人，秘书长，委员若干人。). They
// are located, named, renumbered and cited as that 款. The corpus has such
// lists only in 宪法 (and the 2018 amendment that reprints 第一百二十四条), so
// a short constructed draft stands beside it. On laws without such lists
// (行政许可法, 民事诉讼法) the 款 are counted as before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../src/core/draft/clause.js';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import { parseDraft, type Draft } from '../src/core/draft/format.js';
import { ARTICLE_STYLE } from '../src/core/draft/hierarchy.js';
import { clauseTree, locate, paragraphNumber } from '../src/core/draft/locate.js';
import { chineseNumeral } from '../src/core/draft/numerals.js';
import { paragraphsIn } from '../src/core/draft/paragraphs.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { revise } from '../src/core/revision/revise.js';
import { adopted, corpusDraft, paragraph, revisedBody, unit } from './helpers/drafts.js';

const kuan = (n: number) => ['款', n] as ['款', number];
const starting = (draft: Draft, text: string) => draft.clauses.find((c) => c.text.startsWith(text))!;
const nameOf = (draft: Draft, clause: Clause) => cite(citableClauses(draft.clauses), clause.id);
const comparison = (result: ReturnType<typeof revisedBody>['result']) => result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content;
const rowNames = (table: string) => table.split('\n').filter((l) => /^\| \d+ \|/u.test(l)).map((l) => l.split(' | ')[1]);

describe('a list printed one line per paragraph (宪法)', () => {
  const xianfa = corpusDraft('lawrefbook/xianfa_constitution.md');

  it('第六十五条 has four 款, the list its first: 第四款 is the one the 2018 amendment rewrote', () => {
    expect(unit(xianfa, 65, kuan(2)).text).toMatch(/^全国人民代表大会常务委员会组成人员中，应当有适当名额的少数民族代表。/u);
    expect(unit(xianfa, 65, kuan(3)).text).toMatch(/^全国人民代表大会选举并有权罢免全国人民代表大会常务委员会的组成人员。/u);
    // 宪法修正案（2018年）第四十三条: 宪法第六十五条第四款 … 修改为 this text.
    expect(unit(xianfa, 65, kuan(4)).text).toBe('全国人民代表大会常务委员会的组成人员不得担任国家行政机关、监察机关、审判机关和检察机关的职务。');
    const fifth = locate(clauseTree(xianfa.clauses), [{ kind: 'number', style: ARTICLE_STYLE, value: 65 }, { kind: 'paragraph', value: 5 }]);
    expect(fifth).toMatchObject({ problem: 'not-found', message: expect.stringContaining('has 4 款') });
  });

  it('the other lists: 第八十六条 has three 款, 第九十三条 and 第一百二十四条 four, the list in the second of these', () => {
    expect(unit(xianfa, 86, kuan(2)).text).toMatch(/^国务院实行总理负责制/u);
    expect(unit(xianfa, 86, kuan(3)).text).toBe('国务院的组织由法律规定。');
    expect(unit(xianfa, 93, kuan(2)).text).toBe('中央军事委员会由下列人员组成：');
    expect(unit(xianfa, 93, kuan(3)).text).toBe('中央军事委员会实行主席负责制。');
    expect(unit(xianfa, 124, kuan(3)).text).toMatch(/^监察委员会主任每届任期/u);
    expect(unit(xianfa, 124, kuan(4)).text).toBe('监察委员会的组织和职权由法律规定。');
  });

  it('a line is named as the 款 it is a line of', () => {
    const tree = clauseTree(xianfa.clauses);
    expect(nameOf(xianfa, starting(xianfa, '委员若干人。'))).toBe('第六十五条第一款');
    expect(paragraphNumber(tree, starting(xianfa, '副委员长若干人，'))).toBe(1);
    expect(nameOf(xianfa, starting(xianfa, '副主任若干人，'))).toBe('第一百二十四条第二款');
    expect(nameOf(xianfa, starting(xianfa, '副主席若干人，'))).toBe('第九十三条第二款');
  });

  it('the comment on 第六十五条第四款 is taken, and its row, and a line’s, are named as the law cites them', () => {
    const proposal = proposeEdits('第六十五条第四款中的“国家行政机关、监察机关”修改为“国家行政机关”。', xianfa.clauses, 'zh');
    expect(proposal.unparsed).toEqual([]);
    expect(proposal.edits).toMatchObject([{ clause: unit(xianfa, 65, kuan(4)).id }]);
    const line = { op: 'replace' as const, clause: starting(xianfa, '委员若干人。').id, quote: '委员若干人', text: '委员一百五十人' };
    const { result } = revisedBody(xianfa, adopted('1', ...proposal.edits), adopted('2', line));
    expect(rowNames(comparison(result))).toEqual(['第六十五条第一款', '第六十五条第四款']);
  });

  it('a 款 added before the list moves the list’s 款 with its lines (第一百二十四条)', () => {
    const proposal = proposeEdits('第一百二十四条增加一款，作为第二款：“国家监察委员会对全国人民代表大会负责。”', xianfa.clauses, 'zh');
    expect(proposal.unparsed).toEqual([]);
    const { text, result } = revisedBody(xianfa, adopted('1', ...proposal.edits));
    const paragraphs = text.split('\n\n');
    const at = paragraphs.findIndex((p) => p.startsWith('第一百二十四条 '));
    expect(paragraphs.slice(at + 1, at + 6)).toEqual(['国家监察委员会对全国人民代表大会负责。', '监察委员会由下列人员组成：', '主任，', '副主任若干人，', '委员若干人。']);
    const table = comparison(result);
    expect(rowNames(table)).toEqual(['第一百二十四条新增第二款']);
    expect(table).toContain('原第一百二十四条第二款至第四款依次改为第三款至第五款');
  });

  it('the 款 that opens a list goes with its lines, and the 款 after it move up', () => {
    const proposal = proposeEdits('删除第一百二十四条第二款。', xianfa.clauses, 'zh');
    const { text, result } = revisedBody(xianfa, adopted('1', ...proposal.edits));
    expect(paragraph(text, '主任，')).toBeUndefined();
    expect(paragraph(text, '副主任若干人，')).toBeUndefined();
    expect(comparison(result)).toContain('原第一百二十四条第三款、第四款依次改为第二款、第三款');
  });
});

describe('lists in other texts', () => {
  it('the 2018 amendment reprints 第一百二十四条 with its list: its lines are one 款 with their opening', () => {
    const amendment = corpusDraft('lawrefbook/xianfa_amendment_2018.md');
    const opening = starting(amendment, '监察委员会由下列人员组成：');
    expect(nameOf(amendment, starting(amendment, '委员若干人。'))).toBe(nameOf(amendment, opening));
    expect(nameOf(amendment, starting(amendment, '监察委员会主任每届任期'))).not.toBe(nameOf(amendment, opening));
  });

  const DRAFT = [
    '# 某某委员会条例',
    '',
    '第一条 委员会由下列人员组成：',
    '',
    '主任，',
    '',
    '委员若干人！',
    '',
    '委员会的组成人员由本级人民代表大会选举。',
    '',
    '第二条 本条例适用于本市。',
    '',
    '委员会的办事机构由下列部门组成：',
    '',
    '办公室，',
    '',
    '研究室。”',
    '',
    '有下列情形之一的，不予登记：',
    '',
    '（一）材料不全；',
    '',
    '（二）逾期申请。',
    '',
    '登记机关应当说明理由。',
    '',
    '第三条 违反本条例第二条第四款规定的，由登记机关责令改正。',
    '',
  ].join('\n');
  const draft = parseDraft(importDraft(DRAFT, { format: 'markdown' }).text, 'd.md', 'd').draft;

  it('a line ending with ！ or with 。” closes the list; numbered items answer a colon, so no list opens there', () => {
    expect(unit(draft, 1, kuan(2)).text).toBe('委员会的组成人员由本级人民代表大会选举。');
    expect(unit(draft, 2, kuan(2)).text).toBe('委员会的办事机构由下列部门组成：');
    expect(unit(draft, 2, kuan(3)).text).toBe('有下列情形之一的，不予登记：');
    expect(unit(draft, 2, kuan(4)).text).toBe('登记机关应当说明理由。');
    expect(nameOf(draft, starting(draft, '研究室'))).toBe('第二条第二款');
  });

  it('a 款 added before a list moves the references to the 款 after it; a line removed moves none', () => {
    const proposal = proposeEdits('第二条增加一款，作为第二款：“委员会每年报告工作。”', draft.clauses, 'zh');
    expect(paragraph(revisedBody(draft, adopted('1', ...proposal.edits)).text, '第三条 ')).toBe('第三条 违反本条例第二条第五款规定的，由登记机关责令改正。');
    const { text, result } = revisedBody(draft, adopted('1', { op: 'remove-clause', clause: starting(draft, '办公室').id }));
    expect(paragraph(text, '第三条 ')).toBe('第三条 违反本条例第二条第四款规定的，由登记机关责令改正。');
    expect(rowNames(comparison(result))).toEqual(['第二条第二款']);
  });
});

describe('laws without such lists count their 款 as before', () => {
  const laws = ['lawrefbook/xingzheng_xuke_fa_2019.md', 'lawrefbook/minshi_susong_fa_2021.md', 'lawrefbook/minshi_susong_fa_2023.md'].map(corpusDraft);
  /** The count before lists were read: every unnumbered paragraph of an article is its next 款. */
  const plainParagraphs = (law: Draft, article: Clause) => law.clauses.filter((c) => c.parent === article.id && c.marker === null && c.heading === null);
  const articles = laws.map((law) => law.clauses.filter((c) => c.marker?.style === ARTICLE_STYLE && plainParagraphs(law, c).length > 0));

  it('locates and names every 款 by its place among the article’s paragraphs', () => {
    fc.assert(
      fc.property(fc.nat({ max: laws.length - 1 }), fc.nat(), (l, a) => {
        const law = laws[l]!;
        const article = articles[l]![a % articles[l]!.length]!;
        const tree = clauseTree(law.clauses);
        for (const [i, clause] of plainParagraphs(law, article).entries()) {
          const found = locate(tree, [{ kind: 'paragraph', value: i + 2 }], article);
          expect('clause' in found && found.clause).toBe(clause);
          expect(paragraphNumber(tree, clause)).toBe(i + 2);
          expect(nameOf(law, clause)).toBe(`${article.number.replace(/\*\*/gu, '')}第${chineseNumeral(i + 2)}款`);
        }
      }),
    );
  });

  it('numbers the 款 before and after a revision that adds or removes one, as before', () => {
    fc.assert(
      fc.property(fc.nat({ max: laws.length - 1 }), fc.nat(), fc.nat(), fc.boolean(), (l, a, p, add) => {
        const law = laws[l]!;
        const article = articles[l]![a % articles[l]!.length]!;
        const paragraphs = plainParagraphs(law, article);
        const target = paragraphs[p % paragraphs.length]!;
        const edit = add ? { op: 'add-clause' as const, clause: target.id, text: '新增的一款。', position: 'before' as const } : { op: 'remove-clause' as const, clause: target.id };
        const revised = revise(law, [adopted('1', edit)]).clauses.filter((c) => c.parent === article.id && c.heading === null);
        const numbered = (c: (typeof revised)[number]) => (c.original ? c.original.marker !== null : c.markerAfter !== '');
        const before = revised.filter((c) => c.original && !numbered(c));
        const after = revised.filter((c) => c.status !== 'removed' && !numbered(c));
        for (const [i, c] of before.entries()) expect(c.paragraphBefore).toBe(i + 2);
        for (const [i, c] of after.entries()) expect(c.paragraphAfter).toBe(i + 2);
      }),
    );
  });
});

describe('what a colon opens', () => {
  const para = (text: string, marker: { style: string } | null = null) => ({ marker, heading: null, text });
  const article = para('第一条 有下列情形之一的：', { style: ARTICLE_STYLE });
  const parts = (children: Array<ReturnType<typeof para>>) => paragraphsIn(article, (u) => (u === article ? children : [])).map((p) => [p.head.text, p.lines.map((l) => l.text)]);

  it('one whole sentence right after it is a 款, as is a paragraph that opens a list of its own', () => {
    expect(parts([para('登记机关应当说明理由。')])).toEqual([['第一条 有下列情形之一的：', []], ['登记机关应当说明理由。', []]]);
    expect(parts([para('有下列情形之一的，不予登记：'), para('材料不全，'), para('逾期申请。')])).toEqual([
      ['第一条 有下列情形之一的：', []],
      ['有下列情形之一的，不予登记：', ['材料不全，', '逾期申请。']],
    ]);
  });
});

