// Bytes in, bytes out: line endings kept, BOMs kept, nothing rewritten that
// was not understood. Dates: real calendar days, "today" in local time. And
// Ctrl-C in review ends quietly, saying what was saved.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarDate, isCalendarDate, localToday } from '../../src/cli/dates.js';
import { run } from '../../src/cli/main.js';
import { redline, seedWorkspace } from '../helpers/cli.js';
import { DOCUMENTS, corpusWorkspace, files } from './helpers.js';

const crlf = (path: string) => writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/gu, '\r\n'));

describe('line endings and byte order marks are kept', () => {
  it('a CRLF entry stays CRLF after decide, and only its decision changes', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'feedback/seed/2.yaml');
    crlf(path);
    const before = readFileSync(path, 'utf8');
    const result = await redline(dir, 'decide', '2', 'partial', '--edits', '2', '--reason', '第一处已在他处表述', '--by', '王五', '--date', '2018-01-20');
    expect(result.code, result.stderr).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(after.match(/\r\n/gu)?.length).toBe(after.match(/\n/gu)?.length);
    // (The digest of the edits decided on ends the decision: decision-digest.test.ts.)
    const digest = /\n {2}digest: ([0-9a-f]{8})\r?\n/u.exec(after)?.[1];
    expect(after.replace(/\r\n/gu, '\n')).toBe(
      before.replace(/\r\n/gu, '\n').replace('decision:\n  status: pending\n', `decision:\n  status: partial\n  edits: [ 2 ]\n  reason: 第一处已在他处表述\n  by: 王五\n  date: 2018-01-20\n  digest: ${digest}\n`),
    );
  });

  it('a CRLF entry that starts with a BOM keeps both after feedback edit', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'feedback/seed/5.yaml');
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/gu, '\r\n')}`);
    const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; text: string }>;
    const target = clauses.find((c) => c.text.includes('深化供给侧结构性改革'))!;
    const result = await redline(dir, 'feedback', 'edit', '5', '--op', 'replace', '--clause', target.id, '--quote', '深化', '--text', '持续深化');
    expect(result.code, result.stderr).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith('\uFEFF#')).toBe(true);
    expect(after.match(/\r\n/gu)?.length).toBe(after.match(/\n/gu)?.length);
    expect(after).toContain('quote: 深化\r\n');
  });

  it('fmt keeps a CRLF draft (a statute and a bill) CRLF, and a second fmt changes nothing', async () => {
    for (const [file, name] of [
      [DOCUMENTS.statute, 'statute'],
      [DOCUMENTS.bill, 'bill'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      const path = join(dir, `drafts/${name}.md`);
      crlf(path);
      // A clause without its ID: fmt has something to do.
      writeFileSync(path, readFileSync(path, 'utf8').replace(/<!-- #c3 -->\r\n/u, ''));
      expect((await redline(dir, 'fmt')).stdout).toBe(`formatted drafts/${name}.md\n`);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(/\r\n/u);
      expect(text).not.toMatch(/[^\r]\n/u);
      expect(await redline(dir, 'fmt', '--check')).toMatchObject({ code: 0, stdout: '' });
    }
  });

  it('a draft and an entry that start with a BOM keep it through fmt and decide', async () => {
    const dir = await seedWorkspace();
    const draft = join(dir, 'drafts/seed.md');
    const entry = join(dir, 'feedback/seed/1.yaml');
    writeFileSync(draft, `\uFEFF${readFileSync(draft, 'utf8').replace('<!-- #c5 -->', '<!--  #c5 -->')}`);
    writeFileSync(entry, `\uFEFF${readFileSync(entry, 'utf8')}`);
    expect((await redline(dir, 'fmt')).stdout).toBe('formatted drafts/seed.md\n');
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect(readFileSync(draft, 'utf8')).toMatch(/^\uFEFF---\n[^\uFEFF]+<!-- #c5 -->/u);
    expect(readFileSync(entry, 'utf8')).toMatch(/^\uFEFF# Feedback entry 1[^\uFEFF]+status: adopted/u);
    expect(await redline(dir, 'fmt', '--check')).toMatchObject({ code: 0, stdout: '' });
  });

  it('decide writes every named entry or none', async () => {
    const dir = await seedWorkspace();
    const before = files(dir);
    // Entry 6 has one edit: "--edits 2" is refused before entry 2 is touched.
    const result = await redline(dir, 'decide', '2', '6', 'partial', '--edits', '2', '--reason', '理由');
    expect(result).toMatchObject({ code: 2, stderr: 'redline: entry 6 has 1 edit(s); there is no edit 2\n' });
    expect(files(dir)).toEqual(before);
  });
});

describe('dates', () => {
  afterEach(() => {
    vi.useRealTimers();
    delete process.env['TZ'];
  });

  it('are real calendar days', () => {
    expect(['2018-01-15', '2016-02-29', '2000-02-29'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2018-02-30', '2019-02-29', '1900-02-29', '2018-13-01', '2018-1-5', 'yesterday-ish', '2018-01-15T00:00', ''].map(isCalendarDate)).toEqual(
      Array(8).fill(false),
    );
    expect(calendarDate(' 2018-01-15 ', '--date')).toBe('2018-01-15');
    expect(() => calendarDate('2018-02-30', '--date')).toThrow('--date takes a date as YYYY-MM-DD, one that exists on the calendar (got "2018-02-30")');
  });

  it('"today" is the local date: a decision at 07:30 in Beijing is dated that day, not the day before in UTC', async () => {
    process.env['TZ'] = 'Asia/Shanghai';
    const morning = new Date('2018-01-15T23:30:00Z'); // 07:30 on the 16th in Beijing
    expect(localToday(morning)).toBe('2018-01-16');
    const dir = await seedWorkspace();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(morning);
    const result = await redline(dir, 'decide', '1', 'adopt', '--by', '王五');
    vi.useRealTimers();
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'feedback/seed/1.yaml'), 'utf8')).toContain('  date: 2018-01-16\n');
  });

  it('check names an entry whose decision date is not a calendar day', async () => {
    const dir = await seedWorkspace();
    expect((await redline(dir, 'decide', '1', 'adopt', '--date', '2018-01-20')).code).toBe(0);
    const path = join(dir, 'feedback/seed/1.yaml');
    const text = readFileSync(path, 'utf8').replace('  date: 2018-01-20', '  date: 2018-02-30');
    writeFileSync(path, text);
    const line = text.split('\n').indexOf('decision:') + 1;
    const result = await redline(dir, 'check');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`feedback/seed/1.yaml:${line}:1: error: decision date "2018-02-30" is not a calendar date as YYYY-MM-DD [date]\n`);
  });
});

describe('Ctrl-C in review', () => {
  it('ends quietly, saying what was saved; the decision before it is on disk', async () => {
    const dir = await seedWorkspace();
    const stdin = new PassThrough();
    let stdout = '';
    let stderr = '';
    let prompts = '';
    const done = run(['review', '--by', '赵六'], {
      cwd: dir,
      env: { NO_COLOR: '1' },
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      promptOutput: (s) => (prompts += s),
      isTTY: false,
      stdin,
    });
    const prompted = async (text: string) => {
      for (let i = 0; i < 100 && !prompts.includes(text); i++) await new Promise((r) => setTimeout(r, 20));
    };
    await prompted('Entry 1 (');
    stdin.write('\r'); // adopt
    await prompted('Entry 2 (');
    stdin.write('\u0003'); // Ctrl-C
    expect(await done).toBe(130);
    expect(stderr).toBe('');
    expect(stdout).toContain('entry 1: adopted\n');
    expect(stdout.endsWith('\nreview stopped: 1 decision(s) recorded; 4 entries still pending\n')).toBe(true);
    expect(readFileSync(join(dir, 'feedback/seed/1.yaml'), 'utf8')).toContain('  status: adopted\n  by: 赵六\n');
  });
});
