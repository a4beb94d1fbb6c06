// A plan's 目录 lists its headings (1.2 等级划分, 第三章 行政许可的实施机关):
// the lines follow the adopted edits as a drafter amends them with the
// headings, credited to the entries behind each: a heading given a new title
// or a new number (units added or removed before it) has its line rewritten,
// a heading removed has its line taken out, and a new unit numbered in the
// style of the headings listed (a new 1.2 between 1.1 and the old 1.2) gets a
// line after the one of the heading before it. An edit of the 目录 line itself
// is the clerk's word on it and is left as made.
import type { PlannedEdit } from '../edits/plan.js';
import type { AttributedChange, RevisedClause } from './revise.js';

/** The first line of a table of contents, as import joins it into one block with its entries (draft-import.ts). */
const CONTENTS = /^目\s*录\\?\n/u;
/** An entry: its number, the space after it, its title, and the hard break that ends a line before the last. */
const ENTRY = /^(\S+?)([ \t\u3000]+)(\S.*?)(\\?)$/u;
/** A heading's own text: one short line with no sentence in it. */
const HEADING = /^[^\n。；;]{1,40}$/u;

const HARD_BREAK = '\\\n';

/** A line's key: without spaces, and in one width (4.2 国家级(Ⅰ级)应急响应 lists 4.2 国家级（Ⅰ级）应急响应). */
const squeezed = (text: string) => text.normalize('NFKC').replace(/\s/gu, '');

interface Line {
  start: number;
  /** Where its text ends, before its hard break. */
  end: number;
  /** Where the line ends, after its hard break. */
  next: number;
  space: string;
  heading: RevisedClause;
}

/** The 目录 clauses whose lines changed (to be finished again). */
export function followContents(revised: readonly RevisedClause[], removedBy: ReadonlyMap<string, PlannedEdit>): RevisedClause[] {
  const changed: RevisedClause[] = [];
  const contents = revised.filter((c) => c.original && c.status !== 'removed' && CONTENTS.test(c.textBefore));
  if (contents.length === 0) return changed;
  // The headings a line may list: a numbered clause of the draft whose text is one short line.
  const headings = new Map<string, RevisedClause>();
  for (const c of revised) {
    if (!c.original || contents.includes(c) || c.markerBefore.trim() === '' || !HEADING.test(c.textBefore)) continue;
    const key = squeezed(c.markerBefore + c.textBefore);
    if (!headings.has(key)) headings.set(key, c);
  }
  for (const toc of contents) {
    const lines = listed(toc.textBefore, headings);
    if (lines.length === 0) continue;
    const before = toc.changes.length;
    const free = (start: number, end: number) => !toc.changes.slice(0, before).some((c) => c.start < end && start < c.end);
    for (const line of lines) {
      if (!free(line.start - HARD_BREAK.length, line.next) || toc.textBefore.slice(line.start - HARD_BREAK.length, line.start) !== HARD_BREAK) continue;
      const heading = line.heading;
      const removal = removedBy.get(heading.id);
      if (removal) {
        // With the hard break before it (the line before keeps its own place to end).
        toc.changes.push({ start: line.start - HARD_BREAK.length, end: line.end, text: '', entries: [removal.ref.entry], contents: true });
        continue;
      }
      const entries = [...new Set([...heading.entries, ...heading.movedBy])];
      const after = inLineWidths(`${heading.markerAfter.trim()}${line.space}${heading.textAfter}`, toc.textBefore.slice(line.start, line.end));
      if (entries.length > 0 && after !== toc.textBefore.slice(line.start, line.end)) toc.changes.push({ start: line.start, end: line.end, text: after, entries, contents: true });
    }
    toc.changes.push(...addedLines(toc.textBefore, lines, revised).filter((c) => free(c.start, c.end)));
    if (toc.changes.length > before) changed.push(toc);
  }
  return changed;
}

/** The 目录's lines that list a heading of the draft, in order. */
function listed(text: string, headings: ReadonlyMap<string, RevisedClause>): Line[] {
  const lines: Line[] = [];
  let at = text.indexOf('\n') + 1;
  for (const line of text.slice(at).split('\n')) {
    const start = at;
    at += line.length + 1;
    const entry = ENTRY.exec(line);
    const heading = entry ? headings.get(squeezed(line.replace(/\\$/u, ''))) : undefined;
    if (entry && heading) lines.push({ start, end: start + line.length - entry[4]!.length, next: Math.min(at, text.length), space: entry[2]!, heading });
  }
  return lines;
}

/** Lines for new units numbered in a style the 目录 lists, each after the line of the listed heading before it. */
function addedLines(text: string, lines: readonly Line[], revised: readonly RevisedClause[]): AttributedChange[] {
  const styles = new Set(lines.map((l) => l.heading.original!.marker?.style).filter((s) => s !== undefined));
  const lineOf = new Map(lines.map((l) => [l.heading, l]));
  const changes: AttributedChange[] = [];
  let last: Line | undefined;
  for (const c of revised) {
    const line = lineOf.get(c);
    // (Not after a line that goes with its heading.)
    if (line && c.status !== 'removed') last = line;
    if (c.status !== 'added' || !last || !c.basis || !styles.has(c.basis.style) || !HEADING.test(c.textAfter)) continue;
    // A hard break before it, at the end of the line before it (whose own break, if any, then ends the new line).
    changes.push({ start: last.end, end: last.end, text: `${HARD_BREAK}${c.markerAfter.trim()}${last.space}${c.textAfter}`, entries: c.entries, contents: true });
  }
  return changes;
}

/** A line's new text with the brackets in the widths the 目录 writes them, where it writes them otherwise than its heading. */
function inLineWidths(after: string, line: string): string {
  if (!/[()]/u.test(line) || /[（）]/u.test(line)) return after;
  return after.replace(/[（）]/gu, (bracket) => (bracket === '（' ? '(' : ')'));
}
