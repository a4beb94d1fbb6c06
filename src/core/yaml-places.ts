// Where a finding of a schema check (yaml-schema.ts) stands in its file: each
// finding's path is looked up in the `yaml` library's tree of the document,
// which keeps every node's place.
import type { Document, LineCounter, Node, Tags } from 'yaml';
import { yaml } from './yaml-library.js';
import { problem, type Problem } from './problem.js';
import type { Finding } from './yaml-schema.js';

/** Problems at the place of each finding: its value, or its key, or the nearest parent present in the file. */
export function placeFindings(document: Document, lineCounter: LineCounter, findings: readonly Finding[], place: { file: string; rule: string; firstLine?: number }): Problem[] {
  return findings.map((finding) => {
    const pos = lineCounter.linePos(offsetOf(document, finding));
    return problem(finding.message, { file: place.file, line: pos.line + (place.firstLine ?? 1) - 1, column: pos.col, rule: place.rule, warning: finding.warning ?? false });
  });
}

function offsetOf(document: Document, finding: Finding): number {
  const { isMap, isScalar } = yaml();
  for (let depth = finding.path.length; depth >= 0; depth--) {
    const path = finding.path.slice(0, depth);
    if (finding.atKey && depth === finding.path.length && depth > 0) {
      const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1)) : undefined;
      const key = pair?.key as Node | undefined;
      if (key?.range) return key.range[0];
      continue;
    }
    const node = (depth === 0 ? document.contents : document.getIn(path, true)) as Node | null | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0];
  }
  return 0;
}

const NULL_TAG = 'tag:yaml.org,2002:null';

/**
 * The same for the `yaml` library (its `customTags` option): no plain scalar
 * but null is resolved, while numbers and booleans written into a document
 * are still written as such.
 */
export function textScalars(tags: Tags): Tags {
  return tags.map((tag) => (typeof tag === 'object' && 'test' in tag && tag.test && tag.tag !== NULL_TAG ? { ...tag, test: undefined } : tag));
}
