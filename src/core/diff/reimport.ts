// Importing a new version of a draft over the old one: clauses whose text is
// unchanged (renumbering aside) keep their IDs (so feedback entries still point at them), an
// edited clause standing where the old one stood under its number keeps its ID too, clauses
// among several changed ones keep theirs where their text is still alike
// (align.ts's pairing), and new clauses get IDs never used before (an ID of a
// removed clause is not reused: an entry that named it must go stale, not move
// to another clause).
import { diffArrays } from 'diff';
import type { Block } from '../draft/clause.js';
import { formatDraft, nextIdNumber, parseDraft, type Draft } from '../draft/format.js';
import { pairGap } from './align.js';
import { readMarker } from '../draft/numbering.js';
import { InputError } from '../problem.js';

/**
 * The text of a newly imported draft with the IDs of the draft it replaces
 * kept where clauses match; new clauses get IDs past the old draft's and the
 * `retired` ones (removed clauses' that entries or closed rounds still name).
 * An old draft that cannot be read gives nothing to keep.
 */
export function reimportText(oldText: string, newText: string, retired: Iterable<string> = []): string {
  let previous: Draft;
  try {
    previous = parseDraft(oldText, 'old.md', 'old').draft;
  } catch (error) {
    if (error instanceof InputError) return newText;
    throw error;
  }
  const { draft } = parseDraft(newText, 'new.md', 'new');
  return formatDraft(draft.frontMatter, keepIds(previous, draft, retired));
}

/** The blocks of the new draft with IDs: kept where clauses match, fresh elsewhere. (Blocks and clauses of a draft go one to one.) */
export function keepIds(old: Pick<Draft, 'blocks' | 'clauses'>, now: Pick<Draft, 'blocks' | 'clauses'>, retired: Iterable<string> = []): Block[] {
  const [previous, next] = [old.blocks, now.blocks];
  // Compared without their numbers: a clause only renumbered is unchanged.
  const key = (b: Block) => `${b.heading ?? 0}\u0000${b.source.slice(readMarker(b.source)?.raw.length ?? 0)}`;
  const parts = diffArrays(previous.map(key), next.map(key));
  const ids: Array<string | null> = next.map(() => null);
  let oldAt = 0;
  let nowAt = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count; k++) ids[nowAt + k] = previous[oldAt + k]!.id;
      oldAt += part.count;
      nowAt += part.count;
      continue;
    }
    // A replaced stretch: removed and added blocks side by side.
    const removed = part.removed ? part.count : 0;
    const following = parts[i + 1];
    const added = part.added ? part.count : following?.added && part.removed ? following.count : 0;
    if (part.removed && following?.added) i++;
    if (removed === 1 && added === 1 && old.clauses[oldAt]!.number === now.clauses[nowAt]!.number) {
      // One clause edited where it stood, under its number: the same clause, however rewritten.
      if (sameKind(previous[oldAt]!, next[nowAt]!)) ids[nowAt] = previous[oldAt]!.id;
    } else if (removed > 0 && added > 0) {
      // Several: paired by similar text, in order (2010's 第六条 deleted and 2023's 第五条 edited are not one clause).
      const olds = old.clauses.slice(oldAt, oldAt + removed);
      const news = now.clauses.slice(nowAt, nowAt + added);
      for (const [o, n] of pairGap(olds, news, (a, b) => sameKind(previous[a.index]!, next[b.index]!))) ids[n.index] = previous[o.index]!.id;
    }
    oldAt += removed;
    nowAt += added;
  }
  let fresh = Math.max(nextIdNumber(previous.map((b) => b.id)), nextIdNumber(retired));
  // An ID the old draft held twice (two branches' new clauses, merged) stays with the first clause only.
  const used = new Set<string>();
  ids.forEach((id, i) => {
    if (id !== null && used.has(id)) ids[i] = null;
    else if (id !== null) used.add(id);
  });
  return next.map((block, i) => {
    let id = ids[i] ?? null;
    if (id === null) {
      while (used.has(`c${fresh}`)) fresh++;
      id = `c${fresh++}`;
      used.add(id);
    }
    return { ...block, id };
  });
}

/** An edited clause is the same clause when it stands in the same place, numbered in the same style (or not at all). */
function sameKind(a: Block, b: Block): boolean {
  if (a.id === null || a.heading !== b.heading) return false;
  return (readMarker(a.source)?.style ?? '') === (readMarker(b.source)?.style ?? '');
}
