// Unit annotations at the end of an action item: "(牵头单位:A;责任单位:B、C)"
// or "(Lead: A; Responsible: B, C)". Parsed into lists that edits can change
// while keeping the annotation's own separators.

export interface Units {
  lead: string[];
  responsible: string[];
}

export interface UnitList {
  names: string[];
  /** Offsets of the list inside the clause text (after "责任单位:" up to the list's end). */
  start: number;
  end: number;
  separator: string;
}

export interface UnitAnnotation {
  units: Units;
  /** Offsets of the whole annotation inside the clause text, parenthesis included. */
  start: number;
  end: number;
  lead?: UnitList;
  responsible?: UnitList;
  language: UnitLanguage;
}

export type UnitLanguage = 'zh' | 'en';

/** The labels of the two unit lists: the one place they are written. */
export const UNIT_LABELS = {
  zh: { lead: '牵头单位', responsible: '责任单位' },
  en: { lead: 'Lead', responsible: 'Responsible' },
} as const;

/** How names are joined in a new list. */
export const UNIT_SEPARATORS = { zh: '、', en: ', ' } as const;

const LABELS: readonly string[] = [...Object.values(UNIT_LABELS.zh), ...Object.values(UNIT_LABELS.en)];
const ANY_LABEL = LABELS.join('|');

// The annotation is the last parenthesis of the text, possibly unclosed,
// possibly followed by a full stop; colons and semicolons full- or half-width.
const ANNOTATION = new RegExp(`[(（]\\s*((?:${ANY_LABEL})\\s*[:：][^()（）]*?)\\s*(?:[)）]\\s*[。.]?\\s*)?$`, 'u');
const ENGLISH_LABEL = new RegExp(`^(?:${Object.values(UNIT_LABELS.en).join('|')})`, 'u');

export function readUnits(text: string): UnitAnnotation | null {
  // Most clauses name no unit: a search for each label is quicker than trying the pattern at every parenthesis.
  if (!LABELS.some((label) => text.includes(label))) return null;
  const m = ANNOTATION.exec(text);
  if (!m) return null;
  const inner = m[1]!;
  const innerStart = m.index + m[0].indexOf(inner);
  const language = ENGLISH_LABEL.test(inner) ? 'en' : 'zh';
  const annotation: UnitAnnotation = {
    units: { lead: [], responsible: [] },
    start: m.index,
    end: m.index + m[0].trimEnd().length,
    language,
  };
  const labels = UNIT_LABELS[language];
  const fieldPattern = new RegExp(`(${labels.lead}|${labels.responsible})\\s*[:：]\\s*`, 'gu');
  const fields = [...inner.matchAll(fieldPattern)];
  fields.forEach((field, i) => {
    const listStart = field.index + field[0].length;
    let listEnd = i + 1 < fields.length ? fields[i + 1]!.index : inner.length;
    // Drop the ";" or "；" between fields and trailing spaces.
    while (listEnd > listStart && /[;；\s]/u.test(inner[listEnd - 1]!)) listEnd--;
    const list = parseList(inner.slice(listStart, listEnd), innerStart + listStart, language);
    if (field[1] === labels.lead) {
      annotation.lead = list;
      annotation.units.lead = list.names;
    } else {
      annotation.responsible = list;
      annotation.units.responsible = list.names;
    }
  });
  return fields.length > 0 ? annotation : null;
}

function parseList(source: string, start: number, language: UnitLanguage): UnitList {
  const separator = language === 'zh' && !source.includes('、') && source.includes('，') ? '，' : UNIT_SEPARATORS[language];
  const names = source
    .split(language === 'en' ? /\s*[,;]\s*|\s+and\s+/u : /\s*[、，,]\s*/u)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return { names, start, end: start + source.length, separator };
}

export function noUnits(): Units {
  return { lead: [], responsible: [] };
}

/** The lists as one line, for a listing: "牵头单位: A; 责任单位: B、C" or "Lead: A; Responsible: B, C". */
export function unitsLine(units: Units, language: UnitLanguage): string {
  const labels = UNIT_LABELS[language];
  return (['lead', 'responsible'] as const)
    .filter((role) => units[role].length > 0)
    .map((role) => `${labels[role]}: ${units[role].join(UNIT_SEPARATORS[language])}`)
    .join('; ');
}
