// A review of the contact masking: the address rule took ordinary words
// (国家住房城乡建设部 → 国家住〔联系方式已隐去〕, the rest of the clause lost, an
// edit with it), quoted words were masked before the comment was read (a
// hotline proposed for the draft published as 〔联系方式已隐去〕), “WeChat
// official accounts” lost a word, and a row imported by an earlier redline
// came in again. On the 三级公立医院绩效考核 text and 明码标价规定.
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskContacts } from '../src/core/text/contacts.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { corpusWorkspace, redline } from './helpers/cli.js';
import { corpusDraft } from './helpers/drafts.js';

const GONE = '〔联系方式已隐去〕';
const KAOHE = corpusDraft('gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt');

describe('words that are no contact detail stay', () => {
  it.each([
    '建议由国家住房城乡建设部牵头',
    '专家住宿标准应当统一',
    '以登记的住址为准',
    '住址是否变更应当告知',
    '建议关注WeChat official accounts的发布',
  ])('%s', (text) => {
    expect(maskContacts(text, GONE)).toEqual({ text, found: [] });
  });

  it('an address after its marker, up to the end of the clause, still goes', () => {
    expect(maskContacts('我家住合肥市蜀山区某路100号，建议增加停车位', GONE)).toEqual({ text: `我家住${GONE}，建议增加停车位`, found: ['家住合肥市蜀山区某路100号'] });
    expect(maskContacts('微信号：wx_abc123，欢迎联系', GONE).text).toBe(`微信号：${GONE}，欢迎联系`);
  });
});

describe('quoted words are the draft’s or the proposal’s, never masked', () => {
  it('三级公立医院绩效考核: a hotline proposed for the text stays in the edit, a phone outside the quotes goes', () => {
    const comment = '在“完成第一次全国三级公立医院绩效考核工作”后边加上“（监督电话：12320，010-68792114）”。我的电话13912345678';
    const masked = maskContacts(comment, GONE);
    expect(masked.text).toBe(`在“完成第一次全国三级公立医院绩效考核工作”后边加上“（监督电话：12320，010-68792114）”。我的电话${GONE}`);
    expect(masked.found).toEqual(['13912345678']);
    const { edits } = proposeEdits(masked.text, KAOHE.clauses, 'zh');
    expect(edits.map((e) => ('text' in e ? e.text : ''))).toEqual(['（监督电话：12320，010-68792114）']);
  });

  it('明码标价规定 through the CLI: the rewrite naming 国家住房城乡建设部 keeps its words and its edit', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'mm');
    writeFileSync(join(dir, 'c.csv'), '留言人,留言内容\n张三,建议将第三条中的“诚实信用”修改为“诚信”，并由国家住房城乡建设部会同有关部门监督。电话139 1234 5678\n');
    expect((await redline(dir, 'feedback', 'import', 'c.csv')).code).toBe(0);
    const entry = readFileSync(join(dir, 'feedback/mm/1.yaml'), 'utf8');
    expect(entry).toContain(`comment: 建议将第三条中的“诚实信用”修改为“诚信”，并由国家住房城乡建设部会同有关部门监督。电话${GONE}\n`);
    expect(entry).toContain('contact: 139 1234 5678\n');
    expect(entry).toMatch(/edits:\n {2}- op: replace\n/u);
  });
});

describe('a row an earlier redline imported is the same row', () => {
  it('明码标价规定: the entry as the old import wrote it (匿名, the spaced phone unmasked) is not added again', async () => {
    const dir = await corpusWorkspace('lawrefbook/samr_mingma_biaojia_2022.md', 'mm');
    writeFileSync(join(dir, 'c.csv'), '留言人,留言时间,留言内容\n匿名,2022-05-01,建议删除第十四条。电话139 1234 5678\n');
    expect((await redline(dir, 'feedback', 'import', 'c.csv')).code).toBe(0);
    // As an older redline wrote it: unit 匿名, the phone left in the comment, no contact.
    const file = join(dir, 'feedback/mm/1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('unit: 公众', 'unit: 匿名').replace(GONE, '139 1234 5678').replace(/\ncontact: [^\n]*/u, ''));
    const again = await redline(dir, 'feedback', 'import', 'c.csv');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing new');
  });
});
