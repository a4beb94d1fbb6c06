// The diff's quick paths give what the full reading gives. skimDiff compares
// two files in fmt's form as bytes and decodes only the clauses that differ;
// readSide reads a side with IDs as far as its blocks, and a clause's number
// only where it is shown. Both are checked against diffVersions on every
// clause read in full (readVersion), on every corpus document, edited at
// random: words, white space (Unicode's too), IDs, clauses added, removed and
// moved, quoted text, fences, front matter, CRLF, a byte order mark, bytes
// that are not UTF-8.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../src/core/diff/draft-diff.js';
import { skimDiff } from '../src/core/diff/skim.js';
import { diffSides, readSide, readVersion } from '../src/core/diff/version.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS, redline, tempDir } from './helpers/cli.js';

const RUNS = Number(process.env['REDLINE_PROPERTY_RUNS'] ?? 60);

/** Every draft-like document of the corpus (not the feedback tables), as `redline import` writes it. */
const DOCUMENTS = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(md|txt)$/u.test(file) && file !== 'SOURCES.md')
  .sort();

const drafts = new Map<string, string>();
function draftOf(file: string): string {
  let text = drafts.get(file);
  if (text === undefined) {
    text = importDraft(readFileSync(join(CORPUS, file), 'utf8'), { format: file.endsWith('.md') ? 'markdown' : 'text' }).text;
    drafts.set(file, text);
  }
  return text;
}

/** What the full reading says: the changes, or the message that refuses the pair. */
function fullDiff(before: Uint8Array, after: Uint8Array) {
  const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
  try {
    const result = diffVersions(readVersion(decode(before), 'a.md', 'a').clauses, readVersion(decode(after), 'b.md', 'b').clauses);
    const sides = diffSides(readSide(decode(before), 'a.md', 'a'), readSide(decode(after), 'b.md', 'b'));
    return { result, sides };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A draft cut into its front matter and its units (ID line, one line, empty lines), where it is in that form. */
function unitsOf(text: string): { head: string; units: string[] } {
  const first = text.indexOf('\n<!-- #') + 1;
  return { head: text.slice(0, first), units: text.slice(first).split(/(?<=\n)\n(?=<!-- #)/u) };
}

// What an edit may insert: words, marks that start structure, white space of every kind, quoting, numbers.
const piece = fc.constantFrom('应当', '不', '，', '。', 'shall', ' ', '\u3000', '\u00a0', '\u2028', '\ufeff', '\u1680', '\t', '修改为：', 'as follows:', '#', '# ', '```', '~~~', '<!-- #c1 -->', '\n', '\n\n', '第三条 ', '（一）', '1. ', '(i) ', '-->', '𠀀');

type Edit =
  | { kind: 'insert'; unit: number; at: number; text: string }
  | { kind: 'delete'; unit: number; at: number; length: number }
  | { kind: 'id'; unit: number; id: string }
  | { kind: 'add'; unit: number; text: string }
  | { kind: 'remove'; unit: number }
  | { kind: 'move'; unit: number; to: number }
  | { kind: 'blank'; unit: number }
  | { kind: 'head'; text: string };

const textEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), unit: fc.nat(), at: fc.nat(), text: piece }),
  fc.record({ kind: fc.constant('delete' as const), unit: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
);
const anyEdit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: textEdit, weight: 6 },
  fc.record({ kind: fc.constant('id' as const), unit: fc.nat(), id: fc.constantFrom('c1', 'c2', 'c9999', 'x-1', 'c1 ') }),
  fc.record({ kind: fc.constant('add' as const), unit: fc.nat(), text: fc.constantFrom('<!-- #n1 -->\n第九百条 新增。\n', '<!-- #n2 -->\n## 新的一章\n', '新增的段落。\n') }),
  fc.record({ kind: fc.constant('remove' as const), unit: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), unit: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('blank' as const), unit: fc.nat() }),
  fc.record({ kind: fc.constant('head' as const), text: fc.constantFrom('title: 另一个标题\n', 'title: [\n', 'version: 2\n', 'lang: 1\n') }),
);

function applyEdits(text: string, edits: readonly Edit[]): string {
  const { head, units } = unitsOf(text);
  let front = head;
  for (const edit of edits) {
    const i = edit.kind === 'head' ? 0 : edit.unit % units.length;
    const unit = units[i]!;
    const lineStart = unit.indexOf('\n') + 1;
    const lineEnd = Math.max(lineStart, unit.indexOf('\n', lineStart) === -1 ? unit.length : unit.indexOf('\n', lineStart));
    const at = edit.kind === 'insert' || edit.kind === 'delete' ? lineStart + (edit.at % (lineEnd - lineStart + 1)) : 0;
    if (edit.kind === 'insert') units[i] = unit.slice(0, at) + edit.text + unit.slice(at);
    else if (edit.kind === 'delete') units[i] = unit.slice(0, at) + unit.slice(Math.min(lineEnd, at + edit.length));
    else if (edit.kind === 'id') units[i] = unit.replace(/^<!-- #[^ ]+ -->/u, `<!-- #${edit.id} -->`);
    else if (edit.kind === 'add') units.splice(i, 0, edit.text);
    else if (edit.kind === 'remove' && units.length > 1) units.splice(i, 1);
    else if (edit.kind === 'move') units.splice(edit.to % units.length, 0, ...units.splice(i, 1));
    else if (edit.kind === 'blank') units[i] = `${unit}\n`;
    else if (edit.kind === 'head') front = front.replace('\n---\n', `\n${edit.text}---\n`);
  }
  return front + units.join('\n');
}

/** Bytes of the text, sometimes with CRLF newlines, a byte order mark, or a byte that is not UTF-8. */
const encoding = fc.constantFrom('utf8', 'utf8', 'utf8', 'utf8', 'utf8', 'crlf', 'bom', 'bad byte');
function bytesOf(text: string, how: string): Uint8Array {
  if (how === 'crlf') return Buffer.from(text.replace(/\n/gu, '\r\n'));
  if (how === 'bom') return Buffer.from(`\uFEFF${text}`);
  const bytes = Buffer.from(text);
  if (how === 'bad byte') {
    const at = text.indexOf('\n<!-- #') + 1;
    const line = bytes.indexOf(0x0a, Buffer.byteLength(text.slice(0, at)) + 1) + 1;
    return Buffer.concat([bytes.subarray(0, line + 3), Buffer.from([0xe4, 0xb8]), bytes.subarray(line + 3)]);
  }
  return bytes;
}

/** The documents skimDiff leaves to the full reading as they are: quoted text ("修改为：", "as follows:"), or lines that start with white space. */
const DECLINED = [
  'cn_gov_pages_excerpts/ahjinzhai_zhengwu_gongkai_zhuanqu_yijian_caina.txt',
  'cn_gov_pages_excerpts/shanghai_swj_shuitu_baochi_fangan_yijian_caina_qingkuang.txt',
  'gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt',
  'lawrefbook/xianfa_amendment_2018.md',
  'lawrefbook/xianfa_constitution.md',
  'lawrefbook/xingfa_criminal_law.md',
  'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt',
  'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md',
];

it('skims every corpus document but those with quoted text or indented lines', () => {
  const declined = DOCUMENTS.filter((file) => skimDiff(Buffer.from(draftOf(file)), Buffer.from(draftOf(file))) === null);
  expect(declined).toEqual(DECLINED);
});

describe.each(DOCUMENTS)('%s: the quick diff gives what the full reading gives', (file) => {
  it('with words changed only: skimmed, and the same changes', () => {
    const before = draftOf(file);
    let skimmed = 0;
    fc.assert(
      fc.property(fc.array(textEdit, { minLength: 1, maxLength: 6 }), (edits) => {
        const after = applyEdits(before, edits);
        const [a, b] = [Buffer.from(before), Buffer.from(after)];
        const skim = skimDiff(a, b);
        const full = fullDiff(a, b);
        if (skim === null) return;
        skimmed++;
        expect(full.error).toBeUndefined();
        expect(skim).toEqual(full.result!.changes);
        expect(full.sides).toEqual(full.result);
      }),
      { numRuns: Math.max(5, RUNS / 3) },
    );
    // Where the document itself can be skimmed, most such edits keep it so: the quick path was taken, not always refused.
    if (!DECLINED.includes(file)) expect(skimmed).toBeGreaterThan(0);
  });

  it('with anything changed on either side: the same changes wherever it answers, and the same refusals', () => {
    const original = draftOf(file);
    fc.assert(
      fc.property(fc.array(anyEdit, { maxLength: 2 }), fc.array(anyEdit, { minLength: 1, maxLength: 6 }), encoding, encoding, (beforeEdits, afterEdits, howBefore, howAfter) => {
        const before = applyEdits(original, beforeEdits);
        const after = applyEdits(before, afterEdits);
        const [a, b] = [bytesOf(before, howBefore), bytesOf(after, howAfter)];
        const full = fullDiff(a, b);
        if (full.error === undefined) expect(full.sides).toEqual(full.result);
        const skim = skimDiff(a, b);
        if (skim === null) return;
        expect(full.error).toBeUndefined();
        expect(skim).toEqual(full.result!.changes);
      }),
      { numRuns: Math.max(5, RUNS / 3) },
    );
  });
});

describe('redline diff takes the quick path where it can, and prints the same', () => {
  it('on the Civil Code with 40 articles changed: the same output whether the new side is read quickly or in full (CRLF)', async () => {
    const dir = tempDir();
    const before = draftOf('lawbasecn/minfadian_civil_code.md');
    const { head, units } = unitsOf(before);
    const changed = units.map((unit, i) => (i % 50 === 7 ? unit.replace(/。\n/u, '，但是法律另有规定的除外。\n') : unit));
    writeFileSync(join(dir, 'a.md'), before);
    writeFileSync(join(dir, 'b.md'), head + changed.join('\n'));
    writeFileSync(join(dir, 'b-crlf.md'), (head + changed.join('\n')).replace(/\n/gu, '\r\n'));
    expect(skimDiff(Buffer.from(before), Buffer.from(head + changed.join('\n')))).not.toBeNull();
    for (const format of [[], ['--format', 'markdown'], ['--json']]) {
      const quick = await redline(dir, 'diff', 'a.md', 'b.md', ...format);
      const full = await redline(dir, 'diff', 'a.md', 'b-crlf.md', ...format);
      expect(quick.code).toBe(0);
      expect(quick.stdout.replaceAll('b.md', 'b-crlf.md')).toBe(full.stdout);
    }
    const quick = await redline(dir, 'diff', 'a.md', 'b.md', '--json');
    expect((JSON.parse(quick.stdout) as unknown[]).length).toBe(units.filter((_, i) => i % 50 === 7).filter((u) => /。\n/u.test(u)).length);
  });

  it('on the Civil Code with articles added, removed and moved: skimmed, and the same changes as the full reading', () => {
    const before = draftOf('lawbasecn/minfadian_civil_code.md');
    const { head, units } = unitsOf(before);
    const edited = [...units];
    const [moved] = edited.splice(100, 1);
    edited.splice(900, 0, moved!);
    edited.splice(500, 3);
    edited.splice(20, 0, '<!-- #n1 -->\n第十一条之一 新增的条文。\n');
    edited[1500] = edited[1500]!.replace(/。\n/u, '，但是法律另有规定的除外。\n');
    const [a, b] = [Buffer.from(before), Buffer.from(head + edited.join('\n'))];
    const skim = skimDiff(a, b);
    expect(skim?.map((c) => c.change).sort()).toEqual(['added', 'changed', 'moved', 'removed', 'removed', 'removed']);
    expect(skim).toEqual(fullDiff(a, b).result!.changes);
  });

  it('tells the old side\'s problem first, as before, when the new side is missing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), '---\ntitle: [\n---\n\n<!-- #c1 -->\n第一条 文字。\n');
    const result = await redline(dir, 'diff', 'a.md', 'missing.md');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^a\.md:2:9: error: front matter: Flow sequence/u);
  });
});
