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
  language: 'zh' | 'en';
}

const LABELS = {
  zh: { lead: '牵头单位', responsible: '责任单位' },
  en: { lead: 'Lead', responsible: 'Responsible' },
} as const;

// The annotation is the last parenthesis of the text, possibly unclosed,
// possibly followed by a full stop; colons and semicolons full- or half-width.
const ANNOTATION = /[(（]\s*((?:牵头单位|责任单位|Lead|Responsible)\s*[:：][^()（）]*?)\s*(?:[)）]\s*[。.]?\s*)?$/u;

export function readUnits(text: string): UnitAnnotation | null {
  const m = ANNOTATION.exec(text);
  if (!m) return null;
  const inner = m[1]!;
  const innerStart = m.index + m[0].indexOf(inner);
  const language = /^(Lead|Responsible)/.test(inner) ? 'en' : 'zh';
  const annotation: UnitAnnotation = {
    units: { lead: [], responsible: [] },
    start: m.index,
    end: m.index + m[0].trimEnd().length,
    language,
  };
  const labels = LABELS[language];
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

function parseList(source: string, start: number, language: 'zh' | 'en'): UnitList {
  const separator = language === 'en' ? ', ' : source.includes('、') ? '、' : source.includes('，') ? '，' : '、';
  const names = source
    .split(language === 'en' ? /\s*[,;]\s*|\s+and\s+/u : /\s*[、，,]\s*/u)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return { names, start, end: start + source.length, separator };
}

export function noUnits(): Units {
  return { lead: [], responsible: [] };
}
