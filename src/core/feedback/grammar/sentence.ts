// Reading one sentence of tokens: looking around a verb within a bounded
// reach (the next / previous meaningful token, the quote before, the locator
// that applies), and turning what the rules find into requests with the words
// they came from. The rules themselves are in rules/.
import { isRelative, ORDINALS, ordinalAt, type Reference, type UnitName } from './locator.js';
import type { GrammarProblem, Request, RequestFields, Where } from './requests.js';
import type { Sentence, Token, Tokenized } from './tokens.js';
import { NEW_UNITS, SKIPPED, VERBS, type NewUnit, type Word } from './vocabulary.js';

/** How far a rule looks from its verb: a few tokens, never the whole sentence. */
export const REACH = 12;

export class SentenceReader {
  readonly t: readonly Token[];
  readonly requests: Request[] = [];
  readonly problems: GrammarProblem[] = [];
  /** First token of the words not yet used by a request. */
  from = 0;
  /** Where the last problem ends (offset), so that a verb already reported is not reported again. */
  reportedTo = -1;
  private readonly locators: Int32Array;

  constructor(
    readonly source: Tokenized,
    readonly sentence: Sentence,
    readonly lang: 'zh' | 'en',
  ) {
    this.t = outerPronouns(dropListNumber(lang === 'en' ? namedPlaces(sentence.tokens, source.comment) : sentence.tokens));
    this.renumbered = lang === 'zh' ? renumberings(this.t) : new Set();
    // The last locator before each token, so that finding it is one look-up however long the sentence.
    this.locators = new Int32Array(this.t.length + 1);
    let last = -1;
    for (let k = 0; k <= this.t.length; k++) {
      this.locators[k] = last;
      const x = this.t[k];
      // 将第十条改为第十一条，修改为：the unit's new number is no place of its own; what follows applies to 第十条.
      // Nor is a new unit's number (增加一款作为第二款); and 该条 after a unit named in the sentence is that unit
      // (在刑法第一百六十五条中增加一款作为第二款，将该条修改为：…). Nor is the place a unit is moved to (将第十一条
      // 调整至第四条之后，并将该条中的…: 该条 is 第十一条).
      const pronoun = x?.kind === 'locator' && x.refs.length === 1 && x.refs[0]!.pronoun === true && last !== -1;
      if (x?.kind === 'locator' && !isPageOnly(x) && !this.renumbered.has(k) && !isWord(this.t[k - 1], 'as') && !isWord(this.t[k - 1], 'move') && !pronoun) last = k;
    }
  }

  /** Locators that give a unit its new number (the 第十一条 of 将第十条改为第十一条). */
  readonly renumbered: ReadonlySet<number>;

  /** Unit names after a verb: a quoted list, or the words up to the next comma. */
  namesFrom(at: number): { names: string[]; end: number } | null {
    const t = this.t;
    if (this.isQuote(at)) return { names: splitNames(this.quote(at)), end: at };
    let end = at;
    while (end < t.length && (t[end]!.kind === 'text' || t[end]!.kind === 'enum' || isWord(t[end], 'and') || (t[end]!.kind === 'word' && !this.isVerbAt(end) && t[end + 1]?.kind === 'text'))) end++;
    if (end === at) return null;
    return { names: splitNames(this.text(at, end - 1)), end: end - 1 };
  }

  findRole(from: number): number {
    for (let k = from; k < this.t.length && k < from + REACH; k++) {
      if (isWord(this.t[k], 'role-lead') || isWord(this.t[k], 'role-responsible')) return k;
    }
    return -1;
  }

  findWord(from: number, word: Word): number {
    for (let k = from; k < this.t.length && k < from + REACH; k++) if (isWord(this.t[k], word)) return k;
    return -1;
  }

  /** A role word right before the verb (责任单位增加, 牵头单位“A”改为, 牵头单位由“A”改为). */
  roleBefore(v: number): 'lead' | 'responsible' | undefined {
    let p = this.prev(v);
    if (this.isQuote(p)) p = this.prev(p);
    if (isWord(this.t[p], 'by')) p = this.prev(p);
    if (isWord(this.t[p], 'in')) p = this.prev(p);
    if (isWord(this.t[p], 'role-lead')) return 'lead';
    if (isWord(this.t[p], 'role-responsible')) return 'responsible';
    return undefined;
  }

  roleStart(v: number): number {
    for (let k = v; k >= this.from && k > v - 5; k--) if (isWord(this.t[k], 'role-lead') || isWord(this.t[k], 'role-responsible')) return k;
    return v;
  }

  // ── making requests

  /**
   * One request per reference of the locator at `loc` (第四条第二款、第三款 are two), with the title quoted
   * right after the locator unless the request uses that quote itself.
   */
  forEachRef(loc: number, first: number, end: number, used: number[], make: (where: Where) => RequestFields): number {
    const token = this.t[loc] as Extract<Token, { kind: 'locator' }>;
    const title = this.titleAfter(loc, used);
    const within = this.outerLocator(loc);
    for (const ref of token.refs) {
      const where: Where = { ref: title && token.refs.length === 1 ? { ...ref, title } : ref };
      if (within) where.within = within;
      if (this.saysIn(loc)) where.inUnit = true;
      const opening = this.openingBefore(first);
      if (opening !== undefined) where.opening = opening;
      const request = { ...make(where), start: this.t[Math.min(loc, first)]!.start, end: this.t[end]!.end } as Request;
      this.pushRequest(this.withOrdinal(request, used), Math.min(loc, first));
    }
    return end;
  }

  /** 删除第二百九十条第二处“A”: the words before the quote changed say which of its occurrences. */
  private withOrdinal(request: Request, used: readonly number[]): Request {
    // (insert … after the second “A”: the anchor's, in English.)
    const anchored = request.op === 'insert' && this.lang === 'en';
    if (request.op !== 'replace' && request.op !== 'delete' && !anchored) return request;
    // The quote this request changes (in a list, each its own: 删除“A”和第二处“B”).
    const old = request.op === 'insert' ? request.anchor : request.old;
    const q = used.find((k) => this.isQuote(k) && this.quote(k) === old);
    const nth = q === undefined ? undefined : this.ordinalBefore(q);
    return nth === undefined ? request : { ...request, nth };
  }

  /** A request whose locator is the last one before it in the sentence (or none: the quote alone finds its place). */
  push(fields: RequestFields, first: number, end: number, used: number[]): void {
    const loc = this.locatorBefore(first + 1);
    const request = this.withOrdinal({ ...fields, start: this.t[first]!.start, end: this.t[end]!.end } as Request, used);
    let startToken = first;
    // In section 4, strike "or" at the end of paragraph (2): the paragraph, of the section named before.
    const inner = loc !== -1 && !request.where && this.lang === 'en' ? this.relativeRightAfter(end) : -1;
    if (inner !== -1) {
      request.where = { ref: (this.t[inner] as Extract<Token, { kind: 'locator' }>).refs[0]!, within: (this.t[loc] as Extract<Token, { kind: 'locator' }>).refs.at(-1)! };
      request.end = this.t[inner]!.end;
    } else if (loc !== -1 && !request.where) {
      const token = this.t[loc] as Extract<Token, { kind: 'locator' }>;
      // 将第二十条、第二十七条、第三十九条中的“A”修改为“B”, 在第十四条第二款、第二十六条第二款中的“A”后增加“B”,
      // 将二、（一）和五、（一）中的“A”修改为“B”: the change in each unit listed; with 均 / 统一 / 所有 too, each
      // time it stands in each (a request that says 全文 is not split).
      const listed = this.locatorList(loc);
      if ((token.refs.length > 1 || listed.length > 1) && (((fields.op === 'replace' || fields.op === 'delete') && !(fields.everywhere && this.saysWholeDraft(first, end))) || fields.op === 'insert')) {
        for (const each of listed) this.forEachRef(each, first, end, used, (where) => ({ ...fields, where }));
        return;
      }
      const title = this.titleAfter(loc, used);
      const ref = token.refs.at(-1)!;
      request.where = { ref: title ? { ...ref, title } : ref };
      const within = this.outerLocator(loc);
      if (within) request.where.within = within;
      if (this.saysIn(loc)) request.where.inUnit = true;
      // The locator belongs to the words of the request when nothing parts them (将第三条中的“A”改为“B”).
      if (loc >= this.from && !this.partedBetween(loc, first)) startToken = loc;
    } else if (loc === -1) {
      // “诚实信用”（第三条）建议修改为…, “A” in section 5: a locator right after the quote or the request.
      const after = this.t[end]?.kind === 'locator' ? end : this.locatorRightAfter(first) !== -1 ? this.locatorRightAfter(first) : this.locatorRightAfter(end);
      if (after !== -1) {
        request.where = { ref: (this.t[after] as Extract<Token, { kind: 'locator' }>).refs[0]! };
        request.end = Math.max(request.end, this.t[after]!.end);
      }
    }
    const opening = this.openingBefore(first);
    if (opening !== undefined) request.where = { ...(request.where ?? { ref: { parts: [] } }), opening };
    this.pushRequest(request, startToken);
  }

  /** 二、（一）和五、（一）: the locators joined by 和 or 、 that end at `loc`, in order. */
  locatorList(loc: number): number[] {
    const list = [loc];
    const joins = (k: number) => isWord(this.t[k], 'and') || this.t[k]!.kind === 'enum' || (this.t[k]!.kind === 'text' && /^(?:和|及|与)$/u.test(this.text(k, k)));
    for (let k = loc - 1; k - 1 >= this.from && joins(k) && this.t[k - 1]!.kind === 'locator' && this.locators[k] === k - 1; k -= 2) list.unshift(k - 1);
    return list;
  }

  /** 第三十九条中的“A”, 第二十条、第三十九条中的: 中 (中的, 内, 的) right after the locator, or after the list it opens. */
  saysIn(loc: number): boolean {
    let k = loc;
    while (k + 2 < this.t.length && this.t[k + 2]!.kind === 'locator' && this.locatorList(k + 2).includes(k)) k += 2;
    return isWord(this.t[this.next(k)], 'in');
  }

  partedBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.t[k]!.kind === 'comma' || this.t[k]!.kind === 'colon') return true;
    return false;
  }

  pushRequest(request: Request, first: number): void {
    // 将 / 在 / 把 right before the request's first word belong to it.
    let p = first - 1;
    while (p >= this.from && p > first - 4 && (isWord(this.t[p], 'everywhere') || isWord(this.t[p], 'in'))) p--;
    const lead = p >= this.from && (isWord(this.t[p], 'object') || isWord(this.t[p], 'at'));
    request.start = this.t[lead ? p : first]!.start;
    this.requests.push(request);
  }

  /** Records words that ask for something not understood; the words run on to the end of their clause unless `exact`. */
  problem(from: number, to: number, reason: string, runOn = true): number {
    let end = Math.min(Math.max(to, from), this.t.length - 1);
    for (let n = 0; runOn && n < REACH && end + 1 < this.t.length; n++) {
      const x = this.t[end + 1]!;
      if (x.kind === 'comma' || x.kind === 'colon' || this.isVerbAt(end + 1) || isWord(x, 'and')) break;
      end++;
    }
    this.problems.push({ start: this.t[this.extendBack(from)]!.start, end: this.t[end]!.end, reason });
    this.reportedTo = Math.max(this.reportedTo, this.t[end]!.end);
    return end;
  }

  // ── looking around

  /** The next token after i that is not noise (or one of the extra skipped words / punctuation). */
  next(i: number, skip: Array<Word | 'colon' | 'comma'> = []): number {
    let k = i + 1;
    for (let n = 0; k < this.t.length && n < REACH; k++, n++) {
      const x = this.t[k]!;
      if (x.kind === 'word' && (SKIPPED.has(x.word) || skip.includes(x.word))) continue;
      if ((x.kind === 'colon' || x.kind === 'comma') && skip.includes(x.kind)) continue;
      break;
    }
    return k;
  }

  prev(i: number, commas = false): number {
    let k = i - 1;
    for (let n = 0; k >= this.from && n < REACH; k--, n++) {
      const x = this.t[k]!;
      if (x.kind === 'word' && (SKIPPED.has(x.word) || x.word === 'object')) continue;
      if (commas && x.kind === 'comma') continue;
      break;
    }
    return k >= this.from ? k : -1;
  }

  extendBack(i: number): number {
    const p = i - 1;
    return p >= this.from && (isWord(this.t[p], 'object') || isWord(this.t[p], 'at') || isWord(this.t[p], 'suggest')) ? p : i;
  }

  isQuote(i: number): boolean {
    return this.t[i]?.kind === 'quote';
  }

  isVerbAt(i: number): boolean {
    const x = this.t[i];
    return x?.kind === 'word' && VERBS.has(x.word);
  }

  quote(i: number): string {
    return this.source.quotes[(this.t[i] as Extract<Token, { kind: 'quote' }>).quote]!.text;
  }

  /** 第二处“A”, 第一个“A”: the occurrence the word just before quote `q` names. */
  ordinalBefore(q: number): number | undefined {
    const word = this.t[q - 1];
    if (!isWord(word, 'nth')) return undefined;
    // the second “A”, the second occurrence of “A”.
    const english = /^the\s+([a-z]+)/iu.exec(this.source.comment.slice(word!.start, word!.end));
    if (english) return ORDINALS.indexOf(english[1]!.toLowerCase()) + 1 || undefined;
    return ordinalAt(this.source.comment, word!.start)?.value;
  }

  /** “A”、“B”和“C”: consecutive quotes joined by 、, 和, 及, 与 or 以及. */
  quoteList(first: number): number[] {
    const list = [first];
    for (let k = first; list.length < 50; ) {
      if (!this.joinsQuotes(k + 1)) break;
      // (“A”和第二处“B”: the ordinal is the quote's, read where its request is made.)
      const next = isWord(this.t[k + 2], 'nth') ? k + 3 : k + 2;
      if (!this.isQuote(next)) break;
      k = next;
      list.push(k);
    }
    return list;
  }

  /** The quote list that ends with the quote at `last` (“A”和“B” before 分别修改为), in order. */
  quoteListEndingAt(last: number): number[] {
    const list = [last];
    for (let k = last; list.length < 50 && k - 2 >= this.from && this.joinsQuotes(k - 1) && this.isQuote(k - 2); k -= 2) list.unshift(k - 2);
    return list;
  }

  /** 之间 / 中间 at `k`: the place where two quotes before it meet (“A”和“B”之间). */
  private saysBetween(k: number): boolean {
    return this.lang === 'zh' && this.t[k]?.kind === 'text' && /^(?:之间|中间)$/u.test(this.text(k, k));
  }

  /** 在“A”和“B”之间 (之间 at `k`): the two quotes before it, joined by 和 / 与 / 及 / 、, or undefined. */
  quotesBetween(k: number): [number, number] | undefined {
    if (!this.saysBetween(k)) return undefined;
    const b = k - 1;
    return this.isQuote(b) && this.joinsQuotes(b - 1) && this.isQuote(b - 2) && b - 2 >= this.from ? [b - 2, b] : undefined;
  }

  /** 、, 和, 及, 与 (or 以及, and) at `k`: one quote joined to the next. */
  joinsQuotes(k: number): boolean {
    const sep = this.t[k];
    return sep?.kind === 'enum' || isWord(sep, 'and') || (this.lang === 'zh' && sep?.kind === 'text' && /^(?:和|及|与)$/u.test(this.text(k, k)));
  }

  /** 在“A”中的“B”: the quote whose words hold the one at `q`, or undefined. */
  quoteAround(q: number): number | undefined {
    const p = this.prev(q);
    return isWord(this.t[p], 'in') && this.isQuote(p - 1) && p - 1 >= this.from ? p - 1 : undefined;
  }

  /** 将“A”及“B”中的“C”: the quotes whose words hold the one at `q` (one, or a list: C in each), or undefined. */
  quotesAround(q: number): number[] | undefined {
    const around = this.quoteAround(q);
    return around === undefined ? undefined : this.quoteListEndingAt(around);
  }

  /** 删去“A”中的“B”: the quote named inside the one at `q` (Chinese only), or undefined. */
  quoteInside(q: number): number | undefined {
    const p = this.next(q);
    return this.lang === 'zh' && isWord(this.t[p], 'in') && this.isQuote(p + 1) ? p + 1 : undefined;
  }

  /** “(4) …” “(5) …”: new paragraphs quoted one after another, or joined by a comma or "and" (the last one's index ends the run). */
  quoteRun(first: number): number[] {
    const run = [first];
    for (let k = first + 1; k < this.t.length && run.length < 50; k++) {
      if (this.isQuote(k)) run.push(k);
      else if (!(this.t[k]!.kind === 'comma' || isWord(this.t[k], 'and')) || !this.isQuote(k + 1)) break;
    }
    return run;
  }

  /** 修改为：“…”“…”: quotes one right after another, nothing between them, are one text of several paragraphs. */
  paragraphRun(first: number): number[] {
    const run = [first];
    while (this.isQuote(run.at(-1)! + 1)) run.push(run.at(-1)! + 1);
    return run;
  }

  /** A paragraph run's text: a paragraph per line. */
  paragraphs(run: readonly number[]): string {
    return run.length === 1 ? this.quote(run[0]!) : run.map((q) => this.quote(q).trim()).join('\n');
  }

  /** The old text: the last quote before the verb not yet used, that is not an anchor of a position. */
  quoteBefore(v: number): number {
    for (let k = v - 1; k >= this.from && k > v - REACH; k--) {
      if (this.t[k]!.kind === 'quote') return k;
      if (this.isVerbAt(k)) break;
    }
    return -1;
  }

  /** The locator that applies at token i: the last one before it in the sentence. */
  locatorBefore(i: number): number {
    return i <= 0 ? -1 : this.locators[Math.min(i, this.t.length)]!;
  }

  /** “A”（第十三条）, “A” in section 5: a locator right after the request's words. */
  locatorRightAfter(end: number): number {
    let k = end + 1;
    if (isWord(this.t[k], 'in') || isWord(this.t[k], 'of')) k++;
    return this.t[k]?.kind === 'locator' && !isPageOnly(this.t[k]!) ? k : -1;
  }

  /** "at the end of paragraph (2)", "in subsection (b)" right after the request's words: a unit inside the one named before. */
  relativeRightAfter(end: number): number {
    let k = end + 1;
    if (isWord(this.t[k], 'end') || isWord(this.t[k], 'in') || isWord(this.t[k], 'of')) k++;
    const token = this.t[k];
    return token?.kind === 'locator' && token.refs.length === 1 && isRelative(token.refs[0]!) ? k : -1;
  }

  /** "… of section 2" after an English phrase, or the phrase's own end. */
  locatorAfter(at: number): number {
    const k = this.next(at);
    if (isWord(this.t[k], 'of') && this.t[k + 1]?.kind === 'locator') return k + 1;
    return at;
  }

  /** A relative locator (第（七）项, paragraph (6)) reads inside the locator before it in the sentence. */
  outerLocator(loc: number): Reference | undefined {
    return this.outerReference((this.t[loc] as Extract<Token, { kind: 'locator' }>).refs[0]!, loc);
  }

  /** The unit a relative reference (paragraph (a)(3), a new paragraph's designation) reads inside: the locator before token `at`. */
  outerReference(ref: Reference, at: number): Reference | undefined {
    if (!isRelative(ref)) return undefined;
    const head = ref.parts.find((p) => p.unit !== '页')!;
    // A sibling before it (redesignating paragraphs (2) and (3) …, and inserting after paragraph (1)) is passed
    // over to what that one is inside: a few steps back, never the whole of a long comment.
    let outer = this.locatorBefore(at);
    for (let steps = 0; outer !== -1 && steps < REACH; steps++) {
      // 将第二条第二项修改为“…”，第四项修改为“…”: the 第四项 of 第二条, not of its 第二项.
      const previous = (this.t[outer] as Extract<Token, { kind: 'locator' }>).refs.at(-1)!;
      const same = previous.parts.findIndex((p) => p.unit === head.unit && p.readings[0]!.style === head.readings[0]!.style);
      if (same === -1) return previous;
      if (same > 0) return { parts: previous.parts.slice(0, same) };
      if (!isRelative(previous)) return undefined;
      outer = this.locatorBefore(outer);
    }
    return undefined;
  }

  /** The quote right after a locator, when the request does not use it: a title (18项“建立更加健全社会保障体系”). */
  titleAfter(loc: number, used: number[]): string | undefined {
    const k = loc + 1;
    return this.isQuote(k) && !used.includes(k) ? this.quote(k) : undefined;
  }

  /** “强力实施千百十亿工程。。。”责任单位增加…: a quoted opening right before the role word. */
  openingBefore(first: number): string | undefined {
    const role = isWord(this.t[first], 'role-lead') || isWord(this.t[first], 'role-responsible') ? first : -1;
    if (role === -1) return undefined;
    const p = role - 1;
    if (!this.isQuote(p) || p < this.from) return undefined;
    const before = this.t[p - 1];
    // A quote right after its locator is the locator's title, not an opening.
    if (before?.kind === 'locator') return undefined;
    return this.quote(p);
  }

  /** A quote that ends the words it stands in: the text itself, not a description (增加“X”相关内容). */
  endsHere(q: number): boolean {
    const x = this.t[this.next(q)];
    return x === undefined || x.kind === 'comma' || x.kind === 'enum' || (x.kind === 'word' && (x.word === 'and' || x.word === 'new-text' || VERBS.has(x.word) || x.word === 'everywhere'));
  }

  skipEverywhere(at: number): number {
    const n = this.next(at);
    return isWord(this.t[n], 'everywhere') ? n : at;
  }

  /** 全文 / 统一 / throughout / each place it appears, among the words of this request (from a few tokens before `v` to `end`). */
  everywhere(v: number, end: number, wholeDraft = false): boolean {
    for (let k = Math.max(this.from, v - REACH); k <= end && k < this.t.length; k++) {
      if (isWord(this.t[k], 'everywhere') && (!wholeDraft || this.text(k, k).startsWith('全文'))) return true;
    }
    return false;
  }

  /** 全文 among the words of a request: the whole draft, not the units named. */
  saysWholeDraft(first: number, end: number): boolean {
    return this.everywhere(first, end, true);
  }

  text(first: number, last: number): string {
    if (last < first) return '';
    return this.source.comment.slice(this.t[first]!.start, this.t[last]!.end).trim();
  }
}

export function newUnit(token: Token | undefined): NewUnit | undefined {
  return token?.kind === 'word' ? NEW_UNITS[token.word] : undefined;
}

export function isWord(token: Token | undefined, word: Word): boolean {
  return token?.kind === 'word' && token.word === word;
}

/**
 * 将第十条改为第十一条 (a decision's way to renumber an article it also amends): a
 * locator, 改为, and a locator of the same unit with nothing between, ending
 * the clause of the sentence. The second names the new number; the numbers
 * follow when the build renumbers.
 */
function renumberings(t: readonly Token[]): Set<number> {
  const found = new Set<number>();
  for (let k = 2; k < t.length; k++) {
    const [a, verb, b, after] = [t[k - 2]!, t[k - 1]!, t[k]!, t[k + 1]];
    if (a.kind !== 'locator' || b.kind !== 'locator' || !isWord(verb, 'replace') || a.refs.length !== 1 || b.refs.length !== 1) continue;
    const unitOf = (ref: Reference) => ref.parts.at(-1)?.unit;
    if (unitOf(a.refs[0]!) !== unitOf(b.refs[0]!) || isPageOnly(a)) continue;
    // (第五十三条中，第六编改为第五编 changes a cite in an article: no renumbering.)
    if ((after === undefined || after.kind === 'comma') && !t.slice(0, k - 2).some((x) => isWord(x, 'in'))) found.add(k);
  }
  return found;
}

/**
 * 删除第二百七十四条第（八）项，并在该条增加一款: 该条 is the article of the
 * unit named before it, not that 项. A pronoun of a kind of unit outer to the
 * one named last in the sentence (or, where that one is relative, to one named
 * before it) reads as that outer unit. The same kind (第五条…该条), and one
 * followed by its own locator (该条第二款), are read as before.
 */
function outerPronouns(tokens: readonly Token[]): readonly Token[] {
  const named: Reference[] = [];
  let out: Token[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const x = tokens[k]!;
    if (x.kind !== 'locator' || isWord(tokens[k - 1], 'as')) continue;
    const ref = x.refs.length === 1 ? x.refs[0]! : undefined;
    if (!ref?.pronoun) {
      if (!isPageOnly(x)) named.push(x.refs.at(-1)!);
      continue;
    }
    const outer = ref.pronounUnit ? outerUnit(named, ref.pronounUnit) : undefined;
    if (!outer) continue;
    out ??= [...tokens];
    const next = tokens[k + 1];
    // 删除第二百七十四条第（八）项，并删去该条第二款: the 款 of that article, one locator.
    if (next?.kind === 'locator') {
      if (next.refs.every(isRelative)) out[k + 1] = { ...next, start: x.start, refs: next.refs.map((r) => ({ ...r, parts: [...outer.parts, ...r.parts] })) };
    } else out[k] = { ...x, refs: [outer] };
  }
  return out ? out.filter((x, k) => !(x.kind === 'locator' && out![k + 1]?.start === x.start)) : tokens;
}

/** The part of the last unit named (or of those before a relative one) that is of the kind given, where it is not that unit itself. */
function outerUnit(named: readonly Reference[], unit: UnitName): Reference | undefined {
  for (let i = named.length - 1; i >= 0; i--) {
    const parts = named[i]!.parts;
    const at = parts.map((p) => p.unit).lastIndexOf(unit);
    if (at !== -1) return i === named.length - 1 && at === parts.length - 1 ? undefined : { parts: parts.slice(0, at + 1) };
    if (!isRelative(named[i]!)) return undefined;
  }
  return undefined;
}

export function isPageOnly(token: Token): boolean {
  return token.kind === 'locator' && token.refs.every((r) => r.parts.length > 0 && r.parts.every((p) => p.unit === '页'));
}

/**
 * English places named by their words, not by a number: "In the DATES section,",
 * "In the Response to the first Comment,", "at the end of the SUMMARY:", "the
 * second sentence of the response to the fifth comment". The words become a
 * locator of the heading they name (resolve.ts finds the part headed so, or
 * says the draft has none), so that the request is made there or asked about,
 * never made in the whole draft or in the unit named before.
 */
function namedPlaces(tokens: readonly Token[], comment: string): readonly Token[] {
  let out: Token[] | undefined;
  const plain = (x: Token | undefined) => x !== undefined && (x.kind === 'text' || (x.kind === 'word' && PLACE_WORDS.has(x.word)));
  for (let k = 0; k < tokens.length; k++) {
    const x = tokens[k]!;
    const before = tokens[k - 1];
    // "In the X," opening the sentence or a clause of it; "at the end of the X:"; "the second sentence of the X".
    const kind = isWord(x, 'in') && (before === undefined || before.kind === 'comma' || isWord(before, 'and')) ? 'in' : isWord(x, 'end') ? 'end' : isWord(x, 'of') && counted(before) ? 'of' : undefined;
    if (!kind) continue;
    const next = tokens[k + 1];
    const the = next !== undefined && /^the\b/iu.test(comment.slice(next.start, next.end));
    const from = the && isWord(next, 'noise') ? k + 2 : k + 1;
    let end = from;
    while (end < tokens.length && end < from + REACH && plain(tokens[end])) end++;
    if (end === from || !tokens.slice(from, end).some((t) => t.kind === 'text')) continue;
    const after = tokens[end];
    const words = comment.slice(tokens[from]!.start, tokens[end - 1]!.end);
    // (at the end of the sentence, of the section: the one spoken of.)
    if (UNIT_ONLY.test(words)) continue;
    if (kind === 'in') {
      // (In addition, In the meantime: no place.)
      if (after?.kind !== 'comma' || (!the && !/^[A-Z]/u.test(words)) || DISCOURSE.test(words)) continue;
    } else if (after !== undefined && after.kind !== 'comma' && after.kind !== 'colon' && after.kind !== 'quote' && !(kind === 'of' && after.kind === 'word' && VERBS.has(after.word))) continue;
    out ??= [...tokens];
    if (kind === 'of') {
      const loc = before as Extract<Token, { kind: 'locator' }>;
      out[k - 1] = { ...loc, refs: [{ ...loc.refs[0]!, heading: words }], end: tokens[end - 1]!.end };
      for (let j = k; j < end; j++) out[j] = DROPPED;
    } else {
      out[from] = { kind: 'locator', refs: [{ parts: [], heading: words }], start: tokens[from]!.start, end: tokens[end - 1]!.end };
      for (let j = from + 1; j < end; j++) out[j] = DROPPED;
    }
    k = end - 1;
  }
  return out ? out.filter((t) => t !== DROPPED) : tokens;
}

/** The small words a heading's name may have between its words: Response to the first Comment, Consultation With Indian Tribes. */
const PLACE_WORDS: ReadonlySet<Word> = new Set<Word>(['noise', 'of', 'to', 'with', 'for', 'and', 'nth']);
/** "In addition,", "In the meantime,": words that open a sentence, no place. */
const DISCOURSE = /^(?:addition|general|particular|short|sum|brief|fact|turn|contrast|conclusion|any event|any case|either case|this case|that case|meantime|interim|alternative|future|past)$/iu;
const UNIT_ONLY = /^(?:sentence|paragraph|section|subsection|item|clause|text|list|line|rule|definition)$/iu;
const DROPPED: Token = { kind: 'text', start: -1, end: -1 };

/** A sentence or paragraph named by its count (the second sentence, the third paragraph), whose place may follow it in words. */
function counted(token: Token | undefined): boolean {
  if (token?.kind !== 'locator' || token.refs.length !== 1) return false;
  const ref = token.refs[0]!;
  const last = ref.parts.at(-1);
  return ref.parts.length === 1 && ref.heading === undefined && (last?.unit === '句' || (last?.unit === '段' && last.english === true));
}

/**
 * "二、将…", "第十二条：1.建议删去…": the comment's own list numbers, not locators — a
 * single outline number at the start or after a colon or comma, before 建议 / 将 / 在 or a verb.
 * A decimal number right before its verb (7.2修改为, 4.4建议删除) is the place changed (wording.ts
 * drops it where the draft numbers nothing so).
 */
export function dropListNumber(tokens: readonly Token[]): readonly Token[] {
  const isVerb = (x: Token | undefined) => x?.kind === 'word' && VERBS.has(x.word);
  const listNumber = (k: number) => {
    const x = tokens[k];
    if (x?.kind !== 'locator' || x.refs.length !== 1) return false;
    const parts = x.refs[0]!.parts;
    // (四、清理整顿工作的方法、步骤修改为: a number with its unit's heading is that unit.)
    if (parts.length !== 1 || parts[0]!.unit !== 'outline' || x.refs[0]!.title !== undefined) return false;
    const before = tokens[k - 1];
    const next = tokens[k + 1];
    if (k === 0 && parts[0]!.decimal !== undefined && (isVerb(next) || (isWord(next, 'suggest') && isVerb(tokens[k + 2])))) return false;
    if (k === 0) return next !== undefined && next.kind !== 'quote' && next.kind !== 'colon' && next.kind !== 'comma';
    return (before?.kind === 'colon' || before?.kind === 'comma') && next?.kind === 'word' && (VERBS.has(next.word) || ['suggest', 'object', 'at'].includes(next.word));
  };
  const kept = tokens.filter((_, k) => !listNumber(k));
  return kept.length === tokens.length ? tokens : kept;
}

export function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；]|和|及/u)
    .map((name) => name.trim().replace(/等$/u, '').replace(/[“”"]/gu, ''))
    .filter((name) => name.length > 0);
}

export function englishNames(text: string): string[] {
  return text
    .replace(/["“”]/gu, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/u)
    .map((name) => name.trim())
    .filter(Boolean);
}
