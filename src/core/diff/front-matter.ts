// A change to a draft's front matter (its title, version, date, round…) in a
// diff of two drafts: the title is printed on every output, so a reviewer must
// see it change, though it belongs to no clause. Shown as one change named
// `front-matter`, before the clauses. Only between two drafts (clause IDs on
// both sides): a built text's front matter is pandoc's, not the draft's.
import { frontMatterSpan } from '../draft/lines.js';
import type { ClauseDiff, VersionDiff } from './draft-diff.js';
import { wordDiff } from './word-diff.js';

export const FRONT_MATTER_ID = 'front-matter';

const ID_LINE = /^[ \t]*<!--[ \t]*#[A-Za-z][A-Za-z0-9_-]{0,31}[ \t]*-->[ \t]*$/mu;

/** The diff with the front matter's change first, where both texts are drafts whose front matter differs. */
export function withFrontMatter(result: VersionDiff, before: string, after: string): VersionDiff {
  const change = frontMatterChange(before, after);
  return change ? { ...result, changes: [change, ...result.changes] } : result;
}

function frontMatterChange(beforeText: string, afterText: string): ClauseDiff | undefined {
  if (!ID_LINE.test(beforeText) || !ID_LINE.test(afterText)) return undefined;
  const before = source(beforeText);
  const after = source(afterText);
  if (before === undefined || after === undefined || before === after) return undefined;
  return { id: FRONT_MATTER_ID, change: 'changed', before, after, diff: wordDiff(before, after) };
}

function source(text: string): string | undefined {
  const span = frontMatterSpan(text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n'));
  return typeof span === 'string' ? undefined : span.source.trimEnd();
}
