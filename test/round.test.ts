// redline round and redline blame: the next consultation round keeps clause
// IDs, archives the closed round, carries pending entries re-anchored; blame
// names the entries that changed a clause, across rounds and in git.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import { CORPUS, corpusWorkspace, redline, seedWorkspace, snapshot, tempDir } from './helpers/cli.js';

interface DiffJson {
  id: string;
  change: string;
  oldNumber?: string;
  before?: string;
  after?: string;
  newNumber?: string;
  matchedBy?: string;
}
interface ProposeJson {
  entry: string;
  edits: Array<{ index: number; state: string; before: string; after: string }>;
}

const clausesOf = (path: string) => parseDraft(readFileSync(path, 'utf8'), path, 'd').draft.clauses;
const json = <T>(text: string) => JSON.parse(text) as T;

function entryFile(dir: string, draft: string, id: string, edits: string, decision = 'status: pending'): void {
  mkdirSync(join(dir, 'feedback', draft), { recursive: true });
  writeFileSync(join(dir, 'feedback', draft, `${id}.yaml`), `id: "${id}"\nunit: 单位${id}\ncomment: 意见${id}\nedits:\n${edits}decision:\n  ${decision}\n`);
}

/** The seed decided as the page records it (3 partial), entries 1 and 6 adopted, 4 rejected; 2 and 5 stay pending. */
async function decidedSeed(): Promise<string> {
  const dir = await seedWorkspace();
  for (const args of [
    ['3', 'partial', '--edits', '1,3,4,5,6', '--reason', '应由区科技局牵头抓总', '--date', '2018-01-15'],
    ['1', 'adopt', '--date', '2018-01-20', '--by', '办公室'],
    ['6', 'adopt', '--date', '2018-01-20'],
    ['4', 'reject', '--reason', '另行研究', '--date', '2018-01-20'],
  ]) {
    const result = await redline(dir, 'decide', ...args);
    if (result.code !== 0) throw new Error(result.stderr);
  }
  return dir;
}

describe('redline round', () => {
  it('after decide + build + round: same IDs for unchanged clauses, an exact diff between rounds, pending entries anchored', async () => {
    const dir = await decidedSeed();
    expect((await redline(dir, 'build')).code).toBe(0);
    const before = readFileSync(join(dir, 'drafts/seed.md'), 'utf8');
    const result = await redline(dir, 'round', 'seed', '--date', '2018-02-01');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'round 1 of seed closed: its draft and its 6 entries (4 decided) kept in feedback/seed/round-1/',
        'drafts/seed.md is round 2: 56 clauses, IDs kept',
        '2 pending entries carried over:',
        '  entry 2 · 社区办: edit 1 ok, edit 2 ok',
        '  entry 5 · 区市监局: edit 1 ok, edit 2 ok',
        'response table of round 1: redline build --round 1; what changed: redline diff feedback/seed/round-1/draft.md drafts/seed.md',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'feedback/seed/round-1/draft.md'), 'utf8')).toBe(before);
    const round1 = clausesOf(join(dir, 'feedback/seed/round-1/draft.md'));
    const round2 = clausesOf(join(dir, 'drafts/seed.md'));
    const changedByAdoptedEdits = ['c10', 'c25', 'c26', 'c27', 'c28', 'c29', 'c48'];
    // Every clause keeps its ID and place; the unchanged ones their text.
    expect(round2.map((c) => c.id)).toEqual(round1.map((c) => c.id));
    for (const [i, clause] of round2.entries()) {
      if (!changedByAdoptedEdits.includes(clause.id)) expect(clause.text).toBe(round1[i]!.text);
    }
    const diff = await redline(dir, 'diff', 'feedback/seed/round-1/draft.md', 'drafts/seed.md', '--format', 'json');
    expect(diff.stderr).toBe('');
    // The front matter first: the draft is now round 2.
    const [frontMatter, ...clauseChanges] = json<DiffJson[]>(diff.stdout);
    expect(frontMatter).toMatchObject({ id: 'front-matter', change: 'changed' });
    expect(frontMatter!.after!.replace(frontMatter!.before!, '')).toMatch(/^\nround: 2$/mu);
    expect(clauseChanges.map((c) => [c.id, c.change, c.matchedBy])).toEqual(changedByAdoptedEdits.map((id) => [id, 'changed', undefined]));
    // Pending entries are in round two, their edits anchored in the new text.
    expect(readdirSync(join(dir, 'feedback/seed')).sort()).toEqual(['2.yaml', '5.yaml', 'round-1']);
    const proposals = json<ProposeJson[]>((await redline(dir, 'propose', '--json')).stdout);
    expect(proposals.map((p) => [p.entry, p.edits.map((e) => e.state)])).toEqual([
      ['2', ['ok', 'ok']],
      ['5', ['ok', 'ok']],
    ]);
    expect(await redline(dir, 'check')).toMatchObject({ code: 0, stdout: 'check: ok (1 draft(s), 2 entries, 4 edits)\n' });
    expect(readFileSync(join(dir, 'drafts/seed.md'), 'utf8')).toMatch(/\nround: 2\n---\n/u);
    expect(await redline(dir, 'fmt', '--check')).toMatchObject({ code: 0 });
  });

  it('refuses a --date that is not on the calendar, changing nothing', async () => {
    const dir = await seedWorkspace();
    const before = snapshot(dir);
    expect(await redline(dir, 'round', 'seed', '--date', '2018-02-30')).toMatchObject({ code: 2, stderr: 'redline: --date takes a date as YYYY-MM-DD, one that exists on the calendar (got "2018-02-30")\n' });
    expect(snapshot(dir)).toEqual(before);
  });

  it('names the round draft that cannot be read (a folder in its place), for build --round and blame', async () => {
    const dir = await decidedSeed();
    expect((await redline(dir, 'round', 'seed', '--date', '2018-02-01')).code).toBe(0);
    rmSync(join(dir, 'feedback/seed/round-1/draft.md'));
    mkdirSync(join(dir, 'feedback/seed/round-1/draft.md'));
    for (const args of [['build', '--round', '1'], ['blame', 'c5']]) {
      expect(await redline(dir, ...args)).toMatchObject({ code: 2, stderr: 'redline: cannot read feedback/seed/round-1/draft.md: it is a folder, not an ordinary file\n' });
    }
  });

  it('builds the closed round again, byte for byte as before the round', async () => {
    const dir = await decidedSeed();
    await redline(dir, 'build');
    const outputs = ['revised', 'feedback', 'comparison', 'redline'].map((o) => readFileSync(join(dir, `out/seed.${o}.md`), 'utf8'));
    await redline(dir, 'round', 'seed');
    const again = await redline(dir, 'build', '--round', '1');
    expect(again.stdout).toBe('wrote out/seed.round-1.revised.md\nwrote out/seed.round-1.feedback.md\nwrote out/seed.round-1.comparison.md\nwrote out/seed.round-1.redline.md\n');
    expect(['revised', 'feedback', 'comparison', 'redline'].map((o) => readFileSync(join(dir, `out/seed.round-1.${o}.md`), 'utf8'))).toEqual(outputs);
    expect(await redline(dir, 'build', '--round', '2')).toMatchObject({ code: 2, stderr: 'redline: no draft has a closed round 2 (rounds are kept in feedback/<draft>/round-<n>/)\n' });
    expect(await redline(dir, 'build', '--round', 'x')).toMatchObject({ code: 2 });
  });

  it('re-anchors a pending edit whose quote now repeats, and reports one whose words an adopted edit rewrote', async () => {
    const dir = await decidedSeed();
    // Adopted: puts “职业年金” earlier into item 18; pending: 8 changes the original “职业年金”, 9 quotes the words entry 1 rewrote.
    entryFile(dir, 'seed', '7', '  - op: insert\n    clause: c48\n    quote: 推进城乡居民养老保险和\n    position: before\n    text: 探索建立职业年金制度,\n', 'status: adopted');
    entryFile(dir, 'seed', '8', '  - op: replace\n    clause: c48\n    quote: 职业年金\n    text: 职业年金和企业年金\n');
    entryFile(dir, 'seed', '9', '  - op: replace\n    clause: c48\n    quote: 开展机关事业单位\n    text: 全面开展机关事业单位\n');
    const result = await redline(dir, 'round', 'seed', '--json');
    expect(result.code, result.stderr).toBe(0);
    const carried = json<{ carried: Array<{ entry: string; edits: Array<{ index: number; state: string; occurrence?: number; message?: string }> }> }>(result.stdout).carried;
    expect(carried.map((c) => [c.entry, c.edits.map((e) => [e.state, e.occurrence])])).toEqual([
      ['2', [['ok', undefined], ['ok', undefined]]],
      ['5', [['ok', undefined], ['ok', undefined]]],
      ['8', [['ok', 2]]],
      ['9', [['stale', undefined]]],
    ]);
    expect(carried[3]!.edits[0]!.message).toBe('entry 9, edit 1 (c48, 18): “开展机关事业单位” is not in c48');
    expect(readFileSync(join(dir, 'feedback/seed/8.yaml'), 'utf8')).toContain('    text: 职业年金和企业年金\n    occurrence: 2\n');
    const proposals = json<ProposeJson[]>((await redline(dir, 'propose', '8', '--json')).stdout);
    expect(proposals[0]!.edits[0]!.after).toContain('建立机关事业单位工作人员职业年金和企业年金。');
    expect(proposals[0]!.edits[0]!.after).toContain('探索建立职业年金制度,推进城乡居民养老保险');
  });

  it('gives a clause an adopted edit added the next unused ID, and names it in round.json and blame', async () => {
    const dir = await decidedSeed();
    entryFile(dir, 'seed', '7', '  - op: add-clause\n    clause: c55\n    position: after\n    text: 25.加强督查考核。\n', 'status: adopted\n  date: 2018-01-25');
    const result = await redline(dir, 'round', 'seed', '--date', '2018-02-01');
    expect(result.stdout).toContain('drafts/seed.md is round 2: 57 clauses, IDs kept; new clauses c57 (entry 7)\n');
    const round2 = clausesOf(join(dir, 'drafts/seed.md'));
    expect(round2.find((c) => c.id === 'c57')).toMatchObject({ number: '25', text: '加强督查考核。' });
    const record = json<{ round: number; draft: string; closed: string; added: Array<{ id: string; entries: string[] }>; carried: string[] }>(
      readFileSync(join(dir, 'feedback/seed/round-1/round.json'), 'utf8'),
    );
    expect(record).toMatchObject({ round: 1, draft: 'seed', closed: '2018-02-01', carried: ['2', '5'] });
    expect(record.added.map((a) => [a.id, a.entries])).toEqual([['c57', ['7']]]);
    expect((await redline(dir, 'blame', 'seed', 'c57')).stdout).toBe('c57 25 加强督查考核\n  round 1 · entry 7 · 单位7 · added · adopted 2018-01-25\n');
    // The only draft need not be named: one argument that names no draft is the clause, none is every changed clause.
    expect((await redline(dir, 'blame', 'c57')).stdout).toBe('c57 25 加强督查考核\n  round 1 · entry 7 · 单位7 · added · adopted 2018-01-25\n');
    expect((await redline(dir, 'blame')).stdout).toBe((await redline(dir, 'blame', 'seed')).stdout);
    // The new ID is never given again, even when the clause is removed in round two.
    entryFile(dir, 'seed', '10', '  - op: remove-clause\n    clause: c57\n', 'status: adopted');
    entryFile(dir, 'seed', '11', '  - op: add-clause\n    clause: c55\n    position: after\n    text: 25.强化考核。\n', 'status: adopted');
    await redline(dir, 'round', 'seed');
    // Item 25 comes after item 24, before the closing paragraph (which ends the numbered items).
    expect(clausesOf(join(dir, 'drafts/seed.md')).slice(-2).map((c) => [c.id, c.number])).toEqual([
      ['c58', '25'],
      ['c56', ''],
    ]);
  });

  it('with --name, the next round is a new draft that carries the whole history', async () => {
    const dir = await decidedSeed();
    const result = await redline(dir, 'round', 'seed', '--name', 'seed-2');
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(dir, 'drafts/seed.md'))).toBe(false);
    expect(existsSync(join(dir, 'feedback/seed'))).toBe(false);
    expect(readdirSync(join(dir, 'feedback/seed-2')).sort()).toEqual(['2.yaml', '5.yaml', 'round-1']);
    expect((await redline(dir, 'build', '--round', '1')).stdout).toContain('wrote out/seed.round-1.feedback.md\n');
    expect((await redline(dir, 'blame', 'seed-2', 'c48')).stdout).toBe('c48 18 建立更加健全社会保障体系\n  round 1 · entry 1 · 区人社局 · changed · adopted 2018-01-20 by 办公室\n');
    // (A round closes only with an entry decided: see round-refusals.test.ts.)
    expect(await redline(dir, 'decide', '2', 'reject', '--reason', '另行研究')).toMatchObject({ code: 0 });
    expect(await redline(dir, 'round', 'seed-2', '--name', 'seed-2')).toMatchObject({ code: 0 });
    expect(readdirSync(join(dir, 'feedback/seed-2')).sort()).toEqual(['5.yaml', 'round-1', 'round-2']);
  });

  it('refuses to close a round that would lose an adopted edit, changing nothing', async () => {
    const dir = await decidedSeed();
    entryFile(dir, 'seed', '7', '  - op: replace\n    clause: c48\n    quote: 不在文中\n    text: x\n', 'status: adopted');
    const before = snapshot(dir);
    const result = await redline(dir, 'round', 'seed');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'feedback/seed/7.yaml:5:1: error: adopted edit not applied, so the next round would lose it: entry 7, edit 1 (c48, 18): “不在文中” is not in c48 [stale]\nround: 1 problem(s); nothing changed\n',
    );
    expect(snapshot(dir)).toEqual(before);
    expect(await redline(dir, 'round', 'seed', '--name', '../x')).toMatchObject({ code: 2 });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('redline round on corpus documents', () => {
  const cases = [
    {
      file: 'lawrefbook/nianjie_fangjia_banfa_2013.md',
      name: 'nianjie',
      adopted: '  - op: replace\n    clause: c7\n    quote: 放假3天(农历正月初一、初二、初三)\n    text: 放假4天(农历除夕、正月初一、初二、初三)\n',
      pending: '  - op: replace\n    clause: c12\n    quote: 放假3天\n    text: 放假3天(10月1日至3日)\n',
      changed: [['c7', 'changed', '(二)', '(二)']],
    },
    {
      file: 'lawrefbook/lifa_fa_2015.md',
      name: 'lifa',
      adopted:
        '  - op: replace\n    clause: c8\n    quote: 统一和尊严\n    text: 统一、尊严、权威\n  - op: add-clause\n    clause: c8\n    position: after\n    text: 第五条 立法应当坚持和发展全过程人民民主，尊重和保障人权，保障和促进社会公平正义。\n',
      pending: '  - op: replace\n    clause: c9\n    quote: 坚持立法公开\n    text: 坚持立法公开，广泛听取意见\n',
      changed: [
        ['c8', 'changed', '第四条', '第四条'],
        ['c243', 'added', undefined, '第五条'],
        ['c9', 'renumbered', '第五条', '第六条'],
        ['c10', 'renumbered', '第六条', '第七条'],
      ],
    },
  ];
  for (const c of cases) {
    it(`${c.file}: the adopted changes and nothing else between rounds; the pending entry anchored; blame names the entry`, async () => {
      const dir = tempDir();
      await redline(dir, 'init');
      await redline(dir, 'import', join(CORPUS, c.file), '--name', c.name);
      entryFile(dir, c.name, '1', c.adopted, 'status: adopted\n  date: 2024-11-08');
      entryFile(dir, c.name, '2', c.pending);
      const result = await redline(dir, 'round', c.name, '--json');
      expect(result.code, result.stderr).toBe(0);
      const [frontMatter, ...diff] = json<DiffJson[]>((await redline(dir, 'diff', `feedback/${c.name}/round-1/draft.md`, `drafts/${c.name}.md`, '--json')).stdout);
      expect(frontMatter).toMatchObject({ id: 'front-matter', change: 'changed' });
      expect(diff.slice(0, c.changed.length).map((d) => [d.id, d.change, d.oldNumber, d.newNumber])).toEqual(c.changed);
      // Besides the adopted change, only renumbering: numbers and the references that follow them (本法第八条 → 第九条).
      const withoutNumbers = (text = '') => text.replace(/第[零一二三四五六七八九十百千]+(条|款|项)/gu, '第N$1');
      const others = diff.filter((d) => d.change === 'removed' || (d.change === 'changed' && d.id !== c.changed[0]![0]));
      expect(others.filter((d) => d.change === 'removed' || withoutNumbers(d.before) !== withoutNumbers(d.after)).map((d) => d.id)).toEqual([]);
      expect(json<ProposeJson[]>((await redline(dir, 'propose', '--json')).stdout).map((p) => [p.entry, p.edits.map((e) => e.state)])).toEqual([['2', ['ok']]]);
      const blame = json<Array<{ clause: string; changes: Array<{ entry: string; round: number; date: string; change: string }> }>>(
        (await redline(dir, 'blame', c.name, '--json')).stdout,
      );
      // The entry is behind its own changes, and behind the references its new article renumbered, as such.
      const blamed = [...c.changed.filter((x) => x[1] !== 'renumbered').map((x) => [x[0], x[1]]), ...others.map((d) => [d.id, 'references'])];
      const byId = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
      expect(blame.map((b) => [b.clause, b.changes.map((x) => [x.entry, x.round, x.date, x.change])]).sort(byId)).toEqual(
        blamed.map(([id, change]) => [id, [['1', 1, '2024-11-08', change]]]).sort(byId),
      );
    });
  }
});

describe('redline blame', () => {
  it('names entry 1 (区人社局) and its decision date for c48 of the seed, and the commit that recorded the decision', async () => {
    const dir = await seedWorkspace();
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x', GIT_COMMITTER_DATE: '2018-01-21T10:00:00Z' };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'import');
    expect((await redline(dir, 'blame', 'seed', 'c48')).stdout).toBe('c48 18 建立更加健全社会保障体系\n  no adopted edit changed it\n');
    await redline(dir, 'decide', '1', 'adopt', '--date', '2018-01-20', '--by', '办公室');
    expect((await redline(dir, 'blame', 'seed', 'c48')).stdout).toBe(
      'c48 18 建立更加健全社会保障体系\n  round 1 · entry 1 · 区人社局 · changed · adopted 2018-01-20 by 办公室 · decision not committed\n',
    );
    git('commit', '-qam', 'decide entry 1');
    const hash = git('rev-parse', 'HEAD').trim();
    const expected = `c48 18 建立更加健全社会保障体系\n  round 1 · entry 1 · 区人社局 · changed · adopted 2018-01-20 by 办公室 · commit ${hash.slice(0, 7)} 2018-01-21 decide entry 1\n`;
    expect((await redline(dir, 'blame', 'seed', 'c48')).stdout).toBe(expected);
    expect((await redline(dir, 'blame', 'seed', '18')).stdout).toBe(expected);
    // Through the round: the entry moves into round-1/, the commit is still the one that decided it.
    await redline(dir, 'decide', '3', 'partial', '--edits', '1', '--reason', 'x');
    await redline(dir, 'round', 'seed');
    git('add', '-A');
    git('commit', '-qm', 'round 2');
    const after = json<Array<{ clause: string; changes: Array<{ entry: string; unit: string; date: string; round: number; commit: { hash: string } }> }>>(
      (await redline(dir, 'blame', 'seed', 'c48', '--json')).stdout,
    );
    expect(after).toEqual([
      {
        clause: 'c48',
        number: '18',
        title: '建立更加健全社会保障体系',
        changes: [{ round: 1, entry: '1', unit: '区人社局', change: 'changed', decision: 'adopted', date: '2018-01-20', by: '办公室', commit: { hash, date: '2018-01-21', subject: 'decide entry 1' } }],
      },
    ]);
    expect(await redline(dir, 'blame', 'seed', 'c999')).toMatchObject({ code: 2, stderr: 'redline: seed has no clause c999 (give an ID such as c48, or a display number)\n' });
  });

  it('lists changes of two rounds to one clause, oldest first', async () => {
    const dir = await decidedSeed();
    await redline(dir, 'round', 'seed');
    entryFile(dir, 'seed', '12', '  - op: replace\n    clause: c48\n    quote: 基本完成\n    text: 全面完成\n', 'status: adopted\n  date: 2018-03-01');
    const lines = (await redline(dir, 'blame', 'seed', 'c48')).stdout;
    expect(lines).toBe(
      'c48 18 建立更加健全社会保障体系\n  round 1 · entry 1 · 区人社局 · changed · adopted 2018-01-20 by 办公室\n  round 2 · entry 12 · 单位12 · changed · adopted 2018-03-01\n',
    );
  });

  // An entry that adds or removes units renumbers the cross-references that cite the later ones: blame says so, not "changed".
  it('says an entry only renumbered a clause’s references, for the clauses it removed, beside another entry’s change there (公司法 2018)', async () => {
    const dir = await corpusWorkspace('lawrefbook/gongsi_fa_2018.md', 'd');
    await redline(dir, 'feedback', 'add', '--unit', '甲', '--comment', '建议删除第二十二条。');
    await redline(dir, 'feedback', 'add', '--unit', '乙', '--comment', '将第五十三条第（六）项中的“提起诉讼”修改为“向人民法院提起诉讼”。');
    await redline(dir, 'decide', '1', '2', 'adopt', '--date', '2024-01-02', '--by', '办公室');
    expect((await redline(dir, 'blame', 'd', 'c168')).stdout).toBe(
      'c168 （六） 依照本法第一百五十一条的规定，对董事、高级管理人员提起诉讼\n' +
        '  round 1 · entry 1 · 甲 · references renumbered for the clauses it removed · adopted 2024-01-02 by 办公室\n' +
        '  round 1 · entry 2 · 乙 · changed · adopted 2024-01-02 by 办公室\n',
    );
    const blamed = json<Array<{ clause: string; changes: Array<{ entry: string; change: string; moving?: string[] }> }>>((await redline(dir, 'blame', 'd', 'c122', '--json')).stdout);
    expect(blamed.map((b) => [b.clause, b.changes.map((c) => [c.entry, c.change, c.moving])])).toEqual([['c122', [['1', 'references', ['removed']]]]]);
  });

  it('says an entry only renumbered a clause’s references, for the articles it added (民事诉讼法 2021, a new 节 of four articles)', async () => {
    const dir = await corpusWorkspace('lawrefbook/minshi_susong_fa_2021.md', 'msf');
    await redline(dir, 'feedback', 'add', '--unit', '民政部', '--comment', '建议在第一百九十三条后增加一节：“第四节 指定遗产管理人案件”，并增加四条：“对遗产管理人的确定有争议，利害关系人申请指定遗产管理人的，向被继承人死亡时住所地或者主要遗产所在地基层人民法院提出。”“人民法院受理申请后，应当审查核实，并按照有利于遗产管理的原则，判决指定遗产管理人。”“被指定的遗产管理人死亡、终止、丧失民事行为能力或者存在其他无法继续履行遗产管理职责情形的，人民法院可以根据利害关系人或者本人的申请另行指定遗产管理人。”“遗产管理人违反遗产管理职责，严重侵害继承人、受遗赠人或者债权人合法权益的，人民法院可以根据利害关系人的申请，撤销其遗产管理人资格，并依法指定新的遗产管理人。”');
    await redline(dir, 'decide', '1', 'adopt', '--date', '2023-09-01', '--by', '起草组');
    expect((await redline(dir, 'blame', 'msf', 'c509')).stdout).toBe(
      'c509 第二百一十二条 当事人申请再审，应当在判决、裁定发生法律效力后六个月内提出\n  round 1 · entry 1 · 民政部 · references renumbered for the clauses it added · adopted 2023-09-01 by 起草组\n',
    );
    const lines = (await redline(dir, 'blame', 'msf')).stdout.split('\n');
    expect(lines.filter((l) => l.includes(' · changed · '))).toEqual([]);
  });
});

describe('redline blame of a clause added in the open round', () => {
  // It has no ID until the round closes: shown as new, with its number, not by an internal key.
  for (const [file, name, after, text, number] of [
    ['lawrefbook/zhuanli_fa_shishi_xize_2010.md', 'patent', '第十条', '第十条之后的新条文。', '第十一条'],
    ['gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt', 'guize', '六', '七、新增的一项规则。', '七'],
  ] as const) {
    it(`${name}: new ${number}`, async () => {
      const dir = tempDir();
      await redline(dir, 'init');
      await redline(dir, 'import', join(CORPUS, file), '--name', name);
      const clauses = json<Array<{ id: string; number: string }>>((await redline(dir, 'clauses', '--json')).stdout);
      const anchor = clauses.find((c) => c.number === after)!.id;
      entryFile(dir, name, '1', `  - op: add-clause\n    clause: ${anchor}\n    position: after\n    text: ${text}\n`, 'status: adopted\n  date: 2024-11-08');
      const shown = (await redline(dir, 'blame', name)).stdout.split('\n');
      // (After the clauses whose references it renumbered.)
      const at = shown.indexOf(`new ${number}`);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(shown[at + 1]).toBe('  round 1 · entry 1 · 单位1 · added · adopted 2024-11-08');
      const rows = json<Array<{ clause: string; number: string; changes: Array<{ newNumber?: string }> }>>((await redline(dir, 'blame', name, '--json')).stdout);
      const added = rows.find((r) => r.clause.startsWith(`${anchor}+`))!;
      expect(added).toMatchObject({ number, changes: [{ newNumber: number }] });
    });
  }
});

describe('round refuses to close over a reference that adopted edits leave dangling, as check does', () => {
  it.each([
    ['lawrefbook/xingzheng_xuke_fa_2019.md', '删除第六十七条第一款。', '第六十七条'],
    ['gov_cn_policies/guoling_707_geren_suodeshui_fa_shishi_tiaoli_2018.txt', '删除第二十一条第二款。', '第二十一条'],
  ])('%s: %s leaves 前款 citing what is gone; nothing changes', async (file, comment, article) => {
    const dir = await corpusWorkspace(file, 'd');
    expect((await redline(dir, 'feedback', 'add', '--unit', '甲', '--comment', comment)).code).toBe(0);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    const check = await redline(dir, 'check');
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/前款.*\[dangling-reference\]/u);
    const before = snapshot(dir);
    const round = await redline(dir, 'round');
    expect(round.code).toBe(1);
    expect(round.stderr).toMatch(new RegExp(`^feedback/d/1\\.yaml:\\d+:1: error: entry 1, edit 1: ${article}.*“前款”; the next round's draft would keep that reference \\[dangling-reference\\]$`, 'mu'));
    expect(round.stderr).toMatch(/^round: 1 problem\(s\); nothing changed$/mu);
    expect(snapshot(dir)).toEqual(before);
  });
});
