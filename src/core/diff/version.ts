// One side of a diff, from whatever file the user has: a draft (with clause
// IDs), a built revised text (no IDs, list markers escaped for pandoc, front
// matter), or a pasted text (no front matter, perhaps one paragraph per line).
import type { Clause } from '../draft/clause.js';
import { parseDraft } from '../draft/format.js';
import { InputError, type Problem } from '../problem.js';

export interface Version {
  clauses: Clause[];
  /** The file carries no clause IDs at all: it must be aligned by text. */
  withoutIds: boolean;
}

const ID_LINE = /^\s*<!--\s*#[A-Za-z][A-Za-z0-9_-]{0,31}\s*-->\s*$/mu;

export function readVersion(text: string, file: string, name: string): Version {
  const body = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const withoutIds = !ID_LINE.test(body);
  if (!withoutIds) return { clauses: parsed(body, file, name), withoutIds };
  const source = unprotect(body);
  if (/^---\n/u.test(source) && /\n(---|\.\.\.)[ \t]*(\n|$)/u.test(source)) return { clauses: parsed(source, file, name), withoutIds };
  // No front matter: give it an empty one (two lines, taken off again in line numbers).
  if (!perLine(source)) return { clauses: parsed(`---\n---\n${source}`, file, name, (line) => line - 2), withoutIds };
  return { clauses: parsed(`---\n---\n${source.split('\n').join('\n\n')}`, file, name, (line) => (line - 2 + 1) / 2), withoutIds };
}

/** The clauses of a draft text; originalLine maps a line back where the text was given lines of its own. */
function parsed(text: string, file: string, name: string, originalLine?: (line: number) => number): Clause[] {
  const result = parseDraft(text, file, name);
  // Without IDs, "clause has no ID" is what we know already; other errors stop the diff.
  const errors = result.problems.filter((p: Problem) => p.fatal !== false);
  if (errors.length > 0) throw new InputError(errors);
  if (!originalLine) return result.draft.clauses;
  return result.draft.clauses.map((c) => ({ ...c, line: originalLine(c.line) }));
}

/**
 * Undoes the escapes a build puts on paragraph starts ("5\. ", "\(a)", "\- ")
 * so that the number reads as a number again (see protectParagraph).
 */
export function unprotect(text: string): string {
  return text
    .replace(/^(\s*)(\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+|#)\\([.)])(?=\s|$)/gmu, '$1$2$3')
    .replace(/^(\s*)\\\((\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+|@)\)(?=\s|$)/gmu, '$1($2)')
    .replace(/^(\s*)\\([-+*>|%])/gmu, '$1$2');
}

/** A pasted text with no blank line between its lines has one paragraph per line. */
function perLine(text: string): boolean {
  const lines = text.replace(/\n+$/u, '').split('\n');
  return lines.length > 1 && lines.every((l) => l.trim() !== '');
}
