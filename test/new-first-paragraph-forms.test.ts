// A new first 款 was an add-clause at first-paragraph (claiming none of the old
// words) only when it was one paragraph of a 第X条 with no caption. Three
// forms were still made a rewrite copying the old 款 word for word, so an
// adopted edit in that 款 beside them overlapped and was refused: new text of
// several paragraphs (增加两款，作为第一款、第二款：“…”“…” even gave two new
// first 款 that clashed), an article with a caption (第三十四条（审查）), and a
// unit that is no 第X条 (a plan's 5.1.1, 国务院工作规则's 十一、; a section whose
// text is its title, 1.1 编制目的及依据, had its title rewritten).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../src/core/draft/format.js';
import { parseDraft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

/** The revised text's paragraphs, the 对照表's rows and its renumbering line, each comment an entry of its own (1, 2, …), all applied. */
function revised(draft: Draft, ...comments: string[]) {
  const entries = comments.map((comment, i) => {
    const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
    expect(unparsed).toEqual([]);
    return adopted(String(i + 1), ...edits);
  });
  const { text, result } = revisedBody(draft, ...entries);
  expect(result.revision.unapplied.map((p) => p.message)).toEqual([]);
  const comparison = result.outputs.find((o) => o.name.endsWith('comparison.md'))!.content.split('\n');
  return {
    redline: result.outputs.find((o) => o.name.endsWith('redline.md'))!.content.trimEnd().split('\n\n'),
    paragraphs: text.trimEnd().split('\n\n'),
    rows: comparison.filter((l) => /^\| \d+ \|/u.test(l)),
    moves: comparison.find((l) => l.startsWith('条文序号')),
  };
}

/** The paragraphs from the one opening with `start` to the one before `next`. */
function span(paragraphs: readonly string[], start: string, next: string): string[] {
  const from = paragraphs.findIndex((p) => p.startsWith(start));
  const to = paragraphs.findIndex((p, i) => i > from && p.startsWith(next));
  return paragraphs.slice(from, to);
}

const SEVENTH = '全国人民代表大会和全国人民代表大会常务委员会行使国家立法权。';
const LATER_SEVENTH = [
  '全国人民代表大会制定和修改刑事、民事、国家机构的和其他的基本法律。',
  '全国人民代表大会常务委员会制定和修改除应当由全国人民代表大会制定的法律以外的其他法律；在全国人民代表大会闭会期间，对全国人民代表大会制定的法律进行部分补充和修改，但是不得同该法律的基本原则相抵触。',
];

describe('a new first 款 of several paragraphs', () => {
  it('立法法 第七条增加两款，作为第一款、第二款: one edit, both before the old 款, which takes an edit of its own', () => {
    const comment = '第七条增加两款，作为第一款、第二款：“国家立法权依照宪法和法律行使。”“立法应当遵循法定程序。”';
    expect(proposeEdits(comment, LIFA.clauses, 'zh').edits).toMatchObject([{ op: 'add-clause', position: 'first-paragraph', text: '国家立法权依照宪法和法律行使。\n立法应当遵循法定程序。' }]);
    const { paragraphs, rows } = revised(LIFA, comment, '将第七条第一款中的“国家立法权”修改为“国家的立法权”');
    expect(span(paragraphs, '第七条', '第八条')).toEqual(['第七条 国家立法权依照宪法和法律行使。', '立法应当遵循法定程序。', SEVENTH.replace('国家立法权', '国家的立法权'), ...LATER_SEVENTH]);
    expect(rows[0]).toBe(`| 1 | 第七条 | 第七条 ${SEVENTH} | 第七条 **国家立法权依照宪法和法律行使。**<br>**立法应当遵循法定程序。**<br>全国人民代表大会和全国人民代表大会常务委员会行使国家**的**立法权。 | 1、2 |`);
  });

  it('行政许可法 第三十四条, one quote of two paragraphs: 第五十六条’s 第三十四条第三款 is its 第五款', () => {
    const comment = '建议在第三十四条中增加一款作为第一款：“行政机关应当依法及时审查。\n审查应当公开、公正。”';
    const { paragraphs } = revised(XUKE, comment, '将第三十四条第一款中的“申请材料”修改为“全部申请材料”');
    expect(span(paragraphs, '第三十四条', '第三十五条')).toEqual([
      '第三十四条 行政机关应当依法及时审查。',
      '审查应当公开、公正。',
      '行政机关应当对申请人提交的全部申请材料进行审查。',
      '申请人提交的申请材料齐全、符合法定形式，行政机关能够当场作出决定的，应当当场作出书面的行政许可决定。',
      '根据法定条件和程序，需要对申请材料的实质内容进行核实的，行政机关应当指派两名以上工作人员进行核查。',
    ]);
    expect(paragraphs).toContain('第五十六条 实施本法第十二条第五项所列事项的行政许可，申请人提交的申请材料齐全、符合法定形式的，行政机关应当当场予以登记。需要对申请材料的实质内容进行核实的，行政机关依照本法第三十四条第五款的规定办理。');
  });
});

/** A corpus law with captions written after some article numbers, as local regulations print them. */
function captioned(file: string, captions: Record<string, string>): Draft {
  let source = readFileSync(join(CORPUS, file), 'utf8');
  for (const [article, caption] of Object.entries(captions)) source = source.replace(new RegExp(`^${article} `, 'mu'), `${article}${caption}`);
  return parseDraft(importDraft(source, { format: 'markdown' }).text, 'captions.md', 'draft').draft;
}

describe('a new first 款 of an article with a caption', () => {
  it('行政许可法 第三十四条（审查）: the caption stays on the article’s line, the old 款 takes an edit of its own', () => {
    const draft = captioned('lawrefbook/xingzheng_xuke_fa_2019.md', { 第三十四条: '（审查）' });
    const comment = '第三十四条增加一款，作为第一款：“行政机关应当依法及时审查。”';
    expect(proposeEdits(comment, draft.clauses, 'zh').edits).toMatchObject([{ op: 'add-clause', position: 'first-paragraph', text: '行政机关应当依法及时审查。' }]);
    const { paragraphs, rows, redline } = revised(draft, comment, '将第三十四条第一款中的“申请人提交的”修改为“申请人提出的”');
    expect(span(paragraphs, '第三十四条', '第三十五条').slice(0, 3)).toEqual([
      '第三十四条（审查）行政机关应当依法及时审查。',
      '行政机关应当对申请人提出的申请材料进行审查。',
      '申请人提交的申请材料齐全、符合法定形式，行政机关能够当场作出决定的，应当当场作出书面的行政许可决定。',
    ]);
    expect(rows[0]).toBe('| 1 | 第三十四条 | 第三十四条（审查）行政机关应当对申请人提~~交~~的申请材料进行审查。 | 第三十四条（审查）**行政机关应当依法及时审查。**<br>行政机关应当对申请人提**出**的申请材料进行审查。 | 1、2 |');
    const at = redline.findIndex((p) => p.startsWith('第三十四条'));
    expect(redline.slice(at, at + 2)).toEqual(['第三十四条（审查）**行政机关应当依法及时审查。**〔意见1〕', '行政机关应当对申请人提~~交~~**出**的申请材料进行审查。〔意见2〕']);
    expect(paragraphs).toContain('第五十六条 实施本法第十二条第五项所列事项的行政许可，申请人提交的申请材料齐全、符合法定形式的，行政机关应当当场予以登记。需要对申请材料的实质内容进行核实的，行政机关依照本法第三十四条第四款的规定办理。');
  });

  it('立法法 第七条（立法权） and a change throughout: made in the old 款 too', () => {
    const draft = captioned('lawrefbook/lifa_fa_2015.md', { 第七条: '（立法权）' });
    const { paragraphs, rows } = revised(draft, '第七条增加一款，作为第一款：“国家立法权依照宪法和法律行使。”', '建议将全文中的“全国人民代表大会常务委员会”统一修改为“全国人大常委会”');
    expect(span(paragraphs, '第七条', '第八条')).toEqual([
      '第七条（立法权）国家立法权依照宪法和法律行使。',
      '全国人民代表大会和全国人大常委会行使国家立法权。',
      LATER_SEVENTH[0],
      LATER_SEVENTH[1]!.replace('全国人民代表大会常务委员会', '全国人大常委会'),
    ]);
    expect(rows[0]).toBe('| 1 | 第七条 | 第七条（立法权）全国人民代表大会和全国人~~民代表大会常务委员~~会行使国家立法权。 | 第七条（立法权）**国家立法权依照宪法和法律行使。**<br>全国人民代表大会和全国人**大常委**会行使国家立法权。 | 1、2 |');
  });
});

const PLAN = corpusDraft('gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt');
const GUIZE = corpusDraft('gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt');
const OLD_511 = '为应对粮食应急状态，要进一步优化中央储备粮的布局和品种结构，适当提高口粮品种的储备比例和库存薄弱地区的储备规模，重点保证北京、天津、上海、重庆4个直辖市，南方粮价敏感的重点销区城市，以及其他缺粮地区动用中央储备粮的需要。';

describe('a new first paragraph of a unit that is no 第X条', () => {
  it('粮食应急预案 5.1.1: the new paragraph after its number, its old text next with an edit of its own', () => {
    const comment = '5.1.1增加一款，作为第一款：“中央储备粮应当保持合理规模。”';
    expect(proposeEdits(comment, PLAN.clauses, 'zh').edits).toMatchObject([{ op: 'add-clause', position: 'first-paragraph' }]);
    const { paragraphs, rows } = revised(PLAN, comment, '将5.1.1中的“进一步优化”修改为“优化”');
    expect(span(paragraphs, '5.1.1', '5.1.2')).toEqual(['5.1.1 中央储备粮应当保持合理规模。', OLD_511.replace('进一步', '')]);
    expect(rows).toEqual([`| 1 | 5.1.1 | 5.1.1 ${OLD_511.replace('进一步', '~~进一步~~')} | 5.1.1 **中央储备粮应当保持合理规模。**<br>${OLD_511.replace('进一步', '')} | 1、2 |`]);
  });

  it('粮食应急预案 1.1, whose text is its title: the new paragraph goes first under it; the title and the 目录 stay', () => {
    const comment = '1.1增加一款，作为第一款：“本预案是国家突发公共事件总体应急预案的组成部分。”';
    const paragraph = PLAN.clauses.find((c) => c.text.startsWith('为了有效监测和控制'))!;
    expect(proposeEdits(comment, PLAN.clauses, 'zh').edits).toMatchObject([{ op: 'add-clause', clause: paragraph.id, position: 'before' }]);
    const { paragraphs, rows } = revised(PLAN, comment, '将1.1中的“确保粮食市场供应”修改为“保障粮食市场供应”');
    const at = paragraphs.lastIndexOf('1.1 编制目的及依据');
    expect(paragraphs.slice(at, at + 3)).toEqual(['1.1 编制目的及依据', '本预案是国家突发公共事件总体应急预案的组成部分。', paragraph.text.replace('确保', '保障')]);
    expect(rows.map((r) => r.split(' | ')[1])).toEqual(['1.1新增第一段', '1.1第一段']);
  });

  it('国务院工作规则 十一、 (第十一条): the new 款 opens it, its old text next with an edit of its own, its later 款 after', () => {
    const { paragraphs, rows } = revised(GUIZE, '第十一条增加一款，作为第一款：“国务院各部门实行部门首长负责制。”', '将第十一条第一款中的“审计长”修改为“审计署审计长”');
    expect(span(paragraphs, '十一、', '## 第三章')).toEqual([
      '十一、国务院各部门实行部门首长负责制。',
      '各部部长、各委员会主任、人民银行行长、审计署审计长负责本部门的工作。',
      '各部、各委员会、人民银行、审计署根据法律和国务院的行政法规、决定、命令，在本部门的职权范围内，制定规章，发布命令。',
      '审计署在总理领导下，依照法律规定独立行使审计监督权，不受其他行政机关、社会团体和个人的干涉。',
    ]);
    expect(rows[0]).toBe('| 1 | 第二章十一、 | 十一、各部部长、各委员会主任、人民银行行长、审计长负责本部门的工作。 | 十一、**国务院各部门实行部门首长负责制。**<br>各部部长、各委员会主任、人民银行行长、**审计署**审计长负责本部门的工作。 | 1、2 |');
  });
});

describe('the 对照表’s renumbering line names the old first 款 that moved down', () => {
  it('立法法 第七条 given two: 原第七条第一款至第三款依次改为第三款至第五款', () => {
    const { moves } = revised(LIFA, '第七条增加两款，作为第一款、第二款：“国家立法权依照宪法和法律行使。”“立法应当遵循法定程序。”');
    expect(moves).toBe('条文序号作相应调整：原第七条第一款至第三款依次改为第三款至第五款。');
  });

  it('公司法 第三十七条 and 立法法 第五条 (one 款 before) given one', () => {
    const gongsi = corpusDraft('lawrefbook/gongsi_fa_2018.md');
    expect(revised(gongsi, '建议在第三十七条中增加一款作为第一款：“股东会依法行使职权。”').moves).toBe('条文序号作相应调整：原第三十七条第一款、第二款依次改为第二款、第三款。');
    expect(revised(LIFA, '建议在第五条中增加一款作为第一款：“立法应当坚持和发展全过程人民民主。”').moves).toBe('条文序号作相应调整：原第五条第一款改为第二款。');
  });
});
