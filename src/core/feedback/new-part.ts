// 在第一百九十三条后增加一节：“第四节 指定遗产管理人案件”，并增加四条：“…”“…”:
// the articles are the new 节's. Each request makes its own edit, the heading
// after the 节 the article named is in (resolve.ts) and each article after
// that article; both land at the 节's end, where the build puts what follows
// an article before what follows its 节 (innermost first), so the articles
// would stay in 第三节, above the new heading. They are written under the
// heading instead, in its one edit, as a drafter writes a new 节 with its
// articles (第四节 …\n第一百九十四条 …\n第一百九十五条 …).
import type { Clause } from '../draft/clause.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { descendants } from '../draft/locate.js';
import { isBetween, readMarker, withNumeral } from '../draft/numbering.js';
import type { Edit } from '../edits/edit.js';
import type { DraftIndex } from './resolve.js';

type AddClause = Extract<Edit, { op: 'add-clause' }>;

/** The comment's edits, each run of new articles that follows a new part's heading at that part's end folded into the heading's edit. */
export function articlesUnderNewParts(edits: readonly Edit[], index: DraftIndex): Edit[] {
  const out: Edit[] = [];
  for (let i = 0; i < edits.length; i++) {
    const heading = edits[i]!;
    const last = heading.op === 'add-clause' ? lastArticleOfPart(heading, index) : undefined;
    if (heading.op !== 'add-clause' || !last) {
      out.push(heading);
      continue;
    }
    const articles: AddClause[] = [];
    for (let next = edits[i + 1]; next && isNewArticleAfter(next, last); next = edits[i + 1 + articles.length]) articles.push(next);
    if (articles.length === 0) {
      out.push(heading);
      continue;
    }
    // Unnumbered, each takes the number it would have there (the build renumbers them in their run as it does any new article).
    const lines = articles.map((a, k) => (readMarker(a.text) ? a.text : `${withNumeral(last.marker!, last.marker!.value! + k + 1)}${a.text}`));
    const longest = [heading, ...articles].reduce((a, b) => ((b.source ?? '').length > (a.source ?? '').length ? b : a));
    const confidences = [heading, ...articles].flatMap((e) => (e.confidence === undefined ? [] : [e.confidence]));
    const merged: AddClause = { ...heading, text: [heading.text, ...lines].join('\n') };
    if (confidences.length > 0) merged.confidence = Math.min(...confidences);
    if (longest.source !== undefined) merged.source = longest.source;
    out.push(merged);
    i += articles.length;
  }
  return out;
}

/**
 * For a new part's heading added after a part of its own style (第四节 after
 * 第三节): that part's last article, after which the new articles of the
 * comment were placed.
 */
function lastArticleOfPart(edit: AddClause, index: DraftIndex): Clause | undefined {
  const part = index.tree.byId.get(edit.clause);
  if (edit.position !== 'after' || !part || part.heading === null || part.marker?.value == null) return undefined;
  if (readMarker(edit.text)?.style !== part.marker.style) return undefined;
  return descendants(index.tree, part).filter((c) => c.marker?.style === ARTICLE_STYLE && c.marker.value !== null && !isBetween(c.marker)).at(-1);
}

/** An article added after `last`, its text unnumbered or numbered as an article. */
function isNewArticleAfter(edit: Edit, last: Clause): edit is AddClause {
  if (edit.op !== 'add-clause' || edit.position !== 'after' || edit.clause !== last.id) return false;
  const own = readMarker(edit.text);
  return own === null || own.style === ARTICLE_STYLE;
}
