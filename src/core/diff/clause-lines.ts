// A draft as one line per clause, "[c48] 18.建立…", for git's textconv: where
// git runs no external diff (`git log -p`, `git show`), its line diff is then
// clause-aligned, and `--word-diff` shows the words. The front matter stays
// as written; a clause of several lines (a table) is joined with " ⏎ ".
import { parseDraft } from '../draft/format.js';

export function clauseLines(text: string, file: string): string {
  const normal = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  let parsed;
  try {
    parsed = parseDraft(normal, file, 'draft');
  } catch {
    return normal;
  }
  const end = normal.indexOf('\n---', 3);
  const frontMatter = end === -1 ? '' : normal.slice(0, end + 4).replace(/\n?$/u, '\n');
  const lines = parsed.draft.blocks.map((block) => {
    const body = block.heading !== null ? `${'#'.repeat(block.heading)} ${block.source}` : block.source;
    return `[${block.id ?? '?'}] ${body.replace(/\n/gu, ' ⏎ ')}`;
  });
  return `${frontMatter}${lines.join('\n')}\n`;
}
