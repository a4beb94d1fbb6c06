// `redline feedback import <table>`: one entry per row of a feedback table.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { ENTRY_ID } from '../../../core/feedback/entry.js';
import { decodeText } from '../../../core/intake/encoding.js';
import { entriesFromTable } from '../../../core/intake/feedback-import.js';
import { readTable, tableFormatOf, type TableFormat } from '../../../core/intake/feedback-table.js';
import { checkNewEntries, summarise, writeNewEntries } from '../../entries.js';
import type { Context } from '../../io.js';
import { UsageError } from '../../report.js';
import { readInputBytes } from '../../text-file.js';
import { feedbackFolder, findWorkspace, readDraft, resolveDraftName } from '../../workspace.js';

export function registerFeedbackImport(feedback: Command, context: Context): void {
  const { io } = context;
  feedback
    .command('import')
    .description('import a feedback table (Markdown, CSV, TSV, or the flattened text of a web table) and propose edits from each comment')
    .argument('<table>', 'the table file, or a whole consultation page holding it')
    .option('--draft <name>', 'the draft the comments are about (default: the only draft)')
    .addOption(new Option('--format <format>', 'how to read the table (default: by extension)').choices(['csv', 'tsv', 'markdown', 'text']))
    .option('--force', 'replace entries that already exist')
    .addHelpText('after', '\nExamples:\n  redline feedback import comments.csv\n  redline feedback import page.txt --draft seed\n')
    .action((file: string, flags: { draft?: string; format?: TableFormat; force?: boolean }) => {
      const workspace = findWorkspace(io.cwd);
      const name = resolveDraftName(workspace, flags.draft);
      const { draft } = readDraft(workspace, name);
      const path = resolve(io.cwd, file);
      if (!existsSync(path)) throw new UsageError(`${file}: no such file`);
      const { text } = decodeText(readInputBytes(path, file), file);
      const rows = readTable(text, file, flags.format ?? tableFormatOf(file));
      if (rows.length === 0) throw new UsageError(`${file}: the table has no rows`);
      for (const row of rows) {
        if (!ENTRY_ID.test(row.number)) throw new UsageError(`${file}:${row.line}: "${row.number}" cannot be an entry id`);
      }
      const entries = entriesFromTable(rows, draft.clauses, draft.meta.lang);
      checkNewEntries(workspace, name, entries, Boolean(flags.force));
      writeNewEntries(workspace, name, entries);
      io.stdout(`imported ${summarise(entries)} into ${workspace.display(feedbackFolder(workspace, name))}/\n`);
    });
}
