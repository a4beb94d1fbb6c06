// The words of the published outputs, in the draft's language.
import type { DecisionStatus } from '../feedback/entry.js';

export interface Labels {
  number: string;
  unit: string;
  comment: string;
  decision: string;
  reason: string;
  statuses: Record<DecisionStatus, string>;
  responseTitle: (title: string) => string;
  summary: (counts: Record<DecisionStatus, number>, total: number) => string;
  /** After a campaign's comment in the response table: how many sent it. */
  campaign: (count: number) => string;
  comparisonTitle: (title: string) => string;
  original: string;
  revised: string;
  entries: string;
  added: string;
  removed: string;
  redlineTitle: (title: string) => string;
  redlineNote: string;
  attribution: (entries: string[]) => string;
  noChanges: string;
}

export const ZH: Labels = {
  number: '序号',
  unit: '单位',
  comment: '主要意见',
  decision: '意见采纳情况',
  reason: '未采纳原因',
  statuses: { adopted: '采纳', partial: '部分采纳', rejected: '不采纳', pending: '待定' },
  responseTitle: (title) => `${title}意见采纳情况`,
  summary: (c, total) => `共收到意见${total}条，采纳${c.adopted}条，部分采纳${c.partial}条，不采纳${c.rejected}条，待定${c.pending}条。`,
  campaign: (count) => `（相同或相近意见共${count}条）`,
  comparisonTitle: (title) => `${title}修改对照表`,
  original: '原文',
  revised: '修改后',
  entries: '依据意见',
  added: '（新增）',
  removed: '（删除）',
  redlineTitle: (title) => `${title}（修改稿，标注修改）`,
  redlineNote: '删除的文字以删除线标注，增加的文字以粗体标注，〔意见N〕为提出修改的意见序号。',
  attribution: (entries) => `〔意见${entries.join('、')}〕`,
  noChanges: '未作修改。',
};

export const EN: Labels = {
  number: 'No.',
  unit: 'Unit',
  comment: 'Comment',
  decision: 'Decision',
  reason: 'Reason not adopted',
  statuses: { adopted: 'Adopted', partial: 'Partially adopted', rejected: 'Not adopted', pending: 'Pending' },
  responseTitle: (title) => `${title}: responses to comments`,
  summary: (c, total) => `${total} comments received: ${c.adopted} adopted, ${c.partial} partially adopted, ${c.rejected} not adopted, ${c.pending} pending.`,
  campaign: (count) => ` (${count} identical or similar comments)`,
  comparisonTitle: (title) => `${title}: comparison of changes`,
  original: 'Original',
  revised: 'Revised',
  entries: 'Comments',
  added: '(added)',
  removed: '(removed)',
  redlineTitle: (title) => `${title} (revised, changes marked)`,
  redlineNote: 'Deleted text is struck through, inserted text is bold; [#N] names the comment behind a change.',
  attribution: (entries) => `[#${entries.join(', #')}]`,
  noChanges: 'No changes.',
};

export function labelsFor(lang: 'zh' | 'en'): Labels {
  return lang === 'en' ? EN : ZH;
}
