// The draft file: YAML front matter, then one block per clause, each preceded
// by its ID line "<!-- #c12 -->" (an HTML comment: invisible on GitHub and in
// pandoc). Blocks are separated by blank lines. Parsing keeps line numbers for
// messages; formatting writes the canonical form, which parses back the same.
import * as v from 'valibot';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { clausesOf, type Block, type Clause } from './clause.js';
import { InputError, problem, type Problem } from '../problem.js';
import { checkData, isRecord, placeFindings, textScalars } from '../yaml-schema.js';

export interface ContinuousNumbering {
  style: string;
  level: number;
}

export interface DraftMeta {
  title: string;
  version?: string;
  date?: string;
  lang: 'zh' | 'en';
  consultation?: { from: string; to: string };
  numbering: { continuous: ContinuousNumbering[] };
  source?: string;
}

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

const ID_LINE = /^<!--\s*#([A-Za-z][A-Za-z0-9_-]{0,31})\s*-->\s*$/;
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})/;

export function idLine(id: string): string {
  return `<!-- #${id} -->`;
}

export function parseDraft(text: string, file: string, name: string): ParsedDraft {
  const problems: Problem[] = [];
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const { document, source, bodyStart } = readFrontMatter(lines, file);
  const meta = readMeta(source, file, problems);
  const blocks = readBlocks(lines, bodyStart, file, problems);
  const clauses = clausesOf(blocks);
  checkIds(blocks, file, problems);
  return { draft: { name, file, meta, frontMatter: document, blocks, clauses }, problems };
}

function readFrontMatter(lines: string[], file: string): { document: Document; source: string; bodyStart: number } {
  if (lines[0]?.trim() !== '---') {
    throw new InputError(problem('a draft starts with YAML front matter between "---" lines (title, lang, …)', { file, line: 1, rule: 'front-matter' }));
  }
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end === -1) throw new InputError(problem('the front matter is not closed by a "---" line', { file, line: 1, rule: 'front-matter' }));
  const source = lines.slice(1, end).join('\n');
  const document = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  const errors = document.errors.map((error) =>
    problem(`front matter: ${error.message.split('\n')[0]}`, {
      file,
      line: (error.linePos?.[0]?.line ?? 0) + 1,
      column: error.linePos?.[0]?.col ?? 1,
      rule: 'front-matter',
    }),
  );
  if (errors.length > 0) throw new InputError(errors);
  return { document, source, bodyStart: end + 1 };
}

const metaText = (key: string) => v.optional(v.nullable(v.string(`front matter: "${key}" should be text`)));

/** Keys redline reads from the front matter; any other key is the author's (pandoc's, say) and passes. */
const MetaSchema = v.nullable(
  v.pipe(
    v.custom<Record<string, unknown>>(isRecord, 'the front matter must be a mapping of keys to values'),
    v.looseObject({
      title: metaText('title'),
      version: metaText('version'),
      date: metaText('date'),
      lang: metaText('lang'),
      source: metaText('source'),
      // The consultation window and the numbering are redline's own notes: one it cannot read is left aside.
      consultation: v.fallback(v.optional(v.looseObject({ from: v.string(), to: v.string() })), undefined),
      numbering: v.fallback(
        v.optional(v.looseObject({ continuous: v.optional(v.array(v.fallback(v.nullable(v.looseObject({ style: v.string(), level: v.pipe(v.string(), v.transform(Number), v.integer()) })), null))) })),
        undefined,
      ),
    }),
  ),
);

function readMeta(source: string, file: string, problems: Problem[]): DraftMeta {
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
  const { output, findings } = checkData(MetaSchema, data);
  problems.push(...placeFindings(document, lineCounter, findings, { file, rule: 'front-matter', firstLine: 2 }));
  const read = output ?? {};
  const meta: DraftMeta = {
    title: read.title ?? '',
    lang: read.lang?.startsWith('en') ? 'en' : 'zh',
    numbering: { continuous: (read.numbering?.continuous ?? []).flatMap((c) => (c ? [{ style: c.style, level: c.level }] : [])) },
  };
  if (read.version) meta.version = read.version;
  if (read.date) meta.date = read.date;
  if (read.source) meta.source = read.source;
  if (read.consultation?.from && read.consultation.to) meta.consultation = { from: read.consultation.from, to: read.consultation.to };
  return meta;
}

function readBlocks(lines: string[], start: number, file: string, problems: Problem[]): Block[] {
  const blocks: Block[] = [];
  let pendingId: { id: string; line: number } | null = null;
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      i++;
      continue;
    }
    const idMatch = idLineMatch(trimmed);
    if (idMatch) {
      if (pendingId) problems.push(problem(`ID ${pendingId.id} is not followed by a clause`, { file, line: pendingId.line, rule: 'orphan-id', warning: true }));
      pendingId = { id: idMatch[1]!, line: i + 1 };
      i++;
      continue;
    }
    const heading = line.startsWith('#') ? HEADING.exec(line) : null;
    const first = i;
    let source: string;
    if (heading) {
      source = heading[2]!;
      i++;
    } else {
      const body: string[] = [];
      let fence: string | null = null;
      while (i < lines.length) {
        const current = lines[i]!;
        const currentTrimmed = current.trim();
        if (fence === null && (currentTrimmed === '' || idLineMatch(currentTrimmed))) break;
        const opener = currentTrimmed.startsWith('`') || currentTrimmed.startsWith('~') ? FENCE.exec(currentTrimmed) : null;
        if (opener) fence = fence === null ? opener[1]! : currentTrimmed.startsWith(fence) ? null : fence;
        body.push(current.trimEnd());
        i++;
      }
      // A fence left open runs to the end of the file: the blank lines after its text are not its text.
      while (fence !== null && body.length > 1 && body.at(-1) === '') body.pop();
      source = body.length === 1 ? body[0]! : body.join('\n');
    }
    blocks.push({ id: pendingId?.id ?? null, heading: heading ? heading[1]!.length : null, source, line: first + 1 });
    pendingId = null;
  }
  if (pendingId) problems.push(problem(`ID ${pendingId.id} is not followed by a clause`, { file, line: pendingId.line, rule: 'orphan-id', warning: true }));
  return blocks;
}

/** The ID line's match, tried only where a trimmed line opens an HTML comment. */
function idLineMatch(trimmed: string): RegExpExecArray | null {
  return trimmed.startsWith('<!--') ? ID_LINE.exec(trimmed) : null;
}

function checkIds(blocks: Block[], file: string, problems: Problem[]): void {
  const seen = new Map<string, number>();
  for (const block of blocks) {
    if (block.id === null) {
      problems.push(problem('clause has no ID yet', { file, line: block.line, rule: 'missing-id', warning: true }));
      continue;
    }
    const earlier = seen.get(block.id);
    if (earlier !== undefined) {
      problems.push(problem(`duplicate clause ID ${block.id} (first used on line ${earlier})`, { file, line: block.line, rule: 'duplicate-id' }));
    } else {
      seen.set(block.id, block.line);
    }
  }
}

/** Gives every block without an ID the next free one ("c" + number). Returns the new blocks. */
export function assignIds(blocks: readonly Block[]): Block[] {
  let next = 1;
  for (const block of blocks) {
    const m = block.id ? /^c(\d+)$/.exec(block.id) : null;
    if (m) next = Math.max(next, Number(m[1]) + 1);
  }
  return blocks.map((block) => (block.id ? block : { ...block, id: `c${next++}` }));
}

/** The canonical text of a draft file. Formatting its parse again gives the same text. */
export function formatDraft(frontMatter: Document, blocks: readonly Block[]): string {
  const yaml = frontMatter.toString({ lineWidth: 0 }).trimEnd();
  const parts = [`---\n${yaml}\n---\n`];
  for (const block of assignIds(blocks)) {
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
