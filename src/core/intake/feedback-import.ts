// Rows of feedback tables become entries: the comment verbatim, its locator,
// the decision and reason the table records, edits proposed from the wording,
// and where the row came from. A draft takes table after table: rows already
// imported (by their content, whatever the file is called) are not added
// again, new rows get the next free ids, and no existing entry is changed.
import type { Clause } from '../draft/clause.js';
import { withoutIdLines } from '../draft/lines.js';
import type { Decision, Entry, Note, Provenance, Timing } from '../feedback/entry.js';
import { findQuotations } from '../feedback/quotation.js';
import { proposeEdits } from '../feedback/wording.js';
import { listedNotes } from '../feedback/unmade-change.js';
import { CampaignFinder } from './campaigns.js';
import type { FeedbackTable, TableRow } from './table-rows.js';
import { addToGroup } from '../text/groups.js';
import { CONTACT_REMOVED, maskContacts } from '../text/contacts.js';

export type NewEntry = Omit<Entry, 'file' | 'editLines'>;

export function entryFromComment(
  fields: { id: string; unit: string; comment: string; date?: string; contact?: string; locator?: string },
  clauses: readonly Clause[],
  lang: 'zh' | 'en',
): NewEntry {
  // An ID line copied out of the draft file with the clauses a comment quotes is markup, not words.
  // A locator given beside the comment (a 条款 column) is the place of its 本条 and of its quotes.
  const proposal = proposeEdits(withoutIdLines(fields.comment), clauses, lang, fields.locator);
  const entry: NewEntry = { id: fields.id, unit: fields.unit, comment: fields.comment, edits: proposal.edits, decision: { status: 'pending' } };
  const locator = locatorOf(fields.comment, lang);
  if (locator) entry.locator = locator;
  if (fields.date) entry.date = fields.date;
  if (fields.contact) entry.contact = fields.contact;
  if (proposal.unparsed.length > 0) entry.unparsed = listedNotes(proposal.unparsed);
  return entry;
}

/**
 * "第15页；第16页，18项“建立更加健全社会保障体系”" — where the comment says it
 * applies. A Chinese numeral counts only after 第: 增加一条, 三项措施 name no place.
 */
export function locatorOf(comment: string, lang: 'zh' | 'en' = 'zh'): string | undefined {
  // A place named inside a quotation (the new text's “依照本法第十条”, “section 311 applies”) is the text's, not the comment's.
  // The quotations as the wording reads them (linear: a pattern for them was quadratic on a pasted
  // statute's unclosed “), and both in the comment's order: one sweep, not every place against every quotation.
  const quoted = findQuotations(comment);
  const found: string[] = [];
  let q = 0;
  for (const m of comment.matchAll(LOCATOR)) {
    while (q < quoted.length && quoted[q]!.end <= m.index) q++;
    if (!(q < quoted.length && m.index > quoted[q]!.start)) found.push(m[0]);
  }
  if (found.length === 0) return undefined;
  return [...new Set(found)].join(lang === 'en' ? '; ' : '；');
}

/** A place a comment names: 第3页, 第十二条, 18项“title”, section 4. */
export const LOCATOR =
  /第\d+页(?:第[一二三四五六七八九十\d]+项(?:“[^”]{1,40}”)?)?|(?:第[\d零〇一二三四五六七八九十百千]+(?:[、至到-]第?[\d零〇一二三四五六七八九十百千]+)*|\d+)[项条](?:“[^”]{1,40}”)?|(?:item|section|article)\s+\d+/giu;

export interface ImportOptions {
  /** The file's name as recorded in each entry's `from`. */
  file: string;
  clauses: readonly Clause[];
  lang: 'zh' | 'en';
  /** The unit of rows whose table has no unit (or leaves it blank). */
  unit?: string;
  /** The draft's consultation window, to mark public comments sent outside it. */
  window?: { from: string; to: string };
  /** A corrected table re-sent: a row whose 序号 is already an entry with other text rewrites that entry. */
  replace?: boolean;
  /** The lowest number a new entry may take (closed rounds' ids are below it). */
  firstId?: number;
  /** The entries of the draft's closed rounds, oldest first: their rows are known too. */
  closed?: ReadonlyArray<{ round: number; entries: readonly Entry[] }>;
}

export interface ImportPlan {
  /** New entries, in table and row order. */
  entries: NewEntry[];
  /** Rows already imported earlier: the row and the entry that holds it (`round`: in that closed round). */
  known: Array<{ row: TableRow; table: FeedbackTable; entry: string; round?: number }>;
  /** 序号 written on more than one row of one table (every such row is kept). */
  repeatedNumbers: Array<{ number: string; table: FeedbackTable; lines: number[] }>;
  /** Campaigns among the new entries: lead id → member ids. */
  campaigns: Map<string, string[]>;
  /**
   * Rows of a table re-sent with other text under a 序号 that is already an
   * entry (from a file this table's other rows are already known from; same
   * sheet or table and unit): never a new entry beside it. With `replace`, `replacement`
   * is the entry rewritten from the row (same id), where the entry is still pending.
   */
  changed: Array<{ row: TableRow; table: FeedbackTable; entry: Entry; replacement?: NewEntry }>;
}

/** The entries a set of tables adds to a draft that already has `existing`. */
export function planImport(tables: readonly FeedbackTable[], existing: readonly Entry[], options: ImportOptions): ImportPlan {
  const plan: ImportPlan = { entries: [], known: [], repeatedNumbers: [], campaigns: new Map(), changed: [] };
  const byId = new Map(existing.map((e) => [e.id, e]));
  const claimed = new Set<string>();
  // A closed round's rows are imported already: a row sent again in the next round is
  // not a new comment (its entry is answered in that round's table). Its entries come
  // after the draft's own (a carried entry is in both), each with its first round.
  const current = new Set(existing.map((e) => e.id));
  const archived = new Map<string, { entry: Entry; round: number }>();
  for (const { round, entries } of options.closed ?? []) {
    for (const entry of entries) if (!current.has(entry.id) && !archived.has(entry.id)) archived.set(entry.id, { entry, round });
  }
  const holders: Array<{ entry: Entry; round?: number }> = [...existing.map((entry) => ({ entry })), ...archived.values()];
  const seen = new Map<string, Array<{ id: string; round?: number }>>();
  const placed = new Map<string, Array<{ id: string; round?: number }>>();
  for (const { entry, round } of holders) {
    const holder = round === undefined ? { id: entry.id } : { id: entry.id, round };
    addToGroup(seen, keyOf(entry), holder);
    const key = placeKey(entry.from, entry.comment);
    if (key !== undefined) addToGroup(placed, key, holder);
  }
  let next = Math.max(options.firstId ?? 1, ...existing.map((e) => (/^\d+$/u.test(e.id) ? Number(e.id) + 1 : 1)));
  const finder = new CampaignFinder();
  for (const entry of existing) if (!entry.campaign) finder.add(entry.id, entry.comment);
  for (const table of tables) {
    plan.repeatedNumbers.push(...repeatedNumbers(table));
    // First the rows seen before, so that a row changed since is matched only to an entry no row still holds.
    const fresh: Array<{ row: TableRow; fields: RowFields }> = [];
    for (const row of table.rows) {
      const fields = fieldsOf(row, table, options);
      const earlier = seen.get(keyOf(fields));
      // The same row of the same file, given another unit by --unit: known too.
      const again = earlier && earlier.length > 0 ? earlier : row.unit ? undefined : placed.get(placeKey(provenanceOf(row, table, options), fields.comment)!);
      if (again && again.length > 0) {
        const { id, round } = again.shift()!;
        if (round === undefined) {
          claimed.add(id);
          plan.known.push({ row, table, entry: id });
        } else plan.known.push({ row, table, entry: id, round });
      } else fresh.push({ row, fields });
    }
    // A table is a re-send of an earlier file only where some of its rows are
    // already known by their content from that file: a corrected table changes
    // a few rows, a new one (next week's 留言导出.csv, another 单位's
    // 意见反馈表.docx) none, whatever its name and 序号.
    const sources = new Set(plan.known.filter((k) => k.table === table && k.round === undefined).map((k) => byId.get(k.entry)?.from?.file));
    for (const { row, fields } of fresh) {
      const earlier = row.number ? resent(row, table, fields, existing, sources, claimed) : undefined;
      if (earlier) {
        claimed.add(earlier.id);
        const change: ImportPlan['changed'][number] = { row, table, entry: earlier };
        if (options.replace && earlier.decision.status === 'pending') change.replacement = replacementOf(earlier, entryOf(earlier.id, row, table, fields, options));
        plan.changed.push(change);
        continue;
      }
      const entry = entryOf(String(next++), row, table, fields, options);
      // A campaign is many people sending one text: the first one's decision answers the rest.
      const lead = table.public && entry.decision.status === 'pending' ? finder.add(entry.id, entry.comment) : undefined;
      if (lead !== undefined) {
        entry.campaign = lead;
        entry.edits = [];
        delete entry.unparsed;
        addToGroup(plan.campaigns, lead, entry.id);
      }
      plan.entries.push(entry);
    }
  }
  return plan;
}

/** The pending entry an earlier import made of this row's 序号, if the row is a re-sent one with other text. */
function resent(row: TableRow, table: FeedbackTable, fields: RowFields, existing: readonly Entry[], sources: ReadonlySet<string | undefined>, claimed: ReadonlySet<string>): Entry | undefined {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
  return existing.find((e) => {
    const from = e.from;
    if (!from || from.number === undefined || claimed.has(e.id) || !sources.has(from.file)) return false;
    if (norm(from.number) !== norm(row.number) || from.sheet !== table.sheet || from.table !== table.table) return false;
    // Another unit under the same 序号 is another comment.
    return !(e.unit && fields.unit && norm(e.unit) !== norm(fields.unit));
  });
}

/** The entry rewritten from the re-sent row: its new wording, edits proposed again, its pending decision kept. */
function replacementOf(earlier: Entry, fresh: NewEntry): NewEntry {
  if (fresh.decision.status === 'pending') fresh.decision = earlier.decision;
  return fresh;
}

interface RowFields {
  unit: string;
  comment: string;
  contact?: string;
  date?: string;
  notes: Note[];
}

const ANONYMOUS = /^(?:匿名(?:用户|网友|留言)?|anonymous)$/iu;

/** The entry fields of a row; a public comment's contact details (maskContacts) are moved to its contact. */
function fieldsOf(row: TableRow, table: FeedbackTable, options: ImportOptions): RowFields {
  const notes = [...(row.notes ?? [])];
  let comment = row.comment;
  const contacts = row.contact ? [row.contact] : [];
  if (table.public) {
    const masked = maskContacts(comment, options.lang === 'en' ? CONTACT_REMOVED.en : CONTACT_REMOVED.zh);
    contacts.push(...masked.found);
    comment = masked.text;
  }
  // 匿名 (anonymous) names no one: the comment is the public's, as one with no name is (else tables and status list 匿名 beside 公众).
  const unit = table.public && ANONYMOUS.test(row.unit.normalize('NFKC').trim()) ? '' : row.unit;
  const fields: RowFields = { unit: unit || options.unit || (table.public ? (options.lang === 'en' ? 'Public' : '公众') : ''), comment, notes };
  if (contacts.length > 0) fields.contact = [...new Set(contacts)].join('; ');
  if (row.submitted) {
    const date = isoDay(row.submitted);
    if (date) fields.date = date;
    const column = table.columns.find((c) => c.field === 'submitted')?.header ?? '';
    // The time of day, or a date that could not be read, stays with the entry.
    if (!date || row.submitted.trim() !== date) notes.push({ column, text: row.submitted.trim() });
  }
  return fields;
}

function entryOf(id: string, row: TableRow, table: FeedbackTable, fields: RowFields, options: ImportOptions): NewEntry {
  const entry = entryFromComment({ id, unit: fields.unit, comment: fields.comment, ...(row.locator ? { locator: row.locator } : {}) }, options.clauses, options.lang);
  if (row.locator) entry.locator = row.locator;
  if (fields.date) entry.date = fields.date;
  const timing = fields.date && options.window && table.public ? timingOf(fields.date, options.window) : undefined;
  if (timing) entry.timing = timing;
  if (fields.contact) entry.contact = fields.contact;
  if (fields.notes.length > 0) entry.notes = fields.notes;
  if (row.decision && row.decision !== 'pending') {
    const decision: Decision = { status: row.decision };
    if (row.reason) decision.reason = row.reason;
    entry.decision = decision;
  }
  entry.from = provenanceOf(row, table, options);
  return entry;
}

function provenanceOf(row: TableRow, table: FeedbackTable, options: ImportOptions): Provenance {
  const from: Provenance = { file: options.file };
  if (table.table !== undefined) from.table = table.table;
  if (table.sheet !== undefined) from.sheet = table.sheet;
  if (table.table !== undefined || table.sheet !== undefined) from.row = row.line;
  else from.line = row.line;
  if (row.number) from.number = row.number;
  return from;
}

/**
 * The same row of the same file again, whatever unit the import gave it
 * (a table with no unit column imported again with another --unit): its place
 * and its comment.
 */
function placeKey(from: Provenance | undefined, comment: string): string | undefined {
  if (!from) return undefined;
  return [from.file, from.table ?? '', from.sheet ?? '', from.row ?? from.line ?? '', comment.normalize('NFKC').replace(/\s+/gu, ' ').trim()].join('\u0000');
}

/** What makes a row the same comment again, whichever file it comes in. */
function keyOf(entry: { unit: string; comment: string; contact?: string; date?: string }): string {
  const norm = (s: string | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/gu, ' ').trim();
  // A row imported by an earlier redline, which masked fewer contact details and kept 匿名 as a unit, is the same
  // row: compared as this one reads it (its details masked, moved to its contact; 匿名 the public's).
  const masked = maskContacts(entry.comment.replaceAll(CONTACT_REMOVED.zh, MASK).replaceAll(CONTACT_REMOVED.en, MASK), MASK);
  // (In any order: one redline listed phones before e-mails, the next lists them as they stand.)
  const contact = [...new Set([...(entry.contact ? entry.contact.split('; ') : []), ...masked.found].map(norm))].sort().join('; ');
  const unit = norm(entry.unit);
  return [ANONYMOUS.test(unit) || unit === 'Public' ? '公众' : unit, norm(masked.text), contact, norm(entry.date)].join('\u0000');
}

/** Where a contact detail was, as keyOf compares comments. */
const MASK = '\u0001';

function repeatedNumbers(table: FeedbackTable): ImportPlan['repeatedNumbers'] {
  const lines = new Map<string, number[]>();
  for (const row of table.rows) if (row.number) addToGroup(lines, row.number, row.line);
  return [...lines].filter(([, l]) => l.length > 1).map(([number, l]) => ({ number, table, lines: l }));
}

/** "2018-01-09 10:21:33", "2018/1/9", "2018年1月9日" → "2018-01-09". */
export function isoDay(text: string): string | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function timingOf(date: string, window: { from: string; to: string }): Timing | undefined {
  if (date < window.from) return 'early';
  if (date > window.to) return 'late';
  return undefined;
}
