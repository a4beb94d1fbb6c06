// A feedback entry: one YAML file in feedback/<draft>/ (two clerks adding or
// deciding different entries on two branches never touch the same file).
// Validated field by field on the YAML tree, so that every problem has its
// line and column, aliases are refused outright and unknown keys such as
// __proto__ never reach an object.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { EDIT_OPS, type Edit, type EditOp } from './edit.js';
import { InputError, problem, type Problem } from './problem.js';

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
  file: string;
  /** Line of each edit in the file, for messages. */
  editLines: number[];
}

export interface ParsedEntry {
  entry?: Entry;
  document?: Document;
  problems: Problem[];
}

const ENTRY_KEYS = ['id', 'unit', 'date', 'locator', 'comment', 'contact', 'edits', 'decision', 'unparsed'];
const EDIT_KEYS = ['op', 'clause', 'quote', 'text', 'position', 'occurrence', 'prefix', 'suffix', 'role', 'units', 'confidence', 'source'];
const DECISION_KEYS = ['status', 'edits', 'reason', 'by', 'date'];
export const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function parseEntry(text: string, file: string): ParsedEntry {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = [];
  const at = (node: Node | null | undefined, message: string, warning = false) => {
    const offset = node?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    problems.push(problem(message, { file, line: pos.line, column: pos.col, rule: 'entry', warning }));
  };
  for (const error of document.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    problems.push(problem(error.message.split('\n')[0]!, { file, line: pos.line, column: pos.col, rule: 'yaml' }));
  }
  if (problems.length > 0) return { problems };
  const root = document.contents;
  if (!isMap(root)) {
    at(root, 'an entry is a mapping with id, unit, comment, edits and decision');
    return { problems };
  }
  const fields = fieldsOf(root, ENTRY_KEYS, at);
  const text_ = (key: string, required = false) => scalarText(fields.get(key), key, at, required, root);
  const id = text_('id', true);
  if (id !== undefined && !ENTRY_ID.test(id)) at(fields.get('id')?.value as Node, `entry id "${id}" must be letters, digits, ".", "_" or "-"`);
  const entry: Entry = {
    id: id ?? '',
    unit: text_('unit', true) ?? '',
    comment: text_('comment', true) ?? '',
    edits: [],
    decision: { status: 'pending' },
    file,
    editLines: [],
  };
  for (const key of ['date', 'locator', 'contact'] as const) {
    const value = text_(key);
    if (value !== undefined) entry[key] = value;
  }
  const unparsed = fields.get('unparsed')?.value;
  if (isSeq(unparsed)) entry.unparsed = unparsed.items.map((item) => (isScalar(item) ? String(item.value) : '')).filter(Boolean);
  const edits = fields.get('edits')?.value as Node | undefined;
  if (edits !== undefined && edits !== null && !(isScalar(edits) && edits.value === null)) {
    if (!isSeq(edits)) at(edits, 'edits must be a list');
    else
      edits.items.forEach((item) => {
        const edit = readEdit(item as Node, at);
        if (edit) {
          entry.edits.push(edit);
          entry.editLines.push(lineCounter.linePos((item as Node).range?.[0] ?? 0).line);
        }
      });
  }
  const decision = fields.get('decision')?.value as Node | undefined;
  if (decision !== undefined && decision !== null && !(isScalar(decision) && decision.value === null)) {
    entry.decision = readDecision(decision, entry.edits.length, at);
  }
  return { entry, document, problems };
}

type At = (node: Node | null | undefined, message: string, warning?: boolean) => void;

function fieldsOf(map: Node, known: string[], at: At): Map<string, Pair> {
  const fields = new Map<string, Pair>();
  if (!isMap(map)) return fields;
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (isAlias(pair.value) || isAlias(pair.key)) {
      at(pair.value as Node, 'YAML aliases are not allowed in feedback entries');
      continue;
    }
    if (!known.includes(key)) {
      at(pair.key as Node, `unknown key "${key}" (known: ${known.join(', ')})`, true);
      continue;
    }
    fields.set(key, pair);
  }
  return fields;
}

function scalarText(pair: Pair | undefined, key: string, at: At, required: boolean, parent: Node): string | undefined {
  const value = pair?.value as Node | undefined;
  if (value === undefined || value === null || (isScalar(value) && (value.value === null || value.value === ''))) {
    if (required) at(value ?? parent, `"${key}" is required`);
    return undefined;
  }
  if (!isScalar(value) || typeof value.value === 'object') {
    at(value, `"${key}" must be text`);
    return undefined;
  }
  return String(value.value);
}

function readEdit(node: Node, at: At): Edit | undefined {
  if (!isMap(node)) {
    at(node, 'each edit is a mapping with op, clause and its fields');
    return undefined;
  }
  const fields = fieldsOf(node, EDIT_KEYS, at);
  const text = (key: string, required = false) => scalarText(fields.get(key), key, at, required, node);
  const op = text('op', true);
  const clause = text('clause', true);
  if (op === undefined || clause === undefined) return undefined;
  if (!(EDIT_OPS as readonly string[]).includes(op)) {
    at(fields.get('op')!.value as Node, `unknown op "${op}" (one of ${EDIT_OPS.join(', ')})`);
    return undefined;
  }
  const edit: Edit = { op: op as EditOp, clause };
  for (const key of ['quote', 'text', 'prefix', 'suffix', 'source'] as const) {
    const value = text(key);
    if (value !== undefined) edit[key] = value;
  }
  const position = text('position');
  if (position !== undefined) {
    if (position !== 'before' && position !== 'after') at(fields.get('position')!.value as Node, 'position is "before" or "after"');
    else edit.position = position;
  }
  const role = text('role');
  if (role !== undefined) {
    if (role !== 'lead' && role !== 'responsible') at(fields.get('role')!.value as Node, 'role is "lead" or "responsible"');
    else edit.role = role;
  }
  const occurrence = numberField(fields.get('occurrence'), at);
  if (occurrence !== undefined) edit.occurrence = occurrence;
  const confidence = numberField(fields.get('confidence'), at, true);
  if (confidence !== undefined) edit.confidence = confidence;
  const units = fields.get('units')?.value as Node | undefined;
  if (units !== undefined && units !== null) {
    if (isSeq(units)) edit.units = units.items.map((u) => (isScalar(u) ? String(u.value) : '')).filter(Boolean);
    else if (isScalar(units)) edit.units = String(units.value).split(/[、,，]/u).map((u) => u.trim()).filter(Boolean);
    else at(units, 'units is a list of unit names');
  }
  return edit;
}

function numberField(pair: Pair | undefined, at: At, fraction = false): number | undefined {
  const value = pair?.value as Node | undefined;
  if (value === undefined || value === null) return undefined;
  const n = isScalar(value) ? Number(value.value) : NaN;
  const ok = Number.isFinite(n) && (fraction ? n >= 0 && n <= 1 : Number.isInteger(n) && n >= 1);
  if (!ok) {
    at(value, fraction ? 'confidence is a number from 0 to 1' : 'occurrence is a whole number from 1');
    return undefined;
  }
  return n;
}

function readDecision(node: Node, editCount: number, at: At): Decision {
  if (!isMap(node)) {
    at(node, 'decision is a mapping with status (pending, adopted, partial, rejected), edits, reason, by, date');
    return { status: 'pending' };
  }
  const fields = fieldsOf(node, DECISION_KEYS, at);
  const status = scalarText(fields.get('status'), 'status', at, true, node) ?? 'pending';
  if (!(DECISION_STATUSES as readonly string[]).includes(status)) {
    at(fields.get('status')!.value as Node, `decision status "${status}" is not one of ${DECISION_STATUSES.join(', ')}`);
    return { status: 'pending' };
  }
  const decision: Decision = { status: status as DecisionStatus };
  for (const key of ['reason', 'by', 'date'] as const) {
    const value = scalarText(fields.get(key), key, at, false, node);
    if (value !== undefined) decision[key] = value;
  }
  const edits = fields.get('edits')?.value as Node | undefined;
  if (edits !== undefined && edits !== null) {
    if (!isSeq(edits)) at(edits, 'decision edits is a list of edit numbers');
    else {
      decision.edits = [];
      for (const item of edits.items) {
        const n = isScalar(item) ? Number(item.value) : NaN;
        if (!Number.isInteger(n) || n < 1 || n > editCount) at(item as Node, `edit ${String(isScalar(item) ? item.value : '?')} does not exist: the entry has ${editCount} edit(s)`);
        else decision.edits.push(n);
      }
    }
  }
  if ((decision.status === 'partial' || decision.status === 'rejected') && !decision.reason) {
    at(node, `a ${decision.status === 'partial' ? 'partial' : 'rejected'} decision needs a reason`);
  }
  return decision;
}

/** Reads an entry or throws its problems (warnings alone do not stop it). */
export function requireEntry(text: string, file: string): { entry: Entry; document: Document; warnings: Problem[] } {
  const parsed = parseEntry(text, file);
  const errors = parsed.problems.filter((p) => p.fatal !== false);
  if (errors.length > 0 || !parsed.entry || !parsed.document) throw new InputError(errors.length > 0 ? errors : [problem('unreadable entry', { file })]);
  return { entry: parsed.entry, document: parsed.document, warnings: parsed.problems.filter((p) => p.fatal === false) };
}

/** The text of a new entry file, fields in a fixed order. */
export function formatEntry(entry: Omit<Entry, 'file' | 'editLines'>, draft: string): string {
  const data: Record<string, unknown> = { id: entry.id, unit: entry.unit };
  if (entry.date) data['date'] = entry.date;
  if (entry.locator) data['locator'] = entry.locator;
  data['comment'] = entry.comment;
  if (entry.contact) data['contact'] = entry.contact;
  data['edits'] = entry.edits.map((edit) => {
    const out: Record<string, unknown> = {};
    for (const key of EDIT_KEYS) if (edit[key as keyof Edit] !== undefined) out[key] = edit[key as keyof Edit];
    return out;
  });
  if (entry.unparsed && entry.unparsed.length > 0) data['unparsed'] = entry.unparsed;
  const decision: Record<string, unknown> = { status: entry.decision.status };
  for (const key of ['edits', 'reason', 'by', 'date'] as const) if (entry.decision[key] !== undefined) decision[key] = entry.decision[key];
  data['decision'] = decision;
  const document = parseDocument('{}');
  document.contents = document.createNode(data) as typeof document.contents;
  document.commentBefore =
    ` Feedback entry ${entry.id} on drafts/${draft}.md. Edits are anchored by clause ID and quote;` +
    '\n `redline propose` shows them, `redline decide` records the decision below.';
  return document.toString({ lineWidth: 0 });
}
