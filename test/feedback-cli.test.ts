// feedback add / import / list and propose through the CLI.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { CORPUS, corpusWorkspace, redline, seedWorkspace, snapshot } from './helpers/cli.js';

async function withEnv(cwd: string, env: Record<string, string>, ...args: string[]) {
  let stdout = '';
  const code = await run(args, { cwd, env, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false });
  return { code, stdout };
}

describe('redline import of the whole page', () => {
  it('writes the six entries beside the draft, and refuses to overwrite them without --force', async () => {
    const dir = await seedWorkspace();
    expect(readdirSync(join(dir, 'feedback/seed')).sort()).toEqual(['1.yaml', '2.yaml', '3.yaml', '4.yaml', '5.yaml', '6.yaml']);
    const entry = readFileSync(join(dir, 'feedback/seed/6.yaml'), 'utf8');
    expect(entry).toContain('unit: 区商务局\n');
    expect(entry).toContain('comment: 第3页,建议将“进出口总额达到13343万美元”改为“20000万美元”。\n');
    expect(entry).toContain('decision:\n  status: pending\n');
  });
});

describe('redline feedback import', () => {
  it('imports a CSV table with proposals; importing it again adds nothing and says so', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'more.csv'), '序号,单位,主要意见\n7,区财政局,"第17项建议将“提升医疗卫生计生水平”改为“提升医疗卫生健康水平”"\n8,市民,写得很好\n');
    const result = await redline(dir, 'feedback', 'import', 'more.csv');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('more.csv:1: 2 row(s); columns: 序号 → number, 单位 → unit, 主要意见 → comment\nimported 2 entries (7–8), 1 proposed edits, 1 comment-only into feedback/seed/\n');
    const list = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Array<{ id: string; edits: Array<{ op: string; quote: string; text: string; state: string }> }>;
    expect(list.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(list[6]!.edits).toEqual([expect.objectContaining({ op: 'replace', quote: '计生', text: '健康', state: 'ok' })]);
    expect(list[7]!.edits).toEqual([]);
    const before = snapshot(dir);
    const again = await redline(dir, 'feedback', 'import', 'more.csv');
    expect(again).toEqual({
      code: 0,
      stdout: 'more.csv:1: 2 row(s); columns: 序号 → number, 单位 → unit, 主要意见 → comment\n2 row(s) already imported before, not added again (entries 7–8)\nnothing new: every row is already an entry in feedback/seed/\n',
      stderr: '',
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('knows a table with no unit column again, whatever --unit the second import gives (BOEM’s comment-response pairs, a CSV on 明码标价规定)', async () => {
    const boem = await corpusWorkspace('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', 'boem');
    const pairs = join(CORPUS, 'us_federal_register/boem_fr2017-21233_comment_response_pairs.tsv');
    expect((await redline(boem, 'feedback', 'import', pairs)).stdout).toMatch(/imported 20 entries \(1–20\)/u);
    const before = snapshot(boem);
    // Before, the 20 rows were added again as entries 21–40.
    expect((await redline(boem, 'feedback', 'import', pairs, '--unit', 'Public')).stdout).toMatch(/20 row\(s\) already imported before, not added again \(entries 1–20\)\nnothing new/u);
    expect(snapshot(boem)).toEqual(before);
    const rule = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'rule');
    writeFileSync(join(rule, 'c.csv'), '序号,意见\n1,建议将第三条中的“诚实信用”修改为“诚信”。\n');
    expect((await redline(rule, 'feedback', 'import', 'c.csv', '--unit', '消协')).stdout).toMatch(/imported 1 entries \(1\)/u);
    expect((await redline(rule, 'feedback', 'import', 'c.csv', '--unit', '市消费者协会')).stdout).toMatch(/1 row\(s\) already imported before/u);
    // The same comment in another file is a new row, as before (another office may send the same words).
    writeFileSync(join(rule, 'd.csv'), '序号,意见\n1,建议将第三条中的“诚实信用”修改为“诚信”。\n');
    expect((await redline(rule, 'feedback', 'import', 'd.csv', '--unit', '市消费者协会')).stdout).toMatch(/imported 1 entr/u);
  });
});

describe('redline feedback add', () => {
  it('refuses an empty comment and writes nothing (the file it wrote was refused by every later command)', async () => {
    const dir = await seedWorkspace();
    const before = snapshot(dir);
    for (const comment of ['', '   ']) {
      expect(await redline(dir, 'feedback', 'add', '--unit', '区教育局', '--comment', comment)).toMatchObject({ code: 2, stderr: 'redline: --comment is empty: an entry is a comment; give its words; no file was changed\n' });
    }
    expect(snapshot(dir)).toEqual(before);
    expect((await redline(dir, 'check')).code).toBe(0);
  });

  it('proposes edits from the wording, with the next id', async () => {
    const dir = await seedWorkspace();
    const result = await redline(dir, 'feedback', 'add', '--unit', '区教育局', '--comment', '建议将“进出口总额达到13343万美元”改为“15000万美元”', '--contact', '0562-1234567');
    expect(result.stdout).toBe('added entry 7 with 1 edit(s) in feedback/seed/7.yaml\n');
    const file = readFileSync(join(dir, 'feedback/seed/7.yaml'), 'utf8');
    expect(file).toContain('contact: 0562-1234567\n');
    expect(file).toContain('quote: "13343"\n    text: "15000"\n');
  });

  it('says which proposed edit could not be made and why, on the seed and on a statute', async () => {
    const seed = await seedWorkspace();
    const onSeed = await redline(seed, 'feedback', 'add', '--unit', '区教育局', '--comment', '建议将第18项中的“社会保障卡”改为“社保卡”');
    expect(onSeed).toMatchObject({ code: 0, stdout: 'added entry 7 with 0 edit(s) in feedback/seed/7.yaml\nnot made: 将第18项中的“社会保障卡”改为“社保卡” — “社会保障卡” is not in 六、18.; nearest: “社会保障体系”\nno edit could be made from the comment: add one with --op, or edit the file\n' });
    const law = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk');
    const onLaw = await redline(law, 'feedback', 'add', '--unit', '某局', '--comment', '建议将“公共安全”改为“公众安全”，将第十二条中的“专项经费”改为“资金”。');
    expect(onLaw.code, onLaw.stderr).toBe(0);
    const ambiguous = '将“公共安全”改为“公众安全” — “公共安全” is in 8 clauses (第十二条第（一）项, 第十二条第（四）项, 第二十八条, 第六十二条第二款, …): name the one meant';
    expect(onLaw.stdout.split('\n')).toEqual([
      'added entry 1 with 0 edit(s) in feedback/xk/1.yaml',
      `not made: ${ambiguous}`,
      'not made: 将第十二条中的“专项经费”改为“资金” — “专项经费” is not in 第十二条',
      'no edit could be made from the comment: add one with --op, or edit the file',
      '',
    ]);
    // An edit given by hand on that quote settles its note; the other stays.
    const clauses = JSON.parse((await redline(law, 'clauses', '--json')).stdout) as Array<{ id: string; number: string; parent: string | null }>;
    const article = clauses.find((c) => c.number === '第十二条')!;
    const item = clauses.find((c) => c.parent === article.id && c.number === '（一）')!;
    const edit = await redline(law, 'feedback', 'edit', '1', '--op', 'replace', '--clause', item.id, '--quote', '公共安全', '--text', '公众安全');
    expect(edit.code, edit.stderr).toBe(0);
    expect(edit.stdout.split('\n').slice(1)).toEqual([`settled: ${ambiguous}`, '']);
    const file = readFileSync(join(law, 'feedback/xk/1.yaml'), 'utf8');
    expect(file).not.toContain('“公共安全” is in 8 clauses');
    expect(file).toContain('unparsed:\n  - 将第十二条中的“专项经费”改为“资金” — “专项经费” is not in 第十二条\n');
    expect((await redline(law, 'propose', '1')).stdout).not.toContain('公共安全” is in 8 clauses');
    // Named in one article, the words change every time they stand in it: both of 第十二条's items.
    const both = await redline(law, 'feedback', 'add', '--unit', '某局', '--comment', '建议将第十二条中的“公共安全”改为“公众安全”。');
    expect(both.stdout).toBe('added entry 2 with 2 edit(s) in feedback/xk/2.yaml\n');
  });

  it('settles the note of a new text the wording could not place once the clerk adds it by hand (上海市优化营商环境条例, 立法法)', async () => {
    for (const [file, name, article, text] of [
      ['lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', 'ys', '第二十一条', '企业等经营主体以应收账款申请担保融资的，应付款方应当及时确认债权债务关系。'],
      ['lawrefbook/lifa_fa_2015.md', 'lifa', '第七条', '全国人民代表大会可以授权全国人民代表大会常务委员会制定相关法律。'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      const added = await redline(dir, 'feedback', 'add', '--unit', '某局', '--comment', `建议在合适位置增加一款：“${text}”另，建议将“人民”改为“人民人民”。`);
      const note = `增加一款：“${text}” — where to add the new clause is not said`;
      expect(added.stdout).toContain(`not made: ${note}\n`);
      const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; number: string }>;
      const edit = await redline(dir, 'feedback', 'edit', '1', '--op', 'add-clause', '--clause', clauses.find((c) => c.number === article)!.id, '--position', 'inside', '--text', text);
      expect(edit.code, edit.stderr).toBe(0);
      expect(edit.stdout.split('\n').slice(1)).toEqual([`settled: ${note}`, '']);
      expect((await redline(dir, 'propose', '1')).stdout).not.toContain('where to add the new clause is not said');
      // The note about the other request stays.
      expect(readFileSync(join(dir, `feedback/${name}/1.yaml`), 'utf8')).toMatch(/unparsed:\n  - .*人民人民/u);
    }
  });

  it('adds an edit given by flags, and refuses one that does not apply, writing nothing', async () => {
    const dir = await seedWorkspace();
    const ok = await redline(dir, 'feedback', 'add', '--unit', '区民政局', '--comment', '责任单位增加区民政局', '--op', 'add-units', '--clause', 'c47', '--role', 'responsible', '--units', '区民政局');
    expect(ok.code, ok.stderr).toBe(0);
    const propose = JSON.parse((await redline(dir, 'propose', '7', '--format', 'json')).stdout) as Array<{ edits: Array<{ state: string; after: string }> }>;
    expect(propose[0]!.edits[0]!.state).toBe('ok');
    expect(propose[0]!.edits[0]!.after.endsWith('(牵头单位:区卫计局;责任单位:区民政局)')).toBe(true);
    const before = snapshot(dir);
    const bad = await redline(dir, 'feedback', 'add', '--unit', 'x', '--comment', 'y', '--op', 'replace', '--clause', 'c47', '--quote', '不存在', '--text', 'z');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('redline: the edit does not apply: edit 1 (c47, 17): “不存在” is not in c47\n');
    expect(snapshot(dir)).toEqual(before);
  });

  it('says a locator that names nothing as the draft numbers its units, on a statute and on a bill', async () => {
    const law = await corpusWorkspace('lawrefbook/zhuanli_fa_shishi_xize_2010.md', 'patent');
    const article = await redline(law, 'feedback', 'add', '--unit', '司法部', '--comment', '建议将第二百条中的“申请人”修改为“当事人”。');
    expect(article).toEqual({
      code: 0,
      stdout:
        'added entry 1 with 0 edit(s) in feedback/patent/1.yaml\n' +
        'not made: 将第二百条中的“申请人”修改为“当事人” — the draft has no 第二百条 (it has 第一条 to 第一百二十三条)\n' +
        'no edit could be made from the comment: add one with --op, or edit the file\n',
      stderr: '',
    });
    const item = await redline(law, 'feedback', 'add', '--unit', '司法部', '--comment', '建议删除第十六条第（十）项。');
    expect(item.stdout.split('\n')[1]).toBe('not made: 删除第十六条第（十）项 — 第十六条 has no 第（十）项 (it has 第（一）项 to 第（九）项)');
    const bill = await corpusWorkspace('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'jobs');
    const section = await redline(bill, 'feedback', 'add', '--unit', 'NELP', '--comment', 'In section 4(b), strike “shall” and insert “may”.');
    expect(section.stdout.split('\n')[1]).toBe('not made: strike “shall” and insert “may” — the draft has no section 4 (the nearest are sections 3 and 101)');
    const subsection = await redline(bill, 'feedback', 'add', '--unit', 'NELP', '--comment', 'In section 3(b)(2), strike “shall” and insert “may”.');
    expect(subsection.stdout.split('\n')[1]).toBe('not made: strike “shall” and insert “may” — section 3 has no subsection (b) (it has no subsections)');
  });

  it('refuses a --clause that names no clause without naming an entry it did not write; takes one cited as the clerk cites it (第十条, section 313(b)) as its ID', async () => {
    const law = await corpusWorkspace('lawrefbook/zhuanli_fa_shishi_xize_2010.md', 'patent');
    const before = snapshot(law);
    const add = (clause: string) => redline(law, 'feedback', 'add', '--unit', '司法部', '--comment', 'x', '--op', 'replace', '--clause', clause, '--quote', 'a', '--text', 'b');
    expect(await add('c999')).toEqual({ code: 2, stdout: '', stderr: 'redline: the edit does not apply: edit 1 (c999): clause c999 is not in the draft; `redline clauses` lists the IDs\n' });
    // (The citation is read as c28, whose text has no “a”: refused for the quote, not the clause.)
    expect((await add('第十条')).stderr).toBe('redline: the edit does not apply: edit 1 (c28, 第十条): “a” is not in c28\n');
    expect((await add('第九百条')).stderr).toBe('redline: the edit does not apply: edit 1 (第九百条): clause 第九百条 is not in the draft; --clause takes a clause ID (such as c12), not a number: `redline clauses` lists them\n');
    expect(snapshot(law)).toEqual(before);
    // An entry that exists is named.
    await redline(law, 'feedback', 'add', '--unit', '司法部', '--comment', '建议加强管理。');
    const edit = await redline(law, 'feedback', 'edit', '1', '--op', 'replace', '--clause', 'c999', '--quote', 'a', '--text', 'b');
    expect(edit.stderr).toBe('redline: the edit does not apply: entry 1, edit 1 (c999): clause c999 is not in the draft; `redline clauses` lists the IDs\n');
    // feedback edit 1 --clause 第十条: the entry keeps the ID, as if c28 were given.
    const cited = await redline(law, 'feedback', 'edit', '1', '--op', 'replace', '--clause', '第十条', '--quote', '违反法律', '--text', '违反国家法律');
    expect(cited).toEqual({ code: 0, stdout: 'entry 1: added edit 1 (replace in c28) in feedback/patent/1.yaml\n', stderr: '' });
    expect(readFileSync(join(law, 'feedback/patent/1.yaml'), 'utf8')).toContain('  - op: replace\n    clause: c28\n    quote: 违反法律\n');
    const bill = await corpusWorkspace('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'jobs');
    const onBill = await redline(bill, 'feedback', 'add', '--unit', 'NELP', '--comment', 'x', '--op', 'replace', '--clause', 'section 313(b)', '--quote', 'Disputes regarding', '--text', 'Disputes about');
    expect(onBill).toEqual({ code: 0, stdout: 'added entry 1 with 1 edit(s) in feedback/jobs/1.yaml\n', stderr: '' });
    expect(readFileSync(join(bill, 'feedback/jobs/1.yaml'), 'utf8')).toContain('    clause: c271\n');
  });
});

describe('redline feedback list', () => {
  it('lists entries with edit states and decisions', async () => {
    const dir = await seedWorkspace();
    const result = await redline(dir, 'feedback', 'list');
    expect(result.stdout.split('\n').filter((l) => !l.startsWith('    '))).toEqual([
      '1  区人社局  pending  2 edit(s): 2 ok',
      '2  社区办  pending  2 edit(s): 2 ok',
      '3  区科技局  partial  6 edit(s): 6 ok',
      '4  区卫计局  pending  2 edit(s): 2 ok',
      '5  区市监局  pending  2 edit(s): 2 ok',
      '6  区商务局  pending  1 edit(s): 1 ok',
      '',
    ]);
    // Under a decided entry, the office's reason, cut to the line: the imported 部分采纳's came through.
    const lines = result.stdout.split('\n');
    expect(lines[lines.indexOf('3  区科技局  partial  6 edit(s): 6 ok') + 2]).toMatch(/^ {4}— 高新区虽为我区创新平台建设的重要阵地.{20,}…$/u);
    expect(lines.filter((l) => l.startsWith('    — '))).toHaveLength(1);
  });

  it('shows each decided entry’s reason under it, as the imported table gave it (明码标价规定)', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'rule');
    writeFileSync(join(dir, 'comments.csv'), '序号,单位,意见,反馈意见采纳情况,备注\n1,县商务局,建议删除第九条第一款中的“一般”。,不采纳,需保留例外情形\n2,县市场监管局,建议将第十条中的“收购粮食等农产品”改为“收购粮食、蔬菜等农产品”。,采纳,已电话沟通\n');
    expect((await redline(dir, 'feedback', 'import', 'comments.csv')).code).toBe(0);
    const { stdout } = await redline(dir, 'feedback', 'list');
    expect(stdout.split('\n').filter((l) => !l.startsWith('    建议'))).toEqual(['1  县商务局  rejected  1 edit(s): 1 ok', '    — 需保留例外情形', '2  县市场监管局  adopted  1 edit(s): 1 ok', '']);
  });

  it('reports a broken entry with file, line and column (exit 2)', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'feedback/seed/2.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('op: insert', 'op: inject'));
    const result = await redline(dir, 'feedback', 'list');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^feedback\/seed\/2\.yaml:\d+:9: error: unknown op "inject" \(one of replace, delete, insert, append, rewrite, rewrite-first-paragraph, replace-all, add-clause, remove-clause, remove-first-paragraph, add-units, remove-units, set-lead\) \[entry\]\n$/);
  });
});

describe('redline propose', () => {
  it('prints git-style markers without colors and ANSI colors when forced', async () => {
    const dir = await seedWorkspace();
    const plain = await withEnv(dir, { NO_COLOR: '1' }, 'propose', '6');
    expect(plain.stdout).toContain('进出口总额达到[-13343-]{+20000+}万美元。');
    expect(plain.stdout).not.toContain('\u001b[');
    const colored = await withEnv(dir, { FORCE_COLOR: '1' }, 'propose', '6');
    expect(colored.stdout).toContain('\u001b[31m\u001b[9m13343\u001b[29m\u001b[39m');
    expect(colored.stdout).toContain('\u001b[32m\u001b[4m20000\u001b[24m\u001b[39m');
  });

  it('renders Markdown for a pull request comment', async () => {
    const dir = await seedWorkspace();
    const result = await redline(dir, 'propose', '4', '--format', 'markdown');
    expect(result.stdout).toContain('### Entry 4 — 区卫计局 (pending)');
    expect(result.stdout).toContain('1. `replace` in c47 (17 提升医疗卫生计生水平) — ok');
    expect(result.stdout).toContain('<del>预防保健</del><ins>公共卫生专业</ins>机构');
    expect(result.stdout).toContain('2. `delete` in c47 (17 提升医疗卫生计生水平) — ok');
  });

  it('never writes escape sequences from a comment to the terminal', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'feedback/seed/6.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^comment: (.*)$/m, 'comment: "\\e[2J\\e]0;owned\\a$1"'));
    const result = await withEnv(dir, { FORCE_COLOR: '1' }, 'propose', '6');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b[2J');
    expect(result.stdout).not.toContain('\u0007');
    expect(result.stdout).toContain('\\u{1b}[2J\\u{1b}]0;owned\\u{7}第3页');
  });

  it('marks a conflict between two entries, naming the other', async () => {
    const dir = await seedWorkspace();
    await redline(dir, 'feedback', 'add', '--unit', '区统计局', '--comment', '建议将“13343万美元”改为“18000万美元”');
    const result = JSON.parse((await redline(dir, 'propose', '6', '7', '--format', 'json')).stdout) as Array<{ entry: string; edits: Array<{ state: string; conflictsWith?: unknown }> }>;
    expect(result.map((p) => [p.entry, p.edits[0]!.state, p.edits[0]!.conflictsWith])).toEqual([
      ['6', 'conflict', [{ entry: '7', index: 1 }]],
      ['7', 'conflict', [{ entry: '6', index: 1 }]],
    ]);
  });

  it('says which entry ids do not exist (exit 2)', async () => {
    const dir = await seedWorkspace();
    expect(await redline(dir, 'propose', '9')).toMatchObject({ code: 2, stderr: 'redline: no feedback entry 9 for seed\n' });
  });
});

describe('feedback edit after a misquote', () => {
  it('settles the note that the words are not in the article where the clerk makes the edit, and check --final then passes (明码标价规定, 行政许可法; from a new user)', async () => {
    for (const [file, name, comment, article, quote] of [
      ['lawrefbook/samr_mingma_biaojia_2022.md', 'mingma', '建议删除第八条中的“或者收取未予标明的费用”。', '第八条', '，不得收取任何未予标明的费用'],
      ['lawrefbook/xingzheng_xuke_fa_2019.md', 'xk', '建议删除第一条中的“保护公民和法人的合法权益，”。', '第一条', '保护公民、法人和其他组织的合法权益，'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      const added = await redline(dir, 'feedback', 'add', '--unit', '某局', '--comment', comment);
      expect(added.stdout).toMatch(new RegExp(`not made: .* is not in ${article}`, 'u'));
      const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; number: string }>;
      const edit = await redline(dir, 'feedback', 'edit', '1', '--op', 'delete', '--clause', clauses.find((c) => c.number === article)!.id, '--quote', quote);
      expect(edit.code, edit.stderr).toBe(0);
      expect(edit.stdout).toMatch(new RegExp(`\\nsettled: .* is not in ${article}`, 'u'));
      expect((await redline(dir, 'decide', '1', 'adopt', '--date', '2024-01-02', '--by', '甲')).code).toBe(0);
      const final = await redline(dir, 'check', '--final');
      expect(final.stderr).not.toContain('adopted-without-edit');
      expect(final.code).toBe(0);
    }
  });

  it('settles a request not made into an edit whose words name the place the clerk then edits (BOEM rule § 583.345(a); from a walk where check --final failed until a made-up reason was given)', async () => {
    const dir = await corpusWorkspace('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', 'boem');
    const added = await redline(dir, 'feedback', 'add', '--unit', 'USACE', '--comment', 'BOEM should change the 30-day period in § 583.345(a) to 60 days.');
    const note = 'should change the 30-day period in § 583.345(a) to 60 days — the new text is not quoted';
    expect(added.stdout).toContain(`not made: ${note}\n`);
    const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; text: string }>;
    const paragraph = clauses.find((c) => c.text.startsWith('Unless otherwise provided for in the agreement, the parties'))!.id;
    const edit = await redline(dir, 'feedback', 'edit', '1', '--op', 'replace', '--clause', paragraph, '--quote', '30 days', '--text', '60 days');
    expect(edit.stdout).toBe(`entry 1: added edit 1 (replace in ${paragraph}) in feedback/boem/1.yaml\nsettled: ${note}\n`);
    expect((await redline(dir, 'decide', '1', 'adopt', '--date', '2024-01-02', '--by', 'staff')).code).toBe(0);
    const final = await redline(dir, 'check', '--final');
    expect(final.stderr).not.toContain('adopted-without-edit');
    expect(final.code).toBe(0);
    // An edit elsewhere settles nothing: the note stays, and check --final says so.
    const other = await redline(dir, 'feedback', 'add', '--unit', 'USACE', '--comment', 'BOEM should change the 30-day period in § 583.345(a) to 60 days.');
    expect(other.code).toBe(0);
    const elsewhere = clauses.find((c) => c.text.startsWith('Person') || c.text.includes('Modification'))!.id;
    const unrelated = await redline(dir, 'feedback', 'edit', '2', '--op', 'replace', '--clause', elsewhere, '--quote', 'the', '--text', 'a', '--occurrence', '1');
    expect(unrelated.stdout).not.toContain('settled:');
  });

  it('settles it by an edit in an item of the article the note names, the notes’ names and its own being one function’s (立法法 第八条第（六）项)', async () => {
    const dir = await corpusWorkspace('lawrefbook/lifa_fa_2015.md', 'lifa');
    const added = await redline(dir, 'feedback', 'add', '--unit', '市人大', '--comment', '建议将第八条中的“税收的设立”修改为“税种的开征”。');
    expect(added.stdout).toContain('not made: 将第八条中的“税收的设立”修改为“税种的开征” — “税收的设立” is not in 第八条; nearest: “税种的设立” (第八条第（六）项)\n');
    const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; text: string }>;
    const item = clauses.find((c) => c.text.startsWith('税种的设立'))!.id;
    // Neither the quote nor the new words are the note's: only the place settles it.
    const edit = await redline(dir, 'feedback', 'edit', '1', '--op', 'replace', '--clause', item, '--quote', '设立', '--text', '开征');
    expect(edit.stdout).toBe(`entry 1: added edit 1 (replace in ${item}) in feedback/lifa/1.yaml\nsettled: 将第八条中的“税收的设立”修改为“税种的开征” — “税收的设立” is not in 第八条; nearest: “税种的设立” (第八条第（六）项)\n`);
  });
});
