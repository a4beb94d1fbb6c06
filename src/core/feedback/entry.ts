// A feedback entry: one YAML file in feedback/<draft>/ (two clerks adding or
// deciding different entries on two branches never touch the same file).
// Validated field by field on the YAML tree, so that every problem has its
// line and column, aliases are refused outright and unknown keys such as
// __proto__ never reach an object.
import jsyaml from 'js-yaml';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { EDIT_FIELDS, EDIT_OPS, editFromFields, type Edit, type EditFields, type EditOp } from '../edits/edit.js';
import { InputError, problem, type Problem } from '../problem.js';

export const DECISION_STATUSES = ['pending', 'adopted', 'partial', 'rejected'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export interface Decision {
  status: DecisionStatus;
  /** For partial: the 1-based numbers of the adopted edits. */
  edits?: number[];
  reason?: string;
  by?: string;
  date?: string;
}

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

const ENTRY_KEYS = ['id', 'unit', 'date', 'locator', 'comment', 'contact', 'edits', 'decision', 'unparsed', 'from', 'notes', 'timing', 'campaign'];
const FROM_KEYS = ['file', 'table', 'sheet', 'row', 'line', 'number'];
const DECISION_KEYS = ['status', 'edits', 'reason', 'by', 'date'];
export const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

type Path = Array<string | number>;

/** A problem found in the data, placed later by its path in the YAML tree. */
interface Finding {
  path: Path;
  message: string;
  warning?: boolean;
  /** Point at the key rather than its value (unknown keys). */
  atKey?: boolean;
}

// Anchors and aliases are refused (alias bombs); the fast reader is not told of them.
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]/mu;

/**
 * Reads an entry file. Thousands of them make a large build, so the plain data
 * comes from js-yaml (about ten times faster here); only a file with a problem
 * is parsed again with the `yaml` library, to give each message its line and column.
 */
export function parseEntry(text: string, file: string): ParsedEntry {
  let data: unknown;
  try {
    if (ANCHOR_OR_ALIAS.test(text)) return locate(text, file);
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch {
    return locate(text, file);
  }
  const findings: Finding[] = [];
  const entry = readEntry(data, findings);
  if (findings.length > 0) return locate(text, file, findings);
  entry!.file = file;
  entry!.editLines = editLines(text, entry!.edits.length);
  return { entry: entry!, problems: [] };
}

/** Lines of the edits, for messages about them: "- op:" items in the file's order. */
function editLines(text: string, count: number): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*-\s+op\s*:/u.test(line)) lines.push(i + 1);
  });
  return lines.length === count ? lines : Array.from({ length: count }, () => Math.max(1, text.split('\n').findIndex((l) => /^edits\s*:/u.test(l)) + 1));
}

/** The slow, exact path: YAML errors and aliases with their places, and each finding placed by its path. */
function locate(text: string, file: string, known?: Finding[]): ParsedEntry {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const place = (offset: number, message: string, warning = false, rule = 'entry') => {
    const pos = lineCounter.linePos(offset);
    return problem(message, { file, line: pos.line, column: pos.col, rule, warning });
  };
  if (document.errors.length > 0) {
    return { problems: document.errors.map((error) => place(error.pos[0], error.message.split('\n')[0]!, false, 'yaml')) };
  }
  const aliases: Problem[] = [];
  visit(document, {
    Alias(_, node) {
      aliases.push(place(node.range?.[0] ?? 0, 'YAML aliases are not allowed in feedback entries'));
    },
  });
  if (aliases.length > 0) return { problems: aliases };
  const findings = known ?? [];
  const entry = known ? undefined : readEntry(document.toJS(), findings);
  const problems = findings.map((finding) => place(offsetOf(document, finding), finding.message, finding.warning));
  const fatal = problems.some((p) => p.fatal !== false);
  if (fatal) return { problems };
  // Only warnings: the entry is usable (read again from the exact tree when the fast reader failed).
  const usable = entry ?? readEntry(jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }), []);
  if (!usable) return { problems };
  usable.file = file;
  usable.editLines = editLines(text, usable.edits.length);
  return { entry: usable, problems };
}

/** Offset of the node a finding is about: its value, or its key, or the nearest parent present. */
function offsetOf(document: Document, finding: Finding): number {
  for (let depth = finding.path.length; depth >= 0; depth--) {
    const path = finding.path.slice(0, depth);
    if (finding.atKey && depth === finding.path.length && depth > 0) {
      const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1)) : undefined;
      const key = pair?.key as Node | undefined;
      if (key?.range) return key.range[0];
      continue;
    }
    const node = (depth === 0 ? document.contents : document.getIn(path, true)) as Node | null | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0];
  }
  return 0;
}

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function knownKeys(value: Record_, known: string[], path: Path, findings: Finding[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) findings.push({ path: [...path, key], message: `unknown key "${key}" (known: ${known.join(', ')})`, warning: true, atKey: true });
  }
}

function own(value: Record_, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function text(value: Record_, key: string, path: Path, findings: Finding[], required = false): string | undefined {
  const v = own(value, key);
  if (v === undefined || v === null || v === '') {
    if (required) findings.push({ path: [...path, key], message: `"${key}" is required` });
    return undefined;
  }
  if (typeof v === 'object') {
    findings.push({ path: [...path, key], message: `"${key}" must be text` });
    return undefined;
  }
  return String(v);
}

function readEntry(data: unknown, findings: Finding[]): Entry | undefined {
  if (!isRecord(data)) {
    findings.push({ path: [], message: 'an entry is a mapping with id, unit, comment, edits and decision' });
    return undefined;
  }
  knownKeys(data, ENTRY_KEYS, [], findings);
  const id = text(data, 'id', [], findings, true);
  if (id !== undefined && !ENTRY_ID.test(id)) findings.push({ path: ['id'], message: `entry id "${id}" must be letters, digits, ".", "_" or "-"` });
  const entry: Entry = {
    id: id ?? '',
    unit: unitOf(data, findings),
    comment: text(data, 'comment', [], findings, true) ?? '',
    edits: [],
    decision: { status: 'pending' },
    file: '',
    editLines: [],
  };
  for (const key of ['date', 'locator', 'contact'] as const) {
    const value = text(data, key, [], findings);
    if (value !== undefined) entry[key] = value;
  }
  const unparsed = own(data, 'unparsed');
  if (Array.isArray(unparsed)) entry.unparsed = unparsed.filter((u): u is string => typeof u === 'string');
  readImported(data, entry, findings);
  const edits = own(data, 'edits');
  if (edits !== undefined && edits !== null) {
    if (!Array.isArray(edits)) findings.push({ path: ['edits'], message: 'edits must be a list' });
    else
      edits.forEach((item: unknown, i) => {
        const edit = readEdit(item, ['edits', i], findings);
        if (edit) entry.edits.push(edit);
      });
  }
  const decision = own(data, 'decision');
  if (decision !== undefined && decision !== null) entry.decision = readDecision(decision, entry.edits.length, findings);
  return entry;
}

/** A table without a unit column gives `unit: ""`: present, possibly empty. */
function unitOf(data: Record_, findings: Finding[]): string {
  const v = own(data, 'unit');
  if (v === '' || (v === null && Object.prototype.hasOwnProperty.call(data, 'unit'))) return '';
  return text(data, 'unit', [], findings, true) ?? '';
}

/** The fields an import adds: provenance, kept columns, timing, campaign. */
function readImported(data: Record_, entry: Entry, findings: Finding[]): void {
  const from = own(data, 'from');
  if (from !== undefined && from !== null) {
    if (!isRecord(from)) findings.push({ path: ['from'], message: 'from is a mapping: file, and table, sheet, row, line or number' });
    else {
      knownKeys(from, FROM_KEYS, ['from'], findings);
      const provenance: Provenance = { file: text(from, 'file', ['from'], findings, true) ?? '' };
      const sheet = text(from, 'sheet', ['from'], findings);
      if (sheet !== undefined) provenance.sheet = sheet;
      const number_ = text(from, 'number', ['from'], findings);
      for (const key of ['table', 'row', 'line'] as const) {
        const n = number(from, key, ['from'], findings, false);
        if (n !== undefined) provenance[key] = n;
      }
      if (number_ !== undefined) provenance.number = number_;
      entry.from = provenance;
    }
  }
  const notes = own(data, 'notes');
  if (notes !== undefined && notes !== null) {
    if (!Array.isArray(notes)) findings.push({ path: ['notes'], message: 'notes is a list of {column, text}' });
    else {
      entry.notes = [];
      notes.forEach((item: unknown, i) => {
        if (!isRecord(item)) return findings.push({ path: ['notes', i], message: 'a note is a mapping: column, text' });
        knownKeys(item, ['column', 'text'], ['notes', i], findings);
        entry.notes!.push({ column: text(item, 'column', ['notes', i], findings) ?? '', text: text(item, 'text', ['notes', i], findings) ?? '' });
      });
    }
  }
  const timing = text(data, 'timing', [], findings);
  if (timing !== undefined) {
    if ((TIMINGS as readonly string[]).includes(timing)) entry.timing = timing as Timing;
    else findings.push({ path: ['timing'], message: `timing "${timing}" is not one of ${TIMINGS.join(', ')}` });
  }
  const campaign = text(data, 'campaign', [], findings);
  if (campaign !== undefined) {
    if (ENTRY_ID.test(campaign)) entry.campaign = campaign;
    else findings.push({ path: ['campaign'], message: `campaign "${campaign}" is not an entry id` });
  }
}

function readEdit(item: unknown, path: Path, findings: Finding[]): Edit | undefined {
  if (!isRecord(item)) {
    findings.push({ path, message: 'each edit is a mapping with op, clause and its fields' });
    return undefined;
  }
  knownKeys(item, [...EDIT_FIELDS], path, findings);
  const op = text(item, 'op', path, findings, true);
  if (op === undefined) return undefined;
  if (!(EDIT_OPS as readonly string[]).includes(op)) {
    findings.push({ path: [...path, 'op'], message: `unknown op "${op}" (one of ${EDIT_OPS.join(', ')})` });
    return undefined;
  }
  const fields: EditFields = { op: op as EditOp };
  for (const key of ['clause', 'quote', 'text', 'prefix', 'suffix', 'source', 'position', 'role'] as const) {
    const value = text(item, key, path, findings);
    if (value !== undefined) fields[key] = value;
  }
  const occurrence = number(item, 'occurrence', path, findings, false);
  if (occurrence !== undefined) fields.occurrence = occurrence;
  const confidence = number(item, 'confidence', path, findings, true);
  if (confidence !== undefined) fields.confidence = confidence;
  const units = own(item, 'units');
  if (units !== undefined && units !== null) {
    if (Array.isArray(units) && units.every((u) => typeof u === 'string' || typeof u === 'number')) fields.units = units.map(String).filter(Boolean);
    else if (typeof units === 'string') fields.units = splitUnits(units);
    else findings.push({ path: [...path, 'units'], message: 'units is a list of unit names' });
  }
  const made = editFromFields(fields);
  if ('problems' in made) {
    for (const p of made.problems) findings.push({ path: [...path, p.field], message: p.message });
    return undefined;
  }
  return made.edit;
}

/** "A、B，C" → ["A", "B", "C"]: unit names as written in a comment or on the command line. */
export function splitUnits(text: string): string[] {
  return text.split(/[、,，]/u).map((u) => u.trim()).filter(Boolean);
}

function number(value: Record_, key: string, path: Path, findings: Finding[], fraction: boolean): number | undefined {
  const v = own(value, key);
  if (v === undefined || v === null) return undefined;
  const n = typeof v === 'number' || typeof v === 'string' ? Number(v) : NaN;
  const ok = Number.isFinite(n) && (fraction ? n >= 0 && n <= 1 : Number.isInteger(n) && n >= 1);
  if (!ok) {
    findings.push({ path: [...path, key], message: fraction ? `${key} is a number from 0 to 1` : `${key} is a whole number from 1` });
    return undefined;
  }
  return n;
}

function readDecision(value: unknown, editCount: number, findings: Finding[]): Decision {
  const path: Path = ['decision'];
  if (!isRecord(value)) {
    findings.push({ path, message: 'decision is a mapping with status (pending, adopted, partial, rejected), edits, reason, by, date' });
    return { status: 'pending' };
  }
  knownKeys(value, DECISION_KEYS, path, findings);
  const status = text(value, 'status', path, findings, true) ?? 'pending';
  if (!(DECISION_STATUSES as readonly string[]).includes(status)) {
    findings.push({ path: [...path, 'status'], message: `decision status "${status}" is not one of ${DECISION_STATUSES.join(', ')}` });
    return { status: 'pending' };
  }
  const decision: Decision = { status: status as DecisionStatus };
  for (const key of ['reason', 'by', 'date'] as const) {
    const v = text(value, key, path, findings);
    if (v !== undefined) decision[key] = v;
  }
  const edits = own(value, 'edits');
  if (edits !== undefined && edits !== null) {
    if (!Array.isArray(edits)) findings.push({ path: [...path, 'edits'], message: 'decision edits is a list of edit numbers' });
    else {
      decision.edits = [];
      edits.forEach((item: unknown, i) => {
        const n = Number(item);
        if (!Number.isInteger(n) || n < 1 || n > editCount) {
          findings.push({ path: [...path, 'edits', i], message: `edit ${String(item)} does not exist: the entry has ${editCount} edit(s)` });
        } else decision.edits!.push(n);
      });
    }
  }
  // A missing reason is `check`'s to report: the file stays readable so that `decide` can add one.
  return decision;
}

/** Reads an entry as a YAML document to change it (comments kept), or throws its problems. */
export function entryDocument(text: string, file: string): Document {
  const parsed = parseEntry(text, file);
  const errors = parsed.problems.filter((p) => p.fatal !== false);
  if (errors.length > 0 || !parsed.entry) throw new InputError(errors.length > 0 ? errors : [problem('unreadable entry', { file })]);
  return parseDocument(text, { prettyErrors: false });
}

/** The text of a new entry file, fields in a fixed order, under the comment given. */
export function formatEntry(entry: Omit<Entry, 'file' | 'editLines'>, comment?: string): string {
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
  for (const key of ['edits', 'reason', 'by', 'date'] as const) if (entry.decision[key] !== undefined) decision[key] = entry.decision[key];
  data['decision'] = decision;
  const document = parseDocument('{}');
  document.contents = document.createNode(data) as typeof document.contents;
  if (comment) document.commentBefore = comment;
  return document.toString({ lineWidth: 0 });
}

/** The canonical text of an entry file: the same YAML, comments kept, spacing normalised. */
export function canonicalEntryText(text: string): string {
  return parseDocument(text, { prettyErrors: false }).toString({ lineWidth: 0 });
}
