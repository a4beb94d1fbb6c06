// Splits an incoming document into blocks, keeping each block's line number:
// plain text has one block per non-empty line; Markdown has one per top-level
// node (remark gives the structure and offsets; the text is sliced from the
// source, never re-serialised, because remark-stringify is not lossless).
// An HTML comment alone in its block (`<!-- INFO END -->`) is markup no
// reader sees, not a clause: it is left out, and its line noted.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readMarker } from '../draft/numbering.js';

export interface SourceBlock {
  text: string;
  line: number;
  /** Markdown heading depth, when the source said so. */
  heading: number | null;
}

export function readTextBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line !== '') blocks.push({ text: line, line: i + 1, heading: null });
  });
  return blocks;
}

/** An indented (not fenced) code block or a paragraph most of whose lines start with a number (§ 583.325, (a), (1), 第一条). */
function isOutline(type: string, slice: string): boolean {
  if ((type !== 'code' && type !== 'paragraph') || /^\s*(?:```|~~~)/u.test(slice)) return false;
  const lines = slice.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.length >= 3 && lines.filter((l) => readMarker(l) !== null).length * 2 > lines.length;
}

/** Where a Markdown block is nothing but HTML comments. */
const COMMENTS_ONLY = /^(?:<!--(?:(?!-->)[\s\S])*-->\s*)+$/u;

/** The blocks of a Markdown text; the line of each block that is only a comment goes to `comments`. */
export function readMarkdownBlocks(text: string, comments: number[] = []): SourceBlock[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(text);
  const blocks: SourceBlock[] = [];
  for (const node of tree.children) {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end || start.offset === undefined || end.offset === undefined) continue;
    if (node.type === 'yaml') continue;
    const slice = text.slice(start.offset, end.offset);
    if (node.type === 'html' && COMMENTS_ONLY.test(slice)) {
      comments.push(start.line);
      continue;
    }
    if (node.type === 'heading') {
      const headingText = slice.replace(/^#{1,6}[ \t]*/, '').replace(/[ \t]+#+[ \t]*$/, '').trim();
      // Setext headings ("Title\n===") keep only their text line.
      blocks.push({ text: headingText.split('\n')[0]!.trim(), line: start.line, heading: node.depth });
      continue;
    }
    if (isOutline(node.type, slice)) {
      // A regulation's text indented by its depth (§ 583.325 … / (a) … / (1) …) is an outline, not code
      // nor one paragraph of lazy continuation lines: a block per line.
      for (const block of readTextBlocks(slice)) blocks.push({ ...block, line: start.line + block.line - 1 });
      continue;
    }
    if (node.type === 'code') {
      blocks.push({ text: slice.split('\n').map((l) => l.trimEnd()).join('\n'), line: start.line, heading: null });
      continue;
    }
    // A draft block never holds a blank line: loose lists and the like become several blocks.
    let line = start.line;
    for (const part of slice.split(/\n[ \t]*\n/)) {
      const lines = part.split('\n');
      const trimmed = lines.map((l) => l.trimEnd());
      const firstText = trimmed.findIndex((l) => l.trim() !== '');
      if (firstText !== -1) {
        blocks.push({ text: trimmed.slice(firstText).join('\n').replace(/^[ \t]+/, '').trimEnd(), line: line + firstText, heading: null });
      }
      line += lines.length + 1;
    }
  }
  return blocks;
}
