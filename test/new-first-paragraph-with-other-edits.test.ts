// 第七条增加一款，作为第一款：“…” was made a rewrite of the article's own
// paragraph whose second line copied the old one word for word: it claimed
// the old words, so an adopted edit in them (将第七条第一款中的“国家立法权”修改为
// “国家的立法权”) overlapped it, and a change throughout (全文“全国人民代表大会常务委员会”
// 统一修改为“全国人大常委会”) was left unapplied across the whole draft. The new
// 款 is now an add-clause (position first-paragraph) that claims none of the
// old words: both apply, the new 款 first, the old one second with the other
// edits' changes made in it, and the references to the old first 款 follow it.
import { describe, expect, it } from 'vitest';
import { revise } from '../src/core/revision/revise.js';
import type { Draft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');

const NEW_SEVENTH = '国家立法权依照宪法和法律行使。';
const NEW_FIRST = `第七条增加一款，作为第一款：“${NEW_SEVENTH}”`;
const IN_OLD = '将第七条第一款中的“国家立法权”修改为“国家的立法权”';
const THROUGHOUT = '建议将全文中的“全国人民代表大会常务委员会”统一修改为“全国人大常委会”';

/** The revised text, the 对照表's rows and the redline's paragraphs, each comment an entry of its own (1, 2, …), all applied. */
function revised(draft: Draft, ...comments: string[]) {
  const entries = comments.map((comment, i) => {
    const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
    expect(unparsed).toEqual([]);
    return adopted(String(i + 1), ...edits);
  });
  const { text, result } = revisedBody(draft, ...entries);
  expect(result.revision.unapplied.map((p) => p.message)).toEqual([]);
  const output = (end: string) => result.outputs.find((o) => o.name.endsWith(end))!.content;
  return {
    text,
    rows: output('comparison.md').split('\n').filter((l) => /^\| \d+ \|/u.test(l)),
    redline: output('redline.md').trimEnd().split('\n\n'),
  };
}

/** The revised text's paragraphs from the one opening with `start` to the one before `next`. */
function article(text: string, start: string, next: string): string[] {
  const paragraphs = text.trimEnd().split('\n\n');
  const from = paragraphs.findIndex((p) => p.startsWith(start));
  const to = paragraphs.findIndex((p, i) => i > from && p.startsWith(next));
  return paragraphs.slice(from, to);
}

const LATER_SEVENTH = [
  '全国人民代表大会制定和修改刑事、民事、国家机构的和其他的基本法律。',
  '全国人民代表大会常务委员会制定和修改除应当由全国人民代表大会制定的法律以外的其他法律；在全国人民代表大会闭会期间，对全国人民代表大会制定的法律进行部分补充和修改，但是不得同该法律的基本原则相抵触。',
];

describe('a new first 款 beside other edits of the article', () => {
  it('立法法 第七条: the new 款, then the old one with 国家的立法权', () => {
    expect(proposeEdits(NEW_FIRST, LIFA.clauses, 'zh').edits).toMatchObject([{ op: 'add-clause', clause: LIFA.clauses.find((c) => c.number === '第七条')!.id, text: NEW_SEVENTH, position: 'first-paragraph' }]);
    const { text, rows, redline } = revised(LIFA, NEW_FIRST, IN_OLD);
    expect(article(text, '第七条', '第八条')).toEqual([`第七条 ${NEW_SEVENTH}`, '全国人民代表大会和全国人民代表大会常务委员会行使国家的立法权。', ...LATER_SEVENTH]);
    expect(rows[0]).toBe(`| 1 | 第七条 | 第七条 全国人民代表大会和全国人民代表大会常务委员会行使国家立法权。 | 第七条 **${NEW_SEVENTH}**<br>全国人民代表大会和全国人民代表大会常务委员会行使国家**的**立法权。 | 1、2 |`);
    const at = redline.findIndex((p) => p.startsWith('第七条'));
    expect(redline.slice(at, at + 3)).toEqual([`第七条 **${NEW_SEVENTH}**〔意见1〕`, '全国人民代表大会和全国人民代表大会常务委员会行使国家**的**立法权。〔意见2〕', LATER_SEVENTH[0]]);
  });

  it('立法法 第七条 and a change throughout: made everywhere, in the old 款 too', () => {
    const { text, rows, redline } = revised(LIFA, NEW_FIRST, THROUGHOUT);
    expect(text).not.toContain('全国人民代表大会常务委员会');
    expect(article(text, '第七条', '第八条')).toEqual([
      `第七条 ${NEW_SEVENTH}`,
      '全国人民代表大会和全国人大常委会行使国家立法权。',
      LATER_SEVENTH[0],
      LATER_SEVENTH[1]!.replace('全国人民代表大会常务委员会', '全国人大常委会'),
    ]);
    expect(rows[0]).toBe(`| 1 | 第七条 | 第七条 全国人民代表大会和全国人~~民代表大会常务委员~~会行使国家立法权。 | 第七条 **${NEW_SEVENTH}**<br>全国人民代表大会和全国人**大常委**会行使国家立法权。 | 1、2 |`);
    const at = redline.findIndex((p) => p.startsWith('第七条'));
    expect(redline[at]).toBe(`第七条 **${NEW_SEVENTH}**〔意见1〕`);
    expect(redline[at + 1]).toMatch(/^全国人民代表大会和全国人.*行使国家立法权。〔意见2〕$/u);
  });

  it('立法法 第七十二条: an edit in its old 款, and the references to its 第二款 name its 第三款', () => {
    const comment = '第七十二条增加一款，作为第一款：“地方性法规应当符合本地实际。”';
    const { text } = revised(LIFA, comment, '将第七十二条第一款中的“具体情况和实际需要”修改为“实际需要”');
    const paragraphs = article(text, '第七十二条', '第七十三条');
    expect(paragraphs.slice(0, 2)).toEqual(['第七十二条 地方性法规应当符合本地实际。', '省、自治区、直辖市的人民代表大会及其常务委员会根据本行政区域的实际需要，在不同宪法、法律、行政法规相抵触的前提下，可以制定地方性法规。']);
    expect(paragraphs[2]).toMatch(/^设区的市的人民代表大会及其常务委员会根据本市的具体情况和实际需要，/u);
    // 第二款 is its 第三款 now, in the article and in 第七十三条.
    expect(paragraphs).toContain('自治州的人民代表大会及其常务委员会可以依照本条第三款规定行使设区的市制定地方性法规的职权。自治州开始制定地方性法规的具体步骤和时间，依照前款规定确定。');
    expect(text).toContain('限于本法第七十二条第三款规定的事项。');
  });

  it('公司法 第三十七条 with an edit in its old 款: 第六十一条、第九十九条 cite it as 第二款', () => {
    const { text, rows } = revised(GONGSI, '建议在第三十七条中增加一款作为第一款：“股东会依法行使职权。”', '将第三十七条第一款中的“下列职权”修改为“以下职权”');
    expect(article(text, '第三十七条', '第三十八条').slice(0, 3)).toEqual(['第三十七条 股东会依法行使职权。', '股东会行使以下职权：', '（一）决定公司的经营方针和投资计划；']);
    expect(text).toContain('股东作出本法第三十七条第二款所列决定时');
    expect(text).toContain('第九十九条 本法第三十七条第二款关于有限责任公司股东会职权的规定');
    expect(rows[0]).toBe('| 1 | 第三十七条 | 第三十七条 股东会行使~~下列~~职权： | 第三十七条 **股东会依法行使职权。**<br>股东会行使**以下**职权： | 1、2 |');
  });

  it('two new first 款 of one article conflict; one on a 款 or a chapter is refused', () => {
    const seventh = LIFA.clauses.find((c) => c.number === '第七条')!;
    const first = (clause: string, text: string) => ({ op: 'add-clause' as const, clause, text, position: 'first-paragraph' as const });
    const twice = revise(LIFA, [adopted('1', first(seventh.id, '甲。')), adopted('2', first(seventh.id, '乙。'))]);
    expect(twice.unapplied.map((p) => [p.ref.entry, p.state])).toEqual([['1', 'conflict'], ['2', 'conflict']]);
    const paragraph = LIFA.clauses[LIFA.clauses.indexOf(seventh) + 1]!;
    const chapter = LIFA.clauses.find((c) => c.heading !== null && c.number === '第一章')!;
    const refused = revise(LIFA, [adopted('1', first(paragraph.id, '甲。')), adopted('2', first(chapter.id, '乙。'))]);
    expect(refused.unapplied.map((p) => p.state)).toEqual(['stale', 'stale']);
  });
});
