// An edit: one operation on one clause, anchored by the clause ID and, for
// text edits, the exact quoted text (with an occurrence number or a little
// context where the quote repeats), so it survives changes elsewhere.
// One variant per operation: what an op needs is in its type, checked once
// when an entry is read (editFromFields), never again at run time.
import { withoutIdLines } from '../draft/lines.js';

export const EDIT_OPS = [
  'replace',
  'delete',
  'insert',
  'append',
  'rewrite',
  'rewrite-first-paragraph',
  'replace-all',
  'add-clause',
  'remove-clause',
  'remove-first-paragraph',
  'add-units',
  'remove-units',
  'set-lead',
] as const;

export type EditOp = (typeof EDIT_OPS)[number];
export type UnitRole = 'lead' | 'responsible';

/** The clause of a `replace-all` edit: the whole draft. */
export const WHOLE_DRAFT = '*';

interface EditBase {
  /** The clause ID; `*` (the whole draft) for replace-all. */
  clause: string;
  /** How sure the proposal from the comment's wording is (0–1). */
  confidence?: number;
  /** The words of the comment the edit came from. */
  source?: string;
}

/** Where a text edit stands: the exact quote, and which one where it repeats. */
export interface QuoteAnchor {
  quote: string;
  /** 1-based occurrence of the quote, where it repeats. */
  occurrence?: number;
  /** Text that must stand right before / after the quote, where it repeats. */
  prefix?: string;
  suffix?: string;
}

export interface ReplaceEdit extends EditBase, QuoteAnchor {
  op: 'replace';
  text: string;
}
export interface DeleteEdit extends EditBase, QuoteAnchor {
  op: 'delete';
}
export interface InsertEdit extends EditBase, QuoteAnchor {
  op: 'insert';
  text: string;
  position: 'before' | 'after';
}
/** Text added at the end of the clause, before its unit annotation. */
export interface AppendEdit extends EditBase {
  op: 'append';
  text: string;
}
/**
 * The clause and everything under it replaced by new text ("第十条修改为：“…”"):
 * the first paragraph keeps the clause's number and ID, further paragraphs
 * (separated by line breaks) become its new 款 / items.
 */
export interface RewriteEdit extends EditBase {
  op: 'rewrite';
  text: string;
}
/**
 * An article's own paragraph rewritten with its items (第十条第一款修改为：“…”):
 * its later 款 stay as they are. Further lines of the text become new 款 or
 * items right after it.
 */
export interface RewriteFirstParagraphEdit extends EditBase {
  op: 'rewrite-first-paragraph';
  text: string;
}
/** Every occurrence of the quote in the whole draft ("全文统一修改"): clause is `*`. */
export interface ReplaceAllEdit extends EditBase {
  op: 'replace-all';
  quote: string;
  text: string;
}
/**
 * A new clause before or after this one (its subtree), or inside it as its
 * last child ("增加一款"). The build gives it its number; a number written at
 * the start of the text in the style it joins is dropped. `first-paragraph`
 * (增加一款，作为第一款) on an article: the new 款 opens it, after its number,
 * and its own old paragraph, as other edits revise it, follows as its 第二款
 * (the later 款 move on by one); it claims none of the old words.
 */
export interface AddClauseEdit extends EditBase {
  op: 'add-clause';
  text: string;
  position: 'before' | 'after' | 'inside' | 'first-paragraph';
}
/** The clause and its children removed. */
export interface RemoveClauseEdit extends EditBase {
  op: 'remove-clause';
}
/**
 * The clause's own paragraph removed, with its items (删除第五条第一款): its
 * next paragraph (第二款) moves up into it, keeping its number and ID.
 */
export interface RemoveFirstParagraphEdit extends EditBase {
  op: 'remove-first-paragraph';
}
export interface UnitListEdit extends EditBase {
  op: 'add-units' | 'remove-units';
  role: UnitRole;
  units: string[];
}
export interface SetLeadEdit extends EditBase {
  op: 'set-lead';
  units: string[];
}

export type Edit =
  | ReplaceEdit
  | DeleteEdit
  | InsertEdit
  | AppendEdit
  | RewriteEdit
  | RewriteFirstParagraphEdit
  | ReplaceAllEdit
  | AddClauseEdit
  | RemoveClauseEdit
  | RemoveFirstParagraphEdit
  | UnitListEdit
  | SetLeadEdit;

export type TextEdit = ReplaceEdit | DeleteEdit | InsertEdit;
export type UnitEdit = UnitListEdit | SetLeadEdit;

export function isTextEdit(edit: Edit): edit is TextEdit {
  return edit.op === 'replace' || edit.op === 'delete' || edit.op === 'insert';
}

export function isUnitEdit(edit: Edit): edit is UnitEdit {
  return edit.op === 'add-units' || edit.op === 'remove-units' || edit.op === 'set-lead';
}

/** The unit list a unit edit changes. */
export function roleOf(edit: UnitEdit): UnitRole {
  return edit.op === 'set-lead' ? 'lead' : edit.role;
}

/** The fields of each op, in the order entry files write them. */
export const EDIT_FIELDS = ['op', 'clause', 'quote', 'text', 'position', 'occurrence', 'prefix', 'suffix', 'role', 'units', 'confidence', 'source'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

const REQUIRED: Record<EditOp, readonly EditField[]> = {
  replace: ['quote', 'text'],
  delete: ['quote'],
  insert: ['quote', 'text', 'position'],
  append: ['text'],
  rewrite: ['text'],
  'rewrite-first-paragraph': ['text'],
  'replace-all': ['quote', 'text'],
  'add-clause': ['text', 'position'],
  'remove-clause': [],
  'remove-first-paragraph': [],
  'add-units': ['role', 'units'],
  'remove-units': ['role', 'units'],
  'set-lead': ['units'],
};

const POSITIONS: Partial<Record<EditOp, readonly string[]>> = {
  insert: ['before', 'after'],
  'add-clause': ['before', 'after', 'inside', 'first-paragraph'],
};

/** Loose field values, as read from a file or from command-line flags. */
export interface EditFields {
  op: EditOp;
  clause?: string;
  quote?: string;
  text?: string;
  position?: string;
  occurrence?: number;
  prefix?: string;
  suffix?: string;
  role?: string;
  units?: string[];
  confidence?: number;
  source?: string;
}

export interface EditProblem {
  field: EditField;
  message: string;
}

/**
 * Builds the edit an op's fields describe, or says which field is missing or
 * wrong. The one place where "what each op needs" is written.
 */
export function editFromFields(fields: EditFields): { edit: Edit } | { problems: EditProblem[] } {
  const problems: EditProblem[] = [];
  const clause = fields.op === 'replace-all' ? (fields.clause ?? WHOLE_DRAFT) : fields.clause;
  if (clause === undefined || clause === '') problems.push({ field: 'clause', message: `${fields.op} needs clause` });
  for (const field of REQUIRED[fields.op]) {
    const value = fields[field as keyof EditFields];
    const empty = value === undefined || (field === 'units' && (value as string[]).length === 0) || (field === 'quote' && value === '');
    // A missing position says which ones there are: the clerk typing the edit by hand needs them.
    const choices = field === 'position' ? POSITIONS[fields.op] : undefined;
    if (empty) problems.push({ field, message: `${fields.op} needs ${field}${choices ? ` (${choices.map((p) => `"${p}"`).join(', ')})` : ''}` });
  }
  const positions = POSITIONS[fields.op];
  if (fields.position !== undefined && positions && !positions.includes(fields.position)) {
    problems.push({ field: 'position', message: `position of ${fields.op} is ${positions.map((p) => `"${p}"`).join(' or ')}` });
  }
  if (fields.role !== undefined && fields.role !== 'lead' && fields.role !== 'responsible') {
    problems.push({ field: 'role', message: 'role is "lead" or "responsible"' });
  }
  if (fields.text !== undefined && withoutIdLines(fields.text) !== fields.text) {
    problems.push({ field: 'text', message: 'text holds a clause ID line (<!-- #… -->), which would give the new text an ID of its own: take the line out' });
  }
  if (problems.length > 0) return { problems };
  const edit: Record<string, unknown> = { op: fields.op, clause };
  for (const field of EDIT_FIELDS) {
    if (field === 'op' || field === 'clause') continue;
    const value = fields[field as keyof EditFields];
    if (value !== undefined && (REQUIRED[fields.op].includes(field) || OPTIONAL[field](fields.op))) edit[field] = value;
  }
  return { edit: edit as unknown as Edit };
}

/** Optional fields an op may carry besides its required ones. */
const OPTIONAL: Record<EditField, (op: EditOp) => boolean> = {
  op: () => false,
  clause: () => false,
  quote: () => false,
  text: () => false,
  position: () => false,
  role: () => false,
  units: () => false,
  occurrence: (op) => op === 'replace' || op === 'delete' || op === 'insert',
  prefix: (op) => op === 'replace' || op === 'delete' || op === 'insert',
  suffix: (op) => op === 'replace' || op === 'delete' || op === 'insert',
  confidence: () => true,
  source: () => true,
};
