// How proposals look: in a terminal (colors, or [-…-]{+…+} without them) and
// as Markdown for a pull request comment.
import type { ChalkInstance } from 'chalk';
import { MARKDOWN_STYLE, renderDiff } from '../core/diff/render.js';
import { isUnitEdit, roleOf } from '../core/edits/edit.js';
import { refLabel } from '../core/edits/plan.js';
import type { EntryProposal, ProposedEdit } from '../core/revision/proposal.js';
import { TAKES_AWAY } from '../core/feedback/unmade-change.js';
import { commentText, fitComment, foldable } from '../core/text/comment.js';
import { truncateToWidth } from '../core/text/strings.js';
import { terminalDiffStyle } from './diff-view.js';
import { dotted, safeText } from './terminal-text.js';

function clauseLabel(e: ProposedEdit): string {
  if (!e.clause) return e.edit.clause;
  // A heading block's lines run on in the label: it is one line of the listing.
  const title = e.clause.title || truncateToWidth(e.clause.text.replace(/\s+/gu, ' '), 33);
  return `${e.clause.id} (${[e.clause.number, title].filter(Boolean).join(' ')})`;
}

/** Where an edit acts: in a clause, or for a new clause before or after one, or at the end of one (its last child). */
function placeLabel(e: ProposedEdit): string {
  const where = e.edit.op === 'add-clause' ? (e.edit.position === 'inside' ? 'at the end of' : e.edit.position === 'first-paragraph' ? 'as the first 款 of' : e.edit.position) : 'in';
  return `${where} ${clauseLabel(e)}`;
}

export function summary(e: ProposedEdit): string {
  if (e.edit.op === 'replace-all') {
    const clauses = e.clauses?.length ?? 0;
    return `replace-all “${e.edit.quote}” → “${e.edit.text}”: ${e.count ?? 0} occurrence(s) in ${clauses} clause(s)`;
  }
  const units = isUnitEdit(e.edit) ? ` ${roleOf(e.edit)}: ${e.edit.units.join('、')}` : '';
  return `${e.edit.op}${units} ${placeLabel(e)}`;
}

/** Clauses of a replace-all shown, one a line; the rest counted (propose --json lists them all). */
const SHOWN_CLAUSES = 3;

/** An edit's diff as lines: its clause's, or for a replace-all, its first clauses' and how many more. */
function diffLines(e: ProposedEdit, render: (parts: ProposedEdit['diff']) => string): string[] {
  // A clause of several lines (a heading block with hard breaks) is as many lines, each indented by the caller.
  if (!e.clauseDiffs) return render(e.diff).split('\n');
  const more = e.clauseDiffs.length - SHOWN_CLAUSES;
  return [...e.clauseDiffs.slice(0, SHOWN_CLAUSES).flatMap((diff) => render(diff).split('\n')), ...(more > 0 ? [`… and ${more} more clause(s)`] : [])];
}

export function terminal(proposals: EntryProposal[], color: ChalkInstance): string {
  const style = terminalDiffStyle(color);
  const stateColor = (state: string) => (state === 'ok' ? color.green(state) : state === 'conflict' ? color.magenta(state) : color.yellow(state));
  const out: string[] = [];
  for (const { entry, edits } of proposals) {
    out.push(color.bold(dotted(`Entry ${safeText(entry.id)}`, safeText(entry.unit), entry.decision.status)));
    out.push(color.dim(`  ${safeText(entry.comment.replace(/\s+/gu, ' '))}`));
    if (edits.length === 0) out.push(color.yellow(`  no edits: a comment for the clerk to answer (add one with \`redline feedback edit ${safeText(entry.id)} --op …\`)`));
    // What the wording gave no edit for, and why (no quote found, the quote occurs twice, …).
    for (const words of entry.unparsed ?? []) out.push(color.dim(`  ${madeWithNote(words) ? 'note' : 'not made into an edit'}: ${safeText(words)}`));
    for (const e of edits) {
      const confidence = e.edit.confidence !== undefined ? color.dim(` · confidence ${e.edit.confidence}`) : '';
      const inactive = e.active ? '' : color.dim(' · not adopted');
      out.push(`  [${e.index}] ${safeText(summary(e))} · ${stateColor(e.state)}${confidence}${inactive}`);
      if (e.message) out.push(`      ${color.yellow(safeText(e.message))}`);
      if (e.suggestion) out.push(`      ${color.dim(safeText(e.suggestion))}`);
      for (const note of e.notes ?? []) out.push(`      ${color.dim(`note: ${safeText(note)}`)}`);
      if (e.before !== e.after) out.push(...diffLines(e, (parts) => renderDiff(parts, style)).map((line) => `      ${line}`));
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** Markdown for a PR comment or job summary: entries folded when long, the whole under GitHub's limit. */
export function markdown(proposals: EntryProposal[], draft: string): string {
  const edits = proposals.flatMap((p) => p.edits);
  const byState = new Map<string, number>();
  for (const e of edits) byState.set(e.state, (byState.get(e.state) ?? 0) + 1);
  const states = [...byState].map(([state, n]) => `${n} ${state}`).join(', ');
  const header = `## redline: ${proposals.length} ${proposals.length === 1 ? 'entry' : 'entries'} on ${commentText(draft)}\n\n${edits.length} edit(s)${states ? `: ${states}` : ''}`;
  const sections = proposals.map((p) => ({ markdown: entryMarkdown(p), tally: p.entry.decision.status }));
  return fitComment({ header, sections, noun: ['entry', 'entries'], hint: 'Run `redline propose` locally for all of them.' });
}

function entryMarkdown({ entry, edits }: EntryProposal): string {
  const lines: string[] = [`> ${commentText(entry.comment.trim())}`, ''];
  if (edits.length === 0) lines.push('_No edits: a comment for the clerk to answer._');
  for (const words of entry.unparsed ?? []) lines.push('', `_${madeWithNote(words) ? 'Note' : 'Not made into an edit'}:_ ${commentText(words)}`);
  for (const e of edits) {
    const state = e.state === 'ok' ? 'ok' : `**${e.state}**${e.message ? `: ${commentText(e.message)}` : ''}`;
    const conflicts = e.conflictsWith.length ? ` (with ${e.conflictsWith.map(refLabel).map(commentText).join(', ')})` : '';
    const what = e.edit.op === 'replace-all' ? `\`replace-all\` ${commentText(summary(e).replace(/^replace-all /u, ''))}` : `\`${e.edit.op}\` ${commentText(placeLabel(e))}`;
    lines.push(`${e.index}. ${what} — ${state}${conflicts}${e.active ? '' : ' — not adopted'}`);
    for (const note of e.notes ?? []) lines.push(`   _Note:_ ${commentText(note)}`);
    if (e.before !== e.after) lines.push(...diffLines(e, (parts) => renderDiff(parts, MARKDOWN_STYLE)).map((line) => `   ${line}`));
  }
  const body = lines.join('\n');
  const title = `Entry ${entry.id}${entry.unit.trim() ? ` — ${entry.unit}` : ''} (${entry.decision.status})`;
  return foldable(title, body, edits.length > 3 || body.length > 1500);
}

/** A note about an edit that was made (a whole article rewritten, its other 款 taken away), not words left without one. */
function madeWithNote(note: string): boolean {
  return note.includes(TAKES_AWAY);
}
