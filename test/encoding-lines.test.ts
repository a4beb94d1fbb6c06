// A file being imported that does not decode is refused at the line and column
// of its first undecodable byte, as a workspace file is: the user mends one
// byte, not the whole file. Every refusal exits 2 and changes no file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, redline, SEED_PAGE, seedWorkspace, snapshot, tempDir } from './helpers/cli.js';

const utf8Page = readFileSync(SEED_PAGE);
const gbPage = readFileSync(join(FIXTURES, 'seed.gb18030.txt'));

/** `bytes` with `stray` put in after the first `after` bytes of the line that starts with `start`. */
function withStrayByte(bytes: Buffer, start: Buffer, after: number, stray = 0xff): { bytes: Buffer; line: number } {
  const at = bytes.indexOf(Buffer.concat([Buffer.from('\n'), start])) + 1;
  const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
  return { bytes: Buffer.concat([bytes.subarray(0, at + after), Buffer.from([stray]), bytes.subarray(at + after)]), line };
}

async function refusedImport(bytes: Buffer, ...args: string[]): Promise<{ code: number; stderr: string }> {
  const dir = tempDir();
  await redline(dir, 'init');
  writeFileSync(join(dir, 'page.txt'), bytes);
  const before = snapshot(dir);
  const result = await redline(dir, 'import', 'page.txt', ...args);
  expect(snapshot(dir)).toEqual(before);
  expect(result.stdout).toBe('');
  return { code: result.code, stderr: result.stderr };
}

describe('a draft that does not decode is refused at its first undecodable byte', () => {
  // "15.促进教育" is 3 ASCII characters and 4 Han ones: 15 bytes in UTF-8, 11 in GB18030.
  it('names line and column of a stray byte in a UTF-8 page, which reads furthest as UTF-8', async () => {
    const { bytes, line } = withStrayByte(utf8Page, Buffer.from('15.促进教育'), 15);
    expect(line).toBe(101);
    expect(await refusedImport(bytes)).toEqual({
      code: 2,
      stderr: 'page.txt:101:8: error: the file is neither UTF-8 nor GB18030/GBK text: it reads as UTF-8 up to byte 0xFF here; pass --encoding if you know it [unknown-encoding]\n',
    });
  });

  it('names line and column of a stray byte in a GB18030 page, which reads furthest as GB18030', async () => {
    const start = gbPage.subarray(gbPage.indexOf('\n15.') + 1).subarray(0, 11);
    expect(new TextDecoder('gb18030').decode(start)).toBe('15.促进教育');
    const { bytes, line } = withStrayByte(gbPage, start, 11);
    expect(line).toBe(101);
    expect(await refusedImport(bytes)).toEqual({
      code: 2,
      stderr: 'page.txt:101:8: error: the file is neither UTF-8 nor GB18030/GBK text: it reads as GB18030 up to byte 0xFF here; pass --encoding if you know it [unknown-encoding]\n',
    });
  });

  it('names the last character of a page cut short in the middle of it', async () => {
    // The page's last words are "  • 验证码:"; cut after two of the three bytes of 码 (E7 A0 81).
    const text = utf8Page.toString('utf8');
    const before = text.slice(0, text.lastIndexOf('码'));
    const lines = before.split('\n');
    expect([lines.length, lines.at(-1)]).toEqual([203, '  • 验证']);
    const cut = utf8Page.subarray(0, Buffer.byteLength(before) + 2);
    expect(await refusedImport(cut)).toEqual({
      code: 2,
      stderr: 'page.txt:203:7: error: the file is neither UTF-8 nor GB18030/GBK text: it reads as UTF-8 up to byte 0xE7 here; pass --encoding if you know it [unknown-encoding]\n',
    });
  });

  it('names where a GB18030 page stops being UTF-8 under --encoding utf-8: its first Chinese character', async () => {
    expect(await refusedImport(gbPage, '--encoding', 'utf-8')).toEqual({
      code: 2,
      stderr: 'page.txt:1:1: error: the file is not valid utf-8 (byte 0xC4) [encoding]\n',
    });
  });

  it('names where a UTF-8 page stops being GB18030 under --encoding gb18030', async () => {
    // What a GB18030 decoder makes of the UTF-8 bytes up to there, as TextDecoder with U+FFFD shows it.
    const lines = new TextDecoder('gb18030').decode(utf8Page).split('\uFFFD')[0]!.split('\n');
    expect([lines.length, [...lines.at(-1)!].length + 1]).toEqual([3, 64]);
    expect(await refusedImport(utf8Page, '--encoding', 'gb18030')).toEqual({
      code: 2,
      stderr: 'page.txt:3:64: error: the file is not valid gb18030 (byte 0x8A) [encoding]\n',
    });
  });
});

describe('a feedback table that does not decode is refused at its first undecodable byte', () => {
  it('names the line of a stray byte in a comment of the page’s table', async () => {
    const dir = await seedWorkspace();
    // "第15页," is 5 characters in 9 bytes: the stray byte is the sixth.
    const { bytes, line } = withStrayByte(utf8Page, Buffer.from('第15页,'), 9);
    expect(line).toBe(143);
    writeFileSync(join(dir, 'page.txt'), bytes);
    const before = snapshot(dir);
    const result = await redline(dir, 'feedback', 'import', 'page.txt', '--draft', 'seed');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'page.txt:143:6: error: the file is neither UTF-8 nor GB18030/GBK text: it reads as UTF-8 up to byte 0xFF here; pass --encoding if you know it [unknown-encoding]\n',
    });
    expect(snapshot(dir)).toEqual(before);
  });
});
