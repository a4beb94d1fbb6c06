// 增加一款 / 增加一项 that says no place, beside the unit the comment speaks
// of (a place column's 第七十二条, 1.4, or the unit the comment named before):
// it was refused (where to add the new clause is not said), though a drafter
// reads it as the unit's last 款, or its list's last item.
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed, unescaped } from './helpers/wording.js';

const SHANGHAI = corpusDraft('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md');
const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const GRAIN = corpusDraft('gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt');

/** The paragraphs of the revised text from one line's start to the next's. */
const between = (text: string, from: string, to: string) => {
  const plain = unescaped(text);
  const start = plain.indexOf(from);
  return plain.slice(start, plain.indexOf(to, start + from.length)).trim().split(/\n+/u);
};

const SHANGHAI_72 = [
  '第七十二条 破产管理人处分破产企业重大财产的，应当经债权人会议逐项表决通过。',
  '破产管理人有权查询破产企业注册登记材料、社会保险费用缴纳情况、银行开户信息及存款状况，以及不动产、车辆、知识产权等信息，相关部门、金融机构应当予以配合。',
  '破产管理人依据人民法院终结破产程序裁定文书、清算组依据人民法院强制清算终结裁定文书提出申请的，市场监管部门依法为企业办理注销登记。',
  '市破产管理人协会应当加强行业自律，加大对破产管理人的培训力度，提高破产管理人的履职能力和水平。',
];

describe('增加一款 with no place: the last 款 of the article spoken of', () => {
  const added = '本市健全破产管理人分级管理机制，加强破产管理人专业化、规范化建设。';

  it('beside 第七十二条 (or its 第二款) in the place column, after its 第四款 (上海市优化营商环境条例)', () => {
    const comment = `增加一款：“${added}”`;
    const expected = { edits: [{ op: 'add-clause', clause: '第七十二条', text: added }], unparsed: [] };
    expect(proposed(SHANGHAI, comment, '第七十二条')).toEqual(expected);
    expect(proposed(SHANGHAI, comment, '第七十二条第二款')).toEqual(expected);
    expect(between(built(SHANGHAI, comment, '第七十二条'), '第七十二条 ', '第七十三条 ')).toEqual([...SHANGHAI_72, added]);
  });

  it('after a request naming the article’s 款, that article (上海市优化营商环境条例)', () => {
    const fourth = '市破产管理人协会应当加强行业自律和业务培训，提高破产管理人的履职能力和水平。';
    const comment = `第七十二条第四款修改为：“${fourth}”；增加一款：“${added}”`;
    expect(proposed(SHANGHAI, comment)).toEqual({
      edits: [
        { op: 'rewrite', clause: '第七十二条第四款', text: fourth },
        { op: 'add-clause', clause: '第七十二条', text: added },
      ],
      unparsed: [],
    });
    expect(between(built(SHANGHAI, comment), '第七十二条 ', '第七十三条 ')).toEqual([...SHANGHAI_72.slice(0, 3), fourth, added]);
  });

  it('立法法 2015 第十三条 takes its 第二款 as 2023 gave it, before 第二节', () => {
    const second = '暂时调整或者暂时停止适用法律的部分规定的事项，实践证明可行的，由全国人民代表大会及其常务委员会及时修改有关法律；修改法律的条件尚不成熟的，可以延长授权的期限，或者恢复施行有关法律规定。';
    expect(between(built(LIFA, `增加一款：“${second}”`, '第十三条'), '第十三条 ', '### 第二节')).toEqual([
      '第十三条 全国人民代表大会及其常务委员会可以根据改革发展的需要，决定就行政管理等领域的特定事项授权在一定期限内在部分地方暂时调整或者暂时停止适用法律的部分规定。',
      second,
    ]);
  });

  it('with no unit named or given, or a chapter given, it is still asked about', () => {
    expect(proposed(SHANGHAI, `增加一款：“${added}”`)).toEqual({ edits: [], unparsed: [`增加一款：“${added}” — where to add the new clause is not said`] });
    expect(proposed(SHANGHAI, `增加一款：“${added}”`, '第五章').unparsed).toEqual([`增加一款：“${added}” — 第五章 is not an article: where the new 款 goes is not said`]);
  });
});

describe('增加一项 with no place: the last item of the list spoken of', () => {
  const fourth = '依法处置、公开透明。依法做好粮食应急工作，及时发布应急信息，接受社会监督。';
  const GRAIN_14 = [
    '（1）统一领导、分级负责。在国务院统一领导下，对不同等级的粮食应急工作，由中央和省级人民政府按照中央和地方的粮食事权各负其责。',
    '（2）科学监测、预防为主。要提高防范突发公共事件的意识，加强对粮食市场的跟踪监测，出现前兆及时预报，提前做好应对准备，防患于未然。',
    '（3）反应及时、处置果断。出现粮食应急状态要立即做出反应，及时报告有关情况，并迅速采取相应措施，确保应急处置快速果断，取得实效。',
  ];

  it('beside 1.4 (or its （2）), its （4） after （3） (粮食应急预案)', () => {
    const comment = `增加一项：“（4）${fourth}”`;
    const expected = { edits: [{ op: 'add-clause', clause: '1.4（3）', text: `（4）${fourth}` }], unparsed: [] };
    expect(proposed(GRAIN, comment, '1.4')).toEqual(expected);
    expect(proposed(GRAIN, comment, '1.4（2）')).toEqual(expected);
    expect(between(built(GRAIN, comment, '1.4'), '（1）统一领导', '## 2 组织机构和职责')).toEqual([...GRAIN_14, `（4）${fourth}`]);
    // (Unnumbered, it is numbered so.)
    expect(between(built(GRAIN, `增加一项：“${fourth}”`, '1.4'), '（1）统一领导', '## 2 组织机构和职责').at(-1)).toBe(`（4）${fourth}`);
  });

  it('a number the quote gives that is not the next is asked about, with no edit; beside a part with no items too (粮食应急预案)', () => {
    expect(proposed(GRAIN, `增加一项：“（5）${fourth}”`, '1.4')).toEqual({
      edits: [],
      unparsed: [`增加一项：“（5）${fourth}” — the new item is numbered （5）, but the next of 1.4’s items is （4）: say where it goes`],
    });
    expect(proposed(GRAIN, `增加一项：“（4）${fourth}”`, '1.3')).toEqual({ edits: [], unparsed: [`增加一项：“（4）${fourth}” — 1.3 has no items: where the new item goes is not said`] });
    expect(proposed(GRAIN, `增加一项：“（4）${fourth}”`)).toEqual({ edits: [], unparsed: [`增加一项：“（4）${fourth}” — where to add the new clause is not said`] });
  });

  it('beside 行政许可法 第十二条, its （七）, the old last item’s 。 now ；', () => {
    const comment = '增加一项：“（七）国务院决定可以设定行政许可的其他事项。”';
    expect(proposed(XUKE, comment, '第十二条第（三）项')).toEqual({ edits: [{ op: 'add-clause', clause: '第十二条第（六）项', text: '（七）国务院决定可以设定行政许可的其他事项。' }], unparsed: [] });
    expect(between(built(XUKE, comment, '第十二条'), '（五）', '第十三条 ')).toEqual(['（五）企业或者其他组织的设立等，需要确定主体资格的事项；', '（六）法律、行政法规规定可以设定行政许可的其他事项；', '（七）国务院决定可以设定行政许可的其他事项。']);
    expect(proposed(XUKE, '增加一项：“（八）国务院决定可以设定行政许可的其他事项。”', '第十二条').unparsed).toEqual([
      '增加一项：“（八）国务院决定可以设定行政许可的其他事项。” — the new item is numbered （八）, but the next of 第十二条’s items is （七）: say where it goes',
    ]);
  });
});
