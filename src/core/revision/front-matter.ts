// What of a draft's front matter its outputs carry. redline's own keys (the
// title, version, window, numbering…) are its notes, written anew where an
// output needs them; every other key is the author's, for pandoc. The revised
// text is the draft itself, so it carries them all (author, subtitle, toc,
// fonts, geometry …); the three tables are other documents typeset alike, so
// they carry pandoc's typesetting variables only. Keys are copied as nodes of
// the YAML tree, so a value keeps its type and style: `toc: false` stays a
// boolean, a `header-includes` list stays a list.
import { isMap, isScalar, type Document, type Pair } from 'yaml';
import { OWN_KEYS } from '../draft/meta.js';

/** pandoc's variables for paper, fonts and layout (pandoc's manual, "Variables for LaTeX" and "for HTML"). */
const TYPESETTING = new Set([
  'papersize', 'geometry', 'margin-left', 'margin-right', 'margin-top', 'margin-bottom', 'fontsize', 'linestretch', 'indent', 'pagestyle',
  'documentclass', 'classoption', 'fontfamily', 'fontfamilyoptions', 'mainfont', 'mainfontoptions', 'sansfont', 'sansfontoptions',
  'monofont', 'monofontoptions', 'mathfont', 'mathfontoptions', 'CJKmainfont', 'CJKsansfont', 'CJKmonofont', 'CJKoptions',
  'header-includes', 'colorlinks', 'linkcolor', 'urlcolor', 'filecolor', 'citecolor', 'toccolor', 'babel-lang', 'babel-otherlangs',
]);

export interface CarriedFrontMatter {
  /** For the revised text: every key that is not redline's own. */
  revised: Pair[];
  /** For the tables: the typesetting variables among them. */
  tables: Pair[];
}

const NONE: CarriedFrontMatter = { revised: [], tables: [] };

export function carriedFrontMatter(frontMatter: Document | undefined): CarriedFrontMatter {
  const contents = frontMatter?.contents;
  if (!isMap(contents)) return NONE;
  const revised = contents.items.filter((pair) => {
    const key = keyOf(pair);
    return key !== undefined && !OWN_KEYS.has(key);
  });
  return { revised, tables: revised.filter((pair) => TYPESETTING.has(keyOf(pair)!)) };
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : typeof pair.key === 'string' ? pair.key : undefined;
}
