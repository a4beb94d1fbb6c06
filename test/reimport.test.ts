// Importing a new version over a draft keeps the IDs of the clauses it still has.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDraft } from '../src/core/draft/format.js';
import { reimportText } from '../src/core/diff/reimport.js';
import { importDraft } from '../src/core/intake/draft-import.js';
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

/** Sørensen–Dice over character pairs: how alike two texts are (1 the same). */
function alike(a: string, b: string): number {
  const grams = (t: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < t.length; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const [x, y] = [grams(a), grams(b)];
  let shared = 0;
  for (const [g, c] of x) shared += Math.min(c, y.get(g) ?? 0);
  const total = [...x.values(), ...y.values()].reduce((n, c) => n + c, 0);
  return total === 0 ? 1 : (2 * shared) / total;
}

const imported = (file: string) => importDraft(readFileSync(join(CORPUS, file), 'utf8'), { format: 'markdown' }).text;

/** The old draft's clauses, and the new version's after import --force over it. */
function reimported(oldText: string, newText: string) {
  const before = parseDraft(oldText, 'old.md', 'old').draft.clauses;
  const after = parseDraft(reimportText(oldText, newText), 'new.md', 'new').draft.clauses;
  return { before, after, old: new Map(before.map((c) => [c.id, c])) };
}

describe('import --force of the next version of a law', () => {
  it.each([
    ['lawrefbook/zhuanli_fa_shishi_xize_2010.md', 'lawrefbook/zhuanli_fa_shishi_xize_2023.md'],
    ['lawrefbook/gongsi_fa_2018.md', 'lawrefbook/gongsi_fa_2023.md'],
    ['lawrefbook/lifa_fa_2015.md', 'lawrefbook/lifa_fa_2023.md'],
  ])('never puts an ID on an article of other text and number: %s → %s', (from, to) => {
    const { after, old } = reimported(imported(from), imported(to));
    const moved = after.filter((c) => old.has(c.id) && old.get(c.id)!.number !== c.number && alike(old.get(c.id)!.text, c.text) < 0.3);
    // Before: 18, 69 and 3 of them (2010's 第六条 on 2023's 第五条, an entry deleting it then deleted 第五条 with state ok).
    expect(moved.map((c) => `${c.id}: ${old.get(c.id)!.number} → ${c.number}`)).toEqual([]);
    expect(after.filter((c) => old.has(c.id)).length).toBeGreaterThan(after.length * 0.4);
  });

  it('专利法实施细则 2010 → 2023: 第一条 and 第二条 (brackets and a word changed) keep their IDs; 2010’s 第六条 is on no 2023 article', () => {
    const { before, after } = reimported(imported('lawrefbook/zhuanli_fa_shishi_xize_2010.md'), imported('lawrefbook/zhuanli_fa_shishi_xize_2023.md'));
    const article = (clauses: typeof before, number: string) => clauses.find((c) => c.number === number)!;
    expect(article(after, '第一条').id).toBe(article(before, '第一条').id);
    expect(article(after, '第二条').id).toBe(article(before, '第二条').id);
    const sixth = article(before, '第六条');
    const now = after.find((c) => c.id === sixth.id);
    if (now) expect(alike(now.text, sixth.text)).toBeGreaterThan(0.5);
    expect(article(after, '第五条').id).not.toBe(sixth.id);
  });

  it('on any deletions, additions and edits of a law’s articles: unchanged articles keep their IDs, and no ID lands on other text under another number (行政许可法)', () => {
    const source = imported('lawrefbook/xingzheng_xuke_fa_2019.md');
    const start = source.indexOf('<!-- #');
    // The draft's units as written (ID line, then the clause's lines), in order: one per clause.
    const units = source.slice(start).trimEnd().split(/\n\n(?=<!-- #)/u).map((u) => u.replace(/^<!-- #[A-Za-z0-9_-]+ -->\n/u, ''));
    const { draft } = parseDraft(source, 'xk.md', 'xk');
    expect(units).toHaveLength(draft.clauses.length);
    const change = fc.record({ at: fc.nat(units.length - 1), kind: fc.constantFrom('delete', 'add', 'edit') });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        const next = units.map((text) => [text]);
        for (const { at, kind } of changes) {
          if (kind === 'delete') next[at] = [];
          else if (kind === 'add') next[at] = [...next[at]!, '新增的条文，规定申请人的权利和义务。'];
          else next[at] = next[at]!.map((t, k) => (k === 0 ? `${t}（修改）` : t));
        }
        const nextText = `${source.slice(0, start)}${next.flat().join('\n\n')}\n`;
        const { after, old } = reimported(source, nextText);
        for (const c of after) {
          const was = old.get(c.id);
          if (was && was.number !== c.number) expect(alike(was.text, c.text)).toBeGreaterThanOrEqual(0.3);
        }
        // A block no change touched keeps its ID.
        const touched = new Set(changes.map((c) => c.at));
        const kept = new Set(after.map((c) => c.id));
        draft.clauses.forEach((c, i) => {
          if (!touched.has(i)) expect(kept.has(c.id), c.text.slice(0, 20)).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });
});

const PREVIOUS: Record<string, string> = {
  十五: '十四', 十六: '十五', 十七: '十六', 十八: '十七', 十九: '十八', 二十: '十九', 二十一: '二十', 二十二: '二十一', 二十三: '二十二', 二十四: '二十三', 二十五: '二十四', 二十六: '二十五', 二十七: '二十六',
};
