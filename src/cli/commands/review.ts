import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve, sep } from 'node:path';
import { Writable } from 'node:stream';
import { checkbox, editor, input, select } from '@inquirer/prompts';
import { proposeEntries, type EntryProposal } from '../../core/revision/proposal.js';
import { colorsFor } from '../color.js';
import { localToday } from '../dates.js';
import { stdinOf, type Io } from '../io.js';
import { terminal, summary } from '../proposal-view.js';
import { UsageError } from '../report.js';
import { safeText } from '../terminal-text.js';
import { findWorkspace, lockWorkspaceFor, resolveDraftName } from '../workspace.js';
import { loadEntries, readDraft } from '../workspace-reading.js';
import { readAnswers, type ReviewAnswer } from '../review-answers.js';
import { DECISION_VERBS, describeDecision as describe, makeDecision, type Decision, type DecisionVerb } from '../../core/feedback/decision.js';
import { afterDecisions, writeDecision } from '../decisions.js';

export type { ReviewAnswer } from '../review-answers.js';

/** Asks the clerk about one entry; interactive, or scripted for tests and automation. */
export interface Prompter {
  ask(proposal: EntryProposal): Promise<ReviewAnswer>;
}

export interface ReviewOptions {
  draft?: string;
  /** Who decides. */
  by?: string;
  /** Scripted answers (YAML) instead of prompts. */
  answers?: string;
}

export async function reviewCommand(flags: ReviewOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const name = resolveDraftName(workspace, flags.draft);
  const { draft } = readDraft(workspace, name);
  const { entries } = loadEntries(workspace, name);
  const pending = entries.filter((e) => e.entry.decision.status === 'pending');
  if (pending.length === 0) {
    io.stdout('no pending entries\n');
    return 0;
  }
  if (!flags.answers && !io.isTTY && !io.stdin) throw new UsageError('review asks questions in a terminal; use `redline decide` or --answers <file> in scripts');
  const proposals = proposeEntries(draft.clauses, entries.map((e) => e.entry), draft.meta.lang);
  const proposalOf = (id: string) => proposals.find((p) => p.entry.id === id)!;
  // Scripted answers are checked as a whole before any decision is written.
  const prompter = flags.answers
    ? scriptedPrompter(readAnswers(resolve(io.cwd, flags.answers), flags.answers, pending.map((e) => proposalOf(e.entry.id))))
    : inquirerPrompter(io);
  const color = colorsFor(io);
  // The entries as decided so far: what is said after a decision weighs it against the earlier ones.
  const current = entries.map((e) => e.entry);
  let decided = 0;
  for (const [i, loaded] of pending.entries()) {
    const proposal = proposalOf(loaded.entry.id);
    io.stdout(terminal([proposal], color));
    let answer: ReviewAnswer;
    try {
      answer = await prompter.ask(proposal);
    } catch (error) {
      if (!isPromptClosed(error)) throw error;
      // Ctrl-C: every decision so far is already on disk; say so and stop quietly.
      io.stdout(`\nreview stopped: ${decided} decision(s) recorded; ${pending.length - i} entries still pending\n`);
      return 130;
    }
    if (answer.action === 'quit') break;
    if (answer.action === 'skip') continue;
    const decision = toDecision(answer, proposal, flags.by);
    const at = entries.indexOf(loaded);
    current[at] = { ...loaded.entry, decision };
    const after = afterDecisions(workspace, name, current, new Set([loaded.entry.id]));
    // The lock is held only while writing, not while the clerk thinks.
    const release = lockWorkspaceFor(workspace.root, 'review', io);
    try {
      writeDecision(workspace, loaded, decision);
    } finally {
      release();
    }
    decided++;
    io.stdout(`entry ${safeText(loaded.entry.id)}: ${safeText(describe(decision))}\n`);
    // As `decide` says it: an adopted edit that will not reach the text.
    for (const line of after) io.stderr(`${safeText(line)}\n`);
    io.stdout('\n');
  }
  io.stdout(`${decided} decision(s) recorded\n`);
  return 0;
}

/** Inquirer rejects with these when the prompt is closed (Ctrl-C) or aborted. */
function isPromptClosed(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

function toDecision(answer: ReviewAnswer, proposal: EntryProposal, by: string | undefined): Decision {
  const made = makeDecision({ status: DECISION_VERBS[answer.action as DecisionVerb], edits: answer.edits, reason: answer.reason, by, date: localToday() }, proposal.entry);
  if ('problems' in made) throw new UsageError(`entry ${proposal.entry.id}: ${made.problems[0]!.message}`);
  return made.decision;
}

function scriptedPrompter(answers: readonly ReviewAnswer[]): Prompter {
  let next = 0;
  return {
    ask: async () => answers[next++] ?? { action: 'quit' },
  };
}

/**
 * Why the editor the prompt would start ($VISUAL, $EDITOR, else vim or
 * notepad, as the prompt library picks it) cannot start: a program found on
 * no PATH folder. Undefined when it can.
 */
export function missingEditor(env: Record<string, string | undefined>): string | undefined {
  const variable = env['VISUAL'] ? 'VISUAL' : env['EDITOR'] ? 'EDITOR' : undefined;
  const command = (variable ? env[variable]! : process.platform === 'win32' ? 'notepad' : 'vim').trim();
  const program = command.split(/\s+/u)[0] ?? '';
  const folders = program.includes(sep) ? [''] : (env['PATH'] ?? '').split(delimiter).filter((d) => d !== '');
  const found = folders.some((folder) => {
    try {
      accessSync(folder === '' ? program : join(folder, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (found || process.platform === 'win32') return undefined;
  return `${variable ? `$${variable} is "${command}", which` : `no $EDITOR is set, and ${program}`} is not installed`;
}

function inquirerPrompter(io: Io): Prompter {
  const draw = io.promptOutput ?? io.stdout;
  // A fresh output stream for each prompt: inquirer ends the one it was given when the prompt closes.
  const output = () =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        draw(chunk.toString());
        done();
      },
    });
  const context = () => ({ input: stdinOf(io), output: output(), clearPromptOnDone: false });
  return {
    async ask(proposal) {
      // The prompts draw with cursor controls, so their own text is escaped here.
      const action = await select<ReviewAnswer['action']>(
        {
          message: `Entry ${safeText(proposal.entry.id)} (${safeText(proposal.entry.unit)}):`,
          choices: [
            { name: 'adopt all edits', value: 'adopt' },
            { name: 'partial: choose edits', value: 'partial', disabled: proposal.edits.length < 2 ? '(fewer than two edits)' : false },
            { name: 'reject', value: 'reject' },
            { name: 'skip for now', value: 'skip' },
            { name: 'quit', value: 'quit' },
          ],
        },
        context(),
      );
      if (action === 'skip' || action === 'quit' || action === 'adopt') return { action };
      const answer: ReviewAnswer = { action };
      if (action === 'partial') {
        answer.edits = await checkbox(
          { message: 'Adopted edits:', choices: proposal.edits.map((e) => ({ name: `[${e.index}] ${safeText(summary(e))}`, value: e.index })), required: true },
          context(),
        );
      }
      const missing = missingEditor(io.env);
      if (missing !== undefined) {
        // The editor would fail to start (and the prompt library throws that past every handler): the reason is typed here.
        const typed = await input({ message: `Reason (未采纳原因; ${missing}):`, required: true }, context());
        answer.reason = typed.trim();
        return answer;
      }
      const typed = await input({ message: 'Reason (未采纳原因; empty opens $EDITOR):' }, context());
      answer.reason = typed.trim() || (await editor({ message: 'Reason', waitForUserInput: false }, context()));
      return answer;
    },
  };
}
