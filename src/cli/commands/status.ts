import { DECISION_STATUSES } from '../../core/feedback/decision.js';
import type { DecisionCounts } from '../../core/feedback/tally.js';
import { commentText, fitComment, type CommentSection } from '../../core/text/comment.js';
import { afterSuccess } from '../after-success.js';
import { calendarDate, compareDates, isCalendarDate, localToday } from '../dates.js';
import type { Io } from '../io.js';
import { reportProblems } from '../report.js';
import { StatusCache, type DraftCounts } from '../status-cache.js';
import { safeText } from '../terminal-text.js';
import { draftNames, findWorkspace } from '../workspace.js';

type Counts = DecisionCounts;
export type Format = 'text' | 'markdown' | 'json';

interface DraftStatus {
  draft: string;
  entries: number;
  byStatus: Counts;
  byUnit: Record<string, Counts>;
  stale: number;
  window?: { from: string; to: string; open: boolean };
  /** The window's dates are not on the calendar, or it opens after it closes: it is judged neither open nor closed (never in --json: `open` is false). */
  unjudged?: boolean;
}

const STATUSES = DECISION_STATUSES;

export interface StatusOptions {
  format: Format;
  /** The date the consultation window is judged on, as YYYY-MM-DD (default: today). */
  today?: string;
}

export async function statusCommand({ format, ...flags }: StatusOptions, io: Io): Promise<number> {
  // redline.yaml is checked only when it is not the version status checked before (it holds nothing status uses).
  const workspace = findWorkspace(io.cwd, { deferConfig: true });
  const today = flags.today !== undefined ? calendarDate(flags.today, '--today') : localToday();
  // Each draft's counts from the status cache when its files are as they were counted; else from the files.
  const cache = StatusCache.open(workspace.root, io.env);
  cache.checkConfig(workspace);
  const report: DraftStatus[] = [];
  for (const name of draftNames(workspace)) {
    const { files, listing } = cache.files(workspace, name);
    let counts: DraftCounts | undefined = cache.get(name, files);
    if (!counts) {
      const { countDraft } = await import('../status-counts.js');
      const counted = countDraft(workspace, name, listing);
      reportProblems(io, counted.warnings);
      if (counted.warnings.length === 0) cache.put(name, files, counted.counts);
      counts = counted.counts;
    }
    const { window, ...rest } = counts;
    report.push({ draft: name, ...rest, ...(window ? windowStatus(window, today) : {}) });
  }
  // Written only if the command succeeds, as every cache.
  afterSuccess(() => cache.save());
  if (format === 'json') io.stdout(`${JSON.stringify(report.map(({ unjudged: _unjudged, ...r }) => r), null, 2)}\n`);
  else if (format === 'markdown') io.stdout(markdown(report));
  else io.stdout(text(report));
  return 0;
}

/** Open or closed on `today`; a window whose dates check refuses is judged neither. */
function windowStatus(window: { from: string; to: string }, today: string): Pick<DraftStatus, 'window' | 'unjudged'> {
  const valid = isCalendarDate(window.from) && isCalendarDate(window.to) && compareDates(window.from, window.to) <= 0;
  const open = valid && compareDates(window.from, today) <= 0 && compareDates(today, window.to) <= 0;
  return { window: { ...window, open }, ...(valid ? {} : { unjudged: true }) };
}

/** The window as status says it: open, closed, or not judged. */
function windowText(r: DraftStatus): string {
  const state = r.unjudged ? 'not judged, its dates are not valid (redline check says why)' : r.window!.open ? 'open' : 'closed';
  return `consultation ${safeText(r.window!.from)} to ${safeText(r.window!.to)}: ${state}`;
}

/** Entries imported with no unit (a public comment file without names) are counted together, under a name that says so. */
const unitName = (unit: string) => unit || '(no unit)';

const entriesText = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

const counts = (c: Counts) => STATUSES.filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`).join(', ') || 'none';

function text(report: readonly DraftStatus[]): string {
  const out: string[] = [];
  for (const r of report) {
    out.push(`${r.draft}: ${entriesText(r.entries)} (${counts(r.byStatus)}); ${r.stale} stale edit(s)`);
    if (r.window) out.push(`  ${windowText(r)}`);
    for (const [unit, c] of Object.entries(r.byUnit)) out.push(`  ${safeText(unitName(unit))}: ${counts(c)}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** One table per draft (units by decision); rows left out past GitHub's limit are counted. */
function markdown(report: readonly DraftStatus[]): string {
  const sections: CommentSection[] = [];
  for (const r of report) {
    const window = r.window ? `; ${windowText(r)}` : '';
    sections.push({
      markdown: [
        `### ${commentText(r.draft)}`,
        '',
        `${entriesText(r.entries)} (${counts(r.byStatus)}); ${r.stale} stale edit(s)${window}`,
        '',
        `| unit | ${STATUSES.join(' | ')} |`,
        `| --- |${STATUSES.map(() => ' ---: |').join('')}`,
      ].join('\n'),
      tally: 'draft',
    });
    for (const [unit, c] of Object.entries(r.byUnit)) {
      sections.push({ markdown: `| ${commentText(unitName(unit))} | ${STATUSES.map((k) => c[k]).join(' | ')} |`, tally: 'unit row', joiner: '\n' });
    }
  }
  return fitComment({ header: '## redline status', sections, noun: ['row', 'rows'], hint: 'Run `redline status` locally for all of them.' });
}
