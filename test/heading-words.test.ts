// A unit named by its number and its heading's words, as a clerk copies them
// from the text (国家粮食应急预案 5.4 通信保障, the 1997 notice's （二）从严的原则,
// 行政许可法 第三章 行政许可的实施机关; from a clerk's walk, where
// 5.4通信保障修改为：“…” gave no edit: “what to change is not said”, and
// 在“4.4 应急终止”中“A”后增加… one: “A” is not part of “4.4 应急终止”).
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const PLAN = corpusDraft('gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt');
const NOTICE = corpusDraft('gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

describe('a rewrite of a unit named with its heading keeps the heading, the text under it reads as the new text', () => {
  it('5.4通信保障修改为 (国家粮食应急预案), with or without a space after the number', () => {
    const rewrite = { edits: [{ op: 'rewrite', clause: '5.4第一段', text: '参与粮食应急工作的各有关部门要保证通信畅通。' }], unparsed: [] };
    expect(proposed(PLAN, '5.4通信保障修改为：“参与粮食应急工作的各有关部门要保证通信畅通。”')).toEqual(rewrite);
    expect(proposed(PLAN, '5.4 通信保障修改为：“参与粮食应急工作的各有关部门要保证通信畅通。”')).toEqual(rewrite);
    expect(built(PLAN, '5.4通信保障修改为：“参与粮食应急工作的各有关部门要保证通信畅通。”')).toContain(
      '确保应急工作的需要。\n\n5.4 通信保障\n\n参与粮食应急工作的各有关部门要保证通信畅通。\n\n5.5 培训演练\n\n',
    );
  });

  it('二、（二）从严的原则修改为 (a point titled by a short sentence, 1997 notice)', () => {
    const comment = '二、（二）从严的原则修改为：“登记管理机关要从严把关。”';
    expect(proposed(NOTICE, comment)).toEqual({ edits: [{ op: 'rewrite', clause: '二、（二）第一段', text: '登记管理机关要从严把关。' }], unparsed: [] });
    expect(built(NOTICE, comment)).toContain('\n\n（二）从严的原则。\n\n登记管理机关要从严把关。\n\n（三）统一归口登记的原则。');
  });

  it('a heading over parts headed in turn (a chapter’s articles, 2.1’s 2.1.1 …) is asked about: none taken away (行政许可法, 国家粮食应急预案)', () => {
    // (A new title for it is its title changed: heading-title-rewrite.test.ts.)
    expect(proposed(XUKE, '第三章 行政许可的实施机关修改为：“行政许可由具有行政许可权的行政机关实施。”')).toEqual({
      edits: [],
      unparsed: ['第三章 行政许可的实施机关修改为：“行政许可由具有行政许可权的行政机关实施。” — 第三章 heads 7 articles (第二十二条, 第二十三条, 第二十四条, …), which a rewrite would take away: quote the words to change'],
    });
    expect(proposed(PLAN, '2.1国家粮食应急工作指挥部修改为：“国家粮食应急工作指挥部由国家发展改革委牵头。”')).toEqual({
      edits: [],
      unparsed: ['2.1国家粮食应急工作指挥部修改为：“国家粮食应急工作指挥部由国家发展改革委牵头。” — 2.1 heads 3 parts (2.1.1, 2.1.2, 2.1.3), which a rewrite would take away: quote the words to change'],
    });
  });
});

describe('the heading’s words name the place of other requests too', () => {
  it('5.4通信保障中的“A”, where A stands in 5.5 and 6.2.1 too; 第三章 行政许可的实施机关中的“A” as before', () => {
    expect(proposed(PLAN, '建议将5.4通信保障中的“国务院有关部门（单位）”修改为“国务院有关部门”。')).toEqual({ edits: [{ op: 'delete', clause: '5.4第一段', quote: '（单位）' }], unparsed: [] });
    expect(proposed(XUKE, '建议将第三章 行政许可的实施机关中的“委托其他行政机关”修改为“委托其他机关”。')).toEqual({
      edits: [{ op: 'delete', clause: '第二十四条', quote: '行政' }],
      unparsed: [],
    });
  });

  it('words that run on past the heading are not it (5.4通信保障工作)', () => {
    expect(proposed(PLAN, '5.4通信保障工作修改为：“参与粮食应急工作的各有关部门要保证通信畅通。”').edits).toEqual([]);
  });
});

describe('a heading quoted whole, number and words, is the place of the words after 中', () => {
  it('在“4.4 应急终止”中“恢复正常秩序”后增加 (国家粮食应急预案; it said the words are not part of the heading)', () => {
    const comment = '建议在“4.4 应急终止”中“恢复正常秩序”后增加“，并做好善后工作”。';
    expect(proposed(PLAN, comment)).toEqual({ edits: [{ op: 'insert', clause: '4.4第一段', quote: '恢复正常秩序', text: '，并做好善后工作' }], unparsed: [] });
    expect(built(PLAN, comment)).toContain('及时终止实施应急措施，恢复正常秩序，并做好善后工作。\n\n## 5 应急保障');
    expect(proposed(PLAN, '建议将“5.4 通信保障”中的“国务院有关部门（单位）”修改为“国务院有关部门”。').edits).toEqual([{ op: 'delete', clause: '5.4第一段', quote: '（单位）' }]);
  });

  it('在“第三章 行政许可的实施机关”中“A”后增加 (行政许可法)', () => {
    expect(proposed(XUKE, '建议在“第三章 行政许可的实施机关”中“委托其他行政机关”后增加“依法”。')).toEqual({
      edits: [{ op: 'insert', clause: '第二十四条', quote: '委托其他行政机关', text: '依法' }],
      unparsed: [],
    });
  });

  it('a heading the unit so numbered has not stays words, asked about as before', () => {
    expect(proposed(PLAN, '建议在“4.4 应急响应”中“恢复正常秩序”后增加“，并做好善后工作”。')).toEqual({
      edits: [],
      unparsed: ['在“4.4 应急响应”中“恢复正常秩序”后增加“，并做好善后工作” — “恢复正常秩序” is not part of “4.4 应急响应”: quote the words to add to'],
    });
  });
});
