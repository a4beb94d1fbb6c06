// The next consultation round (pure): the revised text of this round becomes
// the next round's draft with the same clause IDs (a clause an edit added gets
// the next unused ID), decided entries stay with the round that decided them,
// and pending entries go on, each text edit re-anchored to the words it
// pointed at (an occurrence number where the quote now repeats).
import type { Document } from 'yaml';
import type { Block, Clause } from '../draft/clause.js';
import { formatDraft, nextIdNumber, parseDraft, type Draft } from '../draft/format.js';
import { anchorQuote } from '../edits/anchor.js';
import { occurrences, quoteOccurrences, type TextLang } from '../text/strings.js';
import { isTextEdit, type Edit, type TextEdit } from '../edits/edit.js';
import { markConflicts, resolveEdits, type EditState, type PlannedEdit } from '../edits/plan.js';
import { answerCampaigns } from '../feedback/campaign.js';
import { namedClauseIds, type Entry } from '../feedback/entry.js';
import { InputError } from '../problem.js';
import { revise, type RevisedClause, type RevisionProblem } from './revise.js';

/** A clause an adopted edit added, with the ID it gets in the next round. */
export interface AddedClause {
  id: string;
  /** Its name in this round's revision (revise()'s ID for an added clause). */
  from: string;
  entries: string[];
}

/** How one edit of a pending entry stands in the next round's draft. */
export interface CarriedEdit {
  index: number;
  state: EditState;
  message?: string;
  /** The anchor now names the occurrence of its quote (it repeats, or moved past an earlier one). */
  occurrence?: number;
  /** prefix / suffix no longer hold and are dropped in favour of the occurrence. */
  dropContext?: boolean;
}

export interface CarriedEntry {
  entry: Entry;
  edits: CarriedEdit[];
}

export interface RoundPlan {
  /** The round that closes, and the one that starts. */
  round: number;
  next: number;
  draftText: string;
  draftClauses: Clause[];
  decided: Entry[];
  /**
   * Pending campaign members whose lead is decided: its decision answers them,
   * so they are archived with it (carried alone, they would follow a lead that
   * is no entry of the next round, and its table would list them as pending).
   */
  following: Entry[];
  carried: CarriedEntry[];
  added: AddedClause[];
  /** Adopted edits that did not apply: the round cannot close with them. */
  unapplied: PlannedEdit[];
  /** Adopted edits that remove what the text still cites (check's errors): nor with these. */
  dangling: RevisionProblem[];
}

/** The round a draft is in: `round:` in its front matter, 1 when absent. */
export function roundOf(frontMatter: Document): number {
  const value = Number(frontMatter.get('round') ?? 1);
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

export function nextRound(draft: Draft, entries: readonly Entry[], usedIds: Iterable<string>, name = draft.name): RoundPlan {
  const round = roundOf(draft.frontMatter);
  const decided = entries.filter((e) => e.decision.status !== 'pending');
  // (answerCampaigns gives a member its lead's decision: pending while the lead is, and then both are carried.)
  const answered = new Set(answerCampaigns(entries).filter((e) => e.decision.status !== 'pending').map((e) => e.id));
  const following = entries.filter((e) => e.decision.status === 'pending' && answered.has(e.id));
  const pending = entries.filter((e) => !answered.has(e.id));
  const revision = revise(draft, decided);
  // A removed clause that an entry still names keeps its ID to itself, as one of a closed round does.
  let next = nextIdNumber([...usedIds, ...draft.clauses.map((c) => c.id), ...namedClauseIds(entries)]);
  const nextId = () => `c${next++}`;
  const added: AddedClause[] = [];
  const blocks: Block[] = [];
  for (const clause of revision.clauses) {
    if (clause.status === 'removed') continue;
    let id = clause.id;
    if (clause.status === 'added') {
      id = nextId();
      added.push({ id, from: clause.id, entries: clause.entries });
    }
    blocks.push({ id, heading: clause.heading, source: clause.markerAfter + clause.textAfter, line: 0 });
  }
  const frontMatter = draft.frontMatter.clone();
  frontMatter.set('round', round + 1);
  const draftText = formatDraft(frontMatter, blocks);
  const parsed = parseDraft(draftText, `${name}.md`, name);
  const errors = parsed.problems.filter((p) => p.fatal !== false);
  if (errors.length > 0) throw new InputError(errors);
  const draftClauses = parsed.draft.clauses;
  const revised = new Map(revision.clauses.map((c) => [c.id, c]));
  const carried = carry(pending, draft.clauses, revised, draftClauses, draft.meta.lang);
  const dangling = revision.problems.filter((p) => p.rule === 'dangling-reference');
  return { round, next: round + 1, draftText, draftClauses, decided, following, carried, added, unapplied: revision.unapplied, dangling };
}


function carry(pending: readonly Entry[], oldClauses: readonly Clause[], revised: Map<string, RevisedClause>, newClauses: readonly Clause[], lang: TextLang): CarriedEntry[] {
  const oldById = new Map(oldClauses.map((c) => [c.id, c]));
  const newById = new Map(newClauses.map((c) => [c.id, c]));
  // Each edit as it will be written: re-anchored where the words moved.
  const moved = new Map<string, Pick<CarriedEdit, 'occurrence' | 'dropContext'>>();
  const inputs = pending.flatMap((entry) =>
    entry.edits.map((edit, i) => {
      const ref = { entry: entry.id, index: i + 1 };
      if (!isTextEdit(edit)) return { ref, edit };
      const anchor = reanchor(edit, oldById.get(edit.clause), revised.get(edit.clause), newById.get(edit.clause), oldClauses, newClauses, lang);
      if (!anchor) return { ref, edit };
      moved.set(`${ref.entry}#${ref.index}`, anchor);
      return { ref, edit: withAnchor(edit, anchor) };
    }),
  );
  // States as `propose` will give them in the next round (a pending entry puts all its edits forward).
  const planned = resolveEdits(newClauses, inputs, undefined, lang);
  markConflicts(planned);
  return pending.map((entry) => ({
    entry,
    edits: planned
      .filter((p) => p.ref.entry === entry.id)
      .map((p) => ({ index: p.ref.index, state: p.state, ...(p.message ? { message: p.message } : {}), ...moved.get(`${entry.id}#${p.ref.index}`) })),
  }));
}

function withAnchor(edit: TextEdit, anchor: Pick<CarriedEdit, 'occurrence' | 'dropContext'>): Edit {
  const { prefix: _prefix, suffix: _suffix, occurrence: _occurrence, ...rest } = edit;
  return { ...(anchor.dropContext ? rest : edit), ...(anchor.occurrence !== undefined ? { occurrence: anchor.occurrence } : {}) } as Edit;
}

/**
 * Where the quote of a text edit stands in the next round: its place in this
 * round's text moved past the adopted changes before it. Undefined when the
 * edit needs no change (it resolves to the same words), or cannot be followed
 * (it was not ok, or an adopted change rewrote the quoted words).
 */
function reanchor(
  edit: TextEdit,
  old: Clause | undefined,
  revisedClause: RevisedClause | undefined,
  now: Clause | undefined,
  oldClauses: readonly Clause[],
  newClauses: readonly Clause[],
  lang: TextLang,
): Pick<CarriedEdit, 'occurrence' | 'dropContext'> | undefined {
  if (!old || !revisedClause || !now || now.text !== revisedClause.textAfter) return undefined;
  const before = anchorQuote(old, edit, oldClauses, lang);
  if (before.state !== 'ok') return undefined;
  let shift = 0;
  for (const change of revisedClause.changes) {
    if (change.end <= before.start) shift += change.text.length - (change.end - change.start);
    else if (change.start < before.end) return undefined;
  }
  const at = before.start + shift;
  const after = anchorQuote(now, edit, newClauses, lang);
  if (after.state === 'ok' && after.start === at) return undefined;
  // (A place the quote stands as the draft's language finds it, numbered among every place it is written, as an edit's occurrence counts.)
  if (!quoteOccurrences(now.text, edit.quote, lang).includes(at)) return undefined;
  const k = occurrences(now.text, edit.quote).indexOf(at);
  return { occurrence: k + 1, ...(edit.prefix !== undefined || edit.suffix !== undefined ? { dropContext: true } : {}) };
}
