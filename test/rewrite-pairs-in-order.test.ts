// A rewrite of an article's 款 each reworded in its place (建议将第二条修改为：
// “<新第一款>”“<新第二款>”) pairs each old 款 with its own new one in the 对照表
// and the redline, their changed words marked. After the pairing learnt to
// find an old 款 kept as a later one (增加一款作为第一款), an old 款 paired
// with whichever of the next new ones kept most of its words: where an
// article's 款 share most of their words (国务院有关部门… / 县级以上地方人民政府
// 有关部门…), the new 第一款 was shown added whole, the old 第二款 struck whole
// and the old 第一款 set against the new 第二款. Only a 款 kept word for word or
// nearly is looked for further on now.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDraft, type Draft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const GONGSI = corpusDraft('lawrefbook/gongsi_fa_2018.md');

/** A draft of three articles, the second of the given 款. */
function draftOf(paragraphs: readonly string[]): Draft {
  const text = ['# 测试条例', '第一条 为了规范监督管理，制定本条例。', `第二条 ${paragraphs.join('\n\n')}`, '第三条 本条例自公布之日起施行。'].join('\n\n');
  return parseDraft(importDraft(`${text}\n`, { format: 'markdown' }).text, 'test.draft.md', 'draft').draft;
}

/** The 对照表 row and the redline's paragraphs of `article` once the comment's edits are adopted. */
function shown(draft: Draft, comment: string, article: string, next: string) {
  const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
  expect(unparsed).toEqual([]);
  const { result } = revisedBody(draft, adopted('1', ...edits));
  expect(result.revision.unapplied.map((p) => p.message)).toEqual([]);
  const output = (end: string) => result.outputs.find((o) => o.name.endsWith(end))!.content;
  const row = output('comparison.md').split('\n').find((l) => l.startsWith(`| 1 | ${article} |`))!;
  const redline = output('redline.md').trimEnd().split('\n\n');
  const from = redline.findIndex((p) => p.startsWith(article));
  const to = redline.findIndex((p, i) => i > from && p.startsWith(next));
  return { original: row.split(' | ')[2]!.split('<br>'), revised: row.split(' | ')[3]!.split('<br>'), redline: redline.slice(from, to) };
}

/** What a view shows unmarked: struck and added words, the article's number and the 〔意见1〕 note left out. */
const unmarked = (cell: string) =>
  cell
    .replace(/~~[^~]*~~|<del>.*?<\/del>|\*\*.*?\*\*|<strong>.*?<\/strong>/gu, '')
    .replace(/〔意见1〕$/u, '')
    .replace(/^第[一二三四五六七八九十百]+条 /u, '');

describe('each old 款 paired with its own new one', () => {
  it('国务院有关部门… / 县级以上地方人民政府有关部门…: 依法履行 and 及时 marked, the second 款 paired with its own', () => {
    const draft = draftOf(['国务院有关部门应当依照本法规定履行监督管理职责。', '县级以上地方人民政府有关部门应当依照本法规定履行监督管理职责，并向社会公开。']);
    const { original, revised, redline } = shown(
      draft,
      '建议将第二条修改为：“国务院有关部门应当依法履行职责。”“县级以上地方人民政府有关部门应当依照本法规定履行监督管理职责，并及时向社会公开。”',
      '第二条',
      '第三条',
    );
    expect(original).toEqual(['第二条 国务院有关部门应当~~依照本法规定履行监督管理~~职责。', '县级以上地方人民政府有关部门应当依照本法规定履行监督管理职责，并向社会公开。']);
    expect(revised).toEqual(['第二条 国务院有关部门应当**依法履行**职责。', '县级以上地方人民政府有关部门应当依照本法规定履行监督管理职责，并**及时**向社会公开。']);
    expect(redline).toEqual([
      '第二条 国务院有关部门应当~~依照本法规定履行监督管理~~**依法履行**职责。〔意见1〕',
      '县级以上地方人民政府有关部门应当依照本法规定履行监督管理职责，并**及时**向社会公开。〔意见1〕',
    ]);
  });

  it('公司法 第八条 (有限责任公司… / 股份有限公司…): the 有限责任公司 款 against its own new text, not the 股份有限公司 one', () => {
    const { original, revised, redline } = shown(
      GONGSI,
      '建议将第八条修改为：“有限责任公司应当在名称中标明有限责任公司字样。”“依照本法设立的股份有限公司，必须在公司名称中标明股份有限公司或者股份公司字样，并在营业执照上载明。”',
      '第八条',
      '第九条',
    );
    expect(original[1]).toBe('依照本法设立的股份有限公司，必须在公司名称中标明股份有限公司或者股份公司字样。');
    expect(revised).toEqual(['第八条 有限责任公司**应当在**名称中标明有限责任公司字样。', '依照本法设立的股份有限公司，必须在公司名称中标明股份有限公司或者股份公司字样<strong>，并在营业执照上载明</strong>。']);
    expect(redline).toHaveLength(2);
    expect(redline[1]).toBe('依照本法设立的股份有限公司，必须在公司名称中标明股份有限公司或者股份公司字样<strong>，并在营业执照上载明</strong>。〔意见1〕');
  });

  it('any article whose 款 share their words, each reworded a little in its place: none shown added or struck whole', () => {
    const subjects = ['国务院有关部门', '县级以上地方人民政府有关部门', '县级以上人民政府有关部门', '行政机关', '省、自治区、直辖市人民政府', '设区的市级人民政府'];
    const bodies = ['应当依照本法规定履行监督管理职责，并向社会公开。', '应当对申请人提交的申请材料进行审查。', '可以在法律设定的行政许可事项范围内，对实施该行政许可作出具体规定。'];
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((n) => String.fromCharCode(n));
    // A span of the body replaced: where it starts, how long it is, and what stands in its place.
    const change = fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 8 }), by: fc.array(han, { minLength: 1, maxLength: 4 }) });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(subjects, { minLength: 2, maxLength: 4 }),
        fc.constantFrom(...bodies),
        fc.array(change, { minLength: 4, maxLength: 4 }),
        (who, body, changes) => {
          const old = who.map((s) => `${s}${body}`);
          const now = who.map((s, i) => {
            const { at, length, by } = changes[i]!;
            const from = at % (body.length - 9);
            return `${s}${body.slice(0, from)}${by.join('')}${body.slice(from + length)}`;
          });
          fc.pre(now.every((p, i) => p !== old[i]));
          const { original, revised, redline } = shown(draftOf(old), `建议将第二条修改为：${now.map((p) => `“${p}”`).join('')}`, '第二条', '第三条');
          expect(original).toHaveLength(old.length);
          expect(revised).toHaveLength(old.length);
          expect(redline).toHaveLength(old.length);
          for (const [i, s] of who.entries()) {
            expect(unmarked(original[i]!)).toContain(s);
            expect(unmarked(revised[i]!)).toContain(s);
            expect(unmarked(redline[i]!)).toContain(s);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
