import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { build, type BuildOutput } from '../../core/revision/build.js';
import { unmadeChange } from '../../core/feedback/unmade-change.js';
import { problem, type Problem } from '../../core/problem.js';
import { lacking } from '../../core/feedback/decision.js';
import { checkWithin, commitFiles } from '../atomic-write.js';
import { decideAgainHint, decideHint, decisionLine } from '../decisions.js';
import { changedSinceDecision } from '../../core/revision/consistency.js';
import type { Io } from '../io.js';
import { missingForPdf, missingMessage, pdfEnvironment, writePdfs } from '../pdf.js';
import { listProblems, UsageError } from '../report.js';
import { reportTarget, writeReport } from '../report-file.js';
import { buildSources } from '../rounds.js';
import { safeText } from '../terminal-text.js';
import { findWorkspace, orphanFeedback } from '../workspace.js';

export interface BuildOptions {
  /** Output folder, from the current one (default: `out` in redline.yaml, from the workspace). */
  out?: string;
  /** Write nothing; exit 1 when an output differs from what a build would write. */
  check?: boolean;
  lang?: 'zh' | 'en';
  /** Build a closed round again. */
  round?: number;
  pdf?: boolean;
  /** Also a Word file of each output (pandoc), the marks kept as Word's strikethrough and bold. */
  docx?: boolean;
  allowUnapplied?: boolean;
  /** List every problem; past a few, only the first ones and a count by kind are printed. */
  verbose?: boolean;
  /** Also write every problem to this file, one per line. */
  report?: string;
}

export async function buildCommand(flags: BuildOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  for (const kind of ['pdf', 'docx'] as const) {
    if (!flags[kind]) continue;
    if (flags.check) throw new UsageError(`--check compares the Markdown outputs; it does not go with --${kind}`);
    const missing = missingForPdf(pdfEnvironment(io), kind);
    if (missing.length > 0) throw new UsageError(missingMessage(missing, kind));
  }
  const out = resolve(flags.out ? io.cwd : workspace.root, flags.out ?? workspace.config.out);
  // Outputs among the drafts or the entries would be read back as drafts and entries by the next command.
  for (const inputs of [workspace.draftsDir, workspace.feedbackDir]) {
    const within = relative(inputs, out);
    if (within === '' || (!within.startsWith('..') && !isAbsolute(within))) {
      throw new UsageError(`${flags.out ? '--out' : 'out in redline.yaml'} is ${workspace.display(out)}, inside ${workspace.display(inputs)}/, where outputs would be read as ${inputs === workspace.draftsDir ? 'drafts' : 'entries'}; choose another folder; no file was changed`);
    }
  }
  const report = flags.report === undefined ? undefined : reportTarget(flags.report, workspace, io.cwd);
  const outputs: BuildOutput[] = [];
  const langs = new Map<string, string>();
  const problems: Problem[] = [];
  let unapplied = 0;
  let redecide = 0;
  problems.push(...orphanFeedback(workspace, { warning: true }));
  // Build everything before writing anything: a broken input changes no file.
  for (const { draft, entries, warnings } of buildSources(workspace, flags.round)) {
    problems.push(...warnings);
    const result = build(draft, entries.map((e) => e.entry), flags.lang);
    // Made only when there is a problem to place: most builds have none.
    let lines: Map<string, (typeof entries)[number]> | undefined;
    const at = (ref: { entry: string; index: number }) => {
      lines ??= new Map(entries.map((e) => [e.entry.id, e]));
      const loaded = lines.get(ref.entry);
      return { file: loaded ? workspace.display(loaded.path) : undefined, line: loaded?.entry.editLines[ref.index - 1] };
    };
    // An adopted edit that is not in the text is never published as adopted, unless the clerk says so.
    unapplied += result.revision.unapplied.length;
    problems.push(
      ...result.revision.unapplied.map((p) => problem(`adopted but not applied: ${p.message ?? p.state}`, { ...at(p.ref), rule: p.state, warning: Boolean(flags.allowUnapplied) })),
      ...result.revision.problems.flatMap((p) => p.edits.map((ref) => problem(p.message, { ...at(ref), rule: p.rule, warning: true }))),
    );
    // A 部分采纳 that names none of its edits applies none: the table would say 部分采纳 of a text left as it was.
    for (const { entry, path } of entries) {
      // A decision taken on other edits (a clean git merge of an edit and a decision) is never published: no --allow-unapplied for it.
      const changed = changedSinceDecision(entry);
      if (changed) {
        redecide++;
        problems.push(problem(`${changed}; ${decideAgainHint(entry.id, entry.decision.status)}`, { file: workspace.display(path), line: decisionLine(workspace, path), rule: 'decision-changed' }));
      }
      // An adoption whose comment asked for a change no edit makes: the table would say 采纳 of a text left as it was.
      const unmade = unmadeChange(entry);
      if (unmade) problems.push(problem(unmade, { file: workspace.display(path), line: decisionLine(workspace, path), rule: 'adopted-without-edit', warning: true }));
      if (entry.decision.status !== 'partial' || entry.campaign || entry.edits.length === 0 || !lacking(entry.decision).includes('edits')) continue;
      problems.push(problem(`entry ${entry.id} is partially adopted but names none of its edits, so none is applied (${decideHint(entry.id, 'partial', ['edits'])})`, { file: workspace.display(path), line: decisionLine(workspace, path), rule: 'partial-edits', warning: true }));
    }
    outputs.push(...result.outputs);
    for (const o of result.outputs) langs.set(o.name, (flags.lang ?? draft.meta.lang) === 'en' ? 'en-US' : 'zh-CN');
  }
  if (report !== undefined) {
    if (outputs.some((o) => resolve(out, o.name) === report)) throw new UsageError(`--report ${workspace.display(report)} is one of the outputs; write the report elsewhere; no file was changed`);
    writeReport(report, problems, workspace);
  }
  listProblems(io, problems, { verbose: flags.verbose, ...(report !== undefined ? { reportFile: workspace.display(report) } : {}) });
  if (redecide > 0) {
    io.stderr(`build: ${redecide} decision(s) taken on edits that have changed since; ${report !== undefined ? 'no output' : 'nothing'} written (decide them again)\n`);
    return 1;
  }
  if (unapplied > 0 && !flags.allowUnapplied) {
    io.stderr(`build: ${unapplied} adopted edit(s) cannot be applied; ${report !== undefined ? 'no output' : 'nothing'} written (fix them, or pass --allow-unapplied to publish with them listed)\n`);
    return 1;
  }
  if (flags.check) {
    const stale = outputs.filter((o) => !holds(join(out, o.name), o.content));
    // A deleted output is missing, not different: the clerk looks for a file, not for what changed in it.
    for (const o of stale) {
      const path = join(out, o.name);
      io.stdout(`${safeText(workspace.display(path))} ${lstatSync(path, { throwIfNoEntry: false }) ? 'is not what a build would write' : 'is missing: a build would write it'}\n`);
    }
    return stale.length > 0 ? 1 : 0;
  }
  // All outputs or none; the folder named in redline.yaml (which may come from a pull request) stays inside the workspace.
  // An output that already holds what the build makes is left as it is, its time too (make, pandoc, a PDF job).
  // (Checked first: an out/ leading outside is refused, whatever it holds.)
  if (!flags.out && existsSync(out)) checkWithin(out, workspace.root, workspace.display);
  const same = new Set(outputs.filter((o) => holds(join(out, o.name), o.content)));
  commitFiles(
    outputs.filter((o) => !same.has(o)).map((o) => ({ path: join(out, o.name), content: o.content })),
    { display: workspace.display, ...(flags.out ? {} : { within: workspace.root }) },
  );
  for (const output of outputs) io.stdout(same.has(output) ? `unchanged ${safeText(workspace.display(join(out, output.name)))}\n` : `wrote ${safeText(workspace.display(join(out, output.name)))}\n`);
  const written = outputs.map((o) => ({ markdown: join(out, o.name), lang: langs.get(o.name)! }));
  let failed = 0;
  for (const kind of ['pdf', 'docx'] as const) if (flags[kind]) failed += await writePdfs(io, workspace.display, written, kind);
  return failed > 0 ? 1 : 0;
}

/** Whether `path` is an ordinary file holding `content` already: what `--check` asks, and a file the write leaves alone. Anything else (missing, a link, unreadable) a build would replace. */
function holds(path: string, content: string): boolean {
  try {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size !== Buffer.byteLength(content, 'utf8')) return false;
    return readFileSync(path).equals(Buffer.from(content, 'utf8'));
  } catch {
    return false;
  }
}
