// redline check and redline status on the seed workspace.
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { CORPUS, corpusWorkspace, redline, seedWorkspace, tempDir } from './helpers/cli.js';

const lineOf = (text: string, pattern: RegExp) => text.split('\n').findIndex((l) => pattern.test(l)) + 1;

describe('redline check', () => {
  it('passes right after import, warning that the imported partial decision needs its edits; --final fails on it and on undecided entries', async () => {
    const dir = await seedWorkspace();
    const imported = await redline(dir, 'check');
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/^feedback\/seed\/3\.yaml:\d+:1: warning: entry 3 is partially adopted: name the adopted edits \(redline decide 3 partial --edits …\) \[partial-edits\]\n$/);
    const finalAtOnce = await redline(dir, 'check', '--final');
    expect(finalAtOnce.code).toBe(1);
    expect(finalAtOnce.stderr).toMatch(/3\.yaml:\d+:1: error: entry 3 is partially adopted: name the adopted edits/);
    await redline(dir, 'decide', '3', 'partial', '--edits', '1,3,4,5,6', '--reason', '应由区科技局牵头抓总');
    expect(await redline(dir, 'check')).toMatchObject({ code: 0, stdout: 'check: ok (1 draft(s), 6 entries, 15 edits)\n' });
    await redline(dir, 'decide', '1', '2', '4', '5', 'adopt');
    const final = await redline(dir, 'check', '--final');
    expect(final.code).toBe(1);
    const line = lineOf(readFileSync(join(dir, 'feedback/seed/6.yaml'), 'utf8'), /^decision:/);
    expect(final.stderr).toBe(`feedback/seed/6.yaml:${line}:1: error: entry 6 is not decided yet [pending]\ncheck: 1 problem(s) in 1 draft(s), 6 entries, 15 edits\n`);
  });

  it('reports a stale edit at its line, and a partial decision without its edits', async () => {
    const dir = await seedWorkspace();
    const draft = join(dir, 'drafts/seed.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('进出口总额达到13343万美元', '进出口总额达到15000万美元'));
    const result = await redline(dir, 'check');
    expect(result.code).toBe(1);
    const line = lineOf(readFileSync(join(dir, 'feedback/seed/6.yaml'), 'utf8'), /^\s*- op:/);
    expect(result.stderr).toContain(`feedback/seed/6.yaml:${line}:1: error: entry 6, edit 1 (c10): “13343” is not in c10 [stale]\n`);
    expect(result.stderr).toMatch(/feedback\/seed\/3\.yaml:\d+:1: warning: entry 3 is partially adopted: name the adopted edits \(redline decide 3 partial --edits …\) \[partial-edits\]\n/);
  });

  it('fails when adopted edits conflict, and only warns of conflicting proposals', async () => {
    const dir = await seedWorkspace();
    await redline(dir, 'feedback', 'add', '--unit', '区统计局', '--comment', '建议将“13343万美元”改为“18000万美元”');
    await redline(dir, 'decide', '3', 'partial', '--edits', '1', '--reason', 'x');
    const proposals = await redline(dir, 'check');
    expect(proposals.code).toBe(0);
    expect(proposals.stderr).toContain('warning: entry 6, edit 1 (c10): overlaps entry 7, edit 1 [conflict]');
    await redline(dir, 'decide', '6', '7', 'adopt');
    const adopted = await redline(dir, 'check');
    expect(adopted.code).toBe(1);
    expect(adopted.stderr).toContain('error: adopted edits conflict: entry 6, edit 1 (c10): overlaps entry 7, edit 1 [conflict]');
  });

  it('prints GitHub annotations under GitHub Actions', async () => {
    const dir = await seedWorkspace();
    await redline(dir, 'decide', '3', 'partial', '--edits', '1', '--reason', 'x');
    let stdout = '';
    const code = await run(['check', '--final'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' }, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=feedback\/seed\/1\.yaml,line=\d+,col=1::entry 1 is not decided yet\n/);
  });

  it('turns an unreadable entry into a finding with its place', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'feedback/seed/2.yaml'), 'id: "2"\nunit: [社区办\n');
    const result = await redline(dir, 'check');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^feedback\/seed\/2\.yaml:\d+:\d+: error: .+ \[yaml\]\n/);
  });

  it('counts the entries it read when one cannot be read, says so, and still checks the others', async () => {
    const dir = await seedWorkspace();
    await redline(dir, 'decide', '3', 'partial', '--edits', '1,3,4,5,6', '--reason', '应由区科技局牵头抓总');
    const entry = join(dir, 'feedback/seed/2.yaml');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('status: pending', 'status: adoptd'));
    const line = lineOf(readFileSync(entry, 'utf8'), /status: adoptd/);
    expect(await redline(dir, 'check')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `feedback/seed/2.yaml:${line}:11: error: decision status "adoptd" is not one of pending, adopted, partial, rejected [entry]\n` +
        'check: 1 problem(s) in 1 draft(s), 5 entries, 13 edits; 1 entry file could not be read\n',
    });
  });

  it('on a bill: the entries read are counted and checked beside the one that cannot be read', async () => {
    const dir = await corpusWorkspace('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'jobs');
    for (const comment of ['In section 103(b), replace "over 10 years" with "over 15 years".', 'Strike paragraph (6) of section 207.', 'Delete subsection (c) of section 206.']) {
      await redline(dir, 'feedback', 'add', '--unit', 'NELP', '--comment', comment);
    }
    expect(await redline(dir, 'check')).toMatchObject({ code: 0, stdout: 'check: ok (1 draft(s), 3 entries, 3 edits)\n' });
    writeFileSync(join(dir, 'feedback/jobs/2.yaml'), 'id: "2"\nunit: [NELP\n');
    const draft = join(dir, 'drafts/jobs.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('over 10 years', 'over 12 years'));
    const result = await redline(dir, 'check');
    expect(result.code).toBe(1);
    // (No “the quote is now in c3”: the 10 of H. R. 1000 is no 10 of its own; the words near it left in c71 are.)
    expect(result.stderr.split('\n').map((l) => l.replace(/:\d+:\d+:/u, ':L:C:'))).toEqual([
      'feedback/jobs/2.yaml:L:C: error: Flow sequence in block collection must be sufficiently indented and end with a ] [yaml]',
      'feedback/jobs/1.yaml:L:C: error: entry 1, edit 1 (c71, (b)): “10” is not in c71 (nearest: “over 12”) [stale]',
      'check: 2 problem(s) in 1 draft(s), 2 entries, 2 edits; 1 entry file could not be read',
      '',
    ]);
  });
});

describe('an adopted entry with no edit', () => {
  it('is warned of by decide, check and build where its comment asked for a change no edit makes, and refused by check --final; not a remark, nor one whose note says where it went (S. 2245, 明码标价规定)', async () => {
    for (const [file, name, asked, remark] of [
      ['us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', 'bill', '“right-size the Government” is jargon; change it to “reduce the size of the Government”.', 'The deadline should be extended.'],
      ['lawrefbook/samr_mingma_biaojia_2022.md', 'rules', '第三条中的“诚实信用”，建议修改为诚信。', '建议加强明码标价宣传。'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      for (const comment of [asked, remark, asked]) expect((await redline(dir, 'feedback', 'add', '--unit', 'A', '--comment', comment)).code).toBe(0);
      const entry = (n: number) => readFileSync(join(dir, `feedback/${name}/${n}.yaml`), 'utf8');
      // The comment asked for a change, and no edit was made of it.
      expect(entry(1)).toMatch(/edits: \[\]\nunparsed:/u);
      const decided = await redline(dir, 'decide', '1', '2', 'adopt');
      expect(decided.code).toBe(0);
      expect(decided.stderr).toMatch(/^warning: entry 1 is adopted, but no edit makes the change it asks for \(.+\): add the edit \(redline feedback edit 1 --op …\), or say in the reason where it was taken up\n$/u);
      expect((await redline(dir, 'decide', '3', 'adopt', '--reason', '已在第三条中修改')).stderr).toBe('');
      const checked = await redline(dir, 'check');
      expect(checked.code).toBe(0);
      expect(checked.stderr).toMatch(new RegExp(`^feedback/${name}/1\\.yaml:\\d+:1: warning: entry 1 is adopted, but no edit makes the change it asks for .*\\[adopted-without-edit\\]$`, 'mu'));
      expect(checked.stderr).not.toMatch(/entry [23] is adopted/u);
      // Before publishing, the response table must not say 采纳 of a text left as it was.
      const final = await redline(dir, 'check', '--final');
      expect(final.code).toBe(1);
      expect(final.stderr).toMatch(new RegExp(`^feedback/${name}/1\\.yaml:\\d+:1: error: entry 1 is adopted, but no edit makes the change it asks for .*\\[adopted-without-edit\\]$`, 'mu'));
      const built = await redline(dir, 'build');
      expect(built.code).toBe(0);
      expect(built.stderr).toMatch(new RegExp(`^feedback/${name}/1\\.yaml:\\d+:1: warning: entry 1 is adopted, but no edit makes the change it asks for .*\\[adopted-without-edit\\]$`, 'mu'));
      expect(built.stderr).not.toMatch(/entry [23] is adopted/u);
    }
  });
});

describe('an adopted entry with part of its change made by no edit', () => {
  it('is warned of by decide and refused by check --final; a reason that says only why keeps the warning, one that says where ends it (明码标价规定, S. 2245; from a clerk’s walk)', async () => {
    for (const [file, name, comment, why, where] of [
      ['lawrefbook/samr_mingma_biaojia_2022.md', 'rules', '建议删去第三条中的“诚实信用”和“公平公正”。', '表述精简', '已在第三条中修改'],
      ['us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', 'bill', 'Strike “right-size the Government” and “downsize the Government” each place they appear.', 'Agreed; wording tightened.', 'Addressed in section 3.'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      const added = await redline(dir, 'feedback', 'add', '--unit', 'A', '--comment', comment);
      // One quote made an edit, the other is not in the text.
      expect(added.stdout).toMatch(/^added entry 1 with 1 edit\(s\)/u);
      expect(added.stdout).toMatch(/^not made: .+ is not in /mu);
      const warning = /^warning: entry 1 is adopted, but part of the change it asks for is made by no edit \(.+ is not in .+\): add the edit \(redline feedback edit 1 --op …\), or say in the reason where it was taken up$/mu;
      expect((await redline(dir, 'decide', '1', 'adopt')).stderr).toMatch(warning);
      const final = await redline(dir, 'check', '--final');
      expect(final.code).toBe(1);
      expect(final.stderr).toMatch(/error: entry 1 is adopted, but part of the change it asks for is made by no edit .*\[adopted-without-edit\]$/mu);
      expect((await redline(dir, 'decide', '1', 'adopt', '--reason', why)).stderr).toMatch(warning);
      expect((await redline(dir, 'check', '--final')).code).toBe(1);
      expect((await redline(dir, 'decide', '1', 'adopt', '--reason', where)).stderr).toBe('');
      expect(await redline(dir, 'check', '--final')).toMatchObject({ code: 0, stderr: '' });
      // Partially adopted with its edit named: the decision itself says not all was taken up.
      expect((await redline(dir, 'decide', '1', 'partial', '--edits', '1', '--reason', why)).stderr).toBe('');
    }
  });
});

describe('the consultation window', () => {
  it('check refuses dates not on the calendar, and a window that opens after it closes, at their line (seed, 行政许可法)', async () => {
    const seed = await seedWorkspace();
    const path = join(seed, 'drafts/seed.md');
    const text = readFileSync(path, 'utf8');
    for (const [from, message] of [
      ['soon', 'drafts/seed.md:9:1: error: consultation from: "soon" is not a calendar date as YYYY-MM-DD [date]'],
      ['2018-02-30', 'drafts/seed.md:9:1: error: consultation from: "2018-02-30" is not a calendar date as YYYY-MM-DD [date]'],
      ['2018-01-20', 'drafts/seed.md:9:1: error: the consultation window opens (2018-01-20) after it closes (2018-01-15) [date]'],
    ] as const) {
      writeFileSync(path, text.replace('  from: 2018-01-08', `  from: ${from}`));
      const checked = await redline(seed, 'check');
      expect(checked.code).toBe(1);
      expect(checked.stderr.split('\n')[0]).toBe(message);
      // status judges such a window neither open nor closed (--json keeps its shape, open: false).
      expect((await redline(seed, 'status', '--today', '2018-01-10')).stdout.split('\n')[1]).toBe(`  consultation ${from} to 2018-01-15: not judged, its dates are not valid (redline check says why)`);
      expect(JSON.parse((await redline(seed, 'status', '--json', '--today', '2018-01-10')).stdout)[0].window).toEqual({ from, to: '2018-01-15', open: false });
    }
    writeFileSync(path, text);
    expect((await redline(seed, 'status', '--today', '2018-01-10')).stdout.split('\n')[1]).toBe('  consultation 2018-01-08 to 2018-01-15: open');
    const law = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk');
    const lawPath = join(law, 'drafts/xk.md');
    const lawText = readFileSync(lawPath, 'utf8');
    writeFileSync(lawPath, lawText.replace('\nlang: zh\n', '\nlang: zh\nconsultation:\n  from: 2024-05-01\n  to: 2024-04-31\n'));
    const checked = await redline(law, 'check');
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(/^drafts\/xk\.md:\d+:1: error: consultation to: "2024-04-31" is not a calendar date/u);
    writeFileSync(lawPath, lawText.replace('\nlang: zh\n', '\nlang: zh\nconsultation:\n  from: 2024-04-01\n  to: 2024-04-30\n'));
    expect((await redline(law, 'check')).code).toBe(0);
  });
});

describe('a feedback folder whose draft was renamed', () => {
  it('check fails naming the folder and the draft it may be; build warns and still writes (seed, 行政许可法)', async () => {
    const seed = await seedWorkspace();
    renameSync(join(seed, 'drafts/seed.md'), join(seed, 'drafts/plan.md'));
    const checked = await redline(seed, 'check', '--final');
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('feedback/seed/: error: 6 entries here are for drafts/seed.md, which does not exist: they are in no table; rename the folder with its draft (feedback/plan/ for drafts/plan.md), or restore the draft [orphan-feedback]');
    const built = await redline(seed, 'build');
    expect(built.code).toBe(0);
    expect(built.stderr).toContain('feedback/seed/: warning: 6 entries here are for drafts/seed.md');

    const law = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk');
    expect((await redline(law, 'feedback', 'add', '--unit', '市司法局', '--comment', '建议删除第十四条第一款。')).code).toBe(0);
    expect((await redline(law, 'check')).code).toBe(0);
    renameSync(join(law, 'drafts/xk.md'), join(law, 'drafts/xuke.md'));
    expect((await redline(law, 'feedback', 'add', '--unit', '市商务局', '--comment', '建议删除第十五条。')).code).toBe(0);
    // Both drafts' folders now hold entries: which folder is whose is not guessed.
    const both = await redline(law, 'check');
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('feedback/xk/: error: 1 entry here is for drafts/xk.md, which does not exist: it is in no table; rename the folder after its draft, or restore the draft');
  });
});

describe('redline check on a draft whose numbering skips', () => {
  it('warns at the clause after the gap, exit 0, and other commands say nothing of it (国务院工作规则 with 七、 deleted by hand)', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    await redline(dir, 'import', join(CORPUS, 'gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt'), '--name', 'guize');
    const path = join(dir, 'drafts/guize.md');
    const text = readFileSync(path, 'utf8');
    const start = text.lastIndexOf('<!--', text.indexOf('\n七、'));
    const cut = text.slice(0, start) + text.slice(text.indexOf('\n\n', text.indexOf('\n七、')) + 2);
    writeFileSync(path, cut);
    const line = cut.split('\n').findIndex((l) => l.startsWith('八、')) + 1;
    const result = await redline(dir, 'check');
    expect(result).toMatchObject({ code: 0, stdout: 'check: ok (1 draft(s), 0 entries, 0 edits; 1 warning(s))\n' });
    expect(result.stderr).toBe(`drafts/guize.md:${line}:1: warning: the numbering skips from 六 to 八; the build keeps numbers as written, so number the clauses in order or restore the one missing [numbering-gap]\n`);
    expect((await redline(dir, 'status')).stderr).toBe('');
  });

  it('warns of a number given twice: an article added by hand with the number of the next (专利法实施细则 2010, 国务院工作规则)', async () => {
    for (const [file, at, added] of [
      ['lawrefbook/zhuanli_fa_shishi_xize_2010.md', '\n第十二条 ', '第十二条 申请人应当如实提交材料。'],
      ['gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt', '\n八、', '八、国务院工作人员应当恪尽职守。'],
    ] as const) {
      const dir = tempDir();
      await redline(dir, 'init');
      await redline(dir, 'import', join(CORPUS, file), '--name', 'law');
      const path = join(dir, 'drafts/law.md');
      const text = readFileSync(path, 'utf8');
      const start = text.lastIndexOf('<!--', text.indexOf(at));
      writeFileSync(path, `${text.slice(0, start)}${added}\n\n${text.slice(start)}`);
      expect((await redline(dir, 'fmt')).code).toBe(0);
      const written = readFileSync(path, 'utf8').split('\n');
      const second = written.findIndex((l, i) => l.startsWith(at.trim()) && written.slice(0, i).some((m) => m === added)) + 1;
      const result = await redline(dir, 'check');
      expect(result.code, file).toBe(0);
      const number = at.trim().replace(/、$/u, '');
      expect(result.stderr).toBe(`drafts/law.md:${second}:1: warning: ${number} follows ${number}: the number is given twice, and the build keeps numbers as written, so number the clauses in order (a clause added through an entry is numbered by the build) [numbering-repeat]\n`);
    }
  });
});

describe('redline status', () => {
  it('counts entries by decision and unit, stale edits, and judges the window', async () => {
    const dir = await seedWorkspace();
    await redline(dir, 'decide', '6', 'reject', '--reason', '以市下达指标为准');
    const during = JSON.parse((await redline(dir, 'status', '--json', '--today', '2018-01-10')).stdout) as unknown[];
    expect(during).toEqual([
      {
        draft: 'seed',
        entries: 6,
        byStatus: { pending: 4, adopted: 0, partial: 1, rejected: 1 },
        byUnit: expect.objectContaining({ 区商务局: { pending: 0, adopted: 0, partial: 0, rejected: 1 }, 区人社局: { pending: 1, adopted: 0, partial: 0, rejected: 0 } }),
        stale: 0,
        window: { from: '2018-01-08', to: '2018-01-15', open: true },
      },
    ]);
    const after = await redline(dir, 'status', '--today', '2018-02-01');
    expect(after.stdout.split('\n').slice(0, 2)).toEqual(['seed: 6 entries (4 pending, 1 partial, 1 rejected); 0 stale edit(s)', '  consultation 2018-01-08 to 2018-01-15: closed']);
  });
});

describe('status of comments imported with no unit', () => {
  it('counts them under "(no unit)", not a blank name; JSON keeps the empty unit (BOEM and HHS comment files)', async () => {
    for (const [rule, pairs] of [
      ['us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', 'us_federal_register/boem_fr2017-21233_comment_response_pairs.tsv'],
      ['us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md', 'us_federal_register/hhs_hrsa_fr2017-20911_comment_response_pairs.tsv'],
    ] as const) {
      const dir = await corpusWorkspace(rule, 'rule');
      copyFileSync(join(CORPUS, pairs), join(dir, 'pairs.tsv'));
      expect((await redline(dir, 'feedback', 'import', 'pairs.tsv')).code).toBe(0);
      const text = (await redline(dir, 'status')).stdout;
      expect(text).toMatch(/^ {2}\(no unit\): \d+ (?:pending|adopted|rejected)/mu);
      expect(text).not.toMatch(/^ {2}: /mu);
      expect(text).toMatch(/^rule: \d+ entries \(/u);
      expect((await redline(dir, 'status', '--format', 'markdown')).stdout).toMatch(/^\| \(no unit\) \| \d+ \|/mu);
      expect(Object.keys(JSON.parse((await redline(dir, 'status', '--json')).stdout)[0].byUnit)).toContain('');
    }
  });
});

describe('status of one entry', () => {
  it('says "1 entry" (明码标价规定, 行政许可法)', async () => {
    for (const [file, name] of [
      ['lawrefbook/samr_mingma_biaojia_2022.md', 'mingma'],
      ['lawrefbook/xingzheng_xuke_fa_2019.md', 'xk'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      expect((await redline(dir, 'feedback', 'add', '--unit', '甲', '--comment', '建议删除第一条中的“规范”。')).code).toBe(0);
      expect((await redline(dir, 'status')).stdout).toMatch(new RegExp(`^${name}: 1 entry \\(1 pending\\); 0 stale edit\\(s\\)\n`, 'u'));
      expect((await redline(dir, 'status', '--format', 'markdown')).stdout).toContain('\n1 entry (1 pending); 0 stale edit(s)');
    }
  });
});
