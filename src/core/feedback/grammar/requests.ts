// The grammar: a sentence of tokens becomes the requests it makes, still
// independent of any draft. One rule per verb, each reading the tokens around
// the verb: what is quoted before it (the old text, an anchor, a title), the
// locator that applies, a position (后 / 前 / 末尾 / 中, after / before / at the
// end), a new unit (一条 / 一款 / 一项, new paragraph), 作为第X款, and the quoted
// new text after it. Why not a parser library: comments are prose with the
// request embedded in it, so a grammar of the whole input (peggy, ohm) would
// need "skip anything" rules that backtrack; reading around each verb keeps
// every rule a few tokens wide and the whole pass linear.
import type { Reference } from './locator.js';
import type { Sentence, Token, Tokenized } from './tokens.js';
import type { Word } from './vocabulary.js';

/** Where a request applies: a locator (with the title quoted after it), and an opening quoted inside it. */
export interface Where {
  ref: Reference;
  /** A relative locator (第（七）项, paragraph (6)) is read inside this one. */
  within?: Reference;
  /** A quoted opening that picks a paragraph inside the located clause (“强力实施千百十亿工程。。。”责任单位增加…). */
  opening?: string;
}

/** The unit a new clause is: 条 / section, 款, 项 / numbered paragraph. */
export type NewUnit = 'article' | 'paragraph' | 'item';

interface RequestBase {
  /** The words of the comment the request came from (offsets). */
  start: number;
  end: number;
  where?: Where;
}

export type Request = RequestBase &
  (
    | { op: 'replace'; old: string; text: string; everywhere: boolean }
    | { op: 'delete'; old: string; everywhere: boolean }
    | { op: 'insert'; anchor: string; text: string; position: 'before' | 'after' }
    /** “…卫生计生、。。。”增加食品安全: an item joins the quoted list. */
    | { op: 'list-insert'; anchor: string; item: string }
    | { op: 'append'; text: string; atEnd: boolean }
    | { op: 'rewrite'; text: string }
    | { op: 'add-clause'; unit: NewUnit | undefined; text: string; relation?: 'before' | 'after' | 'inside'; as?: Reference }
    | { op: 'remove-clause' }
    | { op: 'units'; role: 'lead' | 'responsible'; change: 'add' | 'remove' | 'set'; names: string[] }
    /** redesignate paragraphs (5) through (9) as …: follows from renumbering, no edit of its own. */
    | { op: 'redesignate' }
  );

/** A request before the words it came from are known. */
type RequestFields = Request extends infer R ? (R extends unknown ? Omit<R, 'start' | 'end'> : never) : never;

/** Words of a sentence that ask for something the grammar could not read, and why. */
export interface GrammarProblem {
  start: number;
  end: number;
  reason: string;
}

export interface SentenceReading {
  sentence: Sentence;
  requests: Request[];
  problems: GrammarProblem[];
  /** The sentence asks (？, 如何, please clarify) or remarks without a request. */
  kind: 'request' | 'question' | 'clarify' | 'remark';
  /** A locator that heads the sentence before a colon (第十二条：…): the place later sentences speak of. */
  heading?: Reference;
}

const VERBS = new Set<Word>(['replace', 'delete', 'add', 'rewrite', 'substitute', 'redesignate', 'make']);
const SKIPPED = new Set<Word>(['noise', 'suggest']);
const NEW_UNITS: Partial<Record<Word, NewUnit>> = { 'new-article': 'article', 'new-paragraph': 'paragraph', 'new-item': 'item' };
/** How far a rule looks from its verb: a few tokens, never the whole sentence. */
const REACH = 12;

export function readSentences(tokenized: Tokenized, lang: 'zh' | 'en'): SentenceReading[] {
  return tokenized.sentences.map((sentence) => new SentenceParser(tokenized, sentence, lang).read());
}

class SentenceParser {
  private readonly t: readonly Token[];
  private readonly requests: Request[] = [];
  private readonly problems: GrammarProblem[] = [];
  /** First token of the words not yet used by a request. */
  private from = 0;
  /** Where the last problem ends (offset), so that a verb already reported is not reported again. */
  private reportedTo = -1;
  private readonly locators: Int32Array;

  constructor(
    private readonly source: Tokenized,
    private readonly sentence: Sentence,
    private readonly lang: 'zh' | 'en',
  ) {
    this.t = dropListNumber(sentence.tokens);
    // The last locator before each token, so that finding it is one look-up however long the sentence.
    this.locators = new Int32Array(this.t.length + 1);
    let last = -1;
    for (let k = 0; k <= this.t.length; k++) {
      this.locators[k] = last;
      const x = this.t[k];
      if (x?.kind === 'locator' && !isPageOnly(x)) last = k;
    }
  }

  read(): SentenceReading {
    const t = this.t;
    for (let v = 0; v < t.length; v++) {
      const token = t[v]!;
      if (token.kind !== 'word' || !VERBS.has(token.word)) continue;
      const before = this.requests.length;
      const end = this.verb(v, token.word);
      if (this.requests.length === before && this.reportedTo <= t[v]!.start) {
        this.problem(v, end, 'the wording around the verb was not understood');
      }
      v = Math.max(v, end);
      this.from = v + 1;
    }
    const reading: SentenceReading = { sentence: this.sentence, requests: this.requests, problems: this.problems, kind: this.kind() };
    const first = t[0];
    if (first?.kind === 'locator' && t[1]?.kind === 'colon' && first.refs.length === 1) reading.heading = first.refs[0]!;
    return reading;
  }

  private kind(): SentenceReading['kind'] {
    if (this.requests.length > 0 || this.problems.length > 0) return 'request';
    if (this.sentence.question || this.t.some((x) => isWord(x, 'question'))) return 'question';
    if (this.t.some((x) => isWord(x, 'clarify'))) return 'clarify';
    return 'remark';
  }

  /** Reads the request around the verb at v; returns the last token it used. */
  private verb(v: number, word: Word): number {
    switch (word) {
      case 'replace':
        return this.replace(v);
      case 'delete':
        return this.delete(v);
      case 'add':
        return this.lang === 'en' ? this.insertEnglish(v) : this.add(v);
      case 'rewrite':
        return this.rewrite(v);
      case 'substitute':
        return this.substitute(v);
      case 'redesignate':
        return this.redesignate(v);
      default:
        return this.make(v);
    }
  }

  // ── replace: “X”改为“Y”, 将第十条修改为：“…”, replace “X” with “Y”, change the lead unit to X

  private replace(v: number): number {
    const n = this.next(v, ['colon']);
    const t = this.t;
    if (this.lang === 'en' && this.isQuote(n)) {
      // Prefix form: replace “X” with “Y”, change “X” to “Y”.
      const w = this.next(n);
      const y = this.next(w, ['colon']);
      if ((isWord(t[w], 'with') || isWord(t[w], 'to')) && this.isQuote(y)) {
        const end = this.skipEverywhere(y);
        this.push({ op: 'replace', old: this.quote(n), text: this.quote(y), everywhere: this.everywhere(v, end) }, v, end, [n, y]);
        return end;
      }
      if ((isWord(t[w], 'with') || isWord(t[w], 'to')) && isWord(t[y], 'new-text')) return this.problem(v, y, 'the new text is not quoted');
    }
    if (this.lang === 'en' && t[n]?.kind === 'locator' && (isWord(t[this.next(n)], 'with') || isWord(t[this.next(n)], 'to'))) {
      // replace section 3 with the following: “…”
      const q = this.next(this.next(n), ['new-text', 'colon']);
      if (this.isQuote(q)) return this.forEachRef(n, v, q, [q], (where) => ({ op: 'rewrite', text: this.quote(q), where }));
    }
    const role = this.roleBefore(v);
    if (role === 'lead' || (this.lang === 'en' && isWord(t[n], 'role-lead'))) return this.setLead(v, n);
    if (this.isQuote(n)) {
      const old = this.quoteBefore(v);
      const end = this.skipEverywhere(n);
      if (old !== -1) {
        this.push({ op: 'replace', old: this.quote(old), text: this.quote(n), everywhere: this.everywhere(v, end) }, old, end, [old, n]);
        return end;
      }
      const loc = this.locatorBefore(v);
      if (loc !== -1) return this.forEachRef(loc, v, n, [n], (where) => ({ op: 'rewrite', text: this.quote(n), where }));
      return this.problem(v, n, 'what to change is not said: quote the old text or name the clause');
    }
    return this.problem(v, n, 'the new text is not quoted');
  }

  /** 牵头单位“科技局”改为“狮子山高新区”, 牵头单位改为区科技局, change the lead unit to Treasury. */
  private setLead(v: number, n: number): number {
    let from = n;
    if (isWord(this.t[from], 'role-lead')) from = this.next(this.next(from));
    const names = this.namesFrom(from);
    if (!names) return this.problem(v, n, 'the new lead unit is not named');
    this.push({ op: 'units', role: 'lead', change: 'set', names: names.names }, this.roleStart(v), names.end, []);
    return names.end;
  }

  // ── delete: 删除第十四条, 删去第十二条第一款中的“X”, 将“X”删除, strike “X”, strike paragraph (6) of section 3,
  //    and strike “X” and insert “Y” (one replacement, never a bare deletion)

  private delete(v: number): number {
    const t = this.t;
    const n = this.next(v, ['object']);
    const role = this.roleBefore(v);
    if (role) return this.units(v, role, 'remove', n);
    if (isWord(t[n], 'role-responsible') || isWord(t[n], 'role-lead')) return this.units(v, isWord(t[n], 'role-lead') ? 'lead' : 'responsible', 'remove', this.next(n));
    if (this.isQuote(n)) {
      const quotes = this.quoteList(n);
      const last = quotes.at(-1)!;
      const replacement = this.andInsert(last);
      if (replacement) {
        const end = this.skipEverywhere(replacement.end);
        this.push({ op: 'replace', old: this.quote(n), text: this.quote(replacement.quote), everywhere: this.everywhere(v, end) }, v, end, [n, replacement.quote]);
        return end;
      }
      if (this.lang === 'en' && this.dangling(last) !== -1) return this.problem(v, this.dangling(last), 'strike … and insert: the inserted text is not quoted', false);
      const end = this.skipEverywhere(last);
      for (const q of quotes) this.push({ op: 'delete', old: this.quote(q), everywhere: this.everywhere(v, end) }, v, end, quotes);
      return end;
    }
    if (t[n]?.kind === 'locator') {
      let m = this.next(n);
      if (isWord(t[m], 'in')) m = this.next(m);
      if (this.isQuote(m)) {
        const quotes = this.quoteList(m);
        const end = quotes.at(-1)!;
        for (const q of quotes) this.forEachRef(n, v, end, quotes, (where) => ({ op: 'delete', old: this.quote(q), everywhere: false, where }));
        return end;
      }
      const replacement = this.andInsert(n);
      if (replacement) return this.forEachRef(n, v, replacement.end, [replacement.quote], (where) => ({ op: 'rewrite', text: this.quote(replacement.quote), where }));
      if (this.lang === 'en' && this.dangling(n) !== -1) return this.problem(v, this.dangling(n), 'strike … and insert: the inserted text is not quoted', false);
      return this.forEachRef(n, v, n, [], (where) => ({ op: 'remove-clause', where }));
    }
    if (this.lang === 'en' && t[n]?.kind === 'text') {
      // remove Commerce from the responsible units
      const from = this.findWord(n, 'from');
      if (from !== -1 && (isWord(t[from + 1], 'role-responsible') || isWord(t[from + 1], 'role-lead'))) {
        const names = englishNames(this.text(n, from - 1));
        const end = this.locatorAfter(from + 1);
        this.push({ op: 'units', role: isWord(t[from + 1], 'role-lead') ? 'lead' : 'responsible', change: 'remove', names }, v, end, []);
        return end;
      }
    }
    // Nothing after the verb: 将“X”删除, 第五条第三款建议删除.
    const old = this.quoteBefore(v);
    if (old !== -1) {
      this.push({ op: 'delete', old: this.quote(old), everywhere: this.everywhere(v, v) }, old, v, [old]);
      return v;
    }
    const loc = this.locatorBefore(v);
    if (loc !== -1 && loc >= this.from) return this.forEachRef(loc, v, v, [], (where) => ({ op: 'remove-clause', where }));
    return this.problem(v, v, 'what to delete is not said: quote it or name the clause');
  }

  /** After “X” or a locator: (and) insert(ing) (the following:) “Y”, with no position (after/before) of its own. */
  private andInsert(at: number): { quote: number; end: number } | null {
    const t = this.t;
    let a = this.next(at, ['everywhere']);
    if (isWord(t[a], 'and')) a = this.next(a);
    if (!isWord(t[a], 'add')) return null;
    const q = this.next(a, ['new-text', 'new-paragraph', 'new-item', 'new-article', 'colon']);
    if (!this.isQuote(q)) return null;
    const after = this.next(q);
    if (isWord(t[after], 'after') || isWord(t[after], 'before')) return null;
    return { quote: q, end: q };
  }

  /** strike “X” and insert …, with what to insert not quoted (a bare deletion would be wrong): the insert verb, or -1. */
  private dangling(at: number): number {
    let a = this.next(at, ['everywhere']);
    if (isWord(this.t[a], 'and')) a = this.next(a);
    return isWord(this.t[a], 'add') ? a : -1;
  }

  // ── add (Chinese): 在“X”后增加“Y”, 在第十三条后增加一条：“…”, 在第十一条中增加一款作为第三款：“…”,
  //    增加一条，作为第七条：“…”, 第十三条增加“…”, 在该段增加内容“…”, 责任单位增加X, “…、。。。”增加食品安全

  private add(v: number): number {
    const t = this.t;
    const role = this.roleBefore(v);
    if (role) return this.units(v, role, 'add', this.next(v));
    const n = this.next(v);
    if (isWord(t[n], 'role-responsible') || isWord(t[n], 'role-lead')) {
      return this.units(v, isWord(t[n], 'role-lead') ? 'lead' : 'responsible', 'add', this.next(n, ['colon']));
    }
    const p = this.prev(v);
    const position = isWord(t[p], 'after') ? 'after' : isWord(t[p], 'before') ? 'before' : isWord(t[p], 'end') ? 'end' : isWord(t[p], 'in') ? 'in' : undefined;
    const target = position ? this.prev(p) : p;
    const unit = newUnit(t[n]);
    if (unit) return this.addClause(v, n, unit, position, target);
    const q = this.next(n, ['new-text', 'colon']);
    const text = this.isQuote(n) ? n : this.isQuote(q) ? q : -1;
    if (text === -1) {
      // “社会托底保障水平进一步提高，…、。。。”增加食品安全
      if (target >= this.from && this.isQuote(target) && !position && t[n]?.kind === 'text') {
        const item = this.text(n, n);
        this.push({ op: 'list-insert', anchor: this.quote(target), item }, target, n, [target]);
        return n;
      }
      return this.problem(v, n, 'the text to add is not quoted');
    }
    if (!this.endsHere(text)) return this.problem(v, text, `the quote “${this.quote(text)}” describes what to add, it is not the text itself`);
    if ((position === 'after' || position === 'before') && this.isQuote(target) && target >= this.from) {
      this.push({ op: 'insert', anchor: this.quote(target), text: this.quote(text), position }, target, text, [target, text]);
      return text;
    }
    if ((position === 'in' || position === 'end') && this.isQuote(target) && target >= this.from) {
      // 在“（三）完善满意度调查平台”中增加一句：“…”: the quote names the clause.
      const where: Where = { ref: { parts: [], title: this.quote(target) } };
      this.pushRequest({ op: 'append', text: this.quote(text), atEnd: position === 'end', where, start: 0, end: this.t[text]!.end }, this.extendBack(target));
      return text;
    }
    if ((position === 'after' || position === 'before') && t[target]?.kind === 'locator') {
      // 在第十三条后增加“…”: not an anchor in the text; a new clause is meant only with 一条 / 一款.
      return this.forEachRef(target, v, text, [text], (where) => ({ op: 'append', text: this.quote(text), atEnd: true, where }));
    }
    const loc = t[target]?.kind === 'locator' ? target : this.locatorBefore(v);
    if (loc === -1) return this.problem(v, text, 'where to add is not said: name the clause or quote the text it follows');
    return this.forEachRef(loc, v, text, [text], (where) => ({ op: 'append', text: this.quote(text), atEnd: position === 'end', where }));
  }

  /** 增加一条 / 一款 / 一项 (，作为第X条) ：“…”, after (后), before (前) or inside (中) the clause named before the verb. */
  private addClause(v: number, n: number, unit: NewUnit, position: string | undefined, target: number): number {
    const t = this.t;
    let m = this.next(n, ['comma']);
    let as: Reference | undefined;
    if (isWord(t[m], 'as') && t[this.next(m)]?.kind === 'locator') {
      const loc = t[this.next(m)] as Extract<Token, { kind: 'locator' }>;
      as = loc.refs[0];
      m = this.next(this.next(m), ['comma']);
    }
    const q = this.next(m, ['colon', 'new-text']);
    const quoteAt = this.isQuote(m) ? m : q;
    if (!this.isQuote(quoteAt)) return this.problem(v, m, 'the new clause’s text is not quoted');
    const relation: 'after' | 'before' | 'inside' | undefined = position === 'after' ? 'after' : position === 'before' ? 'before' : position === 'in' || position === 'end' ? 'inside' : undefined;
    const fields = { op: 'add-clause' as const, unit, text: this.quote(quoteAt), ...(relation ? { relation } : {}), ...(as ? { as } : {}) };
    if (target >= this.from && this.isQuote(target) && position === 'in') {
      // 在“（三）推进贸易便利化…”中增加一项: the quote names the clause.
      this.push({ ...fields, where: { ref: { parts: [], title: this.quote(target) } } }, this.extendBack(target), quoteAt, [target, quoteAt]);
      return quoteAt;
    }
    const loc = t[target]?.kind === 'locator' && target >= this.from ? target : this.locatorBefore(v);
    if (loc === -1) {
      if (!as) return this.problem(v, quoteAt, 'where to add the new clause is not said');
      this.push(fields, v, quoteAt, [quoteAt]);
      return quoteAt;
    }
    return this.forEachRef(loc, v, quoteAt, [quoteAt], (where) => ({ ...fields, where }));
  }

  // ── insert / add (English): insert “Y” after “X”, after “X” insert “Y”, insert after paragraph (4) the following new
  //    paragraph: “…”, add at the end of section 3 the following: “…”, add X to the responsible units of section 2

  private insertEnglish(v: number): number {
    const t = this.t;
    const n = this.next(v);
    if (this.isQuote(n)) {
      const m = this.next(n);
      const position = isWord(t[m], 'after') ? 'after' : isWord(t[m], 'before') ? 'before' : undefined;
      const anchor = this.next(m);
      if (position && this.isQuote(anchor)) {
        this.push({ op: 'insert', anchor: this.quote(anchor), text: this.quote(n), position }, v, anchor, [n, anchor]);
        return anchor;
      }
      if (position && t[anchor]?.kind === 'locator') {
        return this.forEachRef(anchor, v, anchor, [n], (where) => ({ op: 'add-clause', unit: undefined, text: this.quote(n), relation: position, where }));
      }
      if (isWord(t[m], 'end')) {
        const loc = t[this.next(m)]?.kind === 'locator' ? this.next(m) : this.locatorBefore(v);
        const end = loc > m ? loc : m;
        if (loc === -1) return this.problem(v, m, 'at the end of what is not said');
        return this.forEachRef(loc, v, end, [n], (where) => ({ op: 'append', text: this.quote(n), atEnd: true, where }));
      }
      // after “X”, insert “Y” (the position before the verb)
      const p = this.prev(v, true);
      const before = this.prev(p);
      const behind = isWord(t[before], 'after') ? 'after' : isWord(t[before], 'before') ? 'before' : undefined;
      if (this.isQuote(p) && behind) {
        this.push({ op: 'insert', anchor: this.quote(p), text: this.quote(n), position: behind }, before, n, [p, n]);
        return n;
      }
      if (isWord(t[p], 'end') || isWord(t[before], 'end')) {
        const loc = this.locatorBefore(v);
        if (loc !== -1) return this.forEachRef(loc, v, n, [n], (where) => ({ op: 'append', text: this.quote(n), atEnd: true, where }));
      }
      return this.problem(v, n, 'where to insert is not said');
    }
    // insert after paragraph (4) the following new paragraph: “…” / insert after “X” the following: “Y”
    let m = n;
    let relation: 'after' | 'before' | 'inside' | undefined;
    let anchor = -1;
    let unit: NewUnit | undefined;
    for (let k = 0; k < 6 && m < t.length; k++, m = this.next(m)) {
      const token = t[m]!;
      if (isWord(token, 'after') || isWord(token, 'before')) relation = isWord(token, 'after') ? 'after' : 'before';
      else if (isWord(token, 'end')) relation = 'inside';
      else if (token.kind === 'locator') anchor = m;
      else if (token.kind === 'quote') {
        if (relation && anchor === -1 && this.hasQuoteAhead(m)) anchor = m;
        else break;
      } else if (isWord(token, 'new-text') || token.kind === 'colon' || isWord(token, 'in') || isWord(token, 'to')) continue;
      else if (newUnit(token)) unit = newUnit(token);
      else if (token.kind === 'text' && this.findRole(m) !== -1) return this.unitsEnglish(v, m);
      else break;
    }
    const text = m;
    if (!this.isQuote(text)) {
      if (t[n]?.kind === 'text' && this.findRole(n) !== -1) return this.unitsEnglish(v, n);
      return this.problem(v, m, 'the text to insert is not quoted');
    }
    if (anchor !== -1 && t[anchor]!.kind === 'quote') {
      this.push({ op: 'insert', anchor: this.quote(anchor), text: this.quote(text), position: relation === 'before' ? 'before' : 'after' }, v, text, [anchor, text]);
      return text;
    }
    const loc = anchor !== -1 ? anchor : this.locatorBefore(v);
    if (loc === -1) return this.problem(v, text, 'where to insert is not said');
    if (!unit && relation === 'inside') return this.forEachRef(loc, v, text, [text], (where) => ({ op: 'append', text: this.quote(text), atEnd: true, where }));
    return this.forEachRef(loc, v, text, [text], (where) => ({ op: 'add-clause', unit, text: this.quote(text), relation: relation ?? 'inside', where }));
  }

  private hasQuoteAhead(at: number): boolean {
    return this.isQuote(this.next(at, ['new-text', 'colon', 'new-paragraph', 'new-item', 'new-article']));
  }

  // ── rewrite: Section 102(3) should read: “…”, … is amended to read as follows: “…”, “X” should read “Y”

  private rewrite(v: number): number {
    const q = this.next(v, ['colon', 'new-text']);
    if (!this.isQuote(q)) return this.problem(v, q, 'the new text is not quoted');
    const old = this.quoteBefore(v);
    if (old !== -1) {
      this.push({ op: 'replace', old: this.quote(old), text: this.quote(q), everywhere: false }, old, q, [old, q]);
      return q;
    }
    const loc = this.locatorBefore(v);
    if (loc === -1) return this.problem(v, q, 'which clause is to read so is not said');
    return this.forEachRef(loc, v, q, [q], (where) => ({ op: 'rewrite', text: this.quote(q), where }));
  }

  // ── substitute “Y” for “X”; for “X” substitute “Y” (UK)

  private substitute(v: number): number {
    const t = this.t;
    const y = this.next(v);
    const f = this.next(y);
    const x = this.next(f);
    if (this.isQuote(y) && isWord(t[f], 'for') && this.isQuote(x)) {
      this.push({ op: 'replace', old: this.quote(x), text: this.quote(y), everywhere: this.everywhere(v, x) }, v, x, [x, y]);
      return x;
    }
    const old = this.prev(v);
    if (this.isQuote(y) && this.isQuote(old) && isWord(t[this.prev(old)], 'for')) {
      this.push({ op: 'replace', old: this.quote(old), text: this.quote(y), everywhere: false }, this.prev(old), y, [old, y]);
      return y;
    }
    return this.problem(v, y, 'substitute what for what is not said');
  }

  private redesignate(v: number): number {
    let end = v;
    while (end + 1 < this.t.length && !(isWord(this.t[end + 1], 'and') && this.isVerbAt(this.next(end + 1)))) end++;
    this.push({ op: 'redesignate' }, v, end, []);
    return end;
  }

  /** make Treasury the lead unit of section 2 */
  private make(v: number): number {
    const role = this.findRole(v + 1);
    if (role === -1 || !isWord(this.t[role], 'role-lead')) return v;
    const names = englishNames(this.text(v + 1, role - 1));
    const end = this.locatorAfter(role);
    this.push({ op: 'units', role: 'lead', change: 'set', names }, v, end, []);
    return end;
  }

  // ── unit lists (the seed's 责任单位 / 牵头单位, and English add X to the responsible units)

  private units(v: number, role: 'lead' | 'responsible', change: 'add' | 'remove', from: number): number {
    const names = this.namesFrom(from);
    if (!names || names.names.length === 0) return this.problem(v, from, 'the units are not named');
    this.push({ op: 'units', role, change, names: names.names }, this.roleStart(v), names.end, []);
    return names.end;
  }

  private unitsEnglish(v: number, from: number): number {
    const role = this.findRole(from);
    const names = englishNames(this.text(from, role - 1).replace(/\s+(?:to|as)(?:\s+the)?$/iu, ''));
    const end = this.locatorAfter(role);
    this.push({ op: 'units', role: isWord(this.t[role], 'role-lead') ? 'lead' : 'responsible', change: 'add', names }, v, end, []);
    return end;
  }

  /** Unit names after a verb: a quoted list, or the words up to the next comma. */
  private namesFrom(at: number): { names: string[]; end: number } | null {
    const t = this.t;
    if (this.isQuote(at)) return { names: splitNames(this.quote(at)), end: at };
    let end = at;
    while (end < t.length && (t[end]!.kind === 'text' || t[end]!.kind === 'enum' || isWord(t[end], 'and') || (t[end]!.kind === 'word' && !this.isVerbAt(end) && t[end + 1]?.kind === 'text'))) end++;
    if (end === at) return null;
    return { names: splitNames(this.text(at, end - 1)), end: end - 1 };
  }

  private findRole(from: number): number {
    for (let k = from; k < this.t.length && k < from + REACH; k++) {
      if (isWord(this.t[k], 'role-lead') || isWord(this.t[k], 'role-responsible')) return k;
    }
    return -1;
  }

  private findWord(from: number, word: Word): number {
    for (let k = from; k < this.t.length && k < from + REACH; k++) if (isWord(this.t[k], word)) return k;
    return -1;
  }

  /** A role word right before the verb (责任单位增加, 牵头单位“A”改为, 牵头单位由“A”改为). */
  private roleBefore(v: number): 'lead' | 'responsible' | undefined {
    let p = this.prev(v);
    if (this.isQuote(p)) p = this.prev(p);
    if (isWord(this.t[p], 'by')) p = this.prev(p);
    if (isWord(this.t[p], 'in')) p = this.prev(p);
    if (isWord(this.t[p], 'role-lead')) return 'lead';
    if (isWord(this.t[p], 'role-responsible')) return 'responsible';
    return undefined;
  }

  private roleStart(v: number): number {
    for (let k = v; k >= this.from && k > v - 5; k--) if (isWord(this.t[k], 'role-lead') || isWord(this.t[k], 'role-responsible')) return k;
    return v;
  }

  // ── making requests

  /**
   * One request per reference of the locator at `loc` (第四条第二款、第三款 are two), with the title quoted
   * right after the locator unless the request uses that quote itself.
   */
  private forEachRef(loc: number, first: number, end: number, used: number[], make: (where: Where) => RequestFields): number {
    const token = this.t[loc] as Extract<Token, { kind: 'locator' }>;
    const title = this.titleAfter(loc, used);
    const within = this.outerLocator(loc);
    for (const ref of token.refs) {
      const where: Where = { ref: title && token.refs.length === 1 ? { ...ref, title } : ref };
      if (within) where.within = within;
      const opening = this.openingBefore(first);
      if (opening !== undefined) where.opening = opening;
      this.pushRequest({ ...make(where), start: this.t[Math.min(loc, first)]!.start, end: this.t[end]!.end } as Request, Math.min(loc, first));
    }
    return end;
  }

  /** A request whose locator is the last one before it in the sentence (or none: the quote alone finds its place). */
  private push(fields: RequestFields, first: number, end: number, used: number[]): void {
    const loc = this.locatorBefore(first + 1);
    const request = { ...fields, start: this.t[first]!.start, end: this.t[end]!.end } as Request;
    let startToken = first;
    if (loc !== -1 && !request.where) {
      const token = this.t[loc] as Extract<Token, { kind: 'locator' }>;
      const title = this.titleAfter(loc, used);
      const ref = token.refs.at(-1)!;
      request.where = { ref: title ? { ...ref, title } : ref };
      const within = this.outerLocator(loc);
      if (within) request.where.within = within;
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

  private partedBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.t[k]!.kind === 'comma' || this.t[k]!.kind === 'colon') return true;
    return false;
  }

  private pushRequest(request: Request, first: number): void {
    // 将 / 在 / 把 right before the request's first word belong to it.
    let p = first - 1;
    while (p >= this.from && p > first - 4 && (isWord(this.t[p], 'everywhere') || isWord(this.t[p], 'in'))) p--;
    const lead = p >= this.from && (isWord(this.t[p], 'object') || isWord(this.t[p], 'at'));
    request.start = this.t[lead ? p : first]!.start;
    this.requests.push(request);
  }

  /** Records words that ask for something not understood; the words run on to the end of their clause unless `exact`. */
  private problem(from: number, to: number, reason: string, runOn = true): number {
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
  private next(i: number, skip: Array<Word | 'colon' | 'comma'> = []): number {
    let k = i + 1;
    for (let n = 0; k < this.t.length && n < REACH; k++, n++) {
      const x = this.t[k]!;
      if (x.kind === 'word' && (SKIPPED.has(x.word) || skip.includes(x.word))) continue;
      if ((x.kind === 'colon' || x.kind === 'comma') && skip.includes(x.kind)) continue;
      break;
    }
    return k;
  }

  private prev(i: number, commas = false): number {
    let k = i - 1;
    for (let n = 0; k >= this.from && n < REACH; k--, n++) {
      const x = this.t[k]!;
      if (x.kind === 'word' && (SKIPPED.has(x.word) || x.word === 'object')) continue;
      if (commas && x.kind === 'comma') continue;
      break;
    }
    return k >= this.from ? k : -1;
  }

  private extendBack(i: number): number {
    const p = i - 1;
    return p >= this.from && (isWord(this.t[p], 'object') || isWord(this.t[p], 'at') || isWord(this.t[p], 'suggest')) ? p : i;
  }

  private isQuote(i: number): boolean {
    return this.t[i]?.kind === 'quote';
  }

  private isVerbAt(i: number): boolean {
    const x = this.t[i];
    return x?.kind === 'word' && VERBS.has(x.word);
  }

  private quote(i: number): string {
    return this.source.quotes[(this.t[i] as Extract<Token, { kind: 'quote' }>).quote]!.text;
  }

  /** “A”、“B”和“C”: consecutive quotes joined by 、 or 和. */
  private quoteList(first: number): number[] {
    const list = [first];
    for (let k = first; list.length < 50; ) {
      const sep = this.t[k + 1];
      if (!(sep?.kind === 'enum' || isWord(sep, 'and')) || !this.isQuote(k + 2)) break;
      k += 2;
      list.push(k);
    }
    return list;
  }

  /** The old text: the last quote before the verb not yet used, that is not an anchor of a position. */
  private quoteBefore(v: number): number {
    for (let k = v - 1; k >= this.from && k > v - REACH; k--) {
      if (this.t[k]!.kind === 'quote') return k;
      if (this.isVerbAt(k)) break;
    }
    return -1;
  }

  /** The locator that applies at token i: the last one before it in the sentence. */
  private locatorBefore(i: number): number {
    return i <= 0 ? -1 : this.locators[Math.min(i, this.t.length)]!;
  }

  /** “A”（第十三条）, “A” in section 5: a locator right after the request's words. */
  private locatorRightAfter(end: number): number {
    let k = end + 1;
    if (isWord(this.t[k], 'in') || isWord(this.t[k], 'of')) k++;
    return this.t[k]?.kind === 'locator' && !isPageOnly(this.t[k]!) ? k : -1;
  }

  /** "… of section 2" after an English phrase, or the phrase's own end. */
  private locatorAfter(at: number): number {
    const k = this.next(at);
    if (isWord(this.t[k], 'of') && this.t[k + 1]?.kind === 'locator') return k + 1;
    return at;
  }

  /** A relative locator (第（七）项, paragraph (6)) reads inside the locator before it in the sentence. */
  private outerLocator(loc: number): Reference | undefined {
    const token = this.t[loc] as Extract<Token, { kind: 'locator' }>;
    const ref = token.refs[0]!;
    if (!isRelative(ref)) return undefined;
    const outer = this.locatorBefore(loc);
    if (outer === -1) return undefined;
    // 将第二条第二项修改为“…”，第四项修改为“…”: the 第四项 of 第二条, not of its 第二项.
    const previous = (this.t[outer] as Extract<Token, { kind: 'locator' }>).refs.at(-1)!;
    const head = ref.parts.find((p) => p.unit !== '页')!;
    const same = previous.parts.findIndex((p) => p.unit === head.unit && p.readings[0]!.style === head.readings[0]!.style);
    if (same === 0) return undefined;
    return same === -1 ? previous : { parts: previous.parts.slice(0, same) };
  }

  /** The quote right after a locator, when the request does not use it: a title (18项“建立更加健全社会保障体系”). */
  private titleAfter(loc: number, used: number[]): string | undefined {
    const k = loc + 1;
    return this.isQuote(k) && !used.includes(k) ? this.quote(k) : undefined;
  }

  /** “强力实施千百十亿工程。。。”责任单位增加…: a quoted opening right before the role word. */
  private openingBefore(first: number): string | undefined {
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
  private endsHere(q: number): boolean {
    const x = this.t[this.next(q)];
    return x === undefined || x.kind === 'comma' || x.kind === 'enum' || (x.kind === 'word' && (x.word === 'and' || x.word === 'new-text' || VERBS.has(x.word) || x.word === 'everywhere'));
  }

  private skipEverywhere(at: number): number {
    const n = this.next(at);
    return isWord(this.t[n], 'everywhere') ? n : at;
  }

  /** 全文 / 统一 / throughout / each place it appears, among the words of this request. */
  private everywhere(v: number, end: number): boolean {
    for (let k = Math.max(this.from, v - REACH); k <= end && k < this.t.length; k++) if (isWord(this.t[k], 'everywhere')) return true;
    return false;
  }

  private text(first: number, last: number): string {
    if (last < first) return '';
    return this.source.comment.slice(this.t[first]!.start, this.t[last]!.end).trim();
  }
}

function newUnit(token: Token | undefined): NewUnit | undefined {
  return token?.kind === 'word' ? NEW_UNITS[token.word] : undefined;
}

function isWord(token: Token | undefined, word: Word): boolean {
  return token?.kind === 'word' && token.word === word;
}

function isPageOnly(token: Token): boolean {
  return token.kind === 'locator' && token.refs.every((r) => r.parts.length > 0 && r.parts.every((p) => p.unit === '页'));
}

/** 第（七）项, 第二款, (b), paragraph (6): read inside the unit named before. */
export function isRelative(ref: Reference): boolean {
  const first = ref.parts.find((p) => p.unit !== '页');
  if (!first) return false;
  if (['款', '目', '段', '句', 'designator', 'subsection', 'paragraph', 'subparagraph', 'clause', 'subclause'].includes(first.unit)) return true;
  // 第四项 after 第二条第二项 is 第二条's; alone, the running items of a policy text are found anywhere.
  if (first.unit === '项') return true;
  return first.unit === 'outline' && first.readings[0]!.style !== '一、';
}

/**
 * "二、将…", "第十二条：1.建议删去…": the comment's own list numbers, not locators — a
 * single outline number at the start or after a colon or comma, before 建议 / 将 / 在 or a verb.
 */
function dropListNumber(tokens: readonly Token[]): readonly Token[] {
  const listNumber = (k: number) => {
    const x = tokens[k];
    if (x?.kind !== 'locator' || x.refs.length !== 1) return false;
    const parts = x.refs[0]!.parts;
    if (parts.length !== 1 || parts[0]!.unit !== 'outline') return false;
    const before = tokens[k - 1];
    const next = tokens[k + 1];
    if (k === 0) return next !== undefined && next.kind !== 'quote' && next.kind !== 'colon' && next.kind !== 'comma';
    return (before?.kind === 'colon' || before?.kind === 'comma') && next?.kind === 'word' && (VERBS.has(next.word) || ['suggest', 'object', 'at'].includes(next.word));
  };
  const kept = tokens.filter((_, k) => !listNumber(k));
  return kept.length === tokens.length ? tokens : kept;
}

function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；]|和|及/u)
    .map((name) => name.trim().replace(/等$/u, '').replace(/[“”"]/gu, ''))
    .filter((name) => name.length > 0);
}

function englishNames(text: string): string[] {
  return text
    .replace(/["“”]/gu, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/u)
    .map((name) => name.trim())
    .filter(Boolean);
}
