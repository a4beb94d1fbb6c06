import type { Clause } from '../../core/draft/clause.js';
import { unitsLine } from '../../core/draft/units.js';
import { truncateToWidth } from '../../core/text/strings.js';
import type { Io } from '../io.js';
import { reportProblems } from '../report.js';
import { safeText } from '../terminal-text.js';
import { findWorkspace, resolveDraftName } from '../workspace.js';
import { readDraft } from '../workspace-reading.js';

export function clauseJson(clause: Clause) {
  return {
    id: clause.id,
    number: clause.number,
    level: clause.level,
    title: clause.title,
    parent: clause.parent,
    text: clause.text,
    units: { lead: clause.units.lead, responsible: clause.units.responsible },
  };
}

export interface ClausesOptions {
  /** The draft (default: the only draft). */
  draft?: string | undefined;
  json?: boolean;
}

export async function clausesCommand({ draft: name, ...flags }: ClausesOptions, io: Io): Promise<number> {
  const workspace = findWorkspace(io.cwd);
  const { draft, problems } = readDraft(workspace, resolveDraftName(workspace, name, (draft) => `redline clauses ${draft}`));
  reportProblems(io, problems);
  if (flags.json) {
    io.stdout(`${JSON.stringify(draft.clauses.map(clauseJson), null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(2, ...draft.clauses.map((c) => c.id.length));
  for (const clause of draft.clauses) {
    const label = clause.title || excerpt(clause.text);
    const head = `${'  '.repeat(clause.level - 1)}${clause.number ? `${clause.number} ` : ''}${label}`;
    io.stdout(`${clause.id.padEnd(idWidth)}  ${safeText(head)}\n`);
        const units = unitsLine(clause.units, draft.meta.lang);
        if (units) io.stdout(`${' '.repeat(idWidth)}  ${'  '.repeat(clause.level)}${safeText(units)}\n`);
  }
  return 0;
}

function excerpt(text: string): string {
  return truncateToWidth(text.split('\n')[0]!, 60);
}
