// Rules that change text in place: replace (“X”改为“Y”, replace “X” with “Y”,
// strike “X” and insert “Y”), delete (删除第十四条, 删去…中的“X”, strike …),
// rewrite (第十条修改为：“…”, should read), substitute … for, redesignate.
import { englishNames, isWord, newUnit, REACH, type SentenceReader } from '../sentence.js';
import type { RequestFields } from '../requests.js';
import type { Word } from '../vocabulary.js';
import { units } from './units.js';

/** “X”改为“Y”, 将第十条修改为：“…”, replace “X” with “Y”, change the lead unit to X. */
export function replace(r: SentenceReader, v: number): number {
  const n = r.next(v, ['colon']);
  const t = r.t;
  // 将第十条改为第十一条: a new number, which follows from renumbering.
  if (r.renumbered.has(n)) {
    r.push({ op: 'redesignate' }, v, n, []);
    return n;
  }
  if (r.lang === 'en' && r.isQuote(n)) {
    // Prefix form: replace “X” with “Y”, change “X” to “Y”.
    const w = r.next(n);
    const y = r.next(w, ['colon']);
    if ((isWord(t[w], 'with') || isWord(t[w], 'to')) && r.isQuote(y)) {
      const end = r.skipEverywhere(y);
      r.push({ op: 'replace', old: r.quote(n), text: r.quote(y), everywhere: r.everywhere(v, end) }, v, end, [n, y]);
      return end;
    }
    if ((isWord(t[w], 'with') || isWord(t[w], 'to')) && isWord(t[y], 'new-text')) return r.problem(v, y, 'the new text is not quoted');
  }
  if (r.lang === 'en' && t[n]?.kind === 'locator' && (isWord(t[r.next(n)], 'with') || isWord(t[r.next(n)], 'to'))) {
    // replace section 3 with the following: “…”
    const q = r.next(r.next(n), ['new-text', 'colon']);
    if (r.isQuote(q)) return r.forEachRef(n, v, q, [q], (where) => ({ op: 'rewrite', text: r.quote(q), where }));
  }
  const role = r.roleBefore(v);
  if (role === 'lead' || (r.lang === 'en' && isWord(t[n], 'role-lead'))) return setLead(r, v, n);
  // 修改为两款：“…”“…”: the units the new text has, then the text (合并修改为一条, of several units, is no such rewrite).
  if (newUnit(t[n]) && r.isQuote(r.next(n, ['colon', 'new-text'])) && r.locatorBefore(v) !== -1) {
    if (refsAt(r, r.locatorBefore(v)) > 1) return r.problem(v, r.next(n, ['colon', 'new-text']), 'several units made into one: rewrite one of them and delete the others');
    return rewriteAt(r, r.locatorBefore(v), v, r.next(n, ['colon', 'new-text']));
  }
  // 将半角冒号“:”修改为全角冒号“：”: what kind of text the new one is, then the text.
  if (r.lang === 'zh' && t[n]?.kind === 'text' && DESCRIBED.test(r.text(n, n)) && r.isQuote(r.next(n)) && r.quoteBefore(v) !== -1) {
    const old = r.quoteBefore(v);
    const end = r.skipEverywhere(r.next(n));
    r.push({ op: 'replace', old: r.quote(old), text: r.quote(r.next(n)), everywhere: r.everywhere(v, end) }, old, end, [old, r.next(n)]);
    return end;
  }
  if (r.isQuote(n)) {
    const old = r.quoteBefore(v);
    // 将“需要中华人民共和国人民法院承认和执行”中的“中华人民共和国”修改为“我国”: the B of those words.
    const around = old === -1 || r.lang !== 'zh' ? undefined : r.quotesAround(old);
    if (around !== undefined) return changeInside(r, v, around, old, -1, n);
    // 将第四章第二节的节名“股东大会”修改为“股东会”: the heading's words, never the units under it.
    const titled = old === -1 ? -1 : titleBefore(r, old);
    if (titled !== -1) return r.forEachRef(titled, v, n, [old, n], (where) => ({ op: 'replace', old: r.quote(old), text: r.quote(n), everywhere: false, where, part: 'heading' }));
    const end = r.skipEverywhere(n);
    if (old !== -1 && r.lang === 'zh' && r.quoteListEndingAt(old).length > 1) return replaceEach(r, v, r.quoteListEndingAt(old), n);
    if (old !== -1) {
      r.push({ op: 'replace', old: r.quote(old), text: r.quote(n), everywhere: r.everywhere(v, end) }, old, end, [old, n]);
      return end;
    }
    const loc = r.locatorBefore(v);
    // 将第三章的章名修改为：“…”: the heading's words, its number and the units under it kept (resolve.ts).
    if (loc !== -1 && titleNamed(r, loc, v)) return r.forEachRef(loc, v, n, [n], (where) => ({ op: 'rewrite', text: r.quote(n), where, part: 'heading' }));
    if (loc !== -1 && partNamed(r, loc + 1, v) !== -1) return r.problem(loc, n, partMessage(r, loc, partNamed(r, loc + 1, v), 'change'), false);
    if (loc !== -1) return rewriteAt(r, loc, v, n);
    // 建议修改为：“…” of the 项 a 条款 column names: that 项 (resolve.ts); said where none is given. Only
    // with nothing before the verb but 建议, 将: 将监督检查修改为…, 该表述建议修改为… change words not quoted, never the whole unit.
    if (!bareVerb(r, v)) return r.problem(v, n, 'what to change is not said: quote the old text or name the clause');
    const run = r.paragraphRun(n);
    r.push({ op: 'rewrite', text: r.paragraphs(run), where: { ref: { parts: [] }, unnamed: 'what to change is not said: quote the old text or name the clause' } }, v, run.at(-1)!, run);
    return run.at(-1)!;
  }
  return r.problem(v, n, 'the new text is not quoted');
}

/**
 * 将“代表机构”和“业务代办人”分别修改为“常驻代表机构”和“业务代理人”: each old text
 * its own new one, in order (a count that differs is asked about). With one
 * new text, each old one is replaced by it where 均 / 统一 says each, and
 * asked about otherwise.
 */
function replaceEach(r: SentenceReader, v: number, olds: number[], first: number): number {
  const news = r.quoteList(first);
  const end = r.skipEverywhere(news.at(-1)!);
  const each = r.text(olds.at(-1)!, v).includes('分别');
  if (news.length === 1 && !each) {
    // “A”和“B”均修改为“C”: each; without 均, whether each or the words together is not said.
    if (olds.length > 1 && !r.everywhere(v, end)) return r.problem(olds[0]!, end, `${olds.length} texts quoted and one new one: say 均修改为 for each, or quote the words as they stand together`, false);
    for (const old of olds) r.push({ op: 'replace', old: r.quote(old), text: r.quote(first), everywhere: r.everywhere(v, end) }, olds[0]!, end, [old, first]);
    return end;
  }
  if (news.length !== olds.length) return r.problem(olds[0]!, end, `${olds.length} texts quoted and ${news.length} new ${news.length === 1 ? 'one' : 'ones'}: quote one new text for each`, false);
  const used = [...olds, ...news];
  for (const [i, old] of olds.entries()) r.push({ op: 'replace', old: r.quote(old), text: r.quote(news[i]!), everywhere: r.everywhere(v, end) }, olds[0]!, end, used);
  return end;
}

/** The words for a heading's title after its unit: 第三章的章名, 2.1的标题. */
const TITLE_WORDS = /^(?:的|中的)?(?:章名|节名|篇名|标题|名称|题目|章标题|节标题)$/u;

/** Between the locator `loc` and the verb `v`, nothing but the words for its title (and 的, 建议). */
function titleNamed(r: SentenceReader, loc: number, v: number): boolean {
  let named = false;
  for (let k = loc + 1; k < v; k++) {
    const x = r.t[k]!;
    if (x.kind === 'text' && !named && TITLE_WORDS.test(r.text(k, k))) named = true;
    else if (!(x.kind === 'word' && (x.word === 'in' || x.word === 'suggest' || x.word === 'noise'))) return false;
  }
  return named;
}

/**
 * 第四章第二节的节名“A”, 第三章的章名中的“A”, 第二章第四节标题中的“A”: the
 * locator whose title the quote at `q` stands in (its heading line, not the
 * units under it), or -1.
 */
function titleBefore(r: SentenceReader, q: number): number {
  if (r.lang !== 'zh') return -1;
  let k = q - 1;
  while (k > r.from && isWord(r.t[k], 'in')) k--;
  if (k < r.from || r.t[k]!.kind !== 'text' || !TITLE_WORDS.test(r.text(k, k))) return -1;
  k--;
  while (k > r.from && isWord(r.t[k], 'in')) k--;
  return k >= r.from && r.t[k]!.kind === 'locator' ? k : -1;
}

/** Words that say nothing of what changes: 建议, 请, 将, 并, 表述不准确, a comma. */
const BARE: ReadonlySet<Word> = new Set<Word>(['suggest', 'object', 'and', 'noise']);

/** Nothing stands before the verb `v` in its request but words that say nothing of what changes (and 予以: 建议予以删除). */
function bareVerb(r: SentenceReader, v: number): boolean {
  for (let k = r.from; k < v; k++) {
    const x = r.t[k]!;
    if (x.kind !== 'comma' && !(x.kind === 'word' && BARE.has(x.word)) && !(x.kind === 'text' && r.text(k, k) === '予以')) return false;
  }
  return true;
}

/** A law's short name, as an amendment names the law it amends: 刑法, 本法, 本条例. */
const LAW_NAME = /^[\p{Script=Han}]{0,12}(?:法|条例|规定|办法|细则)$/u;

/** Words that say what kind of text follows: 全角冒号“：”, 新的表述“…”. */
const DESCRIBED = /^[\p{Script=Han}]{0,6}(?:冒号|逗号|句号|分号|顿号|引号|括号|书名号|符号|标点|表述|用语|名称|字样|文字|词语|提法)$/u;

/**
 * 第五条修改为：“…”“…”: the clause named reads as the text quoted, a paragraph
 * per quote; 将第六条、第十条分别修改为：“…”“…”: each unit listed its own quote, in order.
 */
function rewriteAt(r: SentenceReader, loc: number, v: number, first: number): number {
  const run = r.paragraphRun(first);
  const units = refsAt(r, loc);
  // (分别 with one text for several units: each its own is meant, and one is missing.)
  if (units > 1 && (run.length > 1 || r.text(loc, v).includes('分别'))) {
    if (units !== run.length) return r.problem(v, run.at(-1)!, `${units} units and ${run.length} texts: quote one text for each unit`);
    let next = 0;
    return r.forEachRef(loc, v, run.at(-1)!, run, (where) => ({ op: 'rewrite', text: r.quote(run[next++]!), where }));
  }
  return r.forEachRef(loc, v, run.at(-1)!, run, (where) => ({ op: 'rewrite', text: r.paragraphs(run), where }));
}

/** How many units the locator at `loc` names (第六条、第十条: two). */
function refsAt(r: SentenceReader, loc: number): number {
  const token = r.t[loc];
  return token?.kind === 'locator' ? token.refs.length : 0;
}

/** 牵头单位“科技局”改为“狮子山高新区”, 牵头单位改为区科技局, change the lead unit to Treasury. */
function setLead(r: SentenceReader, v: number, n: number): number {
  let from = n;
  if (isWord(r.t[from], 'role-lead')) from = r.next(r.next(from));
  const names = r.namesFrom(from);
  if (!names) return r.problem(v, n, 'the new lead unit is not named');
  r.push({ op: 'units', role: 'lead', change: 'set', names: names.names }, r.roleStart(v), names.end, []);
  return names.end;
}

/** 删除第十四条, 删去第十二条第一款中的“X”, 将“X”删除, strike “X”, strike paragraph (6) of section 3; strike “X” and insert “Y” is one replacement, never a bare deletion. */
export function del(r: SentenceReader, v: number): number {
  const t = r.t;
  let n = r.next(v, ['object']);
  // 删去刑法第三百六十条第二款 (修正案九): the law's name before its unit.
  if (t[n]?.kind === 'text' && t[n + 1]?.kind === 'locator' && LAW_NAME.test(r.text(n, n))) n++;
  // 删去该条第二款: the 款 of that article, not the article (read inside the unit named before).
  const here = t[n];
  if (here?.kind === 'locator' && here.refs.length === 1 && here.refs[0]!.pronoun && t[n + 1]?.kind === 'locator') n++;
  const role = r.roleBefore(v);
  if (role) return units(r, v, role, 'remove', n);
  if (isWord(t[n], 'role-responsible') || isWord(t[n], 'role-lead')) return units(r, v, isWord(t[n], 'role-lead') ? 'lead' : 'responsible', 'remove', r.next(n));
  // 删除全文中的“X”: the quote after the words for everywhere.
  if (isWord(t[n], 'everywhere')) {
    const m = isWord(t[r.next(n)], 'in') ? r.next(r.next(n)) : r.next(n);
    if (r.isQuote(m)) n = m;
  }
  if (isWord(t[n], 'definition') && r.isQuote(r.next(n))) return ofDefinition(r, v, r.next(n), { op: 'remove-clause' });
  if (r.isQuote(n)) {
    const quotes = r.quoteList(n);
    const inner = r.quoteInside(quotes.at(-1)!);
    if (inner !== undefined) return changeInside(r, v, quotes, inner, -1);
    const between = betweenQuote(r, quotes);
    if (between !== -1) {
      r.push(withoutBetween(r, quotes, between), v, between, [...quotes, between]);
      return between;
    }
    // strike the period at the end (and insert “; and”): the words that end the clause.
    const atEndWord = r.lang === 'en' && quotes.length === 1 && isWord(t[r.next(n)], 'end') && t[r.next(r.next(n))]?.kind !== 'locator' ? r.next(n) : -1;
    const atEnd = atEndWord === -1 ? {} : { atEnd: true as const };
    const last = atEndWord === -1 ? quotes.at(-1)! : atEndWord;
    const replacement = andInsert(r, last);
    if (replacement) {
      const end = r.skipEverywhere(replacement.end);
      r.push({ op: 'replace', old: r.quote(n), text: r.quote(replacement.quote), everywhere: r.everywhere(v, end), ...atEnd }, v, end, [n, replacement.quote]);
      return end;
    }
    if (r.lang === 'en' && dangling(r, last) !== -1) return r.problem(v, dangling(r, last), 'strike … and insert: the inserted text is not quoted', false);
    const end = r.skipEverywhere(last);
    for (const q of quotes) r.push({ op: 'delete', old: r.quote(q), everywhere: r.everywhere(v, end), ...atEnd }, v, end, quotes);
    return end;
  }
  if (t[n]?.kind === 'locator') {
    let m = r.next(n);
    // 删除第五条中的“A”, 删除第五条末尾的“等”, 删除第五条中所有的“A” (each of them, never the article).
    if (isWord(t[m], 'end')) m = r.next(m);
    for (let k = 0; k < 3 && (isWord(t[m], 'in') || isWord(t[m], 'everywhere')); k++) m = r.next(m);
    // 删除第三章章名中的“A”: the words of its heading.
    if (r.lang === 'zh' && t[m]?.kind === 'text' && TITLE_WORDS.test(r.text(m, m))) {
      const q = isWord(t[r.next(m)], 'in') ? r.next(r.next(m)) : r.next(m);
      if (r.isQuote(q)) return r.forEachRef(n, v, q, [q], (where) => ({ op: 'delete', old: r.quote(q), everywhere: false, where, part: 'heading' }));
    }
    if (r.isQuote(m)) {
      const quotes = r.quoteList(m);
      const inner = r.quoteInside(quotes.at(-1)!);
      if (inner !== undefined) return changeInside(r, v, quotes, inner, n);
      const between = betweenQuote(r, quotes);
      if (between !== -1) return r.forEachRef(n, v, between, [...quotes, between], (where) => ({ ...withoutBetween(r, quotes, between), where }));
      const end = quotes.at(-1)!;
      const everywhere = r.everywhere(v, end);
      for (const q of quotes) r.forEachRef(n, v, end, quotes, (where) => ({ op: 'delete', old: r.quote(q), everywhere, where }));
      return end;
    }
    const replacement = andInsert(r, n);
    if (replacement) return r.forEachRef(n, v, replacement.end, [replacement.quote], (where) => ({ op: 'rewrite', text: r.quote(replacement.quote), where }));
    if (r.lang === 'en' && dangling(r, n) !== -1) return r.problem(v, dangling(r, n), 'strike … and insert: the inserted text is not quoted', false);
    const part = partNamed(r, n + 1, r.t.length);
    if (part !== -1) return r.problem(v, partEnd(r, part), partMessage(r, n, part, 'delete'), false);
    return r.forEachRef(n, v, n, [], (where) => ({ op: 'remove-clause', where }));
  }
  if (r.lang === 'en' && t[n]?.kind === 'text') {
    // remove Commerce from the responsible units
    const from = r.findWord(n, 'from');
    if (from !== -1 && (isWord(t[from + 1], 'role-responsible') || isWord(t[from + 1], 'role-lead'))) {
      const names = englishNames(r.text(n, from - 1));
      const end = r.locatorAfter(from + 1);
      r.push({ op: 'units', role: isWord(t[from + 1], 'role-lead') ? 'lead' : 'responsible', change: 'remove', names }, v, end, []);
      return end;
    }
    // strike the twelfth paragraph, strike the footnote: a part the words name but no locator reads, never the unit named before whole.
    const end = plainWordsEnd(r, n);
    if (NAMED_PART.test(r.text(v + 1, end))) return r.problem(v, end, `“${r.text(v + 1, end)}” was not read as a place: quote the words to strike, or name the unit (paragraph (2), the third paragraph)`, false);
  }
  // In section 202, strike grant management (and insert grant oversight): words struck, unquoted, never the unit named before the verb.
  const words = r.lang === 'en' ? unquotedWordsEnd(r, v) : v;
  const named = words > v ? r.locatorBefore(v) : -1;
  if (named !== -1 && named >= r.from && !WHOLE_UNIT.test(r.text(v + 1, words))) {
    const insert = dangling(r, words);
    const end = insert === -1 ? words : r.isQuote(insert + 1) ? insert + 1 : unquotedWordsEnd(r, insert);
    return r.problem(v, end, 'the words to strike are not quoted: quote them (strike “…” and insert “…”)', false);
  }
  // Nothing after the verb: 将“X”删除, 第五条第三款建议删除.
  const old = r.quoteBefore(v);
  const around = old === -1 ? undefined : r.quotesAround(old);
  if (around !== undefined) return changeInside(r, v, around, old, -1);
  const titled = old === -1 ? -1 : titleBefore(r, old);
  if (titled !== -1) return r.forEachRef(titled, v, v, [old], (where) => ({ op: 'delete', old: r.quote(old), everywhere: false, where, part: 'heading' }));
  if (old !== -1) {
    // 将第十九条第（四）项中的“A”和“B”（均）删去: each quote of the list goes, as with 删去…“A”和“B”.
    const quotes = r.lang === 'zh' ? r.quoteListEndingAt(old) : [old];
    for (const q of quotes) r.push({ op: 'delete', old: r.quote(q), everywhere: r.everywhere(v, v) }, quotes[0]!, v, [q]);
    return v;
  }
  const loc = r.locatorBefore(v);
  if (loc !== -1 && loc >= r.from) {
    const part = partNamed(r, loc + 1, v);
    if (part !== -1) return r.problem(loc, v, partMessage(r, loc, part, 'delete'), false);
    return r.forEachRef(loc, v, v, [], (where) => ({ op: 'remove-clause', where }));
  }
  // 建议删除。 of the 款 a 条款 column names: that 款 (resolve.ts); said where none is given. Only with nothing
  // before the verb but 建议, 将, 予以 and nothing after it: 建议删除“A”, 建议删除有关表述 say other words.
  if (r.lang === 'zh' && bareVerb(r, v) && nothingAfter(r, v)) {
    let from = r.from;
    while (from < v && r.t[from]!.kind === 'comma') from++;
    r.push({ op: 'remove-clause', where: { ref: { parts: [] }, unnamed: 'what to delete is not said: quote it or name the clause' } }, from, v, []);
    return v;
  }
  return r.problem(v, v, 'what to delete is not said: quote it or name the clause');
}

/** The verb `v` ends its sentence, or a comma after it opens the next request or the reasons (，并…, ，因为…). */
function nothingAfter(r: SentenceReader, v: number): boolean {
  const next = r.t[v + 1];
  if (next === undefined) return true;
  return next.kind === 'comma' && (isWord(r.t[v + 2], 'and') || isWord(r.t[v + 2], 'because') || isWord(r.t[v + 2], 'suggest'));
}

/** Words after strike that say the unit named before it goes whole (In section 209, strike it in its entirety). */
const WHOLE_UNIT = /^(?:it\s+)?(?:entirely|altogether|in\s+full|in\s+(?:its|their)\s+entirety|it|them)$/iu;

/** English words that name a part of a text: the twelfth paragraph, the footnote, the heading. */
const NAMED_PART = /\b(?:paragraphs?|sentences?|sections?|subsections?|clauses?|items?|lines?|headings?|footnotes?|tables?|parts?|notes?)\b/iu;

/** The last of the words after `at` up to a comma, a colon, a quote, a place, another verb or and; `at` where none follow. */
function unquotedWordsEnd(r: SentenceReader, at: number): number {
  let end = at;
  for (let x = r.t[end + 1]; x && x.kind !== 'comma' && x.kind !== 'colon' && x.kind !== 'quote' && x.kind !== 'locator' && !r.isVerbAt(end + 1) && !isWord(x, 'and') && !isWord(x, 'because'); x = r.t[end + 1]) end++;
  return end;
}

/** The last of the plain words from `at` (text, and the small words between them: the, of, in, to), before a comma, a quote, a locator or another verb. */
function plainWordsEnd(r: SentenceReader, at: number): number {
  const plain = (k: number) => r.t[k]!.kind === 'text' || isWord(r.t[k], 'noise') || isWord(r.t[k], 'of') || isWord(r.t[k], 'in') || isWord(r.t[k], 'to');
  let end = at;
  while (end + 1 < r.t.length && end + 1 < at + REACH && plain(end + 1)) end++;
  return end;
}

/**
 * 删去第二百八十八条“需要中华人民共和国人民法院承认和执行”中的“中华人民共和国”,
 * 将“A”中的“B”删除, 将“A”中的“B”修改为“C”, 在“A”中的“B”后增加“C”: B changes in
 * the words A, which say which B is meant (the rest of A stays); “A”及“B”中的“C”:
 * in each of the words listed. Made as A replaced by A with B changed, which the
 * smallest change narrows to B with the words around it; `loc` is the locator
 * the words are in, or -1 for the one that applies; `added` the quote of the new
 * text, or -1 for a deletion; `position`, where the new text goes beside B
 * rather than in its place. B not once in each of them is asked about.
 */
export function changeInside(r: SentenceReader, v: number, outers: readonly number[], inner: number, loc: number, added = -1, position?: 'before' | 'after'): number {
  const part = r.quote(inner);
  const verb = added === -1 ? 'delete' : position ? 'add to' : 'change';
  const first = Math.min(v, outers[0]!);
  const end = r.skipEverywhere(Math.max(v, inner, added));
  const changes: Array<{ op: 'replace'; old: string; text: string }> = [];
  for (const outer of outers) {
    const words = r.quote(outer);
    const count = part === '' ? 0 : words.split(part).length - 1;
    if (count !== 1) return r.problem(first, end, count === 0 ? `“${part}” is not part of “${words}”: quote the words to ${verb}` : `“${part}” occurs ${count} times in “${words}”: say which`, false);
    const at = words.indexOf(part);
    const [from, to] = position === 'after' ? [at + part.length, at + part.length] : position === 'before' ? [at, at] : [at, at + part.length];
    changes.push({ op: 'replace', old: words, text: words.slice(0, from) + (added === -1 ? '' : r.quote(added)) + words.slice(to) });
  }
  const used = added === -1 ? [...outers, inner] : [...outers, inner, added];
  for (const fields of changes) {
    if (loc !== -1) r.forEachRef(loc, first, end, used, (where) => ({ ...fields, everywhere: false, where }));
    else r.push({ ...fields, everywhere: r.everywhere(v, end) }, first, end, used);
  }
  return end;
}

/** The last token of the words naming the part: 后半句 is the word 后 with the words after it. */
function partEnd(r: SentenceReader, part: number): number {
  return r.t[part]!.kind === 'word' && r.t[part + 1]?.kind === 'text' ? part + 1 : part;
}

function partMessage(r: SentenceReader, loc: number, part: number, verb: 'delete' | 'change'): string {
  return `“${r.text(loc + 1, partEnd(r, part)).replace(/^(?:的|中的)/u, '')}” is part of ${r.text(loc, loc)}, not all of it: quote the words to ${verb}`;
}

/** Words right after a locator that name a place in it: 末尾, 后 / 前 (后一句). */
const PART_WORDS: ReadonlySet<Word> = new Set<Word>(['end', 'after', 'before']);

/** Words after a locator that say the unit whole (删除第五条的规定, 第五条全部内容建议删除), or what is said to it. */
const WHOLE = /^(?:的|中的)?(?:规定|内容|全部内容|全部|全文|条文|条款|整条|整款|整项|表述)?(?:建议|应当|应|宜|可以|可|予以|请|拟|一并)*$/u;

/**
 * 删除第十四条第一款后半句, 第十四条第一款的但书删除: words right after the
 * locator (from `from`, before `to`) that name a part of the unit; deleting
 * the unit whole would delete more than asked. The token, or -1. Chinese only:
 * English names a part before the unit (strike the last sentence of …).
 */
function partNamed(r: SentenceReader, from: number, to: number): number {
  if (r.lang !== 'zh') return -1;
  let part = -1;
  for (let k = from; k < to && k < from + 4; k++) {
    const token = r.t[k]!;
    // 删除第十三条末尾的“等”字: the quote names the words.
    if (token.kind === 'quote') return -1;
    if (token.kind === 'comma' || token.kind === 'colon' || token.kind === 'locator') break;
    if (part !== -1) continue;
    if (token.kind === 'text' && !WHOLE.test(r.text(k, k).replace(/^(?:的|中的)/u, ''))) part = k;
    // 删除第二十六条末尾, 后一句: a place in the unit, not the unit (删除第十三条后，… is the deletion done).
    const next = r.t[k + 1];
    if (token.kind === 'word' && PART_WORDS.has(token.word) && (token.word === 'end' || (next !== undefined && next.kind !== 'comma' && next.kind !== 'colon'))) part = k;
  }
  return part;
}

/** After “X” or a locator: (and) insert(ing) (the following:) “Y”, with no position (after/before) of its own. */
function andInsert(r: SentenceReader, at: number): { quote: number; end: number } | null {
  const t = r.t;
  let a = r.next(at, ['everywhere']);
  if (isWord(t[a], 'and')) a = r.next(a);
  if (!isWord(t[a], 'add')) return null;
  const q = r.next(a, ['new-text', 'new-paragraph', 'new-item', 'new-article', 'colon']);
  if (!r.isQuote(q)) return null;
  const after = r.next(q);
  if (isWord(t[after], 'after') || isWord(t[after], 'before')) return null;
  return { quote: q, end: q };
}

/** strike “X” and insert …, with what to insert not quoted (a bare deletion would be wrong): the insert verb, or -1. */
function dangling(r: SentenceReader, at: number): number {
  let a = r.next(at, ['everywhere']);
  if (isWord(r.t[a], 'and')) a = r.next(a);
  return isWord(r.t[a], 'add') ? a : -1;
}

/**
 * In § 583.115, remove the definition of “Secretary”; revise the definition of
 * “Local government” to read as follows: “…”: the quote names the term, whose
 * defining paragraph in the unit named is the one meant (not the words quoted, nor the whole unit);
 * the definition of “Project” should include “or program” after “an undertaking”: the words are inserted there.
 */
export function ofDefinition(r: SentenceReader, v: number, term: number, fields: Extract<RequestFields, { op: 'remove-clause' | 'rewrite' | 'insert' }>, end = term): number {
  const definition = r.quote(term);
  const loc = r.locatorBefore(v);
  if (loc === -1) {
    r.pushRequest({ ...fields, where: { ref: { parts: [] }, definition }, start: r.t[v]!.start, end: r.t[end]!.end }, Math.min(v, term));
    return Math.max(end, v);
  }
  return r.forEachRef(loc, Math.min(v, term), Math.max(end, v), [term], (where) => ({ ...fields, where: { ...where, definition } }));
}

/** Section 102(3) should read: “…”, … is amended to read as follows: “…”; “X” should read “Y” is a replacement. */
export function rewrite(r: SentenceReader, v: number): number {
  const q = r.next(v, ['colon', 'new-text']);
  // "should be" asks for a change only with the new text after it (“X” should be “Y”): "should be extended" is a remark.
  if (!r.isQuote(q) && /^should (?:be|say)$/iu.test(r.text(v, v).trim())) return v - 1;
  if (!r.isQuote(q)) return r.problem(v, q, 'the new text is not quoted');
  const old = r.quoteBefore(v);
  // (“30 days” should be “60 days”, not “90 days”: the old text is quoted before, and the words after say what it is not.)
  const beside = old === -1 ? besideOther(r, v, q) : -1;
  if (beside !== -1) return beside;
  if (old !== -1 && isWord(r.t[r.prev(old)], 'definition')) return ofDefinition(r, v, old, { op: 'rewrite', text: r.quote(q) }, q);
  if (old !== -1) {
    r.push({ op: 'replace', old: r.quote(old), text: r.quote(q), everywhere: false }, old, q, [old, q]);
    return q;
  }
  const loc = r.locatorBefore(v);
  if (loc === -1) return r.problem(v, q, 'which clause is to read so is not said');
  const part = partNamed(r, loc + 1, v);
  if (part !== -1) return r.problem(loc, q, partMessage(r, loc, part, 'change'), false);
  const only = partOfUnit(r, v);
  return r.forEachRef(loc, v, q, [q], (where) => ({ op: 'rewrite', text: r.quote(q), where, ...(only ? { part: only } : {}) }));
}

/**
 * Section 4 should say “may” instead of “shall” (rather than, in place of, and
 * not, but not, “, not”): the words quoted after are the old text, replaced by
 * the new; should say “Sudan” before “Senegal” (after): the new words go
 * beside those. Never the unit rewritten to the first quote. The last token
 * read, or -1 where no other words are named so (and where the old words are
 * quoted before the verb: “30 days” should be “60 days”, not “90 days”).
 */
function besideOther(r: SentenceReader, v: number, q: number): number {
  const t = r.t;
  let k = r.next(q, ['comma']);
  // and not / but not / , not: "not" right after the new text, or after the word joining them.
  if (isWord(t[k], 'and') || (t[k]?.kind === 'text' && /^but$/iu.test(r.text(k, k)))) k++;
  const insteadOf = isWord(t[k], 'instead');
  const instead = insteadOf || (t[k]?.kind === 'text' && /^not$/iu.test(r.text(k, k)));
  const position = isWord(t[k], 'before') ? 'before' : isWord(t[k], 'after') ? 'after' : undefined;
  if (!instead && !position) return -1;
  const old = r.next(k);
  // (should read “…” and not as passed by the House: no words named after “not”, the new text is the unit's.)
  if (!r.isQuote(old)) return insteadOf ? r.problem(v, k, 'the text it replaces is not quoted') : -1;
  if (position) {
    r.push({ op: 'insert', anchor: r.quote(old), text: r.quote(q), position }, v, old, [q, old]);
    return old;
  }
  const end = r.skipEverywhere(old);
  r.push({ op: 'replace', old: r.quote(old), text: r.quote(q), everywhere: r.everywhere(v, end) }, v, end, [q, old]);
  return end;
}

/** revising paragraph (b) introductory text, revise the section heading of § 583.325: the part said before the verb. */
function partOfUnit(r: SentenceReader, v: number): 'introductory' | 'heading' | undefined {
  for (let k = v - 1; k >= r.from && k > v - REACH; k--) {
    // Section 2, including the section heading, is amended to read: the whole of it.
    const p = r.prev(k);
    const whole = p !== -1 && r.t[p]!.kind === 'text' && /\b(?:including|and)\s*$/iu.test(r.text(p, p));
    if (isWord(r.t[k], 'introductory')) return whole ? undefined : 'introductory';
    if (isWord(r.t[k], 'heading')) return whole ? undefined : 'heading';
  }
  return undefined;
}

/** substitute “Y” for “X”; for “X” substitute “Y” (UK). */
export function substitute(r: SentenceReader, v: number): number {
  const t = r.t;
  const y = r.next(v);
  const f = r.next(y);
  const x = r.next(f);
  if (r.isQuote(y) && isWord(t[f], 'for') && r.isQuote(x)) {
    r.push({ op: 'replace', old: r.quote(x), text: r.quote(y), everywhere: r.everywhere(v, x) }, v, x, [x, y]);
    return x;
  }
  const old = r.prev(v);
  if (r.isQuote(y) && r.isQuote(old) && isWord(t[r.prev(old)], 'for')) {
    r.push({ op: 'replace', old: r.quote(old), text: r.quote(y), everywhere: false }, r.prev(old), y, [old, y]);
    return y;
  }
  return r.problem(v, y, 'substitute what for what is not said');
}

/**
 * In § 583.350, remove and reserve paragraph (d); Remove and reserve § 583.350(d): the
 * unit keeps its place and number, its text becomes “[Reserved]” (a rule keeps the
 * designation for later use), never the section around it removed.
 */
export function reserve(r: SentenceReader, v: number): number {
  const n = r.next(v);
  const loc = r.t[n]?.kind === 'locator' ? n : r.locatorBefore(v);
  if (loc === -1) return r.problem(v, v, 'which unit to reserve is not said');
  return r.forEachRef(loc, v, Math.max(loc, v), [], (where) => ({ op: 'rewrite', text: '[Reserved]', where }));
}

/** redesignate paragraphs (5) through (9) as …: acknowledged, no edit of its own. */
export function redesignate(r: SentenceReader, v: number): number {
  let end = v;
  // It runs to the next request: ", and inserting …", ", and by inserting …".
  while (end + 1 < r.t.length && !(isWord(r.t[end + 1], 'and') && r.isVerbAt(r.next(end + 1, ['with'])))) end++;
  r.push({ op: 'redesignate' }, v, end, []);
  return end;
}

/**
 * 将第一款和第二款合并为一款 / 第五条与第六条合并为一条: the merged text is
 * the drafter's to write, as a rewrite and deletions; the request is named as
 * one not made, with what would make it. Only units merged into one unit
 * (一款, 一条, 一项): 两个公司合并为一个公司 is the text's subject, not a request.
 */
export function merge(r: SentenceReader, v: number): number {
  const n = r.next(v);
  if (!newUnit(r.t[n])) return v - 1;
  // The note cites the units merged: the words from where this request starts.
  let from = r.from;
  while (from < v && r.t[from]!.kind === 'comma') from++;
  return r.problem(from, n, 'merging units gives no edit of itself: rewrite one with the merged text and delete the others (将第X条修改为：“…”，删去第Y条)');
}

/** 删除“公共利益”和“社会秩序”之间的“和”: the quote after 之间 (the two quotes before it no list of their own), or -1. */
function betweenQuote(r: SentenceReader, quotes: readonly number[]): number {
  if (r.lang !== 'zh' || quotes.length !== 2) return -1;
  const after = quotes[1]! + 1;
  if (!r.quotesBetween(after)) return -1;
  const q = isWord(r.t[after + 1], 'in') ? after + 2 : after + 1;
  return r.isQuote(q) ? q : -1;
}

/** The request to delete the quote `between` from the words between the two quotes. */
function withoutBetween(r: SentenceReader, quotes: readonly number[], between: number): Extract<RequestFields, { op: 'between' }> {
  return { op: 'between', anchor: r.quote(quotes[0]!), until: r.quote(quotes[1]!), text: r.quote(between), change: 'delete' };
}
