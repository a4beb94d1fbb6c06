// Cross-references inside a statute's text: 本法第二十七条, 第十六条至第二十条,
// 第四条第二款、第三款, 前款, 前两款, 本条第二项, 第十九条规定的. Read into
// cites (each level with the position of its numeral, so that the build can
// renumber it in place) and resolved to the clauses they name. References to
// other laws (《价格法》第十二条, 刑法第二十条, 专利法第二十四条第（一）项或者
// 第（二）项: the whole list) are not the draft's and are left out; a bare 第X条
// is the draft's unless another law's name stands right before it.
import type { Clause } from './clause.js';
import { ARTICLE_STYLE } from './hierarchy.js';
import { chineseValue } from './numerals.js';
import { locate, paragraphHead, paragraphsOf, type ClauseTree, type Step } from './locate.js';
import { subNumber } from './numbering.js';
import { addToGroup } from '../text/groups.js';

export type UnitKind = '条' | '款' | '项' | '目';
const DEPTH: Record<UnitKind, number> = { 条: 0, 款: 1, 项: 2, 目: 3 };

/** One level of a cite as written: 第十六条 → {kind 条, value 16} with the numeral's offsets. */
export interface CitedLevel {
  kind: UnitKind;
  value: number;
  start: number;
  end: number;
  arabic: boolean;
  /** 第一百二十条之一: an article inserted between numbers; it moves with its base article. */
  sub?: boolean;
  /** The N of 之N, and where its numeral stands. */
  subValue?: number;
}

export interface Cite {
  start: number;
  end: number;
  levels: CitedLevel[];
  /** 本条 / 本款 / 本项: the citing unit itself. */
  scope?: '条' | '款' | '项';
  /** 前款 / 前两款 / 前项: counted back from the citing unit; start/end cover the whole phrase. */
  previous?: { kind: '条' | '款' | '项'; count: number; start: number; end: number };
}

export interface Reference {
  start: number;
  end: number;
  /** Cites another law (专利法第二十九条): read only to be passed over. */
  external?: boolean;
  /** Cites in order; a range (至) has both ends. */
  groups: Array<{ from: Cite; to?: Cite }>;
}

const NUMERAL = '[零〇一二三四五六七八九十百千两]+|\\d+';
const OWN = '本(?:法典|法|条例|规定|办法|细则|决定|规则|准则|章程|意见|通知|方案|纲要)';
const LAW = new RegExp(`^${OWN}`, 'u');
/** The end of another law's name right before a 第: 专利法, 《价格法》, 刑法修正案（十一）, 该条例. */
const OTHER_LAW = /(?:》|[\u4e00-\u9fff](?:法典|法|条例|规定|办法|细则|决定|规则|准则|通则|公约|条约|协定|议定书|章程|纲要|守则)|修正案[（(][一二三四五六七八九十]+[）)]|该(?:法|条例|规定|办法|决定|细则))\s*$/u;
const NOT_A_LAW = new RegExp(`(?:${OWN}|依法|合法|违法|非法|方法|立法|执法|司法)\\s*$`, 'u');
const JOINER = /^(?:至|、|和|或者|以及|及|或)/u;
const LEVEL = new RegExp(`^第(?:(${NUMERAL})(条|款|目)(?:之(${NUMERAL}))?|[（(](${NUMERAL})[）)]项|(${NUMERAL})项)`, 'u');
const PREVIOUS = /^前([两二三四五六七八九十]?)(款|项|条)/u;
const SCOPE = /^本(条|款|项)/u;

/** Every cross-reference to the draft itself in a text. */
export function findReferences(text: string): Reference[] {
  return readReferences(text).filter((r) => !r.external);
}

/** Every cross-reference in a text, those to other laws marked external. */
export function readReferences(text: string): Reference[] {
  const found: Reference[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '第' && ch !== '前' && ch !== '本') continue;
    const reference = readReference(text, i);
    if (!reference) continue;
    found.push(reference);
    i = reference.end - 1;
  }
  return found;
}

/** Another law's name stands right before `at`. */
function citesOtherLaw(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return OTHER_LAW.test(before) && !NOT_A_LAW.test(before);
}

function readReference(text: string, start: number): Reference | null {
  let at = start;
  const law = LAW.exec(text.slice(at, at + 8));
  if (law) at += law[0].length;
  const external = !law && text[at] === '第' && citesOtherLaw(text, at);
  const first = readCite(text, at);
  if (!first) return null;
  const groups: Reference['groups'] = [{ from: first }];
  at = first.end;
  for (;;) {
    const joiner = JOINER.exec(text.slice(at, at + 4));
    if (!joiner) break;
    const next = readCite(text, at + joiner[0].length);
    // Only numbered cites continue a reference ("第四条第二款、第三款"); "和本条" starts another.
    if (!next || next.levels.length === 0 || next.scope || next.previous) break;
    if (joiner[0] === '至') {
      if (groups.at(-1)!.to) break;
      groups.at(-1)!.to = next;
    } else {
      groups.push({ from: next });
    }
    at = next.end;
  }
  return external ? { start, end: at, groups, external } : { start, end: at, groups };
}

function readCite(text: string, start: number): Cite | null {
  let at = start;
  const cite: Cite = { start, end: start, levels: [] };
  const scope = SCOPE.exec(text.slice(at, at + 2));
  const previous = scope ? null : PREVIOUS.exec(text.slice(at, at + 3));
  let depth = -1;
  if (scope) {
    cite.scope = scope[1] as '条' | '款' | '项';
    depth = DEPTH[cite.scope];
    at += scope[0].length;
  } else if (previous) {
    const kind = previous[2] as '条' | '款' | '项';
    cite.previous = { kind, count: previous[1] ? chineseValue(previous[1]) ?? 1 : 1, start: at, end: at + previous[0].length };
    depth = DEPTH[kind];
    at += previous[0].length;
  }
  for (;;) {
    const m = LEVEL.exec(text.slice(at, at + 16));
    if (!m) break;
    const kind = (m[2] ?? '项') as UnitKind;
    if (DEPTH[kind] <= depth) break;
    const numeral = m[1] ?? m[4] ?? m[5]!;
    const offset = m[0].indexOf(numeral, 1);
    const level: CitedLevel = { kind, value: chineseValue(numeral) ?? 0, start: at + offset, end: at + offset + numeral.length, arabic: /^\d+$/u.test(numeral) };
    if (m[3]) {
      level.sub = true;
      level.subValue = chineseValue(m[3]) ?? 0;
    }
    cite.levels.push(level);
    depth = DEPTH[kind];
    at += m[0].length;
  }
  if (!scope && !previous && cite.levels.length === 0) return null;
  cite.end = at;
  return cite;
}

/** What a cite names: the units at its deepest level, and the article and 款 it stands in (for the cites after it). */
export interface ResolvedCite {
  targets: Clause[];
  /** The level the targets are at, and how they were written. */
  kind: UnitKind;
  article?: Clause;
  paragraph?: Clause;
}

/** The article a clause stands in (itself for an article), if the draft has articles. */
export function articleOf(tree: ClauseTree, clause: Clause): Clause | undefined {
  for (let c: Clause | undefined = clause; c; c = c.parent === null ? undefined : tree.byId.get(c.parent)) {
    if (c.marker?.style === ARTICLE_STYLE) return c;
  }
  return undefined;
}

/** The 款 a clause stands in: the article itself (款 1), one of its unnumbered paragraphs (a list's line, the 款 it is a line of), or the 款 above an item. */
export function paragraphOfClause(tree: ClauseTree, clause: Clause): Clause | undefined {
  const article = articleOf(tree, clause);
  if (!article) return undefined;
  for (let c: Clause | undefined = clause; c; c = c.parent === null ? undefined : tree.byId.get(c.parent)) {
    if (c === article) return article;
    if (c.parent === article.id) return c.marker === null ? paragraphHead(tree, c) : article;
  }
  return undefined;
}

/** The 款 of an article, in order: the article itself first. */
export function paragraphsOfArticle(tree: ClauseTree, article: Clause): Clause[] {
  return [article, ...paragraphsOf(tree, article)];
}

const ITEM_STYLE = '（一）';

/**
 * Resolves one cite, read in `citing` (the clause whose text holds it), after
 * the cite before it in the same reference (`before`: "第四条第二款、第三款").
 * Returns null where the draft has no such unit or the cite is not a statute's.
 */
export function resolveCite(tree: ClauseTree, citing: Clause, cite: Cite, before?: ResolvedCite): ResolvedCite | null {
  const level = (kind: UnitKind) => cite.levels.find((l) => l.kind === kind);
  const articleLevel = level('条');
  // "第四条第二款、第三款": a cite without its article takes the one cited before it.
  const inherits = before !== undefined && !cite.scope && !cite.previous && !articleLevel;
  let article: Clause | undefined;
  if (articleLevel) article = articleNumbered(tree, articleLevel.value, articleLevel.subValue);
  else if (inherits) article = before.article;
  else article = articleOf(tree, citing);
  if (!article) return null;
  if (cite.previous?.kind === '条') {
    const articles = tree.clauses.filter((c) => c.marker?.style === ARTICLE_STYLE);
    const at = articles.indexOf(article);
    const targets = articles.slice(Math.max(0, at - cite.previous.count), at);
    if (targets.length !== cite.previous.count) return null;
    if (cite.levels.length === 0) return { targets, kind: '条' };
    if (targets.length !== 1) return null;
    article = targets[0]!;
  }
  if (cite.previous?.kind === '款') {
    const own = paragraphOfClause(tree, citing);
    const list = paragraphsOfArticle(tree, article);
    const at = own ? list.indexOf(own) : -1;
    if (at - cite.previous.count < 0) return null;
    const targets = list.slice(at - cite.previous.count, at);
    if (cite.levels.length === 0) return { targets, kind: '款', article };
    if (targets.length !== 1) return null;
    return deeper(tree, cite, { targets, kind: '款', article, paragraph: targets[0]! });
  }
  if (cite.previous?.kind === '项') {
    const siblings = (tree.children.get(citing.parent ?? '') ?? []).filter((c) => c.marker?.style === citing.marker?.style);
    const at = siblings.indexOf(citing);
    if (citing.marker?.style !== ITEM_STYLE || at - cite.previous.count < 0) return null;
    return { targets: siblings.slice(at - cite.previous.count, at), kind: '项', article };
  }
  const paragraphLevel = level('款');
  let paragraph: Clause | undefined;
  if (paragraphLevel) {
    const found = locate(tree, [{ kind: 'paragraph', value: paragraphLevel.value }], article);
    if (!('clause' in found)) return null;
    paragraph = found.clause;
  } else if (cite.scope === '款') {
    paragraph = paragraphOfClause(tree, citing);
  } else if (inherits) {
    paragraph = before.paragraph;
  } else if (!articleLevel && !cite.scope && level('项')) {
    // "第二项" alone: an item of the citing clause's own 款, else of its article (the list of 款 1, cited from 款 2).
    const own = paragraphOfClause(tree, citing);
    const found = own ? deeper(tree, cite, { targets: [own], kind: '款', article, paragraph: own }) : null;
    if (found) return found;
  }
  const resolved: ResolvedCite = { targets: [paragraph ?? article], kind: paragraph ? '款' : '条', article };
  if (paragraph) resolved.paragraph = paragraph;
  return deeper(tree, cite, resolved);
}

const articleIndexes = new WeakMap<ClauseTree, Map<string, Clause[]>>();

/** 第N条, or 第N条之M (never one for the other). */
function articleNumbered(tree: ClauseTree, value: number, sub?: number): Clause | undefined {
  let index = articleIndexes.get(tree);
  if (!index) {
    index = new Map();
    for (const c of tree.clauses) {
      if (c.marker?.style !== ARTICLE_STYLE || c.marker.value === null) continue;
      const key = `${c.marker.value}之${subNumber(c.marker.raw) ?? ''}`;
      addToGroup(index, key, c);
    }
    articleIndexes.set(tree, index);
  }
  const found = index.get(`${value}之${sub ?? ''}`) ?? [];
  return found.length === 1 ? found[0] : undefined;
}


/** The 项 and 目 below an article or 款. */
function deeper(tree: ClauseTree, cite: Cite, resolved: ResolvedCite): ResolvedCite | null {
  let current = resolved;
  for (const level of cite.levels.filter((l) => l.kind === '项' || l.kind === '目')) {
    const scope = current.targets[0]!;
    const steps: Step[] =
      level.kind === '项'
        ? [{ kind: 'number', style: ITEM_STYLE, value: level.value }]
        : [{ kind: 'number', value: level.value }];
    // An item of 款 1 is a direct child of the article; of a later 款, of that 款's paragraph.
    const within = current.paragraph && current.kind === '款' ? current.paragraph : scope;
    const found = locate(tree, current.kind === '款' ? [{ kind: 'paragraph', value: 1 }, ...steps] : steps, within);
    if (!('clause' in found)) return null;
    current = { ...current, targets: [found.clause], kind: level.kind };
  }
  return current;
}

/**
 * The path of steps an absolute cite gives (第四条第二款 → article 4, 款 2),
 * for `locate`; null for one read from where it stands (前款, 本条第二项, 第三款).
 */
export function citeSteps(cite: Cite): Step[] | null {
  if (cite.scope || cite.previous || cite.levels[0]?.kind !== '条' || cite.levels.some((l) => l.sub)) return null;
  return cite.levels.map((level): Step => {
    if (level.kind === '条') return { kind: 'number', style: ARTICLE_STYLE, value: level.value };
    if (level.kind === '款') return { kind: 'paragraph', value: level.value };
    return level.kind === '项' ? { kind: 'number', style: ITEM_STYLE, value: level.value } : { kind: 'number', value: level.value };
  });
}
