// Recognises the parts of a consultation page around the draft: the notice
// with its window (征集时间 … 至 …), the draft's title, the departments'
// feedback table after the draft, and the web form at the end.
import { fieldOf, isHeaderRow } from './columns.js';
import type { SourceBlock } from './source-blocks.js';
import { splitPipeRow } from './text-tables.js';

export interface PageLayout {
  window?: { from: string; to: string };
  /** Date of the notice, e.g. the "2018年1月6日" line under it. */
  date?: string;
  titleIndex: number | null;
  /** The title as one line: an official document's title often wraps over two (国务院办公厅关于加强 / 三级公立医院绩效考核工作的意见). */
  title: string;
  /** The version printed on a line of its own under the title: (草案修改二稿征求意见稿). */
  version?: string;
  draftStart: number;
  draftEnd: number;
  /** The feedback table after the draft, as blocks [start, end). */
  table: { start: number; end: number } | null;
  /** Blocks of the page left out before the draft: the notice above the title, and the version line under it. */
  notice: number[];
  /** Blocks left out as the printer's marks on a bill, not its text (see billPrintMarks). */
  printMarks: number[];
}

const WINDOW_LABEL = /(征集|征求意见|意见征集|公示|反馈)(时间|期限|日期|期间)|comment period/iu;
const DATE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?/gu;
const DRAFT_TITLE = /征求意见稿|送审稿|草案|修订稿|讨论稿|Draft|Proposed Rule/u;
/** A notice's deadline for comments: 意见建议请于11月23日前…, 请于2019年3月1日之前…. */
const DEADLINE = /(?:意见|建议)[^。]{0,30}?请于\s*(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:之|以)?前/u;
/** The version of a draft on a line of its own, under its title: (草案修改二稿征求意见稿). */
const DRAFT_VERSION_LINE = /^[(（]([^()（）]*(?:稿|草案)[^()（）]*)[)）]$/u;
const TABLE_TITLE = /意见.*(反馈|采纳|汇总|处理)|(反馈|采纳).*(情况|意见)/u;

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function findDates(text: string): string[] {
  return [...text.matchAll(DATE)].map((m) => isoDate(m[1]!, m[2]!, m[3]!));
}

export function layoutPage(blocks: readonly SourceBlock[]): PageLayout {
  const layout: PageLayout = { titleIndex: null, title: '', draftStart: 0, draftEnd: blocks.length, table: null, notice: [], printMarks: [] };
  let windowIndex = blocks.slice(0, 30).findIndex((b) => WINDOW_LABEL.test(b.text) && findDates(b.text).length >= 2);
  if (windowIndex !== -1) {
    const [from, to] = findDates(blocks[windowIndex]!.text);
    layout.window = { from: from!, to: to! };
  }
  // A notice with no window line may still give a deadline (意见建议请于11月23日前…): it is the notice all the same.
  const deadline = windowIndex === -1 ? blocks.slice(0, 30).findIndex((b) => DEADLINE.test(b.text)) : -1;
  if (deadline !== -1) windowIndex = deadline;
  // Only a page with a consultation notice has text before the draft to leave out.
  if (windowIndex !== -1) {
    const from = windowIndex + 1;
    let titleIndex = blocks.findIndex(
      (b, i) => i >= from && i < from + 30 && b.text.length <= 150 && !/。/u.test(b.text) && DRAFT_TITLE.test(b.text),
    );
    // The version on a line of its own (厦门经济特区社会信用条例 / (草案修改二稿征求意见稿)): the title is the line above it.
    const version = titleIndex === -1 ? null : DRAFT_VERSION_LINE.exec(blocks[titleIndex]!.text.trim());
    const above = blocks[titleIndex - 1];
    if (version && titleIndex - 1 >= from && above && above.heading === null && above.text.length <= 80 && !/[。，；：:,;\n]/u.test(above.text)) {
      layout.version = version[1]!.trim();
      titleIndex--;
    }
    layout.titleIndex = titleIndex === -1 ? null : titleIndex;
    // A date alone on a line in the notice is the notice's date.
    for (let i = from; i < (titleIndex === -1 ? from : titleIndex); i++) {
      const only = /^\d{4}年\d{1,2}月\d{1,2}日$/u.exec(blocks[i]!.text.replace(/\s/g, ''));
      if (only) layout.date = findDates(only[0])[0];
    }
    if (deadline !== -1) {
      const window = deadlineWindow(blocks, deadline, layout.date);
      if (window) layout.window = window;
    }
    layout.draftStart = titleIndex === -1 ? from : titleIndex + (layout.version === undefined ? 1 : 2);
    for (let i = 0; i < (titleIndex === -1 ? from : titleIndex); i++) layout.notice.push(i);
    if (layout.version !== undefined) layout.notice.push(titleIndex + 1);
  } else if (officialEnglishTitle(blocks) !== null) {
    // A bill or a Federal Register document: its name is not its first line (a print code, the department).
    layout.title = officialEnglishTitle(blocks)!;
    layout.printMarks = billPrintMarks(blocks);
    while (layout.printMarks.includes(layout.draftStart)) layout.draftStart++;
    if (layout.printMarks.includes(blocks.length - 1)) layout.draftEnd = blocks.length - 1;
  } else if (titleBelowHeader(blocks) !== null) {
    // An order's or a document number's header (中华人民共和国国务院令 / 第707号) is no title: the name below it is.
    // The header and the title line stay in the draft as the text they are.
    layout.titleIndex = titleBelowHeader(blocks);
  } else {
    const heading = blocks.findIndex((b) => b.heading === 1);
    const first = blocks[0];
    if (heading === 0) layout.titleIndex = 0;
    else if (first && first.heading === null && first.text.length <= 80 && !first.text.includes('\n')) layout.titleIndex = 0;
    layout.draftStart = layout.titleIndex !== null ? layout.titleIndex + 1 : 0;
  }
  if (layout.titleIndex !== null) {
    const lines = [blocks[layout.titleIndex]!.text];
    const next = blocks[layout.titleIndex + 1];
    if (next && continuesTitle(lines[0]!, next)) {
      lines.push(next.text);
      if (layout.draftStart === layout.titleIndex + 1) layout.draftStart++;
    }
    layout.title = closeLetterSpacing(lines.join(''));
  }
  const table = findTable(blocks, layout.draftStart);
  if (table) {
    layout.table = table;
    layout.draftEnd = table.start;
  } else {
    const form = findForm(blocks, layout.draftStart);
    if (form !== -1) layout.draftEnd = form;
  }
  return layout;
}

/**
 * The window a notice gives by its deadline alone: from the notice's date (or
 * the page's date of publication above it) to the deadline, in the notice's
 * year when the deadline names none (the next year, if that falls before the
 * notice). Null when the page gives no date to count from.
 */
function deadlineWindow(blocks: readonly SourceBlock[], index: number, date: string | undefined): { from: string; to: string } | undefined {
  const m = DEADLINE.exec(blocks[index]!.text);
  if (!m) return undefined;
  // A date before the deadline's own (请于2019年3月1日前 is no date of publication).
  const before = [...blocks.slice(0, index).map((b) => b.text), blocks[index]!.text.slice(0, m.index)];
  const from = date ?? before.flatMap((text) => findDates(text))[0];
  if (!from) return undefined;
  const year = Number(m[1] ?? from.slice(0, 4));
  let to = isoDate(String(year), m[2]!, m[3]!);
  if (m[1] === undefined && to < from) to = isoDate(String(year + 1), m[2]!, m[3]!);
  return { from, to };
}

const CONGRESS = /^\d{1,3}(?:st|nd|rd|th) CONGRESS$/iu;
/** H. R. 1000, S. 2245, H. J. RES. 37 on a line of its own at the head of a bill. */
const BILL_NUMBER = /^((?:H\.|S\.)\s?(?:(?:J\.|CON\.)\s?)?(?:R\.|RES\.)?\s?\d{1,5})(?=\s|$)/u;
const SHORT_TITLE = /may be cited as the “([^”]{3,200})”/u;

/**
 * The name of a US bill (its short title, and its number: Maximizing
 * America’s Prosperity Act of 2019 (S. 2245)) or of a Federal Register
 * document (the line before AGENCY:), read from the head of the text; null
 * for anything else.
 */
function officialEnglishTitle(blocks: readonly SourceBlock[]): string | null {
  const head = blocks.slice(0, 15).flatMap((b) => b.text.split('\n')).map((line) => line.trim()).slice(0, 15);
  const agency = head.findIndex((line) => /^AGENCY:/u.test(line));
  if (agency > 0) return head[agency - 1]!;
  if (!head.some((line) => CONGRESS.test(line))) return null;
  const number = head.map((line) => BILL_NUMBER.exec(line)?.[1]).find((n) => n !== undefined);
  if (!number) return null;
  const short = blocks.slice(0, 60).map((b) => SHORT_TITLE.exec(b.text)?.[1]).find((t) => t !== undefined);
  return short ? `${short} (${number})` : number;
}

/** The version line a GPO print of a bill starts with: •HR 1000 IH, HJ 37 RFS (a bill's type, number and stage). */
const VERSION_LINE = /^•?\s?(?:HR|S|HJ|SJ|HC|SC|HRES|SRES) \d{1,5} [A-Z]{2,4}$/u;
/** The distribution code printed under it: I, II, and IB, IIB on a reported or passed bill. */
const PRINT_CODE = /^[IVX]{1,4}[AB]?$/u;
/** The mark under the last line of a GPO print. */
const END_MARK = '○';

/**
 * The blocks of a bill's GPO print that are the printer's, not the bill's: its
 * version line and print code above "116th CONGRESS", and the end mark under
 * its last line. The title is read from the head before they are left out.
 */
function billPrintMarks(blocks: readonly SourceBlock[]): number[] {
  const congress = blocks.findIndex((b, i) => i < 15 && CONGRESS.test(b.text.trim()));
  if (congress === -1) return [];
  const marks: number[] = [];
  for (let i = 0; i < congress; i++) {
    const text = blocks[i]!.text.trim();
    if (!((i === 0 && VERSION_LINE.test(text)) || PRINT_CODE.test(text))) break;
    marks.push(i);
  }
  if (blocks.at(-1)!.text.trim() === END_MARK) marks.push(blocks.length - 1);
  return marks;
}

/** Letter-spaced characters (国 家 粮 食 应 急 预 案) are one word; a space between two names (区委 区人民政府) stays. */
function closeLetterSpacing(text: string): string {
  return text.replace(/(?:[\u3400-\u9fff][ \u3000]){2,}[\u3400-\u9fff](?![\u3400-\u9fff])/gu, (run) => run.replace(/[ \u3000]/gu, ''));
}

/** An order's head, its number on the line below (中华人民共和国国务院令 / 第707号) or on its own line (国家市场监督管理总局令第56号). */
const ORDER = /^[\u3400-\u9fff]{2,30}令$/u;
const ORDER_NUMBER = /^第[\d〇零一二三四五六七八九十百千]+号$/u;
const NUMBERED_ORDER = /^[\u3400-\u9fff]{2,30}令第[\d〇零一二三四五六七八九十百千]+号$/u;
/** A document number on a line of its own: 国办发〔2019〕4号, 国办函〔2005〕57号. */
const DOCUMENT_NUMBER = /^[\u3400-\u9fff]{1,12}[〔［[(（]\d{4}[〕］\])）]第?\d+号$/u;
/** How far below a header its title may be: past an order's text, the premier's name and the date. */
const TITLE_REACH = 12;

/**
 * The title of a document that opens with a header (an order's head and
 * number, or a document number) rather than its title: the first line below
 * the header that names a kind of document (中华人民共和国个人所得税法实施条例
 * under 中华人民共和国国务院令 / 第707号 and the order's text), or that starts
 * a title wrapped over two lines; null for a document with no such header.
 */
function titleBelowHeader(blocks: readonly SourceBlock[]): number | null {
  const line = (i: number) => blocks[i]?.text.replace(/\s/gu, '') ?? '';
  let end = 0;
  for (;;) {
    if (ORDER.test(line(end)) && ORDER_NUMBER.test(line(end + 1))) end += 2;
    else if (NUMBERED_ORDER.test(line(end)) || DOCUMENT_NUMBER.test(line(end))) end += 1;
    else break;
  }
  if (end === 0) return null;
  for (let i = end; i < Math.min(blocks.length, end + TITLE_REACH); i++) {
    const block = blocks[i]!;
    if (block.text.includes('\n') || block.text.length > 80 || /[。，；：:,;]/u.test(block.text)) continue;
    const text = closeLetterSpacing(block.text.trim());
    if (DOCUMENT_KIND.test(text) || (blocks[i + 1] !== undefined && continuesTitle(text, blocks[i + 1]!))) return i;
  }
  return null;
}

/** The end of an official document's title: what kind of document it is, before any (征求意见稿). */
const DOCUMENT_KIND = /(?:意见|通知|函|决定|办法|规定|方案|报告|批复|条例|细则|规则|计划|纲要|规划|公告|通告|指引|指南|决议|命令|议案|草案|实施意见|若干措施|措施)(?:[(（][^()（）]{1,20}[)）])*$/u;

/**
 * Whether `block`, right after a title line, is the rest of that title: the
 * line stops at 关于 or before what it is about (国务院办公厅关于加强, 国务院
 * 关于印发, 转发民政部关于), and the next is one short line that names the kind
 * of document (…工作的意见, 《国务院工作规则》的通知).
 */
function continuesTitle(title: string, block: SourceBlock): boolean {
  if (block.heading !== null || block.text.includes('\n') || block.text.length > 60 || /[。，；：:]/u.test(block.text)) return false;
  return /关于[\u3400-\u9fff]{0,4}$/u.test(title.trim()) && DOCUMENT_KIND.test(block.text.trim());
}

/** A feedback table: a header row of cells between pipes or tabs, or the header cells of a flattened web table. */
function findTable(blocks: readonly SourceBlock[], from: number): { start: number; end: number } | null {
  for (let i = from; i < blocks.length; i++) {
    if (!startsTable(blocks, i)) continue;
    let start = i;
    const before = blocks[i - 1];
    if (before && before.text.length <= 80 && TABLE_TITLE.test(before.text)) start = i - 1;
    const form = findForm(blocks, i);
    return { start, end: form === -1 ? blocks.length : form };
  }
  return null;
}

function startsTable(blocks: readonly SourceBlock[], i: number): boolean {
  const firstLine = blocks[i]!.text.split('\n')[0]!;
  const pipes = splitPipeRow(firstLine);
  if (pipes && pipes.length >= 2 && isHeaderRow(pipes)) return true;
  if (firstLine.includes('\t') && isHeaderRow(firstLine.split('\t'))) return true;
  const cell = (k: number) => blocks[k]?.text.replace(/\s*\|$/u, '').trim() ?? '';
  if (fieldOf(cell(i)) !== 'number') return false;
  const headers = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => cell(i + k)).filter((h) => h.length <= 20).map((h) => fieldOf(h));
  return headers.includes('comment') && headers.filter((f) => f !== undefined).length >= 2;
}

/** The web form for public comments at the foot of the page. */
function findForm(blocks: readonly SourceBlock[], from: number): number {
  for (let i = from; i < blocks.length; i++) {
    if (/^(发表意见|我要留言|发表评论)$/u.test(blocks[i]!.text.trim())) return i;
  }
  return -1;
}
