import { Option, type Command } from 'commander';
import { proposeEntries, type EntryProposal } from '../../core/revision/proposal.js';
import { colorsFor } from '../color.js';
import { markdown, terminal } from '../proposal-view.js';
import type { Context } from '../io.js';
import { reportProblems, UsageError } from '../report.js';
import { findWorkspace, loadEntries, readDraft, resolveDraftName } from '../workspace.js';

type Format = 'ansi' | 'markdown' | 'json';

export function registerPropose(program: Command, context: Context): void {
  const { io } = context;
  program
    .command('propose')
    .description("show each entry's edits as word-level diffs in their clause, with stale / ambiguous / conflict marked")
    .argument('[entries...]', 'entry ids (default: all)')
    .option('--draft <name>', 'the draft (default: the only draft)')
    .addOption(new Option('--format <format>', 'ansi for a terminal, markdown for a PR comment, json for scripts').choices(['ansi', 'markdown', 'json']).default('ansi'))
    .addHelpText('after', '\nExamples:\n  redline propose\n  redline propose 3 6 --format markdown > comment.md\n  redline propose --format json | jq \'.[].edits[] | select(.state != "ok")\'\n')
    .action((ids: string[], flags: { draft?: string; format: Format }) => {
      const workspace = findWorkspace(io.cwd);
      const name = resolveDraftName(workspace, flags.draft);
      const { draft } = readDraft(workspace, name);
      const { entries, warnings } = loadEntries(workspace, name);
      reportProblems(io, warnings);
      const unknown = ids.filter((id) => !entries.some((e) => e.entry.id === id));
      if (unknown.length > 0) throw new UsageError(`no feedback entry ${unknown.join(', ')} for ${name}`);
      // Conflicts are judged among all entries, even when only some are shown.
      const proposals = proposeEntries(draft.clauses, entries.map((e) => e.entry)).filter((p) => ids.length === 0 || ids.includes(p.entry.id));
      if (flags.format === 'json') io.stdout(`${JSON.stringify(proposals.map(proposalJson), null, 2)}\n`);
      else if (flags.format === 'markdown') io.stdout(markdown(proposals));
      else io.stdout(terminal(proposals, colorsFor(io)));
    });
}

function proposalJson({ entry, edits }: EntryProposal) {
  return {
    entry: entry.id,
    unit: entry.unit,
    decision: entry.decision.status,
    edits: edits.map((e) => ({
      index: e.index,
      op: e.edit.op,
      clause: e.edit.clause,
      state: e.state,
      before: e.before,
      after: e.after,
      ...(e.conflictsWith.length > 0 ? { conflictsWith: e.conflictsWith } : {}),
      ...(e.clauses ? { clauses: e.clauses, count: e.count } : {}),
      ...(e.message ? { message: e.message } : {}),
      ...(e.suggestion ? { suggestion: e.suggestion } : {}),
      ...(e.edit.confidence !== undefined ? { confidence: e.edit.confidence } : {}),
      ...(e.edit.source !== undefined ? { source: e.edit.source } : {}),
      active: e.active,
    })),
  };
}

