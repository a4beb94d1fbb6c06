// Proposals from a comment's wording: "建议将“A”改为“B”", "删除“A”",
// "在该段增加内容“…”", "责任单位增加X、Y", "牵头单位“A”改为“B”", located by
// "第N项", "第N页第X项“标题”", a quoted opening abbreviated with "。。。", or
// the quote itself; and their English counterparts. Each proposed edit carries
// a confidence and the words it came from. What is not understood is left to
// the clerk: the entry keeps its comment and has fewer (or no) edits.
import type { Clause } from '../draft/clause.js';
import type { Edit } from '../edits/edit.js';
import { chineseValue } from '../draft/numerals.js';
import { CLOSE, looseText, maskQuotations, OPEN, stripAbbreviation, unmask } from './quotation.js';
import { occurrences } from '../edits/anchor.js';

export interface Proposal {
  edits: Edit[];
  /** Sentences of the comment from which no edit could be made. */
  unparsed: string[];
}

interface Context {
  clause?: Clause;
  confidence: number;
}

interface Scan {
  masked: string;
  quotes: string[];
  clauses: readonly Clause[];
  children: Map<string | null, Clause[]>;
  last: Context;
}

const Q = `${OPEN}(\\d+)${CLOSE}`;
const CN_NUM = '\\d+|[一二三四五六七八九十百]+';
const STOP = '[^,，;；。、\\uE000]';
const LIST = `(?:${Q}|(${STOP}[^,，;；。\\uE000]*))`;

type Handler = (m: RegExpExecArray, scan: Scan, context: Context, source: string) => Edit[];

interface Pattern {
  re: RegExp;
  /** Locators change the context and make no edit. */
  locate?: (m: RegExpExecArray, scan: Scan, context: Context) => void;
  edit?: Handler;
}

function sticky(source: string, flags = ''): RegExp {
  return new RegExp(source, `uy${flags}`);
}

const ZH: Pattern[] = [
  { re: sticky(`第?(\\d+)页`), locate: () => undefined },
  {
    re: sticky(`第?(${CN_NUM})(项|条|点)(?:${Q})?`),
    locate: (m, scan, context) => locateItem(scan, context, m[1]!, m[2]!, m[3] !== undefined ? scan.quotes[Number(m[3])]! : undefined),
  },
  {
    re: sticky(`(?:中的?)?${Q}(?=(?:中的?)?(?:责任单位|牵头单位|配合单位))`),
    locate: (m, scan, context) => locateOpening(scan, context, scan.quotes[Number(m[1])]!),
  },
  { re: sticky(`(?:中的?)${Q}(?=(?:增加|补充))`), locate: (m, scan, context) => locateOpening(scan, context, scan.quotes[Number(m[1])]!) },
  {
    re: sticky(`牵头单位(?:由)?(?:${Q})?(?:改为|调整为|变更为|改成|修改为)${LIST}`),
    edit: (m, scan, context, source) => unitEdit(context, 'set-lead', listOf(scan, m[2], m[3]), source),
  },
  {
    re: sticky(`(?:(?:增加|增补|添加|补充)(?:责任单位|配合单位)(?:为)?|(?:责任单位|配合单位)(?:中)?(?:增加|增补|添加|补充))${LIST}`),
    edit: (m, scan, context, source) => unitEdit(context, 'add-units', listOf(scan, m[1], m[2]), source),
  },
  {
    re: sticky(`(?:(?:删除|删去|去掉|去除)(?:责任单位|配合单位)|(?:责任单位|配合单位)(?:中)?(?:删除|删去|去掉|去除))${LIST}`),
    edit: (m, scan, context, source) => unitEdit(context, 'remove-units', listOf(scan, m[1], m[2]), source),
  },
  {
    re: sticky(`在${Q}(?:之)?(后|前)(?:面)?(?:增加|加上|加入|插入|补充|添加)(?:内容)?[:：]?${Q}`),
    edit: (m, scan, context, source) =>
      insertEdit(scan, context, quote(scan, m[1]), quote(scan, m[3]), m[2] === '前' ? 'before' : 'after', source),
  },
  {
    re: sticky(`(?:将)?${Q}(?:中的)?(?:改为|修改为|调整为|替换为|更改为|改成|修改成|变更为)${Q}`),
    edit: (m, scan, context, source) => replaceEdit(scan, context, quote(scan, m[1]), quote(scan, m[2]), source),
  },
  {
    re: sticky(`(?:(?:删除|删去|去掉)${Q}|(?:将)?${Q}(?:删除|删去|去掉))`),
    edit: (m, scan, context, source) => replaceEdit(scan, context, quote(scan, m[1] ?? m[2]), '', source),
  },
  {
    re: sticky(`(?:在)?(?:该段|本段|此段|该项|该条|段末)?(?:中|末尾|最后)?(?:增加|补充|添加|加上)(?:内容|一句|表述)[:：]?${Q}`),
    edit: (m, scan, context, source) => appendEdit(scan, context, quote(scan, m[1]), source),
  },
  {
    re: sticky(`${Q}(?:中)?(?:增加|加上|补充|添加)(${STOP}+)`),
    edit: (m, scan, context, source) => listInsertEdit(scan, context, quote(scan, m[1]), m[2]!.trim(), source),
  },
];

const stickyEn = (source: string) => sticky(source, 'i');
const EN_NUM = '\\d+[A-Za-z]?|\\([a-zA-Z0-9]+\\)';

const EN: Pattern[] = [
  { re: stickyEn(`page\\s+\\d+`), locate: () => undefined },
  {
    re: stickyEn(`(?:item|section|sec\\.|article|paragraph|clause)\\s+(${EN_NUM})(?:\\s*\\(${Q}\\)|\\s+${Q})?`),
    locate: (m, scan, context) => locateItem(scan, context, m[1]!, 'item', m[2] ?? m[3] ? scan.quotes[Number(m[2] ?? m[3])] : undefined),
  },
  {
    re: stickyEn(`(?:replace|change|substitute)\\s+${Q}\\s+(?:with|to|by)\\s+${Q}`),
    edit: (m, scan, context, source) => replaceEdit(scan, context, quote(scan, m[1]), quote(scan, m[2]), source),
  },
  {
    re: stickyEn(`${Q}\\s+(?:should read|to read|becomes)\\s+${Q}`),
    edit: (m, scan, context, source) => replaceEdit(scan, context, quote(scan, m[1]), quote(scan, m[2]), source),
  },
  {
    re: stickyEn(`insert\\s+${Q}\\s+(after|before)\\s+${Q}`),
    edit: (m, scan, context, source) =>
      insertEdit(scan, context, quote(scan, m[3]), quote(scan, m[1]), m[2] === 'before' ? 'before' : 'after', source),
  },
  {
    re: stickyEn(`(?:delete|strike|remove|omit)\\s+${Q}`),
    edit: (m, scan, context, source) => replaceEdit(scan, context, quote(scan, m[1]), '', source),
  },
  {
    re: stickyEn(`(?:add|append)\\s+${Q}\\s+(?:at|to)\\s+the\\s+end`),
    edit: (m, scan, context, source) => appendEdit(scan, context, quote(scan, m[1]), source),
  },
  {
    re: stickyEn(`add\\s+(.+?)\\s+(?:to|as)\\s+(?:the\\s+)?responsible(?:\\s+units?)?`),
    edit: (m, scan, context, source) => unitEdit(context, 'add-units', englishList(m[1]!), source),
  },
  {
    re: stickyEn(`remove\\s+(.+?)\\s+from\\s+(?:the\\s+)?responsible(?:\\s+units?)?`),
    edit: (m, scan, context, source) => unitEdit(context, 'remove-units', englishList(m[1]!), source),
  },
  {
    re: stickyEn(`(?:make\\s+(.+?)\\s+the\\s+lead(?:\\s+unit)?|(?:change|set)\\s+the\\s+lead(?:\\s+unit)?\\s+to\\s+([^,;.]+))`),
    edit: (m, scan, context, source) => unitEdit(context, 'set-lead', englishList(m[1] ?? m[2]!), source),
  },
];

export function proposeEdits(comment: string, clauses: readonly Clause[], lang: 'zh' | 'en'): Proposal {
  const { masked, quotes } = maskQuotations(comment);
  const children = new Map<string | null, Clause[]>();
  for (const clause of clauses) children.set(clause.parent, [...(children.get(clause.parent) ?? []), clause]);
  const scan: Scan = { masked, quotes, clauses, children, last: { confidence: 0 } };
  const patterns = lang === 'en' ? EN : ZH;
  const edits: Edit[] = [];
  const unparsed: string[] = [];
  for (const sentence of sentences(masked, lang)) {
    const found = scanSentence(sentence, scan, patterns);
    edits.push(...found);
    if (found.length === 0 && /\uE000|增加|删除|改为|add|delete|replace|insert/iu.test(sentence)) unparsed.push(unmask(sentence, quotes).trim());
  }
  return { edits, unparsed };
}

function sentences(masked: string, lang: 'zh' | 'en'): string[] {
  const parts = lang === 'en' ? masked.split(/;|\.(?=\s|$)/u) : masked.split(/[;；。]/u);
  return parts.filter((p) => p.trim() !== '');
}

function scanSentence(sentence: string, scan: Scan, patterns: Pattern[]): Edit[] {
  // Locators anywhere in the sentence apply to actions after them; an action
  // before any locator ("add X to the responsible units of item 3") takes the first.
  const context: Context = { confidence: 0 };
  const actions: Array<{ pattern: Pattern; m: RegExpExecArray; at: number; context?: Context }> = [];
  let firstLocated: Context | undefined;
  for (let i = 0; i < sentence.length; ) {
    let matched = false;
    for (const pattern of patterns) {
      pattern.re.lastIndex = i;
      const m = pattern.re.exec(sentence);
      if (!m || m[0].length === 0) continue;
      if (pattern.locate) {
        pattern.locate(m, scan, context);
        if (context.clause && !firstLocated) firstLocated = { ...context };
      } else {
        actions.push({ pattern, m, at: i, context: context.clause ? { ...context } : undefined });
      }
      i += m[0].length;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  const edits: Edit[] = [];
  for (const action of actions) {
    const actionContext = action.context ?? firstLocated ?? (/该段|本段|此段|该项|该条/u.test(sentence) ? scan.last : { confidence: 0 });
    const source = unmask(action.m[0], scan.quotes);
    const made = action.pattern.edit!(action.m, scan, { ...actionContext }, source);
    edits.push(...made);
    const clause = made.at(-1)?.clause;
    if (clause) scan.last = { clause: scan.clauses.find((c) => c.id === clause), confidence: 0.9 };
  }
  return edits;
}

function quote(scan: Scan, index: string | undefined): string {
  return scan.quotes[Number(index)] ?? '';
}

/** "第18项“建立…”", "第一项“深化…”", "Article 5": the clause with that number, checked by its title. */
function locateItem(scan: Scan, context: Context, numeral: string, unit: string, title: string | undefined): void {
  const value = /^\(/.test(numeral) ? null : chineseValue(numeral.replace(/[A-Za-z]$/, ''));
  const numbered = scan.clauses.filter(
    (c) => c.marker && c.marker.style !== '——' && (value !== null ? c.marker.value === value : c.number === numeral) && (unit !== '条' || c.marker.style === '第一条'),
  );
  const wanted = title ? looseText(stripAbbreviation(title).text) : '';
  const titled = (c: Clause) => wanted !== '' && looseText(c.title || c.text.slice(0, wanted.length + 10)).includes(wanted);
  const both = numbered.filter(titled);
  if (both.length >= 1) {
    Object.assign(context, { clause: both[0], confidence: 0.95 });
    return;
  }
  const byTitle = wanted ? scan.clauses.filter(titled) : [];
  if (byTitle.length === 1) {
    Object.assign(context, { clause: byTitle[0], confidence: 0.8 });
    return;
  }
  const main = mainSequence(scan, numbered);
  if (main.length === 1) Object.assign(context, { clause: main[0], confidence: wanted ? 0.5 : 0.7 });
}

/** Among clauses with one number, those of the draft's longest numbering sequence (the action items). */
function mainSequence(scan: Scan, candidates: readonly Clause[]): Clause[] {
  if (candidates.length <= 1) return [...candidates];
  const key = (c: Clause) => `${c.marker!.style}@${c.level}`;
  const size = new Map<string, number>();
  for (const c of scan.clauses) if (c.marker) size.set(key(c), (size.get(key(c)) ?? 0) + 1);
  const largest = Math.max(...candidates.map((c) => size.get(key(c)) ?? 0));
  return candidates.filter((c) => size.get(key(c)) === largest);
}

/** A quoted opening ("强力实施千百十亿工程。。。") picks the paragraph within the located item. */
function locateOpening(scan: Scan, context: Context, opening: string): void {
  const { text } = stripAbbreviation(opening);
  const scope = context.clause ? subtree(scan, context.clause) : [...scan.clauses];
  const starts = scope.filter((c) => c.text.startsWith(text));
  const contains = scope.filter((c) => c.text.includes(text));
  const found = starts.length === 1 ? starts[0] : contains.length === 1 ? contains[0] : undefined;
  if (found) Object.assign(context, { clause: found, confidence: context.clause ? 0.9 : 0.7 });
}

function subtree(scan: Scan, root: Clause): Clause[] {
  const out: Clause[] = [root];
  for (let i = 0; i < out.length; i++) out.push(...(scan.children.get(out[i]!.id) ?? []));
  return out;
}

/** The clause holding the quoted text: inside the located item first, then anywhere in the draft. */
function clauseWith(scan: Scan, context: Context, text: string): { clause: Clause; confidence: number } | undefined {
  if (text === '') return undefined;
  if (context.clause) {
    const inScope = subtree(scan, context.clause).filter((c) => c.text.includes(text));
    if (inScope.length >= 1) return { clause: inScope[0]!, confidence: Math.min(0.95, context.confidence || 0.9) };
  }
  const all = scan.clauses.filter((c) => c.text.includes(text));
  if (all.length === 1) return { clause: all[0]!, confidence: context.clause ? 0.6 : 0.85 };
  return undefined;
}

function listOf(scan: Scan, quoted: string | undefined, plain: string | undefined): string[] {
  const source = quoted !== undefined ? quote(scan, quoted) : (plain ?? '');
  return source
    .split(/[、,，;；]|和|及/u)
    .map((name) => name.trim().replace(/等$/u, '').replace(/[“”"]/gu, ''))
    .filter((name) => name.length > 0);
}

function englishList(text: string): string[] {
  return text
    .replace(/["“”]/gu, '')
    .split(/\s*,\s*|\s+and\s+/u)
    .map((name) => name.trim())
    .filter(Boolean);
}

function unitEdit(context: Context, op: 'add-units' | 'remove-units' | 'set-lead', units: string[], source: string): Edit[] {
  if (!context.clause || units.length === 0) return [];
  const base = { clause: context.clause.id, units, confidence: round(context.confidence || 0.7), source };
  return [op === 'set-lead' ? { op, ...base } : { op, role: 'responsible', ...base }];
}

function appendEdit(scan: Scan, context: Context, text: string, source: string): Edit[] {
  const clause = context.clause ?? scan.last.clause;
  if (!clause || text === '') return [];
  return [{ op: 'append', clause: clause.id, text, confidence: round(context.clause ? 0.85 : 0.7), source }];
}

function insertEdit(scan: Scan, context: Context, anchor: string, text: string, position: 'before' | 'after', source: string): Edit[] {
  const { text: quoteText } = stripAbbreviation(anchor);
  const found = clauseWith(scan, context, quoteText);
  if (!found || text === '') return [];
  return [{ op: 'insert', clause: found.clause.id, quote: quoteText, text, position, confidence: round(found.confidence), source }];
}

/** "在“…卫生计生、。。。”增加食品安全": the new item joins the quoted list. */
function listInsertEdit(scan: Scan, context: Context, anchor: string, item: string, source: string): Edit[] {
  const { text: quoteText } = stripAbbreviation(anchor);
  const found = clauseWith(scan, context, quoteText);
  if (!found || item === '') return [];
  const separator = /[、，,]$/u.exec(quoteText)?.[0];
  const text = separator ? `${item}${separator}` : item;
  return [{ op: 'insert', clause: found.clause.id, quote: quoteText, text, position: 'after', confidence: round(found.confidence * 0.7), source }];
}

/**
 * A replacement that quotes more than it changes becomes the smallest edit:
 * "开展…改革" → "基本完成…改革" replaces 开展; "A" → "A,B" inserts ",B" after A;
 * "进出口总额达到13343万美元" → "20000万美元" changes only the figure.
 */
function replaceEdit(scan: Scan, context: Context, before: string, after: string, source: string): Edit[] {
  const a = stripAbbreviation(before).text;
  const b = stripAbbreviation(after).text;
  const found = clauseWith(scan, context, a);
  if (!found || a === b) return [];
  const { clause } = found;
  let confidence = found.confidence;
  let prefix = commonPrefix(a, b);
  let suffix = commonSuffix(a.slice(prefix), b.slice(prefix));
  let removed = a.slice(prefix, a.length - suffix);
  let added = b.slice(prefix, b.length - suffix);
  // The replacement names only the new figure or word: change the matching run at the end.
  if (prefix === 0 && suffix > 0 && added !== '' && removed.length > added.length) {
    const run = trailingRun(removed, added);
    if (run) {
      prefix = removed.length - run.length;
      removed = run;
      confidence *= 0.8;
    }
  }
  const base = { clause: clause.id, source };
  if (removed === '' && added !== '') {
    confidence *= prefix + suffix === a.length ? 0.95 : 0.8;
    const anchorAfter = prefix > 0;
    const quoteText = anchorAfter ? a.slice(0, prefix) : a.slice(a.length - suffix);
    const position = anchorAfter ? 'after' : 'before';
    const text = tidyInsertion(clause.text, quoteText, added, position);
    return [{ op: 'insert', ...base, quote: quoteText, text, position, confidence: round(confidence) }];
  }
  const edit: Edit =
    added === ''
      ? { op: 'delete', ...base, quote: removed, confidence: round(confidence) }
      : { op: 'replace', ...base, quote: removed, text: added, confidence: round(confidence) };
  const narrowed = removed !== a;
  if (narrowed && occurrences(clause.text, removed).length !== 1) {
    if (prefix > 0) edit.prefix = a.slice(0, prefix);
    if (suffix > 0 && (prefix === 0 || countWithContext(clause.text, removed, edit.prefix, undefined) !== 1)) edit.suffix = a.slice(a.length - suffix);
  }
  return [edit];
}

function countWithContext(text: string, quote: string, prefix: string | undefined, suffix: string | undefined): number {
  return occurrences(text, quote).filter(
    (at) => (!prefix || text.slice(0, at).endsWith(prefix)) && (!suffix || text.slice(at + quote.length).startsWith(suffix)),
  ).length;
}

/** An inserted sentence ending in "。" before the text's own "," drops its full stop. */
function tidyInsertion(text: string, anchor: string, added: string, position: 'before' | 'after'): string {
  if (position !== 'after') return added;
  const at = text.indexOf(anchor);
  const next = at === -1 ? '' : text[at + anchor.length] ?? '';
  return /[。.]$/u.test(added) && /[,，;；。、]/u.test(next) ? added.slice(0, -1) : added;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

const CLASSES = [/^[0-9０-９.,，]+$/u, /^[A-Za-z]+$/u];

/** The run at the end of `text` of the same kind as `like` (digits, Latin letters). */
function trailingRun(text: string, like: string): string | undefined {
  const kind = CLASSES.find((re) => re.test(like));
  if (!kind) return undefined;
  let start = text.length;
  while (start > 0 && kind.test(text[start - 1]!)) start--;
  return start < text.length ? text.slice(start) : undefined;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
