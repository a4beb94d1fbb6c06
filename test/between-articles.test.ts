// 增加一条，作为第十一条之一: an article added between two numbers keeps the
// number the comment gives it and moves no other article; 作为第N条 counts
// only the numbered articles, not the 第X条之一 already between them (刑法).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../src/core/draft/numerals.js';
import { parseDraft, type Draft } from '../src/core/draft/format.js';
import type { Entry } from '../src/core/feedback/entry.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { revise } from '../src/core/revision/revise.js';
import { CORPUS, corpusWorkspace, redline } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';
import { proposeEdits } from '../src/core/feedback/wording.js';

interface ProposedEdit {
  op: string;
  clause: string;
  position?: string;
  after?: string;
}

async function proposed(dir: string, comment: string): Promise<{ edits: ProposedEdit[]; said: string }> {
  const added = await redline(dir, 'feedback', 'add', '--unit', '市发展改革委', '--comment', comment);
  expect(added.code, added.stderr).toBe(0);
  const result = await redline(dir, 'propose', '--format', 'json');
  const entries = JSON.parse(result.stdout) as Array<{ edits: ProposedEdit[] }>;
  return { edits: entries.at(-1)!.edits, said: added.stdout + added.stderr };
}

const draftOf = (dir: string, name: string) => parseDraft(readFileSync(join(dir, `drafts/${name}.md`), 'utf8'), `${name}.md`, name).draft;
const article = (draft: Draft, number: string) => draft.clauses.find((c) => c.number === number)!;

describe('an article added between two numbers (第X条之一)', () => {
  it('作为第十一条之一 goes right after 第十一条, keeps its number and renumbers nothing (上海市优化营商环境条例)', async () => {
    const dir = await corpusWorkspace('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', 'sh');
    const eleventh = article(draftOf(dir, 'sh'), '第十一条');
    for (const comment of ['建议增加一条，作为第十一条之一：“市人民政府应当建立营商环境评价制度。”', '建议在第十一条后增加一条，作为第十一条之一：“市人民政府应当建立营商环境评价制度。”']) {
      const { edits } = await proposed(dir, comment);
      expect(edits).toMatchObject([{ op: 'add-clause', clause: eleventh.id, position: 'after', after: '第十一条之一 市人民政府应当建立营商环境评价制度。' }]);
    }
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    const revised = readFileSync(join(dir, 'out/sh.revised.md'), 'utf8');
    // After 第十一条 and its second 款, before 第十二条 as it was.
    expect(revised).toMatch(/\n第十一条 本市对标国际高标准投资贸易规则[^\n]*\n\n鼓励各类企业在本市设立总部机构[^\n]*\n\n第十一条之一 市人民政府应当建立营商环境评价制度。\n\n第十二条 本市依法保护各类市场主体/u);
    const comparison = readFileSync(join(dir, 'out/sh.comparison.md'), 'utf8');
    expect(comparison).toContain('| 1 | 新增第十一条之一 | （新增） | **第十一条之一 市人民政府应当建立营商环境评价制度。** | 1 |');
    expect(comparison).not.toContain('依次改为');
  });

  it('in 刑法, 作为第一百二十一条 counts no 之X, and 作为第一百二十条之七 follows 之六', async () => {
    const dir = await corpusWorkspace('lawrefbook/xingfa_criminal_law.md', 'xf');
    const draft = draftOf(dir, 'xf');
    const numbered = await proposed(dir, '建议增加一条，作为第一百二十一条：“新条文甲。”');
    expect(numbered.edits).toMatchObject([{ op: 'add-clause', clause: article(draft, '第一百二十一条').id, position: 'before', after: '新条文甲。' }]);
    const between = await proposed(dir, '建议增加一条，作为第一百二十条之七：“新条文乙。”');
    expect(between.edits).toMatchObject([{ op: 'add-clause', clause: article(draft, '第一百二十条').id, position: 'after', after: '第一百二十条之七 新条文乙。' }]);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'decide', '2', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    const numbers = readFileSync(join(dir, 'out/xf.revised.md'), 'utf8').match(/^第一百二十[一二]?条(?:之[一二三四五六七])? \S{0,4}/gmu);
    expect(numbers).toEqual([
      '第一百二十条 组织、领',
      '第一百二十条之一 资助恐怖',
      '第一百二十条之二 有下列情',
      '第一百二十条之三 以制作、',
      '第一百二十条之四 利用极端',
      '第一百二十条之五 以暴力、',
      '第一百二十条之六 明知是宣',
      '第一百二十条之七 新条文乙',
      '第一百二十一条 新条文甲',
      '第一百二十二条 以暴力、',
    ]);
  });

  it('a 之一 past the last article is refused with what the draft has', async () => {
    const dir = await corpusWorkspace('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', 'sh');
    const { edits, said } = await proposed(dir, '建议增加一条，作为第二百条之一：“市人民政府应当建立营商环境评价制度。”');
    expect(edits).toEqual([]);
    expect(said).toContain('there are 80 articles; a new one goes between two of them');
  });

  // Any article of either law: a 之X added after it leaves every other article's number as it was.
  it.each([
    ['lawrefbook/xingzheng_xuke_fa_2019.md'],
    ['lawrefbook/xingfa_criminal_law.md'],
  ])('adding 第N条之M moves no article (%s)', (file) => {
    const { draft } = parseDraft(importDraft(readFileSync(join(CORPUS, file), 'utf8'), { format: 'markdown' }).text, 'law.md', 'law');
    const articles = draft.clauses.filter((c) => c.marker?.style === '第一条' && !c.number.includes('之'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: articles.length - 1 }), fc.integer({ min: 1, max: 9 }), (at, sub) => {
        const base = articles[at]!;
        const text = `第${chineseNumeral(base.marker!.value!)}条之${chineseNumeral(sub)} 新增的条文。`;
        const entry: Entry = { id: '1', unit: 'u', comment: 'c', edits: [{ op: 'add-clause', clause: base.id, position: 'after', text }], decision: { status: 'adopted' }, file: '', editLines: [] };
        const revision = revise(draft, [entry]);
        expect(revision.clauses.filter((c) => c.renumbered)).toEqual([]);
        const added = revision.clauses.find((c) => c.status === 'added')!;
        expect(added.markerAfter.trim()).toBe(text.split(' ')[0]);
      }),
      { numRuns: 25 },
    );
  });
});

// The NPC's form for two new articles at once, and the plain one.
describe('增加两条 with two quoted texts', () => {
  it.each([
    ['lawrefbook/lifa_fa_2015.md', '第六条', '第七条'],
    ['lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', '第十一条', '第十二条'],
  ])('adds both, in order, numbered on from %s (%s)', (file, before, next) => {
    const draft = corpusDraft(file);
    const nextText = draft.clauses.find((c) => c.number === next)!.text;
    for (const comment of [
      `建议在${before}后增加两条：“新增甲条。”“新增乙条。”`,
      `建议增加两条，作为${next}、第${chineseNumeral(draft.clauses.find((c) => c.number === next)!.marker!.value! + 1)}条：“${next} 新增甲条。”“新增乙条。”`,
    ]) {
      const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
      expect(unparsed, comment).toEqual([]);
      expect(edits.map((e) => e.op), comment).toEqual(['add-clause', 'add-clause']);
      const { text } = revisedBody(draft, adopted('1', ...edits));
      const value = draft.clauses.find((c) => c.number === next)!.marker!.value!;
      // The two new articles are the next two numbers; the old one after them moves on by two.
      // (A chapter heading may stand between them and the article that was next.)
      const after = `\n${next} 新增甲条。\n\n第${chineseNumeral(value + 1)}条 新增乙条。\n\n`;
      expect(text, comment).toContain(after);
      expect(text.slice(text.indexOf(after) + after.length).replace(/^(?:#+ [^\n]*\n\n)*/u, ''), comment).toMatch(new RegExp(`^第${chineseNumeral(value + 2)}条 ${nextText.slice(0, 10)}`, 'u'));
    }
  });

  it.each([
    ['lawrefbook/lifa_fa_2015.md', '第六条', '第七条'],
    ['lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', '第十一条', '第十二条'],
  ])('增加四条 adds all four, numbered on from %s; the old next article moves on by four', (file, before, next) => {
    const draft = corpusDraft(file);
    const comment = `建议在${before}后增加四条：“新增甲条。”“新增乙条。”“新增丙条。”“新增丁条。”`;
    const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
    expect(unparsed).toEqual([]);
    expect(edits.map((e) => e.op)).toEqual(['add-clause', 'add-clause', 'add-clause', 'add-clause']);
    const { text } = revisedBody(draft, adopted('1', ...edits));
    const value = draft.clauses.find((c) => c.number === next)!.marker!.value!;
    const added = ['甲', '乙', '丙', '丁'].map((k, i) => `第${chineseNumeral(value + i)}条 新增${k}条。`).join('\n\n');
    expect(text).toContain(`\n${added}\n\n`);
    expect(text.slice(text.indexOf(added) + added.length + 2).replace(/^(?:#+ [^\n]*\n\n)*/u, '')).toMatch(new RegExp(`^第${chineseNumeral(value + 4)}条 `, 'u'));
  });

  it('增加五项 adds five items after the one named (立法法 第八条第（五）项)', () => {
    const draft = corpusDraft('lawrefbook/lifa_fa_2015.md');
    const { edits, unparsed } = proposeEdits('在第八条第（五）项后增加五项：“（六）甲；”“（七）乙；”“（八）丙；”“（九）丁；”“（十）戊；”', draft.clauses, 'zh');
    expect(unparsed).toEqual([]);
    expect(edits.map((e) => e.op)).toEqual(['add-clause', 'add-clause', 'add-clause', 'add-clause', 'add-clause']);
  });

  it('作为第六条之一、第六条之二 keeps both numbers and moves nothing (立法法)', () => {
    const draft = corpusDraft('lawrefbook/lifa_fa_2015.md');
    const { edits } = proposeEdits('建议增加两条，作为第六条之一、第六条之二：“新增甲条。”“新增乙条。”', draft.clauses, 'zh');
    const revision = revisedBody(draft, adopted('1', ...edits));
    expect(revision.text).toMatch(/\n第六条之一 新增甲条。\n\n第六条之二 新增乙条。\n\n(?:#+ [^\n]*\n\n)*第七条 /u);
    expect(revise(draft, [adopted('1', ...edits)]).clauses.filter((c) => c.renumbered)).toEqual([]);
  });

  it('一条 with two quotes adds one: the second is no new article', () => {
    const draft = corpusDraft('lawrefbook/lifa_fa_2015.md');
    const { edits } = proposeEdits('建议在第六条后增加一条：“新增甲条。”', draft.clauses, 'zh');
    expect(edits.map((e) => e.op)).toEqual(['add-clause']);
  });
});
