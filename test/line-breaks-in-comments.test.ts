// A comment wrapped inside a table cell (Alt+Enter in Excel, a narrow Word
// cell, CRLF from WPS): the line break outside quotation marks is a wrap, not
// the end of a sentence, wherever it falls. A break before a numbered item or
// after 。 still parts requests; a break inside a quotation is the new text's own.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findQuotations } from '../src/core/feedback/quotation.js';
import { redline, corpusWorkspace, FIXTURES } from './helpers/cli.js';
import { corpusDraft } from './helpers/drafts.js';
import { workbook } from './helpers/office.js';
import { built, proposed } from './helpers/wording.js';

const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const MINGMA = corpusDraft('lawrefbook/samr_mingma_biaojia_2022.md');
const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');

const WALK = ['建议将第二十三条中的“以自己的名义”', '修改为“以被授权组织的名义”。'];
const WALK_EDITS = { edits: [{ op: 'replace', clause: '第二十三条', quote: '以自己', text: '以被授权组织' }], unparsed: [] };

describe('the walk’s comment: 建议将第二十三条中的“以自己的名义”⏎修改为“以被授权组织的名义”。', () => {
  it('gives its edit with the break after the old text, after 修改为, or as CRLF', () => {
    const [head, tail] = WALK as [string, string];
    for (const comment of [`${head}\n${tail}`, `${head}\r\n${tail}`, `${head}修改为\n${tail.slice(3)}`, `${head}修改为\r\n${tail.slice(3)}`, `${head} \n  ${tail}`]) {
      expect(proposed(XUKE, comment), JSON.stringify(comment)).toEqual(WALK_EDITS);
    }
    expect(built(XUKE, `${head}\n${tail}`)).toContain('在法定授权范围内，以被授权组织的名义实施行政许可。');
  });

  it('reads a wrapped cell of an imported table the same (feedback import, propose)', async () => {
    const dir = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xuke');
    const table = join(dir, '意见_单元格内换行.xlsx');
    const rows = [['序号', '单位', '条款', '意见'], [1, '区教育局', '第二十三条', `${WALK[0]}\n${WALK[1]}`], [2, '区教育局', '第二十三条', `${WALK[0]}修改为\r\n${WALK[1]!.slice(3)}`]];
    writeFileSync(table, await workbook([{ name: '汇总', rows }]));
    const imported = await redline(dir, 'feedback', 'import', table);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('imported 2 entries (1–2), 2 proposed edits into feedback/xuke/');
  });
});

interface Case {
  comment: string;
}
const SETS: Array<[file: string, draft: ReturnType<typeof corpusDraft>]> = [
  ['samr_mingma_biaojia.yaml', MINGMA],
  ['xingzheng_xuke_fa.yaml', XUKE],
];

/**
 * Where a line opens as a Chinese request does (建议, 删除, 将, 第十一条 …) after one not left open (将⏎, 中的⏎,
 * 修改为⏎, …，⏎): a break there parts two requests written without 。 (a reviewer: 第九条删除⏎第十三条删除).
 */
function opensRequest(comment: string, at: number): boolean {
  return /^(?:建议|删除|删去|将|把|在|增加|增设|新增|全文|第[〇零一二三四五六七八九十百千\d]+[编章节条款项]|本[编章节条款项])/u.test(comment.slice(at)) && !/(?:[，,、：:（(《“‘]|将|把|对|在|由|从|和|与|及|或|的|中|为|于)$/u.test(comment.slice(0, at));
}

/** Offsets between two characters, neither side inside a quotation, where a break is a wrap (not before a numbered item or a request). */
function wrapPlaces(comment: string): number[] {
  const quotes = findQuotations(comment);
  const inside = (at: number) => quotes.some((q) => q.start < at && at <= q.end);
  const places: number[] = [];
  for (let at = 1; at < comment.length; at++) {
    // 1.…⏎2.…: a break before a numbered item parts the sentences on purpose.
    if (inside(at) || opensRequest(comment, at) || /^(?:[0-9]+[.、．]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)](?!项)|[①-⑳])/u.test(comment.slice(at))) continue;
    places.push(at);
  }
  return places;
}

describe('a break at each place outside the quotes of the PHRASINGS families (明码标价规定, 行政许可法)', () => {
  for (const [file, draft] of SETS) {
    const cases = (parse(readFileSync(join(FIXTURES, 'comments', file), 'utf8')) as { comments: Case[] }).comments;
    it(`${file}: ${cases.length} comments, the same edits and notes as on one line`, () => {
      let tried = 0;
      for (const { comment } of cases) {
        const whole = proposed(draft, comment);
        for (const at of wrapPlaces(comment)) {
          const broken = `${comment.slice(0, at)}${at % 2 === 0 ? '\n' : '\r\n'}${comment.slice(at)}`;
          expect(proposed(draft, broken), JSON.stringify(broken)).toEqual(whole);
          tried++;
        }
      }
      expect(tried).toBeGreaterThan(cases.length * 10);
    });
  }
});

describe('breaks that are meant', () => {
  it('a break between two whole requests still parts them, with 。 or a number', () => {
    const both = [
      { op: 'replace', clause: '第三条', quote: '诚实信用', text: '诚信' },
      { op: 'remove-clause', clause: '第十四条' },
    ];
    expect(proposed(MINGMA, '建议将第三条中的“诚实信用”修改为“诚信”。\n建议删除第十四条。').edits).toEqual(both);
    expect(proposed(MINGMA, '1.将第三条中的“诚实信用”修改为“诚信”\n2.删除第十四条').edits).toEqual(both);
    expect(proposed(MINGMA, '建议将第三条中的“诚实信用”修改为“诚信”\r\n建议删除第十四条').edits).toEqual(both);
  });

  it('requests on lines of their own with no 。 stay apart (明码标价规定, 行政许可法; a reviewer found them run together)', () => {
    const apart = (draft: ReturnType<typeof corpusDraft>, a: string, b: string) => expect(proposed(draft, `${a}\n${b}`).edits).toEqual(proposed(draft, `${a}。${b}`).edits);
    apart(MINGMA, '删除第九条', '第十一条中的“及时”删除');
    apart(MINGMA, '第九条删除', '第十三条删除');
    apart(XUKE, '第十条删除', '建议将第二十三条中的“以自己的名义”修改为“以被授权组织的名义”');
    expect(proposed(MINGMA, '第九条删除\n第十三条删除').edits.map((e) => [e.op, e.clause])).toEqual([['remove-clause', '第九条'], ['remove-clause', '第十三条']]);
  });

  it('a break inside a quotation stays: the new text’s paragraphs', () => {
    const comment = '建议将第十六条修改为：“公司向其他企业投资或者为他人提供担保，依照公司章程的规定，由董事会或者股东会决议。\n公司为公司股东提供担保的，应当经股东会决议。”';
    const { edits } = proposed(GONGSI, comment);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ op: 'rewrite', clause: '第十六条' });
    expect((edits[0] as { text: string }).text).toContain('股东会决议。\n公司为公司股东提供担保的');
  });
});

describe('property: a line break between two CJK characters outside quotes, not before a request, changes nothing', () => {
  const comments: Array<[ReturnType<typeof corpusDraft>, string]> = [
    [MINGMA, '建议将第三条中的“诚实信用”修改为“诚信”。'],
    [MINGMA, '第十三条“以文字、图像等方式”，建议修改为“以文字、图像、视频等方式”。'],
    [MINGMA, '建议删除第十九条第（七）项。'],
    [MINGMA, '建议在第十八条“应当标示赠品的品名、数量”后增加“、有效期”。'],
    [MINGMA, '建议将第九条第二款中的“一般应当”修改为“应当”，并删除第二十一条第（三）项。'],
    [XUKE, `${WALK[0]}${WALK[1]}`],
    [XUKE, '建议将第三十二条第一款第（四）项中的“五日内”调整为“三日内”。'],
    [GONGSI, '建议将第一百四十八条第（一）项中的“挪用公司资金”修改为“侵占或者挪用公司资金”。'],
    [GONGSI, '建议删除第一百八十一条第二款。'],
  ];
  const cjk = (ch: string | undefined) => ch !== undefined && /\p{Script=Han}/u.test(ch);
  const cases = comments.flatMap(([draft, comment]) => {
    const quotes = findQuotations(comment);
    const places = [...comment].flatMap((_, at) => (at > 0 && cjk(comment[at - 1]) && cjk(comment[at]) && !opensRequest(comment, at) && !quotes.some((q) => q.start < at && at <= q.end) ? [at] : []));
    return [{ draft, comment, places, whole: proposed(draft, comment).edits }];
  });
  it('holds for one break or several, LF or CRLF', () => {
    for (const { comment, whole } of cases) expect(whole.length, comment).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.nat({ max: cases.length - 1 }).chain((c) => fc.tuple(fc.constant(c), fc.uniqueArray(fc.constantFrom(...cases[c]!.places), { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n'))),
        ([c, places, lineBreak]) => {
          const { draft, comment, whole } = cases[c]!;
          let broken = comment;
          for (const at of [...places].sort((a, b) => b - a)) broken = `${broken.slice(0, at)}${lineBreak}${broken.slice(at)}`;
          expect(proposed(draft, broken).edits).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
  });
});
