import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { build, type BuildOutput } from '../../core/revision/build.js';
import { problem } from '../../core/problem.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Context } from '../io.js';
import { reportProblems } from '../report.js';
import { draftNames, findWorkspace, loadEntries, readDraft } from '../workspace.js';

interface BuildFlags {
  out?: string;
  check?: boolean;
  lang?: 'zh' | 'en';
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
    .option('--allow-unapplied', 'write the outputs even when adopted edits cannot be applied (the response table lists them)')
    .addHelpText(
      'after',
      '\nExamples:\n  redline build\n  redline build --out dist --lang en\n  redline build --check   # in CI\n\nPDF (Debian: apt-get install pandoc texlive-xetex fonts-noto-cjk):\n  pandoc out/seed.revised.md -o seed.pdf --pdf-engine=xelatex -V CJKmainfont="Noto Serif CJK SC"\n',
    )
    .action((flags: BuildFlags) => {
      const workspace = findWorkspace(io.cwd);
      const out = resolve(flags.out ? io.cwd : workspace.root, flags.out ?? workspace.config.out);
      const outputs: BuildOutput[] = [];
      let unapplied = 0;
      // Build everything before writing anything: a broken input changes no file.
      for (const name of draftNames(workspace)) {
        const { draft } = readDraft(workspace, name);
        const { entries, warnings } = loadEntries(workspace, name);
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
      }
      if (unapplied > 0 && !flags.allowUnapplied) {
        io.stderr(`build: ${unapplied} adopted edit(s) cannot be applied; nothing written (fix them, or pass --allow-unapplied to publish with them listed)\n`);
        context.exitCode = 1;
        return;
      }
      if (flags.check) {
        const stale = outputs.filter((o) => !existsSync(join(out, o.name)) || readFileSync(join(out, o.name), 'utf8') !== o.content);
        for (const o of stale) io.stdout(`${workspace.display(join(out, o.name))} is not what a build would write\n`);
        if (stale.length > 0) context.exitCode = 1;
        return;
      }
      for (const output of outputs) {
        writeFileAtomic(join(out, output.name), output.content);
        io.stdout(`wrote ${workspace.display(join(out, output.name))}\n`);
      }
    });
}
