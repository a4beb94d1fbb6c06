// Comments as offices write them, on real texts: each one in
// test/fixtures/comments/*.yaml gives the edits a drafter would make, and,
// adopted alone, the revised text it must build. The PHRASINGS families on 明码
// 标价规定 (one comment per family), two more statutes with 款 and 项, a State
// Council policy text (一、/（一）/1.) and two US bills.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cite, citableClauses } from '../src/core/draft/citation.js';
import type { Draft } from '../src/core/draft/format.js';
import { readMarker } from '../src/core/draft/numbering.js';
import type { Edit } from '../src/core/edits/edit.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { FIXTURES } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

interface Case {
  family: string;
  comment: string;
  /** The proposed edits, the clause named as the office cites it (第十九条第（七）项, section 1(6)). */
  edits: Array<Record<string, unknown>>;
  unparsed?: string[];
  /** Paragraphs of the revised text that are new, numbers aside (a renumbered paragraph is not new). */
  revised?: string[];
  /** Paragraphs of the draft no longer in the revised text, numbers aside. */
  gone?: string[];
  /** Paragraphs that must stand in the revised text exactly, numbers included. */
  numbered?: string[];
}

interface CommentSet {
  draft: string;
  lang: 'zh' | 'en';
  /** `aside`: references to this text's own articles are compared without their numbers (tested on their own elsewhere). */
  references?: 'aside';
  comments: Case[];
}

const FOLDER = join(FIXTURES, 'comments');
const SETS = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => ({ file, set: parse(readFileSync(join(FOLDER, file), 'utf8')) as CommentSet }));

/** An edit as the fixture writes it: the clause by its citation, only the fields that say what changes. */
function described(draft: Draft, edit: Edit): Record<string, unknown> {
  const names = citableClauses(draft.clauses);
  const out: Record<string, unknown> = { op: edit.op, clause: edit.clause === '*' ? '*' : cite(names, edit.clause) };
  for (const key of ['quote', 'text', 'position', 'occurrence', 'prefix', 'suffix', 'role', 'units'] as const) {
    const value = (edit as unknown as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * A paragraph without its own number: a paragraph only renumbered is the same
 * paragraph. With `references: aside`, also the numbers of its references to
 * this text's own articles (本细则第二十三条 follows a renumbering); references
 * to another law (专利法第二十九条) keep theirs, so renumbering one would show.
 */
function unnumbered(paragraph: string, referencesAside = false): string {
  const plain = paragraph.replace(/\\([!-/:-@[-`{-~])/gu, '$1');
  const marker = readMarker(plain);
  const own = marker ? plain.slice(marker.raw.length) : plain;
  // Every article number but one right after another law's name (专利法第二十九条), which must never move.
  return referencesAside ? own.replace(/(?<!(?:专利法|价格法|民法典))第[零一二三四五六七八九十百千]+条/gu, '第N条') : own;
}

function changes(draft: Draft, edits: Edit[], referencesAside: boolean) {
  const before = revisedBody(draft).text.trimEnd().split('\n\n');
  const { text, result } = revisedBody(draft, adopted('1', ...edits));
  const after = text.trimEnd().split('\n\n');
  const key = (p: string) => unnumbered(p, referencesAside);
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return {
    revised: after.filter((p) => !had.has(key(p))),
    gone: before.filter((p) => !has.has(key(p))),
    paragraphs: after,
    unapplied: result.revision.unapplied.map((p) => p.message),
  };
}

for (const { file, set } of SETS) {
  describe(`${file} (${set.draft})`, () => {
    const draft = corpusDraft(set.draft);
    set.comments.forEach((c, i) => {
      const label = `${i + 1}. [${c.family}] ${c.comment}`;
      it(`${label}: the proposed edits`, () => {
        const proposal = proposeEdits(c.comment, draft.clauses, set.lang);
        expect(proposal.edits.map((e) => described(draft, e))).toEqual(c.edits);
        for (const edit of proposal.edits) expect(edit.source!.length).toBeGreaterThan(3);
        if (c.unparsed) expect(proposal.unparsed).toEqual(c.unparsed);
        else expect(proposal.unparsed).toEqual([]);
      });
      if (c.edits.length === 0) return;
      it(`${label}: the revised text`, () => {
        const proposal = proposeEdits(c.comment, draft.clauses, set.lang);
        const built = changes(draft, proposal.edits, set.references === 'aside');
        expect(built.unapplied).toEqual([]);
        expect(built.revised).toEqual(c.revised ?? []);
        expect(built.gone).toEqual(c.gone ?? []);
        for (const p of c.numbered ?? []) expect(built.paragraphs).toContain(p);
      });
    });
  });
}

describe('the comment sets', () => {
  it('hold every PHRASINGS family on 明码标价规定, 40 statute comments, 15 on a policy text and 20 in English', () => {
    const count = (test: (s: CommentSet) => boolean) => SETS.filter(({ set }) => test(set)).reduce((n, { set }) => n + set.comments.length, 0);
    const samr = SETS.find(({ set }) => set.draft.includes('samr_mingma_biaojia'))!.set;
    expect(new Set(samr.comments.map((c) => c.family))).toEqual(new Set(Array.from({ length: 21 }, (_, i) => String(i + 1))));
    expect(count((s) => s.draft.startsWith('lawrefbook/') && !s.draft.includes('samr'))).toBeGreaterThanOrEqual(40);
    expect(count((s) => s.draft.startsWith('gov_cn_policies/'))).toBeGreaterThanOrEqual(15);
    expect(count((s) => s.lang === 'en')).toBeGreaterThanOrEqual(20);
  });
});
