// A draft's counts for `redline status`, from its files: entries by decision
// and unit, and the edits that no longer apply. Loaded only when the status
// cache (status-cache.ts) does not hold them: this is where the readers and
// the planner come in.
import { answerCampaigns } from '../core/feedback/campaign.js';
import { tally } from '../core/feedback/tally.js';
import type { Problem } from '../core/problem.js';
import { planEntries } from '../core/revision/proposal.js';
import type { DraftCounts } from './status-cache.js';
import type { EntryListing, Workspace } from './workspace.js';
import { loadEntries, readDraft } from './workspace-reading.js';

/** `listing`: the entry folder as the status cache listed it, read without listing it again. */
export function countDraft(workspace: Workspace, name: string, listing: EntryListing): { counts: DraftCounts; warnings: Problem[] } {
  const { draft } = readDraft(workspace, name);
  const { entries, warnings } = loadEntries(workspace, name, undefined, listing);
  // A campaign's members count as its lead's decision answers them.
  const { byStatus, byUnit } = tally(answerCampaigns(entries.map((e) => e.entry)));
  const planned = planEntries(draft.clauses, entries.map((e) => e.entry), undefined, draft.meta.lang);
  const stale = [...planned.values()].flat().filter((p) => p.state === 'stale' || p.state === 'ambiguous').length;
  const window = draft.meta.consultation;
  return { counts: { entries: entries.length, byStatus, byUnit, stale, ...(window ? { window: { from: window.from, to: window.to } } : {}) }, warnings };
}
