// `redline feedback add`: one entry, with an edit given by flags or proposed from the wording.
import { ENTRY_ID } from '../../../core/feedback/entry.js';
import { entryFromComment, type NewEntry } from '../../../core/intake/feedback-import.js';
import { proposeEntries } from '../../../core/revision/proposal.js';
import { checkNewEntries, writeNewEntries } from '../../entries.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../report.js';
import { nextEntryNumber } from '../../rounds.js';
import { safeText } from '../../terminal-text.js';
import { findWorkspace, resolveDraftName, type Workspace } from '../../workspace.js';
import { readDraft, readEntries } from '../../workspace-reading.js';
import { editFromFlags, refusal, type EditFlags } from './edit-flags.js';

export interface AddFlags extends EditFlags {
  unit: string;
  comment: string;
  id?: string;
  date?: string;
  locator?: string;
  contact?: string;
  draft?: string;
  propose: boolean;
}

export async function feedbackAddCommand(flags: AddFlags, io: Io): Promise<number> {
  // An entry file holds its comment; one without would be refused by every later command.
  if (flags.comment.trim() === '') throw new UsageError('--comment is empty: an entry is a comment; give its words; no file was changed');
  const workspace = findWorkspace(io.cwd);
  const name = resolveDraftName(workspace, flags.draft);
  const { draft } = readDraft(workspace, name);
  const id = flags.id ?? nextId(workspace, name);
  if (!ENTRY_ID.test(id)) throw new UsageError(`"${id}" cannot be an entry id: use letters, digits, ".", "_" and "-"`);
  if (flags.id !== undefined) refuseTakenId(workspace, name, id);
  const entry: NewEntry = flags.propose && !flags.op
    ? entryFromComment({ id, unit: flags.unit, comment: flags.comment, ...(flags.locator ? { locator: flags.locator } : {}) }, draft.clauses, draft.meta.lang)
    : { id, unit: flags.unit, comment: flags.comment, edits: [], decision: { status: 'pending' } };
  if (flags.op) entry.edits = [editFromFlags(flags, draft.clauses)];
  if (flags.date) entry.date = flags.date;
  if (flags.locator) entry.locator = flags.locator;
  if (flags.contact) entry.contact = flags.contact;
  // An edit given by hand must apply now; a proposal that does not is left out.
  const [proposal] = proposeEntries(draft.clauses, [{ ...entry, file: '', editLines: [] }], draft.meta.lang);
  const failing = proposal!.edits.filter((e) => e.state === 'stale' || e.state === 'ambiguous');
  if (flags.op && failing.length > 0) throw new UsageError(refusal(failing[0]!, draft.clauses, id));
  checkNewEntries(workspace, name, [entry], false);
  const [path] = writeNewEntries(workspace, name, [entry]);
  io.stdout(`added entry ${id} with ${entry.edits.length} edit(s) in ${workspace.display(path!)}\n`);
  // What the wording asked for but could not be made, and why: the clerk is here now, not in the file.
  for (const reason of entry.unparsed ?? []) io.stdout(`not made: ${safeText(reason)}\n`);
  if (entry.edits.length === 0) io.stdout('no edit could be made from the comment: add one with --op, or edit the file\n');
  return 0;
}

/** An id given by hand that an entry has (in whatever file): say so, rather than that its file is in the way. */
function refuseTakenId(workspace: Workspace, draft: string, id: string): void {
  const taken = readEntries(workspace, draft).entries.find((e) => e.entry.id === id);
  if (taken === undefined) return;
  throw new UsageError(
    `entry ${id} exists already (${workspace.display(taken.path)}): give another --id (the next free one is ${nextId(workspace, draft)}), or change entry ${id} with \`redline feedback edit ${id}\`; no file was changed`,
  );
}

function nextId(workspace: Workspace, draft: string): string {
  return String(nextEntryNumber(workspace, draft));
}
