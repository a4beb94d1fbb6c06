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
