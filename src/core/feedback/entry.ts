// A feedback entry: one YAML file in feedback/<draft>/ (two clerks adding or
// deciding different entries on two branches never touch the same file).
// Checked against a schema (EntrySchema below), each problem placed at its
// line and column in the file; aliases are refused outright and unknown keys
// such as __proto__ are warnings that never reach an object.
import jsyaml from 'js-yaml';
import * as v from 'valibot';
import type { Document } from 'yaml';
import { yaml } from '../yaml-library.js';
import { mergeConflict } from '../merge-conflict.js';
import { EDIT_FIELDS, EDIT_OPS, editFromFields, type Edit, type EditField, type EditFields } from '../edits/edit.js';
import { InputError, problem, type Problem } from '../problem.js';
import { placeFindings, textScalars } from '../yaml-places.js';
import { checkData, fraction, given, isRecord, mapping, requiredText, text, TEXT_SCALARS, wholeNumber, type Finding, type Path } from '../yaml-schema.js';
import { DECISION_STATUSES, type Decision } from './decision.js';

export { DECISION_STATUSES, type Decision, type DecisionStatus } from './decision.js';

export interface Entry {
  id: string;
  unit: string;
  date?: string;
  /** Where the comment says it applies, as given ("第15页；第16页"). */
  locator?: string;
  /** The comment verbatim (主要意见). */
  comment: string;
  /** A person's contact details: kept out of every published output. */
  contact?: string;
  edits: Edit[];
  decision: Decision;
  /** Sentences of the comment that no edit was made from. */
  unparsed?: string[];
  /** Where an imported entry came from: the file, and its line or table row. */
  from?: Provenance;
  /** Columns of the source table that have no field of their own (备注 …), kept as given. */
  notes?: Note[];
  /** A public comment sent before the consultation window opened, or after it closed. */
  timing?: Timing;
  /** Member of a campaign: the id of the entry whose decision answers it too. */
  campaign?: string;
  file: string;
  /** Line of each edit in the file, for messages. */
  editLines: number[];
}

export interface Provenance {
  file: string;
  /** Word documents: which table (1-based), when there are several. */
  table?: number;
  /** Workbooks: the sheet's name. */
  sheet?: string;
  /** Row of a Word table or sheet (1-based, the header row counted). */
  row?: number;
  /** Line of a text file. */
  line?: number;
  /** The row's 序号 as written. */
  number?: string;
}

export interface Note {
  column: string;
  text: string;
}

export const TIMINGS = ['early', 'late'] as const;
export type Timing = (typeof TIMINGS)[number];

export interface ParsedEntry {
  entry?: Entry;
  problems: Problem[];
}

export const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The clause IDs that entries' edits name: no new clause may take one, even after its clause is gone. */
export function namedClauseIds(entries: readonly Pick<Entry, 'edits'>[]): string[] {
  return entries.flatMap((entry) => entry.edits.map((edit) => edit.clause));
}

/** "A、B，C" → ["A", "B", "C"]: unit names as written in a comment or on the command line. */
export function splitUnits(text: string): string[] {
  return text.split(/[、,，]/u).map((u) => u.trim()).filter(Boolean);
}

// ── What an entry file may hold (the order of keys is the order messages list them in).

const EditSchema = v.pipe(
  mapping(
    {
      op: v.pipe(requiredText('op'), v.picklist(EDIT_OPS, (issue) => `unknown op "${String(issue.input)}" (one of ${EDIT_OPS.join(', ')})`)),
      clause: text('clause'),
      quote: text('quote'),
      text: text('text'),
      position: text('position'),
      occurrence: wholeNumber('occurrence'),
      prefix: text('prefix'),
      suffix: text('suffix'),
      role: text('role'),
      // A list, or names as a comment writes them ("A、B").
      units: v.optional(v.nullable(v.union([v.array(v.string('units is a list of unit names')), v.string()], 'units is a list of unit names'))),
      confidence: fraction('confidence'),
      source: text('source'),
    } satisfies Record<EditField, v.GenericSchema>,
    'each edit is a mapping with op, clause and its fields',
  ),
  // What the op needs is editFromFields' to say: the one place it is written.
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const fields = given(dataset.value) as Omit<EditFields, 'units'> & { units?: string | string[] };
    // Empty new text is a deletion where the op replaces (strike "X" each place it appears); elsewhere it is no text.
    if (dataset.value.text === '' && (fields.op === 'replace-all' || fields.op === 'replace')) fields.text = '';
    if (fields.units !== undefined) fields.units = typeof fields.units === 'string' ? splitUnits(fields.units) : fields.units.filter(Boolean);
    const made = editFromFields(fields as EditFields);
    if ('edit' in made) return made.edit;
    for (const p of made.problems) addIssue({ message: p.message, path: [{ type: 'object', origin: 'value', input: dataset.value, key: p.field, value: dataset.value[p.field] }] });
    return NEVER;
  }),
);

const DecisionSchema = mapping(
  {
    status: v.pipe(requiredText('status'), v.picklist(DECISION_STATUSES, (issue) => `decision status "${String(issue.input)}" is not one of ${DECISION_STATUSES.join(', ')}`)),
    // Checked against the entry's edits below.
    edits: v.optional(v.nullable(v.array(v.nullable(v.string('decision edits is a list of edit numbers')), 'decision edits is a list of edit numbers'))),
    // A missing reason is `check`'s to report: the file stays readable so that `decide` can add one.
    reason: text('reason'),
    by: text('by'),
    date: text('date'),
    // The edits as they stood when decided (editsDigest): check compares it with the edits as they are.
    digest: text('digest'),
  },
  'decision is a mapping with status (pending, adopted, partial, rejected), edits, reason, by, date, digest',
);

const FROM_KEYS = ['file', 'table', 'sheet', 'row', 'line', 'number'] as const;

const ProvenanceSchema = mapping(
  { file: requiredText('file'), table: wholeNumber('table'), sheet: text('sheet'), row: wholeNumber('row'), line: wholeNumber('line'), number: text('number') } satisfies Record<(typeof FROM_KEYS)[number], v.GenericSchema>,
  'from is a mapping: file, and table, sheet, row, line or number',
);

const NoteSchema = mapping({ column: text('column'), text: text('text') }, 'a note is a mapping: column, text');

const EntrySchema = v.pipe(
  mapping(
    {
      id: v.pipe(requiredText('id'), v.regex(ENTRY_ID, (issue) => `entry id "${issue.input}" must be letters, digits, ".", "_" or "-"`)),
      // A table without a unit column gives `unit: ""`: present, possibly empty.
      unit: v.nullable(v.string('"unit" must be text')),
      date: text('date'),
      locator: text('locator'),
      comment: requiredText('comment'),
      contact: text('contact'),
      edits: v.optional(v.nullable(v.array(EditSchema, 'edits must be a list'))),
      decision: v.optional(v.nullable(DecisionSchema)),
      // Sentences no edit was made from. A map here is no sentence: a merge's two sides kept may have put an edit here.
      unparsed: v.optional(v.nullable(v.array(v.nullable(v.string('each of unparsed is a sentence (text), not a mapping or a list')), 'unparsed is a list of sentences'))),
      from: v.optional(v.nullable(ProvenanceSchema)),
      notes: v.optional(v.nullable(v.array(NoteSchema, 'notes is a list of {column, text}'))),
      timing: v.optional(v.nullable(v.pipe(v.string('"timing" must be text'), v.check((t) => t === '' || (TIMINGS as readonly string[]).includes(t), (issue) => `timing "${issue.input}" is not one of ${TIMINGS.join(', ')}`)))),
      campaign: v.optional(v.nullable(v.pipe(v.string('"campaign" must be text'), v.check((c) => c === '' || ENTRY_ID.test(c), (issue) => `campaign "${issue.input}" is not an entry id`)))),
    },
    'an entry is a mapping with id, unit, comment, edits and decision',
  ),
  v.rawTransform(({ dataset, addIssue, NEVER }): Omit<Entry, 'file' | 'editLines'> => {
    const data = dataset.value;
    const { decision } = data;
    const count = data.edits?.length ?? 0;
    // The adopted edits of a partial decision are edits of this entry.
    const adopted = decision?.edits?.map(Number);
    adopted?.forEach((n, i) => {
      if (Number.isInteger(n) && n >= 1 && n <= count) return;
      const path = [
        { type: 'object', origin: 'value', input: data, key: 'decision', value: decision },
        { type: 'object', origin: 'value', input: decision!, key: 'edits', value: decision!.edits },
        { type: 'array', origin: 'value', input: decision!.edits!, key: i, value: decision!.edits![i] },
      ] as const;
      addIssue({ message: `edit ${String(decision!.edits![i])} does not exist: the entry has ${count} edit(s)`, path: [...path] });
    });
    if (dataset.issues) return NEVER as never;
    const entry: Omit<Entry, 'file' | 'editLines'> = { id: data.id, unit: data.unit ?? '', comment: data.comment, edits: data.edits ?? [], decision: { status: decision?.status ?? 'pending' } };
    if (adopted) entry.decision.edits = adopted;
    // Empty text is text not given.
    for (const key of ['reason', 'by', 'date', 'digest'] as const) if (decision?.[key]) entry.decision[key] = decision[key];
    for (const key of ['date', 'locator', 'contact'] as const) if (data[key]) entry[key] = data[key];
    if (data.timing) entry.timing = data.timing as Timing;
    if (data.campaign) entry.campaign = data.campaign;
    if (data.unparsed) entry.unparsed = data.unparsed.filter((u): u is string => typeof u === 'string');
    if (data.notes) entry.notes = data.notes.map((note) => ({ column: note.column ?? '', text: note.text ?? '' }));
    if (data.from) entry.from = given(data.from) as Provenance;
    return entry;
  }),
);

/** The schema's findings, and an error for each edit that stands outside `edits` (said once, in place of what the schema says of it there). */
function checkEntryData(data: unknown): { output?: Omit<Entry, 'file' | 'editLines'>; findings: Finding[] } {
  const checked = checkData(EntrySchema, data);
  const stray = strayEdits(data);
  if (stray.length === 0) return checked;
  const within = (path: Path, outer: Path) => outer.length <= path.length && outer.every((key, i) => key === path[i]);
  const findings = checked.findings.filter((f) => !stray.some((s) => within(f.path, s.path)));
  return { findings: [...findings, ...stray] };
}

/**
 * Mappings with an `op` anywhere but as an item of `edits`. Two clerks who each
 * add an edit to one entry make git conflict; a clerk who keeps both sides by
 * deleting the marker lines can leave the second edit under `unparsed:` (or
 * `notes:`), where it would be read as no edit at all.
 */
function strayEdits(data: unknown): Finding[] {
  const found: Finding[] = [];
  const walk = (value: unknown, path: Path) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (!isRecord(value)) return;
    const anEdit = path.length === 2 && path[0] === 'edits' && typeof path[1] === 'number';
    if (!anEdit && path.length > 0 && typeof value['op'] === 'string') {
      const where = path.filter((key) => typeof key === 'string').join('.');
      const what = typeof value['clause'] === 'string' ? `${value['op']} in ${value['clause']}` : value['op'];
      found.push({ path, message: `an edit (${what}) under "${where}", where no edit belongs: move it under "edits" (likely a merge conflict resolved by keeping both sides)` });
      return;
    }
    if (anEdit) return;
    for (const key of Object.keys(value)) walk(value[key], [...path, key]);
  };
  walk(data, []);
  return found;
}

// Anchors and aliases are refused (alias bombs); the fast reader is not told of them.
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]/mu;

/**
 * Reads an entry file. Thousands of them make a large build, so the plain data
 * comes from js-yaml (about ten times faster here); only a file with a problem
 * is parsed again with the `yaml` library, to give each message its line and column.
 */
export function parseEntry(text: string, file: string): ParsedEntry {
  const conflict = mergeConflict(text, file);
  if (conflict) return { problems: [conflict] };
  let data: unknown;
  try {
    // (Most files have neither "&" nor "*": two searches instead of the pattern.)
    if ((text.includes('&') || text.includes('*')) && ANCHOR_OR_ALIAS.test(text)) return locate(text, file);
    data = jsyaml.load(text, { schema: TEXT_SCALARS, filename: file });
  } catch {
    return locate(text, file);
  }
  const { output, findings } = checkEntryData(data);
  if (findings.length > 0 || !output) return locate(text, file, findings);
  return { entry: withPlace(output, text, file), problems: [] };
}

// An edit's first line is "- op: replace": what stands before and after its "op".
const BEFORE_OP = /^[ \t]*-[ \t]+$/u;
const AFTER_OP = /^[ \t]*:/u;

/** Lines of the edits, for messages about them: "- op:" items in the file's order (found by "op", the quickest search). */
function editLines(text: string, count: number): number[] {
  const lines: number[] = [];
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (let at = text.indexOf('op'); at !== -1; at = text.indexOf('op', at + 2)) {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    counted = at;
    if (BEFORE_OP.test(text.slice(lineStart, at)) && AFTER_OP.test(text.slice(at + 2, at + 12))) lines.push(line);
  }
  return lines.length === count ? lines : Array.from({ length: count }, () => Math.max(1, text.split('\n').findIndex((l) => /^edits\s*:/u.test(l)) + 1));
}

/** The entry as read (a fresh object), with its file and the lines of its edits. */
function withPlace(read: Omit<Entry, 'file' | 'editLines'>, text: string, file: string): Entry {
  const entry = read as Entry;
  entry.file = file;
  entry.editLines = editLines(text, entry.edits.length);
  return entry;
}

/** The slow, exact path: YAML errors and aliases with their places, and each finding placed by its path. */
function locate(text: string, file: string, known?: Finding[]): ParsedEntry {
  const { LineCounter, parseDocument, visit } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, customTags: textScalars });
  const place = (offset: number, message: string, rule: string) => {
    const pos = lineCounter.linePos(offset);
    return problem(message, { file, line: pos.line, column: pos.col, rule });
  };
  if (document.errors.length > 0) {
    return { problems: document.errors.map((error) => (error.code === 'DUPLICATE_KEY' ? duplicateKey(text, file, error.pos[0]) : undefined) ?? place(error.pos[0], error.message.split('\n')[0]!, 'yaml')) };
  }
  // One problem at the first alias, with the count: an alias bomb is one mistake, not dozens.
  const aliases: number[] = [];
  visit(document, {
    Alias(_, node) {
      aliases.push(node.range?.[0] ?? 0);
    },
  });
  if (aliases.length > 0) {
    const more = aliases.length > 1 ? ` (${aliases.length} in this file)` : '';
    return { problems: [place(aliases.reduce((a, b) => Math.min(a, b)), `YAML aliases are not allowed in feedback entries${more}`, 'entry')] };
  }
  // Read again from the exact tree when the fast reader failed.
  const checked = known ? { findings: known, output: undefined } : checkEntryData(document.toJS());
  const problems = placeFindings(document, lineCounter, checked.findings, { file, rule: 'entry' });
  if (problems.some((p) => p.fatal !== false)) return { problems };
  // Only warnings: the entry is usable.
  const output = checked.output ?? checkEntryData(jsyaml.load(text, { schema: TEXT_SCALARS })).output;
  if (!output) return { problems };
  return { entry: withPlace(output, text, file), problems };
}

/**
 * A key written twice in one mapping (the yaml library says only "Map keys must
 * be unique"): which key, where, and where it was first. Two clerks deciding one
 * entry make git conflict; a clerk who keeps both sides leaves two of each key.
 */
function duplicateKey(text: string, file: string, offset: number): Problem | undefined {
  const { LineCounter, parseDocument, visit, isScalar } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, customTags: textScalars });
  let found: Problem | undefined;
  visit(document, {
    Map(_, map, path) {
      const pair = map.items.find((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      if (!pair || !isScalar(pair.key)) return undefined;
      const key = String(pair.key.value);
      const first = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key)!;
      const firstLine = lineCounter.linePos((first.key as { range: [number, number] }).range[0]).line;
      // The mapping's own key ("decision"), where it has one.
      const parent = path.at(-1);
      const owner = parent && 'key' in parent && isScalar(parent.key) ? ` of "${String(parent.key.value)}"` : '';
      const pos = lineCounter.linePos(offset);
      found = problem(`"${key}"${owner} is written twice (lines ${firstLine} and ${pos.line}): keep one; likely a merge conflict resolved by keeping both sides`, { file, line: pos.line, column: pos.col, rule: 'yaml' });
      return visit.BREAK;
    },
  });
  return found;
}

/** Reads an entry as a YAML document to change it (comments kept), or throws its problems. */
export function entryDocument(text: string, file: string): Document {
  const { parseDocument } = yaml();
  const parsed = parseEntry(text, file);
  const errors = parsed.problems.filter((p) => p.fatal !== false);
  if (errors.length > 0 || !parsed.entry) throw new InputError(errors.length > 0 ? errors : [problem('unreadable entry', { file })]);
  return parseDocument(text, { prettyErrors: false, customTags: textScalars });
}

/** The text of a new entry file, fields in a fixed order, under the comment given. */
export function formatEntry(entry: Omit<Entry, 'file' | 'editLines'>, comment?: string): string {
  const { parseDocument } = yaml();
  const data: Record<string, unknown> = { id: entry.id, unit: entry.unit };
  if (entry.date) data['date'] = entry.date;
  if (entry.timing) data['timing'] = entry.timing;
  if (entry.locator) data['locator'] = entry.locator;
  data['comment'] = entry.comment;
  if (entry.contact) data['contact'] = entry.contact;
  if (entry.notes && entry.notes.length > 0) data['notes'] = entry.notes.map((n) => ({ column: n.column, text: n.text }));
  if (entry.campaign) data['campaign'] = entry.campaign;
  data['edits'] = entry.edits.map((edit) => {
    const out: Record<string, unknown> = {};
    const fields = edit as unknown as Record<string, unknown>;
    for (const key of EDIT_FIELDS) if (fields[key] !== undefined) out[key] = fields[key];
    return out;
  });
  if (entry.unparsed && entry.unparsed.length > 0) data['unparsed'] = entry.unparsed;
  if (entry.from) {
    const from: Record<string, unknown> = {};
    for (const key of FROM_KEYS) if (entry.from[key as keyof Provenance] !== undefined) from[key] = entry.from[key as keyof Provenance];
    data['from'] = from;
  }
  const decision: Record<string, unknown> = { status: entry.decision.status };
  for (const key of ['edits', 'reason', 'by', 'date', 'digest'] as const) if (entry.decision[key] !== undefined) decision[key] = entry.decision[key];
  data['decision'] = decision;
  const document = parseDocument('{}');
  document.contents = document.createNode(data) as typeof document.contents;
  if (comment) document.commentBefore = comment;
  return document.toString({ lineWidth: 0 });
}

/** The canonical text of an entry file: the same YAML, comments kept, spacing normalised. */
export function canonicalEntryText(text: string): string {
  const { parseDocument } = yaml();
  return parseDocument(text, { prettyErrors: false, customTags: textScalars }).toString({ lineWidth: 0 });
}
