import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../src/core/diff/draft-diff.js';
import { readVersion } from '../src/core/diff/version.js';
import { MARKDOWN_STYLE, PLAIN_STYLE, renderDiff } from '../src/core/diff/render.js';
import { wordDiff, wordDiffByLibrary, type DiffPart } from '../src/core/diff/word-diff.js';
import { CORPUS } from './helpers/cli.js';

const plain = (a: string, b: string) => renderDiff(wordDiff(a, b), PLAIN_STYLE, 1000);

describe('word diff', () => {
  it('merges a change around one shared CJK character', () => {
    expect(plain('应当在三十日内作出决定', '应当在十五日内作出决定')).toBe('应当在[-三十-]{+十五+}日内作出决定');
  });

  it('diffs Latin text by words', () => {
    expect(plain('The Secretary shall publish a report.', 'The Secretary must promptly publish a report.')).toBe(
      'The Secretary [-shall-]{+must promptly+} publish a report.',
    );
    expect(plain('within 30 days', 'within 45 days')).toBe('within [-30-]{+45+} days');
  });

  it('changes a number with its decimal point or thousands commas whole (S. 2245’s 18.9 percent, 1.5亿元)', () => {
    expect(plain('not more than 18.9 percent of potential GDP', 'not more than 19.5 percent of potential GDP')).toBe('not more than [-18.9-]{+19.5+} percent of potential GDP');
    expect(plain('18.9 percent', '18.5 percent')).toBe('[-18.9-]{+18.5+} percent');
    expect(plain('not less than 1,000 dollars', 'not less than 1,500 dollars')).toBe('not less than [-1,000-]{+1,500+} dollars');
    expect(plain('总投资1.5亿元', '总投资2.5亿元')).toBe('总投资[-1.5-]{+2.5+}亿元');
    // A full stop after a number is not part of it.
    expect(plain('under section 2.', 'under section 3.')).toBe('under section [-2-]{+3+}.');
  });

  it('shows insertions and deletions in Chinese text exactly', () => {
    expect(plain('药品、耗材、设备集中采购', '药品、耗材、集中采购')).toBe('药品、耗材、[-设备-]集中采购');
    expect(plain('区残联)', '区残联、区民政局)')).toBe('区残联{+、区民政局+})');
  });

  it('shortens long unchanged text around the changes', () => {
    const long = '甲'.repeat(100);
    expect(renderDiff(wordDiff(`${long}乙${long}`, `${long}丙${long}`), PLAIN_STYLE, 3)).toBe('…甲甲甲[-乙-]{+丙+}甲甲甲…');
  });

  it('escapes Markdown and HTML in PR comments', () => {
    expect(renderDiff(wordDiff('a | b', 'a | <script>'), MARKDOWN_STYLE)).toBe('a \\| <del>b</del><ins>&lt;script&gt;</ins>');
  });

  it('keeps a character outside the BMP whole', () => {
    expect(plain('姓名𠀀甲', '姓名𠀁甲')).toBe('姓名[-𠀀-]{+𠀁+}甲');
  });
});

/** Text of the parts of these kinds, in order. */
const side = (parts: DiffPart[], kind: 'delete' | 'insert') => parts.filter((p) => p.kind !== (kind === 'delete' ? 'insert' : 'delete')).map((p) => p.text).join('');

// Drafts mix CJK, Latin words, numbers, punctuation and spaces; a few shared pieces make real diffs likely.
const piece = fc.constantFrom('三', '十', '日', '应当', '不得', '的', '，', '。', '、', '（', '）', 'shall', 'must', ' ', '\n', '30', '45', 'days', "don't", '𠀀', '𠀁', 'é', '_', 'a', 'b');
const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((pieces) => pieces.join(''));
/** A text and an edit of it: pieces deleted, inserted or replaced here and there, as comments do. */
const edited = fc.tuple(text, fc.array(fc.tuple(fc.nat(), fc.nat(3), text), { maxLength: 4 })).map(([base, edits]) => {
  let after = base;
  for (const [at, length, insert] of edits) {
    const start = at % (after.length + 1);
    after = after.slice(0, start) + insert + after.slice(start + length);
  }
  return [base, after] as const;
});

describe('word diff on any text', () => {
  it('joins equal and deleted parts into the old text, equal and inserted parts into the new', () => {
    fc.assert(
      fc.property(fc.oneof(edited, fc.tuple(text, text)), ([before, after]) => {
        const parts = wordDiff(before, after);
        expect(side(parts, 'delete')).toBe(before);
        expect(side(parts, 'insert')).toBe(after);
        expect(parts.every((p) => p.text !== '')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives what jsdiff gives where it skips the library (a pure insertion or deletion, nothing in common)', () => {
    fc.assert(
      fc.property(fc.oneof(edited, fc.tuple(text, text)), ([before, after]) => {
        expect(wordDiff(before, after)).toEqual(wordDiffByLibrary(before, after));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('shortening unchanged text', () => {
  /** The plain definition: count characters with [...text]. */
  function reference(parts: DiffPart[], context: number): string {
    return parts
      .map((part, i) => {
        if (part.kind !== 'equal') return PLAIN_STYLE[part.kind](part.text);
        const chars = [...part.text];
        const first = i === 0;
        const last = i === parts.length - 1;
        if (first && last) return part.text;
        if (first) return chars.length > context ? `…${chars.slice(-context).join('')}` : part.text;
        if (last) return chars.length > context ? `${chars.slice(0, context).join('')}…` : part.text;
        return chars.length > context * 2 ? `${chars.slice(0, context).join('')} … ${chars.slice(-context).join('')}` : part.text;
      })
      .join('');
  }
  const unit = fc.oneof(fc.constantFrom('甲', 'a', '𠀀', '\ud840', '\udc00', ' '), fc.string({ unit: 'binary', maxLength: 2 }));
  const partText = fc.array(unit, { minLength: 1, maxLength: 12 }).map((units) => units.join(''));
  const parts = fc.array(fc.record({ kind: fc.constantFrom('equal', 'delete', 'insert') as fc.Arbitrary<DiffPart['kind']>, text: partText }), { maxLength: 5 });

  it('keeps as many characters as counting them one by one would, surrogate pairs and lone surrogates alike', () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 1, max: 6 }), (list, context) => {
        expect(renderDiff(list, PLAIN_STYLE, context)).toBe(reference(list, context));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('word diff on real amendments', () => {
  const law = (name: string) => {
    const file = `test/fixtures/corpus/lawrefbook/${name}.md`;
    return readVersion(readFileSync(file, 'utf8'), file, name).clauses;
  };
  it.each([
    ['gongsi_fa_2018', 'gongsi_fa_2023'],
    ['minshi_susong_fa_2021', 'minshi_susong_fa_2023'],
    ['lifa_fa_2015', 'lifa_fa_2023'],
  ])('%s → %s: every changed clause joins back into both texts, and the shortcuts agree with jsdiff', (from, to) => {
    const changed = diffVersions(law(from), law(to)).changes.filter((c) => c.change === 'changed');
    expect(changed.length).toBeGreaterThan(10);
    for (const c of changed) {
      expect(side(c.diff, 'delete')).toBe(c.before);
      expect(side(c.diff, 'insert')).toBe(c.after);
      expect(c.diff).toEqual(wordDiffByLibrary(c.before!, c.after!));
    }
  });
});

describe('a Chinese change that could stand in several places stands after a separator, as a drafter adds an item', () => {
  const line = (file: string, start: string) => readFileSync(join(CORPUS, 'lawrefbook', file), 'utf8').split('\n').find((l) => l.startsWith(start))!.trim();

  it('民事诉讼法 2021 → 2023: 法官助理、 and 司法技术人员、 added around 书记员 (was ~~书记~~**法官助理、书记员、司法技术人**员)', () => {
    const before = line('minshi_susong_fa_2021.md', '前三款规定，适用于书记员');
    const after = line('minshi_susong_fa_2023.md', '前三款规定，适用于法官助理');
    expect(plain(before, after)).toBe('前三款规定，适用于{+法官助理、+}书记员、{+司法技术人员、+}翻译人员、鉴定人、勘验人。');
  });

  it('立法法 2015 → 2023: 监察委员会、 added to a list of bodies', () => {
    const before = line('lifa_fa_2015.md', '（二）各级人民代表大会、人民政府、人民法院');
    const after = line('lifa_fa_2023.md', '（二）各级人民代表大会、人民政府、监察委员会');
    expect(plain(before, after)).toBe('（二）各级人民代表大会、人民政府、{+监察委员会、+}人民法院和人民检察院的产生、组织和职权；');
    const proposers = (file: string) => line(file, '国务院、中央军事委员会、');
    expect(plain(proposers('lifa_fa_2015.md'), proposers('lifa_fa_2023.md'))).toMatch(/^国务院、中央军事委员会、\{\+国家监察委员会、\+\}最高人民法院、/u);
  });

  it('专利法实施细则 2010 → 2023 and 公司法 2018 → 2023: a clause added at a sentence’s end stands after its comma or full stop', () => {
    const before = line('zhuanli_fa_shishi_xize_2010.md', '专利法第二十四条第(二)项所称学术会议');
    const after = line('zhuanli_fa_shishi_xize_2023.md', '专利法第二十四条第（三）项所称学术会议');
    expect(plain(before, after)).toBe('专利法第二十四条第[-(二)-]{+（三）+}项所称学术会议或者技术会议，是指国务院有关主管部门或者全国性学术团体组织召开的学术会议或者技术会议{+，以及国务院有关主管部门认可的由国际组织召开的学术会议或者技术会议+}。');
    const company = (file: string) => line(file, '（二）因贪污、贿赂、侵占财产');
    expect(plain(company('gongsi_fa_2018.md'), company('gongsi_fa_2023.md'))).toMatch(/执行期满未逾五年\{\+，被宣告缓刑的，自缓刑考验期满之日起未逾二年\+\}；$/u);
  });

  it('a Latin change is left where the words put it', () => {
    expect(plain('the President shall submit', 'the President shall promptly submit')).toBe('the President shall {+promptly +}submit');
  });
});
