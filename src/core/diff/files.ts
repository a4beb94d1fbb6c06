// Two files' diff, the quickest way that gives the same result: skimmed as
// bytes where both are drafts in fmt's form with the same IDs (skim.ts), else
// read as sides (version.ts), the old one first so that its problems are told
// first. The full reader, and the YAML library under it, is loaded only when
// the skim cannot answer: most diffs never need it (issue 17).
import { textSimilarity } from './align.js';
import { byIdOnly, diffVersions, type ClauseDiff, type VersionDiff } from './draft-diff.js';
import { withFrontMatter } from './front-matter.js';
import { skimDiff } from './skim.js';

export async function diffFiles(before: Uint8Array, after: Uint8Array, files: { before: string; after: string }, names: { before: string; after: string }): Promise<VersionDiff> {
  const skimmed = skimDiff(before, after);
  if (skimmed && !unrelated(skimmed)) return withFrontMatter(byIdOnly(skimmed), before, after);
  const { diffSides, readSide } = await import('./version.js');
  const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const old = readSide(text(before), files.before, names.before);
  const now = readSide(text(after), files.after, names.after);
  const byId = skimmed ? byIdOnly(skimmed) : diffSides(old, now);
  if (!unrelated(byId.changes)) return withFrontMatter(byId, before, after);
  // The same IDs on clauses of other text: two drafts imported apart (c1, c2 … in both). Their clauses are paired by text.
  const aligned = diffVersions(old.version().clauses, now.version().clauses.map((c) => ({ ...c, id: '' })));
  return withFrontMatter({ ...aligned, withoutIds: { before: 0, after: 0 }, unrelatedIds: true }, before, after);
}

/** Changes by ID that are mostly another text under the same ID: at least ten, and most of those changed. */
function unrelated(changes: readonly ClauseDiff[]): boolean {
  let changed = 0;
  let other = 0;
  for (const c of changes) {
    if (c.change !== 'changed' || c.before === undefined || c.after === undefined) continue;
    changed++;
    if (textSimilarity(c.before, c.after) < UNRELATED) other++;
    // (Settled early either way: a diff of 1,000 edited articles compares a few dozen.)
    if (changed >= 20 && other * 2 > changed) return true;
    if (changed - other > 20 && other * 4 < changed) return false;
  }
  return other >= 10 && other * 2 > changed;
}

/** Below this, two texts under one ID are not one clause edited. */
const UNRELATED = 0.3;
