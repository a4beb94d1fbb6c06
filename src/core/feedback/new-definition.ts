// In § 583.115, add a definition of “Person” in alphabetical order to read:
// “Person means …”: the new definition is a paragraph of its own among the
// section's definitions, where its term falls in their alphabetical order
// (after Modification, before Placement area); never the section rewritten
// to it. Where the definitions are not in that order, or the term is defined
// already, or numbered, where it goes is asked about.
import type { Clause } from '../draft/clause.js';
import { descendants } from '../draft/locate.js';
import type { DraftIndex } from './resolve.js';

/** The term a paragraph defines: “Person means …” (a rule's), “The term “grant recipient” means …” (a bill's, its heading before it or not). */
function definedTerm(text: string): string | undefined {
  const body = text.trim();
  const bill = /^(?:[^—\n]{1,120}?\.—\s*)?The terms? [“"‘]([^”"’\n]{1,120})[”"’]/u.exec(body);
  if (bill) return bill[1]!;
  return /^[“"]?([A-Z][^\n.;:]{0,80}?)[”"]?,?\s+(?:means|has the meaning|includes|shall mean|refers to)\b/u.exec(body)?.[1];
}

const order = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

/** Where the definition of `term` goes in `section` (`name`, as cited): after the last definition that sorts before it, or before the first. */
export function newDefinitionPlace(section: Clause, name: string, term: string, index: DraftIndex): { clause: Clause; position: 'before' | 'after' } | { problem: string } {
  const definitions = descendants(index.tree, section).flatMap((clause) => {
    const defined = definedTerm(clause.text);
    return defined === undefined ? [] : [{ clause, term: defined }];
  });
  if (definitions.length === 0) return { problem: `${name} has no definitions: say where the definition of “${term}” goes` };
  if (definitions.some((d) => order(d.term, term) === 0)) return { problem: `${name} defines “${term}” already: revise its definition` };
  // A bill's definitions numbered (1), (2) …: the new one's number, and those after it, are the drafter's to give.
  if (definitions.some((d) => d.clause.marker !== null)) return { problem: `the definitions of ${name} are numbered: add the definition of “${term}” as a numbered paragraph after the one it follows` };
  const sorted = definitions.every((d, k) => k === 0 || order(definitions[k - 1]!.term, d.term) < 0);
  if (!sorted) return { problem: `the definitions of ${name} are not in alphabetical order: say where the definition of “${term}” goes` };
  const previous = definitions.filter((d) => order(d.term, term) < 0).at(-1);
  return previous ? { clause: previous.clause, position: 'after' } : { clause: definitions[0]!.clause, position: 'before' };
}
