// A move (将第十条移至第八条之后) made of the edits the draft model has: the
// article removed where it stands (remove-clause) and its text, with its 款
// and items, added at the new place (add-clause); the build renumbers the
// articles between. Words the comment then changes in the article moved
// (并将其中的“必须”修改为“应当”) are changed in the text added (foldIntoMove),
// since the article they stand in is removed.
import type { Clause } from '../draft/clause.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { insertionPoint } from '../draft/locate.js';
import type { AddClauseEdit, Edit } from '../edits/edit.js';
import { applyChanges, resolveEdits, type Change } from '../edits/plan.js';
import type { DraftIndex } from './resolve.js';

export interface MoveTarget {
  clause: Clause;
  position: 'before' | 'after';
}

/** What a move made: its two edits, and what folding later changes into it needs. */
export interface Move {
  source: Clause;
  /** The clauses the removal takes along (the article, its 款 and items), by ID. */
  removes: ReadonlySet<string>;
  added: AddClauseEdit;
  /** Changes folded in so far, by clause ID. */
  changes: Map<string, Change[]>;
  /** The article was rewritten whole (移至…，并修改为：“…”): no change of its old words folds in after that. */
  rewritten?: true;
}

/** The place 作为第N条 names for an article moved from its number: before the present 第N条, or after it when moved down. */
export function numberedTarget(source: Clause, n: number, index: DraftIndex, name: (c: Clause) => string): MoveTarget | { problem: string } {
  const from = source.marker?.value;
  if (from === undefined || from === null) return { problem: `${name(source)} has no number to count from` };
  if (n === from) return { problem: `${name(source)} has that number already: nothing moves` };
  const point = insertionPoint(index.tree, { kind: 'article' }, n > from ? n + 1 : n);
  if ('problem' in point) return { problem: point.message };
  return { clause: point.clause, position: point.position === 'before' ? 'before' : 'after' };
}

/** The edits that move the article `source` before or after `target`, or why they are not made. */
export function moveEdits(source: Clause, target: MoveTarget, index: DraftIndex, confidence: number, words: string, name: (c: Clause) => string): { edits: Edit[]; move: Move } | { problem: string } {
  if (source.marker?.style !== ARTICLE_STYLE || source.heading !== null) {
    return { problem: `${name(source)} is not an article: moving a 款 or 项 is not made into edits (delete it, and add it where it goes)` };
  }
  if (target.clause.marker?.style !== ARTICLE_STYLE) return { problem: `${name(target.clause)} is not an article: say which article it goes before or after` };
  if (target.clause === source) return { problem: `${name(source)} cannot go ${target.position} itself` };
  const articles = index.tree.clauses.filter((c) => c.marker?.style === ARTICLE_STYLE);
  const at = articles.indexOf(source);
  const neighbour = target.position === 'after' ? articles[at - 1] : articles[at + 1];
  if (neighbour === target.clause) return { problem: `${name(source)} stands ${target.position} ${name(target.clause)} already: nothing moves` };
  const removal: Edit = { op: 'remove-clause', clause: source.id, confidence, source: words };
  const [planned] = resolveEdits(index.tree.clauses, [{ ref: { entry: '', index: 1 }, edit: removal }], index.tree);
  const removes = new Set(planned?.removes ?? [source.id]);
  const added: AddClauseEdit = { op: 'add-clause', clause: target.clause.id, text: '', position: target.position, confidence, source: words };
  const move: Move = { source, removes, added, changes: new Map() };
  added.text = movedText(move, index);
  return { edits: [removal, added], move };
}

/**
 * Folds an edit the comment makes in the article moved into the text added:
 * true when it did (the edit is then not made on its own). A rewrite of the
 * whole article becomes the text moved; changes that overlap, or do not
 * apply, are left to stand as edits of their own (they then conflict with
 * the removal, which says so).
 */
export function foldIntoMove(move: Move, edit: Edit, index: DraftIndex): boolean {
  if (!move.removes.has(edit.clause) || move.rewritten) return false;
  if (edit.op === 'rewrite' && edit.clause === move.source.id) {
    move.added.text = edit.text.trim();
    move.rewritten = true;
  } else {
    if (edit.op !== 'replace' && edit.op !== 'delete' && edit.op !== 'insert' && edit.op !== 'append') return false;
    const [planned] = resolveEdits(index.tree.clauses, [{ ref: { entry: '', index: 1 }, edit }], index.tree);
    const change = planned?.state === 'ok' ? planned.change : undefined;
    if (!change) return false;
    const earlier = move.changes.get(edit.clause) ?? [];
    if (earlier.some((c) => c.start < change.end && change.start < c.end)) return false;
    move.changes.set(edit.clause, [...earlier, change]);
    move.added.text = movedText(move, index);
  }
  if (edit.source) move.added.source = `${move.added.source}；${edit.source}`;
  return true;
}

/** The article's text as the draft writes it, without its number (the build gives the new one): its 款 and items a line each. */
function movedText(move: Move, index: DraftIndex): string {
  const clauses = index.tree.clauses.filter((c) => move.removes.has(c.id));
  return clauses
    .map((c) => {
      const text = applyChanges(c.text, move.changes.get(c.id) ?? []);
      return c === move.source ? text.trim() : `${c.marker?.raw ?? ''}${text}`.trim();
    })
    .join('\n');
}
