import { problem } from '../../core/problem.js';
import { proposeEntries, type EntryProposal } from '../../core/revision/proposal.js';
import { colorsFor } from '../color.js';
import { markdown, terminal } from '../proposal-view.js';
import type { Io } from '../io.js';
import { reportProblems, UsageError } from '../report.js';
import { findWorkspace, resolveDraftName } from '../workspace.js';
import { loadEntries, readDraft } from '../workspace-reading.js';

export type Format = 'ansi' | 'markdown' | 'json';

export interface ProposeOptions {
  /** Entry ids; all entries when empty. */
  entries: string[];
  draft?: string;
  format: Format;
}

export async function proposeCommand({ entries: ids, format, ...flags }: ProposeOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const name = resolveDraftName(workspace, flags.draft);
  const { draft } = readDraft(workspace, name);
  const { entries, warnings } = loadEntries(workspace, name);
  reportProblems(io, warnings);
  const unknown = ids.filter((id) => !entries.some((e) => e.entry.id === id));
  if (unknown.length > 0) throw new UsageError(`no feedback entry ${unknown.join(', ')} for ${name}`);
  // Conflicts are judged among all entries, even when only some are shown.
  const proposals = proposeEntries(draft.clauses, entries.map((e) => e.entry), draft.meta.lang).filter((p) => ids.length === 0 || ids.includes(p.entry.id));
  // (A file's name is made only for an entry with a warning: 10,000 entries have few.)
  const paths = new Map(entries.map((e) => [e.entry.id, e.path]));
  reportProblems(
    io,
    proposals.flatMap(({ entry, edits }) =>
      edits.flatMap((e) => (e.warnings ?? []).map((w) => problem(`entry ${entry.id}, edit ${e.index}: ${w.message}`, { file: workspace.display(paths.get(entry.id)!), line: entry.editLines[e.index - 1], rule: w.rule, warning: true }))),
    ),
  );
  if (format === 'json') io.stdout(`${JSON.stringify(proposals.map(proposalJson), null, 2)}\n`);
  else if (format === 'markdown') io.stdout(markdown(proposals, name));
  else io.stdout(terminal(proposals, colorsFor(io)));
  return 0;
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
      ...('position' in e.edit ? { position: e.edit.position } : {}),
      state: e.state,
      before: e.before,
      after: e.after,
      ...(e.conflictsWith.length > 0 ? { conflictsWith: e.conflictsWith } : {}),
      ...(e.clauses ? { clauses: e.clauses, count: e.count } : {}),
      ...(e.message ? { message: e.message } : {}),
      ...(e.suggestion ? { suggestion: e.suggestion } : {}),
      ...(e.warnings ? { warnings: e.warnings.map((w) => w.message) } : {}),
      ...(e.notes ? { notes: e.notes } : {}),
      ...(e.edit.confidence !== undefined ? { confidence: e.edit.confidence } : {}),
      ...(e.edit.source !== undefined ? { source: e.edit.source } : {}),
      active: e.active,
    })),
  };
}

