// 增加一条，作为第X条之Y where the draft has 第X条之Y already (an amendment
// applied a second time: 刑法修正案（十一） items on the 刑法 that has them):
// propose, check and build warn, naming the article and the next free number.
import { describe, expect, it } from 'vitest';
import { checkEntries } from '../src/core/revision/consistency.js';
import { proposeEntries } from '../src/core/revision/proposal.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, revisedBody, unit } from './helpers/drafts.js';

const CRIMINAL_LAW = 'lawrefbook/xingfa_criminal_law.md';

describe('a new article given a number the draft has already', () => {
  it('刑法: 修正案（十一） items 二 and 三十五 applied again are warned of, with 之三 and 之二 as the free numbers', () => {
    const law = corpusDraft(CRIMINAL_LAW);
    const comment = '在刑法第一百三十三条之一后增加一条，作为第一百三十三条之二：“第一百三十三条之二 对行驶中的公共交通工具的驾驶人员使用暴力的，处一年以下有期徒刑。”';
    const again = adopted('1', ...proposeEdits(comment, law.clauses, 'zh').edits);
    const hero = adopted('2', { op: 'add-clause', clause: unit(law, 299).id, position: 'after', text: '第二百九十九条之一 侮辱英雄烈士的名誉的，依法处罚。' });
    const { result } = revisedBody(law, again, hero);
    expect(result.revision.unapplied).toEqual([]);
    const messages = result.revision.problems.filter((p) => p.rule === 'taken-number').map((p) => p.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^the draft has 第一百三十三条之二 already \(c\d+\): .*第一百三十三条之三/u);
    expect(messages[1]).toMatch(/^the draft has 第二百九十九条之一 already \(c\d+\): .*第二百九十九条之二/u);
    const findings = checkEntries(law.clauses, [again, hero], true).filter((f) => f.rule === 'taken-number');
    expect(findings.map((f) => [f.entry.id, f.warning])).toEqual([['1', true], ['2', true]]);
    const proposed = proposeEntries(law.clauses, [again])[0]!.edits[0]!;
    expect(proposed.warnings).toEqual([{ rule: 'taken-number', message: messages[0] }]);
    // Pending, check warns of them too (from a review: only the adopted were).
    const pending = [again, hero].map((e) => ({ ...e, decision: { status: 'pending' as const } }));
    const before = checkEntries(law.clauses, pending, false).filter((f) => f.rule === 'taken-number');
    expect(before.map((f) => [f.entry.id, f.warning, f.message])).toEqual([
      ['1', true, `entry 1, edit 1: ${messages[0]}`],
      ['2', true, `entry 2, edit 1: ${messages[1]}`],
    ]);
  });

  it('刑法 and 行政许可法: a number still free is not warned of', () => {
    const law = corpusDraft(CRIMINAL_LAW);
    const free = revisedBody(law, adopted('1', { op: 'add-clause', clause: unit(law, 133).id, position: 'after', text: '第一百三十三条之三 新条文。' }));
    expect(free.result.revision.problems.filter((p) => p.rule === 'taken-number')).toEqual([]);
    const licensing = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const first = revisedBody(licensing, adopted('1', { op: 'add-clause', clause: unit(licensing, 34).id, position: 'after', text: '第三十四条之一 行政机关应当公开审查标准。' }));
    expect(first.result.revision.problems).toEqual([]);
    expect(first.text).toContain('第三十四条之一 行政机关应当公开审查标准。');
  });
});
