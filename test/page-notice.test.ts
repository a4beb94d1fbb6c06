// A consultation page whose notice gives no window line, only a deadline
// (意见建议请于11月23日前…), and prints the draft's version on a line under
// its title: the notice is the notice all the same, left out of the draft,
// the title is the draft's own, and the date and window are read (厦门经济特区
// 社会信用条例 as published for comment, from a clerk's walk; the seed page
// with its window line written as such a deadline).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS, corpusWorkspace, redline, SEED_PAGE } from './helpers/cli.js';

const XIAMEN = 'cn_gov_pages_excerpts/xiamen_shehui_xinyong_tiaoli_caoan_xiugai_ergao_zhengqiu_yijian_gao_EXCERPT.txt';
/** What only the page's notice says: the breadcrumb, the call for comments, the address, the signature. */
const NOTICE = ['您当前的位置', '公开征求意见的公告', '发布时间', '4874268', '意见建议请于', '邮寄地址', '邮    编', '电子邮箱', '厦门市人大常委会办公厅', '2018年11月 12 日', '(草案修改二稿征求意见稿)'];

describe('the 厦门 consultation page imported', () => {
  const imported = importDraft(readFileSync(join(CORPUS, XIAMEN), 'utf8'), { format: 'text' });

  it('is titled by the draft’s own title, its version from the line under it', () => {
    expect(imported.meta.title).toBe('厦门经济特区社会信用条例');
    expect(imported.meta.version).toBe('草案修改二稿征求意见稿');
  });

  it('reads the notice’s date and its deadline as the window, from the notice’s date', () => {
    expect(imported.meta.date).toBe('2018-11-12');
    expect(imported.meta.consultation).toEqual({ from: '2018-11-12', to: '2018-11-23' });
  });

  it('keeps none of the notice as clauses, and names each line it left out', () => {
    for (const words of NOTICE) expect(imported.clauses.filter((c) => c.text.includes(words)).map((c) => c.text), words).toEqual([]);
    expect(imported.notice).toEqual([1, 3, 5, 6, 8, 10, 12, 14, 18, 22, 26]);
    expect(imported.clauses.find((c) => c.number === '第一条')!.title).toBe('立法目的');
  });

  it('publishes neither the notice nor the breadcrumb (through the CLI: import, build)', async () => {
    const dir = await corpusWorkspace(XIAMEN, 'xm');
    expect((await redline(dir, 'build')).code).toBe(0);
    const revised = readFileSync(join(dir, 'out/xm.revised.md'), 'utf8');
    const feedback = readFileSync(join(dir, 'out/xm.feedback.md'), 'utf8');
    expect(revised).toMatch(/^---\ntitle: "厦门经济特区社会信用条例"\n/u);
    expect(feedback).toMatch(/^---\ntitle: "《厦门经济特区社会信用条例》意见采纳情况"\n/u);
    for (const words of NOTICE) expect(revised, words).not.toContain(words);
    const status = await redline(dir, 'status', '--today', '2018-11-20');
    expect(status.stdout).toMatch(/2018-11-12.*2018-11-23/u);
  });
});

describe('the seed page with its window given as a deadline, its version on a line of its own', () => {
  const seed = readFileSync(SEED_PAGE, 'utf8');
  const variant = seed
    .replace('征集时间:[ 2018-01-08 ] 至 [ 2018-01-15 ] 状态:已过期\n', '')
    .replace('公开征求各单位、各部门意见和建议。', '公开征求各单位、各部门意见和建议。意见建议请于1月15日前反馈。')
    .replace('的实施意见(修订版)(征求意见稿)\n', '的实施意见(修订版)\n\n(征求意见稿)\n');

  it('is the seed’s draft, the version read from its line, the window from the notice’s date to the deadline', () => {
    expect(variant).not.toBe(seed);
    const original = importDraft(seed, { format: 'text' });
    const imported = importDraft(variant, { format: 'text' });
    expect(imported.meta.title).toBe('中共铜官区委 铜官区人民政府关于贯彻省市《五大发展行动计划》的实施意见(修订版)');
    expect(imported.meta.version).toBe('征求意见稿');
    expect(imported.meta.date).toBe('2018-01-06');
    expect(imported.meta.consultation).toEqual({ from: '2018-01-06', to: '2018-01-15' });
    const shape = (clauses: typeof original.clauses) => clauses.map((c) => [c.id, c.number, c.text]);
    expect(shape(imported.clauses)).toEqual(shape(original.clauses));
  });

  it('gives no window where the only date is the deadline’s own (请于2018年1月15日前, the notice undated)', () => {
    const undated = variant.replace('意见建议请于1月15日前反馈', '意见建议请于2018年1月15日前反馈').replace(/2018年1月6日/gu, '').replace(/2018-01-06/gu, '');
    expect(undated).toContain('请于2018年1月15日前');
    const meta = importDraft(undated, { format: 'text' }).meta;
    expect(meta.consultation).toBeUndefined();
    const xiamen = readFileSync(join(CORPUS, XIAMEN), 'utf8');
    const xiamenUndated = xiamen.replace(/意见建议请于\s*11\s*月\s*23\s*日/u, '意见建议请于2018年11月23日').replace(/2018年11月\s*12\s*日|2018-11-12/gu, '');
    expect(xiamenUndated).toContain('请于2018年11月23日');
    expect(importDraft(xiamenUndated, { format: 'text' }).meta.consultation).toBeUndefined();
  });

  it('counts a deadline that names no year on into the next year when it falls before the notice', () => {
    const december = variant.replace('2018年1月6日', '2017年12月28日');
    expect(importDraft(december, { format: 'text' }).meta.consultation).toEqual({ from: '2017-12-28', to: '2018-01-15' });
  });
});

describe('page text the notice reader does not recognise, kept as clauses', () => {
  const page = readFileSync(join(CORPUS, XIAMEN), 'utf8');

  it('is warned of on import: a breadcrumb for a title, the notice before the first article (厦门, its deadline not given as a date)', async () => {
    const dir = await corpusWorkspace(XIAMEN, 'xm');
    const plain = await redline(dir, 'import', join(CORPUS, XIAMEN), '--name', 'plain');
    expect(plain.stderr).toBe('');
    const path = join(dir, 'undated.txt');
    writeFileSync(path, page.replace('意见建议请于11月23日前,', '意见建议请'));
    const undated = await redline(dir, 'import', 'undated.txt', '--name', 'undated');
    expect(undated.code).toBe(0);
    expect(undated.stderr).toMatch(/^undated\.txt:1:1: warning: the draft's title is read from the page's breadcrumb line[^\n]*\[page-title\]\n/u);
    expect(undated.stderr).toMatch(/\nundated\.txt:5:1: warning: 5 lines before the draft's first numbered clause [^\n]*\(lines 5, 8, 10, 12, 14\)[^\n]*\[page-text-kept\]\n$/u);
    // Under GitHub Actions the same warnings are annotations, at the breadcrumb's line and the first kept line.
    let stdout = '';
    const annotated = await run(['import', 'undated.txt', '--name', 'again'], { cwd: dir, env: { NO_COLOR: '1', GITHUB_ACTIONS: 'true' }, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false });
    expect(annotated).toBe(0);
    expect(stdout).toMatch(/^::warning file=undated\.txt,line=1,col=1::the draft's title is read from the page's breadcrumb line/mu);
    expect(stdout).toMatch(/^::warning file=undated\.txt,line=5,col=1::5 lines before the draft's first numbered clause/mu);
  });

  it('is found after the last article: the 厦门 notice’s contacts printed under the draft, a contact line under 行政许可法', () => {
    const lines = page.split('\n');
    const contacts = lines.slice(9, 14);
    const moved = [...lines.slice(0, 9), ...lines.slice(14), '', ...contacts].join('\n');
    expect(contacts.filter((l) => l !== '')).toEqual(['邮寄地址:厦门市湖滨北路61号厦门市人大法制委员会', '邮    编:361018', '电子邮箱:fazhiwei@xmrd.gov.cn']);
    expect(importDraft(moved, { format: 'text' }).stray).toEqual({ before: [], after: [56, 58, 60], title: false });
    const law = readFileSync(join(CORPUS, 'lawrefbook/xingzheng_xuke_fa_2019.md'), 'utf8');
    const signed = `${law.trimEnd()}\n\n联系人：法制工作委员会 王某\n\n联系电话：010-12345678\n`;
    const end = law.trimEnd().split('\n').length;
    expect(importDraft(signed, { format: 'markdown' }).stray).toEqual({ before: [], after: [end + 2, end + 4], title: false });
    expect(importDraft(law, { format: 'markdown' }).stray).toEqual({ before: [], after: [], title: false });
  });
});
