// After an adoption, decide (and review, through the same function) notes the
// pending entries whose edits overlap the adopted ones: nothing is wrong yet,
// but adopting one of them too will conflict. A note, on stderr; the decision
// is written and the exit status is 0 as before. Only the edits near the
// clauses the adopted edits claim are weighed (src/core/revision/pending-overlaps.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';

interface ClauseJson {
  id: string;
  number: string;
  parent: string | null;
  text: string;
}

const clausesOf = async (dir: string) => JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as ClauseJson[];

/** The ID of the clause numbered `number`, under the clause numbered `under` when given. */
function idOf(clauses: readonly ClauseJson[], number: string, under?: string): string {
  const parent = under === undefined ? undefined : clauses.find((c) => c.number === under)!.id;
  return clauses.find((c) => c.number === number && (parent === undefined || c.parent === parent))!.id;
}

async function add(dir: string, unit: string, ...flags: string[]): Promise<void> {
  const result = await redline(dir, 'feedback', 'add', '--unit', unit, '--comment', '意见', '--no-propose', ...flags);
  expect(result.code, result.stderr).toBe(0);
}

const note = (adopted: string, pending: string, edits: string) => `note: entry ${adopted}, edit 1 overlaps pending entry ${pending}'s ${edits}; adopting both will conflict\n`;

describe('decide notes the pending entries whose edits overlap the adopted ones', () => {
  it('民事诉讼法 第二百七十四条第（七）项 reworded by two entries: the first adopted names the second, still pending', async () => {
    const dir = await corpusWorkspace('lawrefbook/minshi_susong_fa_2021.md', 'law');
    const clauses = await clausesOf(dir);
    const item = idOf(clauses, '（七）', '第二百七十四条');
    // Entry 1: the two edits of one comment (修改第（七）项，并在其后增加一项).
    await add(dir, '工业和信息化部', '--op', 'rewrite', '--clause', item, '--text', '采用能够确认受送达人收悉的电子方式送达，但是受送达人所在国法律禁止的除外；');
    const second = await redline(dir, 'feedback', 'edit', '1', '--op', 'add-clause', '--clause', item, '--position', 'after', '--text', '以受送达人同意的其他方式送达，但是受送达人所在国法律禁止的除外。');
    expect(second.code, second.stderr).toBe(0);
    await add(dir, '司法部', '--op', 'replace', '--clause', idOf(clauses, '第二百七十五条'), '--quote', '三十日内', '--text', '六十日内');
    await add(dir, '最高人民法院', '--op', 'rewrite', '--clause', item, '--text', '采用传真、电子邮件等能够确认受送达人收悉的电子方式送达；');
    // Only the new item adopted: it overlaps nothing.
    expect(await redline(dir, 'decide', '1', 'partial', '--edits', '2', '--reason', '第（七）项另行研究', '--by', '王科员')).toMatchObject({ code: 0, stderr: '' });
    expect(await redline(dir, 'decide', '1', 'adopt', '--by', '王科员')).toMatchObject({
      code: 0,
      stdout: 'entry 1: adopted (replaces: partial edits 2 — 第（七）项另行研究)\n',
      stderr: note('1', '3', 'edit 1'),
    });
    // Entry 3 answered: no longer pending, nothing to note.
    expect((await redline(dir, 'decide', '3', 'reject', '--reason', '已在意见1中采纳', '--by', '王科员')).code).toBe(0);
    expect(await redline(dir, 'decide', '1', 'adopt', '--by', '王科员')).toMatchObject({ code: 0, stderr: '' });
  });

  it('上海市优化营商环境条例: a term changed throughout names each pending entry that rewords its words, once with all their edits', async () => {
    const dir = await corpusWorkspace('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', 'law');
    const clauses = await clausesOf(dir);
    await add(dir, '市市场监管局', '--op', 'replace-all', '--quote', '市场主体', '--text', '企业等经营主体');
    // Rewordings that keep the term conflict with the change throughout; one whose new words lack it (entry 5) is left the occurrence (plan.ts leaveToOtherEdits): no note.
    await add(dir, '市发展改革委', '--op', 'replace', '--clause', idOf(clauses, '第一条'), '--quote', '激发市场主体活力', '--text', '激发市场主体内生活力');
    expect((await redline(dir, 'feedback', 'edit', '2', '--op', 'replace', '--clause', idOf(clauses, '第一条'), '--quote', '维护市场主体合法权益', '--text', '依法维护市场主体合法权益')).code).toBe(0);
    await add(dir, '市数据局', '--op', 'replace', '--clause', idOf(clauses, '第四条'), '--quote', '统筹推进工作机制', '--text', '统筹推进和协调工作机制');
    await add(dir, '市经济信息化委', '--op', 'replace', '--clause', idOf(clauses, '（一）', '第七十九条'), '--quote', '限定市场主体', '--text', '限定或者变相限定市场主体');
    await add(dir, '市司法局', '--op', 'replace', '--clause', idOf(clauses, '第十条'), '--quote', '各类市场主体', '--text', '各类经营主体');
    expect(await redline(dir, 'decide', '1', 'adopt', '--by', '王科员')).toMatchObject({
      code: 0,
      stdout: 'entry 1: adopted\n',
      stderr: note('1', '2', 'edits 1, 2') + note('1', '4', 'edit 1'),
    });
    expect((await redline(dir, 'feedback', 'list', '--json')).stdout).toContain('"status": "adopted"');
  });

  it('明码标价规定 第十九条: an edit of an item meets the removal and the rewrite of its article; the removal meets every edit under it', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'rule');
    const clauses = await clausesOf(dir);
    const article = idOf(clauses, '第十九条');
    await add(dir, '市场监管局', '--op', 'replace', '--clause', idOf(clauses, '（二）', '第十九条'), '--quote', '以高价进行结算', '--text', '以高价结算');
    await add(dir, '律师协会', '--op', 'remove-clause', '--clause', article);
    await add(dir, '消费者协会', '--op', 'add-clause', '--clause', idOf(clauses, '（三）', '第十九条'), '--position', 'before', '--text', '（三）虚构原价，以虚假的优惠折价诱骗交易；');
    await add(dir, '价格协会', '--op', 'rewrite', '--clause', article, '--text', '经营者不得实施价格欺诈行为。');
    await add(dir, '电商协会', '--op', 'replace', '--clause', idOf(clauses, '（二）', '第二十条'), '--quote', '不一致', '--text', '不相符');
    // The item's edit: the article removed or rewritten takes it away; a new item beside it is no matter.
    expect(await redline(dir, 'decide', '1', 'adopt', '--by', '王科员')).toMatchObject({ code: 0, stderr: note('1', '2', 'edit 1') + note('1', '4', 'edit 1') });
    expect((await redline(dir, 'decide', '1', 'pending')).code).toBe(0);
    // The article removed: the item's edit, the new item and the rewrite all go with it (after the warnings of what it does to the text).
    expect(await redline(dir, 'decide', '2', 'adopt', '--by', '王科员')).toMatchObject({
      code: 0,
      stdout: 'entry 2: adopted\n',
      stderr:
        `warning: entry 2, edit 1: 第二十一条 (${idOf(clauses, '第二十一条')}) cites 第十九条, which is removed: “第十九条”\n` +
        `warning: entry 2, edit 1: 第二十三条 (${idOf(clauses, '第二十三条')}) cites a range that held 第十九条, which is removed: “本规定第十六条至第二十条” now names the units left in it\n` +
        note('2', '1', 'edit 1') +
        note('2', '3', 'edit 1') +
        note('2', '4', 'edit 1'),
    });
  });

  it('past twenty, prints ten and a count (a term changed throughout, 25 pending entries on its words)', async () => {
    const dir = await corpusWorkspace('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', 'law');
    const holding = (await clausesOf(dir)).filter((c) => c.text.includes('市场主体')).slice(0, 25);
    expect(holding).toHaveLength(25);
    mkdirSync(join(dir, 'feedback/law'), { recursive: true });
    holding.forEach((clause, i) => {
      // (Each keeps the term, so each conflicts with the change throughout.)
      const edit = `  - op: replace\n    clause: ${clause.id}\n    quote: 市场主体\n    occurrence: 1\n    text: 各类市场主体\n`;
      writeFileSync(join(dir, `feedback/law/${i + 2}.yaml`), `id: "${i + 2}"\nunit: 单位${i}\ncomment: 意见\nedits:\n${edit}decision:\n  status: pending\n`);
    });
    writeFileSync(
      join(dir, 'feedback/law/1.yaml'),
      'id: "1"\nunit: 市市场监管局\ncomment: 全文统一修改\nedits:\n  - op: replace-all\n    clause: "*"\n    quote: 市场主体\n    text: 企业等经营主体\ndecision:\n  status: pending\n',
    );
    const result = await redline(dir, 'decide', '1', 'adopt', '--by', '王科员');
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => note('1', String(i + 2), 'edit 1').trimEnd()));
    expect(lines.slice(10)).toEqual(["note: … and 15 more overlaps with pending entries' edits (redline check --verbose lists them all)"]);
  });
});
