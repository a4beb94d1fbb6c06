// `redline feedback list`: entries with their edits, anchor states and decisions.
import type { EditState } from '../../../core/edits/plan.js';
import { answerCampaigns } from '../../../core/feedback/campaign.js';
import type { Entry } from '../../../core/feedback/entry.js';
import { planEntries } from '../../../core/revision/proposal.js';
import type { Io } from '../../io.js';
import { reportProblems } from '../../report.js';
import { safeText } from '../../terminal-text.js';
import { truncateToWidth } from '../../../core/text/strings.js';
import { findWorkspace, resolveDraftName } from '../../workspace.js';
import { loadEntries, readDraft } from '../../workspace-reading.js';

export interface FeedbackListOptions {
  draft?: string;
  json?: boolean;
}

export async function feedbackListCommand(flags: FeedbackListOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const name = resolveDraftName(workspace, flags.draft);
  const { draft } = readDraft(workspace, name);
  const { entries, warnings } = loadEntries(workspace, name);
  reportProblems(io, warnings);
  // States only: no diffs are needed to list entries.
  const planned = planEntries(draft.clauses, entries.map((e) => e.entry), undefined, draft.meta.lang);
  // A campaign member shows the decision its lead's answers it with.
  const listed = answerCampaigns(entries.map((e) => e.entry)).map((entry) => ({ entry, states: planned.get(entry.id)!.map((p) => p.state) }));
  if (flags.json) {
    io.stdout(`${JSON.stringify(listed.map(entryJson), null, 2)}\n`);
    return 0;
  }
  if (entries.length === 0) io.stdout(`no feedback entries yet for ${name}: redline feedback import <table> or redline feedback add\n`);
  for (const { entry, states } of listed) {
    const counts = countStates(states);
    const campaign = entry.campaign ? ` (campaign of ${safeText(entry.campaign)})` : '';
    io.stdout(`${safeText(entry.id)}  ${safeText(entry.unit)}  ${entry.decision.status}${campaign}  ${entry.edits.length} edit(s)${counts ? `: ${counts}` : ''}\n`);
        io.stdout(`    ${safeText(excerpt(entry.comment, 76))}\n`);
    // The office's answer, where the decision gives one: a clerk sees that the table's reasons came through.
    const reason = entry.decision.reason?.trim();
    if (reason && entry.decision.status !== 'pending') io.stdout(`    — ${safeText(excerpt(reason, 74))}\n`);
  }
  return 0;
}

function entryJson({ entry, states }: { entry: Entry; states: EditState[] }) {
  return {
    id: entry.id,
    unit: entry.unit,
    ...(entry.date ? { date: entry.date } : {}),
    ...(entry.locator ? { locator: entry.locator } : {}),
    comment: entry.comment,
    // The words an edit came from are in the entry file; the list shows the edit itself.
    edits: entry.edits.map((edit, i) => ({ ...edit, source: undefined, state: states[i] })),
    decision: entry.decision,
  };
}


function countStates(states: string[]): string {
  const counts = new Map<string, number>();
  for (const s of states) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
}


function excerpt(text: string, columns: number): string {
  return truncateToWidth(text.replace(/\s+/gu, ' '), columns);
}

