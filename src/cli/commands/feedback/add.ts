// `redline feedback add`: one entry, with an edit given by flags or proposed from the wording.
import { existsSync, readdirSync } from 'node:fs';
import type { Command } from 'commander';
import { ENTRY_ID } from '../../../core/feedback/entry.js';
import { entryFromComment, type NewEntry } from '../../../core/intake/feedback-import.js';
import { proposeEntries } from '../../../core/revision/proposal.js';
import { checkNewEntries, writeNewEntries } from '../../entries.js';
import type { Context } from '../../io.js';
import { UsageError } from '../../report.js';
import { compareIds, feedbackFolder, findWorkspace, readDraft, resolveDraftName } from '../../workspace.js';
import { addEditOptions, editFromFlags, type EditFlags } from './edit-flags.js';

interface AddFlags extends EditFlags {
  unit: string;
  comment: string;
  id?: string;
  date?: string;
  locator?: string;
  contact?: string;
  draft?: string;
  propose: boolean;
}

export function registerFeedbackAdd(feedback: Command, context: Context): void {
  const { io } = context;
  const command = feedback
    .command('add')
    .description('add one entry: its unit and comment, and an edit given by flags or proposed from the wording')
    .requiredOption('--unit <unit>', 'the department or person (单位)')
    .requiredOption('--comment <text>', 'the comment verbatim (主要意见)')
    .option('--id <id>', 'entry id (default: the next number)')
    .option('--date <date>', 'date of the comment')
    .option('--locator <where>', 'where the comment says it applies, as given')
    .option('--contact <contact>', 'contact details; never published')
    .option('--draft <name>', 'the draft (default: the only draft)')
    .option('--no-propose', 'do not propose edits from the wording');
  addEditOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  redline feedback add --unit 区人社局 --comment "建议将“开展”改为“基本完成”"\n  redline feedback add --unit 区民政局 --comment "责任单位增加区民政局" --op add-units --clause c48 --role responsible --units 区民政局\n',
    )
    .action((flags: AddFlags) => {
      const workspace = findWorkspace(io.cwd);
      const name = resolveDraftName(workspace, flags.draft);
      const { draft } = readDraft(workspace, name);
      const id = flags.id ?? nextId(feedbackFolder(workspace, name));
      if (!ENTRY_ID.test(id)) throw new UsageError(`"${id}" cannot be an entry id: use letters, digits, ".", "_" and "-"`);
      const entry: NewEntry = flags.propose && !flags.op
        ? entryFromComment({ id, unit: flags.unit, comment: flags.comment }, draft.clauses, draft.meta.lang)
        : { id, unit: flags.unit, comment: flags.comment, edits: [], decision: { status: 'pending' } };
      if (flags.op) entry.edits = [editFromFlags(flags)];
      if (flags.date) entry.date = flags.date;
      if (flags.locator) entry.locator = flags.locator;
      if (flags.contact) entry.contact = flags.contact;
      // An edit given by hand must apply now; a proposal that does not is left out.
      const [proposal] = proposeEntries(draft.clauses, [{ ...entry, file: '', editLines: [] }]);
      const failing = proposal!.edits.filter((e) => e.state === 'stale' || e.state === 'ambiguous');
      if (flags.op && failing.length > 0) throw new UsageError(`the edit does not apply: ${failing[0]!.message}${failing[0]!.suggestion ? ` (${failing[0]!.suggestion})` : ''}`);
      checkNewEntries(workspace, name, [entry], false);
      const [path] = writeNewEntries(workspace, name, [entry]);
      io.stdout(`added entry ${id} with ${entry.edits.length} edit(s) in ${workspace.display(path!)}\n`);
      if (entry.edits.length === 0) io.stdout('no edit could be made from the comment: add one with --op, or edit the file\n');
    });
}

function nextId(folder: string): string {
  if (!existsSync(folder)) return '1';
  const numbers = readdirSync(folder)
    .map((f) => /^(\d+)\.ya?ml$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort(compareIds);
  return String(Number(numbers.at(-1) ?? 0) + 1);
}
