import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { build, type BuildOutput } from '../../core/revision/build.js';
import { problem } from '../../core/problem.js';
import { commitFiles } from '../atomic-write.js';
import type { Context } from '../io.js';
import { reportProblems } from '../report.js';
import { safeText } from '../terminal-text.js';
import { readInputBytes } from '../text-file.js';
import { draftNames, findWorkspace, loadEntries, readDraft } from '../workspace.js';

interface BuildFlags {
  out?: string;
  check?: boolean;
  lang?: 'zh' | 'en';
}

export function registerBuild(program: Command, context: Context): void {
  const { io } = context;
  program
    .command('build')
    .description('write per draft the revised text, the feedback-response table, the comparison table (修改对照表) and the redline')
    .option('--out <dir>', 'output folder (default: `out` in redline.yaml, or out/)')
    .option('--check', 'write nothing; exit 1 and name the files that differ from what a build would write')
    .addOption(new Option('--lang <lang>', 'labels of the outputs (default: the draft\'s lang)').choices(['zh', 'en']))
    .addHelpText(
      'after',
      '\nExamples:\n  redline build\n  redline build --out dist --lang en\n  redline build --check   # in CI\n\nPDF (Debian: apt-get install pandoc texlive-xetex fonts-noto-cjk):\n  pandoc out/seed.revised.md -o seed.pdf --pdf-engine=xelatex -V CJKmainfont="Noto Serif CJK SC"\n',
    )
    .action((flags: BuildFlags) => {
      const workspace = findWorkspace(io.cwd);
      const out = resolve(flags.out ? io.cwd : workspace.root, flags.out ?? workspace.config.out);
      const outputs: BuildOutput[] = [];
      // Build everything before writing anything: a broken input changes no file.
      for (const name of draftNames(workspace)) {
        const { draft } = readDraft(workspace, name);
        const { entries, warnings } = loadEntries(workspace, name);
        reportProblems(io, warnings);
        const result = build(draft, entries.map((e) => e.entry), flags.lang);
        const lines = new Map(entries.map((e) => [e.entry.id, e]));
        reportProblems(
          io,
          result.revision.unapplied.map((p) => {
            const loaded = lines.get(p.ref.entry);
            return problem(`not applied: ${p.message ?? p.state}`, {
              file: loaded ? workspace.display(loaded.path) : undefined,
              line: loaded?.entry.editLines[p.ref.index - 1],
              rule: p.state,
              warning: true,
            });
          }),
        );
        outputs.push(...result.outputs);
      }
      if (flags.check) {
        const stale = outputs.filter((o) => {
          const path = join(out, o.name);
          return !existsSync(path) || !readInputBytes(path, workspace.display(path)).equals(Buffer.from(o.content, 'utf8'));
        });
        for (const o of stale) io.stdout(`${safeText(workspace.display(join(out, o.name)))} is not what a build would write\n`);
        if (stale.length > 0) context.exitCode = 1;
        return;
      }
      // All outputs or none; the folder named in redline.yaml (which may come from a pull request) stays inside the workspace.
      commitFiles(
        outputs.map((o) => ({ path: join(out, o.name), content: o.content })),
        { display: workspace.display, ...(flags.out ? {} : { within: workspace.root }) },
      );
      for (const output of outputs) io.stdout(`wrote ${safeText(workspace.display(join(out, output.name)))}\n`);
    });
}
