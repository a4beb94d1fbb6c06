// Corpus drafts read as a clerk's workspace would hold them, and revisions of
// them by hand-written edits, for tests of the edit engine and the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clause } from '../../src/core/draft/clause.js';
import { parseDraft, type Draft } from '../../src/core/draft/format.js';
import { clauseTree, locate, type Step } from '../../src/core/draft/locate.js';
import type { Edit } from '../../src/core/edits/edit.js';
import type { Entry } from '../../src/core/feedback/entry.js';
import { importDraft } from '../../src/core/intake/draft-import.js';
import { build } from '../../src/core/revision/build.js';
import { CORPUS } from './cli.js';

const cache = new Map<string, Draft>();

/** A corpus file imported and read back as a draft file. */
export function corpusDraft(file: string): Draft {
  let draft = cache.get(file);
  if (!draft) {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const imported = importDraft(text, { format: file.endsWith('.md') ? 'markdown' : 'text' });
    draft = parseDraft(imported.text, `${file}.draft.md`, 'draft').draft;
    cache.set(file, draft);
  }
  return draft;
}

/** 第X条 → steps; "第十九条第（七）项" style paths written as numbers: at(draft, 19, 'item', 7). */
export function unit(draft: Draft, ...path: Array<number | ['款' | '项', number]>): Clause {
  const steps: Step[] = path.map((p) =>
    typeof p === 'number'
      ? { kind: 'number', style: '第一条', value: p }
      : p[0] === '款'
        ? { kind: 'paragraph', value: p[1] }
        : { kind: 'number', style: '（一）', value: p[1] },
  );
  const found = locate(clauseTree(draft.clauses), steps);
  if (!('clause' in found)) throw new Error(found.message);
  return found.clause;
}

export function adopted(id: string, ...edits: Edit[]): Entry {
  return { id, unit: '单位', comment: '意见', edits, decision: { status: 'adopted' }, file: `${id}.yaml`, editLines: edits.map((_, i) => i + 3) };
}

/** The revised text's body (front matter dropped) after the entries, and the build. */
export function revisedBody(draft: Draft, ...entries: Entry[]) {
  const result = build(draft, entries);
  const revised = result.outputs[0]!.content;
  return { text: revised.slice(revised.indexOf('\n---\n') + 5), result };
}

/** The paragraph of the revised text that starts with `start`. */
export function paragraph(text: string, start: string): string | undefined {
  return text.trimEnd().split('\n\n').find((p) => p.startsWith(start));
}
