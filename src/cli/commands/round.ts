import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { yaml } from '../../core/yaml-library.js';
import { lacking } from '../../core/feedback/decision.js';
import { problem, type Problem } from '../../core/problem.js';
import { nextRound, type CarriedEntry, type RoundPlan } from '../../core/revision/round.js';
import { writeFileAtomic } from '../atomic-write.js';
import { calendarDate, localToday } from '../dates.js';
import { decideAgainHint, decideHint, decisionLine } from '../decisions.js';
import { changedSinceDecision } from '../../core/revision/consistency.js';
import type { Io } from '../io.js';
import { reportProblems, UsageError } from '../report.js';
import { closedRoundIds, closedRounds, formatRecord, roundFolder, type RoundRecord } from '../rounds.js';
import { inOrder } from '../../core/text/entry-order.js';
import { dotted, safeText } from '../terminal-text.js';
import { checkDraftName, draftPath, feedbackFolder, findWorkspace, resolveDraftName, type Workspace } from '../workspace.js';
import { loadEntries, readDraft, type LoadedEntry } from '../workspace-reading.js';

export interface RoundFlags {
  name?: string;
  date?: string;
  json?: boolean;
}

export interface RoundOptions extends RoundFlags {
  /** The draft (default: the only draft). */
  draft?: string | undefined;
}

export async function roundCommand({ draft: draftArg, ...flags }: RoundOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const name = resolveDraftName(workspace, draftArg, (draft) => `redline round ${draft}`);
  const next = checkDraftName(flags.name ?? name);
  // A date on the calendar, as decide takes it; today is the clerk's own day, not UTC's.
  const date = flags.date !== undefined ? calendarDate(flags.date, '--date') : localToday();
  const parsed = readDraft(workspace, name);
  const { entries, warnings } = loadEntries(workspace, name);
  reportProblems(io, warnings);
  checkTarget(workspace, name, next);
  const used = [...closedRoundIds(workspace, name), ...(next === name ? [] : closedRoundIds(workspace, next))];
  const plan = nextRound(parsed.draft, entries.map((e) => e.entry), used, next);
  const archive = roundFolder(workspace, next, plan.round);
  if (existsSync(archive)) throw new UsageError(`${workspace.display(archive)} already exists: round ${plan.round} was closed before`);
  const blocking = plan.decided.length === 0 ? [emptyRound(workspace, name, plan)] : blockers(workspace, plan, entries);
  if (blocking.length > 0) {
    reportProblems(io, blocking);
    io.stderr(`round: ${blocking.length} problem(s); nothing changed\n`);
    return 1;
  }
  const record: RoundRecord = { round: plan.round, draft: name, closed: date, added: plan.added, carried: plan.carried.map((c) => c.entry.id) };
  write(workspace, { name, next, plan, entries, record });
  if (flags.json) {
    io.stdout(`${JSON.stringify(summary(workspace, name, next, plan), null, 2)}\n`);
    return 0;
  }
  report(io.stdout, workspace, name, next, plan);
  return 0;
}

/** A new name must be free: no draft and no entries under it yet. */
function checkTarget(workspace: Workspace, name: string, next: string): void {
  if (next === name) return;
  if (existsSync(draftPath(workspace, next))) throw new UsageError(`${workspace.display(draftPath(workspace, next))} already exists; choose another --name`);
  const folder = feedbackFolder(workspace, next);
  if (existsSync(folder) && readdirSync(folder).length > 0) throw new UsageError(`${workspace.display(folder)} is not empty; choose another --name`);
}

/**
 * A round with no decided entry closes nothing: it would archive an empty
 * round and give the same text the next number (`round` run twice did). Named
 * at the draft's `round:` line (line 1 in round 1, which has none).
 */
function emptyRound(workspace: Workspace, name: string, plan: RoundPlan): Problem {
  const path = draftPath(workspace, name);
  const text = readFileSync(path, 'utf8');
  const at = /^round:/mu.exec(text);
  const line = at === null ? 1 : text.slice(0, at.index).split('\n').length;
  const pending = plan.carried.length === 0 ? 'it has no entries' : `its ${plan.carried.length} entr${plan.carried.length === 1 ? 'y is' : 'ies are'} pending`;
  return problem(`round ${plan.round} of ${name} has no decided entry (${pending}): closing it would archive an empty round and start round ${plan.next} with the same text; decide an entry first (redline decide <entry> adopt|reject), then run redline round again`, {
    file: workspace.display(path),
    line,
    rule: 'empty-round',
  });
}

/** What stops a round from closing: adopted edits that do not apply or leave a reference to what they remove, partial decisions without their edits. */
function blockers(workspace: Workspace, plan: RoundPlan, entries: readonly LoadedEntry[]): Problem[] {
  const byId = new Map(entries.map((e) => [e.entry.id, e]));
  const problems = plan.unapplied.map((p) => {
    const loaded = byId.get(p.ref.entry);
    return problem(`adopted edit not applied, so the next round would lose it: ${p.message ?? p.state}`, {
      file: loaded ? workspace.display(loaded.path) : undefined,
      line: loaded?.entry.editLines[p.ref.index - 1],
      rule: p.state,
    });
  });
  // 前款 citing a 款 that an adopted edit removes: check reports it, and the next round's draft would keep it.
  for (const dangling of plan.dangling) {
    for (const ref of dangling.edits) {
      const loaded = byId.get(ref.entry);
      problems.push(problem(`entry ${ref.entry}, edit ${ref.index}: ${dangling.message}; the next round's draft would keep that reference`, { file: loaded ? workspace.display(loaded.path) : undefined, line: loaded?.entry.editLines[ref.index - 1], rule: dangling.rule }));
    }
  }
  for (const entry of plan.decided) {
    // The next round's draft would take in edits no one decided (a clean merge of an edit and a decision).
    const changed = changedSinceDecision(entry);
    if (changed) problems.push(problem(`${changed}; ${decideAgainHint(entry.id, entry.decision.status)}`, { file: workspace.display(byId.get(entry.id)!.path), line: decisionLine(workspace, byId.get(entry.id)!.path), rule: 'decision-changed' }));
    if (entry.decision.status === 'partial' && lacking(entry.decision).includes('edits')) {
      problems.push(problem(`entry ${entry.id} is partially adopted without naming its edits (${decideHint(entry.id, 'partial', ['edits'])})`, { file: workspace.display(byId.get(entry.id)!.path), line: 1, rule: 'partial-edits' }));
    }
  }
  return problems;
}

interface Writing {
  name: string;
  next: string;
  plan: RoundPlan;
  entries: readonly LoadedEntry[];
  record: RoundRecord;
}

/**
 * Archive first, then the new draft and the carried entries, then remove what
 * moved: killed half-way, nothing is lost (at worst a file is in both places).
 */
function write(workspace: Workspace, { name, next, plan, entries, record }: Writing): void {
  const archive = roundFolder(workspace, next, plan.round);
  const loaded = new Map(entries.map((e) => [e.entry.id, e]));
  writeFileAtomic(join(archive, 'draft.md'), readFileSync(draftPath(workspace, name), 'utf8'));
  // Every entry of the round as it stood, the pending ones too: the round's response table can be built again as it was.
  for (const { path } of entries) writeFileAtomic(join(archive, basename(path)), readFileSync(path, 'utf8'));
  writeFileAtomic(join(archive, 'round.json'), formatRecord(record));
  writeFileAtomic(draftPath(workspace, next), plan.draftText);
  for (const carried of plan.carried) {
    const path = loaded.get(carried.entry.id)!.path;
    const text = reanchoredText(readFileSync(path, 'utf8'), carried);
    const target = join(feedbackFolder(workspace, next), basename(path));
    if (target !== path || text !== readFileSync(path, 'utf8')) writeFileAtomic(target, text);
  }
  for (const entry of [...plan.decided, ...plan.following]) rmSync(loaded.get(entry.id)!.path);
  if (next !== name) {
    // The history goes with the draft: earlier rounds move under the new name too.
    for (const round of closedRounds(workspace, name)) renameSync(roundFolder(workspace, name, round), roundFolder(workspace, next, round));
    for (const carried of plan.carried) rmSync(loaded.get(carried.entry.id)!.path);
    rmSync(draftPath(workspace, name));
    const folder = feedbackFolder(workspace, name);
    if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
  }
}

/** The entry file with its re-anchored edits: only those fields change, comments and layout stay. */
function reanchoredText(text: string, carried: CarriedEntry): string {
  const moved = carried.edits.filter((e) => e.occurrence !== undefined);
  if (moved.length === 0) return text;
  const document = yaml().parseDocument(text, { prettyErrors: false });
  for (const e of moved) {
    document.setIn(['edits', e.index - 1, 'occurrence'], e.occurrence);
    if (e.dropContext) {
      document.deleteIn(['edits', e.index - 1, 'prefix']);
      document.deleteIn(['edits', e.index - 1, 'suffix']);
    }
  }
  return document.toString({ lineWidth: 0 });
}

function summary(workspace: Workspace, name: string, next: string, plan: RoundPlan) {
  return {
    round: plan.round,
    next: plan.next,
    draft: workspace.display(draftPath(workspace, next)),
    archive: workspace.display(roundFolder(workspace, next, plan.round)),
    ...(next !== name ? { previousDraft: name } : {}),
    archived: inOrder([...plan.decided, ...plan.following].map((e) => e.id)),
    carried: plan.carried.map((c) => ({
      entry: c.entry.id,
      edits: c.edits.map((e) => ({ index: e.index, state: e.state, ...(e.occurrence !== undefined ? { occurrence: e.occurrence } : {}), ...(e.message ? { message: e.message } : {}) })),
    })),
    added: plan.added.map((a) => ({ id: a.id, entries: a.entries })),
  };
}

function report(out: (text: string) => void, workspace: Workspace, name: string, next: string, plan: RoundPlan): void {
  const archive = workspace.display(roundFolder(workspace, next, plan.round));
  const following = plan.following.length ? `, ${plan.following.length} answered by their campaign's lead` : '';
  out(`round ${plan.round} of ${name} closed: its draft and its ${plan.decided.length + plan.following.length + plan.carried.length} entries (${plan.decided.length} decided${following}) kept in ${archive}/\n`);
  const added = plan.added.length ? `; new clauses ${plan.added.map((a) => `${a.id} (entry ${a.entries.join(', ')})`).join(', ')}` : '';
  out(`${workspace.display(draftPath(workspace, next))} is round ${plan.next}: ${plan.draftClauses.length} clauses, IDs kept${added}\n`);
  out(`${plan.carried.length} pending entr${plan.carried.length === 1 ? 'y' : 'ies'} carried over${plan.carried.length ? ':' : ''}\n`);
  for (const c of plan.carried) {
    const edits = c.edits.map((e) => `edit ${e.index} ${e.state}${e.occurrence !== undefined ? ` (re-anchored: occurrence ${e.occurrence})` : ''}`).join(', ');
    out(`  ${dotted(`entry ${safeText(c.entry.id)}`, safeText(c.entry.unit))}: ${edits || 'no edits'}\n`);
    for (const e of c.edits) if (e.state !== 'ok' && e.message) out(`    ${safeText(e.message)}\n`);
  }
  out(`response table of round ${plan.round}: redline build --round ${plan.round}; what changed: redline diff ${archive}/draft.md ${workspace.display(draftPath(workspace, next))}\n`);
}
