// examples/github-actions.yml, run as its steps would run (not on GitHub): on
// a copy of this repository's seed workspace, `redline` on PATH, the step
// summary in a file. Installing steps are left out; the PDF job runs when
// xelatex is here. Also `build --pdf` when the tools are missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { redline, ROOT, snapshot, tempDir } from './helpers/cli.js';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { if?: string; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(ROOT, 'examples/github-actions.yml'), 'utf8')) as Workflow;
const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const PDF_TOOLS = has('xelatex', ['--version']) && has('pandoc', ['--version']);
const PDF_TEXT = has('pdftotext', ['-v']);

/** A copy of the repository's own workspace: redline.yaml, the seed draft and its six entries. */
function seedCopy(): string {
  const dir = tempDir();
  for (const path of ['redline.yaml', 'drafts', 'feedback']) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  return dir;
}

/** Runs a job's `run` steps as Actions would (bash -e; a failed step stops the rest unless `if: always()`). */
function runJob(job: string, dir: string): { summary: string; steps: Array<{ name: string; status: number; stdout: string; stderr: string }> } {
  const bin = join(dir, '.bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'redline'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/redline.js')}" "$@"\n`);
  chmodSync(join(bin, 'redline'), 0o755);
  const summaryFile = join(dir, '.summary.md');
  writeFileSync(summaryFile, '');
  const env = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile, NO_COLOR: '1' };
  const steps = [];
  let failed = false;
  for (const step of workflow.jobs[job]!.steps) {
    if (!step.run || /^Install /u.test(step.name ?? '')) continue;
    if (failed && step.if !== 'always()') continue;
    const result = spawnSync('bash', ['-e', '-c', step.run], { cwd: dir, env, encoding: 'utf8' });
    steps.push({ name: step.name ?? '', status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr });
    if (result.status !== 0) failed = true;
  }
  return { summary: readFileSync(summaryFile, 'utf8'), steps };
}

describe('examples/github-actions.yml', () => {
  it('runs on pull requests and on pushes to main, installing redline, pandoc and the CJK fonts, uploading out/', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    expect(workflow.jobs['review']!.if).toBe("github.event_name == 'pull_request'");
    expect(workflow.jobs['publish']!.if).toBe("github.event_name == 'push'");
    const publish = workflow.jobs['publish']!.steps;
    expect(publish.find((s) => s.name === 'Install pandoc, xelatex and the CJK fonts')!.run).toContain(
      'pandoc texlive-xetex texlive-lang-chinese texlive-plain-generic texlive-fonts-recommended lmodern fonts-noto-cjk',
    );
    expect(publish.at(-1)).toEqual({ uses: 'actions/upload-artifact@v4', with: { name: 'redline-outputs', path: 'out/' } });
  });

  it('pull request: redline check passes on the seed and the job summary holds the status and the proposals', () => {
    const dir = seedCopy();
    const { summary, steps } = runJob('review', dir);
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ['Check drafts and feedback', 0],
      ['Status and proposals as the job summary', 0],
    ]);
    expect(steps[0]!.stdout).toBe('check: ok (1 draft(s), 6 entries, 15 edits)\n');
    expect(summary).toMatch(/^## redline status\n\n### seed\n\n6 entries \(5 pending, 1 partial\); 0 stale edit\(s\)/u);
    expect(summary).toContain('\n## redline: 6 entries on seed\n\n15 edit(s): 15 ok\n\n### Entry 1 — 区人社局 (pending)\n');
    expect(summary.length).toBeLessThan(2 * 65_536);
  });

  it('pull request: a stale edit fails the check with an annotation at its line, and the summary is still written', () => {
    const dir = seedCopy();
    const draft = join(dir, 'drafts/seed.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('进出口总额达到13343万美元', '进出口总额达到15000万美元'));
    const { summary, steps } = runJob('review', dir);
    expect(steps.map((s) => s.status)).toEqual([1, 0]);
    expect(steps[0]!.stdout).toMatch(/^::error file=feedback\/seed\/6\.yaml,line=\d+,col=1::entry 6, edit 1 \(c10\): “13343” is not in c10\n$/u);
    expect(summary).toContain('**stale**');
  });

  it('main: check --final stops a build while an entry is pending', () => {
    const dir = seedCopy();
    const { steps } = runJob('publish', dir);
    expect(steps.map((s) => [s.name, s.status])).toEqual([['Every entry decided, every adopted edit applies', 1]]);
    expect(steps[0]!.stdout).toMatch(/^::error file=feedback\/seed\/1\.yaml,line=\d+,col=1::entry 1 is not decided yet\n/u);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it.skipIf(!PDF_TOOLS)('main: once all is decided, builds the four outputs and their PDFs, numbers kept (needs pandoc and xelatex)', async () => {
    const dir = seedCopy();
    expect((await redline(dir, 'decide', '1', '2', '4', '5', '6', 'adopt', '--date', '2018-01-20')).code).toBe(0);
    const { steps } = runJob('publish', dir);
    expect(steps.map((s) => [s.name, s.status, s.stderr])).toEqual([
      ['Every entry decided, every adopted edit applies', 0, ''],
      ['Build the outputs and their PDFs', 0, ''],
    ]);
    const outputs = ['revised', 'feedback', 'comparison', 'redline'];
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(outputs.flatMap((o) => [`seed.${o}.md`, `seed.${o}.pdf`]).sort());
    for (const o of outputs) expect(readFileSync(join(dir, `out/seed.${o}.pdf`)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!PDF_TEXT) {
      console.warn('pdftotext (poppler-utils) is not installed: the text of the PDFs is not checked');
      return;
    }
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'out/seed.revised.pdf'), '-'], { encoding: 'utf8' });
    // Numbers as written: 5. is not renumbered into a list, (三) and 18. stay.
    expect(text).toMatch(/\(三\) 重大战略。/u);
    expect(text).toMatch(/\n\s*5\. 着力深化“东融北联”为重点的发展行动。/u);
    expect(text).toMatch(/\n\s*18\. ?建立更加健全社会保障体系。/u);
    expect(text).toContain('基本完成机关事业单位养老保险制度改革');
    const table = execFileSync('pdftotext', ['-layout', join(dir, 'out/seed.feedback.pdf'), '-'], { encoding: 'utf8' });
    expect(table).toMatch(/序号\s+单位\s+主要意见\s+意见采纳情况\s+未采纳原因/u);
    // xelatex takes seconds per PDF here (a CJK font to load), and pandoc runs it twice.
  }, 300_000);

  it('build --pdf names the missing Debian packages and changes nothing when the tools are absent', async () => {
    const dir = seedCopy();
    const before = snapshot(dir);
    const empty = join(tempDir(), 'bin');
    mkdirSync(empty);
    let stderr = '';
    const { run } = await import('../src/cli/main.js');
    const code = await run(['build', '--pdf'], { cwd: dir, env: { PATH: empty }, stdout: () => undefined, stderr: (s) => (stderr += s), isTTY: false });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'redline: --pdf needs pandoc, xelatex and a CJK font; missing: pandoc (pandoc), xelatex (texlive-xetex), xeCJK.sty (texlive-lang-chinese), lmodern.sty (lmodern), ulem.sty (struck-through text) (texlive-plain-generic), pzdr.tfm (hyperref under xelatex) (texlive-fonts-recommended), the font Noto Serif CJK SC (fonts-noto-cjk).\n' +
        'On Debian or Ubuntu: sudo apt-get install pandoc texlive-xetex texlive-lang-chinese lmodern texlive-plain-generic texlive-fonts-recommended fonts-noto-cjk\n',
    );
    expect(snapshot(dir)).toEqual(before);
    expect(await redline(dir, 'build', '--pdf', '--check')).toMatchObject({ code: 2, stderr: 'redline: --check compares the Markdown outputs; it does not go with --pdf\n' });
  });
});
