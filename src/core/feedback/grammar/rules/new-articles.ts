// 增加两条：“…：”“（一）…”“（二）…”“…：”“（一）…”: more paragraphs quoted than
// articles asked for, grouped into the articles as a drafter reads them. An
// item （一） and a paragraph citing 前款 continue the article before them; a
// quote numbered 第X条 opens one. Any other paragraph may open an article or
// be a further 款 of the one before: the grouping is told only where all of
// them must open one to make the count. Lead-ins (…：) opening articles first
// would be a guess, wrong as often as right: 专利法实施细则 2023 第七十八条 has
// a lead-in as its third 款 and a plain first 款 after a one-paragraph
// article, where 民事诉讼法 2023 第二百八十二条 opens with one.
import { readMarker } from '../../../draft/numbering.js';

type Kind = 'article' | 'item' | 'continues' | 'paragraph';

/** 前款, 前两款: only a later 款 of an article cites the ones before it. */
const CITES_EARLIER = /前[两二三四五]?款/u;

function kindOf(text: string): Kind {
  const trimmed = text.trim();
  // 第二百九十条之一 …: readMarker wants the space a draft puts after an article's number; a quote may leave it out.
  const marker = readMarker(trimmed) ?? readMarker(trimmed.replace(/^(第[零〇一二三四五六七八九十百千两\d]+条(?:之[零〇一二三四五六七八九十]+)?)/u, '$1 '));
  if (marker?.style === '第一条') return 'article';
  if (marker && marker.value !== null && !marker.style.startsWith('第一')) return 'item';
  return CITES_EARLIER.test(trimmed) ? 'continues' : 'paragraph';
}

/**
 * The quotes (their texts, in order) of 增加`count`条, as `count` runs of
 * indexes, one per new article; or why they cannot be told apart.
 */
export function articlesOfQuotes(texts: readonly string[], count: number): number[][] | { problem: string } {
  const kinds = texts.map(kindOf);
  // 增加两条：“…”“…”: a quote for each, as asked (an item among them is no article: it is grouped, and asked about).
  if (texts.length === count && !kinds.includes('item')) return texts.map((_, i) => [i]);
  const numbered = kinds.flatMap((kind, i) => (kind === 'article' ? [i] : []));
  const open = kinds.flatMap((kind, i) => (kind === 'article' || kind === 'paragraph' ? [i] : []));
  const starts = numbered.length > 0 ? numbered : open;
  if (starts[0] !== 0 || starts.length !== count) {
    const problem =
      open.length < count
        ? `${texts.length} ${texts.length === 1 ? 'text' : 'texts'} quoted for ${count} new articles: quote the text of each`
        : `${texts.length} texts quoted for ${count} new articles, and which of them make up each article cannot be told: add the articles one by one, or number each (“第X条 …”)`;
    return { problem };
  }
  return starts.map((start, k) => Array.from({ length: (starts[k + 1] ?? texts.length) - start }, (_, i) => start + i));
}
