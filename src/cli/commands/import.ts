import { existsSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { docxText, readWordDocument, trackedChangesWarning, type TrackedChange } from '../../core/intake/docx.js';
import { officeFormat } from '../../core/intake/office-file.js';
import { decodeText, type Encoding } from '../../core/intake/encoding.js';
import { importDraft, type StrayText } from '../../core/intake/draft-import.js';
import { problem, type Problem } from '../../core/problem.js';
import { DRAFT_HEADER } from '../file-headers.js';
import { parseDraft } from '../../core/draft/format.js';
import { reimportText } from '../../core/diff/reimport.js';
import { entryChanges, planTables, reportImport, type TableImport } from '../entries.js';
import { commitFiles } from '../atomic-write.js';
import { retiredIds } from '../rounds.js';
import { readInputBytes } from '../text-file.js';
import type { Io } from '../io.js';
import { reportProblems, UsageError } from '../report.js';
import { checkDraftName, draftPath, findWorkspace, readWorkspaceText } from '../workspace.js';

export interface ImportFlags {
  name?: string;
  encoding?: Encoding;
  format?: 'text' | 'markdown' | 'docx';
  force?: boolean;
}

export interface ImportOptions extends ImportFlags {
  /** The draft, or a whole consultation page holding it. */
  file: string;
}

export async function importCommand({ file, ...flags }: ImportOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) throw new UsageError(`${file}: no such file`);
  const name = checkDraftName(flags.name ?? basename(file, extname(file)));
  const target = draftPath(workspace, name);
  if (existsSync(target) && !flags.force) {
    throw new UsageError(`${workspace.display(target)} already exists; pass --force to replace it`);
  }
  const bytes = readInputBytes(path, file);
  // A Word document saved under another name is read as Word; a 97–2003 .doc is refused by name, not as binary text.
  const sniffed = officeFormat(bytes, file);
  if (sniffed === 'xlsx') throw new UsageError(`${file} is an Excel workbook: a draft is text or Word (.docx); a table of comments goes in with redline feedback import`);
  const format = sniffed ?? flags.format ?? formatOf(file);
  // A Word draft is read as the text a clerk would copy out of Word, list numbers included, tracked changes accepted.
  let tracked: TrackedChange[] = [];
  let decoded: { text: string; encoding: string };
  if (format === 'docx') {
    const word = readWordDocument(bytes, file);
    tracked = word.tracked;
    decoded = { text: docxText(word.blocks), encoding: 'docx' };
  } else decoded = decodeText(bytes, file, flags.encoding);
  const imported = importDraft(decoded.text, { format: format === 'docx' ? 'text' : format, source: basename(file), comment: DRAFT_HEADER });
  // A draft of no clause is no draft: an empty file, or one of white space, was given by mistake.
  if (imported.clauses.length === 0) throw new UsageError(`${file} holds no text to import; no file was changed`);
  // Over an existing draft, unchanged clauses keep their IDs, and new ones take none that entries or closed rounds name.
  const text = existsSync(target) ? reimportText(readWorkspaceText(workspace, target), imported.text, retiredIds(workspace, name)) : imported.text;
  const clauses = text === imported.text ? imported.clauses : parseDraft(text, target, name).draft.clauses;
  const options: TableImport = {
    workspace,
    draft: name,
    clauses,
    lang: imported.meta.lang,
    file,
    source: basename(file),
    ...(imported.meta.consultation ? { window: imported.meta.consultation } : {}),
  };
  // A page that also holds the departments' table brings its entries along.
  const plan = imported.tables.length > 0 ? planTables(imported.tables, options) : undefined;
  // The draft and its entries together, or nothing (a failing entry leaves the old draft in place).
  const written = plan ? entryChanges(workspace, name, plan.entries) : [];
  commitFiles([{ path: target, content: text }, ...written], { display: workspace.display, within: workspace.root });
  const numbered = imported.clauses.filter((c) => c.number !== '').length;
  io.stdout(
    `imported ${imported.clauses.length} clauses (${numbered} numbered) from ${file} (${decoded.encoding}) into ${workspace.display(target)}\n`,
  );
  if (imported.comments.length > 0) {
    const count = imported.comments.length;
    io.stdout(`left out ${count} HTML comment${count === 1 ? '' : 's'} (markup, not text): ${file}:${imported.comments.join(', ')}\n`);
  }
  if (imported.printMarks.length > 0) {
    const count = imported.printMarks.length;
    io.stdout(`left out ${count} print mark${count === 1 ? '' : 's'} (the printer's, not the bill's text): ${file}:${imported.printMarks.join(', ')}\n`);
  }
  if (imported.notice.length > 0) {
    const count = imported.notice.length;
    io.stdout(`left out ${count} line${count === 1 ? '' : 's'} of the page before the draft (its consultation notice, not the draft's text): ${file}:${imported.notice.join(', ')}\n`);
  }
  if (imported.contents.length > 0) {
    const count = imported.contents.length;
    io.stdout(`left out a table of contents with no 目录 line (${count} chapter headings listed before the chapters start, not chapters): ${file}:${imported.contents.join(', ')}\n`);
  }
  if (imported.meta.consultation) {
    io.stdout(`consultation window: ${imported.meta.consultation.from} to ${imported.meta.consultation.to}\n`);
  }
  if (plan) reportImport(io, plan, imported.tables, options);
  reportStrayText(io, imported.stray, file, workspace.display(target));
  // Imported all the same (Word's "accept all" is what the clerk sees on screen), but said: a change meant to be rejected is in the draft now.
  const warning = trackedChangesWarning(tracked, file);
  if (warning) reportProblems(io, [warning], { annotations: true });
  return 0;
}

/** Warns of page text (a notice the page reader did not recognise) kept in the draft, and of a breadcrumb read as its title. */
function reportStrayText(io: Io, stray: StrayText, file: string, draft: string): void {
  const problems: Problem[] = [];
  const warn = (line: number, message: string, rule: string) => problems.push(problem(message, { file, line, rule, warning: true }));
  if (stray.title) warn(stray.titleLine ?? 1, `the draft's title is read from the page's breadcrumb line; write the draft's own title as title: in ${draft}`, 'page-title');
  const where = { before: "before the draft's first numbered clause", after: "after the draft's last article" };
  for (const side of ['before', 'after'] as const) {
    const lines = stray[side];
    if (lines.length === 0) continue;
    const count = `${lines.length} line${lines.length === 1 ? '' : 's'}`;
    warn(lines[0]!, `${count} ${where[side]} look like the page around the draft (a breadcrumb, a call for comments, contact details), not its text, and are kept as clauses (lines ${lines.join(', ')}); delete them, and the notice around them, from ${draft} if so, or they are published in the revised text`, 'page-text-kept');
  }
  reportProblems(io, problems, { annotations: true });
}

function formatOf(file: string): 'text' | 'markdown' | 'docx' {
  const ext = extname(file).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}
