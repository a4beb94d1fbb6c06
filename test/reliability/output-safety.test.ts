// No control character from any input reaches a terminal, through any channel:
// text, --json, --format markdown, prompts, problem messages, commander's own
// errors. JSON stays JSON with the same values; Markdown outputs carry no HTML
// or link that the input smuggled in.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { safeOutput } from '../../src/cli/terminal-text.js';
import { cellText } from '../../src/core/text/markdown.js';
import { run } from '../../src/cli/main.js';
import { redline, seedWorkspace, snapshot } from '../helpers/cli.js';
import { DOCUMENTS, corpusWorkspace, RAW_CONTROL } from './helpers.js';

const HOSTILE_UNIT = '区\u202e局民\u009b31m\u2066';
const HOSTILE_COMMENT = '建议将“开展”改为“基本\u001b]0;pwned\u0007完成\u001b[2J”<script>alert(1)</script>[点此](javascript:alert(1))![x](http://e.x/t.png)<img src=x onerror=alert(1)>';
const HOSTILE_REASON = '以市\u001b[8m下达\u202e指标为准\u0085';

/** The seed with a hostile entry, a hostile clause and a hostile decision. */
async function hostileWorkspace(): Promise<string> {
  const dir = await seedWorkspace();
  const added = await redline(dir, 'feedback', 'add', '--unit', HOSTILE_UNIT, '--comment', HOSTILE_COMMENT);
  expect(added.code, added.stderr).toBe(0);
  const draft = join(dir, 'drafts/seed.md');
  writeFileSync(draft, readFileSync(draft, 'utf8').replace('## 一、总体要求', '## 一、总体\u202e要求\u001b[2J\u009b'));
  expect((await redline(dir, 'decide', '5', 'reject', '--reason', HOSTILE_REASON, '--date', '2018-01-20')).code).toBe(0);
  return dir;
}

const CHANNELS = [
  ['feedback', 'list'],
  ['feedback', 'list', '--json'],
  ['propose'],
  ['propose', '--format', 'markdown'],
  ['propose', '--format', 'json'],
  ['clauses'],
  ['clauses', '--json'],
  ['status'],
  ['status', '--json'],
  ['check', '--final'],
  ['decide', '6', 'reject', '--reason', HOSTILE_REASON],
];

describe('no raw control characters out', () => {
  it.each(CHANNELS)('redline %s', async (...args) => {
    const dir = await hostileWorkspace();
    const result = await redline(dir, ...args);
    expect(result.code, result.stderr).toBeOneOf([0, 1]);
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
  });

  it('JSON outputs stay JSON, carrying the exact values', async () => {
    const dir = await hostileWorkspace();
    const listed = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Array<{ unit: string; comment: string; decision: { reason?: string } }>;
    expect(listed.at(-1)).toMatchObject({ unit: HOSTILE_UNIT, comment: HOSTILE_COMMENT });
    expect(listed[4]!.decision.reason).toBe(HOSTILE_REASON);
    const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ title: string; text: string }>;
    expect(clauses[1]!.text).toContain('总体\u202e要求\u001b[2J\u009b');
  });

  it('with colors on, only the colors themselves are escape sequences', async () => {
    const dir = await hostileWorkspace();
    let stdout = '';
    const code = await run(['propose'], { cwd: dir, env: { FORCE_COLOR: '3' }, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: true });
    expect(code).toBe(0);
    expect(stdout).toContain('\u001b[1m');
    const withoutColors = stdout.replace(/\u001b\[[0-9;]*m/gu, '');
    expect(withoutColors).not.toMatch(RAW_CONTROL);
    // The input's own SGR sequences (here a screen clear and a title) are shown, not obeyed.
    expect(stdout).toContain('\\u{1b}]0;pwned\\u{7}');
    expect(stdout).not.toContain('\u001b[8m');
  });

  it('problem messages escape the file names, which can hold controls too', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'feedback/seed/x\u001b[2J\u202e.yaml'), 'id: "x"\nunit: [\n');
    const result = await redline(dir, 'check');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^feedback\/seed\/x\\u\{1b\}\[2J\\u\{202e\}\.yaml:\d+:\d+: error: /u);
    expect(result.stderr).not.toMatch(RAW_CONTROL);
  });

  it('GitHub annotations cannot be forged from a file name', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'feedback/seed/a,line=1::evil%0A::error file=b.yaml'), 'id: "x"\nunit: [\n');
    let stdout = '';
    await run(['check'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', NO_COLOR: '1' }, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false });
    // The entries that can be read are still checked: the seed's entry 3 warns of its partial decision.
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^::error file=feedback\/seed\/a%2Cline=1%3A%3Aevil%250A%3A%3Aerror file=b\.yaml,line=\d+,col=\d+::/u),
      expect.stringMatching(/^::warning file=feedback\/seed\/3\.yaml,line=\d+,col=1::entry 3 is partially adopted/u),
    ]);
  });

  it('the prompts of review show the unit escaped', async () => {
    const dir = await hostileWorkspace();
    const { PassThrough } = await import('node:stream');
    const stdin = new PassThrough();
    let prompts = '';
    const done = run(['review'], { cwd: dir, env: { NO_COLOR: '1' }, stdout: () => undefined, promptOutput: (s) => (prompts += s), stderr: () => undefined, isTTY: false, stdin });
    const prompted = async (id: string) => {
      for (let i = 0; i < 100 && !prompts.includes(`Entry ${id} (`); i++) await new Promise((r) => setTimeout(r, 20));
    };
    // Skip the pending entries until the hostile one, then quit (the menu wraps: up once is quit, twice skip).
    for (const id of ['1', '2', '4', '6']) {
      await prompted(id);
      stdin.write('\u001b[A\u001b[A\r');
    }
    await prompted('7');
    stdin.write('\u001b[A\r');
    expect(await done).toBe(0);
    expect(prompts).toContain('Entry 7 (区\\u{202e}局民\\u{9b}31m\\u{2066}):');
  });
});

const markdown = unified().use(remarkParse).use(remarkGfm);
type MdNode = { type: string; value?: string; url?: string; children?: MdNode[] };
const nodes = (tree: MdNode): MdNode[] => [tree, ...(tree.children ?? []).flatMap(nodes)];
const OUR_TAGS = new Set(['<!-- -->', '<br>', '<del>', '</del>', '<ins>', '</ins>', '<strong>', '</strong>', '</details>']);
/** Our own tags, and the fold of a long entry whose summary holds no markup of its own. */
const allowedHtml = (html: string) => OUR_TAGS.has(html) || /^<details><summary>[^<>]*<\/summary>$/u.test(html);

/** What a Markdown text could do once rendered: raw HTML beyond our own tags, images, links whose text hides the target. */
function injected(text: string): MdNode[] {
  return nodes(markdown.parse(text) as MdNode).filter(
    (n) =>
      (n.type === 'html' && !allowedHtml(n.value!)) ||
      n.type === 'image' ||
      n.type === 'definition' ||
      (n.type === 'link' && n.children?.map((c) => c.value).join('') !== n.url?.replace(/^mailto:/u, '').replace(/^http:\/\/(?=www\.)/u, '')),
  );
}

describe('Markdown outputs neutralise HTML and links', () => {
  it('a table cell holds any text as one cell of plain text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[<>[\]()!*_`|\\&#;:/a-z\n\r\t ]{0,40}$/u)), (text) => {
        const cell = cellText(text);
        expect(cell).not.toMatch(RAW_CONTROL);
        expect(cell).not.toMatch(/\n/u);
        const table = `| a |\n| --- |\n| ${cell} |\n`;
        expect(injected(table)).toEqual([]);
        const rows = nodes(markdown.parse(table) as MdNode).filter((n) => n.type === 'tableRow');
        expect(rows).toHaveLength(2);
        expect(rows[1]!.children).toHaveLength(1);
      }),
      { numRuns: 500 },
    );
  });

  it('propose --format markdown and the built tables carry no injected HTML or link', async () => {
    for (const [make, name] of [
      [hostileWorkspace, 'seed'],
      [() => corpusWorkspace(DOCUMENTS.statute, 'statute'), 'statute'],
    ] as const) {
      const dir = await make();
      if (name === 'statute') {
        const added = await redline(dir, 'feedback', 'add', '--unit', HOSTILE_UNIT, '--comment', HOSTILE_COMMENT, '--op', 'replace', '--clause', 'c12', '--quote', '便民', '--text', '<b>便民</b>[x](http://evil)');
        expect(added.code, added.stderr).toBe(0);
      }
      const proposed = await redline(dir, 'propose', '--format', 'markdown');
      expect(injected(proposed.stdout)).toEqual([]);
      expect(proposed.stdout).not.toMatch(RAW_CONTROL);
      mkdirSync(join(dir, 'out'), { recursive: true });
      expect((await redline(dir, 'build')).code).toBe(0);
      for (const output of ['feedback', 'comparison']) {
        const text = readFileSync(join(dir, `out/${name}.${output}.md`), 'utf8');
        expect(injected(text.replace(/^---\n[\s\S]*?\n---\n/u, '')), output).toEqual([]);
        expect(text, output).not.toMatch(RAW_CONTROL);
      }
    }
  });
});

describe('the output filter', () => {
  it('escapes every control as \\uXXXX and keeps colors only when they are on', () => {
    expect(safeOutput('a\u001b[31mb\u001b[0m\u202e\u009b\r\n\t', true)).toBe('a\u001b[31mb\u001b[0m\\u202e\\u009b\\u000d\n\t');
    expect(safeOutput('a\u001b[31mb', false)).toBe('a\\u001b[31mb');
    expect(safeOutput('\u001b]0;title\u0007', true)).toBe('\\u001b]0;title\\u0007');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = safeOutput(JSON.stringify(text), false);
        expect(out).not.toMatch(RAW_CONTROL);
        expect(JSON.parse(out)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('an output folder among the inputs', () => {
  it('build refuses --out drafts and out: feedback/seed in redline.yaml (exit 2), and writes nothing there', async () => {
    const dir = await seedWorkspace();
    const before = snapshot(dir);
    expect(await redline(dir, 'build', '--out', 'drafts')).toMatchObject({
      code: 2,
      stderr: 'redline: --out is drafts, inside drafts/, where outputs would be read as drafts; choose another folder; no file was changed\n',
    });
    writeFileSync(join(dir, 'redline.yaml'), readFileSync(join(dir, 'redline.yaml'), 'utf8').replace(/^out: out$/mu, 'out: feedback/seed'));
    const withConfig = snapshot(dir);
    expect(await redline(dir, 'build')).toMatchObject({
      code: 2,
      stderr: 'redline: out in redline.yaml is feedback/seed, inside feedback/, where outputs would be read as entries; choose another folder; no file was changed\n',
    });
    expect(snapshot(dir)).toEqual(withConfig);
    expect(Object.keys(before).filter((f) => f.startsWith('drafts/'))).toEqual(Object.keys(snapshot(dir)).filter((f) => f.startsWith('drafts/')));
  });
});
