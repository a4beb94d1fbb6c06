// Finding campaigns among public comments: the same text sent by many people,
// word for word or with small changes (a name, a greeting, punctuation).
// Texts are compared without spacing and punctuation; near-identical means
// at least 90 % alike by edit distance, for texts of 20 characters or more.
import DiffMatchPatch from 'diff-match-patch';

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0.05;

const NEAR = 0.9;
const MIN_NEAR_LENGTH = 20;

/** The text of a comment as compared: NFKC, no spacing or punctuation, lower case. */
export function comparable(comment: string): string {
  return comment.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>, total: number): number {
  let shared = 0;
  for (const [pair, n] of a) shared += Math.min(n, b.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

interface Lead {
  id: string;
  text: string;
  pairs: Map<string, number>;
  pairCount: number;
}

/** Groups comments as they come: each either joins the first earlier one it nearly repeats, or leads a group of its own. */
export class CampaignFinder {
  private readonly exact = new Map<string, string>();
  private readonly leads: Lead[] = [];

  /** Registers a comment; returns the id of the lead it repeats, or undefined if it leads. */
  add(id: string, comment: string): string | undefined {
    const text = comparable(comment);
    const same = this.exact.get(text);
    if (same !== undefined) return same;
    const near = text.length >= MIN_NEAR_LENGTH ? this.nearest(text) : undefined;
    if (near !== undefined) return near;
    this.exact.set(text, id);
    const pairs = bigrams(text);
    this.leads.push({ id, text, pairs, pairCount: Math.max(0, text.length - 1) });
    return undefined;
  }

  private nearest(text: string): string | undefined {
    const pairs = bigrams(text);
    const pairCount = text.length - 1;
    for (const lead of this.leads) {
      const longer = Math.max(lead.text.length, text.length);
      if (lead.text.length < MIN_NEAR_LENGTH || Math.abs(lead.text.length - text.length) > longer * (1 - NEAR)) continue;
      // Shared character pairs first (cheap), then the edit distance.
      if (dice(pairs, lead.pairs, pairCount + lead.pairCount) < NEAR - 0.1) continue;
      const distance = dmp.diff_levenshtein(dmp.diff_main(lead.text, text, false));
      if (1 - distance / longer >= NEAR) return lead.id;
    }
    return undefined;
  }
}
