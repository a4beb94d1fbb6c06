// The words of comment wording, as data: each phrase the tokenizer knows and
// what it means to the grammar. Offices vary the verbs (修改为 / 改为 / 修正为 /
// 调整为 / 表述为, strike / leave out / omit); a new one is a line here, not a
// new pattern. Longest phrase wins at each position.
import { UNIT_LABELS } from '../../draft/units.js';
import { ORDINALS as EN_ORDINALS } from './locator.js';

/** What a phrase means. Verbs start a request; the other words shape it. */
export type Word =
  /** Verbs. */
  | 'replace' //        修改为, replace … with, change … to
  | 'delete' //         删除, strike, leave out
  | 'add' //            增加, insert, add
  | 'rewrite' //        should read, is amended to read as follows
  | 'substitute' //     substitute “Y” for “X” (new text first)
  | 'redesignate' //    redesignate paragraphs (5) through (9) as …
  | 'make' //           make X the lead unit
  | 'reserve' //        remove and reserve paragraph (d): the unit stays, its text [Reserved]
  | 'merge' //          合并为一款: units made one, which words alone do not write
  | 'move' //           移至, 调整至: an article taken from its place to another (asked about, not made)
  /** Positions. */
  | 'at' //             在
  | 'after' //          后, 之后, after
  | 'before' //         前, 之前, before
  | 'end' //            末尾, at the end
  | 'in' //             中, 中的, 内
  | 'as' //             作为, 列为
  /** The unit a new clause is. */
  | 'new-article' //    一条, new section
  | 'new-paragraph' //  一款, new paragraph (English: a numbered paragraph)
  | 'new-item' //       一项, new item
  | 'new-text' //       一句, 内容, the following
  /** Connectives and markers. */
  | 'object' //         将, 把
  | 'everywhere' //     全文, 统一, throughout, each place it appears
  | 'and' //            并, 同时, and
  | 'with' //           with, by (replace … with)
  | 'to' //             to (change … to)
  | 'for' //            for (substitute … for)
  | 'instead' //        instead of, rather than, in place of (should say “Y” instead of “X”: X is the old text)
  | 'from' //           from (remove … from)
  | 'of' //             of
  | 'role-lead' //      牵头单位, lead unit
  | 'role-responsible' // 责任单位, responsible units
  | 'by' //             由 (牵头单位由“A”改为“B”)
  | 'clarify' //        进一步明确, please clarify
  | 'question' //       如何, 是否, what
  | 'suggest' //        建议, 请, should
  | 'against' //        不建议, 反对, do not, oppose: the change after it is argued against
  | 'because' //        理由：, 因为, because: the reasons for a change, which ask for none
  | 'nth' //            第二处, 第一个: which of the quote's occurrences
  /** The part of a unit a rewrite keeps to. */
  | 'introductory' //   introductory text: the unit's own words before its paragraphs
  | 'heading' //        section heading: the heading line, not the body
  | 'definition' //     the definition of “X”: the paragraph defining the term quoted
  | 'noise'; //         字样, 二字, 表述不准确: said, but shapes nothing

/** The words that start a request. */
export const VERBS: ReadonlySet<Word> = new Set<Word>(['replace', 'delete', 'add', 'rewrite', 'substitute', 'redesignate', 'make', 'reserve', 'merge', 'move']);
/** Words said around a request that shape nothing (建议, 表述不准确, the words). */
// (第二处 before a quote: read where the request is made, sentence.ts ordinalBefore.)
export const SKIPPED: ReadonlySet<Word> = new Set<Word>(['noise', 'suggest', 'nth']);

/** The unit a new clause is: 条 / section, 款, 项 / numbered paragraph. */
export type NewUnit = 'article' | 'paragraph' | 'item';
export const NEW_UNITS: Partial<Record<Word, NewUnit>> = { 'new-article': 'article', 'new-paragraph': 'paragraph', 'new-item': 'item' };

export const ZH_WORDS: Readonly<Record<string, Word>> = {
  修改为: 'replace', 修改成: 'replace', 改为: 'replace', 改成: 'replace', 修正为: 'replace', 调整为: 'replace',
  调整成: 'replace', 表述为: 'replace', 更改为: 'replace', 更正为: 'replace', 变更为: 'replace', 替换为: 'replace',
  修订为: 'replace', 改写为: 'replace', 统一为: 'replace', 规定为: 'replace',
  // 由“二十日”延长为“三十日”, 提高至“五万元”: a change of a term or an amount, never a remark.
  延长为: 'replace', 延长至: 'replace', 延长到: 'replace', 缩短为: 'replace', 缩短至: 'replace', 缩短到: 'replace',
  提高为: 'replace', 提高至: 'replace', 提高到: 'replace', 降低为: 'replace', 降低至: 'replace', 降低到: 'replace',
  上调为: 'replace', 上调至: 'replace', 下调为: 'replace', 下调至: 'replace', 放宽为: 'replace', 放宽至: 'replace',
  // (合并修改为：“…” is a rewrite: 修改为 reads it.)
  合并为: 'merge', 合并成: 'merge',
  // 将第十条移至第八条之后 (rules/moves.ts).
  移至: 'move', 移到: 'move', 移动至: 'move', 移动到: 'move', 移往: 'move', 前移至: 'move', 后移至: 'move', 挪至: 'move', 挪到: 'move',
  调整至: 'move', 调整到: 'move', 调至: 'move', 调到: 'move', 放在: 'move', 放到: 'move', 放至: 'move', 置于: 'move',
  提前至: 'move', 提前到: 'move', 前移到: 'move', 后移到: 'move',
  // 第十条与第八条调换位置: two units moved at once, asked about.
  调换位置: 'move', 互换位置: 'move', 互换顺序: 'move', 调换顺序: 'move', 对调: 'move',
  删除: 'delete', 删去: 'delete', 删掉: 'delete', 去掉: 'delete', 去除: 'delete', 删减: 'delete',
  增加: 'add', 增补: 'add', 增设: 'add', 新增: 'add', 添加: 'add', 补充: 'add', 加上: 'add', 加入: 'add', 插入: 'add', 增写: 'add',
  在: 'at',
  后: 'after', 之后: 'after', 后面: 'after', 后边: 'after', 以后: 'after',
  前: 'before', 之前: 'before', 前面: 'before', 前边: 'before',
  末尾: 'end', 最后: 'end', 结尾: 'end', 句末: 'end', 段末: 'end', 条末: 'end', 款末: 'end', 末: 'end',
  中: 'in', 中的: 'in', 内: 'in', 的: 'in',
  作为: 'as', 列为: 'as',
  一条: 'new-article', 新的一条: 'new-article', 一条新条款: 'new-article',
  // 增加一节：“第四节 …”: a new part, placed by its own number's style (resolve.ts).
  一节: 'new-article', 新的一节: 'new-article', 一章: 'new-article', 新的一章: 'new-article',
  一款: 'new-paragraph', 新的一款: 'new-paragraph', 一段: 'new-paragraph',
  一项: 'new-item', 新的一项: 'new-item',
  // 增加两条：“…”“…”: as many new units as texts quoted (additions.ts).
  ...Object.fromEntries(['两', '二', '三', '四', '五', '六', '七', '八', '九', '十'].flatMap((n): Array<[string, Word]> => [[`${n}条`, 'new-article'], [`${n}款`, 'new-paragraph'], [`${n}项`, 'new-item']])),
  一句: 'new-text', 一句话: 'new-text', 内容: 'new-text', 表述: 'new-text', 文字: 'new-text', 如下内容: 'new-text',
  内容为: 'new-text', 内容如下: 'new-text', 具体内容为: 'new-text', 具体为: 'new-text', 规定如下: 'new-text',
  将: 'object', 把: 'object',
  全文: 'everywhere', 全文中: 'everywhere', 统一: 'everywhere', 均: 'everywhere', 全部: 'everywhere', 一律: 'everywhere', 所有: 'everywhere', 各处: 'everywhere',
  并: 'and', 并且: 'and', 同时: 'and', 另外: 'and', 另: 'and', 此外: 'and', 以及: 'and',
  [UNIT_LABELS.zh.lead]: 'role-lead', [UNIT_LABELS.zh.responsible]: 'role-responsible', 配合单位: 'role-responsible',
  由: 'by',
  明确: 'clarify', 澄清: 'clarify', 细化: 'clarify', 说明: 'clarify', 界定: 'clarify',
  如何: 'question', 是否: 'question', 为何: 'question', 为什么: 'question', 什么: 'question', 怎样: 'question', 怎么: 'question', 哪些: 'question', 吗: 'question',
  不建议: 'against', 不宜: 'against', 不应: 'against', 不应当: 'against', 不应该: 'against', 不要: 'against', 不必: 'against',
  无需: 'against', 无须: 'against', 没有必要: 'against', 不同意: 'against', 反对: 'against', 不赞成: 'against', 不赞同: 'against',
  理由: 'because', 理由是: 'because', 修改理由: 'because', 主要理由: 'because', 原因: 'because', 原因是: 'because',
  因为: 'because', 由于: 'because',
  建议: 'suggest', 请: 'suggest', 拟: 'suggest', 应: 'suggest', 应当: 'suggest', 可: 'suggest',
  字样: 'noise', 二字: 'noise', 三字: 'noise', 四字: 'noise', 等字: 'noise', 一词: 'noise', 的表述: 'noise', 等表述: 'noise',
  // 加上“和医院等级评审”几个字: the words quoted, as 字样 says it.
  几个字: 'noise', 这几个字: 'noise', 这些字: 'noise', 几字: 'noise', 等字样: 'noise', 的字样: 'noise',
  表述不准确: 'noise', 表述不规范: 'noise', 表述不严谨: 'noise', 不准确: 'noise', 不妥: 'noise', 有误: 'noise',
  // (第二处, 第21个, 第二十五次出现的 before a quote: 'nth', read by the tokenizer with any numeral, locator.ts ordinalAt.)
  // 增加两条，分别作为第七十条、第七十一条: each in its turn, as the quotes come.
  分别: 'noise',
};

/** English phrases, matched case-insensitively on word boundaries. */
export const EN_WORDS: Readonly<Record<string, Word>> = {
  replace: 'replace', 'replacing': 'replace', change: 'replace', 'changing': 'replace', amend: 'noise',
  'be replaced with': 'replace', 'be replaced by': 'replace', 'be changed to': 'replace', 'be amended to read': 'rewrite',
  'should read': 'rewrite', 'shall read': 'rewrite', 'should be': 'rewrite', 'should say': 'rewrite', 'to read': 'rewrite', 'should be revised to read': 'rewrite',
  'is amended to read as follows': 'rewrite', 'is amended to read': 'rewrite', 'to read as follows': 'rewrite', 'read as follows': 'rewrite',
  'should be amended to read': 'rewrite', 'should be amended to read as follows': 'rewrite', 'be amended to read as follows': 'rewrite',
  'redraft': 'rewrite', becomes: 'rewrite',
  // “X” should be changed to “Y”, paragraph (b) should be removed: a request, where "should be" alone (should be extended) is a remark.
  'should be changed to': 'replace', 'should be replaced with': 'replace', 'should be replaced by': 'replace',
  'must be changed to': 'replace', 'must be replaced with': 'replace', 'must be replaced by': 'replace',
  ...Object.fromEntries(['should', 'must', 'shall'].flatMap((modal) => ['removed', 'deleted', 'struck', 'stricken', 'omitted', 'eliminated'].map((done): [string, Word] => [`${modal} be ${done}`, 'delete']))),
  strike: 'delete', striking: 'delete', 'strike out': 'delete', 'striking out': 'delete', delete: 'delete', deleting: 'delete',
  remove: 'delete', removing: 'delete', omit: 'delete', omitting: 'delete', 'leave out': 'delete', 'leaving out': 'delete',
  insert: 'add', inserting: 'add', add: 'add', adding: 'add', append: 'add',
  // The definition of “Project” should include “or program” after “an undertaking”: asked for, not said of the text (which includes …).
  'should include': 'add', 'should also include': 'add', 'must include': 'add', 'must also include': 'add', 'shall include': 'add',
  substitute: 'substitute', substituting: 'substitute',
  redesignate: 'redesignate', redesignating: 'redesignate',
  'remove and reserve': 'reserve', 'removing and reserving': 'reserve', 'remove and reserving': 'reserve',
  make: 'make',
  after: 'after', before: 'before', 'immediately after': 'after', 'immediately before': 'before',
  'at the end': 'end', 'at the end of': 'end', 'to the end of': 'end',
  in: 'in',
  as: 'as',
  'new section': 'new-article', 'new sections': 'new-article',
  'introductory text': 'introductory', 'section heading': 'heading',
  'definition of': 'definition', 'definition for': 'definition', 'the definition of': 'definition', 'the definition for': 'definition',
  // An English paragraph is numbered — (5) — like a 项, unlike a 款.
  'new subsection': 'new-item', 'new paragraph': 'new-item', 'new paragraphs': 'new-item',
  'new subparagraph': 'new-item', 'new clause': 'new-item', 'new item': 'new-item',
  'the following': 'new-text', 'following': 'new-text',
  // Add a new paragraph (e) to § 583.310 stating: “…”: the text added.
  stating: 'new-text', 'which reads': 'new-text', 'which states': 'new-text', 'that reads': 'new-text', 'that states': 'new-text',
  throughout: 'everywhere', 'each place it appears': 'everywhere', 'each place that it appears': 'everywhere',
  'each place such term appears': 'everywhere', 'wherever it appears': 'everywhere', 'wherever it occurs': 'everywhere',
  'everywhere': 'everywhere', 'in each place': 'everywhere',
  'each place they appear': 'everywhere', 'each place that they appear': 'everywhere', 'wherever they appear': 'everywhere', 'wherever they occur': 'everywhere',
  and: 'and', 'and then': 'and', also: 'and',
  with: 'with', by: 'with',
  to: 'to',
  for: 'for',
  'instead of': 'instead', 'rather than': 'instead', 'in place of': 'instead',
  from: 'from',
  of: 'of',
  'lead unit': 'role-lead', 'the lead unit': 'role-lead', 'the lead': 'role-lead', lead: 'role-lead',
  'responsible units': 'role-responsible', 'responsible unit': 'role-responsible', 'the responsible units': 'role-responsible', responsible: 'role-responsible',
  clarify: 'clarify', 'please clarify': 'clarify', unclear: 'clarify', explain: 'clarify', 'define': 'clarify',
  because: 'because', rationale: 'because',
  what: 'question', why: 'question', how: 'question', whether: 'question',
  "don't": 'against', 'don’t': 'against', 'do not': 'against', 'does not': 'against', 'should not': 'against', "shouldn't": 'against',
  'must not': 'against', oppose: 'against', opposes: 'against', 'object to': 'against', 'objects to': 'against', against: 'against',
  'disagree with': 'against', 'no need to': 'against', 'not support': 'against',
  suggest: 'suggest', 'we suggest': 'suggest', 'we recommend': 'suggest', recommend: 'suggest', should: 'suggest', please: 'suggest',
  'is amended': 'noise', 'is amended by': 'noise', 'is further amended by': 'noise', 'be amended by': 'noise', 'the words': 'noise',
  // remove “X” and add in their place “Y” (the Federal Register's wording): the insert is the replacement; the place says nothing more.
  'in their place': 'noise', 'in its place': 'noise',
  // insert … after the second “A”: which of its occurrences (sentence.ts ordinalBefore reads them).
  ...Object.fromEntries(EN_ORDINALS.flatMap((n): Array<[string, Word]> => [[`the ${n}`, 'nth'], [`the ${n} occurrence of`, 'nth'], [`the ${n} instance of`, 'nth']])),
  it: 'noise', 'the word': 'noise', 'the text': 'noise', 'the phrase': 'noise', 'the term': 'noise', 'word': 'noise', 'words': 'noise', the: 'noise', a: 'noise',
};

/** A phrase table indexed by its first character, longest phrases first, for a bounded lookup at each position. */
export interface PhraseIndex {
  /** By the UTF-16 code of the phrase's first character (lower case where caseless): a number, so a lookup makes no string. */
  byFirst: Map<number, Array<[string, Word]>>;
  caseless: boolean;
}

export function phraseIndex(words: Readonly<Record<string, Word>>, caseless: boolean): PhraseIndex {
  const byFirst = new Map<number, Array<[string, Word]>>();
  for (const [written, word] of Object.entries(words)) {
    const phrase = caseless ? written.toLowerCase() : written;
    const list = byFirst.get(phrase.charCodeAt(0)) ?? [];
    list.push([phrase, word]);
    byFirst.set(phrase.charCodeAt(0), list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byFirst, caseless };
}

export const ZH_INDEX = phraseIndex(ZH_WORDS, false);
export const EN_INDEX = phraseIndex(EN_WORDS, true);
