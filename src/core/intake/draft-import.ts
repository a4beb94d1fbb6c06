// Turns an incoming document (plain text or Markdown, already decoded) into a
// draft file: finds the draft on the page, its blocks and their hierarchy,
// makes section lines headings, detects the numbering scheme, assigns IDs.
import { clausesOf, type Block, type Clause } from '../draft/clause.js';
import { layoutPage, type PageLayout } from './consultation-page.js';
import { assignIds, formatDraft, frontMatterFor, type DraftMeta } from '../draft/format.js';
import { detectContinuous } from '../draft/scheme.js';
import { readMarkdownBlocks, readTextBlocks, type SourceBlock } from './source-blocks.js';
import type { FeedbackTable } from './table-rows.js';
import { countHan, isInvisible } from '../text/strings.js';
import { readMarkdownTables, readTextTables } from './text-tables.js';
import { addToGroup } from '../text/groups.js';

export interface ImportOptions {
  /** Markdown keeps the source's headings; text has one block per line. */
  format: 'markdown' | 'text';
  source?: string;
  /** The comment above the front matter (the shell's words on how to work with the file). */
  comment?: string;
}

export interface ImportedDraft {
  text: string;
  meta: DraftMeta;
  clauses: Clause[];
  layout: PageLayout;
  /** The feedback tables found after the draft. */
  tables: FeedbackTable[];
  /** Lines of the source's HTML comments, left out of the draft (Markdown only). */
  comments: number[];
  /** Lines of the page before the draft, left out: the consultation notice above its title, a version line under it. */
  notice: number[];
  /** Lines of a table of contents with no 目录 line (chapter headings listed before the first chapter starts), left out. */
  contents: number[];
  /** Lines kept as clauses that look like the page around the draft, not its text (see strayPageText). */
  stray: StrayText;
  /** Lines of a bill's print marks (•HR 1000 IH, I, ○), left out of the draft. */
  printMarks: number[];
}

export function importDraft(source: string, options: ImportOptions): ImportedDraft {
  const input = blankInvisibleLines(source);
  const comments: number[] = [];
  const sourceBlocks = options.format === 'markdown' ? readMarkdownBlocks(input, comments) : readTextBlocks(input);
  const layout = layoutPage(sourceBlocks);
  const contents: number[] = [];
  const draftBlocks = dropUntitledContents(mergeTableOfContents(joinBrokenBrackets(sourceBlocks.slice(layout.draftStart, layout.draftEnd))), contents);
  let blocks: Block[] = draftBlocks.map((b) => ({
    id: null,
    heading: b.heading,
    source: b.text,
    line: b.line,
  }));
  blocks = assignIds(blocks);
  if (options.format === 'text') blocks = promoteHeadings(blocks);
  const clauses = clausesOf(blocks);
  const { title } = layout;
  const meta: DraftMeta = {
    title,
    lang: languageOf(blocks),
    numbering: { continuous: detectContinuous(clauses) },
  };
  const version = layout.version ?? versionOf(title);
  if (version) meta.version = version;
  if (layout.date) meta.date = layout.date;
  if (layout.window) meta.consultation = layout.window;
  if (options.source) meta.source = options.source;
  const text = formatDraft(frontMatterFor(meta, options.comment), blocks);
  const printMarks = layout.printMarks.map((i) => sourceBlocks[i]!.line);
  const notice = layout.notice.map((i) => sourceBlocks[i]!.line);
  const stray = strayPageText(blocks, clauses, title);
  return { text, meta, clauses, layout, tables: tablesAfterDraft(input, options, sourceBlocks, layout), comments, printMarks, notice, contents, stray };
}

/**
 * A line holding only characters that show nothing (a zero-width space, a
 * BOM, a word joiner) is a blank line: a page's spacer, not a clause (an
 * invisible 款 that comments would count, and could delete). Blanked, not
 * removed, so that every line keeps its number.
 */
function blankInvisibleLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line !== '' && isInvisible(line) ? '' : line))
    .join('\n');
}

export interface StrayText {
  /** Before the draft's first numbered clause. */
  before: number[];
  /** After its last article (or, with no articles, its last numbered clause). */
  after: number[];
  /** The title is a page's breadcrumb (您当前的位置: 首页 > …). */
  title: boolean;
  /** The breadcrumb's line, where it is the title. */
  titleLine?: number;
}

const BREADCRUMB = /^(?:您|你)?(?:当前|现在)的?(?:所在)?位置\s*[:：]|首页\s*[>＞»]/u;
/** What a page says around a draft: where it is, when it was posted, whom to write to, and the call for comments. */
const PAGE_TEXT = [
  BREADCRUMB,
  /^(?:发布时间|发布日期|发布机构|信息来源|字体大小|浏览次数|点击数)\s*[:：]/u,
  /^(?:联系人|联系电话|联系方式|咨询电话|电\s*话|传\s*真|邮寄地址|通讯地址|通信地址|联系地址|地\s*址|邮\s*编|邮政编码|电子邮箱|电子邮件|邮\s*箱|E-?mail)\s*[:：]/iu,
  /(?:征求|征集)[^。]{0,20}意见[^。]*(?:请于|截止|截至|寄至|发送至|反馈至)|意见建议请/u,
];

/**
 * The lines kept as clauses that look like the page around the draft (a
 * breadcrumb, a notice's call for comments, contact details), before the
 * draft's first numbered clause or after its last article: a notice the page
 * reader did not recognise, which would otherwise be published as the draft's
 * text. A warning to read, not a certainty.
 */
function strayPageText(blocks: readonly Block[], clauses: readonly Clause[], title: string): StrayText {
  const isPage = (block: Block) => block.heading === null && PAGE_TEXT.some((pattern) => pattern.test(block.source.trim()));
  const numbered = clauses.flatMap((c, i) => (c.marker !== null && c.marker.value !== null ? [i] : []));
  const articles = numbered.filter((i) => clauses[i]!.marker!.style === '第一条');
  const first = numbered[0] ?? -1;
  const last = articles.at(-1) ?? numbered.at(-1) ?? -1;
  const lines = (from: number, to: number) => blocks.slice(from, to).filter(isPage).map((b) => b.line);
  const stray: StrayText = { before: first === -1 ? [] : lines(0, first), after: last === -1 ? [] : lines(last + 1, blocks.length), title: BREADCRUMB.test(title) };
  if (stray.title) stray.titleLine = blocks.find((b) => BREADCRUMB.test(b.source.trim()))?.line ?? 1;
  return stray;
}

function tablesAfterDraft(input: string, options: ImportOptions, blocks: readonly SourceBlock[], layout: PageLayout): FeedbackTable[] {
  if (!layout.table) return [];
  const from = blocks[layout.table.start]!.line;
  const tables = options.format === 'markdown' ? readMarkdownTables(input, options.source ?? '') : readTextTables(input, options.source ?? '');
  return tables.filter((t) => t.headerLine >= from);
}

/** "…实施意见(修订版)(征求意见稿)" → "征求意见稿". */
function versionOf(title: string): string | undefined {
  const parts = [...title.matchAll(/[(（]([^()（）]+)[)）]/gu)].map((m) => m[1]!);
  const version = parts.reverse().find((p) => /稿|草案|draft/iu.test(p));
  if (version) return version;
  return /draft/iu.test(title) ? 'Draft' : undefined;
}

function languageOf(blocks: readonly Block[]): 'zh' | 'en' {
  let cjk = 0;
  let latin = 0;
  for (const block of blocks) {
    cjk += countHan(block.source);
    latin += block.source.match(/[A-Za-z]/g)?.length ?? 0;
  }
  return cjk * 3 >= latin ? 'zh' : 'en';
}

/**
 * A table of contents ("目录" and the headings it lists; a bill's "The table
 * of contents of this Act is as follows:" and its "Sec. 1. …" lines) is one
 * block, so that its entries are not taken for the clauses they repeat. Its
 * lines end in hard breaks: a plain newline is a space to pandoc and GitHub,
 * which would run the entries into one paragraph.
 */
/** Longest piece of a bracketed note that may be printed over two lines. */
const NOTE_PIECE = 60;

/**
 * A bracketed note printed over two lines, as a document's date of adoption
 * is (（二○○四年六月十六日国务院 / 第54次常务会议修订通过）): one block, not two
 * clauses. Only short pieces, the first opening a bracket the second closes.
 */
function joinBrokenBrackets(blocks: SourceBlock[]): SourceBlock[] {
  const depth = (text: string) => (text.match(/[（(]/gu)?.length ?? 0) - (text.match(/[）)]/gu)?.length ?? 0);
  const out: SourceBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const [block, next] = [blocks[i]!, blocks[i + 1]];
    const [a, b] = [block.text.trim(), next?.text.trim() ?? ''];
    const joins = next !== undefined && block.heading === null && next.heading === null && a.length <= NOTE_PIECE && b.length <= NOTE_PIECE && /^[（(]/u.test(a) && depth(a) === 1 && /[）)]$/u.test(b) && depth(b) === -1;
    if (!joins) {
      out.push(block);
      continue;
    }
    out.push({ ...block, text: `${a}${b}` });
    i++;
  }
  return out;
}

function mergeTableOfContents(blocks: SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const end = ENGLISH_CONTENTS.test(block.text.trim()) ? englishContentsEnd(blocks, i) : block.text.replace(/\s/g, '') === '目录' ? contentsEnd(blocks, i) : null;
    if (end === null) {
      out.push(block);
      continue;
    }
    out.push({ ...block, text: blocks.slice(i, end).map((b) => b.text).join(HARD_BREAK) });
    i = end - 1;
  }
  return out;
}

/** A heading line of a statute's part, chapter or section, as a table of contents lists it: 第一编 总则, 第二章 社会信用信息归集, 第三节. */
const PART_LINE = /^第[一二三四五六七八九十百零〇\d]+(?:分编|编|章|节)/u;

/**
 * A table of contents printed with no 目录 line: a run of part and chapter
 * headings with no text between them (第一章 总则, 第二章 …, 第八章 附则),
 * followed by the same headings with the articles (第一章 总则 again). It is
 * left out, its lines noted in `dropped`: kept, its first line would make it
 * a chapter, and 第一章 would be there twice.
 */
function dropUntitledContents(blocks: SourceBlock[], dropped: number[]): SourceBlock[] {
  const key = (b: SourceBlock | undefined) => b?.text.replace(/\s/gu, '') ?? '';
  const isPart = (b: SourceBlock) => !b.text.includes('\n') && b.text.length <= 40 && !/[。；;，,：:]/u.test(b.text) && PART_LINE.test(b.text.trim());
  for (let i = 0; i < blocks.length; i++) {
    if (!isPart(blocks[i]!) || !/^第[一1](?:分编|编|章)/u.test(blocks[i]!.text.trim())) continue;
    let end = i + 1;
    while (end < blocks.length && isPart(blocks[end]!) && key(blocks[end]) !== key(blocks[i])) end++;
    if (end - i < 2 || key(blocks[end]) !== key(blocks[i])) continue;
    for (const block of blocks.slice(i, end)) dropped.push(block.line);
    return [...blocks.slice(0, i), ...blocks.slice(end)];
  }
  return blocks;
}

/** A Markdown hard line break: a backslash at the end of the line. */
const HARD_BREAK = '\\\n';

/** Where the entries after "目录" end: at the heading that repeats the first entry (null: not a table of contents). */
function contentsEnd(blocks: readonly SourceBlock[], i: number): number | null {
  const first = blocks[i + 1]?.text.replace(/\s/g, '');
  let end = i + 1;
  while (end < blocks.length && blocks[end]!.text.length <= 40 && (end === i + 1 || blocks[end]!.text.replace(/\s/g, '') !== first)) end++;
  return first === undefined || end >= blocks.length || end - i < 3 ? null : end;
}

const ENGLISH_CONTENTS = /(?:^(?:TABLE OF CONTENTS|Table of Contents)\.?$|table of contents(?: of this (?:Act|title))? is as follows:$)/u;
const CONTENTS_SECTION = /^(Sec\.|SEC\.|Section|SECTION)\s+(\d+)[A-Za-z]?\.\s/u;
const CONTENTS_PART = /^(?:TITLE|Title|SUBTITLE|Subtitle|PART|Part|CHAPTER|Chapter|DIVISION|Division)\s+[IVXLC\dA-Z]+\s*[—–-]/u;

/** Where a bill's table of contents ends: at the first line that is not an entry in the entries' own style, or that numbers back (the body's "SEC. 2."). */
function englishContentsEnd(blocks: readonly SourceBlock[], i: number): number | null {
  let word: string | undefined;
  let last = 0;
  let end = i + 1;
  for (; end < blocks.length; end++) {
    const text = blocks[end]!.text.trim();
    if (text.length > 160 || text.includes('\n')) break;
    const section = CONTENTS_SECTION.exec(text);
    if (section) {
      if ((word ??= section[1]) !== section[1] || Number(section[2]) <= last) break;
      last = Number(section[2]);
    } else if (!CONTENTS_PART.test(text)) break;
  }
  return last > 0 && end - i >= 3 ? end : null;
}

const SENTENCE_END = /[。；;，,：:！？!?]$/u;

/**
 * In plain text, section lines ("一、总体要求", "第一章 总则", "1 总则") become
 * Markdown headings: the whole style at that level must be short title lines
 * under headings, and some of them must have children. Deciding per style
 * keeps the tree the same when the draft file is read back.
 */
function promoteHeadings(blocks: Block[]): Block[] {
  const clauses = clausesOf(blocks);
  const children = new Set(clauses.map((c) => c.parent));
  const groups = new Map<string, Clause[]>();
  for (const clause of clauses) {
    if (!clause.marker || clause.marker.style === '——') continue;
    const key = `${clause.marker.style}\u0000${clause.level}`;
    addToGroup(groups, key, clause);
  }
  const promoted = new Set<string>();
  const english = languageOf(blocks) === 'en';
  const maxLevel = Math.max(0, ...clauses.map((c) => c.level));
  for (let level = 1; level <= Math.min(maxLevel, 5); level++) {
    for (const group of groups.values()) {
      if (group[0]!.level !== level) continue;
      const titleLike = group.every(
        (c) =>
          (c.parent === null || promoted.has(c.parent)) &&
          !c.text.includes('\n') &&
          c.text.trim().length > 0 &&
          c.text.length <= (english ? 100 : 30) &&
          !SENTENCE_END.test(c.text) &&
          (!english || c.text === c.text.toUpperCase()),
      );
      if (titleLike && group.some((c) => children.has(c.id))) group.forEach((c) => promoted.add(c.id));
    }
  }
  // Every clause at a promoted level must be a heading, or the tree changes on re-reading.
  return blocks.map((block, i) => (promoted.has(clauses[i]!.id) ? { ...block, heading: clauses[i]!.level + 1 } : block));
}
