// Every real document of the corpus imports with the structure its numbering
// gives, loses no line, reads back to the same tree, and formats stably.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clausesOf, type Clause } from '../src/core/draft/clause.js';
import { formatDraft, parseDraft } from '../src/core/draft/format.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { isInvisible } from '../src/core/text/strings.js';
import { CORPUS } from './helpers/cli.js';

// Clauses per numbering style, counted by hand against SOURCES.md and the texts.
const EXPECTED: Record<string, Record<string, number>> = {
  'lawbasecn/minfadian_civil_code.md': { 第一编: 7, 第一分编: 8, 第一章: 84, 第一节: 37, 第一条: 1260, '（一）': 374 },
  'lawbasecn/minfadian_civil_code.txt': { 第一编: 7, 第一分编: 8, 第一章: 84, 第一节: 37, 第一条: 1260, '（一）': 374 },
  'lawrefbook/xingfa_criminal_law.md': { 第一编: 2, 第一章: 15, 第一节: 37, 第一条: 505, '（一）': 263 },
  'lawrefbook/xingfa_amendment_11_2020.md': { '一、': 48 },
  'lawrefbook/xingfa_amendment_12_2023.md': { '一、': 8 },
  'lawrefbook/xingzheng_xuke_fa_2019.md': { 第一章: 8, 第一节: 6, 第一条: 83, '（一）': 50 },
  'lawrefbook/xianfa_constitution.md': { 第一章: 4, 第一节: 8, 第一条: 143, '（一）': 65 },
  // 第三十二条 … 第五十二条; the inserted 第一百二十三条 … are quoted text, not articles.
  'lawrefbook/xianfa_amendment_2018.md': { 第一条: 21 },
  'lawrefbook/lifa_fa_2015.md': { 第一章: 6, 第一节: 7, 第一条: 105 },
  'lawrefbook/lifa_fa_2023.md': { 第一章: 6, 第一节: 7, 第一条: 120 },
  'lawrefbook/minshi_susong_fa_2021.md': { 第一编: 4, 第一章: 27, 第一节: 19, 第一条: 291 },
  'lawrefbook/minshi_susong_fa_2023.md': { 第一编: 4, 第一章: 27, 第一节: 20, 第一条: 306 },
  'lawrefbook/gongsi_fa_2018.md': { 第一章: 13, 第一节: 11, 第一条: 218 },
  'lawrefbook/gongsi_fa_2023.md': { 第一章: 15, 第一节: 9, 第一条: 266 },
  'lawrefbook/zhuanli_fa_shishi_xize_2010.md': { 第一章: 11, 第一条: 123 },
  'lawrefbook/zhuanli_fa_shishi_xize_2023.md': { 第一章: 13, 第一条: 149 },
  'lawrefbook/nianjie_fangjia_banfa_2013.md': { 第一条: 7, '（一）': 11 },
  'lawrefbook/nianjie_fangjia_banfa_2024.md': { 第一条: 8, '（一）': 11 },
  'lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md': { 第一章: 8, 第一条: 80 },
  'lawrefbook/shanghai_youhua_yingshang_huanjing_2024.md': { 第一章: 8, 第一条: 97 },
  'lawrefbook/samr_mingma_biaojia_2022.md': { 第一条: 27, '（一）': 14 },
  'gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt': { '一、': 5, '（一）': 15, '1.': 25 },
  'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt': { '一、': 9, '（一）': 33, '1.': 67 },
  'gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt': { '1': 7, '1.1': 24, '1.1.1': 22 },
  // Chapters, and clauses 一、 … 五十四、 numbered on across them.
  'gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt': { 第一章: 10, '一、': 54 },
  'gov_cn_policies/guoling_707_geren_suodeshui_fa_shishi_tiaoli_2018.txt': { 第一条: 36 },
  'cn_gov_pages_excerpts/xiamen_shehui_xinyong_tiaoli_caoan_xiugai_ergao_zhengqiu_yijian_gao_EXCERPT.txt': { 第一条: 2 },
  'cn_gov_pages_excerpts/guowuyuan_xiugai_nianjie_fangjia_banfa_jueding_2024.txt': { '一、': 2 },
  'us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt': { 'SEC. 1': 5 },
  'us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt': { 'SEC. 1': 6 },
  'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt': { 'SEC. 1': 32 },
  'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt': { 'SEC. 1': 3 },
  'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md': { 'I.': 3 },
  // Its regulatory text is indented by depth (read as code or lazy lines by Markdown): every section and paragraph is found.
  'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md': { '§ 1': 18, '(a)': 56, '(i)': 11 },
};

const OTHERS = [
  'cn_gov_pages_excerpts/ahjinzhai_zhengwu_gongkai_zhuanqu_yijian_caina.txt',
  'cn_gov_pages_excerpts/shanghai_swj_shuitu_baochi_fangan_yijian_caina_qingkuang.txt',
];

function load(file: string) {
  const source = readFileSync(join(CORPUS, file), 'utf8');
  const imported = importDraft(source, { format: file.endsWith('.md') ? 'markdown' : 'text' });
  return { source, imported };
}

function countByStyle(clauses: readonly Clause[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const clause of clauses) if (clause.marker) counts[clause.marker.style] = (counts[clause.marker.style] ?? 0) + 1;
  return counts;
}

describe.each([...Object.keys(EXPECTED), ...OTHERS])('%s', (file) => {
  const { source, imported } = load(file);

  if (EXPECTED[file]) {
    it('finds the clauses its numbering gives', () => {
      const counts = countByStyle(imported.clauses);
      for (const [style, count] of Object.entries(EXPECTED[file]!)) expect(counts[style] ?? 0, style).toBe(count);
    });
  }

  it('loses no line of the text (a feedback table after the draft goes to the entries, a bill’s print marks, a page’s notice, a table of contents with no 目录 line and lines that show nothing are left out)', () => {
    const body = imported.text.replace(/^<!-- #c\d+ -->\n/gm, '');
    // A title's letter-spacing (国 家 粮 食) is not kept: its characters are.
    const unspaced = body.replace(/[ \u3000]/gu, '');
    const tableAt = imported.tables[0]?.headerLine ?? Infinity;
    const missing = source
      .split('\n')
      .filter((_, i) => i + 1 < tableAt && !imported.printMarks.includes(i + 1) && !imported.notice.includes(i + 1) && !imported.contents.includes(i + 1))
      .map((line) => line.trim().replace(/^#{1,6}\s+/, ''))
      .filter((line) => !isInvisible(line) && !/^<!--.*-->$/u.test(line) && !body.includes(line) && !unspaced.includes(line.replace(/[ \u3000]/gu, '')));
    expect(missing).toEqual([]);
  });

  it('gives no clause a title that stops inside a quotation', () => {
    const open = (title: string) => (title.match(/[“「『]/gu)?.length ?? 0) - (title.match(/[”」』]/gu)?.length ?? 0);
    expect(imported.clauses.filter((c) => open(c.title) !== 0).map((c) => `${c.id} ${c.title}`)).toEqual([]);
  });

  it('makes no clause of an HTML comment, and names the line of each it left out', () => {
    expect(imported.clauses.filter((c) => c.text.includes('<!--'))).toEqual([]);
    const lines = source.split('\n').flatMap((line, i) => (/^<!--.*-->$/u.test(line.trim()) ? [i + 1] : []));
    expect(imported.comments).toEqual(file.endsWith('.md') ? lines : []);
  });

  it('reads back from the draft file to the same tree, and formats to the same bytes', () => {
    const { draft, problems } = parseDraft(imported.text, 'draft.md', 'draft');
    expect(problems).toEqual([]);
    const shape = (clauses: readonly Clause[]) => clauses.map((c) => [c.id, c.parent, c.level, c.number, c.text]);
    expect(shape(draft.clauses)).toEqual(shape(imported.clauses));
    expect(formatDraft(draft.frontMatter, draft.blocks)).toBe(imported.text);
  });
});

describe('the Civil Code', () => {
  const { imported } = load('lawbasecn/minfadian_civil_code.md');
  const byId = new Map(imported.clauses.map((c) => [c.id, c]));
  const ancestors = (clause: Clause): Clause[] => {
    const chain: Clause[] = [];
    for (let p = clause.parent; p !== null; p = byId.get(p)!.parent) chain.push(byId.get(p)!);
    return chain;
  };

  it('has all 1,260 articles in order, each under its 编 and 章 (or the 附则)', () => {
    const articles = imported.clauses.filter((c) => c.marker?.style === '第一条');
    expect(articles.map((c) => c.marker!.value)).toEqual(Array.from({ length: 1260 }, (_, i) => i + 1));
    for (const article of articles) {
      const chain = ancestors(article).map((c) => c.marker?.style ?? c.title);
      if (chain.includes('附则')) continue;
      expect(chain, article.number).toContain('第一章');
      expect(chain, article.number).toContain('第一编');
    }
    const article1 = articles[0]!;
    expect(ancestors(article1).map((c) => c.number)).toEqual(['第一章', '第一编']);
    const last = articles.at(-1)!;
    expect(ancestors(last).map((c) => c.title)).toEqual(['附则']);
  });

  it('puts sections under chapters, and chapters of 物权编 under its 分编', () => {
    const section = imported.clauses.find((c) => c.marker?.style === '第一节')!;
    expect(byId.get(section.parent!)!.marker!.style).toBe('第一章');
    const parts = imported.clauses.filter((c) => c.marker?.style === '第一分编');
    for (const part of parts) expect(byId.get(part.parent!)!.marker!.style).toBe('第一编');
  });

  it('gives the plain-text copy the same structure as the Markdown one', () => {
    const text = load('lawbasecn/minfadian_civil_code.txt').imported;
    const shape = (clauses: readonly Clause[]) => clauses.filter((c) => c.marker).map((c) => `${c.level}:${c.number}`);
    const md = shape(imported.clauses);
    const txt = shape(text.clauses);
    expect(txt.length).toBe(md.length);
    // Both agree on each article's number; levels differ only where the text has no headings.
    expect(txt.map((s) => s.split(':')[1])).toEqual(md.map((s) => s.split(':')[1]));
  });
});

describe('a bill’s section headings in capitals', () => {
  it('are the sections’ titles however long', () => {
    const titles = (file: string) => load(file).imported.clauses.filter((c) => c.marker?.style === 'SEC. 1').map((c) => c.title);
    expect(titles('us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt')).toEqual([
      'FINDINGS',
      'REMOVAL OF UNITED STATES ARMED FORCES FROM HOSTILITIES IN THE REPUBLIC OF YEMEN THAT HAVE NOT BEEN AUTHORIZED BY CONGRESS',
      'RULE OF CONSTRUCTION REGARDING CONTINUED MILITARY OPERATIONS AND COOPERATION WITH ISRAEL',
      'RULE OF CONSTRUCTION REGARDING INTELLIGENCE SHARING',
      'REPORT ON RISKS POSED BY CEASING SAUDI ARABIA SUPPORT OPERATIONS',
      'REPORT ON INCREASED RISK OF TERRORIST ATTACKS TO UNITED STATES ARMED FORCES ABROAD, ALLIES, AND THE CONTINENTAL UNITED STATES IF SAUDI ARABIA CEASES YEMEN-RELATED INTELLIGENCE SHARING WITH THE UNITED STATES',
    ]);
    expect(titles('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt').filter((t) => t === '')).toEqual([]);
  });
});

describe('an English heading run into its text', () => {
  const ENGLISH = [
    'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt',
    'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt',
    'us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt',
    'us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt',
    'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md',
    'us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md',
  ];
  const titleOf = (file: string, start: string) => load(file).imported.clauses.find((c) => c.marker && c.text.startsWith(start))!.title;

  it('is the title of a bill’s subsection or paragraph however long, up to its “.—” (H.R. 1000, S. 2245)', () => {
    const bill = 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt';
    expect(titleOf(bill, 'Disadvantaged individual')).toBe('Disadvantaged individual or population group');
    expect(titleOf(bill, 'Disputes Concerning')).toBe('Disputes Concerning the Allocation or Use of Program Funds');
    expect(titleOf(bill, 'Penalty for Failure')).toBe('Penalty for Failure To Include Covered Transaction Information With Return');
    for (const file of [bill, 'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt']) {
      const runIn = load(file).imported.clauses.filter((c) => c.marker && /^[^“.]+\.—/u.test(c.text));
      expect(runIn.length).toBeGreaterThan(5);
      expect(runIn.filter((c) => c.title !== c.text.slice(0, c.text.indexOf('.—'))).map((c) => `${c.id} ${c.title}`)).toEqual([]);
    }
  });

  it('never ends at an abbreviation’s full stop: no title is cut at “U.S.C” (S. 2245, and every bill and rule of the corpus)', () => {
    expect(titleOf('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', 'in section 254 (2 U.S.C. 904)')).toBe('in section 254 (2 U.S.C. 904)—');
    for (const file of ['us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md']) {
      expect(load(file).imported.clauses.filter((c) => /(?:^|[\s.(])[A-Za-z]$/u.test(c.title)).map((c) => `${c.id} ${c.title}`)).toEqual([]);
    }
  });

  it('in capitals keeps what follows a semicolon: SHORT TITLE; TABLE OF CONTENTS', () => {
    expect(titleOf('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt', 'SHORT TITLE;')).toBe('SHORT TITLE; TABLE OF CONTENTS');
    expect(titleOf('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', 'SHORT TITLE.')).toBe('SHORT TITLE');
  });

  it('is the title of every section of a Federal Register rule’s regulatory text, a question or a phrase', () => {
    const sections = load('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md').imported.clauses.filter((c) => c.marker?.style === '§ 1');
    expect(sections).toHaveLength(18);
    expect(sections.filter((c) => !c.text.startsWith(c.title) || !/^(?:What|Who|How|When)\b.*\?$/u.test(c.title)).map((c) => `${c.number} ${c.title}`)).toEqual([]);
    expect(sections.find((c) => c.text.startsWith('What debarment'))!.title).toBe('What debarment or suspension obligations apply to transactions and contracts related to a project?');
  });

  it('never makes a sentence a title: a title longer than a lead sentence is a heading by its shape', () => {
    for (const file of ENGLISH) {
      const long = load(file).imported.clauses.filter((c) => c.heading === null && c.title.length > 40);
      const headingShaped = (c: Clause) => c.text.startsWith(`${c.title}.—`) || c.title === c.title.toUpperCase() || c.marker?.style === '§ 1';
      expect(long.filter((c) => !headingShaped(c)).map((c) => `${c.id} ${c.title}`), file).toEqual([]);
    }
    expect(titleOf('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', 'A regulatory impact analysis is not required.')).toBe('');
    expect(titleOf('us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt', 'Congress has the sole power')).toBe('');
    expect(titleOf('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt', 'The term ‘total spending’')).toBe('');
  });
});

describe('an official document’s title wrapped over two lines', () => {
  it('is read as one title, and its second line is no clause', () => {
    const titled = (file: string) => {
      const { imported } = load(file);
      return [imported.meta.title, imported.clauses[0]!.text];
    };
    expect(titled('gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt')).toEqual(['国务院办公厅关于加强三级公立医院绩效考核工作的意见', '国办发〔2019〕4号']);
    expect(titled('gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt')).toEqual(['国务院办公厅转发民政部关于清理整顿社会团体意见的通知', '国办发〔1997〕11号']);
    expect(titled('gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt')).toEqual(['国务院关于印发《国务院工作规则》的通知', '国发〔2004〕18号']);
    // Letter-spaced characters are one word.
    expect(titled('gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt')).toEqual(['国务院办公厅关于印发国家粮食应急预案的函', '国办函〔2005〕57号']);
    // An order's head is no title: the regulation's name below it is, and the order stays as text (document-title.test.ts).
    expect(titled('gov_cn_policies/guoling_707_geren_suodeshui_fa_shishi_tiaoli_2018.txt')).toEqual(['中华人民共和国个人所得税法实施条例', '中华人民共和国国务院令']);
    // A title on one line is left as it is, its space between two issuers too.
    expect(load('../seed-page.txt').imported.meta.title).toBe('中共铜官区委 铜官区人民政府关于贯彻省市《五大发展行动计划》的实施意见(修订版)(征求意见稿)');
  });

  // The corpus has one such note (国务院工作规则); a constructed page stands beside it.
  it('a bracketed note printed over two lines is one clause (国务院工作规则, and a page written so); a bracket closed on its line is left alone', () => {
    const notes = (file: string) => load(file).imported.clauses.filter((c) => /^[（(]/u.test(c.text)).map((c) => c.text);
    expect(notes('gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt')).toContain('（二○○四年六月十六日国务院第54次常务会议修订通过）');
    const page = ['某市人民政府关于印发某某办法的通知', '', '（2023年5月8日市人民政府', '', '第12次常务会议通过）', '', '（此件公开发布）', '', '一、总则', '', '（一）为了规范管理，制定本办法。'].join('\n');
    const clauses = importDraft(page, { format: 'text' }).clauses.map((c) => c.text);
    expect(clauses).toContain('（2023年5月8日市人民政府第12次常务会议通过）');
    expect(clauses).toContain('（此件公开发布）');
    expect(clauses).not.toContain('第12次常务会议通过）');
  });
});

describe('the name of a US bill or a Federal Register document', () => {
  it('is the bill’s short title and number, or the line before AGENCY:, not a print code or the department; no line of the head but the print marks is lost', () => {
    const titled = (file: string) => {
      const { imported } = load(file);
      // (A Markdown file's head is one paragraph: its first line.)
      return [imported.meta.title, imported.clauses[0]!.text.split('\n')[0]];
    };
    expect(titled('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt')).toEqual(['Maximizing America’s Prosperity Act of 2019 (S. 2245)', '116th CONGRESS']);
    expect(titled('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt')).toEqual(['Humphrey-Hawkins 21st Century Full Employment and Training Act of 2019 (H. R. 1000)', '116th CONGRESS']);
    // No short title: the number.
    expect(titled('us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt')).toEqual(['H. J. RES. 37', '116th CONGRESS']);
    expect(titled('us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md')).toEqual(['Negotiated Noncompetitive Agreements for the Use of Sand, Gravel, and/or Shell Resources on the Outer Continental Shelf', 'DEPARTMENT OF THE INTERIOR']);
    expect(titled('us_federal_register/hhs_hrsa_fr2017-20911_340b_effective_date_delay_final_rule.md')[0]).toBe('340B Drug Pricing Program Ceiling Price and Manufacturer Civil Monetary Penalties Regulation');
  });
});

describe('a bill’s GPO print marks', () => {
  it('are left out, their lines named: the version line and print code above the Congress, the end mark under the last line', () => {
    const marks = (file: string) => {
      const { source, imported } = load(file);
      const lines = source.split('\n');
      return imported.printMarks.map((line) => lines[line - 1]!.trim());
    };
    expect(marks('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt')).toEqual(['•HR 1000 IH', 'I', '○']);
    expect(marks('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt')).toEqual(['II']);
    expect(marks('us_bills_uslm/hjres37_116_rh_yemen_war_powers.txt')).toEqual(['•HJ 37 RH', 'IB']);
    expect(marks('us_bills_uslm/hjres37_116_rfs_yemen_war_powers.txt')).toEqual(['HJ 37 RFS', 'IIB']);
  });

  it('are no clauses: H.R. 1000 ends with section 314(d), not with a ○ under it', () => {
    const { imported } = load('us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt');
    expect(imported.clauses.filter((c) => /^(?:•HR 1000 IH|I|○)$/u.test(c.text))).toEqual([]);
    expect(imported.text).not.toContain('○');
    const last = imported.clauses.at(-1)!;
    expect([last.number, last.title, imported.clauses.find((c) => c.id === last.parent)?.number]).toEqual(['(d)', 'Effective Date', 'SEC. 314']);
    expect(load('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt').imported.clauses.filter((c) => c.text === 'II')).toEqual([]);
  });

  it('are only looked for in a bill: a policy text or a Federal Register rule loses none of its lines', () => {
    for (const file of ['gov_cn_policies/guobanfa_1997_11_shehui_tuanti_qingli_zhengdun.txt', 'us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md']) {
      expect(load(file).imported.printMarks).toEqual([]);
    }
    const imported = importDraft('Notice\n\nII\n\n1. The first rule.\n\n○', { format: 'text' });
    expect(imported.printMarks).toEqual([]);
    expect(imported.clauses.map((c) => c.text)).toEqual(['II', 'The first rule.', '○']);
  });
});

describe('titles of amendments that quote whole articles', () => {
  it('take the lead sentence outside the quotation, and none where the quotation runs on', () => {
    const titleOf = (file: string, start: string) => load(file).imported.clauses.find((c) => c.text.startsWith(start))!.title;
    // 将刑法第十七条修改为：“已满十六周岁的人犯罪，应当负刑事责任。 (the quoted article goes on for three paragraphs)
    expect(titleOf('lawrefbook/xingfa_amendment_11_2020.md', '将刑法第十七条修改为')).toBe('');
    // 宪法第一条第二款“社会主义制度是中华人民共和国的根本制度。”后增写一句，内容为：“…” (longer than a title)
    expect(titleOf('lawrefbook/xianfa_amendment_2018.md', '宪法第一条第二款')).toBe('');
    const { clauses } = importDraft('某某办法\n\n第一条 将“应当。”改为“必须”。\n\n第二条 本办法自公布之日起施行。', { format: 'text' });
    expect(clauses.map((c) => c.title)).toEqual(['将“应当。”改为“必须”', '本办法自公布之日起施行']);
  });

  it('never stop inside a quotation, whatever the clause says', () => {
    const piece = fc.constantFrom('将', '“', '”', '「', '」', '。', '；', '应当', '改为', 'a. b', '（一）', '：', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const [clause] = clausesOf([{ id: 'c1', heading: null, source: `第一条 ${pieces.join('')}`, line: 1 }]);
        const title = clause!.title;
        let depth = 0;
        for (const ch of title) {
          if ('“「'.includes(ch)) depth++;
          else if ('”」'.includes(ch) && depth > 0) depth--;
        }
        expect(depth).toBe(0);
        expect(`第一条 ${pieces.join('')}`).toContain(title);
      }),
    );
  });
});

describe('HTML comments in a Markdown source', () => {
  it('leave out a block that is only comments, never text between two of them', () => {
    const source = '# 某某办法\n\n<!-- 注 --> 第一条 本办法适用于全国。 <!-- 旧 -->\n\n<!-- INFO END -->\n<!-- 二 -->\n\n第二条 本办法自公布之日起施行。\n';
    const imported = importDraft(source, { format: 'markdown' });
    expect(imported.clauses).toHaveLength(2);
    expect(imported.clauses[1]!.number).toBe('第二条');
    expect(imported.text).toContain('<!-- 注 --> 第一条 本办法适用于全国。 <!-- 旧 -->');
    expect(imported.comments).toEqual([5, 6]);
  });
});
