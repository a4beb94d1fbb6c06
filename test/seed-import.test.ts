// Acceptance for the foundation: the seed page imports with the structure its
// numbering gives (SPEC "The example that must work").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline, SEED_PAGE, seedWorkspace } from './helpers/cli.js';

interface ClauseJson {
  id: string;
  number: string;
  level: number;
  title: string;
  parent: string | null;
  text: string;
  units: { lead: string[]; responsible: string[] };
}

let dir: string;
let clauses: ClauseJson[];
const byId = (id: string | null) => clauses.find((c) => c.id === id)!;

beforeAll(async () => {
  dir = await seedWorkspace();
  const result = await redline(dir, 'clauses', '--json');
  expect(result.code).toBe(0);
  clauses = JSON.parse(result.stdout) as ClauseJson[];
});

describe('the seed page imported', () => {
  it('has the seven sections 一 … 七 at the top level, in order', () => {
    const sections = clauses.filter((c) => c.level === 1 && c.number !== '');
    expect(sections.map((c) => c.number)).toEqual(['一', '二', '三', '四', '五', '六', '七']);
    expect(sections.map((c) => c.title)).toEqual([
      '总体要求', '实施创新发展行动', '实施协调发展行动', '实施绿色发展行动', '实施开放发展行动', '实施共享发展行动', '保障措施',
    ]);
  });

  it('has action items 1–24 in order, each inside its section', () => {
    const expected: Record<string, number[]> = {
      二: [1, 2, 3, 4], 三: [5, 6, 7], 四: [8, 9, 10], 五: [11, 12, 13], 六: [14, 15, 16, 17, 18, 19, 20], 七: [21, 22, 23, 24],
    };
    const items = clauses.filter((c) => c.parent !== null && ['二', '三', '四', '五', '六', '七'].includes(byId(c.parent).number) && c.number !== '');
    expect(items.map((c) => Number(c.number))).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    for (const [section, numbers] of Object.entries(expected)) {
      const inside = items.filter((c) => byId(c.parent).number === section).map((c) => Number(c.number));
      expect(inside, `items in section ${section}`).toEqual(numbers);
    }
    for (const item of items) expect(item.level).toBe(2);
  });

  it('titles item 18 and reads the units of items 1 and 7', () => {
    const item = (n: string) => clauses.find((c) => c.number === n && c.level === 2 && byId(c.parent).number !== '一')!;
    expect(item('18').title).toBe('建立更加健全社会保障体系');
    expect(item('1').units).toEqual({
      lead: ['区政府办'],
      responsible: ['区发改局', '区经信局', '区财政局', '区住建局', '区金融办', '狮子山高新区'],
    });
    expect(item('7').units.lead).toEqual(['区住建局']);
    expect(item('7').units.responsible).toEqual(['区征迁中心', '区规划分局', '区国土分局', '狮子山高新区']);
  });

  it('keeps section 一 numbered as written: 1、 2、 (三), with (三) beside 1、 and 2、', () => {
    const one = clauses.find((c) => c.number === '一')!;
    const children = clauses.filter((c) => c.parent === one.id);
    expect(children.map((c) => c.number)).toEqual(['1', '2', '(三)']);
    expect(children.map((c) => c.title)).toEqual(['指导思想', '奋斗目标', '重大战略']);
    const strategies = clauses.filter((c) => c.parent === children[2]!.id);
    expect(strategies.map((c) => c.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('puts the five —— goal paragraphs and the continuation under "1.到2020年"', () => {
    const goals2020 = clauses.find((c) => c.title === '到2020年,高水平全面建成小康社会')!;
    const children = clauses.filter((c) => c.parent === goals2020.id);
    expect(children).toHaveLength(6);
    expect(children[0]!.text).toMatch(/^“十三五”规划胜利完成/);
    expect(children.slice(1).filter((c) => !c.text.startsWith('——') || c.number !== '').map((c) => c.text)).toEqual([]);
  });

  it("keeps item 4's second and third paragraphs as clauses under it, each with its units", () => {
    const item4 = clauses.find((c) => c.title === '推进“三重一创”现代化产业体系建设')!;
    const children = clauses.filter((c) => c.parent === item4.id);
    expect(children.map((c) => c.text.slice(0, 8))).toEqual(['强力推进国家服务', '以农业供给侧结构']);
    expect(item4.units.lead).toEqual(['区经信局']);
    expect(children[0]!.units.lead).toEqual(['区发改局']);
    expect(children[1]!.units.lead).toEqual(['区农林水利局']);
  });

  it('has the preamble first and the closing paragraph last, and nothing of the notice or the table', () => {
    expect(clauses[0]!.text).toMatch(/^党的十九大开启了全面建设/);
    expect(clauses[0]!.parent).toBeNull();
    expect(clauses.at(-1)!.text).toMatch(/^单位、各部门要深刻认识新时代肩负的历史使命/);
    const all = clauses.map((c) => c.text).join('\n');
    for (const outside of ['征集时间', '您现在的位置', '序号', '建议将', '未采纳原因', '验证码', '发表意见']) expect(all).not.toContain(outside);
  });

  it('writes the title, version, notice date and window into the front matter', () => {
    const file = readFileSync(join(dir, 'drafts/seed.md'), 'utf8');
    expect(file).toContain('title: 中共铜官区委 铜官区人民政府关于贯彻省市《五大发展行动计划》的实施意见(修订版)(征求意见稿)\n');
    expect(file).toContain('version: 征求意见稿\n');
    expect(file).toContain('date: 2018-01-06\n');
    expect(file).toMatch(/consultation:\n {2}from: 2018-01-08\n {2}to: 2018-01-15\n/);
    expect(file).toMatch(/numbering:\n {2}continuous:\n {4}- style: "1\."\n {6}level: 2\n/);
  });

  it('loses no line of the draft: every source line between title and table is in the file', () => {
    const page = readFileSync(SEED_PAGE, 'utf8').split('\n').map((l) => l.trim());
    const start = page.findIndex((l) => l.endsWith('(征求意见稿)'));
    const end = page.findIndex((l) => l.startsWith('关于贯彻省市《五大发展行动计划》的实施意见征求意见部门反馈情况'));
    const file = readFileSync(join(dir, 'drafts/seed.md'), 'utf8');
    const lines = page.slice(start, end).filter(Boolean);
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) expect(file).toContain(line);
  });

  it('marks every clause with a unique ASCII ID line that pandoc and GitHub hide', () => {
    const file = readFileSync(join(dir, 'drafts/seed.md'), 'utf8');
    const ids = [...file.matchAll(/^<!-- #([A-Za-z0-9_-]+) -->$/gm)].map((m) => m[1]);
    expect(ids).toHaveLength(clauses.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(clauses.map((c) => c.id));
  });
});
