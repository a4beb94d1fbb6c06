// redline git-setup, tried with real git in a temporary repository: git diff,
// git log -p and git show on drafts.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, redline, ROOT, seedWorkspace, tempDir } from './helpers/cli.js';

const REDLINE = `${process.execPath} ${join(ROOT, 'bin/redline.js')}`;
const ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x', NO_COLOR: '1', LC_ALL: 'C.UTF-8' };

function gitIn(dir: string) {
  return (...args: string[]) => execFileSync('git', ['--no-pager', ...args], { cwd: dir, env: ENV, encoding: 'utf8' });
}

async function repository(): Promise<{ dir: string; git: ReturnType<typeof gitIn> }> {
  const dir = await seedWorkspace();
  const git = gitIn(dir);
  git('init', '-q', '-b', 'main');
  const setup = await redline(dir, 'git-setup', '--command', REDLINE);
  expect(setup.code, setup.stderr).toBe(0);
  git('add', '-A');
  git('commit', '-qm', 'seed');
  return { dir, git };
}

const ITEMS_6_TO_24 = ['c33', 'c34', 'c36', 'c37', 'c38', 'c40', 'c41', 'c42', 'c44', 'c45', 'c46', 'c47', 'c48', 'c49', 'c50', 'c52', 'c53', 'c54', 'c55'];

const edit = (dir: string, from: string | RegExp, to: string) => {
  const path = join(dir, 'drafts/seed.md');
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

describe('redline git-setup', () => {
  it('writes .gitattributes and the repository config, once', async () => {
    const { dir, git } = await repository();
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toBe('drafts/*.md diff=redline\n');
    expect(git('config', '--local', '--get', 'diff.redline.command')).toBe(`${REDLINE} git-diff\n`);
    expect(git('config', '--local', '--get', 'diff.redline.textconv')).toBe(`${REDLINE} git-textconv\n`);
    const again = await redline(dir, 'git-setup', '--command', REDLINE);
    expect(again.stdout.split('\n')[0]).toBe('.gitattributes already has "drafts/*.md diff=redline"');
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toBe('drafts/*.md diff=redline\n');
  });

  it('git diff after rewording item 18 shows that one clause, word by word', async () => {
    const { dir, git } = await repository();
    edit(dir, '开展机关事业单位养老保险制度改革', '基本完成机关事业单位养老保险制度改革');
    expect(git('diff')).toBe(
      'diff --redline a/drafts/seed.md b/drafts/seed.md\n' +
        'c48 changed 18\n' +
        '    …费困难群体实行政府兜底。推进城乡居民基本养老保险与城镇职工基本养老保险转移接续。[-开展-]{+基本完成+}机关事业单位养老保险制度改革,建立机关事业单位工作人员职业年金。统一完善城乡医疗…\n',
    );
  });

  it('git log -p and git show work on the draft history: one line per clause, or redline diffs with --ext-diff', async () => {
    const { dir, git } = await repository();
    edit(dir, '开展机关事业单位养老保险制度改革', '基本完成机关事业单位养老保险制度改革');
    git('commit', '-qam', 'item 18');
    // Item 5 removed: items 6–24 are renumbered.
    edit(dir, /<!-- #c32 -->\n[^\n]*\n\n/u, '');
    ITEMS_6_TO_24.forEach((id, i) => edit(dir, new RegExp(`(<!-- #${id} -->\\n)${i + 6}\\.`, 'u'), `$1${i + 5}.`));
    git('commit', '-qam', 'item 5 removed');

    const log = git('log', '-p', '--format=commit %s');
    expect(log).toContain('commit item 18\n');
    expect(log).toContain('-[c48] 18.建立更加健全社会保障体系。');
    expect(log).toContain('+[c48] 18.建立更加健全社会保障体系。推进城乡居民养老保险');
    expect(log).toContain('-[c32] 5.');
    expect(log).toContain('+[c33] 5.');
    const extLog = git('log', '-p', '--ext-diff', '--format=commit %s');
    expect(extLog).toContain('commit item 5 removed\n\ndiff --redline a/drafts/seed.md b/drafts/seed.md\nc32 removed 5\n');
    expect(extLog).toContain('\nc33 renumbered 6 → 5\nc34 renumbered 7 → 6\n');
    expect(extLog).toContain('commit item 18\n\ndiff --redline a/drafts/seed.md b/drafts/seed.md\nc48 changed 18\n    …');
    const show = git('show', 'HEAD~1', '--format=%s');
    expect(show).toMatch(/^item 18\n\ndiff --git a\/drafts\/seed\.md b\/drafts\/seed\.md\n[\s\S]*\n-\[c48\] 18\./u);
    expect(git('show', '--ext-diff', 'HEAD~1', '--format=%s')).toContain('[-开展-]{+基本完成+}');
    // Without the external diff, git's own word diff over the clause lines: by character in a UTF-8 locale.
    const words = git('log', '-p', '--word-diff', '--format=commit %s');
    expect(words).toContain('[c48] 18.建立更加健全社会保障体系。');
    expect(words).toContain('转移接续。[-开展-]{+基本完成+}机关事业单位养老保险制度改革');
  });

  it('falls back to a line diff for a file under drafts/ that is not a draft', async () => {
    const { dir, git } = await repository();
    writeFileSync(join(dir, 'drafts/notes.md'), '---\ntitle: [\n---\nfirst\n');
    git('add', '-A');
    git('commit', '-qm', 'notes');
    writeFileSync(join(dir, 'drafts/notes.md'), '---\ntitle: [\n---\nsecond\n');
    const diff = git('diff');
    expect(diff).toMatch(/^diff --redline a\/drafts\/notes\.md b\/drafts\/notes\.md\nnote: not read as a draft \(a\/drafts\/notes\.md:2:9: error: front matter: .*\); showing lines\n@@ -1,4 \+1,4 @@\n/u);
    expect(diff).toContain('-first\n+second\n');
  });

  it('shows a corpus law imported as a draft clause by clause (the Legislation Law)', async () => {
    const dir = tempDir();
    const git = gitIn(dir);
    git('init', '-q', '-b', 'main');
    await redline(dir, 'init');
    await redline(dir, 'import', join(CORPUS, 'lawrefbook/lifa_fa_2015.md'), '--name', 'lifa');
    await redline(dir, 'git-setup', '--command', REDLINE);
    git('add', '-A');
    git('commit', '-qm', '2015');
    const path = join(dir, 'drafts/lifa.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('维护社会主义法制的统一和尊严', '维护社会主义法制的统一、尊严、权威'));
    expect(git('diff')).toBe(
      'diff --redline a/drafts/lifa.md b/drafts/lifa.md\nc8 changed 第四条\n    第四条 立法应当依照法定的权限和程序，从国家整体利益出发，维护社会主义法制的统一[-和尊严-]{+、尊严、权威+}。\n',
    );
  });

  it('shows a change to the front matter (the title, the round) before the clauses, in git diff, redline diff and its JSON', async () => {
    for (const [file, name, title] of [
      ['lawrefbook/lifa_fa_2015.md', 'lifa', '中华人民共和国立法法（修正草案）'],
      ['us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'bill', 'Jobs for All Act (Committee Print)'],
    ] as const) {
      const dir = tempDir();
      const git = gitIn(dir);
      git('init', '-q', '-b', 'main');
      await redline(dir, 'init');
      await redline(dir, 'import', join(CORPUS, file), '--name', name);
      await redline(dir, 'git-setup', '--command', REDLINE);
      git('add', '-A');
      git('commit', '-qm', 'draft');
      const path = join(dir, `drafts/${name}.md`);
      const old = readFileSync(path, 'utf8');
      const oldTitle = /^title: (.*)$/mu.exec(old)![1]!;
      writeFileSync(path, old.replace(/^title: .*$/mu, `title: ${title}`));
      // Only the front matter changed: before, git diff said "no clause changed".
      const shown = git('diff');
      expect(shown.split('\n').slice(0, 2)).toEqual([`diff --redline a/drafts/${name}.md b/drafts/${name}.md`, 'front-matter changed']);
      expect(shown).toMatch(/^ {4}title: .*\{\+.+\+\}/mu);
      const json = JSON.parse((await redline(dir, 'diff', `HEAD:drafts/${name}.md`, `drafts/${name}.md`, '--json')).stdout) as Array<{ id: string; change: string; before: string; after: string }>;
      expect(json).toHaveLength(1);
      expect(json[0]).toMatchObject({ id: 'front-matter', change: 'changed' });
      expect(json[0]!.before).toContain(`title: ${oldTitle}`);
      expect(json[0]!.after).toContain(`title: ${title}`);
      // A draft against its built text: the build's front matter is pandoc's, not a change of the draft's.
      await redline(dir, 'build');
      const built = JSON.parse((await redline(dir, 'diff', `drafts/${name}.md`, `out/${name}.revised.md`, '--json')).stdout) as Array<{ id: string }>;
      expect(built.map((c) => c.id)).not.toContain('front-matter');
    }
  });

  it('refuses outside a git repository', async () => {
    const dir = await seedWorkspace();
    const result = await redline(dir, 'git-setup');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('redline: . is not in a git repository; run `git init` first\n');
  });
});
