// Turns the bytes of a draft or table into text. Drafts from Chinese offices
// arrive as UTF-8 (with or without BOM) or GB18030/GBK, with LF or CRLF; the
// same page in any of them must give the same text.
import { InputError, problem } from '../problem.js';

export type Encoding = 'utf-8' | 'gb18030';

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
      throw new InputError(problem(`the file is not valid ${forced}`, { file, rule: 'encoding' }));
    }
  } else {
    text = tryDecode(bytes, 'utf-8');
    if (text === undefined) {
      text = tryDecode(bytes, 'gb18030');
      encoding = 'gb18030';
    }
    if (text === undefined) {
      throw new InputError(
        problem('the file is neither UTF-8 nor GB18030/GBK text', {
          file,
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
