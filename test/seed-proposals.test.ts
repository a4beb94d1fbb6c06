// Acceptance for proposals: the seed page's six comments become the edits a
// clerk would write, all anchored and ok (SPEC "The example that must work").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline, seedWorkspace } from './helpers/cli.js';

interface ProposedJson {
  entry: string;
  edits: Array<{ index: number; op: string; clause: string; state: string; before: string; after: string; message?: string; confidence?: number; source?: string }>;
}
interface ClauseJson {
  id: string;
  number: string;
  title: string;
  text: string;
  parent: string | null;
  level: number;
}

let dir: string;
let proposals: ProposedJson[];
let clauses: ClauseJson[];

const item = (n: number) => clauses.find((c) => c.level === 2 && c.number === String(n) && clauses.find((p) => p.id === c.parent)!.number !== '一')!;
const entry = (id: string) => proposals.find((p) => p.entry === id)!;
/** What an edit changed: the clause text with the edit, minus the common head and tail. */
function change(before: string, after: string): [string, string] {
  let head = 0;
  while (before[head] === after[head] && head < before.length) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before.at(-1 - tail) === after.at(-1 - tail)) tail++;
  return [before.slice(head, before.length - tail), after.slice(head, after.length - tail)];
}

beforeAll(async () => {
  dir = await seedWorkspace();
  const result = await redline(dir, 'propose', '--format', 'json');
  expect(result.code, result.stderr).toBe(0);
  proposals = JSON.parse(result.stdout) as ProposedJson[];
  clauses = JSON.parse((await redline(dir, 'clauses', '--json')).stdout) as ClauseJson[];
});

describe('proposals from the seed comments', () => {
  it('has six entries in 序号 order, every edit ok', () => {
    expect(proposals.map((p) => p.entry)).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const p of proposals) for (const e of p.edits) expect(e.state, `${p.entry}#${e.index} ${e.message ?? ''}`).toBe('ok');
  });

  it('entry 1: 开展 → 基本完成 in item 18, and 区民政局 added to its responsible units', () => {
    const [replace, units] = entry('1').edits;
    expect(replace!.clause).toBe(item(18).id);
    expect(change(replace!.before, replace!.after)).toEqual(['开展', '基本完成']);
    expect(replace!.after).toContain('基本完成机关事业单位养老保险制度改革');
    expect(units!.op).toBe('add-units');
    expect(units!.clause).toBe(item(18).id);
    expect(units!.after.endsWith('(牵头单位:区人社局;责任单位:区残联、区民政局)')).toBe(true);
  });

  it('entry 2: two additions to item 20, the nested quotation kept whole', () => {
    const [insert, append] = entry('2').edits;
    expect([insert!.op, append!.op]).toEqual(['insert', 'append']);
    expect(insert!.clause).toBe(item(20).id);
    expect(append!.clause).toBe(item(20).id);
    expect(insert!.after).toBe(
      insert!.before.replace(
        '完善社区自治组织体系,',
        '完善社区自治组织体系,规范社会居民理事会建设,坚持“五中心一广场”功能定位,通过小区配套、调剂置换、租赁购置等方式,推进城乡社区综合服务设施建设,',
      ),
    );
    expect(append!.after).toContain('加入社区工作者队伍。进一步发挥社区、社会组织、社会工作在创新基层社会治理中的重要作用,');
    expect(append!.after).toMatch(/相互促进的运行机制。\(牵头单位:区社区办;责任单位:[^)]+\)$/);
  });

  it("entry 3: unit changes on items 1, 2 (lead and three units), 3, and item 4's first and second paragraphs", () => {
    const edits = entry('3').edits;
    const item4 = item(4);
    const item4Second = clauses.find((c) => c.parent === item4.id && c.text.startsWith('强力推进国家服务业综合改革试点'))!;
    expect(edits.map((e) => [e.op, e.clause])).toEqual([
      ['add-units', item(1).id],
      ['set-lead', item(2).id],
      ['add-units', item(2).id],
      ['add-units', item(3).id],
      ['add-units', item4.id],
      ['add-units', item4Second.id],
    ]);
    expect(change(edits[0]!.before, edits[0]!.after)).toEqual(['', '、区建投公司、金狮融资担保公司']);
    expect(change(edits[1]!.before, edits[1]!.after)).toEqual(['区科技局', '狮子山高新区']);
    expect(change(edits[2]!.before, edits[2]!.after)).toEqual(['', '、区住建局、区环保局、区招商局']);
    expect(change(edits[3]!.before, edits[3]!.after)).toEqual(['', '、区教育局、区金融办、区招商局']);
    expect(edits[4]!.after.endsWith('责任单位:狮子山高新区、区发改局、区科技局、区招商局)')).toBe(true);
    expect(edits[5]!.after.endsWith('区社区办、西湖镇、狮子山高新区)')).toBe(true);
  });

  it('entry 4: 公共卫生专业机构 in item 17, and 设备 taken out of the list', () => {
    const [first, second] = entry('4').edits;
    expect(first!.clause).toBe(item(17).id);
    expect(first!.after).toContain('综合医院和公共卫生专业机构分工协作');
    expect(first!.after).not.toContain('预防保健机构');
    expect(second!.op).toBe('delete');
    expect(second!.after).toContain('完善公立医院药品、耗材、集中采购机制');
    expect(change(second!.before, second!.after)).toEqual(['设备', '']);
  });

  it('entry 5: an insertion after 自主创新能力显著提升, and 食品安全 into the list of the goal paragraph', () => {
    const [after, list] = entry('5').edits;
    expect(after!.after).toContain('自主创新能力显著提升,推动创新高质量发展科技进步');
    expect(after!.before).toMatch(/^——创新驱动力显著跃升/);
    expect(list!.after).toContain('教育、文化、卫生计生、食品安全、体育');
    expect(list!.before).toMatch(/^——群众获得感显著增进/);
  });

  it('entry 6: the figure 13343 → 20000, with 进出口总额达到 kept', () => {
    const [figure] = entry('6').edits;
    expect(change(figure!.before, figure!.after)).toEqual(['13343', '20000']);
    expect(figure!.after).toContain('进出口总额达到20000万美元');
    expect(figure!.before).toMatch(/^——经济开放度显著扩大/);
  });

  it('records for each edit the words it came from and a confidence', () => {
    for (const p of proposals) {
      for (const e of p.edits) {
        expect(e.confidence).toBeGreaterThan(0);
        expect(e.confidence).toBeLessThanOrEqual(1);
        expect(e.source!.length).toBeGreaterThan(3);
      }
    }
    expect(entry('6').edits[0]!.source).toBe('将“进出口总额达到13343万美元”改为“20000万美元”');
  });

  it('keeps entry 3 as the table records it: partial, with its reason', async () => {
    const list = JSON.parse((await redline(dir, 'feedback', 'list', '--json')).stdout) as Array<{ id: string; decision: { status: string; reason?: string } }>;
    expect(list.map((e) => e.decision.status)).toEqual(['pending', 'pending', 'partial', 'pending', 'pending', 'pending']);
    expect(list[2]!.decision.reason).toBe('高新区虽为我区创新平台建设的重要阵地,但全区创新平台建设需要全面统筹发展, 也是推动全区创新发展工作的主要任务之一,应由区科技局牵头抓总');
  });
});

describe('anchors survive changes elsewhere', () => {
  it('leaves entry 1 ok after edits elsewhere, and makes it stale when item 18 loses its words', async () => {
    const ws = await seedWorkspace();
    const path = join(ws, 'drafts/seed.md');
    const original = readFileSync(path, 'utf8');
    // Elsewhere: a new clause before item 18 and a change in item 1.
    writeFileSync(path, original.replace('扎实推进“三去一降一补”', '扎实有序推进“三去一降一补”').replace('<!-- #c48 -->', '<!-- #c99 -->\n17.5 新增一项。\n\n<!-- #c48 -->'));
    let result = JSON.parse((await redline(ws, 'propose', '--format', 'json')).stdout) as ProposedJson[];
    expect(result.flatMap((p) => p.edits.map((e) => e.state))).toEqual(Array(15).fill('ok'));
    writeFileSync(path, original.replace('开展机关事业单位养老保险制度改革', '推进机关事业单位养老保险制度改革'));
    result = JSON.parse((await redline(ws, 'propose', '--format', 'json')).stdout) as ProposedJson[];
    const stale = result.flatMap((p) => p.edits.filter((e) => e.state !== 'ok').map((e) => ({ entry: p.entry, ...e })));
    expect(stale).toHaveLength(1);
    expect(stale[0]!).toMatchObject({ entry: '1', index: 1, state: 'stale', clause: 'c48' });
    expect(stale[0]!.message).toBe('entry 1, edit 1 (c48, 18): “开展” is not in c48');
    const text = await redline(ws, 'propose', '1');
    expect(text.stdout).toContain('[1] replace in c48 (18 建立更加健全社会保障体系) · stale');
    expect(text.stdout).toContain('entry 1, edit 1 (c48, 18): “开展” is not in c48');
  });
});
