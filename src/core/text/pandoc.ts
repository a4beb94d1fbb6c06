// The front matter of the PDF-ready outputs, written with the `yaml` library
// (its quoting is what pandoc reads back). Apart from markdown.ts, whose
// escapes the quick commands use without loading YAML.
import type { Pair } from 'yaml';
import { yaml } from '../yaml-library.js';

/** YAML front matter that pandoc reads: title, date, lang, then the author's keys carried from the draft (copied as they were written). */
export function pandocFrontMatter(fields: Record<string, string | undefined>, carried: readonly Pair[] = []): string {
  const { Document, isMap, isNode, visit } = yaml();
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
  const document = new Document(present);
  if (isMap(document.contents)) for (const pair of carried) document.contents.items.push(pair.clone());
  // The draft's comments are notes on the draft file (import's own among them), not on the outputs; no alias is left to need an anchor.
  visit(document, (_, node) => {
    if (isNode(node)) {
      node.commentBefore = null;
      node.comment = null;
      node.spaceBefore = false;
      delete node.anchor;
    }
  });
  return `---\n${document.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---`;
}
