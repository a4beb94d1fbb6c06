// Markdown for pull-request comments and job summaries: under GitHub's limit
// with a count of what was left out, long entries folded, and nothing from a
// draft or a comment able to add markup to the page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import type { Entry } from '../src/core/feedback/entry.js';
import { proposeEntries } from '../src/core/revision/proposal.js';
import { COMMENT_LIMIT } from '../src/core/text/comment.js';
import { markdown } from '../src/cli/proposal-view.js';
import { CORPUS, redline, seedWorkspace, tempDir } from './helpers/cli.js';
import { readFileSync } from 'node:fs';

const parse = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text) as Root;

type Node = Root | RootContent;
const children = (node: Node): Node[] => ('children' in node ? (node.children as Node[]) : []);
const all = (node: Node): Node[] => [node, ...children(node).flatMap(all)];
const textOf = (node: Node): string => ('value' in node && node.type !== 'html' ? node.value : children(node).map(textOf).join(''));

/** The markup redline itself writes; anything else came from the text. */
const OWN_HTML = /^(<!-- -->|<del>|<\/del>|<ins>|<\/ins>|<br>|<details><summary>[^<>]*<\/summary>|<\/details>)$/u;

function markupProblems(tree: Root): string[] {
  const problems: string[] = [];
  for (const node of all(tree)) {
    if (['link', 'image', 'linkReference', 'imageReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'code', 'thematicBreak', 'table'].includes(node.type)) problems.push(node.type);
    if (node.type === 'html' && !OWN_HTML.test(node.value)) problems.push(`html ${node.value}`);
    if (node.type === 'heading' && node.depth < 2) problems.push(`heading ${node.depth}`);
  }
  return problems;
}

const seedClauses = parseDraft(readFileSync(join(import.meta.dirname, '../drafts/seed.md'), 'utf8'), 'seed.md', 'seed').draft.clauses;

function entry(id: string, unit: string, comment: string, text: string): Entry {
  return {
    id,
    unit,
    comment,
    edits: [{ op: 'replace', clause: 'c48', quote: '开展', text }],
    decision: { status: 'pending' },
    file: `${id}.yaml`,
    editLines: [1],
  };
}

const MARKUP = [...'<>&[]()!#*_`~|\\:@/.-+=1 abcw\n\t', 'https://', 'www.', '<img src=x onerror=alert(1)>', '</details>', '[x](javascript:alert(1))', '@octocat', ':+1:', '# ', '1. ', '- ', '```', '<!--', '---', '|---|'];

describe('Markdown for pull requests', () => {
  it('lets no comment, unit or edit text add markup: every comment reads back as its own text', () => {
    const text = fc.string({ unit: fc.constantFrom(...MARKUP), maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, (comment, unit, replacement) => {
        const proposals = proposeEntries(seedClauses, [entry('1', unit || 'u', comment, replacement)], 'zh');
        const output = markdown(proposals, 'seed');
        const tree = parse(output);
        expect(markupProblems(tree)).toEqual([]);
        // Ours only: the header, and the entry's own heading unless it is folded.
        expect(all(tree).filter((n) => n.type === 'heading').length).toBeLessThanOrEqual(2);
        const quote = all(tree).find((n) => n.type === 'blockquote');
        const normal = (s: string) => s.replace(/\s+/gu, '');
        expect(normal(textOf(quote!))).toBe(normal(comment));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps propose --format markdown of 10,000 entries under 65,536 characters and says how many were left out', async () => {
    const dir = await seedWorkspace();
    const folder = join(dir, 'feedback/seed');
    const clauses = ['c10', 'c25', 'c26', 'c27', 'c48', 'c50'];
    for (let i = 7; i <= 10_000; i++) {
      const clause = clauses[i % clauses.length];
      writeFileSync(
        join(folder, `${i}.yaml`),
        `id: "${i}"\nunit: 单位${i % 37}\ncomment: 建议在末尾增加“补充内容${i}”。\nedits:\n  - op: append\n    clause: ${clause}\n    text: 补充内容${i}。\ndecision:\n  status: ${i % 5 === 0 ? 'rejected' : 'pending'}\n  ${i % 5 === 0 ? 'reason: 不采纳' : ''}\n`,
      );
    }
    const result = await redline(dir, 'propose', '--format', 'markdown');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.length).toBeLessThan(COMMENT_LIMIT);
    const note = /> \[!NOTE\]\n> (\d+) of 10000 entries left out \((\d+) pending, (\d+) rejected\) to stay under GitHub's 65,536-character limit; (\d+) shown\. Run `redline propose` locally for all of them\.\n$/u.exec(result.stdout);
    expect(note, result.stdout.slice(-400)).not.toBeNull();
    const [left, pending, rejected, shown] = note!.slice(1).map(Number) as [number, number, number, number];
    expect(left + shown).toBe(10_000);
    expect(pending + rejected).toBe(left);
    expect(result.stdout.match(/^### Entry |^<details><summary>Entry /gmu)!.length).toBe(shown);
    expect(shown).toBeGreaterThan(50);
  });

  it('folds a long entry into <details> and keeps a short one as a heading', async () => {
    const dir = await seedWorkspace();
    const output = (await redline(dir, 'propose', '--format', 'markdown')).stdout;
    expect(output).toContain('<details><summary>Entry 3 — 区科技局 (partial)</summary>\n\n> 建议第7页第一项');
    expect(output).toContain('\n\n</details>');
    expect(output).toContain('### Entry 6 — 区商务局 (pending)\n\n> ');
    expect(output).toMatch(/^## redline: 6 entries on seed\n\n15 edit\(s\): 15 ok\n\n### Entry 1 /u);
    expect(markupProblems(parse(output))).toEqual([]);
  });

  it('renders status as a table per draft, unit names escaped, rows past the limit counted', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'feedback/seed/7.yaml'), 'id: "7"\nunit: "<b>x</b> | [a](http://e.x)"\ncomment: c\n');
    const result = await redline(dir, 'status', '--format', 'markdown', '--today', '2018-01-10');
    expect(result.stdout).toContain('### seed\n\n7 entries (6 pending, 1 partial); 0 stale edit(s); consultation 2018-01-08 to 2018-01-15: open\n\n| unit | pending | adopted | partial | rejected |\n| --- | ---: | ---: | ---: | ---: |\n| 区人社局 | 1 | 0 | 0 | 0 |');
    expect(result.stdout).toContain('| &lt;b&gt;x&lt;/b&gt; \\| \\[a\\](http<!-- -->://e.x) | 1 | 0 | 0 | 0 |');
    const table = all(parse(result.stdout)).find((n) => n.type === 'table');
    expect(table && children(table).length).toBe(8);
  });

  it('renders diff --format markdown for two corpus versions under the limit, with the alignment note', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    await redline(dir, 'import', join(CORPUS, 'lawrefbook/minshi_susong_fa_2021.md'), '--name', 'msf');
    mkdirSync(join(dir, 'in'));
    const result = await redline(dir, 'diff', 'drafts/msf.md', join(CORPUS, 'lawrefbook/minshi_susong_fa_2023.md'), '--format', 'markdown');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.length).toBeLessThan(COMMENT_LIMIT);
    expect(result.stdout).toMatch(/^## redline diff: drafts\/msf\.md → .*minshi\\_susong\\_fa\\_2023\.md\n\n\d+ (added|changed), /u);
    expect(result.stdout).toMatch(/\n\n> .*has \d+ clause\(s\) without IDs: clauses matched by text/u);
    expect(markupProblems(parse(result.stdout))).toEqual([]);
  });
});
