// Importing a new version over a draft keeps the IDs of the clauses it still has.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import { CORPUS, redline, tempDir } from './helpers/cli.js';

const SAMR = readFileSync(join(CORPUS, 'lawrefbook/samr_mingma_biaojia_2022.md'), 'utf8');

async function importTwice(first: string, second: string) {
  const dir = tempDir();
  await redline(dir, 'init');
  writeFileSync(join(dir, 'rule.md'), first);
  expect((await redline(dir, 'import', 'rule.md')).code).toBe(0);
  const before = parseDraft(readFileSync(join(dir, 'drafts/rule.md'), 'utf8'), 'rule.md', 'rule').draft.clauses;
  writeFileSync(join(dir, 'rule.md'), second);
  const again = await redline(dir, 'import', 'rule.md', '--force');
  expect(again.code, again.stderr).toBe(0);
  const after = parseDraft(readFileSync(join(dir, 'drafts/rule.md'), 'utf8'), 'rule.md', 'rule').draft.clauses;
  return { before, after };
}

describe('import --force over an existing draft', () => {
  it('keeps the IDs of unchanged and renumbered clauses, and of an edited one in its place; new ones get unused IDs', async () => {
    // The next version: 第十四条 deleted (later articles move up), 第三条 edited, a 款 added to 第十一条.
    const next = SAMR.replace(/第十四条 交易场所提供者为场所内.*\n\n/u, '')
      .replace(/第(十五|十六|十七|十八|十九|二十|二十一|二十二|二十三|二十四|二十五|二十六|二十七)条 /gu, (_, n: string) => `第${PREVIOUS[n]}条 `)
      .replace('诚实信用的原则', '诚信的原则')
      .replace('应当以显著方式区分标记或者说明。\n', '应当以显著方式区分标记或者说明。\n\n附带服务的价格应当在结算前告知消费者。\n');
    const { before, after } = await importTwice(SAMR, next);
    const id = (clauses: typeof before, text: string) => clauses.find((c) => c.text.startsWith(text))!.id;
    for (const text of ['经营者提供服务，实行先消费后结算的', '网络交易平台经营者不得利用技术手段', '本规定自2022年7月1日起施行', '经营者应当遵循公开、公平']) {
      expect(id(after, text), text).toBe(id(before, text));
    }
    expect(after.find((c) => c.id === id(before, '经营者提供服务，实行先消费后结算的'))!.number).toBe('第十四条');
    const removed = id(before, '交易场所提供者为场所内');
    const added = after.find((c) => c.text === '附带服务的价格应当在结算前告知消费者。')!;
    expect(after.some((c) => c.id === removed)).toBe(false);
    expect(Number(added.id.slice(1))).toBeGreaterThan(Math.max(...before.map((c) => Number(c.id.slice(1)))));
  });

  // Two branches that each added a clause and ran fmt merge into one ID held twice; a new import must not keep both.
  it.each([
    ['lawrefbook/samr_mingma_biaojia_2022.md', 'rule'],
    ['lawrefbook/xingzheng_xuke_fa_2019.md', 'xk'],
  ])('over a draft holding one ID twice, gives the second clause a new ID (%s)', async (file, name) => {
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, `${name}.md`), readFileSync(join(CORPUS, file), 'utf8'));
    expect((await redline(dir, 'import', `${name}.md`)).code).toBe(0);
    const path = join(dir, `drafts/${name}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('<!-- #c10 -->', '<!-- #c9 -->'));
    expect((await redline(dir, 'check')).stderr).toMatch(/duplicate clause ID c9/u);
    const again = await redline(dir, 'import', `${name}.md`, '--force');
    expect(again.code, again.stderr).toBe(0);
    const clauses = parseDraft(readFileSync(path, 'utf8'), `${name}.md`, name).draft.clauses;
    const ids = clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 9)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']);
    expect(ids[9]).toBe(`c${clauses.length + 1}`);
    expect(await redline(dir, 'check')).toMatchObject({ code: 0 });
  });
});

const PREVIOUS: Record<string, string> = {
  十五: '十四', 十六: '十五', 十七: '十六', 十八: '十七', 十九: '十八', 二十: '十九', 二十一: '二十', 二十二: '二十一', 二十三: '二十二', 二十四: '二十三', 二十五: '二十四', 二十六: '二十五', 二十七: '二十六',
};
