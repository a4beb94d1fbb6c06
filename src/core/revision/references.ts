// Cross-references follow renumbering: when articles, 款 or 项 are added or
// removed, every reference in the revised text to a unit that moved is
// rewritten to its new number (本规定第十六条至第二十条 → 第十五条至第十九条;
// 前两款 → 前款 when one of the two is gone). References are read as the
// draft numbered its units when the comments were written, in new text too.
// A reference to a removed unit is not guessed at: it is reported.
import type { Clause } from '../draft/clause.js';
import { citableClauses, cite } from '../draft/citation.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import type { ClauseTree } from '../draft/locate.js';
import { chineseNumeral } from '../draft/numerals.js';
import { findReferences, paragraphOfClause, resolveCite, type Cite, type CitedLevel, type Reference, type ResolvedCite } from '../draft/references.js';
import type { Change, PlannedEdit } from '../edits/plan.js';
import type { AttributedChange, RevisedClause, RevisionProblem } from './revise.js';

interface Rewrite extends Change {
  entries: string[];
}

interface Context {
  tree: ClauseTree;
  byOriginal: Map<string, RevisedClause>;
  removedBy: ReadonlyMap<string, PlannedEdit>;
  problems: RevisionProblem[];
  names: ReturnType<typeof citableClauses>;
}

export function renumberReferences(tree: ClauseTree, revised: RevisedClause[], removedBy: ReadonlyMap<string, PlannedEdit>): RevisionProblem[] {
  const context: Context = {
    tree,
    byOriginal: new Map(revised.filter((c) => c.original).map((c) => [c.original!.id, c])),
    removedBy,
    problems: [],
    names: citableClauses(tree.clauses),
  };
  // Nothing moved and nothing removed: every reference still points where it did.
  if (!revised.some((c) => c.renumbered || c.movedBy.length > 0 || c.status === 'removed' || c.status === 'added')) return [];
  for (const clause of revised) {
    if (clause.status === 'removed') continue;
    if (clause.original) renumberInClause(context, clause, clause.original);
    else if (clause.sequenceOf) clause.textAfter = rewriteText(context, clause.textAfter, clause.sequenceOf, true);
  }
  return context.problems;
}

/** References in a clause's own text become changes; those inside an edit's new text are rewritten there. */
function renumberInClause(context: Context, clause: RevisedClause, citing: Clause): void {
  const edits = [...clause.changes];
  const added: AttributedChange[] = [];
  for (const rewrite of rewritesIn(context, clause.textBefore, citing, false)) {
    const inside = edits.some((c) => (c.start < rewrite.end && rewrite.start < c.end) || (c.start === c.end && rewrite.start < c.start && c.start < rewrite.end));
    if (!inside) added.push({ ...rewrite, reference: true });
  }
  for (const change of edits) {
    if (change.text !== '') change.text = rewriteText(context, change.text, citing, false);
  }
  clause.changes.push(...added);
}

/** New text (an edit's, an added clause's) with its references renumbered; only absolute ones where it has no place yet. */
function rewriteText(context: Context, text: string, citing: Clause, absoluteOnly: boolean): string {
  const rewrites = rewritesIn(context, text, citing, absoluteOnly).sort((a, b) => b.start - a.start);
  let out = text;
  for (const r of rewrites) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}

function rewritesIn(context: Context, text: string, citing: Clause, absoluteOnly: boolean): Rewrite[] {
  const rewrites: Rewrite[] = [];
  for (const reference of findReferences(text)) {
    if (absoluteOnly && reference.groups.some((g) => g.from.scope || g.from.previous || !g.from.levels.some((l) => l.kind === '条'))) continue;
    rewrites.push(...referenceRewrites(context, text, reference, citing));
  }
  return rewrites;
}

function referenceRewrites(context: Context, text: string, reference: Reference, citing: Clause): Rewrite[] {
  const rewrites: Rewrite[] = [];
  let before: ResolvedCite | undefined;
  for (const group of reference.groups) {
    const from = resolveCite(context.tree, citing, group.from, before);
    if (!from) return [];
    const to = group.to ? resolveCite(context.tree, citing, group.to, from) : null;
    if (group.to && !to) return [];
    before = to ?? from;
    const range = to ? inward(context, from, to) : null;
    if (to && !range) {
      dangling(context, text, reference, citing, from.targets[0]!);
      return [];
    }
    for (const [c, resolved] of [[group.from, range?.[0] ?? from], ...(group.to && range ? [[group.to, range[1]] as const] : [])] as const) {
      const result = citeRewrites(context, c, resolved, citing);
      if ('removed' in result) {
        dangling(context, text, reference, citing, result.removed);
        return [];
      }
      rewrites.push(...result.rewrites);
    }
  }
  return rewrites;
}

/** A range whose end was removed shrinks to the units left inside it; null when none is left. */
function inward(context: Context, from: ResolvedCite, to: ResolvedCite): [ResolvedCite, ResolvedCite] | null {
  const first = from.targets[0]!;
  const last = to.targets.at(-1)!;
  if (!context.removedBy.has(first.id) && !context.removedBy.has(last.id)) return [from, to];
  // Articles are one sequence through the whole draft; items, one per list.
  const articles = first.marker?.style === ARTICLE_STYLE;
  const sequence = context.tree.clauses.filter((c) => c.marker?.style === first.marker?.style && (articles || c.parent === first.parent));
  const inside = sequence.slice(sequence.indexOf(first), sequence.indexOf(last) + 1).filter((c) => !context.removedBy.has(c.id));
  if (inside.length === 0) return null;
  const at = (clause: Clause, like: ResolvedCite): ResolvedCite => ({ ...like, targets: [clause], ...(like.kind === '条' ? { article: clause } : {}) });
  return [at(inside[0]!, from), at(inside.at(-1)!, to)];
}

/** The new numerals of one cite, or the removed unit it names. */
function citeRewrites(context: Context, c: Cite, resolved: ResolvedCite, citing: Clause): { rewrites: Rewrite[] } | { removed: Clause } {
  const rewrites: Rewrite[] = [];
  if (c.previous && c.previous.kind !== '条') return previousRewrite(context, c, resolved, citing);
  for (const level of c.levels) {
    const unit = unitAt(context, level, resolved);
    if (!unit) return { rewrites: [] };
    if (context.removedBy.has(unit.id)) return { removed: unit };
    const after = context.byOriginal.get(unit.id)!;
    const value = level.kind === '款' ? (unit.marker?.style === ARTICLE_STYLE ? 1 : after.paragraphAfter) : after.valueAfter;
    if (value === undefined || value === null || value === level.value) continue;
    rewrites.push({ start: level.start, end: level.end, text: level.arabic ? String(value) : chineseNumeral(value), entries: after.movedBy });
  }
  return { rewrites };
}

function unitAt(context: Context, level: CitedLevel, resolved: ResolvedCite): Clause | undefined {
  if (level.kind === '条') return resolved.article;
  if (level.kind === '款') return resolved.paragraph ?? resolved.article;
  const target = resolved.targets[0];
  if (level.kind === '项' && target?.marker?.style !== '（一）' && target?.parent) return context.tree.byId.get(target.parent);
  return target;
}

/** 前款, 前两款, 前项: the same units, counted again from where the citing 款 or 项 now stands. */
function previousRewrite(context: Context, c: Cite, resolved: ResolvedCite, citing: Clause): { rewrites: Rewrite[] } | { removed: Clause } {
  const previous = c.previous!;
  const removed = resolved.targets.find((t) => context.removedBy.has(t.id));
  if (removed && resolved.targets.every((t) => context.removedBy.has(t.id))) return { removed };
  const kept = resolved.targets.filter((t) => !context.removedBy.has(t.id)).map((t) => context.byOriginal.get(t.id)!);
  const own = previous.kind === '款' ? paragraphOfClause(context.tree, citing) : citing;
  if (!own || previous.kind === '条') return { rewrites: [] };
  const number = (r: RevisedClause) => (previous.kind === '款' ? (r.original?.marker?.style === ARTICLE_STYLE ? 1 : r.paragraphAfter) : r.valueAfter) ?? 0;
  const ownAfter = number(context.byOriginal.get(own.id)!);
  const values = kept.map(number).sort((a, b) => a - b);
  const counted = values.length > 0 && values.every((v, i) => v === ownAfter - values.length + i);
  let phrase: string;
  if (counted) phrase = values.length === 1 ? `前${previous.kind}` : `前${values.length === 2 ? '两' : chineseNumeral(values.length)}${previous.kind}`;
  else phrase = explicit(values, previous.kind);
  const written = `前${previous.count === 1 ? '' : previous.count === 2 ? '两' : chineseNumeral(previous.count)}${previous.kind}`;
  if (phrase === written) return { rewrites: [] };
  const entries = [...new Set([...kept, ...resolved.targets.map((t) => context.byOriginal.get(t.id)!)].flatMap((r) => [...r.movedBy, ...r.entries]))];
  return { rewrites: [{ start: previous.start, end: previous.end, text: phrase, entries }] };
}

/** 第一款、第三款 or 第一款至第三款. */
function explicit(values: readonly number[], kind: string): string {
  const contiguous = values.every((v, i) => i === 0 || v === values[i - 1]! + 1);
  if (contiguous && values.length >= 3) return `第${chineseNumeral(values[0]!)}${kind}至第${chineseNumeral(values.at(-1)!)}${kind}`;
  return values.map((v) => `第${chineseNumeral(v)}${kind}`).join('、');
}

function dangling(context: Context, text: string, reference: Reference, citing: Clause, target: Clause): void {
  const by = context.removedBy.get(target.id);
  const quoted = text.slice(reference.start, reference.end);
  context.problems.push({
    rule: 'dangling-reference',
    clause: citing.id,
    message: `${cite(context.names, citing.id)} (${citing.id}) cites ${cite(context.names, target.id)}, which is removed: “${quoted}”`,
    edits: by ? [by.ref] : [],
  });
}
