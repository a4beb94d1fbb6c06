// How a clause-aligned diff looks: in a terminal (and through git's diff
// driver), and as Markdown for a pull request.
import type { ChalkInstance } from 'chalk';
import type { ClauseDiff, VersionDiff } from '../core/diff/draft-diff.js';
import { MARKDOWN_STYLE, PLAIN_STYLE, renderDiff, type DiffStyle } from '../core/diff/render.js';
import { commentText, fitComment, foldable } from '../core/text/comment.js';
import { safeText } from './terminal-text.js';

/** Diff marks for a terminal: red struck / green underlined, or [-…-]{+…+} without colors; never raw control characters. */
export function terminalDiffStyle(color: ChalkInstance): DiffStyle {
  return color.level > 0
    ? { equal: safeText, delete: (t) => color.red.strikethrough(safeText(t)), insert: (t) => color.green.underline(safeText(t)) }
    : { equal: safeText, delete: (t) => PLAIN_STYLE.delete(safeText(t)), insert: (t) => PLAIN_STYLE.insert(safeText(t)) };
}

export function changeLabel(c: ClauseDiff): string {
  const paired = c.change !== 'added' && c.change !== 'removed';
  const numbers =
    paired && (c.oldNumber ?? '') !== (c.newNumber ?? '') ? ` ${c.oldNumber ?? 'unnumbered'} → ${c.newNumber ?? 'unnumbered'}` : ` ${c.newNumber ?? c.oldNumber ?? ''}`.trimEnd();
  return `${c.change}${numbers}`;
}

/** "new.md has no clause IDs: …" — what was compared, when it was not by ID. */
export function alignmentNote(result: VersionDiff, oldName: string, newName: string): string | null {
  const { withoutIds, aligned } = result;
  if (result.unrelatedIds) {
    return `the clause IDs of ${oldName} and ${newName} do not name the same clauses (drafts imported apart?): clauses matched by text (${aligned.text}) and by number and similarity (${aligned.similarity}) instead of by ID`;
  }
  if (withoutIds.before === 0 && withoutIds.after === 0) return null;
  const sides = [withoutIds.before ? `${oldName} has ${withoutIds.before} clause(s) without IDs` : '', withoutIds.after ? `${newName} has ${withoutIds.after} clause(s) without IDs` : '']
    .filter(Boolean)
    .join(' and ');
  const unmatched = result.changes.filter((c) => /^[-+]L\d/u.test(c.id) && (c.change === 'added' || c.change === 'removed')).length;
  const rest = unmatched ? `; ${unmatched} without a match shown as added or removed, named by their line: -L<n> in the old file, +L<n> in the new` : '';
  return `${sides}: clauses matched by text (${aligned.text}) and by number and similarity (${aligned.similarity}) instead of by ID${rest}`;
}

export function terminalView(result: VersionDiff, color: ChalkInstance, note: string | null): string {
  const style = terminalDiffStyle(color);
  const lines: string[] = [];
  if (note) lines.push(color.dim(`note: ${safeText(note)}`));
  if (result.changes.length === 0) lines.push('no clause changed');
  for (const c of result.changes) {
    const head = `${safeText(c.id)} ${changeLabel(c)}`;
    // A clause of several lines (an amendment quoting its new text) keeps each of them under its head.
    lines.push(c.change === 'renumbered' ? head : `${color.bold(head)}\n    ${renderDiff(c.diff, style).replaceAll('\n', '\n    ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown for a PR comment: one paragraph per clause, long ones folded, under GitHub's limit. */
export function markdownView(result: VersionDiff, oldName: string, newName: string, note: string | null): string {
  const counts = new Map<string, number>();
  for (const c of result.changes) counts.set(c.change, (counts.get(c.change) ?? 0) + 1);
  const summary = result.changes.length === 0 ? 'no clause changed' : [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
  const header = [`## redline diff: ${commentText(oldName)} → ${commentText(newName)}`, '', summary, ...(note ? ['', `> ${commentText(note)}`] : [])].join('\n');
  const sections = result.changes.map((c) => {
    const head = `${c.id} ${changeLabel(c)}`;
    if (c.change === 'renumbered') return { markdown: `\`${c.id}\` ${commentText(changeLabel(c))}`, tally: c.change };
    const body = renderDiff(c.diff, MARKDOWN_STYLE);
    return { markdown: foldable(head, body, body.length > 600, '####'), tally: c.change };
  });
  return fitComment({ header, sections, noun: ['clause', 'clauses'], hint: 'Run `redline diff` locally for all of them.' });
}
