// Turns the bytes of a draft or table into text. Drafts from Chinese offices
// arrive as UTF-8 (with or without BOM) or GB18030/GBK, with LF or CRLF; the
// same page in any of them must give the same text.
import { InputError, problem } from '../problem.js';
import { firstUndecodable, hexByte, type Encoding } from '../text/undecodable.js';

export type { Encoding };

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

const MAX_LINE = 1_000_000;

export function decodeText(bytes: Uint8Array, file: string, forced?: Encoding): DecodedText {
  if (bytes.length === 0) throw new InputError(problem('the file is empty', { file, rule: 'empty-file' }));
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError(
      problem(`this looks like a binary file (NUL byte at offset ${nul}), not text`, { file, rule: 'binary-file' }),
    );
  }
  let text: string | undefined;
  let encoding: Encoding = forced ?? 'utf-8';
  if (forced) {
    text = tryDecode(bytes, forced);
    if (text === undefined) {
      const at = firstUndecodable(bytes, forced)!;
      throw new InputError(problem(`the file is not valid ${forced} (byte 0x${hexByte(at.byte)})`, { file, line: at.line, column: at.column, rule: 'encoding' }));
    }
  } else {
    text = tryDecode(bytes, 'utf-8');
    if (text === undefined) {
      text = tryDecode(bytes, 'gb18030');
      encoding = 'gb18030';
    }
    if (text === undefined) {
      // The place to show is where the file stops being the encoding it reads furthest in: a UTF-8
      // file with one stray byte fails there as UTF-8, but at its first Chinese character as GB18030.
      const utf8 = firstUndecodable(bytes, 'utf-8')!;
      const gb = firstUndecodable(bytes, 'gb18030')!;
      const [at, name] = gb.offset > utf8.offset ? [gb, 'GB18030'] : [utf8, 'UTF-8'];
      throw new InputError(
        problem(`the file is neither UTF-8 nor GB18030/GBK text: it reads as ${name} up to byte 0x${hexByte(at.byte)} here`, {
          file,
          line: at.line,
          column: at.column,
          rule: 'unknown-encoding',
        }),
      );
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const longLine = findLongLine(text);
  if (longLine) {
    throw new InputError(
      problem(`line is ${longLine.length} characters long; a draft line may have at most ${MAX_LINE}`, {
        file,
        line: longLine.line,
        rule: 'huge-line',
      }),
    );
  }
  return { text, encoding };
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    // ignoreBOM: false strips a UTF-8 BOM; GB18030 has none of its own.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function findLongLine(text: string): { line: number; length: number } | undefined {
  if (text.length <= MAX_LINE) return undefined;
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > MAX_LINE) return { line, length: end - start };
    start = end + 1;
    line++;
  }
  return undefined;
}
