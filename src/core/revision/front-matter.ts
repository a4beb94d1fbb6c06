// What of a draft's front matter its outputs carry. redline's own keys (the
// title, version, window, numbering…) are its notes, written anew where an
// output needs them; every other key is the author's, for pandoc. The revised
// text is the draft itself, so it carries them all (author, subtitle, toc,
// fonts, geometry …); the three tables are other documents typeset alike, so
// they carry pandoc's typesetting variables only. Keys are copied as nodes of
// the YAML tree, so a value keeps its type and style: `toc: false` stays a
// boolean, a `geometry` list stays a list; a value that uses an alias is
// copied resolved (its anchor may stay behind). Never carried: the keys that
// put raw TeX or HTML into pandoc's output (header-includes, include-before,
// include-after), as a draft arrives by pull request like any input.
import type { Document, Node, Pair } from 'yaml';
import { yaml } from '../yaml-library.js';
import { OWN_KEYS } from '../draft/meta.js';

const RAW = new Set(['header-includes', 'include-before', 'include-after']);

/** pandoc's variables for paper, fonts and layout (pandoc's manual, "Variables for LaTeX" and "for HTML"). */
const TYPESETTING = new Set([
  'papersize', 'geometry', 'margin-left', 'margin-right', 'margin-top', 'margin-bottom', 'fontsize', 'linestretch', 'indent', 'pagestyle',
  'documentclass', 'classoption', 'fontfamily', 'fontfamilyoptions', 'mainfont', 'mainfontoptions', 'sansfont', 'sansfontoptions',
  'monofont', 'monofontoptions', 'mathfont', 'mathfontoptions', 'CJKmainfont', 'CJKsansfont', 'CJKmonofont', 'CJKoptions',
  'colorlinks', 'linkcolor', 'urlcolor', 'filecolor', 'citecolor', 'toccolor', 'babel-lang', 'babel-otherlangs',
]);

export interface CarriedFrontMatter {
  /** For the revised text: every key that is not redline's own. */
  revised: Pair[];
  /** For the tables: the typesetting variables among them. */
  tables: Pair[];
}

const NONE: CarriedFrontMatter = { revised: [], tables: [] };

export function carriedFrontMatter(frontMatter: Document | undefined): CarriedFrontMatter {
  const { isMap, isNode, Pair } = yaml();
  const contents = frontMatter?.contents;
  if (!frontMatter || !isMap(contents)) return NONE;
  const revised: Pair[] = [];
  for (const pair of contents.items) {
    const key = keyOf(pair);
    if (key === undefined || OWN_KEYS.has(key) || RAW.has(key)) continue;
    // The front matter was checked for alias bombs when it was read.
    revised.push(isNode(pair.value) && usesAlias(pair.value) ? new Pair(pair.key, frontMatter.createNode(pair.value.toJS(frontMatter, { maxAliasCount: 50 }))) : pair);
  }
  return { revised, tables: revised.filter((pair) => TYPESETTING.has(keyOf(pair)!)) };
}

function usesAlias(node: Node): boolean {
  const { isAlias, visit } = yaml();
  if (isAlias(node)) return true;
  let found = false;
  visit(node, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

function keyOf(pair: Pair): string | undefined {
  const { isScalar } = yaml();
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}
