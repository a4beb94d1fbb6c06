// The flags that give an edit by hand (--op, --clause, --quote, …), shared by
// `feedback add` and `feedback edit`: registered once (in ./index.ts), read into
// an Edit by editFromFields (the one place that knows what each op needs).
import { EDIT_OPS, editFromFields, type Edit, type EditFields, type EditOp } from '../../../core/edits/edit.js';
import { splitUnits } from '../../../core/feedback/entry.js';
import { UsageError } from '../../report.js';

export interface EditFlags {
  op?: EditOp;
  clause?: string;
  quote?: string;
  text?: string;
  position?: 'before' | 'after' | 'inside';
  occurrence?: string;
  prefix?: string;
  suffix?: string;
  role?: 'lead' | 'responsible';
  units?: string;
}

const FIELD_FLAGS = ['clause', 'quote', 'text', 'position', 'occurrence', 'prefix', 'suffix', 'role', 'units'] as const;

/** Whether any flag of an edit was given (to refuse them where no edit is expected). */
export function hasEditFlags(flags: EditFlags): boolean {
  return flags.op !== undefined || FIELD_FLAGS.some((key) => flags[key] !== undefined);
}

/** The edit the flags describe, or a usage error naming the missing or wrong flag. */
export function editFromFlags(flags: EditFlags): Edit {
  if (!flags.op) throw new UsageError(`give the edit with --op (${EDIT_OPS.join(', ')}) and its fields`);
  const fields: EditFields = { op: flags.op };
  for (const key of ['clause', 'quote', 'text', 'position', 'prefix', 'suffix', 'role'] as const) {
    if (flags[key] !== undefined) fields[key] = flags[key];
  }
  if (flags.occurrence !== undefined) {
    const n = Number(flags.occurrence);
    if (!Number.isInteger(n) || n < 1) throw new UsageError('--occurrence is a whole number from 1');
    fields.occurrence = n;
  }
  if (flags.units !== undefined) fields.units = splitUnits(flags.units);
  if (fields.op === 'insert' && fields.position === undefined) fields.position = 'after';
  const made = editFromFields(fields);
  if ('problems' in made) throw new UsageError(made.problems.map((p) => `${p.message} (--${p.field})`).join('; '));
  return made.edit;
}
