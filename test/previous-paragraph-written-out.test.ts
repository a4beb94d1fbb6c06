// 增加一款作为第二款 puts a 款 between a 前款 and the 款 it meant: the build
// writes the cite out as statutes cite a 款 of their own article, 本条第一款
// (the 2023 公司法: 对本条第一款所列事项…), and 前两款 as 本条第一款、第二款.
import { describe, expect, it } from 'vitest';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, paragraph, revisedBody, unit } from './helpers/drafts.js';

const COMPANY = 'lawrefbook/gongsi_fa_2018.md';
const CIVIL_PROCEDURE = 'lawrefbook/minshi_susong_fa_2021.md';

/** The comment read as edits, adopted as entry 1, and the build: its text, 对照表 rows and redline. */
function built(file: string, comment: string) {
  const draft = corpusDraft(file);
  const edits = proposeEdits(comment, draft.clauses, 'zh').edits;
  const { text, result } = revisedBody(draft, adopted('1', ...edits));
  const [, , comparison, redline] = result.outputs.map((o) => o.content);
  const rows = comparison!.split('\n').filter((line) => /^\| \d/u.test(line));
  return { draft, edits, text, result, rows, redline: redline! };
}

describe('前款 written out after 增加一款作为第X款 is 本条第X款', () => {
  it('公司法 2018 第三十七条: 对前款所列事项 becomes 对本条第一款所列事项, as the 2023 law has it', () => {
    const { draft, edits, text, result, rows, redline } = built(COMPANY, '建议在第三十七条增加一款作为第二款：“股东会可以授权董事会对发行公司债券作出决议。”');
    expect(edits).toEqual([expect.objectContaining({ op: 'add-clause', clause: unit(draft, 37, ['款', 2]).id, position: 'before', text: '股东会可以授权董事会对发行公司债券作出决议。' })]);
    expect(result.revision.unapplied).toEqual([]);
    expect(result.revision.problems).toEqual([]);
    const written = '对本条第一款所列事项股东以书面形式一致表示同意的，可以不召开股东会会议，直接作出决定，并由全体股东在决定文件上签名、盖章。';
    expect(paragraph(text, '对本条第一款所列事项')).toBe(written);
    expect(corpusDraft('lawrefbook/gongsi_fa_2023.md').clauses.some((c) => c.text.startsWith('对本条第一款所列事项股东以书面形式一致表示同意的'))).toBe(true);
    expect(rows).toEqual([
      '| 1 | 第三十七条新增第二款 | （新增） | **股东会可以授权董事会对发行公司债券作出决议。** | 1 |',
      `| 2 | 第三十七条第二款 | 对~~前款~~所列事项股东以书面形式一致表示同意的，可以不召开股东会会议，直接作出决定，并由全体股东在决定文件上签名、盖章。 | ${written.replace('本条第一款', '**本条第一款**')} | 1（引用条文序号相应调整） |`,
    ]);
    expect(redline).toContain('对~~前款~~**本条第一款**〔意见1〕所列事项');
  });

  it('民事诉讼法 2021 第五十九条: 前两款规定的第三人 becomes 本条第一款、第二款规定的第三人', () => {
    const { text, result, rows, redline } = built(CIVIL_PROCEDURE, '建议在第五十九条增加一款作为第三款：“第三人参加诉讼的，人民法院应当及时通知当事人双方。”');
    expect(result.revision.unapplied).toEqual([]);
    expect(paragraph(text, '第三人参加诉讼的')).toBe('第三人参加诉讼的，人民法院应当及时通知当事人双方。');
    expect(paragraph(text, '本条第一款、第二款规定的第三人')?.startsWith('本条第一款、第二款规定的第三人，因不能归责于本人的事由未参加诉讼，')).toBe(true);
    expect(rows[1]).toMatch(/^\| 2 \| 第五十九条第三款 \| ~~前两款~~规定的第三人，.* \| \*\*本条第一款、第二款\*\*规定的第三人，.* \| 1（引用条文序号相应调整） \|$/u);
    expect(redline).toContain('~~前两款~~**本条第一款、第二款**〔意见1〕规定的第三人');
  });

  it('民事诉讼法 2021 第五十八条: each of the three 前款 of the old 第二款 becomes 本条第一款', () => {
    const { text, result, redline } = built(CIVIL_PROCEDURE, '建议在第五十八条增加一款作为第二款：“提起公益诉讼的机关和组织应当及时公开案件信息。”');
    expect(result.revision.unapplied).toEqual([]);
    expect(paragraph(text, '人民检察院在履行职责中发现')).toBe(
      '人民检察院在履行职责中发现破坏生态环境和资源保护、食品药品安全领域侵害众多消费者合法权益等损害社会公共利益的行为，在没有本条第一款规定的机关和组织或者本条第一款规定的机关和组织不提起诉讼的情况下，可以向人民法院提起诉讼。本条第一款规定的机关或者组织提起诉讼的，人民检察院可以支持起诉。',
    );
    expect(redline.match(/~~前款~~\*\*本条第一款\*\*〔意见1〕/gu)).toHaveLength(3);
  });
});
