// A unit named only in the place column (条款 第二百七十四条第（七）项) and a
// comment that names none (建议修改为：“…”，并在其后增加一项：“…”), from a
// clerk's walk on 民事诉讼法 2021: no edit had been made ("what to change is
// not said") though the column says which unit. The bare 修改为 now rewrites
// that unit, while the comment speaks of no other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { corpusDraft, paragraph } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const MINSU = corpusDraft('lawrefbook/minshi_susong_fa_2021.md');
const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

/** The revised text from the paragraph starting with `start` up to the one starting with `next`. */
function between(text: string, start: string, next: string): string {
  return text.slice(text.indexOf(`\n${start}`) + 1, text.indexOf(`\n${next}`)).trimEnd();
}

describe('建议修改为：“…” of the unit the place column names', () => {
  it('a 项, and 并在其后增加一项 after it (民事诉讼法 第二百七十四条第（七）项, as 2023 第二百八十三条)', () => {
    const comment = '建议修改为：“采用能够确认受送达人收悉的电子方式送达，但是受送达人所在国法律禁止的除外；”，并在其后增加一项：“以受送达人同意的其他方式送达，但是受送达人所在国法律禁止的除外。”';
    expect(proposed(MINSU, comment, '第二百七十四条第（七）项')).toEqual({
      edits: [
        { op: 'rewrite', clause: '第二百七十四条第（七）项', text: '采用能够确认受送达人收悉的电子方式送达，但是受送达人所在国法律禁止的除外；' },
        { op: 'add-clause', clause: '第二百七十四条第（七）项', text: '以受送达人同意的其他方式送达，但是受送达人所在国法律禁止的除外。' },
      ],
      unparsed: [],
    });
    expect(between(built(MINSU, comment, '第二百七十四条第（七）项'), '（七）采用', '第二百七十五条 ')).toBe(
      [
        '（七）采用能够确认受送达人收悉的电子方式送达，但是受送达人所在国法律禁止的除外；',
        '（八）以受送达人同意的其他方式送达，但是受送达人所在国法律禁止的除外；',
        '（九）不能用上述方式送达的，公告送达，自公告之日起满三个月，即视为送达。',
      ].join('\n\n'),
    );
  });

  it('a 项 of 立法法 第八条 (2023 第十一条第（十）项), and one added after it', () => {
    expect(paragraph(built(LIFA, '建议修改为：“诉讼制度和仲裁基本制度；”', '第八条第（十）项'), '（十）')).toBe('（十）诉讼制度和仲裁基本制度；');
    expect(between(built(LIFA, '建议修改为：“诉讼制度和仲裁基本制度；”，并在其后增加一项：“监察制度；”', '第八条第（十）项'), '（十）诉讼', '第九条 ')).toBe(
      ['（十）诉讼制度和仲裁基本制度；', '（十一）监察制度；', '（十二）必须由全国人民代表大会及其常务委员会制定法律的其他事项。'].join('\n\n'),
    );
  });

  it('a 款 (民事诉讼法 第四十条第三款) and an article (第二百八十九条), as in 2023', () => {
    const text = built(MINSU, '建议修改为：“人民陪审员在参加审判活动时，除法律另有规定外，与审判员有同等的权利义务。”', '第四十条第三款');
    expect(between(text, '第四十条 ', '第四十一条 ').split('\n\n').at(-1)).toBe('人民陪审员在参加审判活动时，除法律另有规定外，与审判员有同等的权利义务。');
    const article =
      '人民法院对申请或者请求承认和执行的外国法院作出的发生法律效力的判决、裁定，依照中华人民共和国缔结或者参加的国际条约，或者按照互惠原则进行审查后，认为不违反中华人民共和国法律的基本原则且不损害国家主权、安全、社会公共利益的，裁定承认其效力；需要执行的，发出执行令，依照本法的有关规定执行。';
    expect(paragraph(built(MINSU, `建议修改为：“${article}”`, '第二百八十九条'), '第二百八十九条')).toBe(`第二百八十九条 ${article}`);
  });

  it('with no place column, or after the comment spoke of another unit, it is still asked about', () => {
    expect(proposed(LIFA, '建议修改为：“诉讼制度和仲裁基本制度；”，并在其后增加一项：“监察制度；”')).toEqual({
      edits: [],
      unparsed: ['修改为：“诉讼制度和仲裁基本制度；” — what to change is not said: quote the old text or name the clause', '增加一项：“监察制度；” — no clause was named before'],
    });
    expect(proposed(MINSU, '建议删除第（八）项。建议修改为：“采用能够确认受送达人收悉的电子方式送达；”', '第二百七十四条第（七）项')).toEqual({
      edits: [{ op: 'remove-clause', clause: '第二百七十四条第（八）项' }],
      unparsed: ['修改为：“采用能够确认受送达人收悉的电子方式送达；” — what to change is not said: quote the old text or name the clause'],
    });
  });
});

// Old words named but not quoted before the verb (建议将监督检查修改为“…”) had the bare rule rewrite the
// whole unit of the place column: both 款 of 行政许可法 第十条 became 监督管理. They are asked about, as
// before the bare rule, and as the same words with the place in the comment are.
describe('修改为 after words not quoted, with a place column, changes nothing', () => {
  const note = (verb: string, text: string) => `${verb}“${text}” — what to change is not said: quote the old text or name the clause`;
  it.each([
    ['建议将监督检查修改为“监督管理”', '修改为“监督管理”'],
    ['该表述建议修改为“监督管理”', '建议修改为“监督管理”'],
    ['建议把时限修改为“十五日”', '修改为“十五日”'],
    ['将期限由二十日改为“十五日”', '改为“十五日”'],
  ])('行政许可法 第十条: %s', (comment, cited) => {
    expect(proposed(XUKE, comment, '第十条')).toEqual({ edits: [], unparsed: [`${cited} — what to change is not said: quote the old text or name the clause`] });
  });

  it('立法法 第十条, whose 款 stay: 授权期限, 该表述', () => {
    expect(proposed(LIFA, '建议将授权期限修改为“三年”', '第十条')).toEqual({ edits: [], unparsed: [note('修改为', '三年')] });
    expect(proposed(LIFA, '该表述建议修改为“五年”', '第十条')).toEqual({ edits: [], unparsed: [note('建议修改为', '五年')] });
    expect(proposed(LIFA, '建议将期限由五年改为“三年”', '第十条')).toEqual({ edits: [], unparsed: [note('改为', '三年')] });
  });

  it('with only 建议, 将, 并 before the verb the unit of the column is still rewritten', () => {
    expect(proposed(XUKE, '建议修改为：“行政机关应当对公民、法人或者其他组织从事行政许可事项的活动实施有效监督管理。”', '第十条第二款').edits).toEqual([
      { op: 'rewrite', clause: '第十条第二款', text: '行政机关应当对公民、法人或者其他组织从事行政许可事项的活动实施有效监督管理。' },
    ]);
  });

  it('the place in the comment: a part of 第十条, not all of it', () => {
    expect(proposed(XUKE, '建议将第十条中的监督检查修改为“监督管理”', '第十条')).toEqual({
      edits: [],
      unparsed: ['将第十条中的监督检查修改为“监督管理” — “监督检查” is part of 第十条, not all of it: quote the words to change'],
    });
  });
});

// The clerk's fix by hand of such a note: a rewrite whose text repeats the unit's own number (（七）采用…), which
// the build drops as it drops it from the comment's quote, settles the note as the text without it did.
describe('feedback edit --op rewrite with the unit’s own number settles the note', () => {
  it.each([
    ['第二百七十四条', '（七）', 'lawrefbook/minshi_susong_fa_2021.md', 'ms', '采用能够确认受送达人收悉的电子方式送达，但是受送达人所在国法律禁止的除外；'],
    ['第八条', '（十）', 'lawrefbook/lifa_fa_2015.md', 'lifa', '诉讼制度和仲裁基本制度；'],
  ])('%s%s of %s', async (article, number, file, name, text) => {
    const dir = await corpusWorkspace(file, name);
    const note = `修改为：“${text}” — what to change is not said: quote the old text or name the clause`;
    expect((await redline(dir, 'feedback', 'add', '--unit', '某部', '--comment', `建议修改为：“${text}”`)).stdout).toContain(`not made: ${note}\n`);
    const clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as Array<{ id: string; number: string; parent: string | null }>;
    const parent = clauses.find((c) => c.number === article)!.id;
    const item = clauses.find((c) => c.parent === parent && c.number === number)!.id;
    const edit = await redline(dir, 'feedback', 'edit', '1', '--op', 'rewrite', '--clause', item, '--text', `${number}${text}`);
    expect(edit.code, edit.stderr).toBe(0);
    expect(edit.stdout.split('\n').slice(1)).toEqual([`settled: ${note}`, '']);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(readFileSync(join(dir, `out/${name}.revised.md`), 'utf8')).toContain(`\n${number}${text}\n`);
  });
});
