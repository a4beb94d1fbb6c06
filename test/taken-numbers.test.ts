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
    const findings = checkEntries(law.clauses, [again, hero], true, 'zh').filter((f) => f.rule === 'taken-number');
    expect(findings.map((f) => [f.entry.id, f.warning])).toEqual([['1', true], ['2', true]]);
    const proposed = proposeEntries(law.clauses, [again], 'zh')[0]!.edits[0]!;
    expect(proposed.warnings).toEqual([{ rule: 'taken-number', message: messages[0] }]);
    // Pending, check warns of them too (from a review: only the adopted were).
    const pending = [again, hero].map((e) => ({ ...e, decision: { status: 'pending' as const } }));
    const before = checkEntries(law.clauses, pending, false, 'zh').filter((f) => f.rule === 'taken-number');
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

// Two new articles given one 第X条之Y the draft does not have (two items of one
// decision, or two entries, each 增加一条，作为第一条之一): the build wrote both
// and check said ok. Now propose, check and build warn of the second.
describe('two new articles given the same number', () => {
  const taken = (problems: ReadonlyArray<{ rule: string; message: string }>) => problems.filter((p) => p.rule === 'taken-number').map((p) => p.message);

  it('行政许可法: two items of one decision, both 第三十四条之一; the second is warned of, with 之二 free', () => {
    const law = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');
    const comment = '一、在第三十四条后增加一条，作为第三十四条之一：“行政机关应当公开审查标准。”\n二、在第三十四条后增加一条，作为第三十四条之一：“行政机关应当告知申请人审查人员。”';
    const decision = adopted('1', ...proposeEdits(comment, law.clauses, 'zh').edits);
    expect(decision.edits.map((e) => ('text' in e ? e.text : ''))).toEqual(['第三十四条之一 行政机关应当公开审查标准。', '第三十四条之一 行政机关应当告知申请人审查人员。']);
    const { text, result } = revisedBody(law, decision);
    const message = 'entry 1, edit 1 adds a 第三十四条之一 too: the two new articles would both be 第三十四条之一; give this one the next free number, 第三十四条之二, or drop the edit if it is that article again';
    expect(taken(result.revision.problems)).toEqual([message]);
    expect(text.match(/^第三十四条之一 .*$/gmu)).toEqual(['第三十四条之一 行政机关应当公开审查标准。', '第三十四条之一 行政机关应当告知申请人审查人员。']);
    expect(checkEntries(law.clauses, [decision], true, 'zh').filter((f) => f.rule === 'taken-number').map((f) => [f.entry.id, f.edit, f.warning, f.message])).toEqual([['1', 2, true, `entry 1, edit 2: ${message}`]]);
    expect(proposeEntries(law.clauses, [decision], 'zh')[0]!.edits.map((e) => e.warnings)).toEqual([undefined, [{ rule: 'taken-number', message }]]);
  });

  it('立法法 2015: 2023’s 第八条 and 第九条 each given as 第六条之一 by an entry of its own, pending and then adopted', () => {
    const law = corpusDraft('lawrefbook/lifa_fa_2015.md');
    const values = '增加一条，作为第六条之一：“立法应当倡导和弘扬社会主义核心价值观，坚持依法治国和以德治国相结合，铸牢中华民族共同体意识，推动社会主义精神文明建设。”';
    const reform = '增加一条，作为第六条之一：“立法应当适应改革需要，坚持在法治下推进改革和在改革中完善法治相统一，引导、推动、规范、保障相关改革，发挥法治在国家治理体系和治理能力现代化中的重要作用。”';
    const entries = [values, reform].map((comment, i) => adopted(String(i + 1), ...proposeEdits(comment, law.clauses, 'zh').edits));
    const message = 'entry 1, edit 1 adds a 第六条之一 too: the two new articles would both be 第六条之一; give this one the next free number, 第六条之二, or drop the edit if it is that article again';
    const pending = entries.map((e) => ({ ...e, decision: { status: 'pending' as const } }));
    expect(checkEntries(law.clauses, pending, false, 'zh').filter((f) => f.rule === 'taken-number').map((f) => [f.entry.id, f.message])).toEqual([['2', `entry 2, edit 1: ${message}`]]);
    expect(taken(revisedBody(law, ...entries).result.revision.problems)).toEqual([message]);
    // One pending, one adopted: check says it (the build, of the adopted alone, has nothing to say).
    const mixed = [entries[0]!, pending[1]!];
    expect(checkEntries(law.clauses, mixed, false, 'zh').filter((f) => f.rule === 'taken-number').map((f) => f.message)).toEqual([`entry 2, edit 1: ${message}`]);
    expect(taken(revisedBody(law, entries[0]!).result.revision.problems)).toEqual([]);
  });

  it('刑法: two 第一百三十三条之三 after the draft’s 之一 and 之二: 之四 is free; a rejected one is not counted', () => {
    const law = corpusDraft(CRIMINAL_LAW);
    const after = unit(law, 133).id;
    const first = adopted('1', { op: 'add-clause', clause: after, position: 'after', text: '第一百三十三条之三 在高速公路上逆向行驶，危及公共安全的，处拘役，并处罚金。' });
    const second = adopted('2', { op: 'add-clause', clause: after, position: 'after', text: '第一百三十三条之三 驾驶机动车追逐竞驶，情节恶劣的，处拘役，并处罚金。' });
    expect(taken(revisedBody(law, first, second).result.revision.problems)).toEqual([
      'entry 1, edit 1 adds a 第一百三十三条之三 too: the two new articles would both be 第一百三十三条之三; give this one the next free number, 第一百三十三条之四, or drop the edit if it is that article again',
    ]);
    const rejected = { ...second, decision: { status: 'rejected' as const, reason: '已有规定' } };
    expect(checkEntries(law.clauses, [first, rejected], true, 'zh').filter((f) => f.rule === 'taken-number')).toEqual([]);
  });
});
