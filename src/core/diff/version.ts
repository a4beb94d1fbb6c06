// One side of a diff, from whatever file the user has: a draft (with clause
// IDs), a built revised text (no IDs, list markers escaped for pandoc, front
// matter), or a pasted text (no front matter, perhaps one paragraph per line).
import { clausesOf, markersStandAlone, type Clause } from '../draft/clause.js';
import { parseDraft, parseDraftBlocks } from '../draft/format.js';
import { InputError, type Problem } from '../problem.js';
import { BlockClause, byIdOnly, diffClause, diffClauses, diffVersions, type DiffClause, type VersionDiff } from './draft-diff.js';

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

/**
 * One side as the diff reads it. Where every block has an ID, the clauses are
 * paired by it and most are the same on both sides: then only the blocks are
 * read, and a clause's number only where it is shown. The full clauses (for
 * aligning a side without IDs) are read on demand.
 */
export interface Side {
  byId: DiffClause[] | null;
  version: () => Version;
}

/** A side for diffSides: what readVersion reads, and refuses, in the same order. */
export function readSide(text: string, file: string, name: string): Side {
  const body = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (!ID_LINE.test(body)) {
    const version = readVersion(body, file, name);
    return { byId: null, version: () => version };
  }
  const { blocks, problems } = parseDraftBlocks(body, file);
  const errors = problems.filter((p: Problem) => p.fatal !== false);
  if (errors.length > 0) throw new InputError(errors);
  let version: Version | undefined;
  const full = () => (version ??= { clauses: clausesOf(blocks), withoutIds: false });
  if (blocks.some((block) => block.id === null)) return { byId: null, version: full };
  const byId = markersStandAlone(blocks) ? blocks.map((block, i) => new BlockClause(block.id!, i, block)) : full().clauses.map(diffClause);
  return { byId, version: full };
}

/** diffVersions of the two sides' clauses, without reading them where both sides have IDs throughout. */
export function diffSides(before: Side, after: Side): VersionDiff {
  if (before.byId && after.byId) return byIdOnly(diffClauses(before.byId, after.byId));
  return diffVersions(before.version().clauses, after.version().clauses);
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
