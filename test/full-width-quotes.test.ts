// Comments typed with an input method's full-width digits and letters
// (“２０１９年８月底前”), or half-width marks and quotation marks, about
// drafts that write 2019年8月 and （二）: the quote is found in the draft's own
// writing, and the new text takes the draft's widths (from a clerk's walk on
// the 三级公立医院绩效考核 text, where such a comment made no edit).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraft } from '../src/core/draft/format.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS } from './helpers/cli.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const KAOHE = corpusDraft('gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt');
const MINGMA = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');

/** ASCII digits and letters as full-width ones. */
const fullWidth = (text: string) => text.replace(/[0-9A-Za-z]/gu, (ch) => String.fromCodePoint(ch.codePointAt(0)! + 0xff01 - 0x21));
const FULL_ALPHANUMERIC = /[０-９Ａ-Ｚａ-ｚ]/u;

describe('full-width digits quoted of a draft that writes 2019', () => {
  it('三、(二)中的"２０１９年８月底前" (half-width brackets and quotation marks too): 8 becomes 10 as the draft writes digits (it was “not in 三、（二）”)', () => {
    const comment = '建议将三、(二)中的"２０１９年８月底前"修改为"２０１９年１０月底前",时间太紧.';
    expect(proposed(KAOHE, comment)).toEqual({ edits: [{ op: 'replace', clause: '三、（二）', quote: '8', text: '10' }], unparsed: [] });
    const text = built(KAOHE, comment);
    expect(text).toContain('2019年10月底前，各地组织三级公立医院完成电子病历的编码和术语转换工作');
    expect(text).not.toMatch(FULL_ALPHANUMERIC);
  });

  it('a statute: 第二十七条中的“２０２２年７月１日” of 明码标价规定 becomes 2022年10月1日', () => {
    const comment = '建议将第二十七条中的“２０２２年７月１日”修改为“２０２２年１０月１日”。';
    expect(proposed(MINGMA, comment)).toEqual({ edits: [{ op: 'replace', clause: '第二十七条', quote: '7', text: '10' }], unparsed: [] });
    expect(built(MINGMA, comment)).toContain('本规定自2022年10月1日起施行。2000年10月31日原中华人民共和国');
  });

  it('new words alone typed full-width (在…后增加“，有效期５年”) take the draft\'s digits', () => {
    expect(proposed(MINGMA, '建议在第二十七条中的“本规定自2022年7月1日起施行”后增加“，有效期５年”。').edits).toEqual([
      { op: 'insert', clause: '第二十七条', quote: '本规定自2022年7月1日起施行', text: '，有效期5年' },
    ]);
  });

  it('any quote of a clause with its digits and letters typed full-width is found where the quote as written is, its new text in the draft\'s widths', () => {
    for (const draft of [KAOHE, MINGMA]) {
      // Quotes of up to 12 characters holding a digit, that stand once in the draft.
      const whole = draft.clauses.map((c) => c.text).join('\n');
      const quotes: string[] = [];
      for (const { text } of draft.clauses) {
        for (let start = 0; start < text.length; start += 3) {
          for (const length of [4, 8, 12]) {
            const quote = text.slice(start, start + length);
            if (quote.length === length && /[0-9A-Za-z]/u.test(quote) && !/[“”"\n]/u.test(quote) && whole.split(quote).length === 2) quotes.push(quote);
          }
        }
      }
      expect(quotes.length).toBeGreaterThan(10);
      fc.assert(
        fc.property(fc.constantFrom(...quotes), fc.constantFrom('等9项', 'A类', ''), (quote, added) => {
          const half = proposed(draft, `建议将“${quote}”修改为“${quote}${added || '和其他'}”。`);
          fc.pre(half.edits.length === 1 && half.unparsed.length === 0);
          const full = proposed(draft, `建议将“${fullWidth(quote)}”修改为“${fullWidth(quote)}${fullWidth(added) || '和其他'}”。`);
          expect(full).toEqual(half);
        }),
        { numRuns: 60 },
      );
    }
  });
});

// A review: a draft that writes its digits full-width had a proposed web address widened letter by letter
// (ｗｗｗ.ｎｈｃ.ｇｏｖ.ｃｎ). Letters are never widened now, nor digits inside a run of letters and marks.
describe('a draft that writes its digits full-width (三级公立医院绩效考核 so retyped)', () => {
  const text = readFileSync(join(CORPUS, 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt'), 'utf8').replace(/[0-9]/gu, (ch) => String.fromCodePoint(ch.codePointAt(0)! + 0xff01 - 0x21));
  const WIDE = parseDraft(importDraft(text, { format: 'text' }).text, 'k.md', 'k').draft;

  it('a number of its own takes the draft’s width; a web address and a standard number are kept as typed', () => {
    const { edits, unparsed } = proposeEdits('在“完成第一次全国三级公立医院绩效考核工作”后增加“（每5年评估一次，可登录www.nhc.gov.cn或依GB 18030-2005查询）”', WIDE.clauses, 'zh');
    expect(unparsed).toEqual([]);
    expect(edits.map((e) => ('text' in e ? e.text : ''))).toEqual(['（每５年评估一次，可登录www.nhc.gov.cn或依GB 18030-2005查询）']);
  });
});
