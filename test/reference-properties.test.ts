// Rules that must hold on real statutes and bills, whatever units are added
// or removed: no reference is ever rewritten to a 0 or to a number the revised
// text does not have, and every reference the text had names, in the revised
// text, the very units it named before — or, cite by cite, what is left of
// them: a list that lost some of its units names those left (reported as
// narrowed); elsewhere a cite of a removed unit is left as written and
// reported as dangling, and the other cites of its reference still follow
// their units.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clausesOf, type Clause } from '../src/core/draft/clause.js';
import { findEnglishReferences } from '../src/core/draft/english-references.js';
import { ARTICLE_STYLE } from '../src/core/draft/hierarchy.js';
import { clauseTree, paragraphsOf, type ClauseTree } from '../src/core/draft/locate.js';
import { findReferences, resolveCite, type ResolvedCite } from '../src/core/draft/references.js';
import type { Edit } from '../src/core/edits/edit.js';
import { revise } from '../src/core/revision/revise.js';
import { adopted, corpusDraft } from './helpers/drafts.js';

/** What one cite names: the units at its own level (every unit of a range), and those above it that it is written with (section 5 of section 5(b)). */
interface Named {
  outer: string[];
  units: string[];
  /** A range (至, through): it keeps its ends, moved inward past removed units. */
  range: boolean;
}

/** For each reference of a clause, what each of its cites names (null where a cite names nothing). */
function named(tree: ClauseTree, clause: Clause, english: boolean): Array<Array<Named | null>> {
  if (english) {
    return findEnglishReferences(tree, clause, clause.text).map((r) =>
      r.groups.map((g) => ({
        outer: g.from.slice(0, -1).map((s) => s.unit.id),
        units: g.to ? between(tree, g.from.at(-1)!.unit, g.to.at(-1)!.unit) : [g.from.at(-1)!.unit.id],
        range: Boolean(g.to),
      })),
    );
  }
  return findReferences(clause.text).map((reference) => {
    const out: Array<Named | null> = [];
    let before: ResolvedCite | undefined;
    for (const group of reference.groups) {
      const from = resolveCite(tree, clause, group.from, before);
      const to = from && group.to ? resolveCite(tree, clause, group.to, from) : null;
      before = to ?? from ?? before;
      if (!from || (group.to && !to)) out.push(null);
      // 第一款至第四款 names what 前四款 names: every unit of the range.
      else out.push({ outer: [], units: to ? between(tree, from.targets[0]!, to.targets.at(-1)!) : from.targets.map((t) => t.id), range: Boolean(to) });
    }
    return out;
  });
}

/** The units from one to another in their sequence: articles, an article's 款, the items of a list. */
function between(tree: ClauseTree, first: Clause, last: Clause): string[] {
  const article = (c: Clause) => c.marker?.style === ARTICLE_STYLE;
  const parent = tree.byId.get(first.parent ?? '');
  const sequence = article(first) && article(last)
    ? tree.clauses.filter(article)
    : first.marker === null || last.marker === null
      ? [...(article(first) ? [first] : parent ? [parent] : []), ...paragraphsOf(tree, article(first) ? first : parent!)]
      : (tree.children.get(first.parent) ?? []).filter((c) => c.marker?.style === first.marker?.style);
  const from = sequence.indexOf(first);
  const to = sequence.indexOf(last);
  return from === -1 || to < from ? [first.id, last.id] : sequence.slice(from, to + 1).map((c) => c.id);
}

type Op = 'remove' | 'add-after' | 'add-before' | 'add-inside';

/** An edit on the n-th of the draft's units (cited ones first, so that references are put to the test). */
function editOn(tree: ClauseTree, units: readonly Clause[], op: Op, n: number, english: boolean): Edit {
  const clause = units[n % units.length]!;
  if (op === 'remove') return { op: 'remove-clause', clause: clause.id };
  const article = clause.marker?.style === ARTICLE_STYLE;
  const item = clause.marker !== null && !article;
  // Unnumbered new text takes the number of the sequence it joins.
  if (english) return { op: 'add-clause', clause: clause.id, position: op === 'add-before' ? 'before' : 'after', text: 'a new unit of this bill;' };
  if (op === 'add-inside' && article) return { op: 'add-clause', clause: clause.id, position: 'inside', text: '新增一款内容。' };
  if (item) return { op: 'add-clause', clause: clause.id, position: op === 'add-before' ? 'before' : 'after', text: '（一）新增情形；' };
  // Before an article's own paragraph is before the article; before a later 款, a new 款.
  return { op: 'add-clause', clause: clause.id, position: op === 'add-before' && !article ? 'before' : 'after', text: article ? '第一条 新增一条内容。' : '新增一款内容。' };
}

function check(file: string, runs: number, english = false): void {
  const draft = corpusDraft(file);
  const tree = clauseTree(draft.clauses);
  const before = new Map(draft.clauses.map((c) => [c.id, named(tree, c, english)]));
  const cited = [...new Set([...before.values()].flat(2).flatMap((cite) => (cite ? [...cite.outer, ...cite.units] : [])))].map((id) => tree.byId.get(id)!);
  const numbered = draft.clauses.filter((c) => c.heading === null && (c.marker !== null || paragraphsOf(tree, tree.byId.get(c.parent ?? '') ?? c).includes(c)));
  expect(cited.length).toBeGreaterThan(10);
  const edit = fc.tuple(fc.constantFrom<Op>('remove', 'add-after', 'add-before', 'add-inside'), fc.boolean(), fc.nat());
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (specs) => {
      const edits = specs.map(([op, pickCited, n]) => editOn(tree, pickCited ? cited : numbered, op, n, english));
      const revision = revise(draft, edits.map((e, i) => adopted(String(i + 1), e)));
      const kept = revision.clauses.filter((c) => c.status !== 'removed');
      const sources = kept.map((c) => c.markerAfter + c.textAfter);
      // Never a 0, never 第零条.
      for (const source of sources) expect(source).not.toMatch(/第0|第零[条款项目]|[（(]0[）)]/u);
      // Read the revised text back; each unit the text names is named again, at its new place.
      const reread = clausesOf(sources.map((source, i) => ({ id: `r${i}`, heading: kept[i]!.heading, source, line: 0 })));
      expect(reread.length).toBe(kept.length);
      const after = clauseTree(reread);
      const position = new Map(kept.map((c, i) => [c.id, `r${i}`]));
      const removed = new Set(revision.clauses.filter((c) => c.status === 'removed').map((c) => c.id));
      const dangling = new Set(revision.problems.filter((p) => p.rule === 'dangling-reference').map((p) => p.clause));
      const narrowed = new Set(revision.problems.filter((p) => p.rule === 'narrowed-reference').map((p) => p.clause));
      const added = new Set(kept.flatMap((c, i) => (c.status === 'added' ? [`r${i}`] : [])));
      const all = (cite: Named) => [...cite.outer, ...cite.units];
      const gone = (reference: Array<Named | null>) => reference.some((cite) => cite !== null && all(cite).some((id) => removed.has(id)));
      kept.forEach((clause, i) => {
        if (!clause.original) return;
        // A range keeps its ends: a unit added inside it is inside it now, and not counted here.
        const now = named(after, reread[i]!, english).map((reference) => reference.map((cite) => cite && all(cite).filter((id) => !added.has(id))));
        // A table of contents drops the line of a removed section; every other reference stays.
        let was = before.get(clause.id)!;
        if (now.length !== was.length) was = was.filter((reference) => !gone(reference));
        const shown = `${clause.markerAfter}${clause.textAfter}`;
        expect(now.length, shown).toBe(was.length);
        was.forEach((reference, k) => {
          if (reference.some((cite) => cite === null)) return;
          const cites = reference as Named[];
          // A reference to a unit the draft does not have (section 6 of a bill of five) may name one an edit adds.
          if (cites.every((cite) => all(cite).length === 0)) return;
          const at = (ids: string[]) => ids.map((id) => position.get(id));
          // 前两款 may be written out as 第一款、第二款: the same units, cite by cite.
          if (!gone(reference)) return expect(now[k]!.flat(), shown).toEqual(at(cites.flatMap(all)));
          const stale = (cite: Named) => cite.outer.some((id) => removed.has(id)) || cite.units.every((id) => removed.has(id));
          const left = (cite: Named) => at(all(cite).filter((id) => !removed.has(id)));
          if (cites.some(stale)) {
            // A list (第二款、第三款; sections 305, 306, and 307) that kept some of its units names exactly those, reported as narrowed…
            const survivors = cites.filter((cite) => !stale(cite));
            if (!cites.some((cite) => cite.range) && survivors.length > 0 && now[k]!.length === survivors.length) {
              expect(narrowed.has(clause.id), shown).toBe(true);
              return expect(now[k]!.flat(), shown).toEqual(survivors.flatMap(left));
            }
            // …elsewhere a cite of a removed unit (or of one inside a removed unit) is left as written and
            // reported; every other cite of the reference names what is left of its units: a range, those left inside it.
            expect(dangling.has(clause.id), shown).toBe(true);
          }
          if (now[k]!.length === cites.length) {
            cites.forEach((cite, g) => {
              if (!stale(cite)) expect(now[k]![g], shown).toEqual(left(cite));
            });
          } else if (!cites.some(stale)) {
            expect(now[k]!.flat(), shown).toEqual(cites.flatMap(left));
          }
        });
      });
    }),
    { numRuns: runs },
  );
}

describe('references on real texts, after any units are added and removed', () => {
  it('专利法实施细则 (2010): 本细则第X条, 前款第(四)项, and 专利法 never touched', () => check('lawrefbook/zhuanli_fa_shishi_xize_2010.md', 40));
  it('公司法 (2023): 前条, 前款, 第X条第Y款第Z项', () => check('lawrefbook/gongsi_fa_2023.md', 30));
  it('行政许可法 (2019)', () => check('lawrefbook/xingzheng_xuke_fa_2019.md', 30));
  it('H.R. 1000: section 5(b), subsection (c), paragraphs (1) through (14)', () => check('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 30, true));
});
