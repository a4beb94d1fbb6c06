// Contact details written into a comment (身份证号, mobiles however spaced,
// QQ, 微信, a home address after 家住/住址：) are never published: one rule
// (core/text/contacts.ts) masks them at import and again in the
// feedback-response table, and leaves legal text (statute and article
// numbers, dates, amounts) as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/core/feedback/entry.js';
import { build } from '../src/core/revision/build.js';
import { maskContacts } from '../src/core/text/contacts.js';
import { cellText } from '../src/core/text/markdown.js';
import { CORPUS, corpusWorkspace, redline } from './helpers/cli.js';
import { corpusDraft } from './helpers/drafts.js';

const R = '〔联系方式已隐去〕';
const KAOHE = 'gov_cn_policies/guobanfa_2019_4_sanji_gongli_yiyuan_jixiao_kaohe.txt';
const PRICING = 'lawrefbook/samr_mingma_biaojia_2022.md';

/** The clerk's walk (privacy-variants.csv and r1-public.csv row 4), with the forms it found published. */
const COMMENTS = [
  '我的身份证号码是11010519491231002X，建议加强宣传。',
  '本人李明，联系电话13912345678，身份证号320102198001011234，有问题可以打电话给我。',
  '联系方式：139 1234 5678，建议加强宣传。',
  '电话139-1234-5678，建议加强培训。',
  '手机：+86-139-1234-5678 邮箱 abc@example.com 建议加强宣传力度。',
  '手机+86 13912345678，建议加强考核。',
  '我住在合肥市蜀山区长江西路100号3栋502室，QQ 123456789，微信 wx_abc123，建议加强监督。',
  'QQ号：123456789，微信号：wx_abc123，建议加强监督工作。',
  '家住合肥市长江西路100号3栋502室，建议加强监督力度。',
  '电话0551-62345678，（0551）6234 5678，建议加强宣传工作。',
  // Legal text beside them: left as it is; an 11-digit mobile shape is a phone even before 元 or inside 第…号.
  '依据《价格法》第十三条和GB/T 12345-2019，2019年8月起处100000元以上罚款，请回电13912345678元。',
  '参照国办发〔2019〕4号和第56号令；第13912345678号。',
];

const ROWS = [
  `| 1 | 甲 | 我的身份证号码是${R}，建议加强宣传。 | 不采纳 | x |`,
  `| 2 | 乙 | 本人李明，联系电话${R}，身份证号${R}，有问题可以打电话给我。 | 不采纳 | x |`,
  `| 3 | 丙 | 联系方式：${R}，建议加强宣传。 | 不采纳 | x |`,
  `| 4 | 丁 | 电话${R}，建议加强培训。 | 不采纳 | x |`,
  `| 5 | 戊 | 手机：${R} 邮箱 ${R} 建议加强宣传力度。 | 不采纳 | x |`,
  `| 6 | 己 | 手机${R}，建议加强考核。 | 不采纳 | x |`,
  `| 7 | 庚 | 我住在${R}，QQ ${R}，微信 ${R}，建议加强监督。 | 不采纳 | x |`,
  `| 8 | 辛 | QQ号：${R}，微信号：${R}，建议加强监督工作。 | 不采纳 | x |`,
  `| 9 | 壬 | 家住${R}，建议加强监督力度。 | 不采纳 | x |`,
  `| 10 | 癸 | 电话${R}，${R}，建议加强宣传工作。 | 不采纳 | x |`,
  `| 11 | 子 | 依据《价格法》第十三条和GB/T 12345-2019，2019年8月起处100000元以上罚款，请回电${R}元。 | 不采纳 | x |`,
  `| 12 | 丑 | 参照国办发〔2019〕4号和第56号令；第${R}号。 | 不采纳 | x |`,
];

const NAMES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '子', '丑'];
const csv = () => ['留言人,留言时间,留言内容', ...COMMENTS.map((c, i) => `${NAMES[i]},2019-01-11 08:${String(i).padStart(2, '0')}:00,${c}`)].join('\n');
const DIGITS = ['11010519491231002X', '320102198001011234', '13912345678', '123456789', 'wx_abc123', '62345678', '长江西路', 'abc@example.com'];
const bare = (text: string) => text.replace(/[ +-]/gu, '');

describe('contact details in public comments, imported, decided and built', () => {
  for (const [file, name] of [[KAOHE, 'kaohe'], [PRICING, 'pricing']] as const) {
    it(`publishes none of them and keeps them in contact (${name})`, async () => {
      const dir = await corpusWorkspace(file, name);
      writeFileSync(join(dir, 'comments.csv'), csv());
      const imported = await redline(dir, 'feedback', 'import', 'comments.csv');
      expect(imported.code, imported.stderr).toBe(0);
      expect((await redline(dir, 'decide', '--all-pending', 'reject', '--reason', 'x')).code).toBe(0);
      const built = await redline(dir, 'build', '--allow-unapplied');
      expect(built.code, built.stderr).toBe(0);
      const table = readFileSync(join(dir, `out/${name}.feedback.md`), 'utf8');
      expect(table.split('\n').filter((l) => /^\| \d+ \|/u.test(l))).toEqual(ROWS);
      for (const out of ['feedback', 'comparison', 'redline', 'revised']) {
        const text = bare(readFileSync(join(dir, `out/${name}.${out}.md`), 'utf8'));
        for (const d of DIGITS) expect(text, `${out}: ${d}`).not.toContain(d);
      }
      // What was masked is kept apart, for the office.
      expect(readFileSync(join(dir, `feedback/${name}/7.yaml`), 'utf8')).toContain('contact: 我住在合肥市蜀山区长江西路100号3栋502室; QQ 123456789; 微信 wx_abc123\n');
      expect(readFileSync(join(dir, `feedback/${name}/2.yaml`), 'utf8')).toContain('contact: 13912345678; 320102198001011234\n');
    });
  }

  it('masks an entry added by hand too, in the published table only', async () => {
    const dir = await corpusWorkspace(PRICING, 'pricing');
    const comment = '建议将第五条中的“醒目”修改为“清晰醒目”，联系电话139 1234 5678，身份证320102198001011234。';
    expect((await redline(dir, 'feedback', 'add', '--unit', '某市监局', '--comment', comment)).code).toBe(0);
    expect((await redline(dir, 'decide', '1', 'reject', '--reason', 'x')).code).toBe(0);
    expect((await redline(dir, 'build', '--allow-unapplied')).code).toBe(0);
    const table = readFileSync(join(dir, 'out/pricing.feedback.md'), 'utf8');
    expect(table).toContain(`| 1 | 某市监局 | 建议将第五条中的“醒目”修改为“清晰醒目”，联系电话${R}，身份证${R}。 | 不采纳 | x |`);
    // The entry itself is the clerk's own record, as given.
    expect(readFileSync(join(dir, 'feedback/pricing/1.yaml'), 'utf8')).toContain('139 1234 5678');
  });
});

/** Valid-looking 居民身份证号 and mobiles, written with each separator the walk found. */
const idNumber = fc
  .tuple(fc.integer({ min: 110000, max: 659999 }), fc.integer({ min: 1900, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom(...'0123456789X'), fc.constantFrom('', ' ', '-'))
  .map(([region, year, month, day, serial, check, sep]) => {
    const digits = `${region}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(3, '0')}${check}`;
    return { digits, written: sep === '' ? digits : [digits.slice(0, 6), digits.slice(6, 14), digits.slice(14)].join(sep) };
  });
const mobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom('', ' ', '-'), fc.constantFrom('', '+86-', '+86 ', '86', '+86'))
  .map(([second, rest, sep, prefix]) => {
    const digits = `1${second}${String(rest).padStart(9, '0')}`;
    return { digits, written: prefix + (sep === '' ? digits : [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)].join(sep)) };
  });

const lines = (file: string) =>
  readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('---') && !/^(?:title|lang|date):/u.test(l));
const LEGAL = [...lines(KAOHE), ...lines(PRICING)];

function published(file: string, comment: string): string {
  const entry: Entry = { id: '1', unit: '公众', comment, edits: [], decision: { status: 'rejected', reason: 'x' }, file: '1.yaml', editLines: [] };
  return build({ ...corpusDraft(file), name: 'd' }, [entry]).outputs.find((o) => o.name === 'd.feedback.md')!.content;
}

describe('the masking rule, as a property', () => {
  it('publishes no run of the digits of an ID number or mobile inserted anywhere in a comment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEGAL), fc.oneof(idNumber, mobile), fc.nat(), fc.constantFrom(KAOHE, PRICING), (text, { digits, written }, at, file) => {
        // Between two characters that are not digits: glued to another number it is a longer number, not a phone.
        // Outside quotation marks: quoted words are the draft's or the proposal's, left as written (contact-masking-words.test.ts).
        const quoted = [...text.matchAll(/“[^“”]*”|「[^「」]*」|"[^"\n]*"/gu)].map((m) => [m.index, m.index + m[0].length] as const);
        const spots = [...Array(text.length + 1).keys()].filter((i) => !/[\d.]/u.test(text[i - 1] ?? '') && !/[\dXx]/u.test(text[i] ?? '') && !quoted.some(([a, b]) => a < i && i < b));
        const i = spots[at % spots.length]!;
        const comment = text.slice(0, i) + written + text.slice(i);
        expect(bare(published(file, comment))).not.toContain(digits.slice(0, 11));
        expect(maskContacts(comment, R).found.map(bare).some((f) => f.endsWith(digits))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('publishes no landline with its area code, the code bracketed or not, the number grouped or not', () => {
    const landline = fc
      .tuple(fc.constantFrom('010', '021', '0551', '0755', '0371'), fc.integer({ min: 2_000_000, max: 89_999_999 }), fc.constantFrom('-', ' ', '(', '（'), fc.constantFrom('', ' ', '-'))
      .map(([area, number, form, group]) => {
        const local = String(number);
        const grouped = group === '' || local.length < 8 ? local : `${local.slice(0, 4)}${group}${local.slice(4)}`;
        const code = form === '(' ? `(${area})` : form === '（' ? `（${area}）` : `${area}${form}`;
        return { local, written: code + grouped };
      });
    fc.assert(
      fc.property(fc.constantFrom(...LEGAL), landline, fc.nat(), fc.constantFrom(KAOHE, PRICING), (text, { local, written }, at, file) => {
        const quoted = [...text.matchAll(/“[^“”]*”|「[^「」]*」|"[^"\n]*"/gu)].map((m) => [m.index, m.index + m[0].length] as const);
        const spots = [...Array(text.length + 1).keys()].filter((i) => !/[\d.]/u.test(text[i - 1] ?? '') && !/\d/u.test(text[i] ?? '') && !quoted.some(([a, b]) => a < i && i < b));
        const i = spots[at % spots.length]!;
        const comment = text.slice(0, i) + written + text.slice(i);
        expect(bare(published(file, comment))).not.toContain(local);
        expect(maskContacts(comment, R).found.map(bare)).toContain(bare(written));
      }),
      { numRuns: 200 },
    );
  });

  it('publishes legal text from the corpus drafts used as comments unchanged', () => {
    for (const line of LEGAL) expect(maskContacts(line, R)).toEqual({ text: line, found: [] });
    fc.assert(
      fc.property(fc.constantFrom(...LEGAL), fc.constantFrom(KAOHE, PRICING), (text, file) => {
        expect(published(file, text)).toContain(`| 1 | 公众 | ${cellText(text)} | 不采纳 | x |`);
      }),
      { numRuns: 60 },
    );
  });
});

describe('North American phone numbers in English comments (a clerk\'s walk on the BOEM rule)', () => {
  const EN_FILES = ['us_federal_register/boem_fr2017-21233_final_rule_ocs_sand_gravel_shell.md', 'us_bills_uslm/hr1000_116_ih_jobs_for_all_act.txt'];
  // (The lines giving the agency's own contacts, an e-mail address and phone numbers written 202–208–6352, are masked as a comment's would be: no legal text to keep.)
  const EN_LEGAL = EN_FILES.flatMap(lines).filter((line) => !/@|\d–\d{3}–\d{4}/u.test(line));
  const X = '[contact details removed]';

  it('masks them however written, and keeps statute and document numbers', () => {
    expect(maskContacts('Please reply to jane.public@example.com or call (305) 555-0142.', X).text).toBe(`Please reply to ${X} or call ${X}.`);
    expect(maskContacts('Contact me at 305-555-0142, 305.555.0199, +1 202 555 0100 or 1-800-555-0100.', X).text).toBe(`Contact me at ${X}, ${X}, ${X} or ${X}.`);
    const legal = 'Under 30 CFR 583.125 and 82 FR 45812 (Pub. L. 115-232, FR Doc. 2017-21233), section 3(15) and 43 U.S.C. 1337(k)(2).';
    expect(maskContacts(legal, X)).toEqual({ text: legal, found: [] });
  });

  it('leaves every line of the BOEM rule and H.R. 1000 as written, and masks a number put anywhere in one', () => {
    for (const line of EN_LEGAL) expect(maskContacts(line, X)).toEqual({ text: line, found: [] });
    const number = fc
      .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom('(a) b-c', 'a-b-c', 'a.b.c', '+1 a b c', '1-a-b-c'))
      .map(([a, b, c, form]) => {
        const line = String(c).padStart(4, '0');
        return { line, written: form.replace('a', String(a)).replace('b', String(b)).replace('c', line) };
      });
    fc.assert(
      fc.property(fc.constantFrom(...EN_LEGAL), number, fc.nat(), (text, { line, written }, at) => {
        // Outside quotation marks: quoted words are the draft's or the proposal's, left as written.
        const quoted = [...text.matchAll(/“[^“”]*”|"[^"\n]*"/gu)].map((m) => [m.index, m.index + m[0].length] as const);
        const spots = [...Array(text.length + 1).keys()].filter((i) => /\s/u.test(text[i - 1] ?? ' ') && /\s/u.test(text[i] ?? ' ') && !quoted.some(([a, b]) => a < i && i < b));
        fc.pre(spots.length > 0);
        const i = spots[at % spots.length]!;
        const comment = `${text.slice(0, i)}${written}${text.slice(i)}`;
        expect(maskContacts(comment, X).text).not.toContain(`${written}`);
        expect(maskContacts(comment, X).found.join(' ')).toContain(line);
      }),
      { numRuns: 200 },
    );
  });
});
