// The draft file: YAML front matter, then one block per clause, each preceded
// by its ID line "<!-- #c12 -->" (an HTML comment: invisible on GitHub and in
// pandoc). Blocks are separated by blank lines. Parsing keeps line numbers for
// messages; formatting writes the canonical form, which parses back the same.
import type { Document } from 'yaml';
import { yaml } from '../yaml-library.js';
import { clausesOf, type Block, type Clause } from './clause.js';
import { metaOf, plainMeta, type DraftMeta } from './meta.js';
import { numberingGaps } from './numbering-gaps.js';
import { frontMatterSpan, headingOf, idLine, idLineMatch, isIdLine, lineFrom, plainBlock, type LineStart } from './lines.js';
import { mergeConflict } from '../merge-conflict.js';
import { InputError, problem, type Problem } from '../problem.js';
import { placeFindings, textScalars } from '../yaml-places.js';

// Drafts' readers name the meta's types from here, with the draft's.
export type { ContinuousNumbering, DraftMeta } from './meta.js';

export interface Draft {
  name: string;
  file: string;
  meta: DraftMeta;
  /** The front matter as a YAML document, so that comments in it survive fmt. */
  frontMatter: Document;
  blocks: Block[];
  clauses: Clause[];
}

export interface ParsedDraft {
  draft: Draft;
  problems: Problem[];
}

const FENCE = /^(`{3,}|~{3,})/;

export function parseDraft(text: string, file: string, name: string): ParsedDraft {
  const { meta, head, blocks, problems } = readDraftBlocks(text, file);
  const clauses = clausesOf(blocks);
  for (const { clause, after, kind } of numberingGaps(clauses, meta.numbering.continuous)) {
    if (kind === 'repeat') problems.push(problem(`${clause.number} follows ${after}: the number is given twice, and the build keeps numbers as written, so number the clauses in order (a clause added through an entry is numbered by the build)`, { file, line: clause.line, rule: 'numbering-repeat', warning: true }));
    else problems.push(problem(`the numbering skips from ${after} to ${clause.number}; the build keeps numbers as written, so number the clauses in order or restore the one missing`, { file, line: clause.line, rule: 'numbering-gap', warning: true }));
  }
  const draft: Draft = {
    name,
    file,
    meta,
    // Only fmt, round and blame look at the YAML tree: it is made when first asked for.
    get frontMatter() {
      return head.document();
    },
    blocks,
    clauses,
  };
  return { draft, problems };
}

/** What parseDraft finds in a draft, as plain data: all of it but the front matter's YAML tree (for a cache of parsed drafts). */
export interface DraftReading {
  meta: DraftMeta;
  blocks: Block[];
  clauses: Clause[];
}

/** A draft that parseDraft read without any problem, as plain data; undefined for one with problems (they are not plain data). */
export function draftReading(parsed: ParsedDraft): DraftReading | undefined {
  if (parsed.problems.length > 0) return undefined;
  const { meta, blocks, clauses } = parsed.draft;
  return { meta, blocks, clauses };
}

/** The draft that `reading` was taken from, given the same text: what parseDraft gives, the YAML tree made from the text when asked for. */
export function draftFromReading(reading: DraftReading, text: string, file: string, name: string): ParsedDraft {
  let document: Document | undefined;
  const draft: Draft = {
    name,
    file,
    meta: reading.meta,
    get frontMatter() {
      return (document ??= readDraftHead(normalText(text), file).document());
    },
    blocks: reading.blocks,
    clauses: reading.clauses,
  };
  return { draft, problems: [] };
}

/** The draft file read as far as its blocks, with every problem parseDraft finds: what a diff needs before any clause. */
export function parseDraftBlocks(text: string, file: string): Pick<Draft, 'meta' | 'frontMatter' | 'blocks'> & { problems: Problem[] } {
  const { meta, head, blocks, problems } = readDraftBlocks(text, file);
  return {
    meta,
    get frontMatter() {
      return head.document();
    },
    blocks,
    problems,
  };
}

function readDraftBlocks(text: string, file: string): { meta: DraftMeta; head: DraftHead; blocks: Block[]; problems: Problem[] } {
  const normal = normalText(text);
  const conflict = mergeConflict(normal, file);
  if (conflict) throw new InputError(conflict);
  const head = readDraftHead(normal, file);
  const blocks = readBlocks(normal, head.body, file, head.problems);
  checkIds(blocks, file, head.problems);
  return { meta: head.meta, head, blocks, problems: head.problems };
}

/** The text without its byte order mark, with "\n" newlines: what the reader reads. */
function normalText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

interface DraftHead {
  meta: DraftMeta;
  /** The front matter as a YAML document (comments kept, for fmt). */
  document: () => Document;
  body: LineStart;
  problems: Problem[];
}

/**
 * The front matter of a text with "\n" newlines, read and checked as
 * parseDraft reads it (refused with an InputError, or with problems), and the
 * line where the blocks start. A plain front matter, the usual one, is read
 * with js-yaml alone (plainMeta: the yaml library would read it the same, with
 * no problem); its YAML tree is parsed only if asked for.
 */
function readDraftHead(text: string, file: string): DraftHead {
  const span = frontMatterSpan(text);
  if (span === 'missing') throw new InputError(problem('a draft starts with YAML front matter between "---" lines (title, lang, …)', { file, line: 1, rule: 'front-matter' }));
  if (span === 'unclosed') throw new InputError(problem('the front matter is not closed by a "---" line', { file, line: 1, rule: 'front-matter' }));
  const plain = plainMeta(span.source);
  if (plain) {
    let document: Document | undefined;
    return { meta: plain, document: () => (document ??= frontMatterDocument(span.source, file)), body: span.body, problems: [] };
  }
  const { meta, document, problems } = frontMatterByYaml(span.source, file);
  return { meta, document: () => document, body: span.body, problems };
}

/** The front matter read with the yaml library: its tree, its meta, the problems placed in it (throws an InputError for a syntax error). */
export function frontMatterByYaml(source: string, file: string): { meta: DraftMeta; document: Document; problems: Problem[] } {
  const problems: Problem[] = [];
  const document = frontMatterDocument(source, file);
  return { meta: readMeta(source, file, problems), document, problems };
}

/** The front matter's YAML tree, or its syntax errors as an InputError. */
function frontMatterDocument(source: string, file: string): Document {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { uniqueKeys: true, prettyErrors: false, lineCounter });
  const errors = document.errors.map((error) => {
    // Lines of the file: the front matter starts on its second.
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return problem(`front matter: ${error.message.split('\n')[0]}`, { file, line: line + 1, column: col, rule: 'front-matter' });
  });
  if (errors.length > 0) throw new InputError(errors);
  return document;
}

function readMeta(source: string, file: string, problems: Problem[]): DraftMeta {
  const { LineCounter, parseDocument } = yaml();
  // Read again with every scalar as text ("version: 2.0" stays "2.0"); the document kept for fmt is untouched.
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { uniqueKeys: true, prettyErrors: false, lineCounter, customTags: textScalars });
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // The yaml library refuses alias bombs ("excessive alias count") here.
    throw new InputError(problem(`front matter: ${(error as Error).message}`, { file, line: 2, rule: 'front-matter' }));
  }
  const { meta, findings } = metaOf(data);
  problems.push(...placeFindings(document, lineCounter, findings, { file, rule: 'front-matter', firstLine: 2 }));
  return meta;
}

/**
 * A draft as `redline fmt` writes it: an ID line, one line of text, blank
 * lines. Such a clause is read with one match, the lines of anything else one
 * by one (readBlock); both give the same blocks (test/draft-reading.test.ts).
 */
const PLAIN_CLAUSE = /<!-- #([A-Za-z][A-Za-z0-9_-]{0,31}) -->\n([^\s`~][^\n]*)(\n*)/y;

function readBlocks(text: string, start: LineStart, file: string, problems: Problem[]): Block[] {
  const blocks: Block[] = [];
  const state: ReadState = { at: start, pendingId: null };
  while (state.at.pos <= text.length) {
    if (state.pendingId === null && readPlainClause(text, state, blocks)) continue;
    readBlock(text, state, blocks, file, problems);
  }
  const { pendingId } = state;
  if (pendingId) problems.push(problem(`ID ${pendingId.id} is not followed by a clause`, { file, line: pendingId.line, rule: 'orphan-id', warning: true }));
  return blocks;
}

interface ReadState {
  at: LineStart;
  pendingId: { id: string; line: number } | null;
}

/** An ID line, a heading or a one-line paragraph, then only empty lines: read at once, as readBlock would. */
function readPlainClause(text: string, state: ReadState, blocks: Block[]): boolean {
  PLAIN_CLAUSE.lastIndex = state.at.pos;
  const m = PLAIN_CLAUSE.exec(text);
  if (!m) return false;
  const [, id, body, newlines] = m as unknown as [string, string, string, string];
  const end = PLAIN_CLAUSE.lastIndex;
  // One newline, then more text: a paragraph of several lines. A second ID line: the first has no clause.
  // (A line meant as an ID line that is none, <!-- #c5 --> x, is readBlock's to refuse.)
  if ((newlines.length === 1 && end < text.length) || (body.startsWith('<') && (isIdLine(body) || /^<!--\s*#/u.test(body)))) return false;
  blocks.push({ id, ...plainBlock(body), line: state.at.line + 2, idLine: state.at.line + 1 });
  state.at = end < text.length ? { pos: end, line: state.at.line + 1 + newlines.length } : { pos: text.length + 1, line: state.at.line + 1 + newlines.length };
  return true;
}

/** One step of reading, from the start of a line: an empty line, an ID line, or a block with all its lines. */
function readBlock(text: string, state: ReadState, blocks: Block[], file: string, problems: Problem[]): void {
  const { line, next } = lineFrom(text, state.at.pos);
  const trimmed = line.trim();
  if (trimmed === '') {
    state.at = { pos: next, line: state.at.line + 1 };
    return;
  }
  const idMatch = idLineMatch(trimmed);
  // <!-- #c5x y -->: meant as an ID line, read as none, it would stand in the published text.
  if (!idMatch && trimmed.startsWith('<!--') && /^<!--\s*#/u.test(trimmed)) {
    problems.push(problem(`"${trimmed}" is not an ID line: an ID is a letter, then letters, digits, "_" or "-" (32 at most), as in <!-- #c12 -->`, { file, line: state.at.line + 1, rule: 'id-line' }));
    state.at = { pos: next, line: state.at.line + 1 };
    return;
  }
  if (idMatch) {
    const { pendingId } = state;
    if (pendingId) problems.push(problem(`ID ${pendingId.id} is not followed by a clause`, { file, line: pendingId.line, rule: 'orphan-id', warning: true }));
    state.pendingId = { id: idMatch[1]!, line: state.at.line + 1 };
    state.at = { pos: next, line: state.at.line + 1 };
    return;
  }
  const heading = headingOf(line);
  const first = state.at.line;
  let source: string;
  if (heading) {
    source = heading[2]!;
    state.at = { pos: next, line: state.at.line + 1 };
  } else {
    const body: string[] = [];
    let fence: string | null = null;
    while (state.at.pos <= text.length) {
      const current = lineFrom(text, state.at.pos);
      const currentTrimmed = current.line.trim();
      if (fence === null && (currentTrimmed === '' || idLineMatch(currentTrimmed))) break;
      const opener = currentTrimmed.startsWith('`') || currentTrimmed.startsWith('~') ? FENCE.exec(currentTrimmed) : null;
      if (opener) fence = fence === null ? opener[1]! : currentTrimmed.startsWith(fence) ? null : fence;
      body.push(current.line.trimEnd());
      state.at = { pos: current.next, line: state.at.line + 1 };
    }
    // A fence left open runs to the end of the file: the blank lines after its text are not its text.
    while (fence !== null && body.length > 1 && body.at(-1) === '') body.pop();
    source = body.length === 1 ? body[0]! : body.join('\n');
  }
  const block: Block = { id: state.pendingId?.id ?? null, heading: heading ? heading[1]!.length : null, source, line: first + 1 };
  if (state.pendingId) block.idLine = state.pendingId.line;
  blocks.push(block);
  state.pendingId = null;
}

function checkIds(blocks: Block[], file: string, problems: Problem[]): void {
  const seen = new Map<string, number>();
  for (const block of blocks) {
    if (block.id === null) {
      problems.push(problem('clause has no ID yet', { file, line: block.line, rule: 'missing-id', warning: true }));
      continue;
    }
    const earlier = seen.get(block.id);
    const line = block.idLine ?? block.line;
    if (earlier !== undefined) {
      // Most often two branches each gave a new clause the next ID, and git merged both.
      const hint = 'delete the ID line of the clause that entries do not mean, and `redline fmt` gives it a new ID';
      problems.push(problem(`duplicate clause ID ${block.id} (also on line ${earlier}): ${hint}`, { file, line, rule: 'duplicate-id' }));
    } else {
      seen.set(block.id, line);
    }
  }
}

/**
 * Gives every block without an ID the next free one ("c" + number), past the
 * draft's IDs and `retired` ones (of removed clauses that entries or closed
 * rounds still name: a new clause taking one would receive their edits).
 * Returns the new blocks.
 */
export function assignIds(blocks: readonly Block[], retired: Iterable<string> = []): Block[] {
  let next = nextIdNumber(blocks.map((b) => b.id));
  next = Math.max(next, nextIdNumber(retired));
  return blocks.map((block) => (block.id ? block : { ...block, id: `c${next++}` }));
}

/** The number after the highest "cN" among `ids` (1 when there is none). */
export function nextIdNumber(ids: Iterable<string | null>): number {
  let next = 1;
  for (const id of ids) {
    const m = id ? /^c(\d+)$/u.exec(id) : null;
    if (m) next = Math.max(next, Number(m[1]) + 1);
  }
  return next;
}

/** The canonical text of a draft file (new clauses get IDs past `retired`). Formatting its parse again gives the same text. */
export function formatDraft(frontMatter: Document, blocks: readonly Block[], retired: Iterable<string> = []): string {
  // An empty front matter (comments at most) stays empty: the yaml library would write "null".
  const written = frontMatter.toString({ lineWidth: 0 });
  const yaml = (frontMatter.contents === null ? written.replace(/(?:^|\n\n?)null\n$/u, '') : written).trimEnd();
  const parts = [yaml === '' ? '---\n---\n' : `---\n${yaml}\n---\n`];
  for (const block of assignIds(blocks, retired)) {
    const body = block.heading !== null ? headingLine(block.heading, block.source) : block.source;
    parts.push(`${idLine(block.id!)}\n${body}\n`);
  }
  return parts.join('\n');
}

/**
 * "## text": where the text is empty or ends in "#", which the heading's closing
 * sequence would swallow when read back ("# #" is an empty heading, "# a#" is
 * "a"), a closing "#" of its own keeps it.
 */
function headingLine(depth: number, text: string): string {
  const marks = '#'.repeat(depth);
  return text === '' || text.endsWith('#') ? `${marks} ${text}${text === '' ? '' : ' '}#` : `${marks} ${text}`;
}

/** Builds the front matter document for a new draft, keys in a fixed order, under the comment given. */
export function frontMatterFor(meta: DraftMeta, comment?: string): Document {
  const { isMap, parseDocument } = yaml();
  const document = parseDocument('{}');
  const data: Record<string, unknown> = { title: meta.title };
  if (meta.version) data['version'] = meta.version;
  if (meta.date) data['date'] = meta.date;
  data['lang'] = meta.lang;
  if (meta.consultation) data['consultation'] = meta.consultation;
  data['numbering'] = { continuous: meta.numbering.continuous };
  if (meta.source) data['source'] = meta.source;
  document.contents = document.createNode(data) as typeof document.contents;
  if (comment && isMap(document.contents)) document.contents.commentBefore = comment;
  return document;
}
