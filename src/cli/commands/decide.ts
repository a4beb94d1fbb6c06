import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { isMap, type Document } from 'yaml';
import { entryDocument, type Decision, type DecisionStatus } from '../../core/feedback/entry.js';
import { adoptionWarnings } from '../../core/revision/consistency.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { Context } from '../io.js';
import { UsageError } from '../report.js';
import { findWorkspace, loadEntries, readDraft, resolveDraftName, type LoadedEntry } from '../workspace.js';

const VERBS: Record<string, DecisionStatus> = { adopt: 'adopted', partial: 'partial', reject: 'rejected', pending: 'pending' };

interface DecideFlags {
  allPending?: boolean;
  edits?: string;
  reason?: string;
  by?: string;
  date?: string;
  draft?: string;
}

export function registerDecide(program: Command, context: Context): void {
  const { io } = context;
  program
    .command('decide')
    .description('record the decision on one or more entries: adopt, partial (with --edits), reject; a reason is required for partial and reject')
    .argument('<entries-and-decision...>', 'entry ids, then adopt | partial | reject (or pending, to undo)')
    .option('--all-pending', 'decide every pending entry')
    .option('--edits <numbers>', 'for partial: the adopted edits, as `propose` numbers them (e.g. 1,3)')
    .option('--reason <text>', 'why (未采纳原因); required for partial and reject')
    .option('--by <name>', "who decides (default: git's user.name)")
    .option('--date <date>', 'date of the decision (default: today)')
    .option('--draft <name>', 'the draft (default: the only draft)')
    .addHelpText(
      'after',
      '\nExamples:\n  redline decide 1 2 adopt\n  redline decide 3 partial --edits 1,3,4,5,6 --reason "应由区科技局牵头抓总"\n  redline decide 6 reject --reason "以市下达指标为准"\n  redline decide --all-pending adopt\n',
    )
    .action((args: string[], flags: DecideFlags) => {
      const verb = args.at(-1)!;
      const status = VERBS[verb];
      if (!status) throw new UsageError(`the decision comes last: adopt, partial or reject (got "${verb}")`);
      const ids = args.slice(0, -1);
      if (ids.length === 0 && !flags.allPending) throw new UsageError('name the entries to decide, or pass --all-pending');
      if (ids.length > 0 && flags.allPending) throw new UsageError('name entries or pass --all-pending, not both');
      if ((status === 'partial' || status === 'rejected') && !flags.reason?.trim()) {
        throw new UsageError(`a ${status === 'partial' ? 'partial' : 'rejected'} decision needs --reason`);
      }
      if (status === 'partial' && !flags.edits) throw new UsageError('a partial decision needs --edits: the numbers of the adopted edits (see `redline propose`)');
      if (status !== 'partial' && flags.edits) throw new UsageError('--edits goes with partial');
      const workspace = findWorkspace(io.cwd);
      const name = resolveDraftName(workspace, flags.draft);
      const { entries } = loadEntries(workspace, name);
      const chosen = flags.allPending ? entries.filter((e) => e.entry.decision.status === 'pending') : ids.map((id) => findEntry(entries, id, name));
      const editNumbers = flags.edits ? parseEditNumbers(flags.edits) : undefined;
      const decision: Decision = { status };
      if (editNumbers) decision.edits = editNumbers;
      if (flags.reason?.trim()) decision.reason = flags.reason.trim();
      const by = flags.by ?? gitUser(io.cwd);
      if (by && status !== 'pending') decision.by = by;
      if (status !== 'pending') decision.date = flags.date ?? new Date().toISOString().slice(0, 10);
      // Check every entry first: a refused decision changes no file.
      for (const { entry } of chosen) {
        const beyond = (editNumbers ?? []).filter((n) => n > entry.edits.length);
        if (beyond.length > 0) throw new UsageError(`entry ${entry.id} has ${entry.edits.length} edit(s); there is no edit ${beyond.join(', ')}`);
      }
      for (const loaded of chosen) {
        const replaced = describe(loaded.entry.decision);
        writeDecision(loaded, decision);
        const was = loaded.entry.decision.status === 'pending' && !loaded.entry.decision.reason ? '' : ` (replaces: ${replaced})`;
        io.stdout(`entry ${loaded.entry.id}: ${describe(decision)}${was}\n`);
      }
      if (chosen.length === 0) io.stdout('no pending entries\n');
      // An adoption that cannot reach the text is said at once, not at build time.
      const changed = new Set(chosen.map((c) => c.entry.id));
      const decided = entries.map((e) => (changed.has(e.entry.id) ? { ...e.entry, decision } : e.entry));
      if (status === 'adopted' || status === 'partial') for (const w of adoptionWarnings(readDraft(workspace, name).draft.clauses, decided, changed)) io.stderr(`warning: ${w}\n`);
    });
}

function findEntry(entries: LoadedEntry[], id: string, draft: string): LoadedEntry {
  const found = entries.find((e) => e.entry.id === id);
  if (!found) throw new UsageError(`no feedback entry ${id} for ${draft} (entries: ${entries.map((e) => e.entry.id).join(', ')})`);
  return found;
}

function parseEditNumbers(text: string): number[] {
  const numbers = text.split(/[,，\s]+/u).filter(Boolean).map(Number);
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError(`--edits takes edit numbers such as 1,3 (got "${text}")`);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

export function describe(decision: Decision): string {
  const edits = decision.edits ? ` edits ${decision.edits.join(', ')}` : '';
  const reason = decision.reason ? ` — ${decision.reason}` : '';
  return `${decision.status}${edits}${reason}`;
}

function gitUser(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the decision through the YAML document, so that comments and layout
 * elsewhere in the file survive and a git diff shows only the decision.
 */
export function writeDecision(loaded: LoadedEntry, decision: Decision): void {
  // Re-read just before writing: another command may have changed the file.
  const current = entryDocument(readFileSync(loaded.path, 'utf8'), loaded.path);
  setDecision(current, decision);
  writeFileAtomic(loaded.path, current.toString({ lineWidth: 0 }));
}

export function setDecision(document: Document, decision: Decision): void {
  const node = document.get('decision', true);
  if (!isMap(node)) {
    document.set('decision', document.createNode(decision));
    return;
  }
  for (const key of ['status', 'edits', 'reason', 'by', 'date'] as const) {
    const value = decision[key];
    if (value === undefined) node.delete(key);
    else if (key === 'edits') node.set(key, document.createNode(value, { flow: true }));
    else node.set(key, value);
  }
}
