// A walk on 公司法 2018: 「建议将第十条移至第八条之后。」 was read as "a general
// remark: no edit asked for"; adopted, `check --final` passed and the tables
// said 采纳 of a text left as it was. And in 「调整至第四条之后，并将其中的…」 其中 /
// 该条 was read as 第四条. A move of an article is now its removal where it
// stands and its text (款 and items with it) added where asked, the numbers
// between following; words changed in it go with it. A move the edit model
// cannot make cleanly (a 款, a 项, words, a place not said) is a request not
// made, never a remark. On 公司法 2018 and 行政许可法 2019.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';
import { built, proposed, unescaped } from './helpers/wording.js';

const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

describe('an article moved', () => {
  it('公司法: 第十条 移至第八条之后 becomes 第九条, the old 第九条 第十条', () => {
    const comment = '建议将第十条移至第八条之后。';
    expect(proposed(GONGSI, comment)).toEqual({
      edits: [
        { op: 'remove-clause', clause: '第十条' },
        { op: 'add-clause', clause: '第八条', text: '公司以其主要办事机构所在地为住所。' },
      ],
      unparsed: [],
    });
    const text = unescaped(built(GONGSI, comment));
    expect(text).toContain('或者有限公司字样。\n\n依照本法设立的股份有限公司，必须在公司名称中标明股份有限公司或者股份公司字样。\n\n第九条 公司以其主要办事机构所在地为住所。\n\n第十条 有限责任公司变更为股份有限公司');
    expect(text.split('公司以其主要办事机构所在地为住所').length).toBe(2);
    // 移到…前面, 把…放在…之后: the same move said otherwise.
    expect(proposed(GONGSI, '建议将第十条移到第九条前面。').edits.map((e) => [e.op, e.clause])).toEqual([['remove-clause', '第十条'], ['add-clause', '第九条']]);
    expect(proposed(GONGSI, '建议把第十条放在第八条之后。').edits.map((e) => [e.op, e.clause])).toEqual([['remove-clause', '第十条'], ['add-clause', '第八条']]);
  });

  it('公司法: 其中 / 该条 after 调整至第四条之后 is the article moved, changed where it goes', () => {
    for (const comment of ['建议将第十一条调整至第四条之后，并将其中的“必须”修改为“应当”。', '建议将第十一条调整至第四条之后，并将该条中的“必须”修改为“应当”。', '建议将第十一条调整至第四条之后。该条中的“必须”修改为“应当”。']) {
      expect(proposed(GONGSI, comment), comment).toEqual({
        edits: [
          { op: 'remove-clause', clause: '第十一条' },
          { op: 'add-clause', clause: '第四条', text: '设立公司应当依法制定公司章程。公司章程对公司、股东、董事、监事、高级管理人员具有约束力。' },
        ],
        unparsed: [],
      });
    }
    const text = unescaped(built(GONGSI, '建议将第十一条调整至第四条之后，并将其中的“必须”修改为“应当”。'));
    expect(text).toContain('\n\n第五条 设立公司应当依法制定公司章程。公司章程对公司、股东、董事、监事、高级管理人员具有约束力。\n\n第六条 公司从事经营活动，必须遵守法律');
    expect(text).not.toContain('设立公司必须依法制定公司章程');
  });

  it('公司法: 作为第九条 is the number it takes, moved up or down', () => {
    const down = unescaped(built(GONGSI, '建议将第五条移至总则后部，作为第九条。'));
    expect(down).toContain('\n\n第五条 设立公司，应当依法向公司登记机关申请设立登记。');
    expect(down).toContain('\n\n第八条 有限责任公司变更为股份有限公司');
    expect(down).toContain('\n\n第九条 公司从事经营活动，必须遵守法律、行政法规，遵守社会公德、商业道德，诚实守信，接受政府和社会公众的监督，承担社会责任。\n\n公司的合法权益受法律保护，不受侵犯。\n\n第十条 公司以其主要办事机构所在地为住所。');
    const up = unescaped(built(GONGSI, '建议将第十条移至第八条之后，作为第九条。'));
    expect(up).toContain('\n\n第九条 公司以其主要办事机构所在地为住所。\n\n第十条 有限责任公司变更为股份有限公司');
  });

  it('行政许可法: an article with its items and 款 moved, a 项 of it changed as it goes', () => {
    const comment = '建议将第三十二条移至第三十条之前，并将该条第一款第（四）项中的“五日内”修改为“三日内”。';
    const { edits, unparsed } = proposed(XUKE, comment);
    expect(unparsed).toEqual([]);
    expect(edits.map((e) => [e.op, e.clause])).toEqual([['remove-clause', '第三十二条'], ['add-clause', '第三十条']]);
    const text = unescaped(built(XUKE, comment));
    expect(text).toContain(
      '\n\n第三十条 行政机关对申请人提出的行政许可申请，应当根据下列情况分别作出处理：\n\n（一）申请事项依法不需要取得行政许可的，应当即时告知申请人不受理；\n\n',
    );
    expect(text).toContain('（四）申请材料不齐全或者不符合法定形式的，应当当场或者在三日内一次告知申请人');
    expect(text).toContain('应当受理行政许可申请。\n\n行政机关受理或者不予受理行政许可申请，应当出具加盖本行政机关专用印章和注明日期的书面凭证。\n\n第三十一条 行政机关应当将法律、法规、规章规定的有关行政许可的事项');
    expect(text).not.toContain('在五日内一次告知');
    expect(text.split('行政机关对申请人提出的行政许可申请，应当根据下列情况').length).toBe(2);
  });

  it('行政许可法: moved with 修改为, the text it is given; a cite of the article moved is reported, not rewritten', () => {
    // 第十三条 cites 第十二条 (本法第十二条所列事项), and five more: the build does not yet know the article added is
    // the one removed, so their cites are reported (an error in check), not followed.
    const { result } = revisedBody(XUKE, adopted('1', ...proposeEdits('建议将第十二条移至第十三条之后。', XUKE.clauses, 'zh').edits));
    expect(result.revision.unapplied).toEqual([]);
    const messages = result.revision.problems.map((p) => p.message);
    expect(messages).toContain('第十三条 (c28) cites 第十二条, which is removed: “本法第十二条”');
    expect(messages.filter((m) => !/ cites 第十二条, which is removed: “本法第十二条/u.test(m))).toEqual([]);
    const rewritten = proposed(XUKE, '建议将第十三条移至第十二条之前，并修改为：“下列事项可以不设行政许可。”');
    expect(rewritten).toEqual({
      edits: [
        { op: 'remove-clause', clause: '第十三条' },
        { op: 'add-clause', clause: '第十二条', text: '下列事项可以不设行政许可。' },
      ],
      unparsed: [],
    });
  });
});

describe('a move not made into edits is said, never a remark', () => {
  const reasons = (comment: string, draft = GONGSI) => {
    const { edits, unparsed } = proposed(draft, comment);
    expect(edits, comment).toEqual([]);
    return unparsed.join(' | ');
  };

  it('公司法: a 款, a 项, a chapter, words, several articles, no place or side, no change', () => {
    expect(reasons('建议将第三十七条第二款移至第一款之前。')).toMatch(/第三十七条第二款 is not an article: moving a 款 or 项 is not made into edits/u);
    expect(reasons('建议将第三十七条第（四）项移至第（一）项之前。')).toMatch(/（四）项 is not an article/u);
    expect(reasons('建议将第二章移至第三章之后。')).toMatch(/第二章 is not an article/u);
    expect(reasons('建议将第十条中的“住所”调整至“所在地”之后。')).toMatch(/moving words is not made into edits/u);
    expect(reasons('建议将第十条、第十一条移至第八条之后。')).toMatch(/several units moved at once/u);
    expect(reasons('建议将第十条移至第八条。')).toMatch(/whether it goes before or after the unit named is not said/u);
    expect(reasons('建议将有关内容移至附则。')).toMatch(/what to move is neither named by its number/u);
    expect(reasons('建议将第十条移至第九条之后。')).toMatch(/第十条 stands after 第九条 already: nothing moves/u);
    // 放在 moves only a unit named by number; 调整至 between quotes is new words for old.
    expect(reasons('应把安全放在首位。')).toMatch(/a general remark/u);
    expect(proposed(GONGSI, '建议将第二百零四条第一款中的“一万元”调整至“五万元”。').edits).toEqual([expect.objectContaining({ op: 'replace', text: '五' })]);
  });

  it('行政许可法: 移至第二章 names no article', () => {
    expect(reasons('建议将第十二条移至第二章。', XUKE)).toMatch(/where in it is not said: name the article it goes before or after/u);
    expect(reasons('建议将第十二条移至第二章之后。', XUKE)).toMatch(/第二章 is not an article: say which article it goes before or after/u);
  });
});

describe('the move adopted, in a workspace', () => {
  it('公司法: the tables say what moved; a 款 moved, adopted, is refused by check --final', async () => {
    const dir = await corpusWorkspace('lawrefbook/gongsi_fa_2018.md', 'gongsi');
    expect((await redline(dir, 'feedback', 'add', '--unit', '发改委', '--comment', '建议将第十条移至第八条之后。')).code).toBe(0);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'check', '--final')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    const comparison = readFileSync(join(dir, 'out/gongsi.comparison.md'), 'utf8');
    expect(comparison).toContain('**第九条 公司以其主要办事机构所在地为住所。**');
    expect(comparison).not.toContain('未作修改');
    expect((await redline(dir, 'feedback', 'add', '--unit', '发改委', '--comment', '建议将第三十七条第二款移至第一款之前。')).code).toBe(0);
    expect((await redline(dir, 'decide', '2', 'adopt')).code).toBe(0);
    const check = await redline(dir, 'check', '--final');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('entry 2 is adopted, but no edit makes the change it asks for');
  });
});
