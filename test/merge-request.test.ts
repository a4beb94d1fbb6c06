// 合并为一款 / 合并成一条: units merged into one ask for a change that words alone
// do not write (the merged text is the drafter's, as a rewrite and deletions).
// Such a request is named as one not made, with what would make it, not passed
// over as a general remark; 两个公司合并为一个公司 (the text's own subject) is no
// request. On 民事诉讼法 2021 (the 2023 amendment merged 第一百九十八条's two 款)
// and 公司法 2018.
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { proposed } from './helpers/wording.js';

const HOW = 'merging units gives no edit of itself: rewrite one with the merged text and delete the others (将第X条修改为：“…”，删去第Y条)';

describe('units merged into one', () => {
  const minsu = corpusDraft('lawrefbook/minshi_susong_fa_2021.md');
  const gongsi = corpusDraft('lawrefbook/gongsi_fa_2018.md');

  it('民事诉讼法: 第一款和第二款合并为一款 is asked about, its units cited', () => {
    expect(proposed(minsu, '建议将第一百九十八条第一款和第二款合并为一款。')).toEqual({ edits: [], unparsed: [`建议将第一百九十八条第一款和第二款合并为一款 — ${HOW}`] });
  });

  it('公司法: beside another request, the merge is the note and the other request its edit', () => {
    expect(proposed(gongsi, '建议删除第三条第二款，将第一百七十三条与第一百七十四条合并为一条。')).toEqual({
      edits: [{ op: 'remove-clause', clause: '第三条第二款' }],
      unparsed: [`将第一百七十三条与第一百七十四条合并为一条 — ${HOW}`],
    });
    expect(proposed(gongsi, '建议第五条与第六条合并成一条，表述更简洁。').unparsed).toEqual([`建议第五条与第六条合并成一条 — ${HOW}`]);
  });

  it('公司法: a merger the text speaks of is no request', () => {
    expect(proposed(gongsi, '公司合并为一个公司的，建议在第一百七十三条中增加“依法”。').unparsed).toEqual([]);
  });
});
