// Display numbers after added and removed clauses, as a clerk expects them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import type { Edit } from '../src/core/edits/edit.js';
import type { Entry } from '../src/core/feedback/entry.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { revise } from '../src/core/revision/revise.js';
import { join } from 'node:path';
import { corpusWorkspace, redline, SEED_PAGE } from './helpers/cli.js';

const { draft } = parseDraft(importDraft(readFileSync(SEED_PAGE, 'utf8'), { format: 'text' }).text, 'seed.md', 'seed');
const item = (n: number) => draft.clauses.find((c) => c.level === 2 && c.marker?.style === '1.' && c.marker.value === n)!;

function adopted(id: string, ...edits: Edit[]): Entry {
  return { id, unit: 'u', comment: 'c', edits, decision: { status: 'adopted' }, file: '', editLines: [] };
}

/** The action items' numbers after the revision, in order, with new ones marked "+". */
function itemNumbers(entries: Entry[]): string[] {
  return revise(draft, entries)
    .clauses.filter((c) => c.status !== 'removed' && c.level === 2 && (c.original ?? c.sequenceOf)?.marker?.style === '1.')
    .map((c) => `${c.status === 'added' ? '+' : ''}${c.markerAfter.trim()}`);
}

describe('renumbering', () => {
  it('leaves every number as written when no clause is added or removed', () => {
    const revision = revise(draft, [adopted('1', { op: 'replace', clause: item(18).id, quote: '开展', text: '基本完成' })]);
    expect(revision.clauses.filter((c) => c.renumbered)).toEqual([]);
    expect(revision.clauses.find((c) => c.original?.number === '(三)')!.markerAfter).toBe('(三)');
  });

  it('after a clause added after item 12 and item 5 removed, numbers run on across sections', () => {
    const numbers = itemNumbers([
      adopted('1', { op: 'add-clause', clause: item(12).id, position: 'after', text: '12.深化国际友城交流合作。' }),
      adopted('2', { op: 'remove-clause', clause: item(5).id }),
    ]);
    expect(numbers).toEqual([
      '1.', '2.', '3.', '4.', // 二
      '5.', '6.', // 三: old 6, 7
      '7.', '8.', '9.', // 四: old 8–10
      '10.', '11.', '+12.', '13.', // 五: old 11, 12, the new clause, old 13
      ...Array.from({ length: 11 }, (_, i) => `${i + 14}.`), // 六, 七: 14–24 unchanged
    ]);
    const revised = revise(draft, [adopted('1', { op: 'add-clause', clause: item(12).id, position: 'after', text: '12.深化国际友城交流合作。' })]);
    const added = revised.clauses.find((c) => c.status === 'added')!;
    expect(added.markerAfter + added.textAfter).toBe('13.深化国际友城交流合作。');
    expect(revised.clauses.find((c) => c.original?.id === item(24).id)!.markerAfter).toBe('25.');
  });

  it('puts a clause added after an item with continuation paragraphs after those paragraphs', () => {
    const revision = revise(draft, [adopted('1', { op: 'add-clause', clause: item(4).id, position: 'after', text: '推进数字经济发展。' })]);
    const order = revision.clauses.map((c) => c.status === 'added' ? 'NEW' : c.original!.text.slice(0, 6));
    const at = order.indexOf('NEW');
    expect(order.slice(at - 2, at + 3)).toEqual(['强力推进国家', '以农业供给侧', 'NEW', '实施协调发展', '着力深化“东']);
    expect(revision.clauses[at]!.markerAfter.trim()).toBe('5.');
    expect(revision.clauses[at + 2]!.markerAfter.trim()).toBe('6.');
  });

  it("renumbers section 一's own 1、 2、 (三) only when a clause is added there, in each clause's own style", () => {
    const goals = draft.clauses.find((c) => c.title === '奋斗目标')!;
    const revision = revise(draft, [adopted('1', { op: 'add-clause', clause: goals.id, position: 'after', text: '发展原则。坚持新发展理念。' })]);
    const section = revision.clauses.filter((c) => c.level === 2 && (c.original ?? c.sequenceOf)?.parent === draft.clauses.find((x) => x.number === '一')!.id);
    expect(section.map((c) => c.markerAfter)).toEqual(['1、', '2、', '3、', '(四)']);
    expect(section[3]!.renumbered).toBe(true);
  });

  it('renumbers statutes in Chinese numerals and removes a clause with its children', () => {
    const statute = parseDraft(
      importDraft(['某条例', '第一条 目的。', '第二条 范围：', '（一）甲；', '（二）乙。', '第三条 施行。'].join('\n\n'), { format: 'text' }).text,
      's.md',
      's',
    ).draft;
    const second = statute.clauses.find((c) => c.number === '第二条')!;
    const revision = revise(statute, [adopted('1', { op: 'remove-clause', clause: second.id })]);
    expect(revision.clauses.filter((c) => c.status !== 'removed').map((c) => c.markerAfter + c.textAfter)).toEqual(['第一条 目的。', '第二条 施行。']);
  });
});

describe('several numbered clauses added by one edit each count in their sequence', () => {
  /** The revised text of a corpus draft with one comment adopted (or the edit given for it), as built. */
  async function builtWith(file: string, comment: string, edit?: string[]): Promise<string> {
    return readFileSync(join(await builtIn(file, comment, edit), 'out', 'd.revised.md'), 'utf8');
  }
  /** The workspace of the file as draft d, built with the comment adopted (and its edit 1 so changed). */
  async function builtIn(file: string, comment: string, edit?: string[]): Promise<string> {
    const dir = await corpusWorkspace(file, 'd');
    expect((await redline(dir, 'feedback', 'add', '--unit', '甲', '--comment', comment)).code).toBe(0);
    if (edit) expect((await redline(dir, 'feedback', 'edit', '1', ...edit)).code).toBe(0);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    const build = await redline(dir, 'build');
    expect(build.code).toBe(0);
    return dir;
  }
  const starts = (text: string, pattern: RegExp) => text.split('\n').filter((l) => pattern.test(l)).map((l) => l.slice(0, 14));

  it('two new paragraphs of a bill move the later ones on by two (H.J.Res. 37 section 1)', async () => {
    const text = await builtWith('us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt', 'In section 1, insert after paragraph (8) the following new paragraphs:\n“(9) Congress finds alpha.\n(10) Congress finds beta.”');
    expect(starts(text, /^\\\(\d+\)/u).slice(7)).toEqual(['\\(8) Section 8', '\\(9) Congress ', '\\(10) Congress', '\\(11) Section ', '\\(12) No speci']);
  });

  it('two new sections move the later sections on by two (H.R. 1000 after section 101)', async () => {
    const text = await builtWith('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'Insert after section 101 the following new sections:\n“SEC. 102. ALPHA. Nothing in this Act affects alpha.\nSEC. 103. BETA. Nothing in this Act affects beta.”');
    // The draft's sections 102–105 (SOURCE OF FUNDS, LOANS, …) are now 104–107.
    expect(starts(text, /^SEC\. 10\d\./u)).toEqual(['SEC. 101. NATI', 'SEC. 102. ALPH', 'SEC. 103. BETA', 'SEC. 104. SOUR', 'SEC. 105. LOAN', 'SEC. 106. TRUS']);
  });

  it.each([
    ['lawrefbook/minshi_susong_fa_2021.md', '在第一百九十三条后增加一节：“第四节 指定遗产管理人案件”', ['第三节 宣告失踪、宣告死亡案件', '第四节 指定遗产管理人案件', '第五节 认定公民无民事行为能力、限制民事行为能力案件']],
    ['lawrefbook/xingzheng_xuke_fa_2019.md', '在第四十五条后增加一节：“第四节 告知与说明”', ['第三节 期 限', '第四节 告知与说明', '第五节 听 证', '第六节 变更与延续', '第七节 特别规定']],
  ])('增加一节 after an article goes after that article’s 节, as a heading, and the later 节 move on (%s)', async (file, comment, expected) => {
    const text = await builtWith(file, comment);
    const headings = text.split('\n').filter((l) => /^#+ 第[一二三四五六七八九十]+节 /u.test(l)).map((l) => l.replace(/^#+ /u, ''));
    const at = headings.indexOf(expected[0]!);
    expect(headings.slice(at, at + expected.length)).toEqual(expected);
  });

  // The new part's articles given as quotes after its heading's (并增加四条：“…”“…”): under the new heading, not left in the part before it.
  it.each([
    [
      'lawrefbook/minshi_susong_fa_2021.md',
      '建议在第一百九十三条后增加一节：“第四节 指定遗产管理人案件”，并增加四条：“对遗产管理人的确定有争议，利害关系人申请指定遗产管理人的，向被继承人死亡时住所地或者主要遗产所在地基层人民法院提出。”“人民法院受理申请后，应当审查核实，并按照有利于遗产管理的原则，判决指定遗产管理人。”“被指定的遗产管理人死亡、终止、丧失民事行为能力或者存在其他无法继续履行遗产管理职责情形的，人民法院可以根据利害关系人或者本人的申请另行指定遗产管理人。”“遗产管理人违反遗产管理职责，严重侵害继承人、受遗赠人或者债权人合法权益的，人民法院可以根据利害关系人的申请，撤销其遗产管理人资格，并依法指定新的遗产管理人。”',
      ['第一百九十三条 被宣', '第四节 指定遗产管理', '第一百九十四条 对遗', '第一百九十五条 人民', '第一百九十六条 被指', '第一百九十七条 遗产', '第五节 认定公民无民', '第一百九十八条 申请'],
      '| 1 | 新增第二编第十五章第四节 | （新增） | **第四节 指定遗产管理人案件**<br>**第一百九十四条 对遗产管理人的确定有争议',
    ],
    [
      'lawrefbook/gongsi_fa_2018.md',
      '建议在第二十二条后增加一章：“第二章 公司登记”，并增加两条：“设立公司，应当依法向公司登记机关申请设立登记。”“申请设立公司，应当提交设立登记申请书、公司章程等文件，提交的相关材料应当真实、合法和有效。”',
      ['第二十二条 公司股东', '第二章 公司登记', '第二十三条 设立公司', '第二十四条 申请设立', '第三章 有限责任公司', '第一节 设立', '第二十五条 设立有限'],
      '| 1 | 新增第二章 | （新增） | **第二章 公司登记**<br>**第二十三条 设立公司，应当依法向公司登记机关申请设立登记。**<br>**第二十四条 申请设立公司',
    ],
  ])('增加一节 (一章) and its articles in one comment: the heading, then the articles under it, in the text and the 对照表 (%s)', async (file, comment, expected, row) => {
    const dir = await builtIn(file, comment);
    const text = readFileSync(join(dir, 'out', 'd.revised.md'), 'utf8');
    const lines = text.split('\n').filter((l) => /^(#+ )?第[一二三四五六七八九十百]+[章节条] /u.test(l)).map((l) => l.replace(/^#+ /u, '').slice(0, 10));
    const at = lines.indexOf(expected[1]!);
    expect(lines.slice(at - 1, at - 1 + expected.length)).toEqual(expected);
    const table = readFileSync(join(dir, 'out', 'd.comparison.md'), 'utf8');
    expect(table.split('\n').filter((l) => l.startsWith('| 1 |')).map((l) => l.slice(0, row.length))).toEqual([row]);
  });

  it.each([
    [
      'lawrefbook/minshi_susong_fa_2021.md',
      '建议在第一百九十三条后增加一节：“第四节 指定遗产管理人案件”，并增加两条：“对遗产管理人的确定有争议的，适用本法第一百九十四条的规定。”“人民法院受理申请后，应当审查核实。”',
      '第一百九十四条 对遗产管理人的确定有争议的，适用本法第一百九十六条的规定。',
    ],
    [
      'lawrefbook/gongsi_fa_2018.md',
      '建议在第二十二条后增加一章：“第二章 公司登记”，并增加两条：“设立公司，应当依法向公司登记机关申请设立登记。”“设立有限责任公司，应当具备本法第二十三条规定的条件。”',
      '第二十四条 设立有限责任公司，应当具备本法第二十五条规定的条件。',
    ],
  ])('the articles of a new 节 (章) cite the draft’s articles by their new numbers (%s)', async (file, comment, expected) => {
    const dir = await builtIn(file, comment);
    const text = readFileSync(join(dir, 'out', 'd.revised.md'), 'utf8');
    expect(text.split('\n').filter((l) => l.startsWith(expected.slice(0, 12)))).toEqual([expected]);
  });

  it('a new 节 with two articles moves the later articles on by two and the later 节 by one (民事诉讼法 2021)', async () => {
    const text = await builtWith('lawrefbook/minshi_susong_fa_2021.md', '增加一节', [
      '--op', 'add-clause', '--clause', 'c458', '--position', 'after', '--text', '第四节 指定遗产管理人案件\n第一百九十四条 对遗产管理人的确定有争议的，向基层人民法院提出。\n第一百九十五条 人民法院受理申请后，应当审查核实。',
    ]);
    const lines = text.split('\n').filter((l) => /^(#+ )?第[一二三四五六七八九十百]+[节条] /u.test(l)).map((l) => l.replace(/^#+ /u, '').slice(0, 10));
    const at = lines.indexOf('第四节 指定遗产管理');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at - 1, at + 5)).toEqual(['第一百九十三条 被宣', '第四节 指定遗产管理', '第一百九十四条 对遗', '第一百九十五条 人民', '第五节 认定公民无民', '第一百九十六条 申请']);
  });
});
