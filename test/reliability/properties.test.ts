// Rules that must hold on any input, checked with fast-check: the draft format
// round-trips, an edit's diff gives back the edit, and no bytes or YAML, however
// random, make a command crash (exit 0, 1 or 2 only; never 70; never a changed
// file on error).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatDraft, parseDraft } from '../../src/core/draft/format.js';
import { ARTICLE_STYLE } from '../../src/core/draft/hierarchy.js';
import type { Edit } from '../../src/core/edits/edit.js';
import type { Entry } from '../../src/core/feedback/entry.js';
import { InputError } from '../../src/core/problem.js';
import { proposeEntries } from '../../src/core/revision/proposal.js';
import { commonPrefixLength, commonSuffixLength } from '../../src/core/text/strings.js';
import { redline, seedWorkspace } from '../helpers/cli.js';
import { DOCUMENTS, corpusWorkspace, files, RAW_CONTROL } from './helpers.js';

const RUNS = Number(process.env['REDLINE_PROPERTY_RUNS'] ?? 60);

/** Exit statuses seen on random input, for the probe count (REDLINE_PROBE_COUNT=1 prints them). */
const seen: Record<number, number> = {};
const tally = (code: number) => (seen[code] = (seen[code] ?? 0) + 1);
afterAll(() => {
  if (process.env['REDLINE_PROBE_COUNT']) console.log(`random inputs: command runs by exit status ${JSON.stringify(seen)}`);
});

// Pieces real drafts are made of, and the characters that trip parsers up.
const line = fc.stringMatching(/^[一二三四五六七八九十条款项第章节、（）()。，；：“”《》a-zA-Z0-9 .#*_`|<>!\-\\[\]{}~\t\u00a0\u3000]{0,40}$/u);
const marker = fc.constantFrom('', '一、', '（三）', '18.', '18．', '第三条 ', '第一章 ', '(a) ', 'Section 5. ', '1、', '——', '- ', '1. ');
const block = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), level: fc.integer({ min: 1, max: 6 }), text: line, marker }),
  fc.record({ kind: fc.constant('paragraph' as const), lines: fc.array(line, { minLength: 1, maxLength: 3 }), marker, id: fc.option(fc.stringMatching(/^c[1-9][0-9]{0,2}$/u)) }),
  fc.record({ kind: fc.constant('fence' as const), lines: fc.array(fc.oneof(line, fc.constant(''), fc.constant('<!-- #c9 -->')), { maxLength: 4 }) }),
);
const eol = fc.constantFrom('\n', '\r\n');

/** A draft file from random blocks: IDs on some, CRLF or LF, odd characters everywhere. */
const draftText = fc.tuple(fc.array(block, { maxLength: 12 }), eol, line).map(([blocks, newline, title]) => {
  const body = blocks.map((b) => {
    if (b.kind === 'heading') return `${'#'.repeat(b.level)} ${b.marker}${b.text}`;
    if (b.kind === 'fence') return ['```', ...b.lines, '```'].join('\n');
    const text = `${b.marker}${b.lines.join('\n')}`;
    return b.id ? `<!-- #${b.id} -->\n${text}` : text;
  });
  return `---\ntitle: ${JSON.stringify(title)}\nlang: zh\n---\n\n${body.join('\n\n')}\n`.replace(/\n/gu, newline);
});

const clauseView = (text: string) => {
  const { draft, problems } = parseDraft(text, 'd.md', 'd');
  return {
    fatal: problems.some((p) => p.fatal !== false),
    blocks: draft.blocks.map((b) => [b.heading, b.source]),
    clauses: draft.clauses.map((c) => ({ number: c.number, level: c.level, title: c.title, text: c.text, units: c.units })),
    formatted: formatDraft(draft.frontMatter, draft.blocks),
  };
};

describe('the draft format', () => {
  it('parse → format → parse is the identity on random drafts, and format is idempotent', () => {
    fc.assert(
      fc.property(draftText, (text) => {
        let first: ReturnType<typeof clauseView>;
        try {
          first = clauseView(text);
        } catch (error) {
          if (error instanceof InputError) return; // a draft the format refuses, with a message
          throw error;
        }
        if (first.fatal) return; // duplicate IDs: an error for the clerk, not a format to keep
        const second = clauseView(first.formatted);
        expect(second.blocks).toEqual(first.blocks);
        expect(second.clauses).toEqual(first.clauses);
        expect(second.formatted).toBe(first.formatted);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('keeps what random drafts once broke: headings ending in "#", a fence left open', () => {
    for (const body of ['# # #\n', '# *# #\n', '## 第一章 总则 #\n', '```\n', '第一条 文字。\n\n~~~\n代码\n\n']) {
      const text = `---\ntitle: ""\nlang: zh\n---\n\n${body}`;
      const first = clauseView(text);
      const second = clauseView(first.formatted);
      expect({ body, blocks: second.blocks }).toEqual({ body, blocks: first.blocks });
      expect(clauseView(second.formatted).formatted).toBe(second.formatted);
    }
    expect(clauseView('---\ntitle: ""\nlang: zh\n---\n\n# *# #\n').formatted).toMatch(/\n# \*# #\n$/u);
  });
});

/** Where the Latin word around `i` starts and ends: a diff keeps whole words on both sides of a change. */
const wordStart = (text: string, i: number) => {
  while (i > 0 && /\w/u.test(text[i - 1]!)) i--;
  return i;
};
const wordEnd = (text: string, i: number) => {
  while (i < text.length && /\w/u.test(text[i]!)) i++;
  return i;
};

describe('an edit and its diff', () => {
  it('replacing a quote in a real clause: the diff changes exactly that, and its parts give back both texts', async () => {
    for (const file of [DOCUMENTS.statute, DOCUMENTS.bill]) {
      const dir = await corpusWorkspace(file, 'doc');
      const { draft } = parseDraft(readFileSync(join(dir, 'drafts/doc.md'), 'utf8'), 'doc.md', 'doc');
      const clauses = draft.clauses.filter((c) => c.text.length >= 8);
      const pick = fc
        .record({ clause: fc.integer({ min: 0, max: clauses.length - 1 }), start: fc.nat(), length: fc.integer({ min: 1, max: 12 }), text: fc.string({ maxLength: 12, unit: 'grapheme' }) })
        .map(({ clause, start, length, text }) => {
          const c = clauses[clause]!;
          const from = start % (c.text.length - 1);
          return { c, from, quote: c.text.slice(from, from + length), text };
        })
        // A quote that occurs once, has no broken surrogate pair, and actually changes; not a list
        // item's ending (an article's is the quote's like any other words), which the build keeps as the list has it (lists.ts; test/list-punctuation-shown.test.ts).
        .filter(({ c, from, quote, text }) => c.text.indexOf(quote) === c.text.lastIndexOf(quote) && quote.trim() !== '' && !/[\ud800-\udfff]/u.test(quote) && quote !== text && !(c.marker && c.marker.style !== ARTICLE_STYLE && from + quote.length >= c.text.length));
      fc.assert(
        fc.property(pick, ({ c, from, quote, text }) => {
          const edit = { op: 'replace', clause: c.id, quote, text } as Edit;
          const entry: Entry = { id: '1', unit: '单位', comment: '意见', edits: [edit], decision: { status: 'pending' }, file: '', editLines: [1] };
          const [proposal] = proposeEntries(draft.clauses, [entry], 'zh');
          const proposed = proposal!.edits[0]!;
          expect(proposed.state).toBe('ok');
          // `before` is the clause as written: its number, then its text.
          const at = proposed.before.indexOf(c.text) + from;
          expect(at).toBeGreaterThanOrEqual(from);
          expect(proposed.after).toBe(proposed.before.slice(0, at) + text + proposed.before.slice(at + quote.length));
          const parts = proposed.diff;
          expect(parts.filter((p) => p.kind !== 'insert').map((p) => p.text).join('')).toBe(proposed.before);
          expect(parts.filter((p) => p.kind !== 'delete').map((p) => p.text).join('')).toBe(proposed.after);
          // Only what differs is marked, and nothing outside the words the quote touches. Where
          // the change could stand in more than one place ("one or more" less "e or mor" is
          // "one" less " or more"), the texts' common ends decide, not the quote's offsets;
          // a Chinese change may stand a few Chinese characters earlier, where a separator bounds it
          // (法律、[-法规、…违-]法行为, not 法律、法[-规、…违法-]行为: word-diff.ts's slide).
          const { before, after } = proposed;
          const head = parts[0]?.kind === 'equal' ? parts[0].text.length : 0;
          const tail = parts.length > 1 && parts.at(-1)!.kind === 'equal' ? parts.at(-1)!.text.length : 0;
          const same = commonPrefixLength(before, after);
          expect(same).toBeGreaterThanOrEqual(at);
          expect(head).toBeLessThanOrEqual(same);
          const slid = /^[\p{Script=Han}、，；：。]+$/u.test(before.slice(head, same));
          if (!slid) expect(head).toBeGreaterThanOrEqual(wordStart(before, same));
          const sameEnd = commonSuffixLength(before, after, head);
          expect(tail).toBeLessThanOrEqual(sameEnd);
          expect(before.length - tail).toBeLessThanOrEqual(wordEnd(before, before.length - sameEnd));
        }),
        { numRuns: RUNS },
      );
    }
  });
});

// Commands run on the broken workspace: whether they write, and which files they read.
const COMMANDS: Array<{ args: string[]; writes: boolean; reads: Array<'draft' | 'entry'> }> = [
  { args: ['check'], writes: false, reads: ['draft', 'entry'] },
  { args: ['fmt'], writes: true, reads: ['draft', 'entry'] },
  { args: ['build'], writes: true, reads: ['draft', 'entry'] },
  { args: ['decide', '1', 'adopt', '--date', '2018-01-20'], writes: true, reads: ['entry'] },
  { args: ['feedback', 'list', '--json'], writes: false, reads: ['draft', 'entry'] },
  { args: ['propose', '--format', 'markdown'], writes: false, reads: ['draft', 'entry'] },
  { args: ['status', '--json'], writes: false, reads: ['draft', 'entry'] },
  { args: ['clauses', '--json'], writes: false, reads: ['draft'] },
];

const utf8 = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (content: Uint8Array) => {
  try {
    utf8.decode(content);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs every command on the broken workspace: exit 0/1/2 only, no raw control
 * out, nothing changed on error; and a file that is not UTF-8 is never
 * rewritten nor published (U+FFFD in its place): a command that reads it and
 * would write fails.
 */
async function survives(dir: string, broken: 'draft' | 'entry', content: Uint8Array): Promise<void> {
  const decodable = isUtf8(content);
  for (const { args, writes, reads } of COMMANDS) {
    const before = files(dir);
    const result = await redline(dir, ...args);
    tally(result.code);
    expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBeOneOf([0, 1, 2]);
    expect(result.stderr).not.toMatch(/internal error/u);
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
    if (result.code !== 0 || !writes) expect(files(dir), args.join(' ')).toEqual(before);
    if (!decodable && reads.includes(broken)) {
      expect(result.code, `${args.join(' ')} on bytes that are not UTF-8`).not.toBe(0);
      expect(result.stderr).toMatch(/error: not valid UTF-8/u);
    }
  }
}

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  // Mostly text, with stray bytes: the near-misses that decoders get wrong.
  fc.tuple(fc.string({ maxLength: 200, unit: 'grapheme' }), fc.uint8Array({ maxLength: 8 }), fc.nat()).map(([text, junk, at]) => {
    const b = Buffer.from(text);
    const i = b.length ? at % b.length : 0;
    return new Uint8Array(Buffer.concat([b.subarray(0, i), Buffer.from(junk), b.subarray(i)]));
  }),
);

/** Random YAML: random data written as YAML, or YAML-like token soup. */
const yamlText = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => stringify(v)),
  fc.record({ id: fc.oneof(fc.constant('1'), fc.string()), unit: fc.jsonValue({ maxDepth: 1 }), comment: fc.jsonValue({ maxDepth: 1 }), edits: fc.jsonValue({ maxDepth: 3 }), decision: fc.jsonValue({ maxDepth: 2 }) }).map((v) => stringify(v)),
  fc
    .array(fc.constantFrom('id: ', '"1"', '\n', '  ', '- ', ': ', '[', ']', '{', '}', ',', '&a ', '*a', '!!str ', '? ', '|\n', '>-\n', "'", '"', '#', 'edits:', 'decision:', 'status: adopted', '__proto__: ', '\t', '\u202e', '\u001b[2J', '---\n', '...\n'), { maxLength: 60 })
    .map((tokens) => tokens.join('')),
);

describe('random bytes and random YAML never crash a command', () => {
  it('in an entry file', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'feedback/seed/1.yaml');
    await fc.assert(
      fc.asyncProperty(fc.oneof(bytes, yamlText.map((t) => new Uint8Array(Buffer.from(t)))), async (content) => {
        writeFileSync(path, content);
        await survives(dir, 'entry', content);
      }),
      { numRuns: RUNS },
    );
  });

  it('in a draft file', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'drafts/seed.md');
    const real = readFileSync(path);
    await fc.assert(
      fc.asyncProperty(bytes, fc.nat(), async (junk, at) => {
        // Random bytes spliced into the real draft, or a whole random file.
        const i = at % real.length;
        const content = junk.length % 2 ? Buffer.concat([real.subarray(0, i), junk, real.subarray(i)]) : junk;
        writeFileSync(path, content);
        await survives(dir, 'draft', content);
      }),
      { numRuns: RUNS },
    );
  });

  it('in redline.yaml and in scripted review answers', async () => {
    const dir = await seedWorkspace();
    await fc.assert(
      fc.asyncProperty(fc.oneof(bytes, yamlText.map((t) => new Uint8Array(Buffer.from(t)))), fc.boolean(), async (content, config) => {
        writeFileSync(join(dir, config ? 'redline.yaml' : 'answers.yaml'), content);
        const before = files(dir);
        const result = await redline(dir, ...(config ? ['build', '--out', 'dist'] : ['review', '--answers', 'answers.yaml']));
        tally(result.code);
        expect(result.code, result.stderr).toBeOneOf([0, 1, 2]);
        expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
        if (result.code !== 0) expect(files(dir)).toEqual(before);
        writeFileSync(join(dir, 'redline.yaml'), 'out: out\n');
      }),
      { numRuns: RUNS },
    );
  });

  it('as a draft or a feedback table to import', async () => {
    const dir = await seedWorkspace();
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('page.txt', 'draft.md', 'table.csv', 'table.tsv'), async (content, name) => {
        writeFileSync(join(dir, name), content);
        const before = files(dir);
        const args = name.startsWith('table') ? ['feedback', 'import', name, '--force'] : ['import', name, '--name', 'other', '--force'];
        const result = await redline(dir, ...args);
        tally(result.code);
        expect(result.code, result.stderr).toBeOneOf([0, 1, 2]);
        expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
        if (result.code !== 0) expect(files(dir)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});
