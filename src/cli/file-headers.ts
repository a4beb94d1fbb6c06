// The comments redline writes at the top of a new draft or entry file: what
// the file is and which commands work on it, for someone who opens it.

/** Above a new draft's front matter. */
export const DRAFT_HEADER =
  ' Written by `redline import`. The blocks below carry clause IDs (<!-- #c1 -->):\n keep them with their clause when you edit; `redline fmt` gives new clauses theirs.';

/** Above a new entry. */
export function entryHeader(id: string, draft: string): string {
  return ` Feedback entry ${id} on drafts/${draft}.md. Edits are anchored by clause ID and quote;\n \`redline propose\` shows them, \`redline decide\` records the decision below.`;
}
