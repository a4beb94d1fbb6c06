// Entries, a draft's front matter and redline.yaml are checked against
// schemas (src/core/yaml-schema.ts); every problem keeps its file:line:col,
// unknown keys are warnings, and every scalar is read as the text written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import { parseEntry } from '../src/core/feedback/entry.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS, redline, seedWorkspace, snapshot } from './helpers/cli.js';

const valid = 'id: "7"\nunit: 区教育局\ncomment: 建议删除“设备”\nedits:\n  - op: delete\n    clause: c47\n    quote: 设备\ndecision:\n  status: pending\n';
const placed = (text: string) => parseEntry(text, 'e.yaml').problems.map((p) => `${p.line}:${p.column}: ${p.fatal === false ? 'warning' : 'error'}: ${p.reason}`);

describe('entry files', () => {
  it('place each problem at its key or value, nested ones too', () => {
    expect(placed(valid.replace('    quote: 设备\n', '    quote: 设备\n    qoute: 设备\n'))).toEqual([
      '8:5: warning: unknown key "qoute" (known: op, clause, quote, text, position, occurrence, prefix, suffix, role, units, confidence, source)',
    ]);
    expect(placed(valid.replace('status: pending', 'status: pending\n  reson: 无'))).toEqual(['10:3: warning: unknown key "reson" (known: status, edits, reason, by, date, digest)']);
    expect(placed(valid.replace('unit: 区教育局', 'unit: [区教育局]'))).toEqual(['2:7: error: "unit" must be text']);
    expect(placed(valid.replace('    quote: 设备\n', '    quote: 设备\n    confidence: 1.5\n'))).toEqual(['8:17: error: confidence is a number from 0 to 1']);
    expect(placed(valid.replace('  - op: delete', '  - op: replace'))).toEqual(['5:5: error: replace needs text']);
    expect(placed(valid.replace('timing', '').replace('decision:', 'timing: soon\ndecision:'))).toEqual(['8:9: error: timing "soon" is not one of early, late']);
  });

  it('say once that a list is not an entry', () => {
    expect(placed('- id: "7"\n- unit: 区教育局\n')).toEqual(['1:1: error: an entry is a mapping with id, unit, comment, edits and decision']);
    expect(placed(valid.replace('  status: pending', '  - pending'))).toEqual([
      '9:3: error: decision is a mapping with status (pending, adopted, partial, rejected), edits, reason, by, date, digest',
    ]);
  });

  it('read every scalar as the text written: an id of 007, a comment of 1e3, a version of 2.0', () => {
    const { entry, problems } = parseEntry(valid.replace('id: "7"', 'id: 007').replace('comment: 建议删除“设备”', 'comment: 1e3'), 'e.yaml');
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ id: '007', comment: '1e3', edits: [{ op: 'delete', clause: 'c47', quote: '设备' }] });
    const occurrence = parseEntry(valid.replace('    quote: 设备\n', '    quote: 设备\n    occurrence: 2\n    confidence: .5\n'), 'e.yaml').entry!;
    expect(occurrence.edits[0]).toEqual({ op: 'delete', clause: 'c47', quote: '设备', occurrence: 2, confidence: 0.5 });
  });

  it('keep an id of 007 through decide and fmt', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'feedback/seed/6.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('id: "6"', 'id: 006'));
    expect(await redline(dir, 'decide', '006', 'reject', '--reason', '以市下达指标为准', '--by', '李四', '--date', '2018-01-21')).toMatchObject({ code: 0, stdout: 'entry 006: rejected — 以市下达指标为准\n' });
    expect(await redline(dir, 'fmt')).toMatchObject({ code: 0 });
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('\nid: 006\n');
    expect(text.slice(text.indexOf('decision:'))).toBe('decision:\n  status: rejected\n  reason: 以市下达指标为准\n  by: 李四\n  date: 2018-01-21\n  digest: 67fd790b\n');
  });
});

describe('draft front matter', () => {
  for (const file of ['lawrefbook/nianjie_fangjia_banfa_2024.md', 'gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt']) {
    it(`reads the front matter of ${file} as written, and places a wrong value at its line`, () => {
      const imported = importDraft(readFileSync(join(CORPUS, file), 'utf8'), { format: file.endsWith('.md') ? 'markdown' : 'text' });
      const { draft, problems } = parseDraft(imported.text, 'd.md', 'd');
      expect(problems.filter((p) => p.ruleId === 'front-matter')).toEqual([]);
      expect(draft.meta).toEqual(imported.meta);
      const broken = imported.text.replace(/^lang: zh$/mu, 'lang: [zh]');
      const reread = parseDraft(broken, 'd.md', 'd');
      expect(reread.problems.filter((p) => p.ruleId === 'front-matter').map((p) => `${p.line}:${p.column}: ${p.reason}`)).toEqual([
        `${broken.split('\n').indexOf('lang: [zh]') + 1}:7: front matter: "lang" should be text`,
      ]);
      const versioned = imported.text.replace(/^lang: zh$/mu, 'lang: zh\nversion: 2.0');
      expect(parseDraft(versioned, 'd.md', 'd').draft.meta.version).toBe('2.0');
    });
  }

  it('keeps other keys (pandoc\'s) without a word, and refuses a list', () => {
    const text = '---\ntitle: 办法\nlang: zh\nauthor: 某局\n---\n<!-- #c1 -->\n第一条 内容。\n';
    expect(parseDraft(text, 'd.md', 'd').problems).toEqual([]);
    const list = parseDraft('---\n- title\n---\n<!-- #c1 -->\n第一条 内容。\n', 'd.md', 'd').problems.map((p) => `${p.line}:${p.column}: ${p.reason}`);
    expect(list).toEqual(['2:1: the front matter must be a mapping of keys to values']);
  });
});

describe('redline.yaml', () => {
  it('refuses an output folder that is not text, at its place, and changes nothing', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'redline.yaml'), '# settings\nout: [a, b]\n');
    const before = snapshot(dir);
    expect(await redline(dir, 'build')).toMatchObject({ code: 2, stderr: 'redline.yaml:2:6: error: "out" must be text [config]\n' });
    expect(snapshot(dir)).toEqual(before);
  });

  it('reads out: 2024 as the folder 2024', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'redline.yaml'), 'out: 2024\n');
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(readFileSync(join(dir, '2024/seed.revised.md'), 'utf8')).toMatch(/^---\n/u);
  });
});

describe('the shell says which command mends a problem', () => {
  it('a clause without an ID: `redline fmt` assigns one', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'drafts/seed.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('<!-- #c3 -->\n', ''));
    const check = await redline(dir, 'check');
    expect(check.stderr).toMatch(/^drafts\/seed\.md:\d+:1: warning: clause has no ID yet; `redline fmt` assigns one \[missing-id\]\n/u);
    expect(readFileSync(path, 'utf8')).toMatch(/^---\n# Written by `redline import`\. The blocks below carry clause IDs/u);
  });
});
