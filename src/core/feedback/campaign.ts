// A campaign: many people sending the same (or nearly the same) comment. Each
// comment stays an entry of its own, but the members name the entry that
// leads the group (`campaign: <id>`), and that entry's decision answers them
// all, unless a member was decided on its own.
import type { Entry } from './entry.js';
import { addToGroup } from '../text/groups.js';

/** The entries with each undecided member answered by its lead's decision. */
export function answerCampaigns<E extends Entry>(entries: readonly E[]): E[] {
  // Most consultations have no campaign: no map of every id to build.
  if (!entries.some((e) => e.campaign)) return entries.slice();
  const byId = new Map(entries.map((e) => [e.id, e]));
  return entries.map((entry) => {
    const lead = entry.campaign ? byId.get(entry.campaign) : undefined;
    if (!lead || entry.decision.status !== 'pending') return entry;
    // (The lead's digest is of the lead's edits, not the member's.)
    const { edits: _chosen, digest: _digest, ...decision } = lead.decision;
    return { ...entry, decision };
  });
}

/** Lead id → the members that follow its decision, in entry order. */
export function campaignMembers(entries: readonly Entry[]): Map<string, Entry[]> {
  if (!entries.some((e) => e.campaign)) return new Map();
  const ids = new Set(entries.map((e) => e.id));
  const members = new Map<string, Entry[]>();
  for (const entry of entries) {
    // (An entry naming itself leads no one: it is answered by its own decision.)
    if (!entry.campaign || entry.campaign === entry.id || !ids.has(entry.campaign) || entry.decision.status !== 'pending') continue;
    addToGroup(members, entry.campaign, entry);
  }
  return members;
}
