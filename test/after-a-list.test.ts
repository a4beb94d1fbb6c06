// A numbered paragraph of a policy text that opens a list with a colon
// (国务院工作规则 三十六、…主要任务是： （一）…； （三）…。) goes on after the list:
// the unnumbered paragraph after the item that closes the list with a full
// stop is the paragraph's, not the last item's. Before, it was filed under
// （三）, and deleting （三） deleted it too. The same holds in 社会团体清理整顿
// (1997: 10.…还应具备： （1）…。 then 非法人社会团体…) and in S. 2245, whose
// quoted definitions after (A) went under (A). Where the last item ends with
// ； the list is not closed, and the paragraph stays the item's, as before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import type { Draft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { adopted, corpusDraft, paragraph, revisedBody } from './helpers/drafts.js';

const GUIZE = 'gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt';
const SHETUAN = 'gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt';
const S2245 = 'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt';

const starting = (draft: Draft, text: string) => draft.clauses.find((c) => c.text.startsWith(text))!;
const numbered = (draft: Draft, number: string) => draft.clauses.find((c) => c.number === number)!;
const edits = (draft: Draft, comment: string) => proposeEdits(comment, draft.clauses, 'zh');
const revised = (draft: Draft, comment: string) => revisedBody(draft, adopted('1', ...edits(draft, comment).edits)).text;

describe('the paragraph after a list its numbered paragraph opens', () => {
  it('is the numbered paragraph’s, its second paragraph (国务院工作规则 三十六、 and 三十七、)', () => {
    const draft = corpusDraft(GUIZE);
    for (const [opener, after] of [
      ['三十六', '国务院全体会议一般每半年召开一次'],
      ['三十七', '国务院常务会议一般每月召开三次'],
    ] as const) {
      expect(starting(draft, after).parent).toBe(numbered(draft, opener).id);
      expect(cite(citableClauses(draft.clauses), starting(draft, after).id)).toBe(`第八章${opener}、第二段`);
    }
  });

  it('stays when the last item is deleted, and a new last item goes before it', () => {
    const draft = corpusDraft(GUIZE);
    const deleted = revised(draft, '建议删除第三十六条第（三）项。');
    expect(deleted).not.toContain('通报国内外形势');
    expect(paragraph(deleted, '（二）部署国务院的重要工作')).toBe('（二）部署国务院的重要工作。');
    expect(deleted).toContain('国务院全体会议一般每半年召开一次，根据需要可安排有关部门、单位负责人列席会议。');
    const added = revised(draft, '建议在第三十六条中增加一项作为第（四）项：“（四）听取国务院各部门工作汇报。”');
    const order = ['（三）通报国内外形势', '（四）听取国务院各部门工作汇报', '国务院全体会议一般每半年召开一次'].map((t) => added.indexOf(t));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });

  it('is what 第二款 names: deleted alone, its words changed', () => {
    const draft = corpusDraft(GUIZE);
    const deleted = revised(draft, '建议删除第三十六条第二款。');
    expect(deleted).not.toContain('国务院全体会议一般每半年召开一次');
    expect(deleted).toContain('（三）通报国内外形势。');
    const changed = revised(draft, '第三十七条第二款中的“如有需要可临时召开”，建议修改为“如有需要可以临时召开”。');
    expect(changed).toContain('国务院常务会议一般每月召开三次，如有需要可以临时召开。');
  });

  it('a numbered paragraph’s first 款 is rewritten and its other 款 kept (四十五、), as an article’s', () => {
    const draft = corpusDraft(GUIZE);
    const text = revised(draft, '建议将第四十五条第一款修改为：“以国务院名义发文，经国务院分管领导同志审核后，报总理签发。”');
    expect(paragraph(text, '四十五、')).toBe('四十五、以国务院名义发文，经国务院分管领导同志审核后，报总理签发。');
    expect(text).toContain('以国务院办公厅名义发文，由国务院秘书长签发；');
    expect(text).toContain('国务院及国务院办公厅的公文，除需要保密的外，应及时公布。');
  });

  it('社会团体清理整顿: 非法人社会团体… after 10.’s list is 10.’s', () => {
    const draft = corpusDraft(SHETUAN);
    expect(starting(draft, '非法人社会团体还应有').parent).toBe(starting(draft, '法人社会团体还应具备').id);
  });

  it('S. 2245: the quoted definitions after (A) are subsection (b)’s, not (A)’s', () => {
    const draft = corpusDraft(S2245);
    const b = starting(draft, 'Definitions.—');
    expect(starting(draft, '“(B) The term').parent).toBe(b.id);
    expect(starting(draft, '“(23) The term').parent).toBe(b.id);
  });
});

describe('on any list', () => {
  const item = fc.constantFrom('讨论决定重大事项', '部署重要工作', '通报形势');
  it('a paragraph after the item that closes it with 。 is its opener’s; after an item ending with ；, the item’s', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.constantFrom('：', ':'), (items, closed, colon) => {
        const last = items.length - 1;
        const lines = items.map((t, i) => `（${'一二三四五'[i]}）${t}${i < last || !closed ? '；' : '。'}`);
        const text = ['一、总则', `三、全体会议的主要任务是${colon}`, ...lines, '全体会议一般每半年召开一次。', '四、附则'].join('\n\n');
        const clauses = importDraft(text, { format: 'text' }).clauses;
        const after = clauses.find((c) => c.text.startsWith('全体会议一般'))!;
        const opener = clauses.find((c) => c.number === '三')!;
        const lastItem = clauses.find((c) => c.number === `（${'一二三四五'[last]}）`)!;
        expect(after.parent).toBe(closed ? opener.id : lastItem.id);
        // 四、 is the opener's sibling either way.
        expect(clauses.find((c) => c.number === '四')!.parent).toBe(opener.parent);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a title inside the document’s title', () => {
  it('takes the inner marks in the tables’ titles (国务院工作规则; the seed, in test/build.test.ts)', () => {
    const { result } = revisedBody(corpusDraft(GUIZE));
    const title = (name: string) => result.outputs.find((o) => o.name.endsWith(name))!.content.split('\n')[1];
    expect(title('.feedback.md')).toMatch(/^title: "《国务院关于印发〈国务院工作规则〉的通知》意见采纳情况"$/u);
    expect(title('.comparison.md')).toMatch(/^title: "《国务院关于印发〈国务院工作规则〉的通知》修改对照表"$/u);
  });
});
