// A comment's own numbers for its requests (1. 2.、（1）（2）、1、2、), each
// request quoting its text and the next number written right after the
// closing quote, on one line: the number had been read as a place in the draft
// and the request after it lost.
import { describe, expect, it } from 'vitest';
import { corpusDraft } from './helpers/drafts.js';
import { built, proposed } from './helpers/wording.js';

const SHANGHAI = corpusDraft('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const GRAIN = corpusDraft('gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt');

/** The paragraphs of the revised text from one article to the next. */
const article = (text: string, from: string, to: string) => text.slice(text.indexOf(`${from} `), text.indexOf(`${to} `)).trim().split(/\n+/u);

describe('a request numbered 2. right after the last one’s closing quote', () => {
  // 上海市优化营商环境条例 2020, 第七十二条 as a comment on it put its new third 款 and its fourth.
  const added = '本市健全破产管理人分级管理机制，加强破产管理人专业化、规范化建设。';
  const fourth = '市破产管理人协会应当加强行业自律和业务培训，提高破产管理人的履职能力和水平。';
  const items = (one: string, two: string) => `第七十二条：${one}在第三款后增加一款：“${added}”${two}将第四款修改为：“${fourth}”`;

  it('1.…”2.将第四款修改为 is the comment’s second request, as after ；2. (上海市优化营商环境条例; it said the draft has no 2.)', () => {
    const expected = {
      edits: [
        { op: 'add-clause', clause: '第七十二条第四款', text: added },
        { op: 'rewrite', clause: '第七十二条第四款', text: fourth },
      ],
      unparsed: [],
    };
    expect(proposed(SHANGHAI, items('1.', '2.'))).toEqual(expected);
    expect(proposed(SHANGHAI, items('1.', '；2.'))).toEqual(expected);
    expect(proposed(SHANGHAI, items('（1）', '（2）'))).toEqual(expected);
    expect(proposed(SHANGHAI, items('1、', '2、'))).toEqual(expected);
    expect(article(built(SHANGHAI, items('1.', '2.')), '第七十二条', '第七十三条')).toEqual([
      '第七十二条 破产管理人处分破产企业重大财产的，应当经债权人会议逐项表决通过。',
      '破产管理人有权查询破产企业注册登记材料、社会保险费用缴纳情况、银行开户信息及存款状况，以及不动产、车辆、知识产权等信息，相关部门、金融机构应当予以配合。',
      '破产管理人依据人民法院终结破产程序裁定文书、清算组依据人民法院强制清算终结裁定文书提出申请的，市场监管部门依法为企业办理注销登记。',
      added,
      fourth,
    ]);
  });

  it('1.将第一款修改为…”2.在第二款后增加一款 adds the 款 (行政许可法; it said the draft has no 2.)', () => {
    const first = '行政许可的设定和实施，适用本法；法律另有规定的，从其规定。';
    const comment = `第三条：1.将第一款修改为：“${first}”2.在第二款后增加一款：“行政许可的设定和实施，应当遵循公开、公平、公正、非歧视的原则。”`;
    expect(proposed(XUKE, comment)).toEqual({
      edits: [
        { op: 'rewrite-first-paragraph', clause: '第三条', text: first },
        { op: 'add-clause', clause: '第三条', text: '行政许可的设定和实施，应当遵循公开、公平、公正、非歧视的原则。' },
      ],
      unparsed: [],
    });
    expect(article(built(XUKE, comment), '第三条', '第四条')).toEqual([
      `第三条 ${first}`,
      '有关行政机关对其他机关或者对其直接管理的事业单位的人事、财务、外事等事项的审批，不适用本法。',
      '行政许可的设定和实施，应当遵循公开、公平、公正、非歧视的原则。',
    ]);
  });

  it('（2） after a quote is the comment’s own number where the draft’s items are numbered so too (粮食应急预案 1.4; it looked in 1.4（2）)', () => {
    const comment = '1.4：（1）将“防患于未然”修改为“防患于未然，常备不懈”（2）将“分级负责”修改为“分级负责、属地管理”';
    expect(proposed(GRAIN, comment)).toEqual({
      edits: [
        { op: 'insert', clause: '1.4（2）', quote: '防患于未然', text: '，常备不懈' },
        { op: 'insert', clause: '1.4（1）', quote: '分级负责', text: '、属地管理' },
      ],
      unparsed: [],
    });
  });
});
