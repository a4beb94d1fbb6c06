// A comment read against a corpus draft, for tests of the wording: its edits
// with their clauses cited as a clerk names them, and the text they build.
import { expect } from 'vitest';
import { citableClauses, cite } from '../../src/core/draft/citation.js';
import type { Draft } from '../../src/core/draft/format.js';
import { proposeEdits } from '../../src/core/feedback/wording.js';
import { adopted, revisedBody } from './drafts.js';

/** The comment's edits (op, clause as cited, quote, text) and its notes; `place`, a 条款 column's. */
export function proposed(draft: Draft, comment: string, place?: string) {
  const names = citableClauses(draft.clauses);
  const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh', place);
  return { edits: edits.map((e) => ({ op: e.op, clause: cite(names, e.clause), ...('quote' in e ? { quote: e.quote } : {}), ...('text' in e ? { text: e.text } : {}) })), unparsed };
}

/** The revised text once the comment's edits are adopted, checked to have applied them all. */
export function built(draft: Draft, comment: string, place?: string): string {
  const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh', place);
  expect(unparsed).toEqual([]);
  const { text, result } = revisedBody(draft, adopted('1', ...edits));
  expect(result.revision.unapplied.map((p) => p.message)).toEqual([]);
  return text;
}

/** A paragraph of the revised text as read: Markdown escapes dropped, its spaces plain. */
export const unescaped = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/gu, '$1').replace(/[^\S\n]+/gu, ' ');

/** An English comment's edits, each clause named as a drafter cites it (section 302(4)), the source and confidence left out. */
export function proposedEnglish(draft: Draft, comment: string) {
  const names = citableClauses(draft.clauses);
  const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'en');
  return { edits: edits.map(({ source: _source, confidence: _confidence, ...e }) => ({ ...e, clause: cite(names, e.clause) || e.clause })), unparsed };
}

/** The revised text, read as unescaped does, once an English comment's edits are adopted: each one applied. */
export function revisedByEnglish(draft: Draft, comment: string): string {
  const { text, result } = revisedBody(draft, adopted('1', ...proposeEdits(comment, draft.clauses, 'en').edits));
  expect(result.revision.unapplied).toEqual([]);
  return unescaped(text);
}
