// The command-line contract: exit statuses, messages with file and line,
// nothing changed on error, fmt idempotent, through the in-process CLI and
// a few runs of the real binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline, ROOT, SEED_PAGE, seedWorkspace, snapshot, tempDir } from './helpers/cli.js';

describe('redline init', () => {
  it('creates a commented redline.yaml, drafts/ and feedback/', async () => {
    const dir = tempDir();
    const result = await redline(dir, 'init', 'ws');
    expect(result.code).toBe(0);
    const config = readFileSync(join(dir, 'ws/redline.yaml'), 'utf8');
    expect(config).toMatch(/^# redline workspace/);
    expect(config).toContain('\nout: out\n');
    expect(existsSync(join(dir, 'ws/drafts'))).toBe(true);
    expect(existsSync(join(dir, 'ws/feedback'))).toBe(true);
  });

  it('leaves an existing workspace alone', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, 'redline.yaml'), '# mine\nout: build\n');
    const result = await redline(dir, 'init');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'redline.yaml'), 'utf8')).toBe('# mine\nout: build\n');
  });
});

describe('redline import', () => {
  it('finds the workspace from a subfolder', async () => {
    const dir = await seedWorkspace();
    const result = await redline(join(dir, 'feedback'), 'clauses', 'seed', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(56);
  });

  it('refuses to replace a draft without --force and changes nothing', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'drafts/seed.md'), readFileSync(join(dir, 'drafts/seed.md'), 'utf8').replace('总体要求', '总体要求（改）'));
    const before = snapshot(dir);
    const result = await redline(dir, 'import', SEED_PAGE, '--name', 'seed');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('redline: drafts/seed.md already exists; pass --force to replace it\n');
    expect(snapshot(dir)).toEqual(before);
    const forced = await redline(dir, 'import', SEED_PAGE, '--name', 'seed', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'drafts/seed.md'), 'utf8')).not.toContain('总体要求（改）');
  });

  it('says where the draft went, the window, and that a table follows', async () => {
    const dir = tempDir();
    await redline(dir, 'init');
    const result = await redline(dir, 'import', SEED_PAGE, '--name', 'seed');
    expect(result.stdout).toContain('imported 56 clauses (44 numbered)');
    expect(result.stdout).toContain('into drafts/seed.md');
    expect(result.stdout).toContain('consultation window: 2018-01-08 to 2018-01-15');
  });

  it('outside a workspace, says how to make one (exit 2)', async () => {
    const result = await redline(tempDir(), 'import', SEED_PAGE);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no redline\.yaml in .* or any folder above it; run `redline init` first/);
  });

  it.each([
    ['a missing file', ['import', 'nope.txt'], 'redline: nope.txt: no such file\n'],
    ['a bad draft name', ['import', SEED_PAGE, '--name', '../evil'], 'redline: "../evil" cannot be a draft name: use letters, digits, ".", "_" and "-"\n'],
    ['an empty file', ['import', 'empty.txt'], 'empty.txt: error: the file is empty [empty-file]\n'],
    ['a file of white space', ['import', 'blank.txt'], 'redline: blank.txt holds no text to import; no file was changed\n'],
    ['a Markdown file of white space', ['import', 'blank.md'], 'redline: blank.md holds no text to import; no file was changed\n'],
  ])('rejects %s with exit 2 and no file changed', async (_, args, message) => {
    const dir = tempDir();
    await redline(dir, 'init');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\u3000\n\t\n');
    writeFileSync(join(dir, 'blank.md'), '\n\n   \n');
    const before = snapshot(dir);
    const result = await redline(dir, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('redline clauses', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await seedWorkspace();
  });

  it('prints the tree with numbers, titles and units', async () => {
    const result = await redline(dir, 'clauses');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('c24  二 实施创新发展行动');
    expect(lines).toContain('c48    18 建立更加健全社会保障体系');
    expect(lines).toContain('         牵头单位: 区人社局; 责任单位: 区残联');
  });

  it('asks for a name when the workspace holds several drafts', async () => {
    const two = await seedWorkspace();
    await redline(two, 'import', SEED_PAGE, '--name', 'copy');
    const result = await redline(two, 'clauses');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('redline: this workspace holds several drafts (copy, seed); name one: redline clauses copy or redline clauses seed\n');
    expect((await redline(two, 'propose')).stderr).toBe('redline: this workspace holds several drafts (copy, seed); name one: --draft copy or --draft seed\n');
    expect((await redline(two, 'blame')).stderr).toBe('redline: this workspace holds several drafts (copy, seed); name one: redline blame copy <clause> or redline blame seed <clause>\n');
    expect((await redline(two, 'clauses', 'nope')).stderr).toBe('redline: no draft named "nope" in drafts (drafts: copy, seed)\n');
  });

  it('neutralises terminal escapes in clause text', async () => {
    const ws = await seedWorkspace();
    const path = join(ws, 'drafts/seed.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('## 一、总体要求', '## 一、总体要求\u001b[2J\u001b]0;pwned\u0007'));
    const result = await redline(ws, 'clauses');
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('一 总体要求\\u{1b}[2J\\u{1b}]0;pwned\\u{7}');
  });

  it('reports duplicate IDs with file and line (exit 2)', async () => {
    const ws = await seedWorkspace();
    const path = join(ws, 'drafts/seed.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('<!-- #c3 -->', '<!-- #c2 -->'));
    const result = await redline(ws, 'clauses', '--json');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const line = readFileSync(path, 'utf8').split('\n').indexOf('1、指导思想。以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的十九大精神和习近平总书记视察安徽重要讲话精神,深刻把握新时代的历史方位,紧扣社会主要矛盾变化,统筹推进“五位一体”总体布局,协调推进“四个全面”战略布局,坚定不移把发展作为第一要务,坚持以人民为中心,坚持社会主义市场经济改革方向,坚持以新发展理念引领发展行动,坚持质量第一、效益优先,以供给侧结构性改革为主线,加快建设现代化经济体系,实现更高质量、更有效率、更加公平、更可持续的发展,坚定地在践行新发展理念中闯出新路,决战决胜全面建成小康社会,建设功能完善、服务高效、优美时尚、和谐幸福的现代新区,全面进入全省一类市辖区先进行列。') + 1;
    // At the ID lines, the clause's and the one before it.
    expect(result.stderr).toBe(`drafts/seed.md:${line - 1}:1: error: duplicate clause ID c2 (also on line ${line - 4}): delete the ID line of the clause that entries do not mean, and \`redline fmt\` gives it a new ID [duplicate-id]\n`);
  });

  it('reports broken front matter YAML with its line', async () => {
    const ws = await seedWorkspace();
    const path = join(ws, 'drafts/seed.md');
    const text = readFileSync(path, 'utf8');
    const line = text.split('\n').indexOf('lang: zh') + 1;
    writeFileSync(path, text.replace('lang: zh\n', 'lang: [zh\n'));
    const result = await redline(ws, 'clauses');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^drafts/seed\\.md:${line + 1}:1: error: front matter: .+ \\[front-matter\\]\\n$`, 'u'));
    // A key given twice, and an indentation by tab: each at its own line.
    writeFileSync(path, text.replace('lang: zh\n', 'lang: zh\ntitle: again\n'));
    expect((await redline(ws, 'clauses')).stderr).toBe(`drafts/seed.md:${line + 1}:1: error: front matter: Map keys must be unique [front-matter]\n`);
  });

  it('refuses YAML alias bombs in the front matter', async () => {
    const ws = await seedWorkspace();
    const path = join(ws, 'drafts/seed.md');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    writeFileSync(path, readFileSync(path, 'utf8').replace('lang: zh\n', `lang: zh\n${bomb}\n`));
    const result = await redline(ws, 'clauses');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^drafts\/seed\.md:2:1: error: front matter: .*alias.*\n$/i);
  });
});

describe('redline fmt', () => {
  it('changes nothing right after import, and --check exits 0', async () => {
    const dir = await seedWorkspace();
    const before = snapshot(dir);
    expect((await redline(dir, 'fmt', '--check')).code).toBe(0);
    expect((await redline(dir, 'fmt')).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('gives a hand-added clause the next free ID, tidies blank lines, and is idempotent', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'drafts/seed.md');
    const original = readFileSync(path, 'utf8');
    const edited = original.replace(
      '<!-- #c24 -->\n## 二、实施创新发展行动\n',
      '<!-- #c24 -->\n## 二、实施创新发展行动   \n\n\n25.新增一项。\n',
    );
    writeFileSync(path, edited);
    const check = await redline(dir, 'fmt', '--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('would reformat drafts/seed.md\n');
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect((await redline(dir, 'fmt')).stdout).toBe('formatted drafts/seed.md\n');
    const once = readFileSync(path, 'utf8');
    expect(once).toContain('<!-- #c24 -->\n## 二、实施创新发展行动\n\n<!-- #c57 -->\n25.新增一项。\n\n<!-- #c25 -->\n');
    expect((await redline(dir, 'fmt')).stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(once);
    expect((await redline(dir, 'fmt', '--check')).code).toBe(0);
  });

  it('keeps comments in the front matter', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'drafts/seed.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('lang: zh\n', 'lang: zh # the draft is Chinese\n'));
    expect((await redline(dir, 'fmt', '--check')).code).toBe(0);
  });

  it('leaves an empty front matter empty, with or without a comment (the yaml library would write "null")', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'drafts/seed.md');
    const body = readFileSync(path, 'utf8').slice(readFileSync(path, 'utf8').indexOf('\n---\n') + 5);
    for (const head of ['---\n---\n', '---\n# to be filled in\n---\n']) {
      writeFileSync(path, head + body);
      expect((await redline(dir, 'fmt', '--check')).code).toBe(0);
      expect((await redline(dir, 'fmt')).stdout).toBe('');
      expect(readFileSync(path, 'utf8')).toBe(head + body);
    }
  });

  it('changes no file when one draft is broken', async () => {
    const dir = await seedWorkspace();
    await redline(dir, 'import', SEED_PAGE, '--name', 'other');
    const other = join(dir, 'drafts/other.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace('<!-- #c3 -->', '<!-- #c2 -->'));
    const seed = join(dir, 'drafts/seed.md');
    writeFileSync(seed, `${readFileSync(seed, 'utf8')}\n\n\n新增段落。\n`);
    const before = snapshot(dir);
    const result = await redline(dir, 'fmt');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^drafts\/other\.md:\d+:1: error: duplicate clause ID c2/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('the redline binary', () => {
  const bin = join(ROOT, 'bin/redline.js');

  it('prints help with an example for every command (exit 0)', () => {
    const commands = ['init', 'import', 'clauses', 'fmt', 'feedback import', 'feedback add', 'feedback list', 'feedback edit', 'propose', 'decide', 'review', 'build', 'check', 'status', 'diff', 'round', 'blame', 'git-setup'];
    for (const command of commands) {
      const out = execFileSync(process.execPath, [bin, ...command.split(' '), '--help'], { encoding: 'utf8' });
      expect(out, command).toMatch(/Examples?:\n {2}redline /);
    }
  });

  it('exits 2 on an unknown command or option, with no stack trace', () => {
    for (const args of [['bogus'], ['clauses', '--bogus']]) {
      const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^error: unknown/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    // A run that names no command knows them all, to suggest one.
    expect(spawnSync(process.execPath, [bin, 'dif'], { encoding: 'utf8' }).stderr).toBe("error: unknown command 'dif'\n(Did you mean diff?)\n(run with --help for usage)\n");
  });

  it('gives commander only the command the run names (every one for --help or an unknown word)', async () => {
    const { Command } = await import('commander');
    const { registerCommands } = await import('../src/cli/command-line.js');
    const names = (first?: string) => {
      const program = new Command('redline');
      registerCommands(program, { io: { cwd: '.', env: {}, stdout: () => {}, stderr: () => {}, isTTY: false }, exitCode: 0 }, first);
      return program.commands.map((c) => c.name());
    };
    expect(names('diff')).toEqual(['diff']);
    expect(names('feedback')).toEqual(['feedback']);
    expect(names('--help')).toEqual(names('dif'));
    expect(names(undefined)).toEqual(['init', 'import', 'clauses', 'fmt', 'feedback', 'propose', 'decide', 'review', 'build', 'check', 'status', 'diff', 'git-setup', 'git-diff', 'git-textconv', 'round', 'blame']);
  });

  it('behaves as the source does: every command on the seed gives the same output and exit status from the bundle', async () => {
    // The bundle is split into chunks and loaded through a code cache: a module that works from the
    // source can still fail there (import.meta is empty in a CommonJS chunk), so each command runs both ways.
    const dir = await seedWorkspace();
    const steps = [
      ['clauses'], ['clauses', '--json'], ['feedback', 'list'], ['feedback', 'list', '--json'],
      ['propose'], ['propose', '--format', 'markdown'], ['propose', '--json'],
      ['status'], ['status', '--format', 'markdown'], ['status', '--json', '--today', '2018-01-10'],
      ['check'], ['check', '--final'], ['diff', 'drafts/seed.md', 'drafts/seed.md'], ['blame', 'seed', '--json'],
      ['decide', '1', '2', 'adopt', '--by', '办公室', '--date', '2018-01-20'], ['build'], ['build', '--check'], ['fmt', '--check'],
    ];
    const twin = await seedWorkspace();
    for (const args of steps) {
      const viaBundle = spawnSync(process.execPath, [bin, ...args], { cwd: twin, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const viaSource = await redline(dir, ...args);
      expect({ args, code: viaBundle.status, stdout: viaBundle.stdout, stderr: viaBundle.stderr }).toEqual({ args, ...viaSource });
    }
  });

  it('compiles the yaml library only for a command that needs its tree: status, check and propose read their files with js-yaml', async () => {
    const dir = await seedWorkspace();
    const record = join(dir, 'reads.txt');
    const yamlChunk = join(ROOT, 'dist/yaml.cjs');
    const reads = (...args: string[]) => {
      const result = spawnSync(process.execPath, ['-r', join(ROOT, 'test/helpers/record-reads.cjs'), bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, RECORD_READS: record } });
      expect({ args, status: result.status, crashed: /\n\s+at /u.test(result.stderr) }).toEqual({ args, status: 0, crashed: false });
      return readFileSync(record, 'utf8').split('\n');
    };
    for (const args of [['status'], ['check'], ['propose'], ['clauses']]) {
      const files = reads(...args);
      expect(files).toContain(join(ROOT, 'dist/bin.cjs'));
      // (Wherever a bundle would put it: a message of the library's own parser.)
      const withYaml = files.filter((file) => file.endsWith('.cjs') && readFileSync(file, 'utf8').includes('Implicit keys need to be on a single line'));
      expect({ args, withYaml }).toEqual({ args, withYaml: [] });
    }
    // fmt writes the front matter back with its comments: the library is loaded, from its chunk.
    expect(reads('fmt', '--check')).toContain(yamlChunk);
    expect(readFileSync(yamlChunk, 'utf8')).toContain('Implicit keys need to be on a single line');
  });

  it('imports the seed and lists its clauses as JSON', () => {
    const dir = tempDir();
    execFileSync(process.execPath, [bin, 'init'], { cwd: dir });
    execFileSync(process.execPath, [bin, 'import', SEED_PAGE, '--name', 'seed'], { cwd: dir });
    const clauses = JSON.parse(execFileSync(process.execPath, [bin, 'clauses', '--json'], { cwd: dir, encoding: 'utf8' })) as Array<{ number: string; title: string }>;
    expect(clauses.find((c) => c.title === '建立更加健全社会保障体系')!.number).toBe('18');
  });
});


describe('redline fmt on feedback entries', () => {
  it('normalises an entry written by hand, keeps its comments, and is idempotent', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'feedback/seed/9.yaml');
    writeFileSync(path, 'id:    "9"\nunit: 区教育局   # 电话核实\ncomment:   建议删除“设备”\nedits: [ {op: delete, clause: c47, quote: 设备} ]\n\n\ndecision: {status: pending}\n');
    const check = await redline(dir, 'fmt', '--check');
    expect(check).toMatchObject({ code: 1, stdout: 'would reformat feedback/seed/9.yaml\n' });
    expect((await redline(dir, 'fmt')).stdout).toBe('formatted feedback/seed/9.yaml\n');
    expect(readFileSync(path, 'utf8')).toBe('id: "9"\nunit: 区教育局 # 电话核实\ncomment: 建议删除“设备”\nedits: [ { op: delete, clause: c47, quote: 设备 } ]\n\ndecision: { status: pending }\n');
    expect(await redline(dir, 'fmt', '--check')).toMatchObject({ code: 0, stdout: '' });
  });

  it('changes nothing when an entry is broken', async () => {
    const dir = await seedWorkspace();
    writeFileSync(join(dir, 'feedback/seed/9.yaml'), 'id: "9"\nunit: [x\n');
    const draft = join(dir, 'drafts/seed.md');
    writeFileSync(draft, `${readFileSync(draft, 'utf8')}\n\n\n新增段落。\n`);
    const before = snapshot(dir);
    const result = await redline(dir, 'fmt');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^feedback\/seed\/9\.yaml:\d+:\d+: error: /);
    expect(snapshot(dir)).toEqual(before);
  });
});
