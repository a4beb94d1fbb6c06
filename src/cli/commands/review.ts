import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { checkbox, editor, input, select } from '@inquirer/prompts';
import type { Command } from 'commander';
import { parse } from 'yaml';
import type { Decision } from '../../core/feedback/entry.js';
import { proposeEntries, type EntryProposal } from '../../core/revision/proposal.js';
import { colorsFor } from '../color.js';
import { stdinOf, type Context, type Io } from '../io.js';
import { terminal, summary } from '../proposal-view.js';
import { UsageError } from '../report.js';
import { findWorkspace, loadEntries, readDraft, resolveDraftName } from '../workspace.js';
import { describe, writeDecision } from './decide.js';

export interface ReviewAnswer {
  action: 'adopt' | 'partial' | 'reject' | 'skip' | 'quit';
  edits?: number[];
  reason?: string;
}

/** Asks the clerk about one entry; interactive, or scripted for tests and automation. */
export interface Prompter {
  ask(proposal: EntryProposal): Promise<ReviewAnswer>;
}

export function registerReview(program: Command, context: Context): void {
  const { io } = context;
  program
    .command('review')
    .description('walk the pending entries: the colored proposal, then adopt / partial / reject / skip, with a reason from a prompt or $EDITOR')
    .option('--draft <name>', 'the draft (default: the only draft)')
    .option('--by <name>', 'who decides')
    .option('--answers <file>', 'scripted answers (YAML list of {action, edits, reason}) instead of prompts')
    .addHelpText('after', '\nExamples:\n  redline review\n  redline review --answers answers.yaml   # [{action: adopt}, {action: reject, reason: …}]\n')
    .action(async (flags: { draft?: string; by?: string; answers?: string }) => {
      const workspace = findWorkspace(io.cwd);
      const name = resolveDraftName(workspace, flags.draft);
      const { draft } = readDraft(workspace, name);
      const { entries } = loadEntries(workspace, name);
      const pending = entries.filter((e) => e.entry.decision.status === 'pending');
      if (pending.length === 0) {
        io.stdout('no pending entries\n');
        return;
      }
      if (!flags.answers && !io.isTTY && !io.stdin) throw new UsageError('review asks questions in a terminal; use `redline decide` or --answers <file> in scripts');
      const prompter = flags.answers ? scriptedPrompter(resolve(io.cwd, flags.answers)) : inquirerPrompter(io);
      const proposals = proposeEntries(draft.clauses, entries.map((e) => e.entry));
      const color = colorsFor(io);
      let decided = 0;
      for (const loaded of pending) {
        const proposal = proposals.find((p) => p.entry.id === loaded.entry.id)!;
        io.stdout(terminal([proposal], color));
        const answer = await prompter.ask(proposal);
        if (answer.action === 'quit') break;
        if (answer.action === 'skip') continue;
        const decision = toDecision(answer, proposal, flags.by);
        writeDecision(loaded, decision);
        decided++;
        io.stdout(`entry ${loaded.entry.id}: ${describe(decision)}\n\n`);
      }
      io.stdout(`${decided} decision(s) recorded\n`);
    });
}

function toDecision(answer: ReviewAnswer, proposal: EntryProposal, by: string | undefined): Decision {
  const status = answer.action === 'adopt' ? 'adopted' : answer.action === 'partial' ? 'partial' : 'rejected';
  const decision: Decision = { status };
  if (status === 'partial') {
    const edits = (answer.edits ?? []).filter((n) => n >= 1 && n <= proposal.edits.length);
    if (edits.length === 0) throw new UsageError(`entry ${proposal.entry.id}: a partial decision needs the adopted edits`);
    decision.edits = edits;
  }
  if (answer.reason?.trim()) decision.reason = answer.reason.trim();
  if (status !== 'adopted' && !decision.reason) throw new UsageError(`entry ${proposal.entry.id}: a ${status} decision needs a reason`);
  if (by) decision.by = by;
  decision.date = new Date().toISOString().slice(0, 10);
  return decision;
}

function scriptedPrompter(file: string): Prompter {
  let answers: ReviewAnswer[];
  try {
    const data: unknown = parse(readFileSync(file, 'utf8'), { maxAliasCount: 50 });
    if (!Array.isArray(data)) throw new Error('expected a list of answers');
    answers = data as ReviewAnswer[];
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
  let next = 0;
  return {
    ask: async () => answers[next++] ?? { action: 'quit' },
  };
}

function inquirerPrompter(io: Io): Prompter {
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      io.stdout(chunk.toString());
      done();
    },
  });
  const context = { input: stdinOf(io), output, clearPromptOnDone: false };
  return {
    async ask(proposal) {
      const action = await select<ReviewAnswer['action']>(
        {
          message: `Entry ${proposal.entry.id} (${proposal.entry.unit}):`,
          choices: [
            { name: 'adopt all edits', value: 'adopt' },
            { name: 'partial: choose edits', value: 'partial', disabled: proposal.edits.length < 2 ? '(fewer than two edits)' : false },
            { name: 'reject', value: 'reject' },
            { name: 'skip for now', value: 'skip' },
            { name: 'quit', value: 'quit' },
          ],
        },
        context,
      );
      if (action === 'skip' || action === 'quit' || action === 'adopt') return { action };
      const answer: ReviewAnswer = { action };
      if (action === 'partial') {
        answer.edits = await checkbox(
          { message: 'Adopted edits:', choices: proposal.edits.map((e) => ({ name: `[${e.index}] ${summary(e)}`, value: e.index })), required: true },
          context,
        );
      }
      const typed = await input({ message: 'Reason (未采纳原因; empty opens $EDITOR):' }, context);
      answer.reason = typed.trim() || (await editor({ message: 'Reason', waitForUserInput: false }, context));
      return answer;
    },
  };
}
