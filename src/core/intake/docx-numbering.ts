// Word numbering is not text: a paragraph in a list style names a list
// (numId) and a level; word/numbering.xml says how that level counts (start,
// numFmt: decimal, chineseCounting …) and writes its number (lvlText such as
// "%1." or "第%1章"). The numbers a reader sees are rendered here, counting
// per list and level, restarting deeper levels, honouring start overrides.
import type { Element } from '@xmldom/xmldom';
import { chineseNumeral, circledNumeral, letterNumeral, romanNumeral } from '../draft/numerals.js';
import { attribute, children, child, numberAttribute } from './ooxml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** lvlRestart 0: never restarts when a higher level moves on. */
  restarts: boolean;
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
}

interface List {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly lists = new Map<string, List>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly styleLinks = new Map<string, string>();

  /** `numbering` is word/numbering.xml's root; `styleNumIds` maps a numbering style to its numId. */
  constructor(numbering: Element | undefined, private readonly styleNumIds: ReadonlyMap<string, string> = new Map()) {
    if (!numbering) return;
    for (const abstract of children(numbering, 'abstractNum')) {
      const id = attribute(abstract, 'abstractNumId') ?? '';
      const link = attribute(child(abstract, 'numStyleLink'), 'val');
      if (link) this.styleLinks.set(id, link);
      this.abstracts.set(id, new Map(children(abstract, 'lvl').map((lvl) => [numberAttribute(lvl, 'ilvl') ?? 0, readLevel(lvl)])));
    }
    for (const num of children(numbering, 'num')) {
      const list: List = { abstractId: attribute(child(num, 'abstractNumId'), 'val') ?? '', startOverrides: new Map(), levelOverrides: new Map() };
      for (const override of children(num, 'lvlOverride')) {
        const ilvl = numberAttribute(override, 'ilvl') ?? 0;
        const start = numberAttribute(child(override, 'startOverride'), 'val');
        if (start !== undefined) list.startOverrides.set(ilvl, start);
        const lvl = child(override, 'lvl');
        if (lvl) list.levelOverrides.set(ilvl, readLevel(lvl));
      }
      this.lists.set(attribute(num, 'numId') ?? '', list);
    }
  }

  /** The number of the next paragraph in list `numId` at `level` ("3.", "（二）", "第一章"), with its separator; '' for bullets. */
  next(numId: string, level: number): string {
    const list = this.lists.get(numId);
    if (!list || numId === '0') return '';
    const levels = this.levelsOf(list);
    const own = levels.get(level);
    if (!own) return '';
    // Lists with overrides count on their own; the others share their abstract list's counters.
    const key = list.startOverrides.size > 0 || list.levelOverrides.size > 0 ? `num:${numId}` : `abstract:${this.abstractOf(list.abstractId)}`;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    const startOf = (l: number) => list.startOverrides.get(l) ?? levels.get(l)?.start ?? 1;
    counters[level] = counters[level] === undefined ? startOf(level) : counters[level]! + 1;
    for (let deeper = level + 1; deeper < 9; deeper++) {
      if (levels.get(deeper)?.restarts !== false) counters[deeper] = undefined;
    }
    if (own.format === 'bullet' || own.format === 'none') return '';
    const label = own.text.replace(/%([1-9])/gu, (_, n: string) => {
      const l = Number(n) - 1;
      const value = counters[l] ?? startOf(l);
      return formatNumber(value, own.legal && l !== level ? 'decimal' : levels.get(l)?.format ?? 'decimal');
    });
    if (label === '') return '';
    return own.suffix === 'nothing' || /[、，,．）)】」』：:]$/u.test(label) ? label : `${label} `;
  }

  private abstractOf(id: string): string {
    // An abstract list that only links to a numbering style takes that style's list.
    const link = this.styleLinks.get(id);
    const numId = link ? this.styleNumIds.get(link) : undefined;
    const linked = numId ? this.lists.get(numId)?.abstractId : undefined;
    return linked && linked !== id ? linked : id;
  }

  private levelsOf(list: List): Map<number, Level> {
    const base = this.abstracts.get(this.abstractOf(list.abstractId)) ?? new Map<number, Level>();
    if (list.levelOverrides.size === 0) return base;
    const merged = new Map(base);
    for (const [l, level] of list.levelOverrides) merged.set(l, level);
    return merged;
  }
}

function readLevel(lvl: Element): Level {
  const suffix = attribute(child(lvl, 'suff'), 'val');
  return {
    start: numberAttribute(child(lvl, 'start'), 'val') ?? 1,
    format: attribute(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attribute(child(lvl, 'lvlText'), 'val') ?? '',
    restarts: numberAttribute(child(lvl, 'lvlRestart'), 'val') !== 0,
    legal: child(lvl, 'isLgl') !== undefined,
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
  };
}

const LEGAL: Record<string, string> = { 一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 千: '仟' };
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** A counter in one of Word's number formats (ST_NumberFormat). */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperRoman':
    case 'lowerRoman':
      return romanNumeral(value, format === 'upperRoman');
    case 'upperLetter':
    case 'lowerLetter':
      return letterNumeral(value, format === 'upperLetter');
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographLegalTraditional':
      return chineseNumeral(value);
    case 'chineseLegalSimplified':
      return [...chineseNumeral(value)].map((c) => LEGAL[c] ?? c).join('');
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(value - 1) % 10] ?? String(value);
    case 'ideographZodiac':
      return EARTHLY_BRANCHES[(value - 1) % 12] ?? String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circledNumeral(value);
    case 'decimalEnclosedParen':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2473 + value) : `(${value})`;
    case 'decimalEnclosedFullstop':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2487 + value) : `${value}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    default:
      return String(value);
  }
}
