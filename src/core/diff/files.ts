// Two files' diff, the quickest way that gives the same result: skimmed as
// bytes where both are drafts in fmt's form with the same IDs (skim.ts), else
// read as sides (version.ts), the old one first so that its problems are told
// first. The full reader, and the YAML library under it, is loaded only when
// the skim cannot answer: most diffs never need it (issue 17).
import { byIdOnly, type VersionDiff } from './draft-diff.js';
import { withFrontMatter } from './front-matter.js';
import { skimDiff } from './skim.js';

export async function diffFiles(before: Uint8Array, after: Uint8Array, files: { before: string; after: string }, names: { before: string; after: string }): Promise<VersionDiff> {
  const skimmed = skimDiff(before, after);
  if (skimmed) return withFrontMatter(byIdOnly(skimmed), before, after);
  const { diffSides, readSide } = await import('./version.js');
  const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const old = readSide(text(before), files.before, names.before);
  return withFrontMatter(diffSides(old, readSide(text(after), files.after, names.after)), before, after);
}
