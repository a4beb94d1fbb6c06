// What ends a policy text's numbered structure: an annex line (附件：…), the
// signature over a date (国务院办公厅 / 2019年1月16日), and a closing paragraph
// after the last item that addresses the readers (各部门要…). They stand at
// the level of the sections, so rewriting or removing the last item never
// takes them along.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS, SEED_PAGE } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';
import { proposedEnglish, revisedByEnglish } from './helpers/wording.js';

const HJRES37_RH = 'us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt';

describe('annex, signature and date lines', () => {
  it('国办发〔2019〕4号: they follow 五、（五） at the top, and removing or rewriting （五） keeps them', () => {
    const policy = corpusDraft('gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt');
    const closing = ['附件：三级公立医院绩效考核指标', '国务院办公厅', '2019年1月16日', '（此件公开发布）', '附件'];
    const clauses = closing.map((text) => policy.clauses.find((c) => c.text === text)!);
    expect(clauses.map((c) => [c.text, c.parent, c.level])).toEqual(closing.map((text) => [text, null, 1]));
    const last = policy.clauses.find((c) => c.number === '（五）' && c.text.startsWith('做好督导总结宣传'))!;
    for (const edit of [{ op: 'remove-clause', clause: last.id } as const, { op: 'rewrite', clause: last.id, text: '（五）做好总结宣传。' } as const]) {
      const { text, result } = revisedBody(policy, adopted('1', edit));
      expect(result.revision.unapplied).toEqual([]);
      const paragraphs = text.split('\n\n');
      const at = paragraphs.indexOf('附件：三级公立医院绩效考核指标');
      expect(paragraphs.slice(at, at + 5)).toEqual(closing);
    }
  });

  it('上海市水务局’s notice: removing the section above keeps the annex, the signature and the date', () => {
    const notice = corpusDraft('cn_gov_pages_excerpts/shanghai_swj_shuitu_baochi_fangan_yijian_caina_qingkuang.txt');
    const section = notice.clauses.find((c) => c.number === '二')!;
    const { text } = revisedBody(notice, adopted('1', { op: 'remove-clause', clause: section.id }));
    expect(text).not.toContain('共收到反馈意见62条');
    const [annex, signature, date] = text.trimEnd().split('\n\n').slice(-3);
    expect([annex!.slice(0, 6), signature, date]).toEqual(['附件:《上海', '上海市水务局', '2023915日']);
  });
});

describe('the seed’s closing paragraph', () => {
  const { draft } = parseDraft(importDraft(readFileSync(SEED_PAGE, 'utf8'), { format: 'text' }).text, 'seed.md', 'seed');

  it('stands at the level of the sections, after item 24', () => {
    const closing = draft.clauses.at(-1)!;
    expect(closing.text).toMatch(/^单位、各部门要深刻认识新时代肩负的历史使命/u);
    expect([closing.parent, closing.level]).toEqual([null, 1]);
    const sections = draft.clauses.filter((c) => c.heading !== null && c.marker?.style === '一、');
    expect(new Set(sections.map((c) => c.parent))).toEqual(new Set([null]));
  });

  it('stays when item 24 is removed, and a new item 25 comes before it', () => {
    const item24 = draft.clauses.find((c) => c.marker?.style === '1.' && c.marker.value === 24)!;
    const removed = revisedBody(draft, adopted('1', { op: 'remove-clause', clause: item24.id }));
    expect(removed.text.trimEnd().split('\n\n').at(-1)).toMatch(/^单位、各部门要深刻认识新时代肩负的历史使命/u);
    const added = revisedBody(draft, adopted('1', { op: 'add-clause', clause: item24.id, position: 'after', text: '25.加强督查考核。' }));
    expect(added.text.trimEnd().split('\n\n').slice(-2).map((p) => p.slice(0, 8))).toEqual(['25.加强督查考', '单位、各部门要深']);
  });

  it('is told apart by its place and its address to the readers: a paragraph addressing 各部门 before the last item is still the item’s', () => {
    const rules = corpusDraft('gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt');
    const reporting = rules.clauses.find((c) => c.text.startsWith('各部门主要负责人离京外出'))!;
    expect(rules.clauses.find((c) => c.id === reporting.parent)!.number).toBe('五十三');
  });
});

describe('a bill’s attestation', () => {
  const billDraft = (text: string) => parseDraft(importDraft(text, { format: 'text' }).text, 'bill.md', 'bill').draft;

  it('H.J.Res. 37 as passed: Passed the House… and Attest: stand after SEC. 6, not in it; striking SEC. 6 keeps them, and a new SEC. 7 comes before them', () => {
    const bill = corpusDraft('us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt');
    const lines = ['Passed the House of Representatives February 13, 2019 .', 'Attest: KAREN L. HAAS,Clerk.'].map((text) => bill.clauses.find((c) => c.text === text)!);
    expect(lines.map((c) => c.parent)).toEqual([null, null]);
    const sixth = bill.clauses.find((c) => c.number === 'SEC. 6')!;
    const struck = revisedBody(bill, adopted('1', { op: 'remove-clause', clause: sixth.id })).text;
    expect(struck).not.toContain('SEC. 6.');
    expect(struck.trimEnd().split('\n\n').slice(-2)).toEqual(lines.map((c) => c.text));
    const added = revisedBody(bill, adopted('1', { op: 'add-clause', clause: sixth.id, position: 'after', text: 'SEC. 7. SUNSET. This joint resolution shall cease to have effect 2 years after its enactment.' })).text;
    expect(added.trimEnd().split('\n\n').slice(-3)).toEqual(['SEC. 7. SUNSET. This joint resolution shall cease to have effect 2 years after its enactment.', ...lines.map((c) => c.text)]);
  });

  // They had been the last section's paragraphs: "Strike section 5." struck the back page too.
  it('H.J.Res. 37 as reported: the back page after SEC. 5 (Union Calendar No. 2 … ordered to be printed) stands after it; striking SEC. 5 keeps it', () => {
    const bill = corpusDraft(HJRES37_RH);
    const fifth = bill.clauses.find((c) => c.number === 'SEC. 5')!;
    const page = bill.clauses.slice(bill.clauses.indexOf(fifth) + 1);
    expect(page.map((c) => [c.text.slice(0, 24), c.parent, c.level])).toEqual([
      ['Union Calendar No. 2', null, 1],
      ['116th CONGRESS', null, 1],
      ['1st Session', null, 1],
      ['H. J. RES. 37[Report No.', null, 1],
      ['JOINT RESOLUTION', null, 1],
      ['Directing the removal of', null, 1],
      ['February 8, 2019 Committ', null, 1],
    ]);
    const comment = 'Strike section 5.';
    expect(proposedEnglish(bill, comment)).toEqual({ edits: [{ op: 'remove-clause', clause: 'section 5' }], unparsed: [] });
    const struck = revisedByEnglish(bill, comment).trimEnd().split('\n\n');
    expect(struck.some((p) => p.startsWith('SEC. 5.'))).toBe(false);
    expect(struck.slice(-8).map((p) => p.slice(0, 24))).toEqual(['SEC. 4. REPORT ON RISKS ', ...page.map((c) => c.text.slice(0, 24))]);
    // The same lines on the front page stay where they are, before the sections.
    expect(bill.clauses.filter((c) => c.text === '116th CONGRESS')).toHaveLength(2);
  });

  it('H.R. 1000 and S. 2245 given a back page: its lines are no part of the last section, whose subsections stay in it', () => {
    for (const [file, last, page] of [
      ['us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'SEC. 314', ['Union Calendar No. 45', '116th CONGRESS', '1st Session', 'H. R. 1000[Report No. 116–20]', 'A BILL', 'To establish a National Full Employment Trust Fund to create employment opportunities for the unemployed, and for other purposes.', 'March 12, 2019 Reported with an amendment, committed to the Committee of the Whole House on the State of the Union, and ordered to be printed']],
      ['us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', 'SEC. 3', ['Calendar No. 230', '116th CONGRESS', '1st Session', 'S. 2245', 'A BILL', 'To cap noninterest Federal spending as a percentage of potential GDP to right-size the Government, grow the economy, and balance the budget.', 'September 26, 2019 Reported without amendment']],
    ] as const) {
      const source = readFileSync(join(CORPUS, file), 'utf8').trimEnd().replace(/\n○$/u, '');
      const bill = billDraft(`${source}\n${page.join('\n')}\n`);
      expect(bill.clauses.slice(-page.length).map((c) => [c.text, c.parent]), file).toEqual(page.map((text) => [text, null]));
      const section = bill.clauses.filter((c) => c.number === last).at(-1)!;
      const own = bill.clauses.filter((c) => c.parent === section.id);
      expect(own.length, file).toBeGreaterThan(1);
      expect(own.every((c) => /^\([a-z]\)$/u.test(c.number)), file).toBe(true);
    }
  });

  it('H.R. 1000 with the Senate’s attestation: the lines after its last section are no part of it', () => {
    const source = readFileSync(join(CORPUS, 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt'), 'utf8');
    const bill = billDraft(`${source.trimEnd()}\nPassed the Senate March 3, 2020.\nAttest: JULIE E. ADAMS, Secretary.\n`);
    const lines = bill.clauses.slice(-2);
    expect(lines.map((c) => [c.text, c.parent])).toEqual([
      ['Passed the Senate March 3, 2020.', null],
      ['Attest: JULIE E. ADAMS, Secretary.', null],
    ]);
    // The last section's own subsection stays in it.
    const effective = [...bill.clauses].reverse().find((c) => c.text.startsWith('Effective Date.'))!;
    expect([effective.number, bill.clauses.find((c) => c.id === effective.parent)?.number]).toEqual(['(d)', 'SEC. 314']);
  });
});

describe('a Federal Register document’s back matter ([FR Doc. …], BILLING CODE …)', () => {
  const BOEM = 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md';
  const closing = ['[FR Doc. 2017–21233 Filed 10–2–17; 8:45 am]', 'BILLING CODE –P'];
  const last = (text: string) => text.trimEnd().split('\n\n').slice(-3);

  it('stands outside the last paragraph, § 583.350(d): reserving, rewriting or removing (d) keeps it (BOEM rule)', () => {
    const rule = corpusDraft(BOEM);
    const d = rule.clauses.find((c) => c.text.startsWith('In the event that BOEM terminates an agreement'))!;
    const lines = closing.map((text) => rule.clauses.find((c) => c.text === text)!);
    expect(lines.map((c) => c.parent)).not.toContain(d.id);
    for (const [edit, before] of [
      [{ op: 'rewrite', clause: d.id, text: '[Reserved]' }, '\\(d) [Reserved]'],
      [{ op: 'remove-clause', clause: d.id }, '\\(c) The Director will immediately notify the parties to the agreement of the suspension or termination. The Director will also mail a letter to the parties to the agreement at their record post office address with notice of any suspension or termination and the cause for such action.'],
    ] as const) {
      const { text, result } = revisedBody(rule, adopted('1', edit));
      expect(result.revision.unapplied).toEqual([]);
      expect(last(text)).toEqual([before, ...closing]);
    }
  });

  it('a section added after the last one goes before it (BOEM rule)', () => {
    const rule = corpusDraft(BOEM);
    const section = rule.clauses.filter((c) => c.marker !== null && c.text === 'When can an agreement be terminated?').at(-1)!;
    const { text } = revisedBody(rule, adopted('1', { op: 'add-clause', clause: section.id, position: 'after', text: '§ 583.355 What happens after termination? The parties must restore the site.' }));
    expect(last(text)).toEqual(['§ 583.355 What happens after termination? The parties must restore the site.', ...closing]);
  });
});
