// Bad inputs and bad places, as a hostile or unlucky user would try them: each
// answers with a clear message and exit 1 or 2, never an internal error, never
// a hang, and leaves every file as it was (issue 14's probe, as regressions).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redline, SEED_PAGE, seedWorkspace } from '../helpers/cli.js';
import { DOCUMENTS, corpusWorkspace, expectClearFailure, files } from './helpers.js';

interface Probe {
  name: string;
  /** Breaks the workspace (the seed, unless `workspace` says otherwise). */
  setup?: (dir: string) => void;
  args: string[];
  message: RegExp;
  workspace?: () => Promise<string>;
}

const GBK = Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5]); // 第一条 in GBK
const nested = (open: string, close: string, n = 3000) => `id: "9"\nunit: 区民政局\ncomment: 建议\nedits: ${open.repeat(n)}${close.repeat(n)}\n`;
const blockNested = (n = 3000) => `id: "9"\nunit: 区民政局\ncomment: 建议\nunparsed:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(i + 1)}k:\n`).join('')}`;
const compactNested = (n = 3000) => `id: "9"\nunit: 区民政局\ncomment: 建议\nunparsed: ${'- '.repeat(n)}x\n`;
const fifo = (path: string) => execFileSync('mkfifo', [path]);
const appendBytes = (path: string, bytes: Buffer) => writeFileSync(path, Buffer.concat([readFileSync(path), bytes]));
const answers = (dir: string, text: string) => writeFileSync(join(dir, 'answers.yaml'), text);

const PROBES: Probe[] = [
  // A folder in a file's place is refused with a message (it was skipped without a word).
  { name: 'a folder named as an entry', setup: (d) => mkdirSync(join(d, 'feedback/seed/8.yaml')), args: ['check'], message: /^feedback\/seed\/8\.yaml:1:1: error: it is a folder, not an ordinary file \[file\]/ },
  { name: 'a folder named as a draft', setup: (d) => mkdirSync(join(d, 'drafts/bad.md')), args: ['status'], message: /^redline: cannot read drafts\/bad\.md: it is a folder, not an ordinary file/ },
  // Places to write that cannot be written (all were "internal error" or a hang).
  { name: 'build --out an existing file', setup: (d) => writeFileSync(join(d, 'afile'), 'x'), args: ['build', '--out', 'afile'], message: /^redline: cannot create afile: afile is a file, not a folder/ },
  { name: 'build --out a symlink loop', setup: (d) => symlinkSync('loop', join(d, 'loop')), args: ['build', '--out', 'loop'], message: /^redline: cannot create loop: too many symbolic links/ },
  { name: 'build into out/ that is a file', setup: (d) => writeFileSync(join(d, 'out'), 'x'), args: ['build'], message: /^redline: cannot create out: out is a file, not a folder/ },
  { name: 'build --out under a file', setup: (d) => writeFileSync(join(d, 'afile'), 'x'), args: ['build', '--out', 'afile/sub'], message: /^redline: cannot create afile\/sub: .*not a folder/ },
  { name: 'build --out /proc/x', args: ['build', '--out', '/proc/x'], message: /^redline: cannot create \/proc\/x: this place does not allow new folders/ },
  { name: 'init /proc/x', args: ['init', '/proc/x'], message: /^redline: cannot create \/proc\/x: this place does not allow new folders/ },
  { name: 'build over an output that is a folder', setup: (d) => mkdirSync(join(d, 'out/seed.feedback.md'), { recursive: true }), args: ['build'], message: /^redline: cannot write out\/seed\.feedback\.md: it is a folder, not a file; .*no file was changed/ },
  { name: 'redline.yaml sends out/ outside the workspace', setup: (d) => writeFileSync(join(d, 'redline.yaml'), 'out: ../../elsewhere\n'), args: ['build'], message: /^redline\.yaml:1:6: error: out: "\.\.\/\.\.\/elsewhere" is outside the workspace/ },
  { name: 'redline.yaml sends out/ to an absolute path', setup: (d) => writeFileSync(join(d, 'redline.yaml'), 'out: /tmp/redline-hostile\n'), args: ['build'], message: /^redline\.yaml:1:6: error: out: "\/tmp\/redline-hostile" is outside the workspace/ },
  { name: 'out/ a symlink leading outside', setup: (d) => symlinkSync('/tmp', join(d, 'out')), args: ['build'], message: /^redline: refusing to write into out: it leads outside the workspace/ },
  { name: 'feedback/seed is a file: check', setup: (d) => (rmSync(join(d, 'feedback/seed'), { recursive: true }), writeFileSync(join(d, 'feedback/seed'), 'x')), args: ['check'], message: /^redline: feedback\/seed should be a folder but is a file/ },
  { name: 'feedback/seed is a file: build', setup: (d) => (rmSync(join(d, 'feedback/seed'), { recursive: true }), writeFileSync(join(d, 'feedback/seed'), 'x')), args: ['build'], message: /^redline: feedback\/seed should be a folder but is a file/ },
  { name: 'feedback/seed is a file: decide', setup: (d) => (rmSync(join(d, 'feedback/seed'), { recursive: true }), writeFileSync(join(d, 'feedback/seed'), 'x')), args: ['decide', '1', 'adopt'], message: /^redline: feedback\/seed should be a folder but is a file/ },
  { name: 'feedback/seed is a file: feedback add', setup: (d) => (rmSync(join(d, 'feedback/seed'), { recursive: true }), writeFileSync(join(d, 'feedback/seed'), 'x')), args: ['feedback', 'add', '--unit', '区民政局', '--comment', '建议增加食品安全'], message: /^redline: cannot (list|create|write) feedback\/seed.*not a folder/ },
  { name: 'feedback/seed a link outside the workspace', setup: (d) => (rmSync(join(d, 'feedback/seed'), { recursive: true }), symlinkSync('/etc', join(d, 'feedback/seed'))), args: ['feedback', 'list'], message: /^redline: refusing to read feedback\/seed: it is a symbolic link to a place outside the workspace/ },
  // All or nothing: the draft is not replaced when an entry cannot be written.
  // Entry 3 gone, and a folder where its row would be written again (the next free id, 7).
  { name: 'import --force with the new entry path a folder', setup: (d) => (rmSync(join(d, 'feedback/seed/3.yaml')), mkdirSync(join(d, 'feedback/seed/7.yaml'))), args: ['import', SEED_PAGE, '--name', 'seed', '--force'], message: /^feedback\/seed\/7\.yaml:1:1: error: it is a folder, not an ordinary file \[file\]/ },
  { name: 'feedback import with the new entry path a folder', setup: (d) => (rmSync(join(d, 'feedback/seed/3.yaml')), mkdirSync(join(d, 'feedback/seed/7.yaml'))), args: ['feedback', 'import', SEED_PAGE], message: /^feedback\/seed\/7\.yaml:1:1: error: it is a folder, not an ordinary file \[file\]/ },
  // Files that are not files, or too big: refused at once, never read forever.
  { name: 'an entry linked to /dev/zero: check', setup: (d) => symlinkSync('/dev/zero', join(d, 'feedback/seed/7.yaml')), args: ['check'], message: /^feedback\/seed\/7\.yaml:1:1: error: it is a symbolic link to a place outside the workspace \[file\]/ },
  { name: 'an entry linked to /dev/zero: build', setup: (d) => symlinkSync('/dev/zero', join(d, 'feedback/seed/7.yaml')), args: ['build'], message: /^feedback\/seed\/7\.yaml:1:1: error: .*symbolic link to a place outside the workspace/ },
  { name: 'an entry linked to /etc/passwd: feedback list', setup: (d) => symlinkSync('/etc/passwd', join(d, 'feedback/seed/7.yaml')), args: ['feedback', 'list', '--json'], message: /^feedback\/seed\/7\.yaml:1:1: error: .*symbolic link to a place outside the workspace/ },
  { name: 'an entry that is a FIFO: check', setup: (d) => fifo(join(d, 'feedback/seed/7.yaml')), args: ['check'], message: /^feedback\/seed\/7\.yaml:1:1: error: it is a named pipe \(FIFO\), not an ordinary file/ },
  { name: 'an entry that is a FIFO: fmt', setup: (d) => fifo(join(d, 'feedback/seed/7.yaml')), args: ['fmt'], message: /^redline: cannot read feedback\/seed\/7\.yaml: it is a named pipe \(FIFO\)/ },
  { name: 'an entry that is a FIFO: decide', setup: (d) => fifo(join(d, 'feedback/seed/7.yaml')), args: ['decide', '1', 'adopt'], message: /^feedback\/seed\/7\.yaml:1:1: error: it is a named pipe/ },
  { name: 'a draft that is a FIFO: clauses', setup: (d) => fifo(join(d, 'drafts/other.md')), args: ['clauses', 'other'], message: /^redline: cannot read drafts\/other\.md: it is a named pipe \(FIFO\)/ },
  { name: 'a draft of 65 MB', setup: (d) => (writeFileSync(join(d, 'drafts/big.md'), ''), truncateSync(join(d, 'drafts/big.md'), 65 * 1024 * 1024)), args: ['clauses', 'big'], message: /^redline: cannot read drafts\/big\.md: it is 65 MB; redline reads files up to 64 MB/ },
  { name: 'import a FIFO', setup: (d) => fifo(join(d, 'pipe.txt')), args: ['import', 'pipe.txt', '--name', 'pipe'], message: /^redline: cannot read pipe\.txt: it is a named pipe/ },
  { name: 'feedback import a FIFO', setup: (d) => fifo(join(d, 'table.csv')), args: ['feedback', 'import', 'table.csv'], message: /^redline: cannot read table\.csv: it is a named pipe/ },
  { name: 'review --answers a FIFO', setup: (d) => fifo(join(d, 'answers.yaml')), args: ['review', '--answers', 'answers.yaml'], message: /^redline: cannot read answers\.yaml: it is a named pipe/ },
  // Bytes that are not UTF-8: an error at the place, and no file rewritten.
  { name: 'GBK bytes in a draft: fmt', setup: (d) => appendBytes(join(d, 'drafts/seed.md'), GBK), args: ['fmt'], message: /^drafts\/seed\.md:185:1: error: not valid UTF-8 \(byte 0xB5\)/ },
  { name: 'GBK bytes in a draft: build', setup: (d) => appendBytes(join(d, 'drafts/seed.md'), GBK), args: ['build'], message: /^drafts\/seed\.md:185:1: error: not valid UTF-8/ },
  { name: 'GBK bytes in a draft: check', setup: (d) => appendBytes(join(d, 'drafts/seed.md'), GBK), args: ['check'], message: /^drafts\/seed\.md:185:1: error: not valid UTF-8/ },
  { name: 'GBK bytes in an entry: decide', setup: (d) => appendBytes(join(d, 'feedback/seed/1.yaml'), Buffer.concat([Buffer.from('# '), GBK])), args: ['decide', '1', 'adopt'], message: /^feedback\/seed\/1\.yaml:\d+:3: error: not valid UTF-8 \(byte 0xB5\)/ },
  { name: 'GBK bytes in an entry: fmt', setup: (d) => appendBytes(join(d, 'feedback/seed/2.yaml'), Buffer.concat([Buffer.from('# 注'), GBK])), args: ['fmt'], message: /^feedback\/seed\/2\.yaml:\d+:4: error: not valid UTF-8/ },
  { name: 'GBK bytes in redline.yaml', setup: (d) => writeFileSync(join(d, 'redline.yaml'), Buffer.concat([Buffer.from('out: '), GBK])), args: ['build'], message: /^redline\.yaml:1:6: error: not valid UTF-8/ },
  // Dates, edit numbers and scripted answers are checked before anything is written.
  { name: 'decide --date 2018-02-30', args: ['decide', '1', 'adopt', '--date', '2018-02-30'], message: /^redline: --date takes a date as YYYY-MM-DD, one that exists on the calendar \(got "2018-02-30"\)/ },
  { name: 'decide --date yesterday-ish', args: ['decide', '1', 'adopt', '--date', 'yesterday-ish'], message: /^redline: --date takes a date as YYYY-MM-DD/ },
  { name: 'decide --edits 0x1', args: ['decide', '2', 'partial', '--edits', '0x1', '--reason', '理由'], message: /^redline: --edits takes edit numbers such as 1,3 \(got "0x1"\)/ },
  { name: 'decide --edits 1,abc', args: ['decide', '2', 'partial', '--edits', '1,abc', '--reason', '理由'], message: /^redline: --edits takes edit numbers such as 1,3/ },
  { name: 'decide --edits beyond the entry', args: ['decide', '2', 'partial', '--edits', '1,9', '--reason', '理由'], message: /^redline: entry 2 has 2 edit\(s\); there is no edit 9/ },
  { name: 'review --answers with adpot', setup: (d) => answers(d, '- action: adopt\n- action: adpot\n'), args: ['review', '--answers', 'answers.yaml'], message: /^answers\.yaml:2:11: error: entry 2: action must be one of adopt, partial, reject, skip, quit \(got "adpot"\) \[answers\]/ },
  { name: 'review --answers: the second refused, the first not written', setup: (d) => answers(d, '- action: adopt\n- action: reject\n'), args: ['review', '--answers', 'answers.yaml'], message: /^answers\.yaml:2:3: error: entry 2: a rejected decision needs a reason/ },
  { name: 'review --answers: a string, not a list', setup: (d) => answers(d, 'adopt everything\n'), args: ['review', '--answers', 'answers.yaml'], message: /^answers\.yaml:1:1: error: the answers are a YAML list/ },
  { name: 'review --answers: edits as a string', setup: (d) => answers(d, '- action: adopt\n- action: partial\n  edits: "1,2"\n  reason: 理由\n'), args: ['review', '--answers', 'answers.yaml'], message: /^answers\.yaml:3:10: error: entry 2: edits is a list of edit numbers/ },
  { name: 'review --answers: an edit that does not exist', setup: (d) => answers(d, '- action: partial\n  edits: [5]\n  reason: 理由\n'), args: ['review', '--answers', 'answers.yaml'], message: /^answers\.yaml:2:11: error: entry 1 has 2 edit\(s\); there is no edit 5 \[answers\]/ },
  { name: 'review --answers: a typo in a key', setup: (d) => answers(d, '- action: reject\n  reson: 理由\n'), args: ['review', '--answers', 'answers.yaml'], message: /^answers\.yaml:2:3: error: entry 1: unknown key "reson"/ },
  { name: 'review --answers: more answers than entries', setup: (d) => answers(d, '- action: skip\n'.repeat(5) + '- action: adopt\n'), args: ['review', '--answers', 'answers.yaml'], message: /^answers\.yaml:6:3: error: answer 6 has no entry to answer: there are 5 pending entries/ },
  // YAML nested thousands of levels deep: an error at its place, not a stack overflow.
  { name: 'an entry nested 3,000 levels ([…]): check', setup: (d) => writeFileSync(join(d, 'feedback/seed/9.yaml'), nested('[', ']')), args: ['check'], message: /^feedback\/seed\/9\.yaml:4:\d+: error: nested more than 32 levels deep/ },
  { name: 'an entry nested 3,000 levels ({…}): fmt', setup: (d) => writeFileSync(join(d, 'feedback/seed/9.yaml'), nested('{a: ', '}')), args: ['fmt'], message: /^feedback\/seed\/9\.yaml:4:\d+: error: nested more than 32 levels deep/ },
  { name: 'an entry nested 3,000 levels (block): decide', setup: (d) => writeFileSync(join(d, 'feedback/seed/9.yaml'), blockNested()), args: ['decide', '9', 'adopt'], message: /^feedback\/seed\/9\.yaml:\d+:\d+: error: nested more than 32 levels deep/ },
  { name: 'an entry nested 3,000 levels (- - -): build', setup: (d) => writeFileSync(join(d, 'feedback/seed/9.yaml'), compactNested()), args: ['build'], message: /^feedback\/seed\/9\.yaml:4:\d+: error: nested more than 32 levels deep/ },
  { name: 'answers nested 3,000 levels', setup: (d) => answers(d, `- ${'['.repeat(3000)}${']'.repeat(3000)}\n`), args: ['review', '--answers', 'answers.yaml'], message: /^answers\.yaml:1:\d+: error: nested more than 32 levels deep/ },
  { name: 'redline.yaml nested 3,000 levels', setup: (d) => writeFileSync(join(d, 'redline.yaml'), `out: out\nx: ${'['.repeat(3000)}${']'.repeat(3000)}\n`), args: ['status'], message: /^redline\.yaml:2:\d+: error: nested more than 32 levels deep/ },
  // Commander's own messages echo the command line: escaped.
  { name: 'an unknown option holding escape sequences', args: ['decide', '--bogus\u001b]0;pwned\u0007\u001b[2J'], message: /^error: unknown option '--bogus\\u\{1b\}\]0;pwned\\u\{7\}\\u\{1b\}\[2J'/ },
  { name: 'an unknown command holding a bidi override', args: ['\u202eetadpu'], message: /^error: unknown command '\\u\{202e\}etadpu'/ },
  { name: 'a draft name holding controls', args: ['clauses', 'x\u009b31m'], message: /^redline: no draft named "x\\u\{9b\}31m"/ },
];

describe('bad inputs and bad places: a clear message, exit 1 or 2, nothing changed', () => {
  it.each(PROBES)('$name', async (probe) => {
    if (probe.args.includes('/proc/x') && !existsSync('/proc/self')) return;
    const dir = await (probe.workspace ?? seedWorkspace)();
    probe.setup?.(dir);
    const before = files(dir);
    const result = await redline(dir, ...probe.args);
    expectClearFailure(result, probe.message);
    expect(files(dir)).toEqual(before);
  });

  it('refuses a draft and an entry that git left mid-merge, with the line of the first marker, in every command that reads them', async () => {
    const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
    for (const [file, name, from, ours, theirs] of [
      [DOCUMENTS.statute, 'statute', '行政许可', '行政审批', '政府许可'],
      [DOCUMENTS.bill, 'bill', 'Secretary', 'Administrator', 'Director'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      const path = join(dir, `drafts/${name}.md`);
      const entry = join(dir, `feedback/${name}/1.yaml`);
      mkdirSync(join(dir, `feedback/${name}`), { recursive: true });
      writeFileSync(entry, 'id: "1"\nunit: 法制办\ncomment: |\n  建议修改。\ndecision:\n  status: pending\n');
      git(dir, 'init', '-q', '-b', 'main');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'draft');
      // Two branches change the same line of the draft and of the entry's comment.
      const line = readFileSync(path, 'utf8').split('\n').findIndex((l) => l.includes(from) && !l.startsWith('#'));
      for (const [branch, word] of [['ours', ours], ['theirs', theirs]] as const) {
        git(dir, 'checkout', '-q', '-b', branch, 'main');
        const lines = readFileSync(path, 'utf8').split('\n');
        lines[line] = lines[line]!.replace(from, word);
        writeFileSync(path, lines.join('\n'));
        writeFileSync(entry, readFileSync(entry, 'utf8').replace('建议修改。', `建议改为${word}。`));
        git(dir, 'commit', '-qam', branch);
      }
      expect(() => git(dir, 'merge', 'ours')).toThrow();
      const before = files(dir);
      for (const args of [['check'], ['build'], ['status'], ['fmt'], ['clauses'], ['round', name], ['feedback', 'add', '--unit', '财政部', '--comment', '建议删除第一条']]) {
        const result = await redline(dir, ...args);
        expectClearFailure(result, new RegExp(`^drafts/${name}\\.md:${line + 1}:1: error: an unresolved merge conflict: git left its <<<<<<<, ======= and >>>>>>> lines here`));
      }
      expect(files(dir)).toEqual(before);
      // The draft resolved, the entry still holds the markers (inside its comment, where YAML would take them as text).
      git(dir, 'checkout', '--theirs', `drafts/${name}.md`);
      const result = await redline(dir, 'check');
      expectClearFailure(result, new RegExp(`^feedback/${name}/1\\.yaml:4:1: error: an unresolved merge conflict`));
    }
  });

  it('refuses a lone ======= left in a draft (CRLF too), and decide refuses to adopt against a draft mid-merge, writing nothing', async () => {
    for (const [file, name, article] of [
      [DOCUMENTS.statute, 'statute', '第二条'],
      [DOCUMENTS.bill, 'bill', 'SEC. 2'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      expect((await redline(dir, 'feedback', 'add', '--unit', '法制办', '--comment', 'x', '--op', 'remove-clause', '--clause', 'c20')).code).toBe(0);
      const path = join(dir, `drafts/${name}.md`);
      const clean = readFileSync(path, 'utf8');
      const lines = clean.split('\n');
      const at = lines.findIndex((l) => l.startsWith(article)) + 1;
      // What a hand-resolved merge can leave: the separator under a line (Markdown would make that line a heading).
      for (const eol of ['\n', '\r\n']) {
        writeFileSync(path, [...lines.slice(0, at), '=======', ...lines.slice(at)].join(eol));
        const before = files(dir);
        for (const args of [['check'], ['build'], ['round', name], ['decide', '1', 'adopt']]) {
          expectClearFailure(await redline(dir, ...args), new RegExp(`^drafts/${name}\\.md:${at + 1}:1: error: an unresolved merge conflict`));
        }
        expect(files(dir)).toEqual(before);
      }
      writeFileSync(path, clean);
      expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    }
  });

  it('after a clean merge that gave two new clauses one ID, names both ID lines and the way out, which fmt then takes', async () => {
    const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
    for (const [file, name, added] of [
      [DOCUMENTS.statute, 'statute', ['新增的第一段。', '新增的第二段。']],
      [DOCUMENTS.bill, 'bill', ['A new paragraph on one branch.', 'A new paragraph on the other.']],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      const path = join(dir, `drafts/${name}.md`);
      git(dir, 'init', '-q', '-b', 'main');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'draft');
      // Each branch adds a paragraph in its own place (a third and two thirds of the way down) and runs fmt.
      for (const [branch, text, at] of [['one', added[0], 1 / 3], ['two', added[1], 2 / 3]] as const) {
        git(dir, 'checkout', '-q', '-b', branch, 'main');
        const blocks = readFileSync(path, 'utf8').split('\n\n');
        blocks.splice(Math.floor(blocks.length * at), 0, text);
        writeFileSync(path, blocks.join('\n\n'));
        expect((await redline(dir, 'fmt')).code).toBe(0);
        git(dir, 'commit', '-qam', branch);
      }
      git(dir, 'checkout', '-q', 'one');
      git(dir, 'merge', '-q', 'two');
      const lines = readFileSync(path, 'utf8').split('\n');
      const idLines = [added[0], added[1]].map((text) => lines.indexOf(text) - 1);
      expect(lines[idLines[0]!]).toBe(lines[idLines[1]!]);
      const before = files(dir);
      const result = await redline(dir, 'fmt');
      expect(result.stderr).toBe(`drafts/${name}.md:${idLines[1]! + 1}:1: error: duplicate clause ID ${/#(c\d+)/u.exec(lines[idLines[0]!]!)![1]} (also on line ${idLines[0]! + 1}): delete the ID line of the clause that entries do not mean, and \`redline fmt\` gives it a new ID [duplicate-id]\n`);
      expect(result.code).toBe(2);
      expect(files(dir)).toEqual(before);
      lines.splice(idLines[1]!, 1);
      writeFileSync(path, lines.join('\n'));
      expect((await redline(dir, 'fmt')).code).toBe(0);
      const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; text: string }>;
      expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
    }
  });

  it('refuses GBK bytes in a statute and a bill the same way', async () => {
    for (const [file, name] of [
      [DOCUMENTS.statute, 'statute'],
      [DOCUMENTS.bill, 'bill'],
    ] as const) {
      const dir = await corpusWorkspace(file, name);
      const path = join(dir, `drafts/${name}.md`);
      const text = readFileSync(path, 'utf8');
      // A GBK byte pair in the middle of line 30, after its first three characters.
      const lines = text.split('\n');
      const at = lines.findIndex((l, i) => i >= 29 && [...l].length > 3);
      const chars = [...lines[at]!];
      writeFileSync(path, Buffer.concat([Buffer.from(lines.slice(0, at).join('\n') + '\n' + chars.slice(0, 3).join('')), GBK, Buffer.from(chars.slice(3).join('') + '\n' + lines.slice(at + 1).join('\n'))]));
      const before = files(dir);
      for (const args of [['fmt'], ['build'], ['clauses', '--json']]) {
        const result = await redline(dir, ...args);
        expectClearFailure(result, new RegExp(`^drafts/${name}\\.md:${at + 1}:4: error: not valid UTF-8 \\(byte 0xB5\\)`));
      }
      expect(files(dir)).toEqual(before);
    }
  });
});
