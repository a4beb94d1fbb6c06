// Sentences of a clause's text, for 第三条第二句 / 最后一句 and "the last
// sentence": Unicode's sentence boundaries (Intl.Segmenter, UAX #29), kept
// whole across a quotation (“…。…” is one sentence of the text around it,
// where UAX #29 breaks at 。) and after an abbreviation that UAX #29 takes for
// an end where a number follows ("5 U.S.C. 552", "Pub. L. 116-92"), or
// whatever follows a capital initial ("U.S. Department", "(Pub. L. 96–354").

export interface SentenceSpan {
  /** Offsets in the text; the span takes the white space after the sentence, as the segmenter does. */
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | undefined;

const OPENING = /[“「『]/gu;
const CLOSING = /[”」』]/gu;
/** Ends in a single letter's full stop (U.S.C., L.) or a usual abbreviation of legal text (Sec., No., Stat.), then white space. */
const ABBREVIATED = /(?:\b[A-Za-z]|\b(?:Sec|Secs|No|Nos|Stat|Pub|Art|Para|Subsec|cl|par|pt))\.\s*$/u;
/**
 * Of those, the ones that end no sentence whatever follows: a capital initial
 * (U.S. Department, James N. Mattis, Pub. L.) and the usual abbreviations
 * written capitalized (Pub. L., Sec. 2). A letter that names a part (Medicare
 * Part B., See Appendix A.) is a word, and may end a sentence.
 */
const NEVER_FINAL =
  /(?:(?<!\b(?:Part|Subpart|Appendix|Schedule|Exhibit|Table|Title|Subtitle|Division|Annex|Attachment|Form|Class|Option|Phase|Plan|Item|Tier|Group)\s)\b[A-Z]|\b(?:Sec|Secs|No|Nos|Stat|Pub|Art|Para|Subsec))\.\s*$/u;

/**
 * A text that is one quotation, with the punctuation after it (a bill's
 * “(d) ….”.): its sentences are the quotation's, and the marks around them
 * are no sentence's (striking the last sentence keeps the closing ”.).
 */
const QUOTED_WHOLE = /^(\s*[“「『])([^]*?)([”」』][.;,:。；]*\s*)$/u;

export function sentenceSpans(text: string): SentenceSpan[] {
  const whole = QUOTED_WHOLE.exec(text);
  if (whole && closesAtEnd(text)) {
    const inner = sentenceSpans(whole[2]!).map((s) => ({ start: s.start + whole[1]!.length, end: s.end + whole[1]!.length }));
    if (inner.length > 0) return inner;
  }
  return segmentedSpans(text);
}

/** Whether the quotation a text opens with closes only at its end (not “A” and “B”). */
function closesAtEnd(text: string): boolean {
  let depth = 0;
  const end = text.trimEnd().replace(/[.;,:。；]+$/u, '').length - 1;
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    if (c === '“' || c === '「' || c === '『') depth++;
    else if ((c === '”' || c === '」' || c === '』') && --depth === 0) return false;
  }
  return depth === 1;
}

function segmentedSpans(text: string): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const spans: SentenceSpan[] = [];
  let open = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    const last = spans.at(-1);
    const before = last ? text.slice(last.start, last.end) : '';
    if (last && (open > 0 || (/^[0-9a-z(]/u.test(segment) && ABBREVIATED.test(before)) || NEVER_FINAL.test(before))) last.end = index + segment.length;
    else spans.push({ start: index, end: index + segment.length });
    open = Math.max(0, open + (segment.match(OPENING)?.length ?? 0) - (segment.match(CLOSING)?.length ?? 0));
  }
  // Nothing but white space is no sentence.
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== '');
}
