// The draft file is read in one pass over its text, a clause in fmt's form
// (ID line, one line, empty lines) with one match. It must read every file
// exactly as the reading it replaced, line by line (kept here as the
// reference): the same blocks, lines and problems, on every corpus document
// and on random drafts full of what trips a reader up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/core/draft/clause.js';
import { parseDraftBlocks } from '../src/core/draft/format.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS } from './helpers/cli.js';

const RUNS = Number(process.env['REDLINE_PROPERTY_RUNS'] ?? 60);

const ID_LINE = /^<!--\s*#([A-Za-z][A-Za-z0-9_-]{0,31})\s*-->\s*$/;
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})/;

/** The reading as first written: the text split into lines, read one by one. Returns the blocks and the orphan IDs' lines. */
function referenceReading(text: string): { blocks: Block[]; orphans: number[] } {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  const idLine = (trimmed: string) => (trimmed.startsWith('<!--') ? ID_LINE.exec(trimmed) : null);
  const blocks: Block[] = [];
  const orphans: number[] = [];
  let pendingId: { id: string; line: number } | null = null;
  let i = end + 1;
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      i++;
      continue;
    }
    const idMatch = idLine(trimmed);
    // A line meant as an ID line that is none (<!-- #c5 --> x) is refused, and read as nothing.
    if (!idMatch && /^<!--\s*#/u.test(trimmed)) {
      i++;
      continue;
    }
    if (idMatch) {
      if (pendingId) orphans.push(pendingId.line);
      pendingId = { id: idMatch[1]!, line: i + 1 };
      i++;
      continue;
    }
    const heading = line.startsWith('#') ? HEADING.exec(line) : null;
    const first = i;
    let source: string;
    if (heading) {
      source = heading[2]!;
      i++;
    } else {
      const body: string[] = [];
      let fence: string | null = null;
      while (i < lines.length) {
        const current = lines[i]!;
        const currentTrimmed = current.trim();
        if (fence === null && (currentTrimmed === '' || idLine(currentTrimmed))) break;
        const opener = currentTrimmed.startsWith('`') || currentTrimmed.startsWith('~') ? FENCE.exec(currentTrimmed) : null;
        if (opener) fence = fence === null ? opener[1]! : currentTrimmed.startsWith(fence) ? null : fence;
        body.push(current.trimEnd());
        i++;
      }
      while (fence !== null && body.length > 1 && body.at(-1) === '') body.pop();
      source = body.length === 1 ? body[0]! : body.join('\n');
    }
    blocks.push({ id: pendingId?.id ?? null, heading: heading ? heading[1]!.length : null, source, line: first + 1, ...(pendingId ? { idLine: pendingId.line } : {}) });
    pendingId = null;
  }
  if (pendingId) orphans.push(pendingId.line);
  return { blocks, orphans };
}

function reading(text: string): { blocks: Block[]; orphans: number[] } {
  const { blocks, problems } = parseDraftBlocks(text, 'd.md');
  return { blocks, orphans: problems.filter((p) => p.ruleId === 'orphan-id').map((p) => p.line!) };
}

const DOCUMENTS = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(md|txt)$/u.test(file) && file !== 'SOURCES.md')
  .sort();

describe('reading a draft file', () => {
  it.each(DOCUMENTS)('%s, imported: the same blocks as line by line', (file) => {
    const text = importDraft(readFileSync(join(CORPUS, file), 'utf8'), { format: file.endsWith('.md') ? 'markdown' : 'text' }).text;
    const read = reading(text);
    expect(read).toEqual(referenceReading(text));
    expect(read.blocks.length).toBeGreaterThan(0);
  });

  // Lines a draft may hold: text, headings good and bad, ID lines good and bad, fences, white space of every kind.
  const line = fc.oneof(
    { arbitrary: fc.stringMatching(/^[第一二三条。，a-z0-9 #*`~<>!\-\t\u00a0\u3000\u2028]{0,12}$/u), weight: 6 },
    fc.constantFrom('', ' ', '\u3000', '\t', '<!-- #c1 -->', '<!-- #c2 -->', ' <!-- #c3 --> ', '<!--#c4-->', '<!-- #c5 --> x', '<!-- INFO END -->', '# 第一章', '## x ##', '#x', '####### x', '```', '~~~', '\u3000```', '第一条 文字。', '如下：'),
  );
  const draft = fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, newline, bom]) =>
    `${bom ? '\uFEFF' : ''}---\ntitle: t\n---\n${lines.join('\n')}`.replace(/\n/gu, newline),
  );

  it('gives the same blocks as line by line on random drafts', () => {
    fc.assert(
      fc.property(draft, (text) => {
        expect(reading(text)).toEqual(referenceReading(text));
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('gives the same blocks as line by line on drafts in fmt form with random lines put in', () => {
    const base = importDraft(readFileSync(join(CORPUS, 'lawrefbook/lifa_fa_2015.md'), 'utf8'), { format: 'markdown' }).text;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), line), { minLength: 1, maxLength: 5 }), (insertions) => {
        const lines = base.split('\n');
        const bodyStart = lines.indexOf('---', 1) + 1;
        for (const [at, text] of insertions) lines.splice(bodyStart + (at % (lines.length - bodyStart)), 0, text);
        const text = lines.join('\n');
        expect(reading(text)).toEqual(referenceReading(text));
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
