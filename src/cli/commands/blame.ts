import { relative, sep } from 'node:path';
import type { Clause } from '../../core/draft/clause.js';
import { parseEntry, type Decision } from '../../core/feedback/entry.js';
import { blame, type Attribution, type RoundHistory } from '../../core/revision/blame.js';
import { roundOf } from '../../core/revision/round.js';
import { gitTopLevel, recordingCommit, type Commit } from '../git.js';
import type { Io } from '../io.js';
import { reportProblems, UsageError } from '../report.js';
import { closedRounds, readClosedRound } from '../rounds.js';
import { dotted, safeText } from '../terminal-text.js';
import { draftNames, findWorkspace, resolveDraftName, type Workspace } from '../workspace.js';
import { loadEntries, readDraft } from '../workspace-reading.js';

interface BlameLine extends Attribution {
  commit?: Commit | null;
}

export interface BlameOptions {
  /** The draft; in a workspace of one draft it may be left out, and then one argument that names no draft is the clause. */
  draft?: string | undefined;
  /** A clause ID or display number; every changed clause when absent. */
  clause?: string | undefined;
  json?: boolean;
}

export async function blameCommand({ draft: givenDraft, clause: givenClause, ...flags }: BlameOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const drafts = draftNames(workspace);
  // `redline blame c48` in a workspace of one draft: the one argument is the clause.
  const clauseOnly = givenDraft !== undefined && givenClause === undefined && drafts.length === 1 && !drafts.includes(givenDraft);
  const draftArg = clauseOnly ? undefined : givenDraft;
  const clauseArg = clauseOnly ? givenDraft : givenClause;
  const name = resolveDraftName(workspace, draftArg, (draft) => `redline blame ${draft} <clause>`);
  const { draft } = readDraft(workspace, name);
  const { entries, warnings } = loadEntries(workspace, name);
  reportProblems(io, warnings);
  const paths = new Map<string, string>();
  const history: RoundHistory[] = closedRounds(workspace, name).map((round) => {
    const closed = readClosedRound(workspace, name, round);
    for (const e of closed.entries) paths.set(`${round}:${e.entry.id}`, e.path);
    return { round, draft: closed.draft, entries: closed.entries.map((e) => e.entry), added: closed.record.added };
  });
  const current = roundOf(draft.frontMatter);
  for (const e of entries) paths.set(`${current}:${e.entry.id}`, e.path);
  history.push({ round: current, draft, entries: entries.map((e) => e.entry), added: [] });

  const byClause = blame(history);
  // A clause no longer in the draft (removed in a round) is shown by its ID.
  const inDraft = new Set(draft.clauses.map((c) => c.id));
  const removed = clauseArg !== undefined && !inDraft.has(clauseArg) && byClause.has(clauseArg);
  const clauses = clauseArg === undefined ? draft.clauses.filter((c) => byClause.has(c.id)) : removed ? [] : [findClause(draft.clauses, clauseArg, name)];
  const gone = clauseArg === undefined ? [...byClause.keys()].filter((id) => !inDraft.has(id)) : removed ? [clauseArg] : [];
  const top = gitTopLevel(workspace.root);
  const commits = new Map<string, Commit | null>();
  const withCommit = (a: Attribution): BlameLine => {
    if (top === null) return a;
    const path = paths.get(`${a.round}:${a.entry}`);
    if (!path) return a;
    if (!commits.has(path)) commits.set(path, recordingCommit(top, relative(top, path).split(sep).join('/'), sameDecision(workspace, path, decisionOf(history, a))));
    return { ...a, commit: commits.get(path)! };
  };
  const rows = [
    ...clauses.map((c) => ({ clause: c.id, number: c.number, title: c.title, changes: (byClause.get(c.id) ?? []).map(withCommit) })),
    // (A clause added in the open round has no ID yet: it shows as new, with its number.)
    ...gone.map((id) => ({ clause: id, number: byClause.get(id)?.[0]?.newNumber ?? '', title: '', changes: (byClause.get(id) ?? []).map(withCommit) })),
  ];
  if (flags.json) {
    io.stdout(`${JSON.stringify(rows.map((r) => ({ ...r, changes: r.changes.map(({ clause: _clause, ...rest }) => rest) })), null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) io.stdout(`no adopted edit has changed ${name} yet\n`);
  for (const row of rows) {
    const label = row.changes[0]?.newNumber !== undefined ? 'new' : row.clause;
    io.stdout(`${safeText(label)}${row.number ? ` ${safeText(row.number)}` : ''}${row.title ? ` ${safeText(row.title)}` : ''}\n`);
    if (row.changes.length === 0) io.stdout('  no adopted edit changed it\n');
    for (const a of row.changes) io.stdout(`  ${line(a)}\n`);
  }
  return 0;
}

function line(a: BlameLine): string {
  const decided = [a.decision, a.date, a.by ? `by ${safeText(a.by)}` : ''].filter(Boolean).join(' ');
  const commit = a.commit === undefined ? '' : a.commit === null ? ' · decision not committed' : ` · commit ${a.commit.hash.slice(0, 7)} ${a.commit.date} ${safeText(a.commit.subject)}`;
  return dotted(`round ${a.round}`, `entry ${safeText(a.entry)}`, safeText(a.unit), change(a), decided) + commit;
}

/** changed, added, removed; or references renumbered for the clauses the entry added (or removed). */
function change(a: BlameLine): string {
  if (a.change === 'contents') return 'table of contents updated';
  if (a.change !== 'references') return a.change;
  const moving = a.moving && a.moving.length > 0 ? ` for the clauses it ${a.moving.join(' and ')}` : '';
  return `references renumbered${moving}`;
}

function findClause(clauses: readonly Clause[], wanted: string, draft: string): Clause {
  const byId = clauses.find((c) => c.id === wanted);
  if (byId) return byId;
  const byNumber = clauses.filter((c) => c.number !== '' && c.number === wanted);
  if (byNumber.length === 1) return byNumber[0]!;
  if (byNumber.length > 1) throw new UsageError(`${byNumber.length} clauses of ${draft} are numbered ${wanted} (${byNumber.map((c) => c.id).join(', ')}); give the ID`);
  throw new UsageError(`${draft} has no clause ${wanted} (give an ID such as c48, or a display number)`);
}

function decisionOf(history: readonly RoundHistory[], a: Attribution): Decision {
  return history.find((h) => h.round === a.round)!.entries.find((e) => e.id === a.entry)!.decision;
}

/** Whether an entry file's content (at some commit) records the same decision. */
function sameDecision(workspace: Workspace, path: string, decision: Decision): (content: string) => boolean {
  const key = JSON.stringify(decision);
  return (content) => {
    const parsed = parseEntry(content, workspace.display(path));
    return parsed.entry !== undefined && JSON.stringify(parsed.entry.decision) === key;
  };
}
