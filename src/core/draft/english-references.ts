// Cross-references inside an English bill's own text, as US drafters write
// them: section 5(b), subsection (c), paragraph (7), subparagraph (A) or (B)
// of subsection (e)(1), paragraphs (5) through (9), section 3 of this Act.
// Each is resolved to the units it names, with the offsets of every numeral
// so that renumbering can rewrite them in place. References to other laws are
// not this text's and are left out: those followed by "of the … Act", "of
// title 5", ", United States Code" or "(29 U.S.C. 206)", those inside quoted
// text, and every reference in an amending instruction ("Section 6 of the Fair
// Labor Standards Act is amended— (1) in subsection (a) …" speaks of that Act)
// unless it says "of this Act".
import type { Clause } from './clause.js';
import type { ClauseTree } from './locate.js';
import type { NumeralKind } from './numbering.js';

/** One numeral of a reference and the unit it names. */
export interface EnglishSlot {
  start: number;
  end: number;
  unit: Clause;
  kind: NumeralKind;
}

export interface EnglishReference {
  start: number;
  end: number;
  /** Starts at a section: it names the same units wherever it stands. */
  absolute: boolean;
  /** Each unit named, outermost numeral first; a range has both ends. */
  groups: Array<{ from: EnglishSlot[]; to?: EnglishSlot[] }>;
  /** A line of a table of contents ("Sec. 210.  Staffing …"): it goes with the section it lists. */
  entry?: { start: number; end: number };
}

const DESIGNATOR = '\\(([A-Za-z0-9]{1,6})\\)';
const DESIGNATORS = `((?:${DESIGNATOR}){0,6})`;
const SECTION = new RegExp(`^(?:sections?|secs?\\.)\\s+(\\d{1,5}[A-Za-z]?)${DESIGNATORS}`, 'iu');
/** A regulation's section: § 583.330(a), § 583.330 (a). */
const CFR_SECTION = new RegExp(`^§\\s*(\\d{1,5}\\.\\d{1,5}[A-Za-z]?)\\s?${DESIGNATORS}`, 'u');
const UNIT = new RegExp(`^(subsections?|paragraphs?|subparagraphs?|clauses?|subclauses?)\\s+((?:${DESIGNATOR}){1,6})`, 'iu');
const MORE = new RegExp(`^(\\s*,\\s*(?:and|or)\\s+|\\s*,\\s*|\\s+(?:and|or)\\s+|\\s+through\\s+)((?:${DESIGNATOR}){1,6}|\\d{1,5}[A-Za-z]?${DESIGNATORS})`, 'iu');
const OF = /^\s*,?\s+(?:of|in)\s+/iu;
const THIS = /^\s*,?\s+(?:of|in)\s+this\s+(?:Act|title|section|subsection|paragraph|subtitle|part)\b/iu;
/** What follows a reference to another law. */
const OTHER_LAW =
  /^(?:\s*,?\s+(?:of|in|under)\s+(?:the\s+(?:[A-Z]|Act\b|Code\b)|such\s+(?:Act|Code|title|law)\b|(?:that|said)\s+(?:Act|Code)\b|(?:title|chapter)\s+\d|(?:part|subtitle|subchapter)\s+[A-Z\d]|Public\s+Law|Executive\s+Order|[A-Z]{2,})|\s*\(\d+\s+U\.S\.C\.|\s*,\s*United States Code)/u;
const AMENDING = /\b(?:is|are)\s+(?:hereby\s+)?(?:further\s+)?amended\b|\bamended\s*(?:—|by\b|to read\b)/u;
const UNIT_STYLE: Record<string, string> = { subsection: '(a)', paragraph: '（1）', subparagraph: '(A)', clause: '(i)', subclause: '(I)' };
const SECTION_MARKER = /^(SEC\.|Sec\.|SECTION|Section|§)/u;

interface Named {
  unit: Clause;
  slot: Omit<EnglishSlot, 'unit' | 'kind'>;
}

/** Every reference of `text` (the citing clause's text, or new text written for it) to this bill's own units. */
export function findEnglishReferences(tree: ClauseTree, citing: Clause, text: string): EnglishReference[] {
  if (text.trimStart().startsWith('“') || quotedBlock(tree, citing)) return [];
  const amending = amendingContext(tree, citing);
  const quotes = quotedSpans(text);
  const found: EnglishReference[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!/[sSpPcC§]/u.test(ch) || (i > 0 && /[A-Za-z0-9]/u.test(text[i - 1]!))) continue;
    if (quotes.some(([s, e]) => i > s && i < e)) continue;
    const read = readReference(tree, citing, text, i);
    if (!read) continue;
    i = read.end - 1;
    const after = text.slice(read.end, read.end + 60);
    if (read.reference.start > 0 && text[read.reference.start - 1] === '\n' && /^\.\s/u.test(after) && read.reference.groups.length === 1) {
      found.push({ ...read.reference, entry: entryLine(text, read.reference.start, read.end) });
      continue;
    }
    if (THIS.test(after)) found.push(read.reference);
    else if (!OTHER_LAW.test(after) && !amending && read.reference.groups.length > 0) found.push(read.reference);
  }
  return found;
}

/**
 * A table of contents' line, to remove with the section it lists: from the
 * break before it, with that break's backslash (a hard break), to its end
 * before its own; so the line before it ends as this one did, the last line
 * with no break left dangling.
 */
function entryLine(text: string, start: number, from: number): { start: number; end: number } {
  const lineEnd = text.indexOf('\n', from);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return { start: start - (text[start - 2] === '\\' ? 2 : 1), end: text[end - 1] === '\\' ? end - 1 : end };
}

/** Read at `at`; null where nothing reference-like starts there. Unresolved references give no groups. */
function readReference(tree: ClauseTree, citing: Clause, text: string, at: number): { end: number; reference: EnglishReference } | null {
  const rest = text.slice(at, at + 200);
  const section = SECTION.exec(rest) ?? CFR_SECTION.exec(rest);
  const unit = section ? null : UNIT.exec(rest);
  if (!section && !unit) return null;
  const firstEnd = at + (section ?? unit)![0].length;
  let end = firstEnd;
  // The parts written: each with its designators' offsets.
  type Written = { number?: { text: string; start: number }; designators: Array<{ text: string; start: number }> };
  const parts: Written[] = [];
  const firstStart = at + (section ?? unit)![0].indexOf(section ? section[1]! : '(');
  if (section) parts.push({ number: { text: section[1]!, start: firstStart }, designators: designatorsAt(section[2] ?? '', at + section[0].length - (section[2] ?? '').length) });
  else parts.push({ designators: designatorsAt(unit![2]!, firstStart) });
  const joins: Array<'list' | 'range'> = [];
  const plural = /s\s*$/iu.test((section ?? unit)![0].split(/[\d(]/u)[0]!);
  // After a singular noun, a bare comma lists designators only where the list ends in and / or
  // ("paragraph (3), (4), or (5)"), never in "paragraph (2), (A) the grant": the parts read so far, and where they end.
  let firm = { parts: 1, end };
  for (let guard = 0; guard < 20; guard++) {
    const more = MORE.exec(text.slice(end, end + 80));
    if (!more) break;
    const start = end + more[1]!.length;
    const written = more[2]!;
    const numbered = /^\d/u.test(written);
    const conjoined = /and|or|through/iu.test(more[1]!);
    // "section 5, 30 days after": only a plural lists numbers with a bare comma ("sections 305, 306, and 307").
    if (numbered !== Boolean(section) || (!plural && numbered && !conjoined)) break;
    const number = numbered ? /^\d{1,5}[A-Za-z]?/u.exec(written)![0] : undefined;
    parts.push({ ...(number ? { number: { text: number, start } } : {}), designators: designatorsAt(written.slice(number?.length ?? 0), start + (number?.length ?? 0)) });
    joins.push(/through/iu.test(more[1]!) ? 'range' : 'list');
    end += more[0].length;
    if (plural || conjoined) firm = { parts: parts.length, end };
  }
  parts.length = firm.parts;
  joins.length = firm.parts - 1;
  end = firm.end;
  // "paragraph (2) of subsection (b)", "subparagraph (A) of paragraph (1) of section 3": the outer part first.
  let outer: Named[] | null = [];
  let absolute = Boolean(section);
  let scopeEnd = end;
  if (!section) {
    const of = OF.exec(text.slice(end, end + 10));
    if (of && !THIS.test(text.slice(end, end + 40))) {
      const inner = readReference(tree, citing, text, end + of[0].length);
      if (inner && inner.reference.groups.length === 1 && !inner.reference.groups[0]!.to) {
        outer = inner.reference.groups[0]!.from.map((s) => ({ unit: s.unit, slot: { start: s.start, end: s.end } }));
        absolute = inner.reference.absolute;
        scopeEnd = inner.end;
      } else if (inner) return { end: inner.end, reference: { start: at, end: inner.end, absolute: false, groups: [] } };
    }
  }
  // A regulation calls every level below its section a paragraph (paragraph (b), paragraph (a)(1)(i)).
  const word = unit ? (inRegulation(tree, citing) ? 'any' : unit[1]!.toLowerCase().replace(/s$/u, '')) : 'section';
  const groups: EnglishReference['groups'] = [];
  let failed = false;
  parts.forEach((part, i) => {
    const named = resolveWritten(tree, citing, word, part, outer!, i > 0 ? groups.at(-1) : undefined);
    if (!named) {
      failed = true;
      return;
    }
    const slots = named.map((n) => ({ ...n.slot, unit: n.unit, kind: n.unit.marker!.kind }));
    if (i > 0 && joins[i - 1] === 'range') groups.at(-1)!.to = slots;
    else groups.push({ from: slots });
  });
  // Designators listed after a singular noun that name nothing here (subsection (b)(1), (2), or (3) of section 306):
  // not read as a list; the words after the first are read on their own (section 306 is a reference still).
  if (failed && !plural && parts.length > 1) return { end: firstEnd, reference: { start: at, end: firstEnd, absolute: false, groups: [] } };
  return { end: scopeEnd, reference: { start: at, end: scopeEnd, absolute, groups: failed ? [] : groups } };
}

function designatorsAt(written: string, start: number): Array<{ text: string; start: number }> {
  return [...written.matchAll(/\(([A-Za-z0-9]{1,6})\)/gu)].map((m) => ({ text: m[1]!, start: start + m.index! + 1 }));
}

/** The units one written part names, outermost first, with the slots of the numerals written (those of an outer part included). */
function resolveWritten(
  tree: ClauseTree,
  citing: Clause,
  word: string,
  part: { number?: { text: string; start: number }; designators: Array<{ text: string; start: number }> },
  outer: Named[],
  before: EnglishReference['groups'][number] | undefined,
): Named[] | null {
  const named: Named[] = [...outer];
  let scope: Clause | undefined = outer.at(-1)?.unit;
  let designators = part.designators;
  if (part.number) {
    const section = sectionNumbered(tree, part.number.text);
    if (!section) return null;
    named.push({ unit: section, slot: numeralSlot(section, part.number.start, part.number.text) });
    scope = section;
  } else if (before && !outer.length) {
    // "subparagraph (A) or (B)": the second is a sibling of the first, under the same parents.
    const first = before.from;
    const depth = part.designators.length;
    const parents = first.slice(0, first.length - depth);
    named.splice(0, named.length, ...parents.map((s) => ({ unit: s.unit, slot: { start: s.start, end: s.end } })));
    scope = parents.at(-1)?.unit ?? (first[0]!.unit.parent === null ? undefined : tree.byId.get(first[0]!.unit.parent));
    if (!scope) return null;
    const head = childNumbered(tree, scope, part.designators[0]!.text, first.at(-depth)!.unit.marker!.style);
    if (!head) return null;
    named.push({ unit: head, slot: { start: part.designators[0]!.start, end: part.designators[0]!.start + part.designators[0]!.text.length } });
    scope = head;
    designators = part.designators.slice(1);
  } else if (!part.number) {
    const [head, ...rest] = part.designators;
    const style = UNIT_STYLE[word];
    const found = scope ? childNumbered(tree, scope, head!.text, style) : nearest(tree, citing, head!.text, style);
    if (!found) return null;
    named.push({ unit: found, slot: { start: head!.start, end: head!.start + head!.text.length } });
    scope = found;
    designators = rest;
  }
  for (const d of designators) {
    const found = scope ? childNumbered(tree, scope, d.text) : undefined;
    if (!found) return null;
    named.push({ unit: found, slot: { start: d.start, end: d.start + d.text.length } });
    scope = found;
  }
  return named;
}

/** The one section numbered so (SEC. 3, Sec. 3, SECTION 3), outside quoted text. */
function sectionNumbered(tree: ClauseTree, number: string): Clause | undefined {
  const found = tree.clauses.filter((c) => c.marker && SECTION_MARKER.test(c.marker.raw) && numeralOf(c).toLowerCase() === number.toLowerCase());
  return found.length === 1 ? found[0] : undefined;
}

/** Under a regulation's section (§ 583.345). */
function inRegulation(tree: ClauseTree, citing: Clause): boolean {
  for (let c: Clause | undefined = citing; c; c = c.parent === null ? undefined : tree.byId.get(c.parent)) {
    if (c.marker?.style === '§ 1') return true;
  }
  return false;
}

function numeralOf(clause: Clause): string {
  const m = /^(?:(?:SEC\.|Sec\.|SECTION|Section)\s+|§\s*)(\d+(?:\.\d+)?[A-Za-z]?)/u.exec(clause.marker!.raw);
  return m ? m[1]! : '';
}

function numeralSlot(section: Clause, start: number, written: string): { start: number; end: number } {
  // § 583.350: the section's own number is the part after the dot, as its marker reads it.
  const dot = written.lastIndexOf('.');
  if (dot !== -1) return { start: start + dot + 1, end: start + dot + 1 + /^\d+/u.exec(written.slice(dot + 1))![0].length };
  // Only the digits follow renumbering; a letter after them ("5A") is another section's.
  const digits = /^\d+/u.exec(written)![0];
  return numeralOf(section) === digits ? { start, end: start + digits.length } : { start, end: start };
}

/** A child of `scope` numbered "(b)" (in `style` when given: "(i)" a clause, not the letter i). */
function childNumbered(tree: ClauseTree, scope: Clause, designator: string, style?: string): Clause | undefined {
  const found = (tree.children.get(scope.id) ?? []).filter((c) => c.marker?.number === `(${designator})` && (!style || c.marker.style === style || c.marker.alternative?.style === style));
  return found.length === 1 ? found[0] : undefined;
}

/** "paragraph (7)": the paragraph (7) of the citing unit, or of the nearest unit above it that has one, within its section. */
function nearest(tree: ClauseTree, citing: Clause, designator: string, style: string | undefined): Clause | undefined {
  for (let scope: Clause | undefined = citing; scope; scope = scope.parent === null ? undefined : tree.byId.get(scope.parent)) {
    const found = childNumbered(tree, scope, designator, style);
    if (found) return found;
    if (scope.marker && SECTION_MARKER.test(scope.marker.raw)) return undefined;
  }
  return undefined;
}

/** The clause or one above it instructs an amendment of another law: its references are that law's. */
function amendingContext(tree: ClauseTree, citing: Clause): boolean {
  for (let c: Clause | undefined = citing; c; c = c.parent === null ? undefined : tree.byId.get(c.parent)) {
    if (AMENDING.test(c.text)) return true;
  }
  return false;
}

/** Text quoted as another law's ("“(a) Imposition of Tax.— …”"): the clause or one above it opens a quotation. */
function quotedBlock(tree: ClauseTree, citing: Clause): boolean {
  for (let c: Clause | undefined = citing; c; c = c.parent === null ? undefined : tree.byId.get(c.parent)) {
    if (c.text.trimStart().startsWith('“')) return true;
  }
  return false;
}

function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let open = text.indexOf('“'); open !== -1; open = text.indexOf('“', open + 1)) {
    const close = text.indexOf('”', open + 1);
    spans.push([open, close === -1 ? text.length : close]);
    if (close === -1) break;
    open = close;
  }
  return spans;
}
