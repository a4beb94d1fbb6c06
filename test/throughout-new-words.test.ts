// A change throughout (全文中的“A”统一修改为“B”, strike 'X' each place it
// appears) changes the draft's own words; from an English bill walk, new
// words another adopted entry wrote with the old term were left so in
// silence (“This joint resolution…” in a new section, “resolution”
// everywhere else). Each such place is now warned of, naming the entry.
import { describe, expect, it } from 'vitest';
import { proposeEdits } from '../src/core/feedback/wording.js';
import type { Draft } from '../src/core/draft/format.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
const YEMEN = corpusDraft('us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt');

/** The build of one entry per comment, all adopted: its throughout-missed messages and the revised text. */
function built(draft: Draft, lang: 'zh' | 'en', ...comments: string[]) {
  const entries = comments.map((comment, i) => {
    const { edits, unparsed } = proposeEdits(comment, draft.clauses, lang);
    expect(unparsed).toEqual([]);
    return adopted(String(i + 1), ...edits);
  });
  const { text, result } = revisedBody(draft, ...entries);
  expect(result.revision.unapplied).toEqual([]);
  return { text, missed: result.revision.problems.filter((p) => p.rule === 'throughout-missed').map((p) => [p.edits.map((r) => r.entry).join(), p.message]) };
}

describe('a change throughout beside new words that keep the old term', () => {
  const THROUGHOUT = '建议将全文中的“行政机关”统一修改为“行政主体”';

  it('行政许可法: a new article saying 行政机关 is warned of; one saying 行政主体 is not', () => {
    const kept = built(XUKE, 'zh', THROUGHOUT, '建议在第八条后增加一条：“第八条之一 行政机关应当公开行政许可的收费标准。”');
    expect(kept.missed).toEqual([['1', 'the change throughout (“行政机关” → “行政主体”) leaves “行政机关” in the new words entry 2 wrote in new 第八条之一: change it in that text, or keep it there on purpose']]);
    expect(kept.text).toContain('\n第八条之一 行政机关应当公开行政许可的收费标准。\n');
    expect(kept.text).not.toMatch(/第十条 [^\n]*行政机关/u);
    expect(built(XUKE, 'zh', THROUGHOUT, '建议在第八条后增加一条：“第八条之一 行政主体应当公开行政许可的收费标准。”').missed).toEqual([]);
  });

  it('行政许可法: words inserted into an article the change throughout reaches too', () => {
    const { missed } = built(XUKE, 'zh', THROUGHOUT, '建议在第十条第一款“县级以上人民政府”后增加“及其行政机关”');
    expect(missed).toEqual([['1', 'the change throughout (“行政机关” → “行政主体”) leaves “行政机关” in the new words entry 2 wrote in 第十条 (c17): change it in that text, or keep it there on purpose']]);
  });

  it('H.J.Res. 37: a new section saying “This joint resolution”', () => {
    const { missed, text } = built(
      YEMEN,
      'en',
      "Strike 'joint resolution' each place it appears and insert 'resolution'.",
      "Insert after section 3 the following new section: 'SEC. 4. SUNSET. This joint resolution shall cease to have effect on December 31, 2025.'",
    );
    expect(missed).toEqual([['1', 'the change throughout (“joint resolution” → “resolution”) leaves “joint resolution” in the new words entry 2 wrote in new SEC. 4: change it in that text, or keep it there on purpose']]);
    expect(text.match(/joint resolution/gu)).toHaveLength(1);
  });
});

// A reviewer: the English rule that leaves “Director” inside a “Regional Director” another change writes (plan.ts
// leaveToNamedTerms) left 立法法's own 部门规章和地方政府规章 with 地方政府 unchanged beside 全文“地方政府”改为“地方人民政府”,
// and the warnings for the other entry's new words went with it: check said ok.
describe('Chinese terms inside the new words of another change throughout', () => {
  const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');

  it('立法法: every 地方政府 of the draft changed, 部门规章和地方政府规章 too; the other entry’s new words warned of', () => {
    const { text, missed } = built(LIFA, 'zh', '建议将全文中的“部门规章”统一修改为“部门规章和地方政府规章”', '建议将全文中的“地方政府”统一修改为“地方人民政府”');
    expect(text).not.toMatch(/地方政府(?!规章)/u);
    // The draft's own four 部门规章和地方政府规章 are entry 2's to change; the seven entry 1 writes are said.
    expect(text.match(/部门规章和地方人民政府规章/gu)).toHaveLength(4);
    const byTwo = missed.filter(([by]) => by === '2').map(([, message]) => message);
    expect(byTwo).toHaveLength(7);
    expect(byTwo.every((m) => m!.startsWith('the change throughout (“地方政府” → “地方人民政府”) leaves “地方政府” in the new words entry 1 wrote in '))).toBe(true);
  });
});
