// An edit: one operation on one clause, anchored by the clause ID and, for
// text edits, the exact quoted text (with an occurrence number or a little
// context where the quote repeats), so it survives changes elsewhere.

export const EDIT_OPS = [
  'replace',
  'delete',
  'insert',
  'append',
  'add-clause',
  'remove-clause',
  'add-units',
  'remove-units',
  'set-lead',
] as const;

export type EditOp = (typeof EDIT_OPS)[number];
export type UnitRole = 'lead' | 'responsible';

export interface Edit {
  op: EditOp;
  clause: string;
  /** The exact text the edit is anchored to (replace, delete, insert). */
  quote?: string;
  /** New text (replace, insert, append, add-clause). */
  text?: string;
  /** insert: before or after the quote; add-clause: before or after the clause. */
  position?: 'before' | 'after';
  /** 1-based occurrence of the quote, where it repeats. */
  occurrence?: number;
  /** Text that must stand right before / after the quote, where it repeats. */
  prefix?: string;
  suffix?: string;
  role?: UnitRole;
  units?: string[];
  /** How sure the proposal from the comment's wording is (0–1). */
  confidence?: number;
  /** The words of the comment the edit came from. */
  source?: string;
}

export const TEXT_OPS: ReadonlySet<EditOp> = new Set(['replace', 'delete', 'insert']);
export const UNIT_OPS: ReadonlySet<EditOp> = new Set(['add-units', 'remove-units', 'set-lead']);

/** What each op requires, for validation of entry files. */
export function missingFields(edit: Edit): string[] {
  const need: Array<keyof Edit> = [];
  if (TEXT_OPS.has(edit.op)) need.push('quote');
  if (edit.op === 'replace' || edit.op === 'insert' || edit.op === 'append' || edit.op === 'add-clause') need.push('text');
  if (edit.op === 'insert') need.push('position');
  if (UNIT_OPS.has(edit.op)) need.push('units');
  if (edit.op === 'add-units' || edit.op === 'remove-units') need.push('role');
  return need.filter((field) => edit[field] === undefined || (field === 'units' && edit.units!.length === 0));
}
