// `redline feedback import <table>`: one entry per row of a feedback table
// (text, CSV, TSV, Markdown, Word or Excel), added to the draft's entries.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Encoding } from '../../../core/intake/encoding.js';
import { readTableFile, tableFormatOf, type TableFormat } from '../../../core/intake/feedback-table.js';
import { importTables, reportImport, type TableImport } from '../../entries.js';
import type { Context } from '../../io.js';
import { UsageError } from '../../report.js';
import { readInputBytes } from '../../text-file.js';
import { findWorkspace, readDraft, resolveDraftName } from '../../workspace.js';

interface ImportFlags {
  draft?: string;
  format?: TableFormat;
  sheet?: string;
  unit?: string;
  encoding?: Encoding;
}

export function registerFeedbackImport(feedback: Command, context: Context): void {
  const { io } = context;
  feedback
    .command('import')
    .description(
      'add the rows of a feedback table (Word .docx, Excel .xlsx, CSV, TSV, Markdown, or text copied from a page) as entries, with edits proposed from each comment; rows imported before are not added again',
    )
    .argument('<table>', 'the table file, or a whole page holding it')
    .option('--draft <name>', 'the draft the comments are about (default: the only draft)')
    .addOption(new Option('--format <format>', 'how to read the file (default: by extension)').choices(['csv', 'tsv', 'markdown', 'text', 'docx', 'xlsx']))
    .option('--sheet <sheet>', 'the sheet of a workbook, by name or number (default: the first)')
    .option('--unit <unit>', 'the unit (单位) of rows whose table has no unit column or leaves it blank')
    .addOption(new Option('--encoding <encoding>', 'force the encoding of a text file instead of detecting it').choices(['utf-8', 'gb18030']))
    .addHelpText(
      'after',
      '\nExamples:\n  redline feedback import 住建局意见.docx --unit 县住建局\n  redline feedback import 汇总.xlsx --sheet 2\n  redline feedback import 网上留言.csv\n  redline feedback import page.txt --draft seed\n',
    )
    .action(async (file: string, flags: ImportFlags) => {
      const workspace = findWorkspace(io.cwd);
      const name = resolveDraftName(workspace, flags.draft);
      const { draft } = readDraft(workspace, name);
      const path = resolve(io.cwd, file);
      if (!existsSync(path)) throw new UsageError(`${file}: no such file`);
      const format = flags.format ?? tableFormatOf(file);
      if (flags.sheet !== undefined && format !== 'xlsx') throw new UsageError('--sheet is for Excel workbooks (.xlsx)');
      const tables = await readTableFile(readInputBytes(path, file), file, {
        format,
        ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}),
        ...(flags.encoding ? { encoding: flags.encoding } : {}),
      });
      if (tables.every((t) => t.rows.length === 0)) throw new UsageError(`${file}: the table has no rows with a comment`);
      const options: TableImport = {
        workspace,
        draft: name,
        clauses: draft.clauses,
        lang: draft.meta.lang,
        file,
        source: basename(file),
        ...(flags.unit ? { unit: flags.unit } : {}),
        ...(draft.meta.consultation ? { window: draft.meta.consultation } : {}),
      };
      const plan = importTables(tables, options);
      reportImport(io, plan, tables, options);
    });
}
