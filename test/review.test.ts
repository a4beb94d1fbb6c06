// redline review: scripted answers, and the interactive prompts driven through a stream.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { missingEditor } from '../src/cli/commands/review.js';
import { run } from '../src/cli/main.js';
import { corpusWorkspace, redline, seedWorkspace, snapshot } from './helpers/cli.js';

/** The ID of the clause numbered `number`, under the clause numbered `under` when given. */
async function clauseId(dir: string, number: string, under?: string): Promise<string> {
  const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; number: string; parent: string | null }>;
  const parent = under === undefined ? undefined : clauses.find((c) => c.number === under)!.id;
  return clauses.find((c) => c.number === number && (parent === undefined || c.parent === parent))!.id;
}

async function add(dir: string, unit: string, ...flags: string[]): Promise<void> {
  const result = await redline(dir, 'feedback', 'add', '--unit', unit, '--comment', '意见', '--no-propose', ...flags);
  expect(result.code, result.stderr).toBe(0);
}

const statuses = async (dir: string) =>
  (JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Array<{ decision: { status: string; edits?: number[]; reason?: string } }>).map((e) => e.decision);

describe('redline review', () => {
  it('walks the pending entries with scripted answers: adopt, partial, reject, skip', async () => {
    const dir = await seedWorkspace();
    writeFileSync(
      join(dir, 'answers.yaml'),
      '- action: adopt\n- action: partial\n  edits: [2]\n  reason: 第一处已在他处表述\n- action: skip\n- action: reject\n  reason: 以市下达指标为准\n',
    );
    const result = await redline(dir, 'review', '--answers', 'answers.yaml', '--by', '王五');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Entry 1 · 区人社局 · pending');
    expect(result.stdout).toContain('[-开展-]{+基本完成+}');
    expect(result.stdout).toContain('entry 1: adopted\n');
    expect(result.stdout).toContain('entry 2: partial edits 2 — 第一处已在他处表述\n');
    expect(result.stdout).toContain('entry 5: rejected — 以市下达指标为准\n');
    expect(result.stdout).toContain('3 decision(s) recorded\n');
    expect((await statuses(dir)).map((d) => d.status)).toEqual(['adopted', 'partial', 'partial', 'pending', 'rejected', 'pending']);
  });

  it('refuses a scripted rejection without a reason, changing nothing', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'answers.yaml'), '- action: reject\n');
    const before = snapshot(dir);
    const result = await redline(dir, 'review', '--answers', 'answers.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('answers.yaml:1:3: error: entry 1: a rejected decision needs a reason [answers]\n');
    expect(snapshot(dir)).toEqual(before);
  });

  it('asks for a terminal when there is neither one nor scripted answers', async () => {
    const dir = await seedWorkspace();
    expect(await redline(dir, 'review')).toMatchObject({ code: 2, stderr: 'redline: review asks questions in a terminal; use `redline decide` or --answers <file> in scripts\n' });
  });

  it('takes keystrokes at the prompts: reject entry 1 with a typed reason, then quit', async () => {
    const dir = await seedWorkspace();
    const stdin = new PassThrough();
    let stdout = '';
    const done = run(['review', '--by', '赵六'], { cwd: dir, env: { NO_COLOR: '1' }, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false, stdin });
    const press = async (keys: string) => {
      await new Promise((r) => setTimeout(r, 60));
      stdin.write(keys);
    };
    const down = '\u001b[B';
    await press(`${down}${down}\r`); // reject
    await press('已有规定\r'); // reason
    await press(`${down}${down}${down}${down}\r`); // entry 2: quit
    expect(await done).toBe(0);
    expect(stdout).toContain('entry 1: rejected — 已有规定');
    expect((await statuses(dir))[0]).toMatchObject({ status: 'rejected', reason: '已有规定' });
    expect(readFileSync(join(dir, 'feedback/seed/1.yaml'), 'utf8')).toContain('  by: 赵六\n');
  });

  it('with an $EDITOR that is not installed, asks for the reason at the prompt (it crashed with a stack trace)', async () => {
    const dir = await seedWorkspace();
    const stdin = new PassThrough();
    let stdout = '';
    const env = { NO_COLOR: '1', EDITOR: 'no-such-editor --wait', PATH: process.env['PATH'] };
    const done = run(['review', '--by', '赵六'], { cwd: dir, env, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false, stdin });
    const press = async (keys: string) => {
      await new Promise((r) => setTimeout(r, 60));
      stdin.write(keys);
    };
    const down = '\u001b[B';
    await press(`${down}${down}\r`); // reject
    await press('\r'); // no reason: asked again, no editor started
    await press('已有规定\r');
    await press(`${down}${down}${down}${down}\r`); // entry 2: quit
    expect(await done).toBe(0);
    expect(stdout).toContain('$EDITOR is "no-such-editor --wait", which is not'); // (the prompt wraps at 80 columns)
    expect((await statuses(dir))[0]).toMatchObject({ status: 'rejected', reason: '已有规定' });
    expect(missingEditor({ EDITOR: 'sh -c', PATH: process.env['PATH'] })).toBeUndefined();
    expect(missingEditor({ PATH: '/nonexistent' })).toBe('no $EDITOR is set, and vim is not installed');
  });

  it('says, as decide does, that an adopted edit conflicts with one adopted before it (上海市优化营商环境条例: 全文统一修改 and 第七十九条第（一）项)', async () => {
    const dir = await corpusWorkspace('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md', 'law');
    const item = await clauseId(dir, '（一）', '第七十九条');
    // (Its new words keep the term: a conflict. Words without it would take the occurrence over: no conflict.)
    await add(dir, '市经济信息化委', '--op', 'replace', '--clause', item, '--quote', '限定市场主体', '--text', '限定或者变相限定市场主体');
    await add(dir, '市市场监管局', '--op', 'replace-all', '--quote', '市场主体', '--text', '企业等经营主体');
    writeFileSync(join(dir, 'answers.yaml'), '- action: adopt\n- action: adopt\n');
    const result = await redline(dir, 'review', '--answers', 'answers.yaml', '--by', '王科员');
    expect(result.code).toBe(0);
    const warning = 'warning: not applied (conflict): entry 2, edit 1 (*): overlaps entry 1, edit 1\n';
    // (Adopting entry 1, the clerk is told that entry 2, pending, overlaps it.)
    expect(result.stderr).toBe(`note: entry 1, edit 1 overlaps pending entry 2's edit 1; adopting both will conflict\n${warning}`);
    expect(result.stdout).toContain('entry 2: adopted\n\n2 decision(s) recorded\n');
    // The same words as decide's, from the same function.
    expect((await redline(dir, 'decide', '2', 'pending')).code).toBe(0);
    expect(await redline(dir, 'decide', '2', 'adopt', '--by', '王科员')).toMatchObject({ code: 0, stdout: 'entry 2: adopted\n', stderr: warning });
  });

  it('warns of two rewordings of one item adopted in one review (民事诉讼法 第二百七十四条第（七）项)', async () => {
    const dir = await corpusWorkspace('lawrefbook/minshi_susong_fa_2021.md', 'law');
    const item = await clauseId(dir, '（七）', '第二百七十四条');
    await add(dir, '工业和信息化部', '--op', 'rewrite', '--clause', item, '--text', '采用能够确认受送达人收悉的电子方式送达，但是受送达人所在国法律禁止的除外；');
    await add(dir, '最高人民法院', '--op', 'rewrite', '--clause', item, '--text', '采用传真、电子邮件等能够确认受送达人收悉的电子方式送达；');
    writeFileSync(join(dir, 'answers.yaml'), '- action: adopt\n- action: adopt\n');
    const result = await redline(dir, 'review', '--answers', 'answers.yaml', '--by', '王科员');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `note: entry 1, edit 1 overlaps pending entry 2's edit 1; adopting both will conflict\nwarning: not applied (conflict): entry 2, edit 1 (${item}, （七）): overlaps entry 1, edit 1\n`,
    );
    expect((await statuses(dir)).map((d) => d.status)).toEqual(['adopted', 'adopted']);
  });
});
