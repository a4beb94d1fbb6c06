// One rule for decisions (src/core/feedback/decision.ts): a partial or
// rejected decision needs a reason, a partial one its adopted edits, and the
// edits it names are the entry's. `decide`, `review --answers` and `check`
// ask the same function and say what it found in their own terms.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideHint } from '../src/cli/decisions.js';
import { describeDecision, lacking, makeDecision } from '../src/core/feedback/decision.js';
import { CORPUS, corpusWorkspace, redline, seedWorkspace, snapshot } from './helpers/cli.js';

const entry = { id: '3', edits: ['a', 'b', 'c'] };

describe('makeDecision', () => {
  it('makes the decision a clerk asks for: reason trimmed, edits sorted once each', () => {
    expect(makeDecision({ status: 'partial', edits: [3, 1, 3], reason: ' 应由区科技局牵头抓总 ', by: '李四', date: '2018-01-20' }, entry)).toEqual({
      decision: { status: 'partial', edits: [1, 3], reason: '应由区科技局牵头抓总', by: '李四', date: '2018-01-20' },
    });
    expect(makeDecision({ status: 'adopted', by: '李四', date: '2018-01-20' }, entry)).toEqual({ decision: { status: 'adopted', by: '李四', date: '2018-01-20' } });
    // Back to pending: no one and no date stand behind it.
    expect(makeDecision({ status: 'pending', by: '李四', date: '2018-01-20' }, entry)).toEqual({ decision: { status: 'pending' } });
  });

  it('says what each status lacks', () => {
    expect(makeDecision({ status: 'rejected', reason: '  ' })).toEqual({ problems: [{ field: 'reason', kind: 'missing', message: 'a rejected decision needs a reason' }] });
    // Characters that show nothing are no reason either (a zero-width space pasted from a web page, a BOM, a soft hyphen).
    for (const reason of ['\u200b', ' \u200b\u200c\u2060 ', '\ufeff', '\u00ad\n']) {
      expect(makeDecision({ status: 'rejected', reason })).toEqual({ problems: [{ field: 'reason', kind: 'missing', message: 'a rejected decision needs a reason' }] });
      expect(lacking({ status: 'rejected', reason })).toEqual(['reason']);
    }
    expect(makeDecision({ status: 'rejected', reason: '\u200b与上位法不符 ' })).toEqual({ decision: { status: 'rejected', reason: '\u200b与上位法不符' } });
    expect(makeDecision({ status: 'partial' })).toEqual({
      problems: [
        { field: 'reason', kind: 'missing', message: 'a partial decision needs a reason' },
        { field: 'edits', kind: 'missing', message: 'a partial decision needs the numbers of the adopted edits' },
      ],
    });
    expect(makeDecision({ status: 'adopted', edits: [1] })).toEqual({ problems: [{ field: 'edits', kind: 'misplaced', message: 'edits go with a partial decision' }] });
    expect(makeDecision({ status: 'partial', edits: [2, 5, 4], reason: 'x' }, entry)).toEqual({
      problems: [{ field: 'edits', kind: 'beyond', message: 'entry 3 has 3 edit(s); there is no edit 4, 5', edits: [4, 5] }],
    });
  });

  it('finds what a recorded decision lacks, and the command that gives it', () => {
    expect(lacking({ status: 'partial' })).toEqual(['edits', 'reason']);
    expect(lacking({ status: 'rejected', reason: '以市下达指标为准' })).toEqual([]);
    expect(decideHint('3', 'partial', ['reason'])).toBe('redline decide 3 partial --edits … --reason …');
    expect(decideHint('6', 'rejected', ['reason'])).toBe('redline decide 6 reject --reason …');
    expect(describeDecision({ status: 'partial', edits: [1, 3], reason: '理由' })).toBe('partial edits 1, 3 — 理由');
  });
});

describe('decide on a long reason', () => {
  it('records it whole and echoes it cut to a few lines (行政许可法, 国务院工作规则)', async () => {
    for (const [file, name] of [
      ['lawrefbook/xingzheng_xuke_fa_2019.md', 'law'],
      ['gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt', 'guize'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      expect((await redline(dir, 'feedback', 'add', '--unit', '司法部', '--comment', '建议删除第一条')).code).toBe(0);
      const reason = `经研究，${'该意见涉及的问题已在其他条款中规定，'.repeat(400)}故不予采纳。`;
      const result = await redline(dir, 'decide', '1', 'reject', '--reason', reason);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.split('\n')).toHaveLength(2);
      expect(result.stdout).toMatch(/^entry 1: rejected — 经研究，该意见涉及的问题已在其他条款中规定，.*…\n$/u);
      expect(result.stdout.length).toBeLessThan(200);
      const entry = readFileSync(join(dir, `feedback/${name}/1.yaml`), 'utf8');
      expect(entry.replace(/\s+/gu, '')).toContain(reason);
    }
  });
});

describe('the rule through every door', () => {
  it('a rejection without a reason: refused by decide and by the answers file, found by check in a file written by hand', async () => {
    const dir = await seedWorkspace();
    const before = snapshot(dir);
    expect(await redline(dir, 'decide', '6', 'reject')).toMatchObject({ code: 2, stderr: 'redline: a rejected decision needs a reason (--reason)\n' });
    expect(await redline(dir, 'decide', '1', 'adopt', '--edits', '1')).toMatchObject({ code: 2, stderr: 'redline: edits go with a partial decision (--edits)\n' });
    writeFileSync(join(dir, 'answers.yaml'), '- action: adopt\n  edits: [1]\n- action: reject\n');
    const answered = await redline(dir, 'review', '--answers', 'answers.yaml');
    expect(answered.stderr).toBe(
      'answers.yaml:2:10: error: entry 1: edits go with a partial decision [answers]\nanswers.yaml:3:3: error: entry 2: a rejected decision needs a reason [answers]\n',
    );
    expect(snapshot(dir)).toEqual({ ...before, 'answers.yaml': '- action: adopt\n  edits: [1]\n- action: reject\n' });
    const path = join(dir, 'feedback/seed/6.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: pending', 'status: rejected'));
    const check = await redline(dir, 'check');
    expect(check.stderr.split('\n')[1]).toBe('feedback/seed/6.yaml:19:1: error: entry 6 is rejected without a reason (redline decide 6 reject --reason …) [reason]');
  });

  it('holds on a statute and on the holiday rules: a partial decision names edits the entry has', async () => {
    for (const [file, name, clause] of [
      ['lawrefbook/samr_mingma_biaojia_2022.md', 'rule', '明码标价'],
      ['lawrefbook/nianjie_fangjia_banfa_2024.md', 'holidays', '放假'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; text: string }>;
      const target = clauses.find((c) => c.text.includes(clause))!;
      const added = await redline(dir, 'feedback', 'add', '--unit', '某局', '--comment', '意见', '--no-propose', '--op', 'replace', '--clause', target.id, '--quote', clause, '--text', `${clause}。`);
      expect(added.code, added.stderr).toBe(0);
      expect(await redline(dir, 'decide', '1', 'partial', '--edits', '2', '--reason', '理由')).toMatchObject({ code: 2, stderr: 'redline: entry 1 has 1 edit(s); there is no edit 2\n' });
      expect(await redline(dir, 'decide', '1', 'partial', '--edits', '1')).toMatchObject({ code: 2, stderr: 'redline: a partial decision needs a reason (--reason)\n' });
      expect(await redline(dir, 'decide', '1', 'partial', '--edits', '1', '--reason', '理由', '--by', '王五', '--date', '2024-05-01')).toMatchObject({ code: 0, stdout: 'entry 1: partial edits 1 — 理由\n' });
      expect(readFileSync(join(dir, `feedback/${name}/1.yaml`), 'utf8')).toMatch(/\ndecision:\n  status: partial\n  edits: \[ 1 \]\n  reason: 理由\n  by: 王五\n  date: 2024-05-01\n  digest: [0-9a-f]{8}\n$/u);
    }
  });
});

// A comment-response table (the Federal Register's, an office's 答复 column)
// brings the office's answer with each comment but no decision: it is kept as
// a note, and a decision given without --reason takes it as its reason.
describe('the response imported with a comment', () => {
  it('BOEM’s comment-response pairs: reject and adopt without --reason take the response; --reason still wins; the response table shows it', async () => {
    const dir = await corpusWorkspace('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', 'boem');
    const table = join(CORPUS, 'us_federal_register/boem_fr2017-21233_comment_response_pairs.tsv');
    expect((await redline(dir, 'feedback', 'import', table)).code).toBe(0);
    const response = (n: number) => readFileSync(table, 'utf8').split('\n')[n]!.split('\t')[3]!.trim();
    const rejected = await redline(dir, 'decide', '2', 'reject', '--by', 'A. Clerk', '--date', '2017-10-01');
    // A response of pages is echoed as its first lines; the file has it whole.
    expect(rejected.code).toBe(0);
    const echoed = /^entry 2: rejected — (.*)… \(the reason is the response imported with the comment\)\n$/u.exec(rejected.stdout)?.[1];
    expect(echoed!.length).toBeGreaterThan(150);
    expect(response(2).startsWith(echoed!)).toBe(true);
    expect(readFileSync(join(dir, 'feedback/boem/2.yaml'), 'utf8')).toContain(`  reason: ${response(2)}\n`);
    expect((await redline(dir, 'decide', '1', 'adopt', '--date', '2017-10-01')).code).toBe(0);
    expect((await redline(dir, 'decide', '3', 'reject', '--reason', 'Outside the scope of this rule.', '--date', '2017-10-01')).stdout).toBe('entry 3: rejected — Outside the scope of this rule.\n');
    expect((await redline(dir, 'build', '--allow-unapplied')).code).toBe(0);
    const rows = readFileSync(join(dir, 'out/boem.feedback.md'), 'utf8').split('\n').filter((l) => /^\| [123] \|/u.test(l));
    expect(rows[0]).toContain(`| Adopted. ${response(1)} |`);
    expect(rows[1]!.endsWith(`| Not adopted | ${response(2)} |`)).toBe(true);
    expect(rows[2]!.endsWith('| Not adopted | Outside the scope of this rule. |')).toBe(true);
  });

  it('明码标价规定 with an office’s 答复 column: the reject takes it; an entry with no answer still needs --reason, and nothing is written', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'rule');
    writeFileSync(join(dir, 'comments.csv'), '序号,单位,意见,答复\n1,某市市场监管局,建议将第五条中的“标价签”修改为“价格标签”。,“标价签”为通行表述，不作修改。\n2,某区商务局,建议删除第二十条。,\n');
    expect((await redline(dir, 'feedback', 'import', 'comments.csv')).code).toBe(0);
    const before = snapshot(dir);
    expect(await redline(dir, 'decide', '1', '2', 'reject')).toMatchObject({ code: 2, stderr: 'redline: entry 2: a rejected decision needs a reason (--reason)\n' });
    expect(snapshot(dir)).toEqual(before);
    expect(await redline(dir, 'decide', '1', 'reject', '--date', '2024-05-01')).toMatchObject({ code: 0, stdout: 'entry 1: rejected — “标价签”为通行表述，不作修改。 (the reason is the response imported with the comment)\n' });
  });

  // A table of comments (修改意见 | 理由) carries the commenter's grounds, not the office's answer.
  it.each([
    ['lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', 'sh', '序号\t提出单位\t修改意见\t理由\n1\t市财政局\t建议删除第七十九条第（五）项。\t兜底项不必要\n'],
    ['lawrefbook/xingzheng_xuke_fa_2019.md', 'xk', '序号\t单位\t条款\t修改意见\t修改理由\n1\t司法部\t第八十三条\t建议删除第八十三条第二款。\t该款已无必要\n'],
  ])('the commenter’s 理由 stays a note and is no decision’s reason (%s)', async (file, name, table) => {
    const dir = await corpusWorkspace(file, name);
    writeFileSync(join(dir, 'comments.tsv'), table);
    expect((await redline(dir, 'feedback', 'import', 'comments.tsv')).code).toBe(0);
    const entry = readFileSync(join(dir, `feedback/${name}/1.yaml`), 'utf8');
    expect(entry).toMatch(/notes:\n {2}- column: (?:修改)?理由\n {4}text: (?:兜底项不必要|该款已无必要)\n/u);
    const before = snapshot(dir);
    expect(await redline(dir, 'decide', '1', 'reject')).toMatchObject({ code: 2, stderr: 'redline: a rejected decision needs a reason (--reason)\n' });
    expect(snapshot(dir)).toEqual(before);
    expect((await redline(dir, 'decide', '1', 'adopt', '--date', '2024-05-01')).stdout).toBe('entry 1: adopted\n');
    expect((await redline(dir, 'build')).code).toBe(0);
    const row = readFileSync(join(dir, `out/${name}.feedback.md`), 'utf8').split('\n').find((l) => l.startsWith('| 1 |'))!;
    expect(row).toMatch(/\| 采纳 \| +\|$/u);
  });
});

describe('a partial decision imported with its reason', () => {
  it('is warned of by build until decide … partial --edits, as check says, names them, keeping the reason (the seed’s entry 3, a table on 明码标价规定)', async () => {
    const seed = await seedWorkspace();
    const reason = /reason: (.+)\n/u.exec(readFileSync(join(seed, 'feedback/seed/3.yaml'), 'utf8'))![1]!;
    expect((await redline(seed, 'check')).stderr).toContain('redline decide 3 partial --edits');
    // Built as it is, the 部分采纳 applies none of its edits: the build says so (and still writes, exit 0).
    const early = await redline(seed, 'build');
    expect(early.code).toBe(0);
    expect(early.stderr).toMatch(/^feedback\/seed\/3\.yaml:\d+:1: warning: entry 3 is partially adopted but names none of its edits, so none is applied \(redline decide 3 partial --edits …\) \[partial-edits\]$/mu);
    const decided = await redline(seed, 'decide', '3', 'partial', '--edits', '1', '--date', '2018-01-20');
    expect(decided.code, decided.stderr).toBe(0);
    expect(decided.stdout).toBe(`entry 3: partial edits 1 — ${reason} (replaces: partial — ${reason}) (the reason given before is kept)\n`);
    expect(readFileSync(join(seed, 'feedback/seed/3.yaml'), 'utf8')).toContain(`reason: ${reason}\n`);
    expect((await redline(seed, 'build')).stderr).not.toContain('partial-edits');

    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'rule');
    writeFileSync(join(dir, 'comments.csv'), '序号,单位,意见,意见采纳情况,未采纳原因\n1,某市市场监管局,建议将第三条中的“诚实信用”修改为“诚信”，并删除第十四条。,部分采纳,第十四条仍有必要保留\n');
    expect((await redline(dir, 'feedback', 'import', 'comments.csv')).code).toBe(0);
    expect((await redline(dir, 'build')).stderr).toMatch(/^feedback\/rule\/1\.yaml:\d+:1: warning: entry 1 is partially adopted but names none of its edits/mu);
    expect((await redline(dir, 'decide', '1', 'partial', '--edits', '1', '--date', '2024-05-01')).stdout).toBe('entry 1: partial edits 1 — 第十四条仍有必要保留 (replaces: partial — 第十四条仍有必要保留) (the reason given before is kept)\n');
    // Another decision takes no reason from the one it replaces.
    expect(await redline(dir, 'decide', '1', 'reject')).toMatchObject({ code: 2, stderr: 'redline: a rejected decision needs a reason (--reason)\n' });
  });
});
