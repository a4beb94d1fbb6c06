// A walk on 公司法 2018: 「建议将第十条移至第八条之后。」 was read as "a general
// remark: no edit asked for"; adopted, `check --final` passed and the tables
// said 采纳 of a text left as it was. Moves were then made into edits (the
// article removed, its text added where asked), and a probe found them wrong
// without a word where other edits touched the article, where one half was
// adopted, and in cites of it elsewhere: a move is now asked for and said,
// never made, never a remark. 其中 / 该条 after it are the article to be moved.
// On 公司法 2018 and 行政许可法 2019.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/core/feedback/entry.js';
import { unmadeChange } from '../src/core/feedback/unmade-change.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { corpusDraft } from './helpers/drafts.js';
import { proposed } from './helpers/wording.js';

const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const NOT_MADE = /moving an article is not made into edits: delete it \(删除第X条\) and add its text where it goes/u;

describe('an article to be moved', () => {
  it.each([
    [GONGSI, '建议将第十条移至第八条之后。'],
    [GONGSI, '建议将第十条移到第九条前面。'],
    [GONGSI, '建议把第十条放在第八条之后。'],
    [GONGSI, '建议将第十条调整至第八条之后，作为第九条。'],
    [XUKE, '建议将第十条提前至第八条之后。'],
    [XUKE, '建议将第三条移至第十条之后。'],
    [XUKE, '建议第十条与第八条调换位置。'],
    [XUKE, '建议将第十条第一款移至第八条之后。'],
  ])('%#: no edit, a request said, never a remark', (draft, comment) => {
    const { edits, unparsed } = proposed(draft, comment);
    expect(edits).toEqual([]);
    expect(unparsed).toHaveLength(1);
    expect(unparsed[0]).not.toMatch(/general remark|no edit asked for/u);
    const entry: Entry = { id: '1', file: '1.yaml', unit: '甲', comment, edits: [], editLines: [], unparsed, decision: { status: 'adopted' } };
    expect(unmadeChange(entry)).toMatch(/no edit makes the change it asks for/u);
  });

  it('says how to make it, and changes the words asked for where the article stands (其中 / 该条: the article to be moved; 公司法)', () => {
    expect(proposed(GONGSI, '建议将第十条移至第八条之后。').unparsed).toEqual([expect.stringMatching(NOT_MADE)]);
    for (const comment of ['建议将第十一条调整至第四条之后，并将其中的“必须”修改为“应当”。', '建议将第十一条调整至第四条之后，并将该条中的“必须”修改为“应当”。']) {
      const { edits, unparsed } = proposed(GONGSI, comment);
      expect(edits, comment).toMatchObject([{ op: 'replace', clause: '第十一条', quote: '必须', text: '应当' }]);
      expect(unparsed, comment).toEqual([expect.stringMatching(NOT_MADE)]);
    }
  });

  it('is not read into words changed or a remark (将“一万元”调整至“五万元”, 应把安全放在首位; 行政许可法)', () => {
    expect(proposed(XUKE, '建议将第一条中的“规范”调整至“规范和监督”。').edits).toMatchObject([{ op: 'insert', clause: '第一条' }]);
    expect(proposed(XUKE, '应把安全放在首位。')).toEqual({ edits: [], unparsed: [expect.stringMatching(/general remark/u)] });
  });

  it('end to end: adopted without edits, check --final refuses it (行政许可法)', async () => {
    const dir = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk');
    expect((await redline(dir, 'feedback', 'add', '--unit', '司法部', '--comment', '建议将第十条移至第八条之后。')).code).toBe(0);
    expect((await redline(dir, 'decide', '1', 'adopt', '--date', '2024-01-02', '--by', '甲')).code).toBe(0);
    const final = await redline(dir, 'check', '--final');
    expect(final.code).toBe(1);
    expect(final.stderr).toMatch(/entry 1 is adopted, but no edit makes the change it asks for \(将第十条移至第八条之后 — moving an article is not made into edits/u);
  });
});
