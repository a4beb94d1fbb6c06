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

function bigrams(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  return pairs;
}

interface Lead {
  id: string;
  text: string;
  pairs: number;
}

/**
 * Groups comments as they come: each either joins the first earlier one it
 * nearly repeats, or leads a group of its own. Candidates come from an index
 * of character pairs (a near repeat shares most of them), so that thousands
 * of distinct comments are not each compared with all the others.
 */
export class CampaignFinder {
  private readonly exact = new Map<string, string>();
  private readonly leads: Lead[] = [];
  private readonly index = new Map<string, number[]>();
  private shared = new Uint32Array(0);

  /** Registers a comment; returns the id of the lead it repeats, or undefined if it leads. */
  add(id: string, comment: string): string | undefined {
    const text = comparable(comment);
    const same = this.exact.get(text);
    if (same !== undefined) return same;
    const pairs = bigrams(text);
    const near = text.length >= MIN_NEAR_LENGTH ? this.nearest(text, pairs) : undefined;
    if (near !== undefined) return near;
    this.exact.set(text, id);
    if (text.length < MIN_NEAR_LENGTH) return undefined;
    const at = this.leads.push({ id, text, pairs: pairs.size }) - 1;
    for (const pair of pairs) {
      const list = this.index.get(pair);
      if (list) list.push(at);
      else this.index.set(pair, [at]);
    }
    return undefined;
  }

  private nearest(text: string, pairs: Set<string>): string | undefined {
    // Shared pairs per lead, counted in one array reused from call to call.
    if (this.shared.length < this.leads.length) this.shared = new Uint32Array(this.leads.length * 2);
    const touched: number[] = [];
    for (const pair of pairs) {
      for (const at of this.index.get(pair) ?? []) if (this.shared[at]!++ === 0) touched.push(at);
    }
    const candidates: number[] = [];
    for (const at of touched) {
      if ((2 * this.shared[at]!) / (pairs.size + this.leads[at]!.pairs) >= NEAR - 0.1) candidates.push(at);
      this.shared[at] = 0;
    }
    candidates.sort((a, b) => a - b);
    for (const at of candidates) {
      const lead = this.leads[at]!;
      const longer = Math.max(lead.text.length, text.length);
      if (Math.abs(lead.text.length - text.length) > longer * (1 - NEAR)) continue;
      const distance = dmp.diff_levenshtein(dmp.diff_main(lead.text, text, false));
      if (1 - distance / longer >= NEAR) return lead.id;
    }
    return undefined;
  }
}
