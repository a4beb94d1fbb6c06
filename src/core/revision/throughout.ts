// A change throughout (全文中的“A”统一修改为“B”, strike 'X' each place it
// appears) changes the draft's own words. New words that other adopted edits
// write (a new article, a rewrite, an insertion) and that still say the old
// term are not changed behind their entry's back: each place is said, so
// that the clerk changes that entry's text or keeps the term there on purpose.
import { cite, citableClauses } from '../draft/citation.js';
import type { ClauseTree } from '../draft/locate.js';
import { changeInTerm, longerTermsNamed, occurrenceChanges, type PlannedEdit } from '../edits/plan.js';
import type { RevisedClause, RevisionProblem } from './revise.js';

export function missedByThroughout(tree: ClauseTree, revised: readonly RevisedClause[], applied: readonly PlannedEdit[]): RevisionProblem[] {
  const throughout = applied.filter((p) => p.edit.op === 'replace-all');
  if (throughout.length === 0) return [];
  const problems: RevisionProblem[] = [];
  let names: ReturnType<typeof citableClauses> | undefined;
  for (const clause of revised) {
    if (clause.status !== 'added' && clause.status !== 'changed') continue;
    for (const p of throughout) {
      if (p.edit.op !== 'replace-all') continue;
      const { quote, text } = p.edit;
      if (!clause.textAfter.includes(quote)) continue;
      // (“Director” in the “Regional Director” another change throughout wrote: that term's, as in the draft's own words: plan.ts leaveToNamedTerms.)
      const terms = longerTermsNamed(p, throughout);
      const left = occurrenceChanges(clause.textAfter, quote, text).filter((c) => !terms.some(({ term }) => changeInTerm(clause.textAfter, quote, c, term)));
      if (left.length === 0) continue;
      // (The draft's own occurrences are all changed once the edit applies: what is left was written by the others.)
      const writers = clause.entries.filter((id) => id !== p.ref.entry);
      if (writers.length === 0) continue;
      names ??= citableClauses(tree.clauses);
      const where = clause.original ? `${cite(names, clause.id)} (${clause.id})` : `new ${clause.markerAfter.trim().replace(/[、.．]$/u, '') || 'text'}`;
      const by = writers.length === 1 ? `entry ${writers[0]}` : `entries ${writers.join(', ')}`;
      problems.push({
        rule: 'throughout-missed',
        clause: clause.id,
        message: `the change throughout (“${quote}” → “${text}”) leaves “${quote}” in the new words ${by} wrote in ${where}: change it in that text, or keep it there on purpose`,
        edits: [p.ref],
      });
    }
  }
  return problems;
}
