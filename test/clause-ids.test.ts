// A clause's ID is its identity for every entry that names it: once the clause
// is gone, the ID must not pass to a new clause (fmt, import --force, round),
// or the entry's edit would silently move to text it never meant.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignIds, parseDraft } from '../src/core/draft/format.js';
import { parseEntry } from '../src/core/feedback/entry.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { nextRound } from '../src/core/revision/round.js';
import { CORPUS, corpusWorkspace, redline } from './helpers/cli.js';

const clausesOf = (dir: string, name: string) => parseDraft(readFileSync(join(dir, `drafts/${name}.md`), 'utf8'), `${name}.md`, name).draft.clauses;
const idNumber = (id: string) => Number(/^c(\d+)$/u.exec(id)![1]);

/** The edits of `propose --json` for the draft's entries: which clause each names and its state. */
async function proposedStates(dir: string): Promise<Array<{ clause: string; state: string }>> {
  const result = await redline(dir, 'propose', '--format', 'json');
  expect(result.code, result.stderr).toBe(0);
  const entries = JSON.parse(result.stdout) as Array<{ edits: Array<{ clause: string; state: string }> }>;
  return entries.flatMap((e) => e.edits.map(({ clause, state }) => ({ clause, state })));
}

describe('a removed clause keeps its ID to itself', () => {
  it('fmt gives a new article an ID past the one an entry still names (行政许可法)', async () => {
    const dir = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk');
    const added = await redline(dir, 'feedback', 'add', '--unit', '司法部', '--comment', '建议删除第八十三条第二款');
    expect(added.code, added.stderr).toBe(0);
    const last = clausesOf(dir, 'xk').at(-1)!;
    expect(last.text).toMatch(/^本法施行前有关行政许可的规定/u);
    expect(await proposedStates(dir)).toEqual([{ clause: last.id, state: 'ok' }]);
    // The clerk takes the 款 out by hand and writes a new article in its place, without an ID.
    const path = join(dir, 'drafts/xk.md');
    const source = readFileSync(path, 'utf8');
    const idLine = `<!-- #${last.id} -->\n`;
    writeFileSync(path, source.replace(`${idLine}${last.text}\n`, '第八十四条 本法的解释权属于全国人民代表大会常务委员会。\n'));
    expect((await redline(dir, 'fmt')).stdout).toBe('formatted drafts/xk.md\n');
    const after = clausesOf(dir, 'xk');
    const article = after.find((c) => c.number === '第八十四条')!;
    expect(article.id).not.toBe(last.id);
    expect(idNumber(article.id)).toBe(idNumber(last.id) + 1);
    // The entry's edit goes stale instead of deleting the new article.
    expect(await proposedStates(dir)).toEqual([{ clause: last.id, state: 'stale' }]);
    expect((await redline(dir, 'fmt', '--check')).code).toBe(0);
  });

  it('import --force gives a new subsection an ID past that of one removed by hand that an entry still names (H.R. 1000)', async () => {
    const dir = await corpusWorkspace('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'jobs');
    const last = clausesOf(dir, 'jobs').at(-1)!;
    expect(`${last.number} ${last.text}`).toMatch(/^\(d\) Effective Date/u);
    const added = await redline(dir, 'feedback', 'add', '--unit', 'Joint Committee on Taxation', '--comment', 'Strike the effective date.', '--op', 'remove-clause', '--clause', last.id);
    expect(added.code, added.stderr).toBe(0);
    // The clerk first takes the subsection out of the draft by hand ...
    const path = join(dir, 'drafts/jobs.md');
    const draft = readFileSync(path, 'utf8');
    const at = draft.indexOf(`<!-- #${last.id} -->`);
    expect(at).toBeGreaterThan(0);
    writeFileSync(path, draft.slice(0, at).trimEnd() + '\n');
    // ... then imports the next version, where a new subsection (d) follows.
    const bill = readFileSync(join(CORPUS, 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt'), 'utf8');
    const effective = bill.indexOf('(d) Effective Date');
    const end = bill.indexOf('\n', effective);
    expect(effective).toBeGreaterThan(0);
    const next = `${bill.slice(0, effective)}(d) Report.— The Secretary shall report to Congress on the tax each year.${bill.slice(end)}`;
    writeFileSync(join(dir, 'jobs.txt'), next);
    const again = await redline(dir, 'import', 'jobs.txt', '--name', 'jobs', '--force');
    expect(again.code, again.stderr).toBe(0);
    const report = clausesOf(dir, 'jobs').find((c) => c.text.startsWith('Report.'))!;
    expect(report.id).not.toBe(last.id);
    expect(idNumber(report.id)).toBeGreaterThan(idNumber(last.id));
    expect(await proposedStates(dir)).toEqual([{ clause: last.id, state: 'stale' }]);
  });

  it('a round numbers the clauses it adds past an ID that a pending entry still names (民事诉讼法)', () => {
    const text = readFileSync(join(CORPUS, 'lawrefbook/minshi_susong_fa_2021.md'), 'utf8');
    const { draft } = parseDraft(importDraft(text, { format: 'markdown', source: 'msss.md' }).text, 'msss.md', 'msss');
    const highest = Math.max(...draft.clauses.map((c) => idNumber(c.id)));
    const gone = `c${highest + 5}`;
    const entry = (id: string, yaml: string) => parseEntry(`id: "${id}"\nunit: 最高人民法院\ncomment: 建议\n${yaml}`, `${id}.yaml`).entry!;
    const first = draft.clauses.find((c) => c.number === '第一条')!;
    const entries = [
      entry('1', `edits:\n  - op: add-clause\n    clause: ${first.id}\n    position: after\n    text: 第二条 新增的条文。\ndecision:\n  status: adopted\n`),
      entry('2', `edits:\n  - op: remove-clause\n    clause: ${gone}\ndecision:\n  status: pending\n`),
    ];
    const plan = nextRound(draft, entries, []);
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]!.id).toBe(`c${highest + 6}`);
  });

  it('assignIds gives every clause without an ID one that no clause has and none retired is (any draft)', () => {
    const id = fc.oneof(fc.integer({ min: 1, max: 400 }).map((n) => `c${n}`), fc.constantFrom('intro', 'c0', 'c01', '*'));
    fc.assert(
      fc.property(fc.array(fc.option(id, { nil: null }), { maxLength: 40 }), fc.array(id, { maxLength: 10 }), (ids, retired) => {
        const blocks = ids.map((block, line) => ({ id: block, heading: null, source: `第${line + 1}条 文本。`, line }));
        const result = assignIds(blocks, retired);
        const fresh = result.filter((_, i) => ids[i] === null).map((b) => b.id!);
        // Clauses with an ID keep it; the new IDs are new to the draft and to the retired list, and distinct.
        expect(result.map((b, i) => (ids[i] === null ? null : b.id))).toEqual(ids);
        expect(new Set(fresh).size).toBe(fresh.length);
        for (const given of fresh) {
          expect(given).toMatch(/^c[1-9]\d*$/u);
          expect(ids).not.toContain(given);
          expect(retired).not.toContain(given);
        }
      }),
    );
  });
});

/** The edits of the draft's only entry file, as written. */
function entryEdits(dir: string, name: string): Array<{ op: string; clause: string; text?: string }> {
  const folder = join(dir, 'feedback', name);
  const [file] = readdirSync(folder);
  return parseEntry(readFileSync(join(folder, file!), 'utf8'), file!).entry!.edits as Array<{ op: string; clause: string; text?: string }>;
}

describe('an ID line copied out of the draft file is no part of new text', () => {
  it('a comment quoting clauses with their ID lines proposes the text without them (明码标价规定)', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'rule');
    const comment = '建议将第三条修改为：“第三条 经营者应当遵循公开、公平、诚信的原则。\n\n<!-- #c8 -->\n经营者不得利用价格手段侵犯消费者的合法权益。”';
    expect((await redline(dir, 'feedback', 'add', '--unit', '商务部', '--comment', comment)).code).toBe(0);
    const third = clausesOf(dir, 'rule').find((c) => c.number === '第三条')!;
    expect(entryEdits(dir, 'rule')).toMatchObject([{ op: 'rewrite', clause: third.id, text: '经营者应当遵循公开、公平、诚信的原则。\n\n经营者不得利用价格手段侵犯消费者的合法权益。' }]);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    const revised = readFileSync(join(dir, 'out/rule.revised.md'), 'utf8');
    expect(revised).toContain('第三条 经营者应当遵循公开、公平、诚信的原则。\n\n经营者不得利用价格手段侵犯消费者的合法权益。\n');
    expect(revised).not.toContain('<!--');
  });

  it('an amendment quoting paragraphs with their ID lines proposes the text without them (H.R. 1000)', async () => {
    const dir = await corpusWorkspace('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'jobs');
    const fifth = clausesOf(dir, 'jobs').find((c) => c.text.startsWith('The human rights the United States has a duty'))!;
    const comment = 'Amend section 2(a)(5) to read as follows: “(5) The human rights the United States has a duty to promote are set forth in the Universal Declaration of Human Rights.\n\n<!-- #c20 -->\n(6) The Congress affirms these rights.”';
    expect((await redline(dir, 'feedback', 'add', '--unit', 'Rep. X', '--comment', comment)).code).toBe(0);
    expect(entryEdits(dir, 'jobs')).toMatchObject([{ op: 'rewrite', clause: fifth.id, text: 'The human rights the United States has a duty to promote are set forth in the Universal Declaration of Human Rights.\n\n(6) The Congress affirms these rights.' }]);
  });

  it('an entry file whose edit text holds an ID line is refused at that edit, and nothing is built', async () => {
    const dir = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk');
    const first = clausesOf(dir, 'xk').find((c) => c.number === '第一条')!;
    mkdirSync(join(dir, 'feedback/xk'), { recursive: true });
    writeFileSync(join(dir, 'feedback/xk/1.yaml'), `id: "1"\nunit: 司法部\ncomment: 建议增加一款\nedits:\n  - op: append\n    clause: ${first.id}\n    text: |-\n      新增的一款。\n      <!-- #c3 -->\n      另一款。\ndecision:\n  status: adopted\n`);
    // check found a problem (1); build cannot read its input (2).
    for (const [command, code] of [['check', 1], ['build', 2]] as const) {
      const result = await redline(dir, command);
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(/^feedback\/xk\/1\.yaml:7:\d+: error: text holds a clause ID line/mu);
    }
    expect(readdirSync(dir)).not.toContain('out');
  });
});


describe('a line meant as an ID line that is none', () => {
  it('is refused at its line by check and build, never published (行政许可法, 民事诉讼法)', async () => {
    for (const [file, name] of [['lawrefbook/xingzheng_xuke_fa_2019.md', 'xk'], ['lawrefbook/minshi_susong_fa_2021.md', 'ms']] as const) {
      const dir = await corpusWorkspace(file, name);
      const path = join(dir, `drafts/${name}.md`);
      const text = readFileSync(path, 'utf8');
      const line = text.split('\n').indexOf('<!-- #c5 -->') + 1;
      writeFileSync(path, text.replace('<!-- #c5 -->\n', '<!-- #c5x y -->\n'));
      const message = `drafts/${name}.md:${line}:1: error: "<!-- #c5x y -->" is not an ID line: an ID is a letter, then letters, digits, "_" or "-" (32 at most), as in <!-- #c12 --> [id-line]`;
      const checked = await redline(dir, 'check');
      expect(checked.code).toBe(1);
      expect(checked.stderr.split('\n')[0]).toBe(message);
      const built = await redline(dir, 'build');
      expect(built.code).toBe(2);
      expect(built.stderr.split('\n')[0]).toBe(message);
      expect(readdirSync(dir)).not.toContain('out');
    }
  });
});
