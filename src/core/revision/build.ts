// The build (pure): from a draft and its decided entries to the four files the
// office publishes: the revised text, the feedback-response table, the
// comparison table (修改对照表) and the redline. Same inputs, same bytes.
import type { Draft } from '../draft/format.js';
import type { Entry } from '../feedback/entry.js';
import { answerCampaigns, campaignMembers } from '../feedback/campaign.js';
import { tally } from '../feedback/tally.js';
import { labelsFor, type Labels } from './labels.js';
import { cellText, pandocFrontMatter, protectParagraph } from '../text/markdown.js';
import { revise, type RevisedClause, type Revision } from './revise.js';
import { wordDiff } from '../diff/word-diff.js';

export interface BuildOutput {
  /** File name inside the output folder. */
  name: string;
  content: string;
}

export interface BuildResult {
  outputs: BuildOutput[];
  revision: Revision;
}

export function build(draft: Pick<Draft, 'name' | 'meta' | 'clauses'>, entries: readonly Entry[], lang?: 'zh' | 'en'): BuildResult {
  const language = lang ?? draft.meta.lang;
  const labels = labelsFor(language);
  const revision = revise(draft, entries);
  const pandocLang = language === 'en' ? 'en-US' : 'zh-CN';
  return {
    revision,
    outputs: [
      { name: `${draft.name}.revised.md`, content: revisedText(draft.meta, revision.clauses, pandocLang) },
      { name: `${draft.name}.feedback.md`, content: responseTable(draft.meta.title, entries, labels, pandocLang) },
      { name: `${draft.name}.comparison.md`, content: comparisonTable(draft.meta.title, revision.clauses, labels, pandocLang) },
      { name: `${draft.name}.redline.md`, content: redlineText(draft.meta.title, revision.clauses, labels, pandocLang) },
    ],
  };
}

function block(clause: RevisedClause, body: string): string {
  return clause.heading !== null ? `${'#'.repeat(clause.heading)} ${body}` : body;
}

function revisedText(meta: Draft['meta'], clauses: readonly RevisedClause[], lang: string): string {
  const parts = [pandocFrontMatter({ title: meta.title, date: meta.date, lang })];
  for (const clause of clauses) {
    if (clause.status === 'removed') continue;
    const text = clause.markerAfter + clause.textAfter;
    parts.push(block(clause, clause.heading !== null ? text : protectParagraph(text)));
  }
  return `${parts.join('\n\n')}\n`;
}

function responseTable(title: string, given: readonly Entry[], labels: Labels, lang: string): string {
  // A campaign is answered once: its first comment's row, with the count; the others follow its decision.
  const entries = answerCampaigns(given);
  const members = campaignMembers(given);
  const following = new Set([...members.values()].flat().map((e) => e.id));
  const counts = tally(entries).byStatus;
  const rows = entries.filter((entry) => !following.has(entry.id)).map((entry) => {
    const reason = entry.decision.status === 'partial' || entry.decision.status === 'rejected' ? entry.decision.reason ?? '' : '';
    const group = members.get(entry.id);
    const comment = group ? `${entry.comment}${labels.campaign(group.length + 1)}` : entry.comment;
    return row([entry.id, entry.unit, comment, labels.statuses[entry.decision.status], reason].map(cellText));
  });
  return [
    pandocFrontMatter({ title: labels.responseTitle(title), lang }),
    labels.summary(counts, entries.length),
    [row([labels.number, labels.unit, labels.comment, labels.decision, labels.reason]), row(['---', '---', '---', '---', '---']), ...rows].join('\n'),
  ].join('\n\n') + '\n';
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c || ' ').join(' | ')} |`;
}

function comparisonTable(title: string, clauses: readonly RevisedClause[], labels: Labels, lang: string): string {
  const changed = clauses.filter((c) => c.status !== 'unchanged' || c.renumbered);
  const rows = changed.map((clause, i) => {
    let original = labels.added;
    let revised = labels.removed;
    if (clause.status !== 'added' && clause.status !== 'removed') {
      original = markedText(clause, 'original', labels);
      revised = markedText(clause, 'revised', labels);
    } else if (clause.status === 'added') {
      revised = bold(clause.markerAfter + clause.textAfter);
    } else {
      original = struck(clause.markerBefore + clause.textBefore);
    }
    return row([String(i + 1), original, revised, clause.entries.join(', ')]);
  });
  const table = changed.length
    ? [row([labels.number, labels.original, labels.revised, labels.entries]), row(['---', '---', '---', '---']), ...rows].join('\n')
    : labels.noChanges;
  return `${[pandocFrontMatter({ title: labels.comparisonTitle(title), lang }), table].join('\n\n')}\n`;
}

/**
 * A clause's text with its changes marked, straight from the applied changes
 * (no diff needed): the original shows deletions, the revised text insertions,
 * the redline both with the entries behind each change. A unit list rewritten
 * whole still shows only the units that changed.
 */
function markedText(clause: RevisedClause, view: 'original' | 'revised' | 'redline', labels: Labels): string {
  const redline = view === 'redline';
  const escape = redline ? (t: string) => t : cellText;
  let number: string;
  if (!clause.renumbered) number = escape(view === 'original' ? clause.markerBefore : clause.markerAfter);
  else if (view === 'original') number = struck(clause.markerBefore);
  else if (view === 'revised') number = bold(clause.markerAfter);
  else number = `${struck(clause.markerBefore.trim())}${bold(clause.markerAfter.trim())}${clause.markerAfter.slice(clause.markerAfter.trimEnd().length)}`;
  let text = '';
  let at = 0;
  for (const change of clause.changes) {
    text += escape(clause.textBefore.slice(at, change.start));
    for (const part of wordDiff(clause.textBefore.slice(change.start, change.end), change.text)) {
      if (part.kind === 'equal') text += cellText(part.text);
      else if (part.kind === 'delete' && view !== 'revised') text += struck(part.text);
      else if (part.kind === 'insert' && view !== 'original') text += bold(part.text);
    }
    if (redline) text += labels.attribution(change.entries);
    at = change.end;
  }
  return number + text + escape(clause.textBefore.slice(at));
}

function struck(text: string): string {
  return text.trim() === '' ? cellText(text) : `~~${cellText(text)}~~`;
}

function bold(text: string): string {
  return text.trim() === '' ? cellText(text) : `**${cellText(text)}**`;
}

function redlineText(title: string, clauses: readonly RevisedClause[], labels: Labels, lang: string): string {
  const parts = [pandocFrontMatter({ title: labels.redlineTitle(title), lang }), labels.redlineNote];
  for (const clause of clauses) {
    if (clause.status === 'removed') {
      parts.push(block(clause, `${struck(clause.markerBefore + clause.textBefore)}${labels.attribution(clause.entries)}`));
      continue;
    }
    if (clause.status === 'added') {
      parts.push(block(clause, `${bold(clause.markerAfter + clause.textAfter)}${labels.attribution(clause.entries)}`));
      continue;
    }
    const body = markedText(clause, 'redline', labels);
    parts.push(block(clause, clause.heading !== null || clause.renumbered ? body : protectParagraph(body)));
  }
  return `${parts.join('\n\n')}\n`;
}
