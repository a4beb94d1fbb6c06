// A table of contents is one block whose entries are lines: each must stay a
// line of its own in every Markdown reader (a plain newline is a space to
// pandoc and GitHub), in the draft and in the revised text, also after an
// adopted edit drops a section's line from it. On H.R. 1000 and the
// 国家粮食应急预案, read back through remark (CommonMark) and pandoc.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../src/core/draft/format.js';
import { tempDir } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

/** The text of a node as a Markdown reader shows it: a hard break is a new line, a soft one (a newline in the text) a space. */
function shown(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'text') return node.value.replace(/\n/gu, ' ');
  return 'children' in node ? node.children.map((child) => shown(child)).join('') : '';
}

/** The lines of the paragraph that starts with `start`, as CommonMark reads the Markdown. */
function readLines(markdown: string, start: string): string[] | undefined {
  const tree = unified().use(remarkParse).parse(markdown);
  const paragraph = tree.children.find((node) => node.type === 'paragraph' && shown(node).startsWith(start));
  return paragraph && shown(paragraph).split('\n');
}

/** The table of contents' lines as written in the source, one a line. */
function sourceLines(draft: Draft, start: string): string[] {
  return draft.clauses.find((c) => c.text.startsWith(start))!.text.split('\n').map((line) => line.replace(/\\$/u, ''));
}

const DOCUMENTS = [
  { name: 'H.R. 1000', file: 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', start: '(b) Table of Contents', contents: 'Table of Contents.— ', lines: 36 },
  { name: '国家粮食应急预案', file: 'gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt', start: '目  录', contents: '目  录', lines: 29 },
];

describe.each(DOCUMENTS)('the table of contents of $name', ({ file, start, contents, lines }) => {
  const draft = corpusDraft(file);
  const entries = sourceLines(draft, contents);

  it('is a line per entry in the draft and the revised text, as CommonMark reads them', () => {
    expect(entries).toHaveLength(lines);
    expect(readLines(draft.blocks.map((b) => b.source).join('\n\n'), start)!.slice(1)).toEqual(entries.slice(1));
    expect(readLines(revisedBody(draft).text, start)!.slice(1)).toEqual(entries.slice(1));
  });

  it.skipIf(!hasPandoc)('is a line per entry to pandoc -t plain', () => {
    const path = join(tempDir(), 'revised.md');
    writeFileSync(path, revisedBody(draft).text);
    const plain = execFileSync('pandoc', ['-f', 'markdown', '-t', 'plain', '--wrap=none', path], { encoding: 'utf8' });
    expect(plain).toContain(`\n${entries.slice(1).join('\n')}\n`);
  });
});

describe('H.R. 1000’s table of contents after sections are struck', () => {
  const bill = corpusDraft('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
  const section = (number: string) => bill.clauses.find((c) => c.number === number)!.id;

  it('loses their lines and keeps a line per entry, the last one (section 314’s gone) with no break left dangling', () => {
    const { text, result } = revisedBody(bill, adopted('1', { op: 'remove-clause', clause: section('SEC. 210') }, { op: 'remove-clause', clause: section('SEC. 314') }));
    expect(result.revision.problems.filter((p) => p.rule !== 'dangling-reference')).toEqual([]);
    // (The bill sets its entries' numbers off by en spaces.)
    const lines = readLines(text, '(b) Table of Contents')!.map((line) => line.replace(/\s+/gu, ' '));
    const entries = sourceLines(bill, 'Table of Contents.— ');
    expect(lines).toHaveLength(entries.length - 2);
    expect(lines.slice(-3)).toEqual(['Sec. 311. Secretary’s authority to administer projects directly.', 'Sec. 312. Reports.', 'Sec. 313. Dispute resolution.']);
    expect(lines.filter((l) => l.startsWith('Sec. 21'))).toEqual(['Sec. 210. Workforce Innovation and Opportunity Act.']);
    expect(lines.filter((l) => l.includes('\\'))).toEqual([]);
    // In a table cell or a struck span a hard break is a <br>, with no backslash shown before it.
    const comparison = result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content;
    const redline = result.outputs.find((o) => o.name.endsWith('.redline.md'))!.content;
    for (const output of [comparison, redline]) expect(output).not.toContain('\\\\<br>');
    expect(redline.replace(/\s/gu, ' ')).toContain('Sec. 209.  Program website.<br>~~Sec. 210.  Staffing administrative functions.~~[#1]\\ Sec. ~~211~~**210**[#1].');
  });
});
