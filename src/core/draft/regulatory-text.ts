// A Federal Register rule is a preamble (summary, dates, supplementary
// information, the analysis and the responses to comments) and then its
// regulatory text: the CFR part it adds or amends, opened by the part's own
// line (PART 583— NEGOTIATED NONCOMPETITIVE AGREEMENTS …) right after the
// words of issuance. A clerk's "in part 583" and a change throughout with no
// place named both mean that text: the preamble explains the rule and is
// never amended by it. A draft with no such line (a bill, a Chinese draft, a
// rule that only delays a date) is its text whole.
import type { Clause } from './clause.js';

/** A CFR part's line: PART 583— TITLE (an em or en dash, or a hyphen, after the number). */
const PART_LINE = /^PART\s+(\d{1,4})\s*[—–-]/u;
/** A CFR part named: 30 CFR Part 583, 30 CFR part 583. */
const CFR_PART = /\bCFR\s+[Pp]art\s+(\d{1,4})\b/gu;
/** The publication's own lines after the rule's text: the FR Doc line, the billing code. */
const PRINTING_LINE = /^(?:\[FR Doc\.|BILLING CODE\b)/u;

export interface CfrPart {
  number: number;
  /** The part's line, which a locator "part 583" names. */
  heading: Clause;
  /** The part's line and every unit after it up to the next part's line, the printer's lines left out. */
  units: Clause[];
}

// (Read once per draft: every change throughout and every locator of a comment asks.)
const read = new WeakMap<readonly Clause[], CfrPart[]>();

/** The CFR parts of a rule's regulatory text, in order; none for a draft with no CFR part's line. */
export function cfrParts(clauses: readonly Clause[]): CfrPart[] {
  const known = read.get(clauses);
  if (known) return known;
  const parts: CfrPart[] = [];
  const named = new Set<number>();
  clauses.forEach((clause) => {
    const line = PART_LINE.exec(clause.text);
    // A CFR part's line only where the text before it names that part as the CFR's (the header's "30 CFR Part 583",
    // the words of issuance): a bill's PART 1— is a division of its own text, which has no preamble.
    if (line && named.has(Number(line[1]))) parts.push({ number: Number(line[1]), heading: clause, units: [clause] });
    else if (parts.length > 0 && !PRINTING_LINE.test(clause.text)) parts.at(-1)!.units.push(clause);
    for (const m of clause.text.matchAll(CFR_PART)) named.add(Number(m[1]));
  });
  read.set(clauses, parts);
  return parts;
}


/** The units a change throughout with no place named changes: a rule's regulatory text (every part of it), else the whole draft. */
export function throughoutUnits(clauses: readonly Clause[]): readonly Clause[] {
  const parts = cfrParts(clauses);
  return parts.length === 0 ? clauses : parts.flatMap((p) => p.units);
}

/** Whether a rule's regulatory text holds the clause: at or after its first part line (never, in a draft that has none). */
export function inRegulatoryText(clauses: readonly Clause[], clause: Clause): boolean {
  const first = cfrParts(clauses)[0];
  return first !== undefined && clause.index >= first.heading.index;
}
