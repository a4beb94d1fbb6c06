// Rules that add text or clauses: 在“X”后增加“Y”, 在第十三条后增加一条：“…”,
// 增加一款作为第三款, 增加一项作为第（三）项, 第十三条增加“…”, 在该段增加内容“…”;
// insert “Y” after “X”, insert after paragraph (4) the following new
// paragraph: “…”, add at the end of section 3: “…”.
import { designatorPart, isRelative, type Part, type Reference } from '../locator.js';
import type { RequestFields, Where } from '../requests.js';
import { isWord, newUnit, type SentenceReader } from '../sentence.js';
import type { Token } from '../tokens.js';
import type { NewUnit, Word } from '../vocabulary.js';
import { chineseValue } from '../../../draft/numerals.js';
import { articlesOfQuotes } from './new-articles.js';
import { changeInside, ofDefinition } from './text.js';
import { units, unitsEnglish } from './units.js';

/** 在“X”后增加“Y”, 在第十三条后增加一条：“…”, 增加一条，作为第七条：“…”, 第十三条增加“…”, 在该段增加内容“…”, 责任单位增加X, “…、。。。”增加食品安全. */
export function add(r: SentenceReader, v: number): number {
  const t = r.t;
  const role = r.roleBefore(v);
  if (role) return units(r, v, role, 'add', r.next(v));
  const n = r.next(v);
  if (isWord(t[n], 'role-responsible') || isWord(t[n], 'role-lead')) {
    return units(r, v, isWord(t[n], 'role-lead') ? 'lead' : 'responsible', 'add', r.next(n, ['colon']));
  }
  const p = r.prev(v);
  const between = r.quotesBetween(p);
  if (between) {
    // 在“A”和“B”之间增加“C”: C goes right after A, before whatever joins it to B (公共利益、公共安全和社会秩序), where that is all between them.
    const q = r.next(n, ['new-text', 'colon']);
    const text = r.isQuote(n) ? n : r.isQuote(q) ? q : -1;
    if (text === -1) return r.problem(v, n, 'the text to add is not quoted');
    r.push({ op: 'between', anchor: r.quote(between[0]), until: r.quote(between[1]), text: r.quote(text), change: 'insert' }, between[0], text, [...between, text]);
    return text;
  }
  const position = isWord(t[p], 'after') ? 'after' : isWord(t[p], 'before') ? 'before' : isWord(t[p], 'end') ? 'end' : isWord(t[p], 'in') ? 'in' : undefined;
  const target = position ? r.prev(p) : p;
  const unit = newUnit(t[n]);
  if (unit) return addClause(r, v, n, unit, position, target);
  const q = r.next(n, ['new-text', 'colon']);
  const text = r.isQuote(n) ? n : r.isQuote(q) ? q : -1;
  if (text === -1) {
    // “社会托底保障水平进一步提高，…、。。。”增加食品安全
    if (target >= r.from && r.isQuote(target) && !position && t[n]?.kind === 'text') {
      const item = r.text(n, n);
      r.push({ op: 'list-insert', anchor: r.quote(target), item }, target, n, [target]);
      return n;
    }
    return r.problem(v, n, 'the text to add is not quoted');
  }
  if (!r.endsHere(text)) return r.problem(v, text, `the quote “${r.quote(text)}” describes what to add, it is not the text itself`);
  if ((position === 'after' || position === 'before') && r.isQuote(target) && target >= r.from) {
    // 在“国家安全、人民银行等部门要积极配合”中的“人民银行”后增加“、审计”: the words around it say which
    // “人民银行” (in each of them: 在“A”和“B”中的“C”后): the change is of those words.
    const around = r.quotesAround(target);
    if (around !== undefined) return changeInside(r, v, around, target, -1, text, position);
    r.push({ op: 'insert', anchor: r.quote(target), text: r.quote(text), position }, target, text, [target, text]);
    return text;
  }
  if ((position === 'in' || position === 'end') && r.isQuote(target) && target >= r.from) {
    // 在“（三）完善满意度调查平台”中增加一句：“…”: the quote names the clause.
    const where: Where = { ref: { parts: [], title: r.quote(target) } };
    r.pushRequest({ op: 'append', text: r.quote(text), atEnd: position === 'end', where, start: 0, end: r.t[text]!.end }, r.extendBack(target));
    return text;
  }
  if ((position === 'after' || position === 'before') && t[target]?.kind === 'locator') {
    // 在第十三条后增加“…”: not an anchor in the text; a new clause is meant only with 一条 / 一款.
    return r.forEachRef(target, v, text, [text], (where) => ({ op: 'append', text: r.quote(text), atEnd: true, position, where }));
  }
  const loc = t[target]?.kind === 'locator' ? target : r.locatorBefore(v);
  if (loc === -1) return r.problem(v, text, 'where to add is not said: name the clause or quote the text it follows');
  return r.forEachRef(loc, v, text, [text], (where) => ({ op: 'append', text: r.quote(text), atEnd: position === 'end', where }));
}

/** 增加一条 / 一款 / 一项 (，作为第X条) ：“…”, after (后), before (前) or inside (中) the clause named before the verb. */
function addClause(r: SentenceReader, v: number, n: number, unit: NewUnit, position: string | undefined, target: number): number {
  const t = r.t;
  let m = r.next(n, ['comma']);
  let numbers: Reference[] = [];
  if (isWord(t[m], 'as') && t[r.next(m)]?.kind === 'locator') {
    numbers = (t[r.next(m)] as Extract<Token, { kind: 'locator' }>).refs;
    m = r.next(r.next(m), ['comma']);
  }
  const q = r.next(m, ['colon', 'new-text']);
  const first = r.isQuote(m) ? m : q;
  // 增加一款作为第二款，将该条修改为：“…”: the request after the comma makes the new unit; these words only say so.
  if (!r.isQuote(first) && t[m - 1]?.kind === 'comma' && (isWord(t[m], 'object') || r.isVerbAt(m))) return v - 1;
  if (!r.isQuote(first)) return r.problem(v, m, 'the new clause’s text is not quoted');
  // 增加两条，作为第七条、第八条：“…”“…”: one new unit per text quoted, in order, all where the first goes
  // (before the present 第七条); one between numbers (第七条之一、第七条之二) keeps its own.
  // 增加一条：“…”“…”: one new unit whose paragraphs are quoted one after another.
  // 增加两条：“…：”“（一）…”…“…：”“（一）…”: more paragraphs than articles, grouped as a drafter would (new-articles.ts).
  const texts = PLURAL.test(r.text(n, n)) ? pluralRuns(r, first, unit, r.text(n, n)) : [r.paragraphRun(first)];
  if (!Array.isArray(texts)) return r.problem(v, texts.end, texts.problem, false);
  const split = texts.length === 1 && unit !== 'article' ? unitsInOne(r.paragraphs(texts[0]!), unit, r.text(n, n)) : undefined;
  if (typeof split === 'string') return r.problem(v, texts[0]!.at(-1)!, split, false);
  let end = first;
  for (const [i, run] of (split ?? texts).entries()) {
    const own = numbers[i]?.parts.at(-1)?.sub !== undefined ? numbers[i] : numbers[0];
    end = typeof run === 'string' ? addOne(r, v, texts[0]!, unit, position, target, own, run) : addOne(r, v, run, unit, position, target, own);
  }
  return end;
}

/**
 * 增加两项：“（七）数据安全；（八）个人信息保护；”, 增加两款：“A。B。”: the new units
 * of 增加两款 / 两项 … in one quote, parted where each begins (an item at its
 * number, a 款 at the end of a sentence), where there are as many as the words
 * count; a problem where there are not, since one unit made of them all, or
 * one per sentence, may each be what is not meant. Undefined where the count is
 * one, or each unit is quoted (or on a line) of its own.
 */
function unitsInOne(text: string, unit: NewUnit, words: string): string[] | string | undefined {
  const count = PLURAL.test(words) ? chineseValue(words.replace(/[条款项节章]$/u, '')) : null;
  if (count === null || count < 2 || text.includes('\n')) return undefined;
  const parts = (unit === 'item' ? text.split(ITEM_START) : [...text.matchAll(SENTENCE)].map((m) => m[0])).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === count) return parts;
  const kind = unit === 'item' ? 'numbered items' : 'sentences';
  return `${words} is asked for, but the one quote gives ${parts.length} ${kind}: quote each new ${unit === 'item' ? '项' : '款'} apart`;
}

/** Where an item begins inside a quote of several: its number at the start or after an item's end (not 第（三）项 cited in it). */
const ITEM_START = /(?<=[；;。])(?=[（(][一二三四五六七八九十\d]+[）)])/u;
/** A sentence with the marks that close it (。” stays with its sentence), or what is left after the last. */
const SENTENCE = /[^。！？!?]+(?:[。！？!?][”’」』）)]*|$)/gu;

const PLURAL = /^[两二三四五六七八九十]/u;

/** The quoted texts of 增加两条 / 两款 / 两项, one run per new unit: an article's may be several paragraphs. */
function pluralRuns(r: SentenceReader, first: number, unit: NewUnit, words: string): number[][] | { problem: string; end: number } {
  const run = r.quoteRun(first);
  const count = chineseValue(words.replace(/[条款项节章]$/u, ''));
  if (unit !== 'article' || count === null) return run.map((q) => [q]);
  const grouped = articlesOfQuotes(run.map((q) => r.quote(q)), count);
  return 'problem' in grouped ? { ...grouped, end: run.at(-1)! } : grouped.map((indexes) => indexes.map((i) => run[i]!));
}

/** One new unit of 增加一条 / 一款 / 一项: its quoted text (a run of paragraphs), where it goes, the number it is given. */
function addOne(r: SentenceReader, v: number, run: number[], unit: NewUnit, position: string | undefined, target: number, as: Reference | undefined, text = r.paragraphs(run)): number {
  const t = r.t;
  const end = run.at(-1)!;
  const relation: 'after' | 'before' | 'inside' | undefined = position === 'after' ? 'after' : position === 'before' ? 'before' : position === 'in' || position === 'end' ? 'inside' : undefined;
  const fields = { op: 'add-clause' as const, unit, text, ...(relation ? { relation } : {}), ...(as ? { as } : {}) };
  if (target >= r.from && r.isQuote(target) && position === 'in') {
    // 在“（三）推进贸易便利化…”中增加一项: the quote names the clause.
    r.push({ ...fields, where: { ref: { parts: [], title: r.quote(target) } } }, r.extendBack(target), end, [target, ...run]);
    return end;
  }
  const loc = t[target]?.kind === 'locator' && target >= r.from ? target : r.locatorBefore(v);
  if (loc === -1) {
    if (!as) {
      // 并在其后增加一项: after the unit just spoken of.
      if (t[target]?.kind === 'text' && r.text(target, target) === '其') {
        r.push({ ...fields, where: { ref: { parts: [], pronoun: true } } }, v, end, run);
        return end;
      }
      // 增加一款：“…” beside 第七十二条 in the place column: the 款 or 项 joins the unit spoken of last, if any (resolve says).
      if (!relation && (unit === 'paragraph' || unit === 'item')) {
        r.push(fields, v, end, run);
        return end;
      }
      // Any other with no place: the one given with the comment (its 条款 column), if any.
      r.push({ ...fields, where: { ref: { parts: [] }, unnamed: 'where to add the new clause is not said' } }, v, end, run);
      return end;
    }
    // 增加一款，作为第二十一条第二款: the new unit joins the one its number is inside.
    const where: Where | undefined = as.parts.length > 1 && unit !== 'article' ? { ref: { parts: as.parts.slice(0, -1) } } : undefined;
    r.push(where ? { ...fields, where } : fields, v, end, run);
    return end;
  }
  return r.forEachRef(loc, v, end, run, (where) => ({ ...fields, where }));
}

/** insert “Y” after “X”, after “X” insert “Y”, insert after paragraph (4) the following new paragraph: “…”, add at the end of section 3: “…”, add X to the responsible units. */
export function insertEnglish(r: SentenceReader, v: number): number {
  const t = r.t;
  const n = r.next(v);
  // "should include" asks for an edit where it quotes the words or names a definition: "the agreement should include
  // terms and conditions" is said of what an agreement holds, not of the rule's text.
  if (!r.isQuote(n) && /include$/iu.test(r.source.comment.slice(t[v]!.start, t[v]!.end)) && !ofNamedDefinition(r, v)) return v - 1;
  if (isWord(t[n], 'definition') && r.isQuote(r.next(n))) return addDefinition(r, v, r.next(n));
  if (r.isQuote(n)) {
    const m = r.next(n);
    const position = isWord(t[m], 'after') ? 'after' : isWord(t[m], 'before') ? 'before' : undefined;
    const anchor = r.next(m);
    if (position && r.isQuote(anchor)) {
      // insert “, as determined” before the period at the end: the period that ends the clause.
      // ("after “X” at the end of paragraph (1)" names the place: no more than that.)
      const atEnd = isWord(t[r.next(anchor)], 'end') && t[r.next(r.next(anchor))]?.kind !== 'locator' ? r.next(anchor) : -1;
      const fields: Extract<RequestFields, { op: 'insert' }> = { op: 'insert', anchor: r.quote(anchor), text: r.quote(n), position, ...(atEnd !== -1 ? { atEnd: true as const } : {}) };
      // The definition of “Project” should include “or program” after “an undertaking”: in the paragraph defining the term.
      if (ofNamedDefinition(r, v)) return ofDefinition(r, v, r.quoteBefore(v), fields, Math.max(anchor, atEnd));
      r.push(fields, v, Math.max(anchor, atEnd), [n, anchor]);
      return Math.max(anchor, atEnd);
    }
    if (position && t[anchor]?.kind === 'locator') {
      return r.forEachRef(anchor, v, anchor, [n], (where) => ({ op: 'add-clause', unit: undefined, text: r.quote(n), relation: position, where }));
    }
    if (isWord(t[m], 'end')) {
      const loc = t[r.next(m)]?.kind === 'locator' ? r.next(m) : r.locatorBefore(v);
      const end = loc > m ? loc : m;
      if (loc === -1) return r.problem(v, m, 'at the end of what is not said');
      return r.forEachRef(loc, v, end, [n], (where) => ({ op: 'append', text: r.quote(n), atEnd: true, where }));
    }
    // after “X”, insert “Y” (the position before the verb)
    const p = r.prev(v, true);
    const before = r.prev(p);
    const behind = isWord(t[before], 'after') ? 'after' : isWord(t[before], 'before') ? 'before' : undefined;
    if (r.isQuote(p) && behind) {
      r.push({ op: 'insert', anchor: r.quote(p), text: r.quote(n), position: behind }, before, n, [p, n]);
      return n;
    }
    if (isWord(t[p], 'end') || isWord(t[before], 'end')) {
      const loc = r.locatorBefore(v);
      if (loc !== -1) return r.forEachRef(loc, v, n, [n], (where) => ({ op: 'append', text: r.quote(n), atEnd: true, where }));
    }
    return r.problem(v, n, 'where to insert is not said');
  }
  // insert after paragraph (4) the following new paragraph: “…” / insert after “X” the following: “Y”
  let m = n;
  let relation: 'after' | 'before' | 'inside' | undefined;
  let anchor = -1;
  let unit: NewUnit | undefined;
  // Add paragraph (c) …, Add § 583.355 …: a unit named right after the verb is the new one, not a place.
  let named = -1;
  let designation: Part[] | undefined;
  let designated = '';
  for (let k = 0; k < 8 && m < t.length; k++, m = r.next(m)) {
    const token = t[m]!;
    if (isWord(token, 'after') || isWord(token, 'before')) relation = isWord(token, 'after') ? 'after' : 'before';
    else if (isWord(token, 'end')) relation = 'inside';
    else if (token.kind === 'locator' && m === n && token.refs.length === 1) named = m;
    else if (token.kind === 'locator') anchor = m;
    else if (token.kind === 'quote') {
      if (relation && anchor === -1 && hasQuoteAhead(r, m)) anchor = m;
      else break;
    } else if (isWord(token, 'new-text') || token.kind === 'colon' || isWord(token, 'in') || isWord(token, 'to')) continue;
    // add paragraph (c) to read as follows: “…”: what follows is the new unit's text, no rewrite of another.
    else if (isWord(token, 'rewrite') && /^(?:to )?read/iu.test(r.text(m, m))) continue;
    else if (newUnit(token)) unit = newUnit(token);
    // a new subsection (c), a new paragraph (a)(3): the new unit's own designation, which its quoted text gives again (its last part).
    else if (token.kind === 'text' && unit && DESIGNATIONS.test(r.text(m, m).trim())) {
      designated = r.text(m, m).trim();
      designation = designationParts(designated);
    }
    else if (token.kind === 'text' && r.findRole(m) !== -1) return unitsEnglish(r, v, m);
    else break;
  }
  const text = m;
  if (!r.isQuote(text)) {
    if (t[n]?.kind === 'text' && r.findRole(n) !== -1) return unitsEnglish(r, v, n);
    // add a sentence where it fits, to read: “…”: the quote is the text added, and where is not read; never a rewrite of the unit.
    const quoted = textAhead(r, m);
    if (quoted !== -1) return r.problem(v, quoted, 'where to add the text quoted is not said: name the unit it follows or the words it goes after', false);
    return r.problem(v, m, 'the text to insert is not quoted');
  }
  if (!relation && (named !== -1 || designation)) return addNamed(r, v, named !== -1 ? r.text(named, named) : designated, named, designation, anchor, text);
  // Insert paragraph (c) after paragraph (b): the unit after "after" is the place.
  if (named !== -1 && anchor === -1) anchor = named;
  if (anchor !== -1 && t[anchor]!.kind === 'quote') {
    r.push({ op: 'insert', anchor: r.quote(anchor), text: r.quote(text), position: relation === 'before' ? 'before' : 'after' }, v, text, [anchor, text]);
    return text;
  }
  const loc = anchor !== -1 ? anchor : r.locatorBefore(v);
  if (loc === -1 && relation === 'inside' && NEW_SECTION.test(r.quote(text).trim())) {
    // Add at the end the following: “SEC. 6. …”: the bill's new last section(s).
    const texts = r.quoteRun(text);
    for (const q of texts) r.push({ op: 'add-clause', unit: 'article', text: r.quote(q) }, v, texts.at(-1)!, texts);
    return texts.at(-1)!;
  }
  if (loc === -1) return r.problem(v, text, 'where to insert is not said');
  if (!unit && relation === 'inside') return r.forEachRef(loc, v, text, [text], (where) => ({ op: 'append', text: r.quote(text), atEnd: true, where }));
  // the following new paragraphs: “(4) …” “(5) …”: each a clause of its own, added in the order quoted.
  const texts = r.quoteRun(text);
  const end = texts.at(-1)!;
  for (const q of texts) r.forEachRef(loc, v, end, texts, (where) => ({ op: 'add-clause', unit, text: r.quote(q), relation: relation ?? 'inside', where }));
  return end;
}

/** The quote after "to read" / "stating" / "the following" further on in an add request (before another verb), or -1. */
function textAhead(r: SentenceReader, from: number): number {
  for (let k = from; k < r.t.length; k++) {
    const token = r.t[k]!;
    if (isWord(token, 'new-text') || (isWord(token, 'rewrite') && /^(?:to )?read|^read as follows$/iu.test(r.text(k, k)))) {
      const q = r.next(k, ['colon', 'new-text']);
      return r.isQuote(q) ? q : -1;
    }
    if (r.isVerbAt(k)) return -1;
  }
  return -1;
}

/** Words between a new definition's term and its text: in alphabetical order, to read, as follows, to § 583.115. */
const ORDER_WORDS = /^(?:alphabetical|alphabetically|order|appropriate|proper|its|place|follows)$/iu;

/**
 * In § 583.115, add a definition of “Person” in alphabetical order to read:
 * “Person means …”: a new definition of the term, a paragraph of its own among
 * the section's (the resolver puts it where the term falls); "to read" is its
 * text, no rewrite of the section.
 */
function addDefinition(r: SentenceReader, v: number, term: number): number {
  const t = r.t;
  let loc = -1;
  let m = r.next(term);
  for (let k = 0; k < 12 && m < t.length && !r.isQuote(m); k++, m = r.next(m)) {
    const token = t[m]!;
    if (token.kind === 'locator') loc = m;
    else if (token.kind === 'text' ? !ORDER_WORDS.test(r.text(m, m).trim()) : !(token.kind === 'colon' || token.kind === 'comma' || (['new-text', 'in', 'to', 'as', 'rewrite'] as Word[]).some((word) => isWord(token, word)))) break;
  }
  if (!r.isQuote(m)) return r.problem(v, Math.min(m, t.length - 1), `the text of the definition of “${r.quote(term)}” is not quoted`);
  if (loc === -1) loc = r.locatorBefore(v);
  if (loc === -1) return r.problem(v, m, `whose definitions “${r.quote(term)}” joins is not said: name the section`);
  return r.forEachRef(loc, v, m, [term, m], (where) => ({ op: 'add-clause', unit: undefined, text: r.quote(m), defines: r.quote(term), where }));
}

const DESIGNATION = /^\(([A-Za-z0-9]{1,4})\)$/u;
const DESIGNATIONS = /^(?:\([A-Za-z0-9]{1,4}\))+$/u;

/** (a)(3): a part per designator, read as a locator reads "paragraph (a)(3)". */
const designationParts = (text: string): Part[] => [...text.matchAll(/\(([A-Za-z0-9]{1,4})\)/gu)].map((m) => designatorPart(m[1]!, undefined));

type LocatorToken = Extract<Token, { kind: 'locator' }>;

/**
 * Add paragraph (b)(6) to § 583.120 to read as follows: “(6) …”, In § 583.330,
 * add paragraph (c): “(c) …”, add a new paragraph (b), Add § 583.355: the unit
 * named is the one added (`as`), in the unit above it (`where`: the units
 * before its last designation, the one after "to", or the one the sentence
 * named before); the resolver puts it where its number goes.
 */
function addNamed(r: SentenceReader, v: number, written: string, named: number, designation: Part[] | undefined, anchor: number, text: number): number {
  const t = r.t;
  const ref: Reference = named !== -1 ? (t[named] as LocatorToken).refs[0]! : { parts: designation! };
  const as: Reference = { parts: [ref.parts.at(-1)!] };
  // revising paragraph (b) and adding paragraph (c) to read as follows: “(b) …” “(c) …”: the text quoted is not the unit named.
  const own = DESIGNATION.exec(/^\s*(\([A-Za-z0-9]{1,4}\))/u.exec(r.quote(text))?.[1] ?? '')?.[1];
  const named0 = as.parts[0]!.readings[0]!;
  if (own !== undefined && !designatorPart(own, named0.style).readings.some((reading) => reading.style === named0.style && reading.value === named0.value)) {
    return r.problem(v, text, `the text quoted is (${own}), not the unit named: quote the new unit's own text`);
  }
  // Add a new paragraph (e) to § 583.310 stating: “BOEM will …”: the text without its designation is given the one named.
  const label = as.parts[0]!.unit === 'designator' && own === undefined ? /\([A-Za-z0-9]{1,4}\)\s*$/u.exec(written)?.[0].trim() : undefined;
  const newText = label === undefined ? r.quote(text) : `${label} ${r.quote(text).trimStart()}`;
  const inside = (loc: number): Where => {
    const outer = r.outerLocator(loc);
    return { ref: (t[loc] as LocatorToken).refs.at(-1)!, ...(outer ? { within: outer } : {}) };
  };
  let where: Where | undefined;
  if (ref.parts.length > 1) {
    const parent: Reference = { parts: ref.parts.slice(0, -1) };
    const within = anchor !== -1 ? (t[anchor] as LocatorToken).refs.at(-1) : named !== -1 ? r.outerLocator(named) : r.outerReference(ref, v);
    where = { ref: parent, ...(within && isRelative(parent) ? { within } : {}) };
  } else if (anchor !== -1) where = inside(anchor);
  else if (isRelative(ref)) {
    const loc = named !== -1 ? -1 : r.locatorBefore(v);
    const locRef = loc === -1 ? undefined : (t[loc] as LocatorToken).refs.at(-1)!;
    const last = locRef?.parts.at(-1);
    if (loc !== -1 && !(last?.unit === 'designator' && last.readings[0]!.style === as.parts[0]!.readings[0]!.style)) where = inside(loc);
    else {
      // …, redesignate paragraph (b) as paragraph (c) and add a new paragraph (b): a sibling named before; its parent is meant.
      const outer = named !== -1 ? r.outerLocator(named) : loc !== -1 ? r.outerLocator(loc) : undefined;
      const parentParts = locRef ? locRef.parts.slice(0, -1) : [];
      where = parentParts.length > 0 ? { ref: { parts: parentParts }, ...(outer ? { within: outer } : {}) } : outer ? { ref: outer } : { ref: { parts: [], pronoun: true } };
    }
  }
  r.pushRequest({ op: 'add-clause', unit: undefined, text: newText, as, ...(where ? { where } : {}), start: t[v]!.start, end: t[text]!.end }, v);
  return text;
}

/** A bill's section as quoted: SEC. 6., Sec. 6., SECTION 6. */
const NEW_SECTION = /^(?:SEC\.|Sec\.|SECTION)\s*\d/u;

function hasQuoteAhead(r: SentenceReader, at: number): boolean {
  return r.isQuote(r.next(at, ['new-text', 'colon', 'new-paragraph', 'new-item', 'new-article']));
}

/** The definition of “X” right before the verb. */
function ofNamedDefinition(r: SentenceReader, v: number): boolean {
  const term = r.quoteBefore(v);
  return term !== -1 && isWord(r.t[r.prev(term)], 'definition');
}
