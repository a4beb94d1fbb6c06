import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { decodeText, type Encoding } from '../../core/intake/encoding.js';
import { entriesFromTable } from '../../core/intake/feedback-import.js';
import { readFlattenedTable } from '../../core/intake/feedback-table.js';
import { importDraft } from '../../core/intake/draft-import.js';
import { parseDraft } from '../../core/draft/format.js';
import { reimportText } from '../../core/draft/reimport.js';
import { checkNewEntries, summarise, writeNewEntries } from '../entries.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Context } from '../io.js';
import { UsageError } from '../report.js';
import { checkDraftName, draftPath, feedbackFolder, findWorkspace } from '../workspace.js';

interface ImportFlags {
  name?: string;
  encoding?: Encoding;
  format?: 'text' | 'markdown';
  force?: boolean;
}

export function registerImport(program: Command, context: Context): void {
  const { io } = context;
  program
    .command('import')
    .description('read a draft (plain text or Markdown; UTF-8 or GB18030) into drafts/<name>.md with clause IDs, and the feedback table that follows it into feedback/<name>/')
    .argument('<file>', 'the draft, or a whole consultation page holding it')
    .option('--name <draft>', 'name of the draft in the workspace (default: the file name)')
    .addOption(new Option('--encoding <encoding>', 'force the encoding instead of detecting it').choices(['utf-8', 'gb18030']))
    .addOption(new Option('--format <format>', 'how to read the file (default: by extension)').choices(['text', 'markdown']))
    .option('--force', 'replace an existing draft (and feedback entries) of that name')
    .addHelpText('after', '\nExample:\n  redline import ../shared/seed/000_08dfc49d6e2fc626.txt --name seed\n')
    .action((file: string, flags: ImportFlags) => {
      const workspace = findWorkspace(io.cwd);
      const path = resolve(io.cwd, file);
      if (!existsSync(path)) throw new UsageError(`${file}: no such file`);
      const name = checkDraftName(flags.name ?? basename(file, extname(file)));
      const target = draftPath(workspace, name);
      if (existsSync(target) && !flags.force) {
        throw new UsageError(`${workspace.display(target)} already exists; pass --force to replace it`);
      }
      const decoded = decodeText(readFileSync(path), file, flags.encoding);
      const format = flags.format ?? (/^\.(md|markdown)$/i.test(extname(file)) ? 'markdown' : 'text');
      const imported = importDraft(decoded.text, { format, source: basename(file) });
      // Over an existing draft, unchanged clauses keep their IDs.
      const text = existsSync(target) ? reimportText(readFileSync(target, 'utf8'), imported.text) : imported.text;
      const clauses = text === imported.text ? imported.clauses : parseDraft(text, target, name).draft.clauses;
      // A page that also holds the departments' table brings its entries along.
      const entries =
        imported.table.length > 0
          ? entriesFromTable(readFlattenedTable(imported.table, file), clauses, imported.meta.lang)
          : [];
      checkNewEntries(workspace, name, entries, Boolean(flags.force));
      writeFileAtomic(target, text);
      const written = writeNewEntries(workspace, name, entries);
      const numbered = imported.clauses.filter((c) => c.number !== '').length;
      io.stdout(
        `imported ${imported.clauses.length} clauses (${numbered} numbered) from ${file} (${decoded.encoding}) into ${workspace.display(target)}\n`,
      );
      if (imported.meta.consultation) {
        io.stdout(`consultation window: ${imported.meta.consultation.from} to ${imported.meta.consultation.to}\n`);
      }
      if (written.length > 0) {
        io.stdout(`feedback table after the draft: ${summarise(entries)} in ${workspace.display(feedbackFolder(workspace, name))}/\n`);
      }
    });
}
