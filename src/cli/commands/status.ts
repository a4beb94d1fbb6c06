import type { Command } from 'commander';
import type { DecisionStatus } from '../../core/feedback/entry.js';
import { planEntries } from '../../core/revision/proposal.js';
import type { Context } from '../io.js';
import { reportProblems } from '../report.js';
import { safeText } from '../terminal-text.js';
import { draftNames, findWorkspace, loadEntries, readDraft } from '../workspace.js';

type Counts = Record<DecisionStatus, number>;

const empty = (): Counts => ({ pending: 0, adopted: 0, partial: 0, rejected: 0 });

export function registerStatus(program: Command, context: Context): void {
  const { io } = context;
  program
    .command('status')
    .description('per draft: entries by decision and by unit, stale edits, the consultation window')
    .option('--json', 'print JSON: [{draft, entries, byStatus, byUnit, stale, window?: {from, to, open}}]')
    .option('--today <date>', 'the date the window is judged on (default: today)')
    .addHelpText('after', '\nExamples:\n  redline status\n  redline status --json\n')
    .action((flags: { json?: boolean; today?: string }) => {
      const workspace = findWorkspace(io.cwd);
      const today = flags.today ?? new Date().toISOString().slice(0, 10);
      const report = draftNames(workspace).map((name) => {
        const { draft } = readDraft(workspace, name);
        const { entries, warnings } = loadEntries(workspace, name);
        reportProblems(io, warnings);
        const byStatus = empty();
        const byUnit: Record<string, Counts> = {};
        for (const { entry } of entries) {
          byStatus[entry.decision.status]++;
          byUnit[entry.unit] ??= empty();
          byUnit[entry.unit]![entry.decision.status]++;
        }
        const planned = planEntries(draft.clauses, entries.map((e) => e.entry));
        const stale = [...planned.values()].flat().filter((p) => p.state === 'stale' || p.state === 'ambiguous').length;
        const window = draft.meta.consultation;
        return {
          draft: name,
          entries: entries.length,
          byStatus,
          byUnit,
          stale,
          ...(window ? { window: { ...window, open: window.from <= today && today <= window.to } } : {}),
        };
      });
      if (flags.json) {
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      for (const r of report) {
        const counts = (c: Counts) => (Object.keys(c) as DecisionStatus[]).filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`).join(', ') || 'none';
        io.stdout(`${r.draft}: ${r.entries} entries (${counts(r.byStatus)}); ${r.stale} stale edit(s)\n`);
        if (r.window) io.stdout(`  consultation ${r.window.from} to ${r.window.to}: ${r.window.open ? 'open' : 'closed'}\n`);
        for (const [unit, c] of Object.entries(r.byUnit)) io.stdout(`  ${safeText(unit)}: ${counts(c)}\n`);
      }
    });
}
