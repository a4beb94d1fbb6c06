// Rows of a feedback table become entries: the comment verbatim, its locator
// as given, the decision the table records, and edits proposed from the wording.
import type { Clause } from '../draft/clause.js';
import type { Entry } from '../feedback/entry.js';
import type { TableRow } from './feedback-table.js';
import { proposeEdits } from '../feedback/wording.js';

export type NewEntry = Omit<Entry, 'file' | 'editLines'>;

export function entryFromComment(
  fields: { id: string; unit: string; comment: string; date?: string; contact?: string },
  clauses: readonly Clause[],
  lang: 'zh' | 'en',
): NewEntry {
  const proposal = proposeEdits(fields.comment, clauses, lang);
  const entry: NewEntry = { id: fields.id, unit: fields.unit, comment: fields.comment, edits: proposal.edits, decision: { status: 'pending' } };
  const locator = locatorOf(fields.comment);
  if (locator) entry.locator = locator;
  if (fields.date) entry.date = fields.date;
  if (fields.contact) entry.contact = fields.contact;
  if (proposal.unparsed.length > 0) entry.unparsed = proposal.unparsed;
  return entry;
}

export function entriesFromTable(rows: readonly TableRow[], clauses: readonly Clause[], lang: 'zh' | 'en', date?: string): NewEntry[] {
  return rows.map((row) => {
    const entry = entryFromComment({ id: row.number, unit: row.unit, comment: row.comment, ...(date ? { date } : {}), ...(row.contact ? { contact: row.contact } : {}) }, clauses, lang);
    if (row.decision && row.decision !== 'pending') {
      entry.decision = { status: row.decision };
      if (row.reason) entry.decision.reason = row.reason;
    }
    return entry;
  });
}

/** "第15页；第16页，18项“建立更加健全社会保障体系”" — where the comment says it applies. */
export function locatorOf(comment: string): string | undefined {
  const found = comment.match(/第\d+页(?:第[一二三四五六七八九十\d]+项(?:“[^”]{1,40}”)?)?|第?[\d一二三四五六七八九十百]+[项条](?:“[^”]{1,40}”)?|(?:item|section|article)\s+\d+/giu);
  if (!found) return undefined;
  return [...new Set(found)].join('；');
}
