// PDFs of the build outputs: pandoc with xelatex and a CJK font, on Debian's
// packages. What is missing is found before anything is written, and named by
// the package that brings it. Three things pandoc does not do by itself:
// - pandoc 2.17 turns `lang: zh-CN` into babel's \babelprovide{} with no
//   language ("There is no ini file for the requested language"); babel's
//   own name for it, chinese-hans, is given instead;
// - a pipe table with long lines gets equal columns, and a long clause in a
//   narrow column makes a row taller than the page; a Lua filter sizes the
//   columns by their text;
// - the marks written as HTML (<strong>, <del>: where CommonMark's rules let
//   no ** or ~~ open or close, as before 、) are raw HTML, which a PDF
//   drops; the same filter turns them into pandoc's bold and strikeout.
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { yaml } from '../core/yaml-library.js';
import { basename, dirname, join } from 'node:path';
import type { Io } from './io.js';
import { safeText } from './terminal-text.js';

export const CJK_FONT = 'Noto Serif CJK SC';

interface Requirement {
  what: string;
  debian: string;
  present: (env: NodeJS.ProcessEnv) => boolean;
}

const runs = (command: string, args: string[]) => (env: NodeJS.ProcessEnv) => {
  try {
    return execFileSync(command, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 }).trim() !== '';
  } catch {
    return false;
  }
};
const texFile = (file: string) => runs('kpsewhich', [file]);

const REQUIREMENTS: Requirement[] = [
  { what: 'pandoc', debian: 'pandoc', present: runs('pandoc', ['--version']) },
  { what: 'xelatex', debian: 'texlive-xetex', present: runs('xelatex', ['--version']) },
  { what: 'xeCJK.sty', debian: 'texlive-lang-chinese', present: texFile('xeCJK.sty') },
  { what: 'lmodern.sty', debian: 'lmodern', present: texFile('lmodern.sty') },
  { what: 'ulem.sty (struck-through text)', debian: 'texlive-plain-generic', present: texFile('ulem.sty') },
  { what: 'pzdr.tfm (hyperref under xelatex)', debian: 'texlive-fonts-recommended', present: texFile('pzdr.tfm') },
  { what: `the font ${CJK_FONT}`, debian: 'fonts-noto-cjk', present: runs('fc-list', [`:family=${CJK_FONT}`, 'family']) },
];

/** A document written beside each Markdown output: a PDF (pandoc and xelatex), or a Word file (pandoc alone). */
export type DocumentKind = 'pdf' | 'docx';

/** What --pdf (or --docx, which needs pandoc only) needs and does not find: [what, Debian package]. */
export function missingForPdf(env: NodeJS.ProcessEnv, kind: DocumentKind = 'pdf'): Array<{ what: string; debian: string }> {
  const missing = (kind === 'pdf' ? REQUIREMENTS : REQUIREMENTS.slice(0, 1)).filter((r) => !r.present(env));
  return missing.map(({ what, debian }) => ({ what, debian }));
}

export function missingMessage(missing: ReadonlyArray<{ what: string; debian: string }>, kind: DocumentKind = 'pdf'): string {
  const packages = [...new Set(missing.map((m) => m.debian))];
  return (
    `${kind === 'pdf' ? '--pdf needs pandoc, xelatex and a CJK font' : '--docx needs pandoc'}; missing: ${missing.map((m) => `${m.what} (${m.debian})`).join(', ')}.\n` +
    `On Debian or Ubuntu: sudo apt-get install ${packages.join(' ')}`
  );
}

export const PDF_FILTER = `-- Table columns as wide as their text needs, and the marks written as HTML made bold and struck (see src/cli/pdf.ts).
local LINE = 45

local MARKS = { ['<strong>'] = { close = '</strong>', make = pandoc.Strong }, ['<del>'] = { close = '</del>', make = pandoc.Strikeout } }

local function html(el, text)
  return el.t == 'RawInline' and el.format == 'html' and (text == nil or el.text == text)
end

function Inlines(inlines)
  local out = pandoc.List()
  local i = 1
  while i <= #inlines do
    local el = inlines[i]
    local mark = html(el) and MARKS[el.text]
    local close
    if mark then
      for j = i + 1, #inlines do
        if html(inlines[j], mark.close) then close = j break end
      end
    end
    if close then
      local inside = pandoc.List()
      for k = i + 1, close - 1 do inside:insert(inlines[k]) end
      out:insert(mark.make(inside))
      i = close + 1
    else
      out:insert(el)
      i = i + 1
    end
  end
  return out
end

local function width(text)
  local w = 0
  for _, c in utf8.codes(text) do w = w + (c < 0x80 and 0.5 or 1) end
  return w
end

function Table(tbl)
  local n = #tbl.colspecs
  local header, longest, sum, count = {}, {}, {}, {}
  for i = 1, n do header[i], longest[i], sum[i], count[i] = 0, 0, 0, 0 end
  for _, row in ipairs(tbl.head.rows) do
    for i, cell in ipairs(row.cells) do header[i] = math.max(header[i], width(pandoc.utils.stringify(cell.contents))) end
  end
  for _, body in ipairs(tbl.bodies) do
    for _, row in ipairs(body.body) do
      for i, cell in ipairs(row.cells) do
        local w = width(pandoc.utils.stringify(cell.contents))
        longest[i] = math.max(longest[i], w)
        sum[i] = sum[i] + w
        count[i] = count[i] + 1
      end
    end
  end
  local least, extra, total_least, total_extra = {}, {}, 0, 0
  for i = 1, n do
    local short = longest[i] <= 8 and longest[i] or 0
    least[i] = (math.max(header[i], short) + 1) / LINE
    local mean = count[i] > 0 and sum[i] / count[i] or 0
    extra[i] = math.max(0, mean - least[i] * LINE)
    total_least = total_least + least[i]
    total_extra = total_extra + extra[i]
  end
  local spare = math.max(0, 1 - total_least)
  for i = 1, n do
    local share = total_extra > 0 and spare * extra[i] / total_extra or spare / n
    tbl.colspecs[i] = { tbl.colspecs[i][1], (least[i] + share) / math.max(1, total_least + spare) }
  end
  return tbl
end
`;

/**
 * How --pdf reads the outputs. No raw TeX, inline or in a raw block
 * ({=latex}): drafts and entries arrive through pull requests, and none of it
 * may run as LaTeX. No smart quotes: a comment is published as it was written,
 * and pandoc would turn the "…" of 第一条"培育…" into ”…” (it guesses the side
 * from the letters around a mark, and Chinese has no spaces).
 */
export const PANDOC_FROM = '--from=markdown-raw_tex-raw_attribute-smart';

/**
 * pandoc's options for one output: xelatex, the CJK font, A4, babel's name for
 * Chinese; each only where the output's front matter (the draft author's keys,
 * carried by the build) does not set it, as -V would win over it. A Word file
 * takes none of these (its fonts are Word's): the same reading and filter only.
 */
export function pandocArguments(markdownFile: string, pdfFile: string, lang: string, filter: string, set: ReadonlySet<string> = new Set(), kind: DocumentKind = 'pdf'): string[] {
  if (kind === 'docx') return [markdownFile, PANDOC_FROM, '--output', pdfFile, '--lua-filter', filter];
  const args = [markdownFile, PANDOC_FROM, '--output', pdfFile, '--pdf-engine=xelatex', '--lua-filter', filter];
  const defaults: Array<[string, string]> = [['CJKmainfont', CJK_FONT], ['papersize', 'a4'], ['geometry', 'margin=2.5cm']];
  if (lang.startsWith('zh')) defaults.push(['babel-lang', 'chinese-hans']);
  for (const [key, value] of defaults) if (!set.has(key)) args.push('-V', `${key}=${value}`);
  return args;
}

/** The top-level keys of an output's front matter (the build's: plain YAML, the author's keys as they wrote them). */
export function frontMatterKeys(markdown: string): Set<string> {
  const end = markdown.startsWith('---\n') ? markdown.indexOf('\n---\n', 3) : -1;
  if (end === -1) return new Set();
  const data: unknown = yaml().parse(markdown.slice(4, end + 1));
  return new Set(data !== null && typeof data === 'object' ? Object.keys(data) : []);
}

export interface PdfWriter {
  /** Writes <name>.pdf (or .docx) beside the Markdown file (atomically); rejects with pandoc's last words when it fails. */
  write(markdownFile: string, pdfFile: string, lang: string, kind?: DocumentKind): Promise<void>;
  close(): void;
}

const run = promisify(execFile);

export function pdfWriter(env: NodeJS.ProcessEnv): PdfWriter {
  const folder = mkdtempSync(join(tmpdir(), 'redline-pdf-'));
  const filter = join(folder, 'pdf.lua');
  writeFileSync(filter, PDF_FILTER);
  return {
    async write(markdownFile, pdfFile, lang, kind = 'pdf') {
      // (The extension tells pandoc what to write.)
      const temp = join(dirname(pdfFile), `.${basename(pdfFile)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}.${kind}`);
      try {
        await run('pandoc', pandocArguments(markdownFile, temp, lang, filter, frontMatterKeys(readFileSync(markdownFile, 'utf8')), kind), { cwd: dirname(markdownFile), env, timeout: 600_000, maxBuffer: 1 << 26 });
        renameSync(temp, pdfFile);
      } catch (error) {
        rmSync(temp, { force: true });
        const stderr = String((error as { stderr?: Buffer | string }).stderr ?? (error as Error).message);
        const last = stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ');
        throw new Error(`pandoc could not make ${basename(pdfFile)}: ${last}`, { cause: error });
      }
    },
    close() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The environment pandoc runs in: the process's, with what the command was given on top. */
export function pdfEnvironment(io: Io): NodeJS.ProcessEnv {
  return { ...process.env, ...io.env };
}

/**
 * Writes a PDF (or a Word file) beside each Markdown output, as many at once
 * as there are cores (xelatex spends seconds loading a CJK font); reports each
 * in the order of the outputs and returns how many failed.
 */
export async function writePdfs(io: Io, display: (path: string) => string, files: ReadonlyArray<{ markdown: string; lang: string }>, kind: DocumentKind = 'pdf'): Promise<number> {
  const writer = pdfWriter(pdfEnvironment(io));
  try {
    const outcomes = await eachLimited(files, availableParallelism(), async ({ markdown, lang }) => {
      const pdf = markdown.replace(/\.md$/u, `.${kind}`);
      try {
        await writer.write(markdown, pdf, lang, kind);
        return { pdf };
      } catch (error) {
        return { pdf, error: (error as Error).message };
      }
    });
    for (const { pdf, error } of outcomes) {
      if (error === undefined) io.stdout(`wrote ${display(pdf)}\n`);
      else io.stderr(`redline: ${safeText(error)}\n`);
    }
    return outcomes.filter((o) => o.error !== undefined).length;
  } finally {
    writer.close();
  }
}

/** fn over the items, at most `limit` at a time; results in the items' order. */
async function eachLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
