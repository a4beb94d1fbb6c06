// Rules that must hold on any statute: random drafts of 条 / 款 / 项 with
// cross-references, random adopted add / remove / replace edits. After the
// build, every unit not touched is there unchanged (its number and the
// numbers it cites aside), numbers run on without a gap, and every reference
// names the unit it named before (or is reported, when that unit is gone).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../src/core/draft/clause.js';
import { parseDraft } from '../src/core/draft/format.js';
import { ARTICLE_STYLE } from '../src/core/draft/hierarchy.js';
import { clauseTree, type ClauseTree } from '../src/core/draft/locate.js';
import { chineseNumeral } from '../src/core/draft/numerals.js';
import { findReferences, resolveCite } from '../src/core/draft/references.js';
import type { Edit } from '../src/core/edits/edit.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { build } from '../src/core/revision/build.js';
import { adopted } from './helpers/drafts.js';

interface Shape {
  /** Per article, per 款, the number of items in its list. */
  articles: number[][];
  /** [citing unit, cited unit, kind] as indexes into the draft's units, taken modulo their number. */
  references: Array<[number, number, '条' | '款' | '项' | '前款' | '至' | '、']>;
  edits: Array<['remove' | 'add-after' | 'add-inside' | 'replace', number]>;
}

const shape: fc.Arbitrary<Shape> = fc.record({
  articles: fc.array(fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 9 }),
  references: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('条' as const, '款' as const, '项' as const, '前款' as const, '至' as const, '、' as const)), { maxLength: 6 }),
  edits: fc.array(fc.tuple(fc.constantFrom('remove' as const, 'add-after' as const, 'add-inside' as const, 'replace' as const), fc.nat()), { minLength: 1, maxLength: 4 }),
});

interface Unit {
  tag: string;
  kind: '条' | '款' | '项';
  article: number;
  paragraph: number;
  item: number;
  /** What this unit cites, appended to its text. */
  cites: string[];
}

const TAG = /〔T\d+〕/u;

/** The units of a shape, each with a tag that identifies it in any text. */
function unitsOf(s: Shape): Unit[] {
  const units: Unit[] = [];
  s.articles.forEach((paragraphs, a) =>
    paragraphs.forEach((items, p) => {
      units.push({ tag: `〔T${units.length}〕`, kind: p === 0 ? '条' : '款', article: a + 1, paragraph: p + 1, item: 0, cites: [] });
      for (let i = 1; i <= items; i++) units.push({ tag: `〔T${units.length}〕`, kind: '项', article: a + 1, paragraph: p + 1, item: i, cites: [] });
    }),
  );
  for (const [from, to, kind] of s.references) {
    const citing = units[from % units.length]!;
    if (kind === '前款') {
      if (citing.kind === '款') citing.cites.push('前款');
      continue;
    }
    const articles = s.articles.length;
    if (kind === '至' || kind === '、') {
      // 第X条至第Y条, 第X条、第Y条
      const first = (to % articles) + 1;
      const last = Math.min(articles, first + 1 + (from % 3));
      if (last > first) citing.cites.push(`本规定第${chineseNumeral(first)}条${kind}第${chineseNumeral(last)}条`);
      continue;
    }
    const candidates = units.filter((u) => (kind === '条' ? u.kind === '条' : kind === '款' ? u.kind === '款' : u.kind === '项' && u.paragraph === 1));
    if (candidates.length === 0) continue;
    const cited = candidates[to % candidates.length]!;
    const article = `第${chineseNumeral(cited.article)}条`;
    citing.cites.push(kind === '条' ? `本规定${article}` : kind === '款' ? `本规定${article}第${chineseNumeral(cited.paragraph)}款` : `本规定${article}第${chineseNumeral(cited.item)}项`);
  }
  return units;
}

function draftText(s: Shape, units: readonly Unit[]): string {
  const lines = ['# 某某规定'];
  for (const unit of units) {
    const items = s.articles[unit.article - 1]![unit.paragraph - 1]!;
    const cites = unit.cites.map((c) => `，依照${c}`).join('');
    if (unit.kind === '项') {
      lines.push(`（${chineseNumeral(unit.item)}）${unit.tag}情形${cites}${unit.item === items ? '。' : '；'}`);
      continue;
    }
    const lead = unit.kind === '条' ? `第${chineseNumeral(unit.article)}条 ` : '';
    lines.push(`${lead}${unit.tag}规定内容${cites}${items > 0 ? '，有下列情形之一的：' : '。'}`);
  }
  return lines.join('\n\n');
}

/** The tags of the units each reference in a clause names (both ends of a range), in order; null where it names nothing. */
function citedTags(tree: ClauseTree, clause: Clause): Array<{ range: boolean; tags: Array<string | null> }> {
  return findReferences(clause.text).map((reference) => {
    const tags: Array<string | null> = [];
    for (const group of reference.groups) {
      for (const cite of group.to ? [group.from, group.to] : [group.from]) {
        const resolved = resolveCite(tree, clause, cite);
        tags.push(resolved ? (TAG.exec(resolved.targets[0]!.text)?.[0] ?? null) : null);
      }
    }
    return { range: reference.groups.some((g) => g.to), tags };
  });
}

function readDraft(text: string) {
  return parseDraft(importDraft(text, { format: 'markdown' }).text, 'd.md', 'd').draft;
}

describe('any statute, any structural edits', () => {
  it('keeps untouched units, continuous numbers and references that name the same units', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const units = unitsOf(s);
        const draft = readDraft(draftText(s, units));
        const tree = clauseTree(draft.clauses);
        const byTag = new Map(draft.clauses.filter((c) => TAG.test(c.text)).map((c) => [TAG.exec(c.text)![0], c]));
        const edits: Edit[] = s.edits.map(([op, n]) => {
          const unit = units[n % units.length]!;
          const clause = byTag.get(unit.tag)!;
          if (op === 'remove') return { op: 'remove-clause', clause: clause.id };
          if (op === 'replace') return { op: 'replace', clause: clause.id, quote: unit.kind === '项' ? '情形' : '规定内容', text: '新内容' };
          if (op === 'add-after') return { op: 'add-clause', clause: clause.id, position: 'after', text: unit.kind === '项' ? '新增情形；' : '新增内容。' };
          return { op: 'add-clause', clause: clause.id, position: 'inside', text: '新增一款。' };
        });
        const result = build({ ...draft, name: 'd' }, edits.map((edit, i) => adopted(String(i + 1), edit)));
        const applied = result.revision.applied.map((p) => p.edit);
        const removed = new Set(result.revision.clauses.filter((c) => c.status === 'removed').map((c) => TAG.exec(c.textBefore)?.[0]));
        const replaced = new Set(applied.filter((e) => e.op === 'replace').map((e) => TAG.exec(tree.byId.get(e.clause)!.text)![0]));
        const revisedText = result.outputs[0]!.content.replace(/^---\n[\s\S]*?\n---\n/u, '');
        const revised = readDraft(`# 某某规定\n\n${revisedText}`);
        const revisedTree = clauseTree(revised.clauses);
        const after = new Map(revised.clauses.filter((c) => TAG.test(c.text)).map((c) => [TAG.exec(c.text)![0], c]));

        // Untouched units are there, unchanged but for the numbers they cite and a list's final ；/。.
        // A range left with one unit is written as that unit (第二条至第三条 → 第二条), and so is a list (第二条、第三条 → 第二条);
        // a 前款 written out in its own article reads 本条第X款.
        const plain = (text: string) =>
          text.replace(/第[零一二三四五六七八九十百]+(条|款|项)/gu, '第#$1').replace(/第#(条|款|项)(?:[至、]第#\1)+/gu, '第#$1').replace(/(?:本条)?(?:前[两三]?款|第#款(?:、第#款)*)/gu, '#款').replace(/[；。]$/u, '');
        for (const [tag, clause] of byTag) {
          if (removed.has(tag)) {
            expect(after.has(tag), tag).toBe(false);
            continue;
          }
          const now = after.get(tag);
          expect(now, tag).toBeDefined();
          const expected = replaced.has(tag) ? clause.text.replace(/规定内容|情形/u, '新内容') : clause.text;
          expect(plain(now!.text), tag).toBe(plain(expected));
        }

        // Articles 1…n, and each list 1…m, without a gap.
        const articles = revised.clauses.filter((c) => c.marker?.style === ARTICLE_STYLE).map((c) => c.marker!.value);
        expect(articles).toEqual(articles.map((_, i) => i + 1));
        for (const parent of revised.clauses) {
          const items = (revisedTree.children.get(parent.id) ?? []).filter((c) => c.marker?.style === '（一）').map((c) => c.marker!.value);
          expect(items, parent.text).toEqual(items.map((_, i) => i + 1));
        }

        // Each reference names the unit it named before; one to a removed unit is reported.
        const dangling = new Set(result.revision.problems.filter((p) => p.rule === 'dangling-reference').map((p) => TAG.exec(tree.byId.get(p.clause)!.text)![0]));
        const narrowed = new Set(result.revision.problems.filter((p) => p.rule === 'narrowed-reference').map((p) => TAG.exec(tree.byId.get(p.clause)!.text)![0]));
        for (const [tag, clause] of byTag) {
          if (removed.has(tag)) continue;
          const before = citedTags(tree, clause);
          const now = citedTags(revisedTree, after.get(tag)!);
          expect(now.length, tag).toBe(before.length);
          before.forEach((reference, i) => {
            const gone = reference.tags.filter((t) => t !== null && removed.has(t));
            // A range whose end is removed shrinks to what is left inside it; a single unit removed is reported.
            if (reference.range && gone.length > 0) return;
            if (gone.length === 0) {
              expect(now[i], `${tag}: ${after.get(tag)!.text}`).toEqual(reference);
              return;
            }
            // 第X条、第Y条 that kept a unit names those left (a warning); one that kept none is left as written and reported.
            const kept = reference.tags.filter((t) => t !== null && !removed.has(t));
            if (kept.length > 0 && !reference.tags.includes(null)) {
              expect(narrowed.has(tag), tag).toBe(true);
              expect(now[i], `${tag}: ${after.get(tag)!.text}`).toEqual({ range: false, tags: kept });
              return;
            }
            expect(dangling.has(tag), tag).toBe(true);
            const left = (tags: Array<string | null>) => tags.map((t, k) => (removed.has(reference.tags[k] ?? '') ? 'removed' : t));
            expect(left(now[i]!.tags), `${tag}: ${after.get(tag)!.text}`).toEqual(left(reference.tags));
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
