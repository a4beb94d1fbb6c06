import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/core/intake/encoding.js';
import { InputError } from '../src/core/problem.js';
import { FIXTURES, redline, SEED_PAGE, snapshot, tempDir } from './helpers/cli.js';

async function importedDraft(bytes: Uint8Array, name: string): Promise<string> {
  const dir = tempDir();
  await redline(dir, 'init');
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, bytes);
  const result = await redline(dir, 'import', file, '--name', 'seed');
  expect(result.code, result.stderr).toBe(0);
  return readFileSync(join(dir, 'drafts/seed.md'), 'utf8');
}

describe('encodings', () => {
  const utf8 = readFileSync(SEED_PAGE);

  it('imports UTF-8, UTF-8 with BOM, GB18030 and CRLF copies of the seed to byte-identical drafts', async () => {
    const plain = await importedDraft(utf8, 'page');
    const gb = readFileSync(join(FIXTURES, 'seed.gb18030.txt'));
    expect(gb.equals(utf8)).toBe(false);
    const crlf = Buffer.from(utf8.toString('utf8').replace(/\n/g, '\r\n'), 'utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    const gbCrlf = Buffer.from(gb.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    for (const [name, bytes] of Object.entries({ gb, crlf, bom, gbCrlf })) {
      expect(await importedDraft(bytes, 'page'), name).toBe(plain);
    }
  });

  it('detects GB18030 and decodes it to the same text', () => {
    const decoded = decodeText(readFileSync(join(FIXTURES, 'seed.gb18030.txt')), 'seed.gb18030.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(utf8.toString('utf8'));
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ['bytes that are neither UTF-8 nor GB18030', Buffer.from([0xff, 0xff, 0xff, 0x80]), /neither UTF-8 nor GB18030/],
  ])('rejects %s with a message naming the file', (_, bytes, message) => {
    let error: unknown;
    try {
      decodeText(bytes, 'bad.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]!.file).toBe('bad.txt');
    expect((error as InputError).problems[0]!.reason).toMatch(message);
  });

  it('refuses a forced encoding the file is not in', () => {
    expect(() => decodeText(readFileSync(join(FIXTURES, 'seed.gb18030.txt')), 'x.txt', 'utf-8')).toThrow(/not valid utf-8/);
  });

  it('reports a binary file through the CLI: exit 2, file named, no stack trace, nothing written', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const before = snapshot(dir);
    const result = await redline(dir, 'import', 'image.png');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('image.png: error: this looks like a binary file (NUL byte at offset 4), not text [binary-file]\n');
    expect(snapshot(dir)).toEqual(before);
  });
});
