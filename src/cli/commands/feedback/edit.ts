// `redline feedback edit <entry>`: adds, replaces (--replace n) or removes
// (--remove n) one edit of an entry, as the clerk completes what the wording
// gave. The edit must apply to the draft now; the file is changed through its
// YAML document, so comments and layout elsewhere survive; a partial
// decision's edit numbers follow the removal (an edit it adopts is not removed:
// decide again first), and a decision's digest follows the edits (they are the
// clerk's own change, said in a note); an entry decided on other edits than it
// has (a merge) is not edited until it is decided again.
import type { Document } from 'yaml';
import { yaml } from '../../../core/yaml-library.js';
import { EDIT_FIELDS, type Edit } from '../../../core/edits/edit.js';
import type { Clause } from '../../../core/draft/clause.js';
import { citableClauses, clauseName } from '../../../core/draft/citation.js';
import { entryDocument, type Decision, type Entry } from '../../../core/feedback/entry.js';
import { absentFrom, asksNoEdit } from '../../../core/feedback/unmade-change.js';
import { readMarker } from '../../../core/draft/numbering.js';
import { proposeEntries } from '../../../core/revision/proposal.js';
import { withoutOwnNumber } from '../../../core/edits/plan.js';
import { commitFiles } from '../../atomic-write.js';
import { inStyleOf } from '../../text-file.js';
import type { Io } from '../../io.js';
import { UsageError } from '../../report.js';
import { safeText } from '../../terminal-text.js';
import { findWorkspace, readEntryText, resolveDraftName, type Workspace } from '../../workspace.js';
import { loadEntries, readDraft, type LoadedEntry } from '../../workspace-reading.js';
import { needs, setDecision } from '../../../core/feedback/decision.js';
import { changedSinceDecision } from '../../../core/revision/consistency.js';
import { decideHint } from '../../decisions.js';
import { editFromFlags, hasEditFlags, refusal, type EditFlags } from './edit-flags.js';

export interface EditCommandFlags extends EditFlags {
  replace?: string;
  remove?: string;
  draft?: string;
}

type Change = { kind: 'add'; edit: Edit } | { kind: 'replace'; n: number; edit: Edit } | { kind: 'remove'; n: number };

export interface FeedbackEditOptions extends EditCommandFlags {
  /** The entry id. */
  entry: string;
}

export async function feedbackEditCommand({ entry: id, ...flags }: FeedbackEditOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const name = resolveDraftName(workspace, flags.draft);
  const { draft } = readDraft(workspace, name);
  const { entries } = loadEntries(workspace, name);
  const loaded = entries.find((e) => e.entry.id === id);
  if (!loaded) throw new UsageError(`no feedback entry ${id} for ${name} (entries: ${entries.map((e) => e.entry.id).join(', ') || 'none'})`);
  const changed = changedSinceDecision(loaded.entry);
  // Numbers remapped or a digest renewed on top of a decision taken on other edits would hide that it was.
  if (changed) throw new UsageError(`${changed}; decide it again first (${decideHint(id, loaded.entry.decision.status, needs(loaded.entry.decision.status))}, or redline decide ${id} pending), then edit it`);
  const change = changeOf(flags, loaded.entry, draft.clauses);
  const edits = editsAfter(loaded.entry.edits, change);
  const decision = decisionAfter(loaded.entry, change);
  if (change.kind !== 'remove') {
    // Checked against the draft and every other entry: it must apply; an overlap is said, not refused.
    const updated: Entry = { ...loaded.entry, edits, decision };
    const others = entries.filter((e) => e !== loaded).map((e) => e.entry);
    const proposal = proposeEntries(draft.clauses, [...others, updated], draft.meta.lang).at(-1)!;
    const n = change.kind === 'add' ? edits.length : change.n;
    const planned = proposal.edits[n - 1]!;
    if (planned.state === 'stale' || planned.state === 'ambiguous') throw new UsageError(refusal(planned, draft.clauses));
    if (planned.state === 'conflict') io.stdout(`note: ${planned.message}\n`);
  }
  const settled = settledNotes(loaded.entry, change, draft.clauses);
  write(workspace, loaded, change, decision, edits, settled);
  io.stdout(`${summary(id, change, loaded.entry)} in ${workspace.display(loaded.path)}\n`);
  for (const i of settled) io.stdout(`settled: ${safeText(loaded.entry.unparsed![i]!)}\n`);
  if (decisionNote(loaded.entry, change)) io.stdout(`${decisionNote(loaded.entry, change)}\n`);
  return 0;
}

function changeOf(flags: EditCommandFlags, entry: Entry, clauses: readonly Clause[]): Change {
  if (flags.replace !== undefined && flags.remove !== undefined) throw new UsageError('--replace and --remove go one at a time');
  if (flags.remove !== undefined) {
    if (hasEditFlags(flags)) throw new UsageError('--remove takes no edit flags (--op, --clause, …)');
    return { kind: 'remove', n: editNumber(flags.remove, entry, '--remove') };
  }
  const edit = editFromFlags(flags, clauses);
  if (flags.replace !== undefined) return { kind: 'replace', n: editNumber(flags.replace, entry, '--replace'), edit };
  return { kind: 'add', edit };
}

function editNumber(text: string, entry: Entry, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes an edit number such as 2 (got "${text}")`);
  if (n > entry.edits.length) throw new UsageError(`entry ${entry.id} has ${entry.edits.length} edit(s); there is no edit ${n}`);
  return n;
}

function editsAfter(edits: readonly Edit[], change: Change): Edit[] {
  if (change.kind === 'add') return [...edits, change.edit];
  if (change.kind === 'replace') return edits.map((e, i) => (i === change.n - 1 ? change.edit : e));
  return edits.filter((_, i) => i !== change.n - 1);
}

/**
 * A partial decision names edit numbers: removing an edit it does not name moves
 * the later numbers down ([1, 3] without edit 2 is [1, 2]); removing one it
 * names is refused, since the decision was taken on that edit.
 */
function decisionAfter(entry: Entry, change: Change): Decision {
  const decision = entry.decision;
  if (change.kind !== 'remove' || !decision.edits) return decision;
  if (decision.edits.includes(change.n)) {
    throw new UsageError(
      `edit ${change.n} is adopted by the partial decision on entry ${entry.id} (edits ${decision.edits.join(', ')}): ` +
        `decide again without it first (${decideHint(entry.id, 'partial', ['edits'])}), then remove it`,
    );
  }
  return { ...decision, edits: decision.edits.map((k) => (k > change.n ? k - 1 : k)) };
}

/**
 * The notes the wording left (what it asked for that was not made an edit)
 * about the quote this edit now anchors, or the text it now writes: the edit
 * settles them (“…” occurs 2 times, then an edit for each occurrence; 增加一款，
 * 作为第二十一条第二款：“…” — which clause the new one joins is not said, then
 * the add-clause by hand), and `propose` says them no more. Failing those, a
 * note that the words are not in the place the edit is made in.
 */
function settledNotes(entry: Entry, change: Change, clauses: readonly Clause[]): number[] {
  if (change.kind === 'remove') return [];
  const quote = 'quote' in change.edit && change.edit.quote ? change.edit.quote : undefined;
  // The new text as the comment quoted it: its opening, enough to be that quotation. A rewrite that repeats the
  // unit's number (（七）采用…) writes the words after it, as the build reads it; the comment quoted those, and a new
  // paragraph's (e) may be the clerk's alone.
  const first = 'text' in change.edit ? change.edit.text.trim().split('\n')[0]! : '';
  const unit = change.edit.op === 'rewrite' || change.edit.op === 'rewrite-first-paragraph' ? clauses.find((c) => c.id === change.edit.clause) : undefined;
  const own = readMarker(first);
  const texts = [unit ? withoutOwnNumber(first, unit).trimStart() : first, ...(own && !unit ? [first.slice(own.raw.length).trimStart()] : [])].map((t) => t.slice(0, 30)).filter((t) => t.length >= 4);
  const notes = entry.unparsed ?? [];
  // (Quoted as the comment quoted it: “…”, '…' or "…", the quote ended, the new text opened.)
  const byWords = notes.flatMap((note, i) => ((quote && quotedWhole(note, quote)) || texts.some((t) => quotedFrom(note, t)) ? [i] : []));
  if (byWords.length > 0) return byWords;
  // “A” is not in 第八条 (a misquote): an edit that answers no other note, made in 第八条 or a unit of it, is the
  // change that note asked for (the first such note: one edit, one misquote).
  const places = placesOf(change.edit.clause, clauses);
  const misquoted = notes.findIndex((note) => places.has(absentFrom(note) ?? ''));
  if (misquoted !== -1) return [misquoted];
  // Else the one request not made into an edit whose words name the place the edit is made in (change the 30-day
  // period in § 583.345(a) to 60 days — the new text is not quoted): the clerk made it by hand.
  const naming = notes.flatMap((note, i) => (!asksNoEdit(note) && [...places].some((place) => place !== '' && note.slice(0, note.lastIndexOf(' — ')).includes(place)) ? [i] : []));
  return naming.length === 1 ? naming : [];
}

const OPENING_MARKS = ['“', '‘', '"', "'", '「', '『'];
const CLOSING_MARKS = ['”', '’', '"', "'", '」', '』'];

/** Whether the note quotes these words whole, in any marks. */
function quotedWhole(note: string, words: string): boolean {
  return OPENING_MARKS.some((open, k) => note.includes(`${open}${words}${CLOSING_MARKS[k]}`));
}

/** Whether the note quotes something that opens with these words, in any marks. */
function quotedFrom(note: string, words: string): boolean {
  return OPENING_MARKS.some((open) => note.includes(`${open}${words}`));
}

/** The names of a clause and of every unit it is in (第八条第二款, 第八条), as the notes name them. */
function placesOf(id: string, clauses: readonly Clause[]): Set<string> {
  const names = citableClauses(clauses);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const places = new Set<string>();
  for (let c = byId.get(id); c; c = c.parent === null ? undefined : byId.get(c.parent)) places.add(clauseName(names, c));
  return places;
}

/** Through the YAML document: comments and layout elsewhere in the file stay as they were. */
function write(workspace: Workspace, loaded: LoadedEntry, change: Change, decision: Decision, edits: readonly Edit[], settled: readonly number[]): void {
  const { isMap, isSeq } = yaml();
  // Re-read just before writing: another command may have changed the file.
  const source = readEntryText(workspace, loaded.path);
  const document = entryDocument(source, workspace.display(loaded.path));
  let list = document.get('edits', true);
  if (!isSeq(list)) {
    document.set('edits', document.createNode([]));
    list = document.get('edits', true);
  }
  if (!isSeq(list)) throw new UsageError(`${loaded.path}: edits is not a list`);
  list.flow = false;
  if (change.kind === 'add') list.items.push(editNode(document, change.edit));
  else if (change.kind === 'replace') list.items[change.n - 1] = editNode(document, change.edit);
  else list.items.splice(change.n - 1, 1);
  // A decision taken records the edits it now stands on (digest), so that check can tell this change from a merge's.
  if ((decision !== loaded.entry.decision || decision.status !== 'pending') && isMap(document.get('decision', true))) setDecision(document, decision, edits);
  const notes = document.get('unparsed', true);
  if (settled.length > 0 && isSeq(notes)) {
    notes.items = notes.items.filter((_, i) => !settled.includes(i));
    if (notes.items.length === 0) document.delete('unparsed');
  }
  // In the file's own line endings and byte order mark, as decide writes it.
  commitFiles([{ path: loaded.path, content: inStyleOf(source, document.toString({ lineWidth: 0 })) }], { display: workspace.display, within: workspace.root });
}

function editNode(document: Document, edit: Edit): ReturnType<Document['createNode']> {
  const fields = edit as unknown as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of EDIT_FIELDS) if (fields[key] !== undefined) ordered[key] = fields[key];
  return document.createNode(ordered);
}

function summary(id: string, change: Change, entry: Entry): string {
  if (change.kind === 'remove') return `entry ${id}: removed edit ${change.n} (${describeEdit(entry.edits[change.n - 1]!)}); ${entry.edits.length - 1} edit(s) left`;
  if (change.kind === 'replace') return `entry ${id}: replaced edit ${change.n} with ${describeEdit(change.edit)}`;
  return `entry ${id}: added edit ${entry.edits.length + 1} (${describeEdit(change.edit)})`;
}

function describeEdit(edit: Edit): string {
  return `${edit.op} in ${edit.clause}`;
}

/** What the change means for a decision already taken. */
function decisionNote(entry: Entry, change: Change): string | undefined {
  const { status, edits } = entry.decision;
  if (status === 'pending') return undefined;
  if (change.kind === 'add' && status === 'partial') return `entry ${entry.id} is partially adopted: the new edit ${entry.edits.length + 1} is not among its adopted edits (${decideHint(entry.id, 'partial', ['edits'])} to adopt it)`;
  if (change.kind === 'remove' && edits) return `the partial decision now names edits ${edits.map((k) => (k > change.n ? k - 1 : k)).join(', ')}`;
  if (change.kind === 'replace' && edits?.includes(change.n)) return `entry ${entry.id} is partially adopted with edit ${change.n}: the decision now adopts the new edit ${change.n} (${decideHint(entry.id, 'partial', ['edits'])} to choose again)`;
  if (status === 'adopted') return `entry ${entry.id} is adopted: the decision now covers the changed edits`;
  return undefined;
}
