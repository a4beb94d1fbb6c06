// Feedback tables in every supported shape, and entry files validated with positions.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../src/core/feedback/entry.js';
import { readTable } from '../src/core/intake/feedback-table.js';
import { CORPUS, corpusWorkspace, redline, SEED_PAGE, seedWorkspace } from './helpers/cli.js';

describe('feedback tables', () => {
  it('reads the flattened web table of the seed page: six rows, entry 3 partial with its reason', () => {
    const rows = readTable(readFileSync(SEED_PAGE, 'utf8'), 'seed.txt', 'text');
    expect(rows.map((r) => [r.number, r.unit])).toEqual([
      ['1', '区人社局'], ['2', '社区办'], ['3', '区科技局'], ['4', '区卫计局'], ['5', '区市监局'], ['6', '区商务局'],
    ]);
    expect(rows[5]!.comment).toBe('第3页,建议将“进出口总额达到13343万美元”改为“20000万美元”。');
    expect(rows[2]).toMatchObject({ decision: 'partial', reason: expect.stringMatching(/^高新区虽为我区创新平台建设的重要阵地/) });
    expect(rows.filter((r) => r.decision).length).toBe(1);
  });

  it('reads the corpus TSV and its flattened text alike (反馈人 / 意见内容 / 是否采纳 / 采纳理由)', () => {
    const dir = join(CORPUS, 'cn_gov_pages_excerpts');
    const tsv = readTable(readFileSync(join(dir, 'ahjinzhai_zhengwu_gongkai_zhuanqu_yijian_caina.tsv'), 'utf8'), 'a.tsv', 'tsv');
    const text = readTable(readFileSync(join(dir, 'ahjinzhai_zhengwu_gongkai_zhuanqu_yijian_caina.txt'), 'utf8'), 'a.txt', 'text');
    expect(tsv.map((r) => [r.number, r.unit, r.decision])).toEqual([
      ['1', '朱**', 'rejected'], ['2', '河西村', 'adopted'], ['3', '张*祥', 'adopted'],
    ]);
    expect(text.map((r) => [r.number, r.unit, r.comment, r.decision, r.reason])).toEqual(tsv.map((r) => [r.number, r.unit, r.comment, r.decision, r.reason]));
  });

  it('reads CSV with quoted cells holding commas, pipes and line breaks', () => {
    const csv = '序号,单位,主要意见,意见采纳情况,未采纳原因,联系方式\n1,区教育局,"建议将“开展”改为“推进”, 另 | 管道",采纳,,\n2,张三,"第一行\n第二行",不采纳,与上位法不符,13800000000\n';
    const rows = readTable(csv, 'c.csv', 'csv');
    expect(rows).toEqual([
      { number: '1', unit: '区教育局', comment: '建议将“开展”改为“推进”, 另 | 管道', decision: 'adopted', line: 2 },
      { number: '2', unit: '张三', comment: '第一行\n第二行', decision: 'rejected', reason: '与上位法不符', contact: '13800000000', line: 3 },
    ]);
  });

  it('reads a Markdown pipe table, escaped pipes included', () => {
    const md = '# 意见汇总\n\n| 序号 | 单位 | 主要意见 | 意见采纳情况 |\n| --- | --- | --- | --- |\n| 1 | 区财政局 | 删除“设备” \\| 备注 | 部分采纳 |\n';
    expect(readTable(md, 't.md', 'markdown')).toEqual([{ number: '1', unit: '区财政局', comment: '删除“设备” | 备注', decision: 'partial', line: 5 }]);
  });

  it('says so when a file holds no table', () => {
    expect(() => readTable('只是一段文字。', 'x.txt', 'text')).toThrow(/^no feedback table here: no header row names a comment column/);
    expect(() => readTable('a,b\n1,2\n', 'x.csv', 'csv')).toThrow(/^no feedback table here: no header row names a comment column/);
  });
});

describe('entry files', () => {
  const valid = 'id: "7"\nunit: 区教育局\ncomment: 建议删除“设备”\nedits:\n  - op: delete\n    clause: c47\n    quote: 设备\ndecision:\n  status: pending\n';

  it('reads a valid entry', () => {
    const { entry, problems } = parseEntry(valid, 'feedback/seed/7.yaml');
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ id: '7', unit: '区教育局', edits: [{ op: 'delete', clause: 'c47', quote: '设备' }], decision: { status: 'pending' }, editLines: [5] });
  });

  it.each([
    ['an unknown op', valid.replace('op: delete', 'op: erase'), '5:9', 'unknown op "erase"'],
    ['a missing unit', valid.replace('unit: 区教育局\n', ''), '1:1', '"unit" is required'],
    ['a bad status', valid.replace('status: pending', 'status: maybe'), '9:11', 'decision status "maybe" is not one of pending, adopted, partial, rejected'],
    ['a partial naming an edit that does not exist', valid.replace('status: pending', 'status: partial\n  reason: x\n  edits: [3]'), '11:11', 'edit 3 does not exist: the entry has 1 edit(s)'],
    ['broken YAML', valid.replace('unit: 区教育局', 'unit: [区教育局'), '3:1', ''],
    ['an alias', `base: &b 区教育局\n${valid.replace('unit: 区教育局', 'unit: *b')}`, '3:7', 'YAML aliases are not allowed'],
    ['a non-numeric occurrence', valid.replace('quote: 设备', 'quote: 设备\n    occurrence: two'), '8:17', 'occurrence is a whole number from 1'],
  ])('reports %s with line and column', (_, text, place, message) => {
    const { problems } = parseEntry(text, 'feedback/seed/7.yaml');
    const errors = problems.filter((p) => p.fatal !== false);
    expect(errors.length).toBeGreaterThan(0);
    expect(`${errors[0]!.line}:${errors[0]!.column}`).toBe(place);
    expect(errors[0]!.reason).toContain(message);
    expect(errors[0]!.file).toBe('feedback/seed/7.yaml');
  });

  it('reports an alias bomb as one problem at its first alias, with the count (the summary had called it 27 files)', async () => {
    const bomb = ['comment: &a ["lol","lol","lol"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
    const text = `${valid.replace(/^comment: .*$/mu, '')}\n${bomb}\n`;
    const { problems } = parseEntry(text, 'feedback/seed/7.yaml');
    const line = text.split('\n').findIndex((l) => l.startsWith('b: &b')) + 1;
    expect(problems.map((p) => `${p.line}:${p.column} ${p.reason}`)).toEqual([`${line}:8 YAML aliases are not allowed in feedback entries (27 in this file)`]);
    for (const dir of [await seedWorkspace(), await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xuke')]) {
      const folder = readdirSync(join(dir, 'feedback')).find((f) => !f.startsWith('.')) ?? 'xuke';
      mkdirSync(join(dir, 'feedback', folder), { recursive: true });
      writeFileSync(join(dir, 'feedback', folder, '99.yaml'), `id: "99"\nunit: x\n${bomb}\nedits: []\ndecision:\n  status: pending\n`);
      const check = await redline(dir, 'check');
      expect(check.code).toBe(1);
      expect(check.stderr.match(/YAML aliases are not allowed/gu)).toHaveLength(1);
    }
  });

  it('warns of unknown keys such as __proto__ and never lets them reach an object', () => {
    const { entry, problems } = parseEntry(`__proto__:\n  polluted: yes\n${valid}`, 'e.yaml');
    expect(problems.map((p) => [p.fatal, p.line, p.reason])).toEqual([[false, 1, 'unknown key "__proto__" (known: id, unit, date, locator, comment, contact, edits, decision, unparsed, from, notes, timing, campaign)']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
  });
});
