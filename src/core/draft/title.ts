// A clause's title: its lead phrase, as `clauses` lists it and a comment may
// name it (a heading's text, a caption "(立法目的)", a short first sentence).

const MAX_TITLE = 40;
const CAPTION = /^[(（]([^()（）]{1,20})[)）]/u;
/** Where a sentence may end: 。；; or a full stop before a space, a dash or the end. */
const SENTENCE_END = /[。；;]|\.(?=[\s—–]|$)/gu;
const QUOTATION_MARK = /[“「『”」』]/gu;

/**
 * The first sentence of a line: up to the first end outside quotation marks
 * (将“…。”修改为… is one sentence); none where a quotation runs on past the
 * line (an amendment's quoted article), as it has no lead phrase of its own.
 */
function leadSentence(line: string): string {
  let depth = 0;
  let from = 0;
  // A sentence holds one character at least.
  SENTENCE_END.lastIndex = 1;
  for (;;) {
    const end = SENTENCE_END.exec(line);
    const to = end?.index ?? line.length;
    depth = quotationDepth(line, from, to, depth);
    if (end === null) return depth === 0 ? line : '';
    if (depth === 0) return line.slice(0, to);
    from = to;
  }
}

/** How deep in quotations the text is at `to`, being `depth` deep at `from`. */
function quotationDepth(line: string, from: number, to: number, depth: number): number {
  QUOTATION_MARK.lastIndex = from;
  for (let mark = QUOTATION_MARK.exec(line); mark !== null && mark.index < to; mark = QUOTATION_MARK.exec(line)) {
    if ('“「『'.includes(mark[0])) depth++;
    else if (depth > 0) depth--;
  }
  return depth;
}

/** The lead phrase: a heading's text, a caption "(立法目的)", or a short first sentence. */
export function titleOf(text: string, heading: boolean, numbered: boolean): string {
  const body = (text.startsWith('——') ? text.slice(2) : text).trim();
  if (heading) return body.replace(/[。.]$/u, '').trim();
  if (!numbered) return '';
  const caption = CAPTION.exec(body);
  if (caption) return caption[1]!;
  const newline = body.indexOf('\n');
  const lead = leadSentence(newline === -1 ? body : body.slice(0, newline)).trim();
  return lead.length > 0 && (lead.length <= MAX_TITLE || (lead.length <= MAX_CAPITALS_TITLE && CAPITALS.test(lead))) ? lead : '';
}

/** A bill's section heading in capitals is its title, however long (SEC. 3. RULE OF CONSTRUCTION REGARDING …). */
const MAX_CAPITALS_TITLE = 300;
const CAPITALS = /^(?=[^a-z]*[A-Z]{2})[^a-z\u3400-\u9fff]+$/u;
