// `redline feedback import <table>`: one entry per row of a feedback table
// (text, CSV, TSV, Markdown, Word or Excel), added to the draft's entries.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { trackedChangesWarning } from '../../../core/intake/docx.js';
import type { Encoding } from '../../../core/intake/encoding.js';
import { readTableFile, tableFormatOf, type TableFormat } from '../../../core/intake/feedback-table.js';
import { officeFormat } from '../../../core/intake/office-file.js';
import { importTables, reportImport, type TableImport } from '../../entries.js';
import type { Io } from '../../io.js';
import { reportProblems, UsageError } from '../../report.js';
import { readInputBytes } from '../../text-file.js';
import { findWorkspace, resolveDraftName } from '../../workspace.js';
import { readDraft } from '../../workspace-reading.js';

export interface ImportFlags {
  draft?: string;
  format?: TableFormat;
  sheet?: string;
  unit?: string;
  encoding?: Encoding;
  replace?: boolean;
}

export interface FeedbackImportOptions extends ImportFlags {
  /** The table file, or a whole page holding it. */
  table: string;
}

export async function feedbackImportCommand({ table: file, ...flags }: FeedbackImportOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const name = resolveDraftName(workspace, flags.draft);
  const { draft } = readDraft(workspace, name);
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) throw new UsageError(`${file}: no such file`);
  const bytes = readInputBytes(path, file);
  // What the bytes are decides over the name: a workbook saved as .xls or .et is one; a real 97-2003 file is refused here.
  // Sniffed once, here: readTableFile reads the format it is given.
  const format = officeFormat(bytes, file) ?? flags.format ?? tableFormatOf(file);
  if (flags.sheet !== undefined && format !== 'xlsx') throw new UsageError('--sheet is for Excel workbooks (.xlsx)');
  const tables = await readTableFile(bytes, file, {
    format,
    ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}),
    ...(flags.encoding ? { encoding: flags.encoding } : {}),
  });
  // Tracked changes in a Word table were read as accepted: said before anything is imported from it.
  const tracked = trackedChangesWarning(tables[0]?.tracked ?? [], file);
  if (tracked) reportProblems(io, [tracked], { annotations: true });
  if (tables.every((t) => t.rows.length === 0)) throw new UsageError(`${file}: the table has no rows with a comment`);
  const options: TableImport = {
    workspace,
    draft: name,
    clauses: draft.clauses,
    lang: draft.meta.lang,
    file,
    source: basename(file),
    ...(flags.unit ? { unit: flags.unit } : {}),
    ...(flags.replace ? { replace: true } : {}),
    ...(draft.meta.consultation ? { window: draft.meta.consultation } : {}),
  };
  const plan = importTables(tables, options);
  reportImport(io, plan, tables, options, true);
  return 0;
}
