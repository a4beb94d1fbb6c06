// Public comments from a web-form export (姓名, 联系电话, 电子邮箱, 意见内容,
// 提交时间): one entry per comment, the commenter or 公众 as unit, contact
// details kept apart and never published, comments outside the consultation
// window marked, and a campaign (one text sent by many) answered once.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, redline, tempDir } from './helpers/cli.js';
import { workbook } from './helpers/office.js';

/** A draft of the corpus in a new workspace, its consultation window set as the notice gave it. */
async function draftWithWindow(file: string, name: string, window: { from: string; to: string }): Promise<string> {
  const dir = tempDir();
  await redline(dir, 'init');
  writeFileSync(join(dir, `${name}.md`), readFileSync(join(CORPUS, file), 'utf8'));
  await redline(dir, 'import', `${name}.md`);
  const path = join(dir, 'drafts', `${name}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^lang: zh\n/mu, `lang: zh\nconsultation:\n  from: ${window.from}\n  to: ${window.to}\n`));
  return dir;
}

const DISTINCT = [
  '建议将第五条第二款中的“标识醒目”改为“标识清晰醒目”。',
  '网店的商品详情页经常找不到运费说明，希望规定运费必须和价格一起显示。',
  '第十条收购农产品的公示，建议明确公示的时间不少于收购期间。',
  '建议对“原价”的定义给出更具体的计算方法，避免商家随意标注。',
  '希望增加对直播带货价格的监管条款。',
  '外卖平台的包装费应当单独标明，建议在规定中写清楚。',
  '建议将第七条第二款中的“服务内容”改为“服务内容、服务标准”。',
  '药店的会员价和非会员价差异很大，应当同时标示两种价格。',
  '景区门票之外的二次收费项目很多，建议要求在入口处集中公示。',
  '对于价格欺诈的处罚力度太轻，建议提高罚款上限。',
  '停车场的收费标准应当在入口显著位置标明，不能只在出口显示。',
  '建议规定电子价签与结算价格不一致时，按较低价格结算。',
  '理发店办卡的折扣规则复杂，建议要求书面告知。',
  '规定中的“交易场所提供者”范围不够清楚，是否包括小程序？',
  '菜市场的电子秤经常不准，建议一并规定计量问题。',
  '酒店的服务费比例应当在预订时告知顾客。',
  '第九条建议要求同时标示外币价格时注明汇率。',
  '建议明确消费者举报价格违法行为的渠道和处理时限。',
  '驾校培训费用的分期收费情况应当一次性说明清楚。',
  '建议对“限时折扣”的时间标注作出规定，防止虚假倒计时。',
  '物业费的计费面积和单价应当在小区公告栏公示。',
  '共享充电宝的计费规则经常变化，建议规定变化前的告知义务。',
  '第十二条关于电子屏幕标价的形式，建议增加字号最小要求。',
  '医疗美容项目的价格差异大，应当公示完整的价目表。',
  '建议规定网络平台不得利用大数据对老用户提高价格。',
  '第十条如需核实，请致电13912345678，我是粮站的收购员。',
  '快递的保价费用应当在下单页面显著提示，联系邮箱 wang.li@example.cn。',
  '加油站的优惠价和挂牌价应当同时标示。',
  '培训机构退费的计算方法应当在合同和价目表中一致。',
  '整体上这个规定写得很清楚，支持尽快出台。',
];

const CAMPAIGN = '强烈建议在第八条中明确禁止餐饮经营者收取开瓶费、包间费、服务费等未事先标明的费用，切实保护消费者的合法权益。';
const VARIANTS = (i: number) =>
  [CAMPAIGN, `${CAMPAIGN}谢谢！`, CAMPAIGN.replace('强烈建议', '建议'), `${CAMPAIGN}望采纳。`, CAMPAIGN.replace(/，/gu, ','), CAMPAIGN.replace('。', '！')][i % 6]!;

/** The export of the government site's comment form: 50 comments, 20 of them one campaign. */
function webFormExport(): string {
  const rows = [['序号', '姓名', '联系电话', '电子邮箱', '意见内容', '提交时间', 'IP地址']];
  for (let i = 0; i < 50; i++) {
    const campaign = i >= 10 && i < 30;
    const comment = campaign ? VARIANTS(i) : DISTINCT[i < 10 ? i : i - 20]!;
    const day = i === 0 ? '2022-02-27' : i >= 47 ? `2022-04-0${i - 45}` : `2022-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    const name = i % 4 === 0 ? '' : ['张先生', '李**', '王女士', '赵*明'][i % 4]!;
    rows.push([String(i + 1), name, `139${String(20000000 + i * 7919).padStart(8, '0')}`, i % 3 === 0 ? `commenter${i}@163.com` : '', comment, `${day} 10:${String(i).padStart(2, '0')}:00`, `10.8.${i}.1`]);
  }
  return rows.map((r) => r.map((c) => (/[",\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c)).join(',')).join('\n');
}

const PHONE = /1[3-9]\d{9}/u;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/u;

describe('a web-form export with 50 comments, 20 of them one campaign', () => {
  it('imports one entry per comment, groups the campaign, marks late ones, and publishes no contact details', async () => {
    const dir = await draftWithWindow('lawrefbook/samr_mingma_biaojia_2022.md', 'pricing', { from: '2022-03-01', to: '2022-03-31' });
    writeFileSync(join(dir, '网上征求意见.csv'), webFormExport());
    const result = await redline(dir, 'feedback', 'import', '网上征求意见.csv');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '网上征求意见.csv:1: 50 row(s); columns: 序号 → number, 姓名 → unit, 联系电话 → contact, 电子邮箱 → contact, 意见内容 → comment, 提交时间 → submitted, IP地址 → contact (public comments)',
      'campaign: 20 comments alike; entries 12–30 follow the decision on entry 11',
      '1 comment(s) sent before the consultation window opened (2022-03-01 to 2022-03-31), marked timing: early: entries 1',
      '3 comment(s) sent after the consultation window closed (2022-03-01 to 2022-03-31), marked timing: late: entries 48–50',
      expect.stringMatching(/^imported 50 entries \(1–50\), \d+ proposed edits, \d+ comment-only into feedback\/pricing\/$/),
      '',
    ]);
    expect(readdirSync(join(dir, 'feedback/pricing'))).toHaveLength(50);
    const first = readFileSync(join(dir, 'feedback/pricing/1.yaml'), 'utf8');
    expect(first).toContain('unit: 公众\ndate: 2022-02-27\ntiming: early\n');
    expect(first).toContain('contact: 13920000000; commenter0@163.com; 10.8.0.1\n');
    const member = readFileSync(join(dir, 'feedback/pricing/12.yaml'), 'utf8');
    expect(member).toContain('campaign: "11"\nedits: []\n');
    // A phone number or e-mail address written into a comment goes to the contact details too.
    const phoned = readFileSync(join(dir, 'feedback/pricing/46.yaml'), 'utf8');
    expect(phoned).toContain('comment: 第十条如需核实，请致电〔联系方式已隐去〕，我是粮站的收购员。\n');
    expect(phoned).toContain('contact: 13920356355; commenter45@163.com; 10.8.45.1; 13912345678\n');
    expect((await redline(dir, 'check')).code).toBe(0);

    // One decision answers the campaign.
    expect((await redline(dir, 'decide', '11', 'reject', '--reason', '第八条已禁止收取未予标明的费用。')).code).toBe(0);
    const final = await redline(dir, 'check', '--final');
    expect(final.stderr).not.toMatch(/entry (1[2-9]|2\d|30) is not decided/u);
    expect((await redline(dir, 'build')).code).toBe(0);
    const table = readFileSync(join(dir, 'out/pricing.feedback.md'), 'utf8');
    expect(table).toContain('共收到意见50条，采纳0条，部分采纳0条，不采纳20条，待定30条。');
    expect(table).toContain(`| 11 | 王女士 | ${CAMPAIGN.replace(/，/gu, ',')}（相同或相近意见共20条） | 不采纳 | 第八条已禁止收取未予标明的费用。 |`);
    expect(table.split('\n').filter((l) => /^\| \d+ \|/u.test(l))).toHaveLength(31);

    for (const file of readdirSync(join(dir, 'out'))) {
      const text = readFileSync(join(dir, 'out', file), 'utf8');
      expect(text, file).not.toMatch(PHONE);
      expect(text, file).not.toMatch(EMAIL);
    }
    for (const args of [['status'], ['status', '--json'], ['propose', '--format', 'markdown']]) {
      const shown = await redline(dir, ...args);
      expect(shown.stdout, args.join(' ')).not.toMatch(PHONE);
      expect(shown.stdout, args.join(' ')).not.toMatch(EMAIL);
      expect(shown.stdout, args.join(' ')).not.toContain('10.8.');
    }

    // Deciding all the rest leaves the campaign to its lead's answer; a member named alone is answered apart.
    const rest = await redline(dir, 'decide', '--all-pending', 'reject', '--reason', '不属于本规定调整的范围。');
    expect(rest.code, rest.stderr).toBe(0);
    const lines = rest.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('entry '))).toHaveLength(30);
    expect(lines.at(-1)).toBe(`19 campaign member(s) left to follow their lead's decision: entries ${Array.from({ length: 19 }, (_, i) => i + 12).join(', ')} (decide one by name to answer it apart)`);
    expect((await redline(dir, 'build')).code).toBe(0);
    const answered = readFileSync(join(dir, 'out/pricing.feedback.md'), 'utf8');
    expect(answered).toContain('共收到意见50条，采纳0条，部分采纳0条，不采纳50条，待定0条。');
    expect(answered).toContain('（相同或相近意见共20条） | 不采纳 |');
    const apart = await redline(dir, 'decide', '12', 'reject', '--reason', '另行答复。');
    expect(apart.stderr).toBe('note: entry 12 is now answered apart from its campaign (entry 11 answers the others)\n');
  });

  it('reads the same export as an Excel sheet with real dates, on another draft', async () => {
    const dir = await draftWithWindow('lawrefbook/nianjie_fangjia_banfa_2013.md', 'holidays', { from: '2013-11-01', to: '2013-11-20' });
    writeFileSync(
      join(dir, '留言.xlsx'),
      await workbook([
        {
          name: '留言导出',
          rows: [
            ['序号', '留言人', '手机号码', '留言内容', '留言时间'],
            [1, '周**', '13700001234', '建议将第二条第二项中的“放假3天”改为“放假4天”，除夕放假。', new Date(Date.UTC(2013, 10, 5, 9, 30))],
            [2, null, null, '建议将第二条第二项中的“放假3天”改为“放假4天”，除夕放假！', new Date(Date.UTC(2013, 10, 6))],
            [3, '吴女士', '13700005678', '清明节放假1天太短，希望延长。', new Date(Date.UTC(2013, 10, 25, 14, 0))],
          ],
        },
      ]),
    );
    const result = await redline(dir, 'feedback', 'import', '留言.xlsx');
    expect(result.stdout.split('\n').slice(1, 3)).toEqual([
      'campaign: 2 comments alike; entry 2 follows the decision on entry 1',
      '1 comment(s) sent after the consultation window closed (2013-11-01 to 2013-11-20), marked timing: late: entries 3',
    ]);
    const one = readFileSync(join(dir, 'feedback/holidays/1.yaml'), 'utf8');
    expect(one).toContain('unit: 周**\ndate: 2013-11-05\n');
    expect(one).toContain('notes:\n  - column: 留言时间\n    text: 2013-11-05 09:30\n');
    expect(readFileSync(join(dir, 'feedback/holidays/2.yaml'), 'utf8')).toContain('unit: 公众\ndate: 2013-11-06\n');
    await redline(dir, 'decide', '1', 'adopt');
    expect((await redline(dir, 'build')).code).toBe(0);
    const table = readFileSync(join(dir, 'out/holidays.feedback.md'), 'utf8');
    expect(table).toContain('（相同或相近意见共2条） | 采纳 |');
    expect(table).not.toMatch(PHONE);
    expect(readFileSync(join(dir, 'out/holidays.revised.md'), 'utf8')).toContain('放假4天');
  });
});
