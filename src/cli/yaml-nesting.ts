// YAML parsers recurse once per level of nesting, so a file nested a few
// thousand levels deep overflows the stack. No file redline reads needs more
// than a handful of levels; this scan measures the depth from the lexer's
// tokens, in one pass without recursion, before any parser sees the text.
import { yaml } from '../core/yaml-library.js';
import { InputError, lineAt, problem } from '../core/problem.js';

/** Deeper than any entry, answer file or setting needs (an entry uses five levels). */
export const MAX_YAML_DEPTH = 32;

// Markers the lexer emits that are not source text (document start, flow end, scalar start).
const MARKERS = new Set(['\u0002', '\u0018', '\u001f', '\uFEFF']);

interface Level {
  column: number;
  kind: 'map' | 'seq';
}

/** Offset of the first place nested deeper than `max`, or undefined. */
export function tooDeepAt(text: string, max = MAX_YAML_DEPTH): number | undefined {
  if (!mayBeDeep(text, max)) return undefined;
  const stack: Level[] = [];
  let flow = 0;
  let offset = 0;
  let lineStart = 0;
  let lastScalar = { column: -1, lineStart: -1 };
  let scalarNext = false;
  const open = (column: number, kind: Level['kind']) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      // A sibling at the same column ends the one before; a key at a sequence's column ends the sequence.
      if (top.column > column || (top.column === column && (top.kind === kind || kind === 'map'))) stack.pop();
      else break;
    }
    stack.push({ column, kind });
  };
  for (const token of new (yaml().Lexer)().lex(text)) {
    if (MARKERS.has(token)) {
      scalarNext = token === '\u001f';
      continue;
    }
    const start = offset;
    const column = start - lineStart;
    offset += token.length;
    const newline = token.lastIndexOf('\n');
    if (newline !== -1) lineStart = start + newline + 1;
    if (scalarNext || token[0] === '"' || token[0] === "'") lastScalar = { column, lineStart: start - column };
    scalarNext = false;
    if (token === '[' || token === '{') flow++;
    else if ((token === ']' || token === '}') && flow > 0) flow--;
    else if (token === '---' || token === '...') stack.length = 0;
    else if (flow === 0 && token === '-') open(column, 'seq');
    else if (flow === 0 && token === '?') open(column, 'map');
    else if (flow === 0 && token === ':') open(lastScalar.lineStart === start - column ? lastScalar.column : column, 'map');
    else continue;
    if (stack.length + flow > max) return start;
  }
  return undefined;
}

// A cheap bound first (native searches only; most files stop here). Depth is
// at most the indentation plus two, plus a run of compact "- - -" indicators on
// one line, plus every bracket: under these limits it stays below 32. (YAML
// indents with spaces only.)
const DEEP_INDENT = ' '.repeat(12);
const COMPACT_RUN = /[-?][ \t]+[-?][ \t]+[-?][ \t]+[-?][ \t]+[-?][ \t]+[-?][ \t]/;

function mayBeDeep(text: string, max: number): boolean {
  if (max < 32) return true;
  let brackets = 0;
  for (const open of ['[', '{']) {
    for (let i = text.indexOf(open); i !== -1 && brackets <= 8; i = text.indexOf(open, i + 1)) brackets++;
  }
  return brackets > 8 || text.startsWith(DEEP_INDENT) || text.includes(`\n${DEEP_INDENT}`) || COMPACT_RUN.test(text);
}

/** Throws a problem at the place where `text` nests too deep. */
export function checkNesting(text: string, file: string): void {
  const at = tooDeepAt(text);
  if (at === undefined) return;
  const line = lineAt(text, at);
  const column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
  throw new InputError(problem(`nested more than ${MAX_YAML_DEPTH} levels deep; no redline file needs that (an entry uses five levels)`, { file, line, column, rule: 'yaml' }));
}
