// The decision an office wrote in its table, in its own words: 采纳 / 已采纳 /
// 予以采纳 / 吸收采纳 / 是, 部分采纳 / 部分吸收, 不采纳 / 未采纳 / 不予采纳 / 否,
// or nothing yet (empty, 待研究, 已反馈给…研究). A cell may go on with the reason
// (`不采纳，备案为上位法规定`, or `不采纳。` and the reason on the next line).
import type { DecisionStatus } from '../feedback/entry.js';

export interface ReadDecision {
  status: DecisionStatus;
  /** What the cell says after the decision word: the reason, if any. */
  rest: string;
}

const WORDS: Array<[DecisionStatus, string[]]> = [
  ['partial', ['部分采纳', '部分吸收', '部分采用', '部分予以采纳', '部分吸收采纳', '部分接受', 'partially adopted', 'partly adopted', 'partial']],
  ['rejected', ['不采纳', '未采纳', '不予采纳', '暂不采纳', '未予采纳', '不采用', '不予采用', '未采用', '否', '不同意', 'rejected', 'not adopted', 'no']],
  ['adopted', ['采纳', '已采纳', '予以采纳', '吸收采纳', '已吸收采纳', '已吸收', '采用', '已采用', '予以采用', '已修改', '是', '同意', 'adopted', 'accepted', 'yes']],
  ['pending', ['待研究', '待定', '研究中', '待议', '未定', 'pending']],
];

// Longest first, so that 部分采纳 and 不采纳 are not read as 采纳.
const ORDERED = WORDS.flatMap(([status, words]) => words.map((word) => ({ status, word }))).sort((a, b) => b.word.length - a.word.length);

/** A pending note such as 已反馈给县交通局研究 / 转市住建局研究. */
const REFERRED = /^(已?(反馈|转|转交|移交|提交)给?|交由).{1,30}(研究|办理|处理|答复)/u;
const SEPARATOR = /^[\s,，.。;；:：、!！)）]+/u;

/**
 * The decision a cell states; undefined when it states none (the cell is then
 * a note or reason). `standalone`: the word must stand alone or before
 * punctuation, as when a paragraph of flattened text is taken for the decision cell.
 */
export function readDecision(cell: string, standalone = false): ReadDecision | undefined {
  const text = cell.trim().normalize('NFKC').replace(/^[(（【\[]\s*/u, '');
  const original = cell.trim();
  if (text === '') return { status: 'pending', rest: '' };
  if (REFERRED.test(text)) return { status: 'pending', rest: original };
  const lower = text.toLowerCase();
  for (const { status, word } of ORDERED) {
    if (!lower.startsWith(word)) continue;
    const after = text.slice(word.length);
    // A single character (是 / 否) or a Latin word counts only when it stands alone.
    const alone = after === '' || SEPARATOR.test(after) || /^[】\]]/u.test(after);
    if (!alone && (standalone || word.length === 1 || /^[a-z]/u.test(word))) continue;
    if (!alone) return { status, rest: original };
    return { status, rest: restAfter(original, word.length) };
  }
  return undefined;
}

/** The original cell after the decision word and its punctuation (NFKC keeps these lengths for CJK text). */
function restAfter(original: string, wordLength: number): string {
  const start = original.replace(/^[(（【\[]\s*/u, '');
  return start.slice(wordLength).replace(/^[\s】\]]*/u, '').replace(SEPARATOR, '').trim();
}
