// A change to a draft's front matter (its title, version, date, round…) in a
// diff of two drafts: the title is printed on every output, so a reviewer must
// see it change, though it belongs to no clause. Shown as one change named
// `front-matter`, before the clauses. Only between two drafts (clause IDs on
// both sides): a built text's front matter is pandoc's, not the draft's.
// Read from the files' bytes, their heads only: a diff of two large drafts
// decodes nothing else here (issue 17).
import { frontMatterSpan } from '../draft/lines.js';
import type { ClauseDiff, VersionDiff } from './draft-diff.js';
import { wordDiff } from './word-diff.js';

const FRONT_MATTER_ID = 'front-matter';

/** The diff with the front matter's change first, where both files are drafts whose front matter differs. */
export function withFrontMatter(result: VersionDiff, before: Uint8Array | string, after: Uint8Array | string): VersionDiff {
  const change = frontMatterChange(bytesOf(before), bytesOf(after));
  return change ? { ...result, changes: [change, ...result.changes] } : result;
}

function frontMatterChange(beforeBytes: Buffer, afterBytes: Buffer): ClauseDiff | undefined {
  if (!isDraft(beforeBytes) || !isDraft(afterBytes)) return undefined;
  const before = source(beforeBytes);
  const after = source(afterBytes);
  if (before === undefined || after === undefined || before === after) return undefined;
  return { id: FRONT_MATTER_ID, change: 'changed', before, after, diff: wordDiff(before, after) };
}

const bytesOf = (content: Uint8Array | string) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength));

/** A draft has ID lines (fmt writes them at the start of a line): a built or pasted text has none. */
function isDraft(bytes: Buffer): boolean {
  return bytes.indexOf('\n<!-- #') !== -1 || /^[ \t]*<!--[ \t]*#/mu.test(bytes.toString('utf8', 0, Math.min(bytes.length, 4096)));
}

/** The front matter's text, decoded from the file's first bytes (the whole file only if it runs on past them). */
function source(bytes: Buffer): string | undefined {
  let span = frontMatterSpan(decoded(bytes, HEAD_BYTES));
  if (span === 'unclosed' && bytes.length > HEAD_BYTES) span = frontMatterSpan(decoded(bytes, bytes.length));
  return typeof span === 'string' ? undefined : span.source.trimEnd();
}

const HEAD_BYTES = 1 << 16;

function decoded(bytes: Buffer, length: number): string {
  return bytes.toString('utf8', 0, Math.min(bytes.length, length)).replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}
