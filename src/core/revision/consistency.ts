// What `redline check` asks of a draft and its entries (pure): every edit an
// entry puts forward applies, no adopted edits conflict, no adopted edit
// removes a unit that the text still cites, partial decisions name their
// edits, and, when final, every entry is decided. It warns where an edit
// coordinates a term with itself (股东会或者股东会).
import type { Clause } from '../draft/clause.js';
import { clauseTree } from '../draft/locate.js';
import { decidedOnOtherEdits, lacking, type DecisionNeed } from '../feedback/decision.js';
import type { Entry } from '../feedback/entry.js';
import type { PlannedEdit } from '../edits/plan.js';
import type { TextLang } from '../text/strings.js';
import { answerCampaigns } from '../feedback/campaign.js';
import { unmadeChange } from '../feedback/unmade-change.js';
import { editCoordinationMessages } from './coordination.js';
import { sameNumbers, takenNumberMessage } from './taken-numbers.js';
import { activePlanned, planEntries } from './proposal.js';
import { revise } from './revise.js';

export interface Finding {
  entry: Entry;
  /** 1-based edit number, when the finding is about one edit. */
  edit?: number;
  message: string;
  rule: string;
  warning?: boolean;
  /** What the entry's decision lacks, for the shell to say how to give it. */
  lacks?: DecisionNeed[];
  /** The decision was taken on other edits: the shell says how to take it again. */
  decideAgain?: boolean;
}

/**
 * An entry whose edits changed after its decision (its digest is of other
 * edits): a branch that edited the entry merged cleanly with one that decided
 * it, and `edits: [1]` may now adopt another edit than the one decided on.
 */
export function changedSinceDecision(entry: Entry): string | undefined {
  if (!decidedOnOtherEdits(entry.decision, entry.edits)) return undefined;
  const { status, edits: named = [] } = entry.decision;
  const now = named.map((n) => (entry.edits[n - 1] ? `edit ${n} is now ${entry.edits[n - 1]!.op} in ${entry.edits[n - 1]!.clause}` : `edit ${n} is gone`));
  const decided = named.length > 0 ? `${status}, edits ${named.join(', ')}: ${now.join(', ')}` : status;
  return `entry ${entry.id}: its edits changed after it was decided (${decided}; ${entry.edits.length} edit(s) in all), likely in a git merge`;
}

export function checkEntries(clauses: readonly Clause[], given: readonly Entry[], final: boolean, lang: TextLang): Finding[] {
  const findings: Finding[] = [];
  const ids = new Set(given.map((e) => e.id));
  const entries = answerCampaigns(given);
  const tree = clauseTree(clauses);
  const planned = planEntries(clauses, entries, tree, lang);
  for (const entry of entries) {
    // Before all else: every other finding about the entry reads its decision.
    const changed = changedSinceDecision(entry);
    if (changed) findings.push({ entry, message: changed, rule: 'decision-changed', decideAgain: true });
    const lacks = lacking(entry.decision);
    if (entry.decision.status === 'rejected' && lacks.includes('reason')) {
      findings.push({ entry, message: `entry ${entry.id} is rejected without a reason`, rule: 'reason', lacks: ['reason'] });
    }
    if (entry.decision.status === 'rejected') continue;
    for (const p of planned.get(entry.id)!) {
      if (p.state === 'stale' || p.state === 'ambiguous') {
        findings.push({ entry, edit: p.ref.index, message: `${p.message}${p.suggestion ? ` (${p.suggestion})` : ''}`, rule: p.state });
      } else if (p.state === 'conflict' && entry.decision.status === 'pending') {
        findings.push({ entry, edit: p.ref.index, message: p.message ?? 'conflict', rule: 'conflict', warning: true });
      } else if (entry.decision.status === 'pending') {
        // (Those of an adopted edit are the revision's, below.)
        for (const message of editCoordinationMessages(p, tree)) findings.push({ entry, edit: p.ref.index, message: `entry ${entry.id}, edit ${p.ref.index}: ${message}`, rule: 'self-coordination', warning: true });
        const taken = takenNumberMessage(p, clauses);
        if (taken) findings.push({ entry, edit: p.ref.index, message: `entry ${entry.id}, edit ${p.ref.index}: ${taken}`, rule: 'taken-number', warning: true });
      }
    }
    if (entry.campaign && !ids.has(entry.campaign)) {
      findings.push({ entry, message: `entry ${entry.id} follows campaign ${entry.campaign}, which is not an entry`, rule: 'campaign' });
    }
    // An imported 部分采纳 leaves the edits to the clerk: to be chosen before publishing.
    if (entry.decision.status === 'partial' && lacks.includes('edits') && !entry.campaign) {
      findings.push({ entry, message: `entry ${entry.id} is partially adopted: name the adopted edits`, rule: 'partial-edits', warning: !final, lacks: ['edits'] });
    }
    if (entry.decision.status === 'partial' && lacks.includes('reason')) {
      findings.push({ entry, message: `entry ${entry.id} is partially adopted without a reason`, rule: 'reason', lacks: ['reason'] });
    }
    if (final && entry.decision.status === 'pending') findings.push({ entry, message: `entry ${entry.id} is not decided yet`, rule: 'pending' });
    // Final: the response table would say 采纳 of a text left as it was.
    const unmade = unmadeChange(entry);
    if (unmade) findings.push({ entry, message: unmade, rule: 'adopted-without-edit', warning: !final });
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  // Two new articles of one 第X条之Y, one of them pending (those of two adopted edits are the revision's, below).
  const pending = (p: PlannedEdit) => byId.get(p.ref.entry)!.decision.status === 'pending';
  for (const { edit, first, message } of sameNumbers(activePlanned(entries, planned), clauses)) {
    if (pending(edit) || pending(first)) findings.push({ entry: byId.get(edit.ref.entry)!, edit: edit.ref.index, message: `entry ${edit.ref.entry}, edit ${edit.ref.index}: ${message}`, rule: 'taken-number', warning: true });
  }
  // Adopted edits must not conflict with each other, nor leave a reference to what they remove.
  const revision = revise({ clauses, meta: { numbering: { continuous: [] }, lang } }, entries);
  for (const p of revision.unapplied) {
    if (p.state === 'conflict') findings.push({ entry: byId.get(p.ref.entry)!, edit: p.ref.index, message: `adopted edits conflict: ${p.message}`, rule: 'conflict' });
  }
  for (const problem of revision.problems) {
    for (const ref of problem.edits) {
      findings.push({
        entry: byId.get(ref.entry)!,
        edit: ref.index,
        message: `entry ${ref.entry}, edit ${ref.index}: ${problem.message}`,
        rule: problem.rule,
        ...(problem.rule === 'dangling-reference' ? {} : { warning: true }),
      });
    }
  }
  return findings;
}

/**
 * What adopting these entries would not bring into the text: their adopted
 * edits that are stale, ambiguous or in conflict with another adopted edit,
 * and references to what they remove. `decide` prints these as warnings.
 */
export function adoptionWarnings(clauses: readonly Clause[], entries: readonly Entry[], decided: ReadonlySet<string>, lang: TextLang): string[] {
  const revision = revise({ clauses, meta: { numbering: { continuous: [] }, lang } }, entries);
  const warnings = entries.filter((e) => decided.has(e.id)).flatMap((e) => unmadeChange(e) ?? []);
  warnings.push(...revision.unapplied.filter((p) => decided.has(p.ref.entry)).map((p) => `not applied (${p.state}): ${p.message ?? ''}`));
  for (const problem of revision.problems) {
    for (const ref of problem.edits.filter((r) => decided.has(r.entry))) warnings.push(`entry ${ref.entry}, edit ${ref.index}: ${problem.message}`);
  }
  return warnings;
}
