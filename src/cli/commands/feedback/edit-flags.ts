// The flags that give an edit by hand (--op, --clause, --quote, …), shared by
// `feedback add` and `feedback edit`: registered once (in ./index.ts), read into
// an Edit by editFromFields (the one place that knows what each op needs).
import type { Clause } from '../../../core/draft/clause.js';
import { cite, citableClauses } from '../../../core/draft/citation.js';
import { CLAUSE_ID } from '../../../core/draft/lines.js';
import { EDIT_OPS, editFromFields, type Edit, type EditFields, type EditOp } from '../../../core/edits/edit.js';
import { splitUnits } from '../../../core/feedback/entry.js';
import type { ProposedEdit } from '../../../core/revision/proposal.js';
import { UsageError } from '../../report.js';

export interface EditFlags {
  op?: EditOp;
  clause?: string;
  quote?: string;
  text?: string;
  position?: 'before' | 'after' | 'inside' | 'first-paragraph';
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

/**
 * The edit the flags describe, or a usage error naming the missing or wrong
 * flag. --clause takes the clause's ID, or what names one clause of the draft
 * as a clerk cites it (第二十三条, 第八条第二款, 18, section 313(b)): the entry
 * stores the ID, as `blame` reads a display number.
 */
export function editFromFlags(flags: EditFlags, clauses: readonly Clause[]): Edit {
  if (!flags.op) throw new UsageError(`give the edit with --op (${EDIT_OPS.join(', ')}) and its fields`);
  const fields: EditFields = { op: flags.op };
  for (const key of ['clause', 'quote', 'text', 'position', 'prefix', 'suffix', 'role'] as const) {
    if (flags[key] !== undefined) fields[key] = flags[key];
  }
  if (fields.clause !== undefined) fields.clause = clauseId(fields.clause, clauses);
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

/**
 * Why an edit given by flags is refused. An entry that `feedback add` has not
 * written is not named ("edit 1 (c999): …", not "entry 23, edit 1"); a
 * --clause that names no clause says where the IDs are, or which ID a number
 * given in its place (第十条, section 313(b)) has.
 */
export function refusal(refused: ProposedEdit, clauses: readonly Clause[], unwritten?: string): string {
  let message = refused.message ?? refused.state;
  if (unwritten !== undefined && message.startsWith(`entry ${unwritten}, `)) message = message.slice(`entry ${unwritten}, `.length);
  if (refused.suggestion) message += ` (${refused.suggestion})`;
  if (refused.clause || refused.edit.op === 'replace-all') return `the edit does not apply: ${message}`;
  return `the edit does not apply: ${message}; ${clauseHint(refused.edit.clause, clauses)}`;
}

/** The clauses a --clause that is no ID may mean: those with that number (18) or citation (第二十三条). */
function cited(given: string, clauses: readonly Clause[]): Clause[] {
  const names = citableClauses(clauses);
  return clauses.filter((c) => c.number === given || cite(names, c.id) === given);
}

/** A --clause as given, or the ID of the one clause it cites; an ID, `*`, or a citation of none or of several is kept (the refusal says why). */
function clauseId(given: string, clauses: readonly Clause[]): string {
  if (given === '*' || clauses.some((c) => c.id === given)) return given;
  const named = cited(given.trim(), clauses);
  return named.length === 1 ? named[0]!.id : given;
}

function clauseHint(given: string, clauses: readonly Clause[]): string {
  const numbered = cited(given, clauses);
  if (numbered.length > 1) return `${given} names ${numbered.length} clauses (${numbered.map((c) => c.id).join(', ')}): give --clause the ID`;
  if (CLAUSE_ID.test(given)) return '`redline clauses` lists the IDs';
  return '--clause takes a clause ID (such as c12), not a number: `redline clauses` lists them';
}
