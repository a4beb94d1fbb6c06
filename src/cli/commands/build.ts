import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { build, type BuildOutput } from '../../core/revision/build.js';
import { problem } from '../../core/problem.js';
import { commitFiles } from '../atomic-write.js';
import type { Context } from '../io.js';
import { missingForPdf, missingMessage, pdfEnvironment, writePdfs } from '../pdf.js';
import { reportProblems, UsageError } from '../report.js';
import { buildSources } from '../rounds.js';
import { safeText } from '../terminal-text.js';
import { readInputBytes } from '../text-file.js';
import { findWorkspace } from '../workspace.js';

interface BuildFlags {
  out?: string;
  check?: boolean;
  lang?: 'zh' | 'en';
  round?: number;
  pdf?: boolean;
  allowUnapplied?: boolean;
}

export function registerBuild(program: Command, context: Context): void {
  const { io } = context;
  program
    .command('build')
    .description('write per draft the revised text, the feedback-response table, the comparison table (修改对照表) and the redline')
    .option('--out <dir>', 'output folder (default: `out` in redline.yaml, or out/)')
    .option('--check', 'write nothing; exit 1 and name the files that differ from what a build would write')
    .addOption(new Option('--lang <lang>', 'labels of the outputs (default: the draft\'s lang)').choices(['zh', 'en']))
    .option('--pdf', 'also write <draft>.<output>.pdf for each output, through pandoc and xelatex with a CJK font (see README: PDF)')
    .addOption(new Option('--round <n>', 'build a closed round again (feedback/<draft>/round-<n>/): out/<draft>.round-<n>.*').argParser(roundNumber))
    .option('--allow-unapplied', 'write the outputs even when adopted edits cannot be applied (the response table lists them)')
    .addHelpText(
      'after',
      '\nExamples:\n  redline build\n  redline build --out dist --lang en\n  redline build --check   # in CI\n  redline build --pdf     # also out/<draft>.<output>.pdf\n\nPDF (Debian: apt-get install pandoc texlive-xetex texlive-lang-chinese fonts-noto-cjk):\n  pandoc out/seed.revised.md -o seed.pdf --pdf-engine=xelatex -V CJKmainfont="Noto Serif CJK SC" -V babel-lang=chinese-hans\n',
    )
    .action(async (flags: BuildFlags) => {
      const workspace = findWorkspace(io.cwd);
      if (flags.pdf && flags.check) throw new UsageError('--check compares the Markdown outputs; it does not go with --pdf');
      const missing = flags.pdf ? missingForPdf(pdfEnvironment(io)) : [];
      if (missing.length > 0) throw new UsageError(missingMessage(missing));
      const out = resolve(flags.out ? io.cwd : workspace.root, flags.out ?? workspace.config.out);
      const outputs: BuildOutput[] = [];
      const langs = new Map<string, string>();
      let unapplied = 0;
      // Build everything before writing anything: a broken input changes no file.
      for (const { draft, entries, warnings } of buildSources(workspace, flags.round)) {
        reportProblems(io, warnings);
        const result = build(draft, entries.map((e) => e.entry), flags.lang);
        const lines = new Map(entries.map((e) => [e.entry.id, e]));
        const at = (ref: { entry: string; index: number }) => {
          const loaded = lines.get(ref.entry);
          return { file: loaded ? workspace.display(loaded.path) : undefined, line: loaded?.entry.editLines[ref.index - 1] };
        };
        // An adopted edit that is not in the text is never published as adopted, unless the clerk says so.
        unapplied += result.revision.unapplied.length;
        reportProblems(
          io,
          result.revision.unapplied.map((p) => problem(`adopted but not applied: ${p.message ?? p.state}`, { ...at(p.ref), rule: p.state, warning: Boolean(flags.allowUnapplied) })),
        );
        reportProblems(io, result.revision.problems.flatMap((p) => p.edits.map((ref) => problem(p.message, { ...at(ref), rule: p.rule, warning: true }))));
        outputs.push(...result.outputs);
        for (const o of result.outputs) langs.set(o.name, (flags.lang ?? draft.meta.lang) === 'en' ? 'en-US' : 'zh-CN');
      }
      if (unapplied > 0 && !flags.allowUnapplied) {
        io.stderr(`build: ${unapplied} adopted edit(s) cannot be applied; nothing written (fix them, or pass --allow-unapplied to publish with them listed)\n`);
        context.exitCode = 1;
        return;
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
      if (flags.pdf && (await writePdfs(io, workspace.display, outputs.map((o) => ({ markdown: join(out, o.name), lang: langs.get(o.name)! })))) > 0) context.exitCode = 1;
    });
}

function roundNumber(value: string): number {
  if (!/^[1-9]\d{0,3}$/u.test(value)) throw new InvalidArgumentError('a round is a number from 1');
  return Number(value);
}
