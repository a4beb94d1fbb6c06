// Cross-references follow renumbering: when articles, 款 or 项 are added or
// removed, every reference in the revised text to a unit that moved is
// rewritten to its new number (本规定第十六条至第二十条 → 第十五条至第十九条;
// 前两款 → 前款 when one of the two is gone; 前条 → 第八条 when an article
// comes between). References are read as the draft numbered its units when
// the comments were written, in new text too. A reference to a removed unit
// is not guessed at: it is reported. No rewrite ever writes a number that the
// revised text does not have: where one cannot be given, the reference is
// reported and left as written. English cross-references (section 5(b),
// paragraphs (5) through (9)) follow the same way (english-references.ts).
import type { Clause } from '../draft/clause.js';
import { citableClauses, cite } from '../draft/citation.js';
import { findEnglishReferences, type EnglishReference } from '../draft/english-references.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import type { ClauseTree } from '../draft/locate.js';
import { readMarker } from '../draft/numbering.js';
import { chineseNumeral } from '../draft/numerals.js';
import { findReferences, paragraphOfClause, resolveCite, type Cite, type CitedLevel, type Reference, type ResolvedCite } from '../draft/references.js';
import type { Change, PlannedEdit } from '../edits/plan.js';
import { formatNumeral } from './renumber.js';
import type { AttributedChange, RevisedClause, RevisionProblem } from './revise.js';

interface Rewrite extends Change {
  entries: string[];
}

interface Context {
  tree: ClauseTree;
  byOriginal: Map<string, RevisedClause>;
  revised: readonly RevisedClause[];
  removedBy: ReadonlyMap<string, PlannedEdit>;
  /** Articles whose own paragraph (their first 款) an edit removes, the next 款 moving up. */
  paragraphRemovedBy: ReadonlyMap<string, PlannedEdit>;
  applied: readonly PlannedEdit[];
  problems: RevisionProblem[];
  names: ReturnType<typeof citableClauses>;
  english: boolean;
}

/** What a cite's numbers become: the rewrites, or the unit it names that is gone (or cannot be numbered). */
type Outcome = { rewrites: Rewrite[] } | { removed: Clause; why?: string };

export function renumberReferences(
  tree: ClauseTree,
  revised: RevisedClause[],
  removedBy: ReadonlyMap<string, PlannedEdit>,
  applied: readonly PlannedEdit[],
  paragraphRemovedBy: ReadonlyMap<string, PlannedEdit> = new Map(),
): RevisionProblem[] {
  // Nothing moved and nothing removed: every reference still points where it did.
  if (!revised.some((c) => c.renumbered || c.movedBy.length > 0 || c.status === 'removed' || c.status === 'added' || c.ownParagraphRemoved)) return [];
  const context: Context = {
    tree,
    byOriginal: new Map(revised.filter((c) => c.original).map((c) => [c.original!.id, c])),
    revised,
    removedBy,
    paragraphRemovedBy,
    applied,
    problems: [],
    names: citableClauses(tree.clauses),
    english: !tree.clauses.some((c) => c.marker?.style === ARTICLE_STYLE) && tree.clauses.some((c) => c.marker && /^(SEC\.|Sec\.|SECTION|Section)/u.test(c.marker.raw)),
  };
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
  if (context.english) {
    for (const reference of findEnglishReferences(context.tree, citing, text)) {
      if (absoluteOnly && !reference.absolute) continue;
      rewrites.push(...englishRewrites(context, text, reference, citing));
    }
    return rewrites;
  }
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
    const range = to ? inward(context, from.targets[0]!, to.targets.at(-1)!) : null;
    if (to && !range) {
      dangling(context, text, reference, citing, from.targets[0]!);
      return [];
    }
    const at = (clause: Clause, like: ResolvedCite): ResolvedCite => ({ ...like, targets: [clause], ...(like.kind === '条' ? { article: clause } : {}) });
    const ends: Array<[Cite, ResolvedCite]> = [[group.from, range ? at(range[0], from) : from]];
    if (group.to && range) ends.push([group.to, at(range[1], to!)]);
    for (const [c, resolved] of ends) {
      const result = citeRewrites(context, c, resolved, citing);
      if ('removed' in result) {
        dangling(context, text, reference, citing, result.removed, result.why);
        return [];
      }
      rewrites.push(...result.rewrites);
    }
  }
  return rewrites;
}

/** A range whose end was removed shrinks to the units left inside it; null when none is left. */
function inward(context: Context, first: Clause, last: Clause): [Clause, Clause] | null {
  if (!context.removedBy.has(first.id) && !context.removedBy.has(last.id)) return [first, last];
  // Articles are one sequence through the whole draft; items, one per list.
  const articles = first.marker?.style === ARTICLE_STYLE;
  const sequence = context.tree.clauses.filter((c) => c.marker?.style === first.marker?.style && (articles || c.parent === first.parent));
  const inside = sequence.slice(sequence.indexOf(first), sequence.indexOf(last) + 1).filter((c) => !context.removedBy.has(c.id));
  if (inside.length === 0) return null;
  return [inside[0]!, inside.at(-1)!];
}

/** The new numerals of one cite (its 前款 / 前条 phrase, then each numbered level), or the removed unit it names. */
function citeRewrites(context: Context, c: Cite, resolved: ResolvedCite, citing: Clause): Outcome {
  const rewrites: Rewrite[] = [];
  if (c.previous) {
    const phrase = previousRewrite(context, c, resolved, citing);
    if ('removed' in phrase) return phrase;
    rewrites.push(...phrase.rewrites);
  }
  for (const level of c.levels) {
    const unit = unitAt(context, level, resolved);
    if (!unit) return { rewrites: [] };
    if (context.removedBy.has(unit.id)) return { removed: unit };
    const after = context.byOriginal.get(unit.id);
    const value = after ? numberAfter(after, level.kind) : null;
    if (value === null) return { removed: unit, why: level.kind === '款' ? 'whose first paragraph is removed' : 'which has no number now' };
    if (value === level.value) continue;
    rewrites.push({ start: level.start, end: level.end, text: level.arabic ? String(value) : chineseNumeral(value), entries: after!.movedBy });
  }
  return { rewrites };
}

/** A unit's number in the revised text, counted as a cite of this kind counts it; null when it has none. */
function numberAfter(clause: RevisedClause, kind: '条' | '款' | '项' | '目'): number | null {
  let value: number | null | undefined;
  if (kind === '款') value = clause.original?.marker?.style === ARTICLE_STYLE || clause.basis?.style === ARTICLE_STYLE ? (clause.ownParagraphRemoved ? null : 1) : clause.paragraphAfter;
  else value = clause.valueAfter;
  return value !== undefined && value !== null && Number.isInteger(value) && value >= 1 ? value : null;
}

function unitAt(context: Context, level: CitedLevel, resolved: ResolvedCite): Clause | undefined {
  if (level.kind === '条') return resolved.article;
  if (level.kind === '款') return resolved.paragraph ?? resolved.article;
  const target = resolved.targets[0];
  if (level.kind === '项' && target?.marker?.style !== '（一）' && target?.parent) return context.tree.byId.get(target.parent);
  return target;
}

/**
 * 前款, 前两款, 前项, 前条: the same units, counted again from where the
 * citing unit now stands; written out (第一款, 第八条) where they are no
 * longer the ones right before it.
 */
function previousRewrite(context: Context, c: Cite, resolved: ResolvedCite, citing: Clause): Outcome {
  const previous = c.previous!;
  const kind = previous.kind;
  // 前款第（四）项: the phrase names the 款; the levels after it are rewritten on their own.
  const targets = c.levels.length === 0 ? resolved.targets : kind === '款' ? [resolved.paragraph!] : kind === '条' ? [resolved.article!] : null;
  if (!targets || targets.some((t) => t === undefined)) return { rewrites: [] };
  const own = kind === '款' ? paragraphOfClause(context.tree, citing) : kind === '条' ? articleOfClause(context, citing) : citing;
  const ownAfter = own ? context.byOriginal.get(own.id) : undefined;
  if (!ownAfter) return { rewrites: [] };
  const gone = (t: Clause) => context.removedBy.has(t.id) || (kind === '款' && context.paragraphRemovedBy.has(t.id));
  const kept = targets.filter((t) => !gone(t)).map((t) => context.byOriginal.get(t.id)!);
  if (kept.length === 0) return context.removedBy.has(targets[0]!.id) ? { removed: targets[0]! } : { removed: targets[0]!, why: 'whose first paragraph is removed' };
  const sequence = sequenceOf(context, kind, ownAfter);
  const at = sequence.indexOf(ownAfter);
  const before = at >= kept.length ? sequence.slice(at - kept.length, at) : [];
  const counted = before.length === kept.length && before.every((r, i) => r === kept[i]);
  let phrase: string;
  if (counted) phrase = `前${kept.length === 1 ? '' : kept.length === 2 ? '两' : chineseNumeral(kept.length)}${kind}`;
  else {
    const values = kept.map((r) => numberAfter(r, kind));
    if (values.some((v) => v === null)) return { removed: targets[0]!, why: 'which has no number now' };
    phrase = kind === '条' ? kept.map((r) => articleName(r)).join('、') : explicit(values as number[], kind);
  }
  const written = `前${previous.count === 1 ? '' : previous.count === 2 ? '两' : chineseNumeral(previous.count)}${kind}`;
  if (phrase === written) return { rewrites: [] };
  const entries = [...new Set([...kept, ownAfter, ...targets.map((t) => context.byOriginal.get(t.id)!)].flatMap((r) => [...r.movedBy, ...r.entries]))];
  return { rewrites: [{ start: previous.start, end: previous.end, text: phrase, entries }] };
}

function articleOfClause(context: Context, clause: Clause): Clause | undefined {
  for (let c: Clause | undefined = clause; c; c = c.parent === null ? undefined : context.tree.byId.get(c.parent)) {
    if (c.marker?.style === ARTICLE_STYLE) return c;
  }
  return undefined;
}

/** The units of this kind in revised order that the citing unit is counted among: every article, the 款 of its article, the items of its list. */
function sequenceOf(context: Context, kind: '条' | '款' | '项', own: RevisedClause): RevisedClause[] {
  const live = context.revised.filter((r) => r.status !== 'removed');
  const style = (r: RevisedClause) => (r.original?.marker ?? r.basis)?.style;
  if (kind === '条') return live.filter((r) => style(r) === ARTICLE_STYLE);
  if (kind === '项') return live.filter((r) => r.parent === own.parent && style(r) === style(own) && r.valueAfter !== null);
  const article = style(own) === ARTICLE_STYLE ? own : context.revised.find((r) => r.id === own.parent);
  if (!article) return [];
  const paragraphs = live.filter((r) => r.parent === article.id && r.heading === null && (r.original ? r.original.marker === null : r.markerAfter === ''));
  return article.ownParagraphRemoved ? paragraphs : [article, ...paragraphs];
}

/** 第八条, 第十七条之一: an article's revised number as cited. */
function articleName(clause: RevisedClause): string {
  const marker = readMarker(clause.markerAfter + clause.textAfter);
  return (marker?.number ?? clause.markerAfter.trim()).replace(/\*\*/gu, '');
}

/** 第一款、第三款 or 第一款至第三款. */
function explicit(values: readonly number[], kind: string): string {
  const contiguous = values.every((v, i) => i === 0 || v === values[i - 1]! + 1);
  if (contiguous && values.length >= 3) return `第${chineseNumeral(values[0]!)}${kind}至第${chineseNumeral(values.at(-1)!)}${kind}`;
  return values.map((v) => `第${chineseNumeral(v)}${kind}`).join('、');
}

/** section 5(b), paragraphs (5) through (9): each numeral follows its unit; a removed one is reported. */
function englishRewrites(context: Context, text: string, reference: EnglishReference, citing: Clause): Rewrite[] {
  const rewrites: Rewrite[] = [];
  const quoted: Reference = { start: reference.start, end: reference.end, groups: [] };
  for (const group of reference.groups) {
    let ends = group.to ? [group.from, group.to] : [group.from];
    if (group.to) {
      const range = inward(context, group.from.at(-1)!.unit, group.to.at(-1)!.unit);
      if (!range) {
        dangling(context, text, quoted, citing, group.from.at(-1)!.unit);
        return [];
      }
      // A range shrinks only at its last level; the levels above it name live units.
      ends = [
        [...group.from.slice(0, -1), { ...group.from.at(-1)!, unit: range[0] }],
        [...group.to.slice(0, -1), { ...group.to.at(-1)!, unit: range[1] }],
      ];
    }
    for (const slots of ends) {
      for (const slot of slots) {
        if (context.removedBy.has(slot.unit.id) && reference.entry) {
          // A table of contents lists the section no more.
          return [{ ...reference.entry, text: '', entries: [context.removedBy.get(slot.unit.id)!.ref.entry] }];
        }
        if (context.removedBy.has(slot.unit.id)) {
          dangling(context, text, quoted, citing, slot.unit);
          return [];
        }
        const after = context.byOriginal.get(slot.unit.id);
        const value = after?.valueAfter;
        if (!after || value === null || value === undefined || value < 1) {
          dangling(context, text, quoted, citing, slot.unit, 'which has no number now');
          return [];
        }
        const written = formatNumeral(slot.kind, value);
        // "subparagraph (A) or (B) of subsection (e)(1)": the outer numerals are named once per unit.
        if (rewrites.some((r) => r.start === slot.start)) continue;
        if (written !== text.slice(slot.start, slot.end)) rewrites.push({ start: slot.start, end: slot.end, text: written, entries: after.movedBy });
      }
    }
  }
  return rewrites;
}

function dangling(context: Context, text: string, reference: Pick<Reference, 'start' | 'end'>, citing: Clause, target: Clause, why = 'which is removed'): void {
  const by = context.removedBy.get(target.id) ?? context.paragraphRemovedBy.get(target.id);
  const quoted = text.slice(reference.start, reference.end);
  context.problems.push({
    rule: 'dangling-reference',
    clause: citing.id,
    message: `${cite(context.names, citing.id)} (${citing.id}) cites ${cite(context.names, target.id)}, ${why}: “${quoted}”`,
    edits: by ? [by.ref] : causes(context, target),
  });
}

/** The applied edits that moved a unit (so that the problem is reported against one of them). */
function causes(context: Context, target: Clause): PlannedEdit['ref'][] {
  const after = context.byOriginal.get(target.id);
  const entries = new Set([...(after?.movedBy ?? []), ...(after?.entries ?? [])]);
  const found = context.applied.find((p) => entries.has(p.ref.entry)) ?? context.applied[0];
  return found ? [found.ref] : [];
}
