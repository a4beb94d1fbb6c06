// A letter pasted whole as one comment (a statute's text, hundreds of
// sentences): its entry lists the first notes of what was not made into an
// edit and counts the rest by reason, instead of every sentence again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFromComment } from '../src/core/intake/feedback-import.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { asksNoEdit, LISTED_NOTES, listedNotes, unmadeChange } from '../src/core/feedback/unmade-change.js';
import type { Entry } from '../src/core/feedback/entry.js';
import { CORPUS, corpusWorkspace, redline } from './helpers/cli.js';
import { corpusDraft } from './helpers/drafts.js';

const SOURCES = [
  // 行政许可法 pasted into a comment on 明码标价规定; S. 2245 into one on H.R. 1000.
  { draft: 'lawrefbook/samr_mingma_biaojia_2022.md', pasted: 'lawrefbook/xingzheng_xuke_fa_2019.md', lang: 'zh' },
  { draft: 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', pasted: 'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', lang: 'en' },
] as const;

const summed = (note: string) => [...note.matchAll(/\((\d+)\)(?:;|$)/gu)].reduce((sum, m) => sum + Number(m[1]), 0);

describe('notes of a long comment', () => {
  it.each(SOURCES)('lists the first ones and counts the rest by reason, requests apart from remarks ($pasted)', ({ draft: file, pasted, lang }) => {
    const draft = corpusDraft(file);
    const comment = readFileSync(join(CORPUS, pasted), 'utf8');
    const all = proposeEdits(comment, draft.clauses, lang).unparsed;
    expect(all.length).toBeGreaterThan(LISTED_NOTES * 3);
    const entry = entryFromComment({ id: '1', unit: 'A', comment }, draft.clauses, lang);
    const notes = entry.unparsed!;
    expect(notes.slice(0, LISTED_NOTES)).toEqual(all.slice(0, LISTED_NOTES));
    const summaries = notes.slice(LISTED_NOTES);
    expect(summaries.length).toBeGreaterThanOrEqual(1);
    expect(summaries.length).toBeLessThanOrEqual(2);
    // Every note past the first is counted once, in the summary of its kind.
    const rest = all.slice(LISTED_NOTES);
    const requests = rest.filter((n) => !asksNoEdit(n)).length;
    const remarks = rest.length - requests;
    const [requestSummary] = summaries.filter((s) => s.startsWith('+ more not made into edits'));
    const [remarkSummary] = summaries.filter((s) => s.startsWith('+ more that ask for no edit'));
    expect(requestSummary ? summed(requestSummary) : 0).toBe(requests);
    expect(remarkSummary ? summed(remarkSummary) : 0).toBe(remarks);
    if (requestSummary) expect(requestSummary).toMatch(new RegExp(`^\\+ more not made into edits \\(${requests}\\): `, 'u'));
    if (remarkSummary) {
      expect(remarkSummary).toMatch(new RegExp(`^\\+ more that ask for no edit \\(${remarks}\\): `, 'u'));
      expect(asksNoEdit(remarkSummary)).toBe(true);
    }
  });

  it('keeps an adoption without an edit told apart: requests counted in a summary still ask for a change, remarks do not', () => {
    const remarks = Array.from({ length: LISTED_NOTES + 5 }, (_, i) => `建议加强宣传${i} — a general remark: no edit asked for`);
    const asked = [...remarks, '“诚实信用”改为诚信 — the new text is not quoted'];
    const adopted = (unparsed: string[]): Entry => ({ id: '1', unit: 'A', comment: '…', edits: [], unparsed, decision: { status: 'adopted' }, file: '1.yaml', editLines: [] });
    expect(unmadeChange(adopted(listedNotes(remarks)))).toBeUndefined();
    expect(unmadeChange(adopted(listedNotes(asked)))).toMatch(/^entry 1 is adopted, but no edit makes the change it asks for \(\+ more not made into edits \(1\): the new text is not quoted \(1\)\)/u);
    // Up to the limit every note stays as it was.
    expect(listedNotes(remarks.slice(0, LISTED_NOTES))).toEqual(remarks.slice(0, LISTED_NOTES));
  });

  it('writes the short list into the entry file and prints it from feedback add (明码标价规定)', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'rules');
    const comment = readFileSync(join(CORPUS, 'lawrefbook/xingzheng_xuke_fa_2019.md'), 'utf8');
    const added = await redline(dir, 'feedback', 'add', '--unit', 'A', '--comment', comment);
    expect(added.code).toBe(0);
    const made = added.stdout.split('\n').filter((l) => l.startsWith('not made: '));
    expect(made.length).toBeGreaterThan(LISTED_NOTES);
    expect(made.length).toBeLessThanOrEqual(LISTED_NOTES + 2);
    expect(made.at(-1)).toMatch(/^not made: \+ more /u);
    const file = readFileSync(join(dir, 'feedback/rules/1.yaml'), 'utf8');
    expect(file.match(/^ {2}- /gmu)?.length).toBe(made.length);
  });
});
