// `redline feedback …`: the subcommands that add, import, edit and list
// entries, as the command line knows them; each runs from its own file.
// Light, like src/cli/command-line.ts: read at every start.
import { Option, type Command } from 'commander';
import { EDIT_OPS } from '../../../core/edits/edit.js';
import { define, type Registration } from '../../command-definition.js';
import type { Context } from '../../io.js';
import type { AddFlags } from './add.js';
import type { EditCommandFlags, FeedbackEditOptions } from './edit.js';
import type { FeedbackImportOptions, ImportFlags } from './import.js';
import type { FeedbackListOptions } from './list.js';

const importTable = define({
  name: 'import',
  usage: (command) =>
    command
      .description(
        'add the rows of a feedback table (Word .docx, Excel .xlsx, CSV, TSV, Markdown, or text copied from a page) as entries, with edits proposed from each comment; rows imported before are not added again',
      )
      .argument('<table>', 'the table file, or a whole page holding it')
      .option('--draft <name>', 'the draft the comments are about (default: the only draft)')
      .addOption(new Option('--format <format>', 'how to read the file (default: by extension)').choices(['csv', 'tsv', 'markdown', 'text', 'docx', 'xlsx']))
      .option('--sheet <sheet>', 'the sheet of a workbook, by name or number (default: the first)')
      .option('--unit <unit>', 'the unit (单位) of rows whose table has no unit column or leaves it blank')
      .addOption(new Option('--encoding <encoding>', 'force the encoding of a text file instead of detecting it').choices(['utf-8', 'gb18030']))
      .option('--replace', 'a corrected table re-sent: a row whose 序号 is already an entry with other text rewrites that entry (comment, edits proposed again) if it is still pending; refused for decided entries')
      .addHelpText(
        'after',
        '\nExamples:\n  redline feedback import 住建局意见.docx --unit 县住建局\n  redline feedback import 汇总.xlsx --sheet 2\n  redline feedback import 汇总_修订.xlsx --replace\n  redline feedback import 网上留言.csv\n  redline feedback import page.txt --draft seed\n',
      ),
  options: ([table]: [string], flags: ImportFlags): FeedbackImportOptions => ({ table, ...flags }),
  load: async () => (await import('./import.js')).feedbackImportCommand,
});

const add = define({
  name: 'add',
  usage: (command) =>
    addEditOptions(
      command
        .description('add one entry: its unit and comment, and an edit given by flags or proposed from the wording')
        .requiredOption('--unit <unit>', 'the department or person (单位)')
        .requiredOption('--comment <text>', 'the comment verbatim (主要意见)')
        .option('--id <id>', 'entry id (default: the next number)')
        .option('--date <date>', 'date of the comment')
        .option('--locator <where>', 'where the comment applies (第二百七十三条, 二、（一）): its 本条, and where its quotes are looked for')
        .option('--contact <contact>', 'contact details; never published')
        .option('--draft <name>', 'the draft (default: the only draft)')
        .option('--no-propose', 'do not propose edits from the wording'),
    ).addHelpText(
      'after',
      '\nExamples:\n  redline feedback add --unit 区人社局 --comment "建议将“开展”改为“基本完成”"\n  redline feedback add --unit 区民政局 --comment "责任单位增加区民政局" --op add-units --clause c48 --role responsible --units 区民政局\n',
    ),
  options: (_args: [], flags: AddFlags) => flags,
  load: async () => (await import('./add.js')).feedbackAddCommand,
});

const edit = define({
  name: 'edit',
  usage: (command) =>
    addEditOptions(
      command
        .description("add, replace or remove one edit of an entry; the edit must apply, and the file's comments are kept")
        .argument('<entry>', 'the entry id')
        .option('--replace <n>', 'replace edit n (as `propose` numbers them) with the edit given by flags')
        .option('--remove <n>', 'remove edit n; a partial decision’s later edit numbers move down with it')
        .option('--draft <name>', 'the draft (default: the only draft)'),
    ).addHelpText(
      'after',
      '\nExamples:\n  redline feedback edit 7 --op replace --clause c12 --quote 一般应当 --text 应当\n  redline feedback edit 7 --replace 1 --op delete --clause c12 --quote 一般\n  redline feedback edit 7 --remove 2\n',
    ),
  options: ([entry]: [string], flags: EditCommandFlags): FeedbackEditOptions => ({ entry, ...flags }),
  load: async () => (await import('./edit.js')).feedbackEditCommand,
});

const list = define({
  name: 'list',
  usage: (command) =>
    command
      .description('list entries with their edits, anchor states and decisions')
      .option('--draft <name>', 'the draft (default: the only draft)')
      .option('--json', 'print JSON: [{id, unit, comment, edits: [{op, clause, quote?, text?, role?, units?, confidence?, state}], decision}]')
      .addHelpText('after', '\nExamples:\n  redline feedback list\n  redline feedback list --json\n'),
  options: (_args: [], flags: FeedbackListOptions) => flags,
  load: async () => (await import('./list.js')).feedbackListCommand,
});

export const registerFeedback: Registration = Object.assign(
  (program: Command, context: Context) => {
    const feedback = program
      .command('feedback')
      .description('add, import and list feedback entries')
      .addHelpText(
        'after',
        '\nExamples:\n  redline feedback import 住建局意见.docx --unit 县住建局\n  redline feedback add --unit 区人社局 --comment "建议将“开展”改为“基本完成”"\n  redline feedback edit 7 --remove 2\n  redline feedback list --json\n',
      );
    for (const register of [importTable, add, edit, list]) register(feedback, context);
    return feedback;
  },
  { commandName: 'feedback' },
);

/** The flags that give an edit by hand, shared by `feedback add` and `feedback edit` (read by editFromFlags). */
function addEditOptions(command: Command): Command {
  return command
    .addOption(new Option('--op <op>', 'an edit given by hand').choices([...EDIT_OPS]))
    .option('--clause <id>', 'the clause the edit changes: its ID (c50), or as cited (第二十三条, 18, section 313(b)); `*` for replace-all')
    .option('--quote <text>', 'the exact text the edit is anchored to')
    .option('--text <text>', 'new text')
    .addOption(new Option('--position <where>', 'insert: before or after the quote; add-clause: before, after or inside the clause, or first-paragraph (a new first 款 of an article, its own paragraph kept as the next)').choices(['before', 'after', 'inside', 'first-paragraph']))
    .option('--occurrence <n>', 'which occurrence of a repeated quote (1-based)')
    .option('--prefix <text>', 'text right before the quote, where it repeats')
    .option('--suffix <text>', 'text right after the quote, where it repeats')
    .addOption(new Option('--role <role>', 'unit list for add-units / remove-units').choices(['lead', 'responsible']))
    .option('--units <a,b>', 'unit names, separated by commas or 、');
}
