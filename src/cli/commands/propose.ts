import { Option, type Command } from 'commander';
import type { ChalkInstance } from 'chalk';
import { escapeMarkdown, MARKDOWN_STYLE, PLAIN_STYLE, renderDiff, type DiffStyle } from '../../core/diff-render.js';
import { refLabel } from '../../core/edit-plan.js';
import { proposeEntries, type EntryProposal, type ProposedEdit } from '../../core/proposal.js';
import { colorsFor } from '../color.js';
import type { Context } from '../io.js';
import { reportProblems, UsageError } from '../report.js';
import { safeText } from '../terminal-text.js';
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
      ...(e.message ? { message: e.message } : {}),
      ...(e.suggestion ? { suggestion: e.suggestion } : {}),
      ...(e.edit.confidence !== undefined ? { confidence: e.edit.confidence } : {}),
      ...(e.edit.source !== undefined ? { source: e.edit.source } : {}),
      active: e.active,
    })),
  };
}

function clauseLabel(e: ProposedEdit): string {
  if (!e.clause) return e.edit.clause;
  const title = e.clause.title || [...e.clause.text].slice(0, 16).join('') + ([...e.clause.text].length > 16 ? '…' : '');
  return `${e.clause.id} (${[e.clause.number, title].filter(Boolean).join(' ')})`;
}

function summary(e: ProposedEdit): string {
  const units = e.edit.units ? ` ${e.edit.role ?? 'lead'}: ${e.edit.units.join('、')}` : '';
  return `${e.edit.op}${units} in ${clauseLabel(e)}`;
}

function terminal(proposals: EntryProposal[], color: ChalkInstance): string {
  const style: DiffStyle =
    color.level > 0
      ? { equal: (t) => safeText(t), delete: (t) => color.red.strikethrough(safeText(t)), insert: (t) => color.green.underline(safeText(t)) }
      : { equal: (t) => safeText(t), delete: (t) => PLAIN_STYLE.delete(safeText(t)), insert: (t) => PLAIN_STYLE.insert(safeText(t)) };
  const stateColor = (state: string) => (state === 'ok' ? color.green(state) : state === 'conflict' ? color.magenta(state) : color.yellow(state));
  const out: string[] = [];
  for (const { entry, edits } of proposals) {
    out.push(color.bold(`Entry ${safeText(entry.id)} · ${safeText(entry.unit)} · ${entry.decision.status}`));
    out.push(color.dim(`  ${safeText(entry.comment.replace(/\s+/gu, ' '))}`));
    if (edits.length === 0) out.push(color.yellow('  no edits: a comment for the clerk to answer (add one with `redline feedback add` or in the file)'));
    for (const e of edits) {
      const confidence = e.edit.confidence !== undefined ? color.dim(` · confidence ${e.edit.confidence}`) : '';
      const inactive = e.active ? '' : color.dim(' · not adopted');
      out.push(`  [${e.index}] ${safeText(summary(e))} · ${stateColor(e.state)}${confidence}${inactive}`);
      if (e.message) out.push(`      ${color.yellow(safeText(e.message))}${e.conflictsWith.length ? '' : ''}`);
      if (e.suggestion) out.push(`      ${color.dim(safeText(e.suggestion))}`);
      if (e.before !== e.after) out.push(`      ${renderDiff(e.diff, style)}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function markdown(proposals: EntryProposal[]): string {
  const out: string[] = [];
  for (const { entry, edits } of proposals) {
    out.push(`### Entry ${escapeMarkdown(entry.id)} — ${escapeMarkdown(entry.unit)} (${entry.decision.status})`, '');
    out.push(`> ${escapeMarkdown(entry.comment)}`, '');
    if (edits.length === 0) out.push('_No edits: a comment for the clerk to answer._', '');
    for (const e of edits) {
      const state = e.state === 'ok' ? 'ok' : `**${e.state}**${e.message ? `: ${escapeMarkdown(e.message)}` : ''}`;
      const conflicts = e.conflictsWith.length ? ` (with ${e.conflictsWith.map(refLabel).join(', ')})` : '';
      out.push(`${e.index}. \`${e.edit.op}\` in ${escapeMarkdown(clauseLabel(e))} — ${state}${conflicts}${e.active ? '' : ' — not adopted'}`);
      if (e.before !== e.after) out.push(`   ${renderDiff(e.diff, MARKDOWN_STYLE)}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
