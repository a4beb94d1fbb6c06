// Acceptance for decisions and the build on the seed (SPEC "Outputs").
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edit } from '../src/core/edits/edit.js';
import { corpusWorkspace, redline, seedWorkspace, snapshot } from './helpers/cli.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const REASON3 = '高新区虽为我区创新平台建设的重要阵地,但全区创新平台建设需要全面统筹发展, 也是推动全区创新发展工作的主要任务之一,应由区科技局牵头抓总';
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

async function decidedSeed(): Promise<string> {
  const dir = await seedWorkspace();
  for (const args of [
    ['decide', '3', 'partial', '--edits', '1,3,4,5,6', '--reason', REASON3, '--by', '张三', '--date', '2018-01-20'],
    ['decide', '6', 'reject', '--reason', '以市下达的进出口指标为准', '--by', '张三', '--date', '2018-01-20'],
    ['decide', '--all-pending', 'adopt', '--by', '张三', '--date', '2018-01-20'],
  ]) {
    const result = await redline(dir, ...args);
    expect(result.code, result.stderr).toBe(0);
  }
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, 'out', file), 'utf8');

describe('redline build on the decided seed', () => {
  let dir: string;
  let revised: string;
  beforeAll(async () => {
    dir = await decidedSeed();
    const result = await redline(dir, 'build');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('wrote out/seed.revised.md\nwrote out/seed.feedback.md\nwrote out/seed.comparison.md\nwrote out/seed.redline.md\n');
    expect(result.stderr).toBe('');
    revised = read(dir, 'seed.revised.md');
  });

  it('applies every adopted change to the revised text', () => {
    for (const adopted of [
      '基本完成机关事业单位养老保险制度改革',
      '(牵头单位:区人社局;责任单位:区残联、区民政局)',
      '完善社区自治组织体系,规范社会居民理事会建设,坚持“五中心一广场”功能定位',
      '加入社区工作者队伍。进一步发挥社区、社会组织、社会工作在创新基层社会治理中的重要作用',
      '区金融办、狮子山高新区、区建投公司、金狮融资担保公司)',
      '区经信局、区财政局、区人社局、区教育局、区金融办、区招商局)',
      '(牵头单位:区经信局;责任单位:狮子山高新区、区发改局、区科技局、区招商局)',
      '区社区办、西湖镇、狮子山高新区)',
      '综合医院和公共卫生专业机构分工协作',
      '完善公立医院药品、耗材、集中采购机制',
      '自主创新能力显著提升,推动创新高质量发展科技进步',
      '教育、文化、卫生计生、食品安全、体育',
    ]) {
      expect(revised, adopted).toContain(adopted);
    }
  });

  it('applies none of the rejected ones: item 2 keeps its lead but gains three units; 13343万美元 stays', () => {
    expect(revised).toContain('促进孵化载体联动发展。(牵头单位:区科技局;责任单位:狮子山高新区、区发改局、区经信局、区住建局、区环保局、区招商局)');
    expect(revised).not.toContain('牵头单位:狮子山高新区');
    expect(revised).toContain('进出口总额达到13343万美元');
    expect(revised).not.toContain('20000万美元');
    expect(revised).not.toContain('预防保健机构');
    expect(revised).not.toContain('开展机关事业单位养老保险制度改革');
  });

  it('writes front matter pandoc reads and no clause IDs', () => {
    expect(revised.split('\n').slice(0, 6).join('\n')).toBe(
      '---\ntitle: "中共铜官区委 铜官区人民政府关于贯彻省市《五大发展行动计划》的实施意见(修订版)(征求意见稿)"\ndate: "2018-01-06"\nlang: "zh-CN"\n---\n',
    );
    expect(revised).not.toMatch(/<!--/);
    expect(revised).toContain('\n\n## 二、实施创新发展行动\n\n1\\. 深化供给侧结构性改革。');
  });

  it('writes the response table: six rows, decisions in words, reasons, a summary line', () => {
    const table = read(dir, 'seed.feedback.md');
    // Headed as published tables are: the document named in 《》, not …的实施意见…意见采纳情况 run together; the plan it names, inside, in 〈〉.
    expect(table.split('\n')[1]).toBe('title: "《中共铜官区委 铜官区人民政府关于贯彻省市〈五大发展行动计划〉的实施意见(修订版)(征求意见稿)》意见采纳情况"');
    expect(read(dir, 'seed.comparison.md').split('\n')[1]).toBe('title: "《中共铜官区委 铜官区人民政府关于贯彻省市〈五大发展行动计划〉的实施意见(修订版)(征求意见稿)》修改对照表"');
    expect(table).toContain('\n\n共收到意见6条，采纳4条，部分采纳1条，不采纳1条，待定0条。\n\n');
    expect(table).toContain('| 序号 | 单位 | 主要意见 | 意见采纳情况 | 未采纳原因 |\n| --- | --- | --- | --- | --- |\n');
    const rows = table.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows.map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual(['| 1 | 区人社局', '| 2 | 社区办', '| 3 | 区科技局', '| 4 | 区卫计局', '| 5 | 区市监局', '| 6 | 区商务局']);
    expect(rows[2]!.endsWith(`| 部分采纳 | ${REASON3} |`)).toBe(true);
    expect(rows[5]!.endsWith('| 不采纳 | 以市下达的进出口指标为准 |')).toBe(true);
    expect(rows[0]!.endsWith('| 采纳 |   |')).toBe(true);
  });

  it('writes the comparison table with marks and the entries behind each change', () => {
    const table = read(dir, 'seed.comparison.md');
    const rows = table.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows.length).toBe(10);
    const item18 = rows.find((r) => r.includes('18.建立更加健全社会保障体系'))!;
    expect(item18).toContain('~~开展~~机关事业单位');
    expect(item18).toContain('**基本完成**机关事业单位');
    // "**" cannot open before "、" after a character (CommonMark flanking): HTML, the same in pandoc and GFM.
    expect(item18).toContain('区残联<strong>、区民政局</strong>)');
    expect(item18.endsWith('| 1 |')).toBe(true);
    expect(rows.some((r) => r.includes('13343'))).toBe(false);
  });

  it('writes the redline: the revised text with changes marked and attributed', () => {
    const text = read(dir, 'seed.redline.md');
    expect(text).toContain('~~开展~~**基本完成**〔意见1〕机关事业单位养老保险制度改革');
    expect(text).toContain('区残联<strong>、区民政局</strong>〔意见1〕)');
    expect(text).toContain('药品、耗材、~~设备~~〔意见4〕集中采购机制');
    expect(text).toContain('进出口总额达到13343万美元');
  });

  it.skipIf(!hasPandoc)('reads back through pandoc with items 1–24 and (三) as written', () => {
    const plain = execFileSync('pandoc', ['-f', 'markdown', '-t', 'plain', '--wrap=none', join(dir, 'out/seed.revised.md')], { encoding: 'utf8' });
    const lines = plain.split('\n');
    const items = lines.filter((l) => /^\d{1,2}\./.test(l)).map((l) => Number(/^(\d+)/.exec(l)![1]));
    // 1–3 under 奋斗目标, 1–7 strategies under (三), then the action items 1–24.
    expect(items).toEqual([1, 2, 3, 1, 2, 3, 4, 5, 6, 7, ...Array.from({ length: 24 }, (_, i) => i + 1)]);
    expect(lines).toContain('1. 深化供给侧结构性改革。扎实推进“三去一降一补”,创新要素资源方式,优化存量资源配置,扩大优质增量供给,实现供需动态平衡。(1围绕调结构,推进去产能,坚持做优增量、调整存量,力争三年内基本实现僵尸企业市场出清,全面完成市下达的淘汰落后产能任务,重点行业产能利用率达到合理水平,产业结构进一步优化,核心竞争力明显增强,转型升级取得明显成效。2围绕稳市场,推进去库存,坚持分类施策,力争存量商品住房去化周期控制在18个月以内,供需基本平衡,有效控制市场潜在风险。3围绕防风险,推进去杠杆,金融业务主要风险指标达到监管要求,企业资产负债率控制在合理水平,政府负债率和债务率控制在警戒线以内。4围绕提效益,推进降成本,落细落实降成本举措,制度性交易、社保、财务、物流等成本降幅高于全市平均水平,切实减轻企业负担,增强企业发展活力。5围绕增后劲,推进补短板,瞄准薄弱环节,加速改造提升传统产业,积极培育发展战略性新兴产业,加快现代服务业提档升级,加强基础设施建设,增强园区核心竞争力,着力构建现代产业体系。(牵头单位: 区政府办;责任单位:区发改局、区经信局、区财政局、区住建局、区金融办、狮子山高新区、区建投公司、金狮融资担保公司)');
    expect(lines.filter((l) => l.startsWith('(三)'))).toEqual([expect.stringMatching(/^\(三\)重大战略。/)]);
    expect(plain).not.toContain('\\');
  });

  it('builds byte-identical files twice; --check exits 0 after a build and 1 after a decision changes', async () => {
    const first = snapshot(join(dir, 'out'));
    expect((await redline(dir, 'build')).code).toBe(0);
    expect(snapshot(join(dir, 'out'))).toEqual(first);
    expect(await redline(dir, 'build', '--check')).toMatchObject({ code: 0, stdout: '' });
    await redline(dir, 'decide', '6', 'adopt', '--date', '2018-01-21');
    const check = await redline(dir, 'build', '--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('out/seed.revised.md is not what a build would write\nout/seed.feedback.md is not what a build would write\nout/seed.comparison.md is not what a build would write\nout/seed.redline.md is not what a build would write\n');
    expect(snapshot(join(dir, 'out'))).toEqual(first);
  });

  it('labels the outputs in English with --lang en', async () => {
    const result = await redline(dir, 'build', '--out', 'out-en', '--lang', 'en');
    expect(result.code).toBe(0);
    const table = readFileSync(join(dir, 'out-en/seed.feedback.md'), 'utf8');
    expect(table).toContain('| No. | Commenter | Comment | Decision | Reason not adopted |');
    expect(table).toContain('| Partially adopted |');
  });
});

// A change that ends a quotation is attributed after the closing mark, where a
// reader looks for it: Act of ~~2019~~**2020**”[#1], not inside the quotation.
describe('the attribution of a change that ends a quotation', () => {
  const redlineOf = (result: ReturnType<typeof revisedBody>['result']) => result.outputs.find((o) => o.name.endsWith('.redline.md'))!.content;

  it('S. 2245: the short title’s year', () => {
    const bill = corpusDraft('us_bills_uslm/s2245_116_is_maximizing_americas_prosperity_act.txt');
    const section1 = bill.clauses.find((c) => c.text.includes('SHORT TITLE'))!;
    const { result } = revisedBody(bill, adopted('1', { op: 'replace', clause: section1.id, quote: 'of 2019', text: 'of 2020' }));
    expect(redlineOf(result)).toContain('“Maximizing America’s Prosperity Act of ~~2019~~**2020**”[#1].');
  });

  it('上海市优化营商环境条例: a reform’s name in 第十七条, and a change inside a quotation keeps its mark where it is', () => {
    const law = corpusDraft('lawrefbook/shanghai_youhua_yingshang_huanjing_2020.md');
    const article = law.clauses.find((c) => c.marker?.raw.startsWith('第十七条'))!;
    const { result } = revisedBody(law, adopted('1', { op: 'replace', clause: article.id, quote: '证照分离', text: '照后减证' }));
    expect(redlineOf(result)).toContain('本市将涉企经营许可事项全部纳入“~~证照分离~~**照后减证**”〔意见1〕改革范围');
    const inside = revisedBody(law, adopted('1', { op: 'replace', clause: article.id, quote: '证照', text: '照证' }));
    expect(redlineOf(inside.result)).toContain('全部纳入“~~证照~~**照证**〔意见1〕分离”改革范围');
  });
});

describe('a note given with 采纳', () => {
  it('is written after the decision (采纳。…), on the seed and on a statute; the reason column stays for reasons not to adopt', async () => {
    const seed = await seedWorkspace();
    await redline(seed, 'decide', '1', 'adopt', '--reason', '已在第18项中修改', '--by', '张三', '--date', '2018-01-20');
    expect((await redline(seed, 'build')).code).toBe(0);
    expect(read(seed, 'seed.feedback.md').split('\n').find((l) => l.startsWith('| 1 |'))!.endsWith('| 采纳。已在第18项中修改 |   |')).toBe(true);
    expect((await redline(seed, 'build', '--lang', 'en')).code).toBe(0);
    expect(read(seed, 'seed.feedback.md').split('\n').find((l) => l.startsWith('| 1 |'))!.endsWith('| Adopted. 已在第18项中修改 |   |')).toBe(true);

    const law = await corpusWorkspace('lawrefbook/xingzheng_xuke_fa_2019.md', 'xk');
    writeFileSync(join(law, 'comments.csv'), '编号,提出单位,具体修改意见\n1,市司法局,建议将第十二条中的“经济宏观调控”修改为“宏观经济调控”。\n2,市商务局,建议第一条增加“优化营商环境”。\n');
    expect((await redline(law, 'feedback', 'import', 'comments.csv')).code).toBe(0);
    await redline(law, 'decide', '1', 'adopt', '--reason', '  表述更规范。 ', '--by', '张三', '--date', '2024-05-01');
    await redline(law, 'decide', '2', 'reject', '--reason', '立法目的已涵盖', '--by', '张三', '--date', '2024-05-01');
    const build = await redline(law, 'build');
    expect(build.code, build.stderr).toBe(0);
    const rows = () => read(law, 'xk.feedback.md').split('\n').filter((l) => /^\| \d \|/u.test(l));
    expect(rows()).toEqual([
      '| 1 | 市司法局 | 建议将第十二条中的“经济宏观调控”修改为“宏观经济调控”。 | 采纳。表述更规范。 |   |',
      '| 2 | 市商务局 | 建议第一条增加“优化营商环境”。 | 不采纳 | 立法目的已涵盖 |',
    ]);
    // A note that only fills the cell is none; one that says 采纳 itself is the decision in the office's words.
    for (const [note, cell] of [['/', '采纳'], ['——', '采纳'], ['无', '采纳'], ['予以采纳并修改', '予以采纳并修改']]) {
      await redline(law, 'decide', '1', 'adopt', '--reason', note!, '--by', '张三', '--date', '2024-05-01');
      expect((await redline(law, 'build')).code).toBe(0);
      expect(rows()[0], note).toBe(`| 1 | 市司法局 | 建议将第十二条中的“经济宏观调控”修改为“宏观经济调控”。 | ${cell} |   |`);
    }
  });
});

describe('the line under the comparison table', () => {
  const moved = (file: string, ...edits: Edit[]) => {
    const table = revisedBody(corpusDraft(file), adopted('1', ...edits)).result.outputs.find((o) => o.name.endsWith('.comparison.md'))!.content;
    return table.trimEnd().split('\n').at(-1);
  };
  const clause = (file: string, number: string, parent?: string) => {
    const { clauses } = corpusDraft(file);
    return clauses.find((c) => c.number === number && (parent === undefined || clauses.find((p) => p.id === c.parent)?.number === parent))!.id;
  };

  it('names a policy text’s moved items alike on both sides (三、（三）, not 第（三）项)', () => {
    const file = 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt';
    expect(moved(file, { op: 'remove-clause', clause: clause(file, '（三）', '三') })).toBe('条文序号作相应调整：原三、（四）改为三、（三）。');
    expect(moved(file, { op: 'add-clause', clause: clause(file, '（二）', '五'), position: 'after', text: '（三）加强宣传引导。' })).toBe('条文序号作相应调整：原五、（三）至（五）依次改为五、（四）至（六）。');
  });

  it('names outline numbers without their 、 in the sentence (原第三章十二至十六, not 十二、至十六) (国务院工作规则, 三级公立医院绩效考核)', () => {
    const guize = 'gov_cn_policies/guofa_2004_18_guowuyuan_gongzuo_guize.txt';
    expect(moved(guize, { op: 'remove-clause', clause: clause(guize, '十') })).toMatch(/^条文序号作相应调整：原第二章十一改为十；原第三章十二至十六依次改为十一至十五；.*原第十章四十七至五十四依次改为四十六至五十三。$/u);
    const kaohe = 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt';
    expect(moved(kaohe, { op: 'remove-clause', clause: clause(kaohe, '三') })).not.toMatch(/、(?:至|改为|依次|；|。)/u);
  });

  it('lists two moved units (原第九十六条、第九十七条), and names a range for more (上海市优化营商环境条例, 行政许可法)', () => {
    const shanghai = 'lawrefbook/shanghai_youhua_yingshang_huanjing_2024.md';
    expect(moved(shanghai, { op: 'add-clause', clause: clause(shanghai, '第九十五条'), position: 'after', text: '第九十六条 新条文。' })).toBe('条文序号作相应调整：原第九十六条、第九十七条依次改为第九十七条、第九十八条。');
    const xuke = 'lawrefbook/xingzheng_xuke_fa_2019.md';
    expect(moved(xuke, { op: 'remove-clause', clause: clause(xuke, '第七十九条') })).toBe('条文序号作相应调整：原第八十条至第八十三条依次改为第七十九条至第八十二条。');
  });

  it('names a bill’s moved sections and paragraphs as they are cited (section 7, not SEC. 7), a run’s far end by its own designation', () => {
    const file = 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt';
    expect(moved(file, { op: 'remove-clause', clause: clause(file, 'SEC. 101') })).toMatch(/^Renumbered: former sections 102 to 1\d\d are now sections 101 to 1\d\d\.$/u);
    expect(moved(file, { op: 'remove-clause', clause: clause(file, '(1)', 'SEC. 102') })).toBe('Renumbered: former section 102(2) and (3) are now section 102(1) and (2).');
  });
});

describe('cells that could break the table', () => {
  it('escapes pipes, line breaks, HTML and Markdown in a comment', async () => {
    const dir = await seedWorkspace();
    await redline(dir, 'feedback', 'add', '--unit', '市民<b>', '--comment', '第一行 | 第二格\n*强调* <script>alert(1)</script> [链接](x)', '--no-propose');
    expect((await redline(dir, 'build')).code).toBe(0);
    const row = read(dir, 'seed.feedback.md').split('\n').find((l) => l.startsWith('| 7 |'))!;
    expect(row).toBe('| 7 | 市民&lt;b&gt; | 第一行 \\| 第二格<br>\\*强调\\* &lt;script&gt;alert(1)&lt;/script&gt; \\[链接\\](x) | 待定 |   |');
  });
});

describe('redline decide', () => {
  it('needs a reason for partial and reject, and the edits for partial; nothing changes on error', async () => {
    const dir = await seedWorkspace();
    const before = snapshot(dir);
    for (const [args, message] of [
      [['decide', '6', 'reject'], 'redline: a rejected decision needs a reason (--reason)\n'],
      [['decide', '3', 'partial', '--reason', 'x'], 'redline: a partial decision needs the numbers of the adopted edits (--edits)\n'],
      [['decide', '6', 'partial', '--edits', '2', '--reason', 'x'], 'redline: entry 6 has 1 edit(s); there is no edit 2\n'],
      [['decide', '9', 'adopt'], 'redline: no feedback entry 9 for seed (entries: 1, 2, 3, 4, 5, 6)\n'],
      [['decide', '1', 'accept'], 'redline: the decision comes last: adopt, partial or reject (got "accept")\n'],
    ] as const) {
      const result = await redline(dir, ...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(message);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps comments and layout of the entry file, and says what a new decision replaced', async () => {
    const dir = await seedWorkspace();
    const path = join(dir, 'feedback/seed/6.yaml');
    const original = readFileSync(path, 'utf8').replace('unit: 区商务局\n', 'unit: 区商务局 # 电话核实过\n');
    writeFileSync(path, original);
    expect((await redline(dir, 'decide', '6', 'adopt', '--by', '李四', '--date', '2018-01-20')).stdout).toBe('entry 6: adopted\n');
    const again = await redline(dir, 'decide', '6', 'reject', '--reason', '以市下达指标为准', '--by', '李四', '--date', '2018-01-21');
    expect(again.stdout).toBe('entry 6: rejected — 以市下达指标为准 (replaces: adopted)\n');
    const same = await redline(dir, 'decide', '6', 'reject', '--reason', '以市下达指标为准', '--by', '李四', '--date', '2018-01-21');
    expect(same.stdout).toBe('entry 6: rejected — 以市下达指标为准 (as before)\n');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('unit: 区商务局 # 电话核实过\n');
    expect(text.endsWith('decision:\n  status: rejected\n  by: 李四\n  date: 2018-01-21\n  reason: 以市下达指标为准\n  digest: 67fd790b\n')).toBe(true);
    expect(text.slice(0, text.indexOf('decision:'))).toBe(original.slice(0, original.indexOf('decision:')));
  });
});

describe('decisions on two branches', () => {
  it('merge with plain git merge, without a conflict', async () => {
    const dir = await seedWorkspace();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'seed');
    git('checkout', '-qb', 'clerk-a');
    await redline(dir, 'decide', '1', '2', 'adopt', '--by', 'A', '--date', '2018-01-20');
    git('commit', '-qam', 'A decides 1 and 2');
    git('checkout', '-q', 'main');
    git('checkout', '-qb', 'clerk-b');
    await redline(dir, 'decide', '6', 'reject', '--reason', '以市下达指标为准', '--by', 'B', '--date', '2018-01-20');
    await redline(dir, 'decide', '3', 'partial', '--edits', '1,3,4,5,6', '--reason', REASON3, '--by', 'B', '--date', '2018-01-20');
    git('commit', '-qam', 'B decides 3 and 6');
    git('checkout', '-q', 'main');
    git('merge', '-q', '--no-edit', 'clerk-a');
    const merge = spawnSync('git', ['merge', '--no-edit', 'clerk-b'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x' } });
    expect(merge.status, merge.stdout + merge.stderr).toBe(0);
    const list = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Array<{ id: string; decision: { status: string; by?: string } }>;
    expect(list.map((e) => [e.id, e.decision.status, e.decision.by ?? ''])).toEqual([
      ['1', 'adopted', 'A'], ['2', 'adopted', 'A'], ['3', 'partial', 'B'], ['4', 'pending', ''], ['5', 'pending', ''], ['6', 'rejected', 'B'],
    ]);
  });
});
