// The words of the published outputs, in the draft's language.
import type { DecisionStatus } from '../feedback/entry.js';
import { CONTACT_REMOVED } from '../text/contacts.js';

export interface Labels {
  number: string;
  unit: string;
  comment: string;
  decision: string;
  reason: string;
  statuses: Record<DecisionStatus, string>;
  /** 采纳 with the note a clerk gave (how it is taken up): the last column is for reasons not to adopt. */
  adoptedWithNote: (note: string) => string;
  responseTitle: (title: string) => string;
  summary: (counts: Record<DecisionStatus, number>, total: number) => string;
  /** A comment whose place was given beside it (a 条款 column), with that place: 第二百七十三条：建议删除本条。 */
  placed: (locator: string, comment: string) => string;
  /** After a campaign's comment in the response table: how many sent it. */
  campaign: (count: number) => string;
  /** What stands in a published comment where a contact detail was. */
  contactRemoved: string;
  comparisonTitle: (title: string) => string;
  original: string;
  revised: string;
  entries: string;
  /** The entries behind a row: 1、3、6 as the redline's 〔意见1、3、6〕; 1, 3, 6. */
  entryList: (ids: readonly string[]) => string;
  added: string;
  removed: string;
  redlineTitle: (title: string) => string;
  redlineNote: string;
  attribution: (entries: string[]) => string;
  noChanges: string;
  /** Comparison table: the column naming each unit, a new unit's name, and the renumbering line. */
  provision: string;
  addedUnit: (name: string) => string;
  /** A new unit under a unit as the draft numbered it: 第二十条新增第（三）项; section 3(c) (new). */
  addedUnder: (parent: string, own: string) => string;
  /** A clause's own first paragraph (删除第五条第一款): 第五条第一款, a policy clause's 第一段. */
  firstParagraph: (name: string, article: boolean) => string;
  referencesRenumbered: string;
  /** A 目录 whose lines followed the headings they list. */
  contentsFollowed: string;
  renumbered: (moves: readonly Move[]) => string;
  /** Response table: adopted edits the build could not apply (build --allow-unapplied). */
  unapplied: (edits: Array<{ entry: string; index: number; reason: string }>) => string;
}

/** A run of units renumbered alike: the first and (for more than one) the last, before and after. */
export interface Move {
  before: string[];
  after: string[];
  /** How many units the run holds. */
  count: number;
}

export const ZH: Labels = {
  number: '序号',
  unit: '单位',
  comment: '主要意见',
  decision: '意见采纳情况',
  reason: '未采纳原因',
  statuses: { adopted: '采纳', partial: '部分采纳', rejected: '不采纳', pending: '待定' },
  adoptedWithNote: (note) => `采纳。${note}`,
  // 《…的意见》意见采纳情况, as published tables are headed (not …的意见意见采纳情况).
  responseTitle: (title) => `${bookTitle(title)}意见采纳情况`,
  summary: (c, total) => `共收到意见${total}条，采纳${c.adopted}条，部分采纳${c.partial}条，不采纳${c.rejected}条，待定${c.pending}条。`,
  placed: (locator, comment) => `${locator}：${comment}`,
  campaign: (count) => `（相同或相近意见共${count}条）`,
  contactRemoved: CONTACT_REMOVED.zh,
  comparisonTitle: (title) => `${bookTitle(title)}修改对照表`,
  original: '原文',
  revised: '修改后',
  entries: '依据意见',
  entryList: (ids) => ids.join('、'),
  added: '（新增）',
  removed: '（删除）',
  redlineTitle: (title) => `${title}（修改稿，标注修改）`,
  redlineNote: '删除的文字以删除线标注，增加的文字以粗体标注，〔意见N〕为提出修改的意见序号。',
  attribution: (entries) => `〔意见${entries.join('、')}〕`,
  noChanges: '未作修改。',
  provision: '条文',
  addedUnit: (name) => `新增${name}`,
  addedUnder: (parent, own) => `${parent}新增${own}`,
  firstParagraph: (name, article) => `${name}${article ? '第一款' : '第一段'}`,
  referencesRenumbered: '（引用条文序号相应调整）',
  contentsFollowed: '（目录相应调整）',
  renumbered: (moves) =>
    `条文序号作相应调整：${moves
      .map(({ before: names, after: numbers, count }) => {
        // An outline number's 、 is no part of its name in a sentence (原第三章十二至十六, not 十二、至十六).
        const [before, after] = [names.map(bareNumber), numbers.map(bareNumber)];
        if (count === 1) return `原${before[0]}改为${after[0]}`;
        // Two are listed (原第九十六条、第九十七条), more are a range (原第十五条至第二十七条).
        const join = count === 2 ? '、' : '至';
        return `原${before[0]}${join}${before[1]}依次改为${after[0]}${join}${after[1]}`;
      })
      .join('；')}。`,
  unapplied: (edits) => `以下采纳的修改未能写入修改稿：${edits.map((e) => `意见${e.entry}第${e.index}处修改（${e.reason}）`).join('；')}。`,
};

export const EN: Labels = {
  number: 'No.',
  unit: 'Commenter',
  comment: 'Comment',
  decision: 'Decision',
  reason: 'Reason not adopted',
  statuses: { adopted: 'Adopted', partial: 'Partially adopted', rejected: 'Not adopted', pending: 'Pending' },
  adoptedWithNote: (note) => `Adopted. ${note}`,
  responseTitle: (title) => `${title}: responses to comments`,
  summary: (c, total) => `${total} comments received: ${c.adopted} adopted, ${c.partial} partially adopted, ${c.rejected} not adopted, ${c.pending} pending.`,
  placed: (locator, comment) => `${locator}: ${comment}`,
  campaign: (count) => ` (${count} identical or similar comments)`,
  contactRemoved: CONTACT_REMOVED.en,
  comparisonTitle: (title) => `${title}: comparison of changes`,
  original: 'Original',
  revised: 'Revised',
  entries: 'Comments',
  entryList: (ids) => ids.join(', '),
  added: '(added)',
  removed: '(removed)',
  redlineTitle: (title) => `${title} (revised, changes marked)`,
  redlineNote: 'Deleted text is struck through, inserted text is bold; [#N] names the comment behind a change.',
  attribution: (entries) => `[#${entries.join(', #')}]`,
  noChanges: 'No changes.',
  provision: 'Provision',
  addedUnit: (name) => `new ${name}`,
  addedUnder: (parent, own) => `${parent}${own} (new)`,
  firstParagraph: (name) => `${name}, first paragraph`,
  referencesRenumbered: ' (cross-references renumbered)',
  contentsFollowed: ' (table of contents updated)',
  renumbered: (moves) =>
    `Renumbered: ${moves
      .map(({ before, after, count }) => {
        if (count === 1) return `former ${before[0]} is now ${after[0]}`;
        const join = count === 2 ? 'and' : 'to';
        return `former ${plural(before[0]!)} ${join} ${before[1]} are now ${plural(after[0]!)} ${join} ${after[1]}`;
      })
      .join('; ')}.`,
  unapplied: (edits) => `Adopted edits not applied to the revised text: ${edits.map((e) => `comment ${e.entry}, edit ${e.index} (${e.reason})`).join('; ')}.`,
};

/** "section 4" → "sections 4", "§ 583.120" → "§§ 583.120"; a nested designation (section 304(3)) stays as cited. */
function plural(name: string): string {
  if (name.includes('(')) return name;
  return name.replace(/^§(?!§)/u, '§§').replace(/^(section|title|subtitle|chapter|part|subpart|article|rule|item)\b/iu, '$1s');
}

function bareNumber(name: string): string {
  return name.replace(/[、．]$/u, '');
}

export function labelsFor(lang: 'zh' | 'en'): Labels {
  return lang === 'en' ? EN : ZH;
}

/** A document's title between book-title marks (《…》), unless it is already; a title inside it takes the inner marks (〈…〉), as a book title in a book title does. */
function bookTitle(title: string): string {
  return title === '' || (title.startsWith('《') && title.endsWith('》')) ? title : `《${title.replace(/《([^《》]*)》/gu, '〈$1〉')}》`;
}
