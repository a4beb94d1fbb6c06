// Columns of a feedback table, known by what their header says rather than
// where they stand: offices name the same column a dozen ways (单位 / 提出单位 /
// 单位/个人 / 反馈人 …), leave some out (many tables have no unit column), and
// add their own (备注). A column not understood is kept as a note, never dropped.

export type Field =
  | 'number'
  | 'unit'
  | 'comment'
  | 'locator'
  | 'decision'
  /** One cell holding the decision and its reason (采纳情况及理由). */
  | 'decision+reason'
  | 'reason'
  | 'contact'
  | 'submitted';

export interface Column {
  /** The header as written. */
  header: string;
  /** What the column holds; undefined: kept on the entry as a note. */
  field?: Field;
}

// Names seen on published tables, matched whole (after normalising).
const NAMES: Array<[Field, string[]]> = [
  ['number', ['序号', '编号', '序', 'no', 'no.', '#', 'number', 'item']],
  ['unit', ['单位', '提出单位', '反馈单位', '单位/个人', '单位或个人', '单位(个人)', '反馈人', '姓名', '提出人', '意见人', '提出者', '留言人', '反馈单位/个人', '征求意见单位', '意见提出单位', '部门', '网友', '昵称', 'unit', 'commenter', 'name', 'from', 'agency']],
  ['comment', ['主要意见', '意见', '意见内容', '意见建议', '意见及建议', '意见和建议', '修改意见', '收集到的意见', '具体意见', '建议', '建议内容', '留言内容', '内容', '反馈内容', '修改建议', '意见或建议', 'comment', 'comments', 'opinion']],
  ['locator', ['条款', '涉及条款', '章节', '页码', '条目', '具体条款', '对应条款', '所涉条款', '条款号', '位置', '条文', '涉及条文', '相关条文', '对应条文', '所涉条文', '具体条文', '条文序号', '条文号', 'section', 'article', 'page']],
  ['decision', ['意见采纳情况', '采纳情况', '是否采纳', '意见反馈', '处理意见', '反馈意见采纳情况', '处理情况', '处理结果', '办理情况', '采纳与否', 'decision', 'status', 'adopted']],
  ['decision+reason', ['采纳情况及理由', '采纳情况及说明', '采纳情况及原因', '是否采纳及理由', '处理意见及理由', '处理情况及理由', '采纳情况和理由']],
  ['reason', ['未采纳原因', '理由', '采纳理由', '未采纳理由', '是否采纳的原因或理由', '说明', '原因', '不采纳理由', '不予采纳理由', '未采纳说明', '采纳说明', '回复', '回复内容', '答复', '答复意见', 'reason', 'response']],
  ['contact', ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '电子邮箱', '邮箱', '电子邮件', 'email', 'e-mail', '通讯地址', '联系地址', '地址', '身份证号', 'qq', '微信', 'ip', 'ip地址', 'contact', 'phone']],
  ['submitted', ['提交时间', '留言时间', '反馈时间', '提交日期', '时间', '日期', '发布时间', 'date', 'submitted', 'time']],
];

// Words that give a header's meaning when it is not one of the names above, in this order.
const KEYWORDS: Array<[Field, RegExp]> = [
  ['contact', /电话|手机|邮箱|e-?mail|联系方式|地址|身份证|微信/iu],
  ['submitted', /(时间|日期)$/u],
  // The comment with the commenter's grounds in one cell (修改意见及理由), not the office's reason.
  ['comment', /^(具体|主要)?(修改)?(意见|建议)(或?建议)?(及|和|与|、|\/)(其)?(修改)?(理由|依据|说明)$/u],
  ['decision+reason', /(采纳|处理).*(及|和|与|、|\/).*(理由|原因|说明)/u],
  ['reason', /理由|原因|说明|答复|回复/u],
  ['decision', /采纳|处理情况|处理意见|处理结果|意见反馈/u],
  // (条文修改意见 is a comment on the article named in its row.)
  ['locator', /^(?!.*(?:意见|建议)).*(?:条款|条文|章节|页码)/u],
  ['comment', /意见|建议/u],
  ['unit', /单位|个人|姓名|提出人|反馈人/u],
];

// A column of the article's words (原条文, 修改后条文, 条款内容, 征求意见稿条文), which names no place: a note.
const ARTICLE_TEXT = /^(?:原|现行|现|修改后|修订后|修改前|调整后|征求意见稿|草案)(?:条文|条款)|(?:条文|条款)(?:内容|原文|文本|表述|全文)$/u;

const index = new Map<string, Field>(NAMES.flatMap(([field, names]) => names.map((name) => [name, field] as const)));

/** "单位 / 个人：", "意见内容（必填）" → "单位/个人", "意见内容". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[(（][^)）]*(必填|选填|可选)[^)）]*[)）]/gu, '')
    .replace(/[:：*＊]+$/u, '')
    .toLowerCase();
}

export function fieldOf(header: string): Field | undefined {
  const name = normaliseHeader(header);
  if (name === '') return undefined;
  const known = index.get(name);
  if (known) return known;
  if (name.length > 16) return undefined;
  if (ARTICLE_TEXT.test(name)) return undefined;
  return KEYWORDS.find(([, re]) => re.test(name))?.[0];
}

// The commenter's own grounds for a change (修改理由), never the office's answer.
const GROUNDS = /^(修改|建议|意见|提出|修改建议|修改意见)(理由|依据|原因|说明)|^(理由|依据)(及|和|与)?依据$/u;

// A reason column that may be either side's: a commenter's 理由 beside the comment, or the office's beside its decision.
const EITHER_SIDE = new Set(['理由', '原因', '说明', 'reason']);

/**
 * Maps a header row: each field to its first column; later columns of a
 * field already taken become notes. A bare 理由 is the office's reason only
 * after a decision column: in a table of comments (修改意见 | 理由) it is the
 * commenter's, kept as a note so that it never reads as the office's answer.
 */
export function mapColumns(headers: readonly string[]): Column[] {
  const fields = headers.map((raw) => (GROUNDS.test(normaliseHeader(raw)) ? undefined : fieldOf(raw)));
  const decidedAt = fields.findIndex((f) => f === 'decision' || f === 'decision+reason');
  const taken = new Set<Field>();
  return headers.map((raw, i) => {
    const header = raw.trim();
    const field = fields[i];
    const commenters = field === 'reason' && EITHER_SIDE.has(normaliseHeader(raw)) && (decidedAt === -1 || i < decidedAt);
    // Contact details may come in several columns (phone, e-mail): all of them are contact.
    if (!field || commenters || (taken.has(field) && field !== 'contact')) return { header };
    taken.add(field);
    return { header, field };
  });
}

/**
 * Whether a column kept as a note holds the office's answer (答复, 回复,
 * 未采纳原因, response): not a bare 理由, which beside no decision is the commenter's.
 */
export function isOfficeAnswer(header: string): boolean {
  const name = normaliseHeader(header);
  return fieldOf(header) === 'reason' && !EITHER_SIDE.has(name) && !GROUNDS.test(name);
}

/** A header row names a comment column and at least one other known column. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const fields = cells.map((c) => fieldOf(c)).filter((f): f is Field => f !== undefined);
  return fields.includes('comment') && new Set(fields).size >= 2;
}

/** "序号 → number, 单位/个人 → unit, 备注 → note" for the clerk to check. */
export function describeColumns(columns: readonly Column[]): string {
  return columns
    .filter((c) => c.header !== '' || c.field)
    .map((c) => `${c.header || '(blank)'} → ${c.field ?? 'note'}`)
    .join(', ');
}

/**
 * A web-form export of public comments: contact details, a person's name as
 * the unit column, or a submission time with no unit column. A departments'
 * table with a 反馈日期 beside its 单位 is not one.
 */
export function isPublicForm(columns: readonly Column[]): boolean {
  const unit = columns.find((c) => c.field === 'unit');
  const personal = unit !== undefined && /^(姓名|留言人|网友|昵称|name|commenter)$/iu.test(normaliseHeader(unit.header));
  return columns.some((c) => c.field === 'contact') || personal || (unit === undefined && columns.some((c) => c.field === 'submitted'));
}
