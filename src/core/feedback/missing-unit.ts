// Why a locator names nothing, said as a clerk cites the draft: "the draft has
// no 第二百条 (it has 第一条 to 第一百二十三条)", "第十六条 has no 第（十）项 (it
// has 第（一）项 to 第（九）项)", "section 3 has no subsection (b) (it has only
// subsection (a))". The units are named in the draft's own numbering (its
// numerals, its section sign), never in the style keys locate() works with.
import type { Clause } from '../draft/clause.js';
import { cite, type CitableTree } from '../draft/citation.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { unitsLike, type ClauseTree, type Step } from '../draft/locate.js';
import { formatNumeral, readMarker, subNumber, withNumeral, type Marker, type NumeralKind } from '../draft/numbering.js';
import { chineseNumeral } from '../draft/numerals.js';
import type { Part } from './grammar/locator.js';

/** One reading of a part looked for in one place (undefined: the whole draft), and not found there. */
export interface Miss {
  step: Step;
  within: Clause | undefined;
}

export interface DraftUnits {
  tree: ClauseTree;
  citations: CitableTree;
  /** The draft numbers its articles 第一条 …: its （一） are 项. */
  statute: boolean;
}

/** The message for a part that named nothing where each of `misses` looked. */
export function missingUnit(part: Part, misses: readonly Miss[], draft: DraftUnits): string {
  const places = [...new Set(misses.map((m) => m.within))];
  // The reading the draft numbers its units in (SEC. rather than Sec.), when one of them does.
  const peersOf = (m: Miss) => unitsLike(draft.tree, m.step, m.within);
  const miss = misses.find((m) => peersOf(m).length > 0) ?? misses[0]!;
  const peers = places.length === 1 ? peersOf(miss) : [];
  const regulation = places.some((p) => p !== undefined && inRegulation(p, draft.tree));
  const { step } = miss;
  // A 款 is counted, not numbered: its article's marker says nothing of how.
  const template = step.kind === 'paragraph' ? null : (peers[0]?.marker ?? templateOf(step));
  const named = (value: number, sub: number | undefined, marker: Marker | null) => unitName(part, step, value, sub, marker, draft.statute, regulation);
  const wanted = named(step.value, step.kind === 'number' ? step.sub : undefined, template);
  const where = miss.within ? cite(draft.citations, miss.within.id) : undefined;
  if (step.kind === 'paragraph' && !where) return `${spoken(wanted)}: no clause was named before it`;
  const valueOf = (c: Clause, i: number) => (step.kind === 'paragraph' ? i + 1 : (c.marker?.value ?? 0));
  const nameOf = (c: Clause, i: number) => (step.kind === 'paragraph' ? named(i + 1, undefined, null) : named(valueOf(c, i), c.marker ? subNumber(c.marker.raw) : undefined, c.marker));
  const kind = wanted.word ? plural(wanted.word) : CHINESE_UNITS.has(part.unit) ? part.unit : '';
  const hint = peers.length > 0 ? ` (${around(step.value, peers, valueOf, nameOf)})` : where && kind ? ` (it has no ${kind})` : '';
  if (places.length > 1) {
    // An annex numbers its parts 一、二、… again: the same name twice is said once, with how many bear it.
    const names = [...new Set(places.map((p) => (p ? cite(draft.citations, p.id) : 'the draft')))];
    if (names.length === 1) return `none of the ${places.length} clauses numbered ${names[0]} has ${spoken(wanted)}`;
    return `none of ${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''} has ${spoken(wanted)}`;
  }
  return `${where ?? 'the draft'} has no ${spoken(wanted)}${hint}`;
}

/** A unit as a clerk names it: 第（十）项, or an English word and its designation (subsection, (b)). */
interface UnitName {
  word: string;
  number: string;
}

const spoken = (name: UnitName) => (name.word ? `${name.word} ${name.number}` : name.number);
const plural = (word: string) => (word === '§' ? '§§' : `${word}s`);

/**
 * What there is instead: a run without gaps by its ends ("第（一）项 to
 * 第（九）项"), a sequence with gaps by the units on either side of the one
 * wanted (sections 3 and 101 around section 4).
 */
function around(value: number, peers: readonly Clause[], valueOf: (c: Clause, i: number) => number, name: (c: Clause, i: number) => UnitName): string {
  const values = peers.map(valueOf);
  const least = Math.min(...values);
  const most = Math.max(...values);
  const named = (i: number) => name(peers[i]!, i);
  const names = (a: number, b: number, joint: string) => {
    const [first, last] = [named(a), named(b)];
    return first.word ? `${plural(first.word)} ${first.number}${joint}${last.number}` : `${first.number}${joint}${last.number}`;
  };
  if (peers.length === 1) return `it has only ${spoken(named(0))}`;
  if (new Set(values).size === most - least + 1) return `it has ${names(0, peers.length - 1, peers.length === 2 ? ' and ' : ' to ')}`;
  let before = -1;
  let after = -1;
  values.forEach((v, i) => {
    if (v < value && (before < 0 || v > values[before]!)) before = i;
    if (v > value && (after < 0 || v < values[after]!)) after = i;
  });
  if (before >= 0 && after >= 0) return `the nearest are ${names(before, after, ' and ')}`;
  return before >= 0 ? `the last is ${spoken(named(before))}` : `the first is ${spoken(named(after))}`;
}

const DIVISIONS = new Set<Part['unit']>(['title', 'subtitle', 'chapter', 'part', 'subpart']);
const CHINESE_UNITS = new Set<Part['unit']>(['编', '分编', '章', '节', '条', '款', '项', '目', '部分', '段', '点']);
/** US drafting names a designation by its level: (a) subsection, (1) paragraph, (A) subparagraph, (i) clause, (I) subclause. */
const DESIGNATION: Record<string, { word: string; kind: NumeralKind }> = {
  '(a)': { word: 'subsection', kind: 'letter-lower' },
  '（1）': { word: 'paragraph', kind: 'arabic' },
  '(A)': { word: 'subparagraph', kind: 'letter-upper' },
  '(i)': { word: 'clause', kind: 'roman-lower' },
  '(I)': { word: 'subclause', kind: 'roman-upper' },
};

/** The unit numbered `value`, in the numerals of `template` (a unit of the draft like it, or the style's example). */
function unitName(part: Part, step: Step, value: number, sub: number | undefined, template: Marker | null, statute: boolean, regulation: boolean): UnitName {
  const style = step.kind === 'number' ? step.style : undefined;
  // 2.9 as the comment wrote it: a decimal outline number names itself.
  if (part.decimal !== undefined) return { word: '', number: part.decimal };
  // "the third paragraph": counted, and named so in English.
  if (part.english && step.kind === 'paragraph') return { word: 'paragraph', number: String(value) };
  if (style === 'SEC. 1' || style === 'Sec. 1') return { word: 'section', number: String(value) };
  // A rule's roman-numbered part, named as the comment names it: section II.
  if (part.unit === 'section' && (style === 'I.' || style === 'I')) return { word: 'section', number: formatNumeral('roman-upper', value) };
  // A division as a comment names it: title IV, subpart C.
  if (DIVISIONS.has(part.unit) && template) return { word: part.unit, number: formatNumeral(template.kind, value) };
  // § 10.99 as the comment wrote it, whatever part the draft's own sections are in.
  if (style === '§ 1' && step.kind === 'number' && step.cfrPart !== undefined) return { word: '§', number: `${step.cfrPart}.${value}` };
  if (style === '§ 1') return { word: '§', number: (template ? withNumeral(template, value) : String(value)).replace(/^§\s*/u, '').trim() };
  const designation = style ? DESIGNATION[style] : undefined;
  // A regulation calls every level below its section a paragraph: § 583.345(a)(1).
  if (designation && !CHINESE_UNITS.has(part.unit)) return { word: regulation ? 'paragraph' : designation.word, number: `(${formatNumeral(designation.kind, value)})` };
  if (part.unit === '项' && (part.paren || style === '（一）' || statute)) return { word: '', number: `第（${chineseNumeral(value)}）项` };
  if (CHINESE_UNITS.has(part.unit)) {
    const kind = template?.kind ?? (['项', '目', '点'].includes(part.unit) ? 'arabic' : 'chinese');
    const between = part.unit === '条' && sub ? `之${chineseNumeral(sub)}` : '';
    return { word: '', number: `第${formatNumeral(kind, value)}${part.unit}${between}` };
  }
  if (template && template.kind !== 'none') return { word: '', number: withNumeral(template, value).trim() };
  return { word: part.unit === 'outline' || part.unit === 'designator' ? '' : part.unit, number: String(value) };
}

/** The style's own example read as a marker ("（一）", "第一条"), for its numerals and punctuation. */
function templateOf(step: Step): Marker | null {
  if (step.kind !== 'number' || step.style === undefined) return null;
  const marker = readMarker(`${step.style} `);
  return marker && marker.style === step.style ? marker : null;
}

function inRegulation(clause: Clause, tree: ClauseTree): boolean {
  for (let at: Clause | undefined = clause; at; at = at.parent === null ? undefined : tree.byId.get(at.parent)) {
    if (at.marker?.style === '§ 1') return true;
    if (at.marker?.style === ARTICLE_STYLE) return false;
  }
  return false;
}
