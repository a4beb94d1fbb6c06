// A sentence that asks the office to explain or clarify, with no question
// mark, asks for clarification: the how / what / whether after the verb is
// what to explain (HHS should explain how it will …), not a question of the
// commenter's own. It had been labelled "a question". On the HHS 340B rule
// (Federal Register 2017-20911) and H.J.Res. 37.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusDraft } from './helpers/drafts.js';

const HHS = corpusDraft('us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md');
const YEMEN = corpusDraft('us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

const CLARIFY = 'asks for clarification: no edit asked for';
const QUESTION = 'a question: no edit asked for';

function notes(draft: Draft, comment: string, lang: 'zh' | 'en' = 'en'): string[] {
  const { edits, unparsed } = proposeEdits(comment, draft.clauses, lang);
  expect(edits).toEqual([]);
  return unparsed;
}

describe('explain / clarify how, what, whether: asks for clarification (it was "a question")', () => {
  it('HHS 340B rule: should explain how, must clarify whether, unclear what', () => {
    expect(notes(HHS, 'HHS should explain how it will address manufacturer overcharges during the delay.')).toEqual([`HHS should explain how it will address manufacturer overcharges during the delay — ${CLARIFY}`]);
    expect(notes(HHS, 'The agency must clarify whether the civil monetary penalties apply before July 1, 2018.')).toEqual([`The agency must clarify whether the civil monetary penalties apply before July 1, 2018 — ${CLARIFY}`]);
    expect(notes(HHS, 'It is unclear what the ceiling price will be for new drugs.')).toEqual([`It is unclear what the ceiling price will be for new drugs — ${CLARIFY}`]);
  });

  it('H.J.Res. 37: please clarify what, explain why; a question asked is still a question', () => {
    expect(notes(YEMEN, 'Please clarify what "hostilities" means in section 2.')).toEqual([`Please clarify what “hostilities” means in section 2 — ${CLARIFY}`]);
    expect(notes(YEMEN, 'The sponsors should explain why in-flight refueling is included in section 2.')).toEqual([`The sponsors should explain why in-flight refueling is included in section 2 — ${CLARIFY}`]);
    expect(notes(YEMEN, 'How will the President report to Congress under section 2?')).toEqual([`How will the President report to Congress under section 2 — ${QUESTION}`]);
    // (Asked with a question mark, or asking before the word for explaining: a question.)
    expect(notes(YEMEN, 'Could you explain what "hostilities" means in section 2?')).toEqual([`Could you explain what “hostilities” means in section 2 — ${QUESTION}`]);
    expect(notes(YEMEN, 'What does section 2 mean by hostilities, which the sponsors do not explain')).toEqual([`What does section 2 mean by hostilities, which the sponsors do not explain — ${QUESTION}`]);
  });

  it('行政许可法: 建议明确如何认定 asks for clarification; …如何界定 is a question', () => {
    expect(notes(XUKE, '建议明确如何认定第四十九条所称“重大变化”。', 'zh')).toEqual([`建议明确如何认定第四十九条所称“重大变化” — ${CLARIFY}`]);
    expect(notes(XUKE, '第四十九条所称“重大变化”的范围如何界定。', 'zh')).toEqual([`第四十九条所称“重大变化”的范围如何界定 — ${QUESTION}`]);
  });
});
