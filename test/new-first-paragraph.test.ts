// A rewrite that puts a new 款 before an article's own text (立法法 2023's
// 第五条: 建议将第五条修改为：“<新款>”“<原第五条>”) showed the old text struck in
// the 对照表 and the redline, as if rewritten: the old 款 was set against the
// new first one. The paragraph kept now pairs with itself, unmarked; the new
// 款 alone is marked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citableClauses, cite } from '../src/core/draft/citation.js';
import type { Draft } from '../src/core/draft/format.js';
import { clauseTree, descendants } from '../src/core/draft/locate.js';
import { ARTICLE_STYLE } from '../src/core/draft/hierarchy.js';
import type { Edit } from '../src/core/edits/edit.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const LIFA = corpusDraft('lawrefbook/lifa_fa_2015.md');
const XUKE = corpusDraft('lawrefbook/xingzheng_xuke_fa_2019.md');

const NEW_FIFTH = '立法应当坚持和发展全过程人民民主，尊重和保障人权，保障和促进社会公平正义。';
const OLD_FIFTH = '立法应当体现人民的意志，发扬社会主义民主，坚持立法公开，保障人民通过多种途径参与立法活动。';
const OLD_34 = '行政机关应当对申请人提交的申请材料进行审查。';

/** The 对照表's rows and the redline's paragraphs once the entries' edits are adopted. */
function outputs(draft: Draft, ...edits: Edit[]) {
  const { result } = revisedBody(draft, adopted('1', ...edits));
  expect(result.revision.unapplied.map((p) => p.message)).toEqual([]);
  const output = (end: string) => result.outputs.find((o) => o.name.endsWith(end))!.content;
  return {
    rows: output('comparison.md').split('\n').filter((l) => /^\| \d+ \|/u.test(l)),
    moves: output('comparison.md').split('\n').find((l) => l.startsWith('条文序号')),
    redline: output('redline.md').trimEnd().split('\n\n'),
  };
}

const edits = (draft: Draft, comment: string) => proposeEdits(comment, draft.clauses, 'zh').edits;

describe('a rewrite into two 款 whose second is the old text shows that 款 as kept', () => {
  it('立法法 第五条 rewritten whole: the 对照表 row and the redline', () => {
    const comment = `建议将第五条修改为：“${NEW_FIFTH}”“${OLD_FIFTH}”`;
    const { rows, redline } = outputs(LIFA, ...edits(LIFA, comment));
    expect(rows).toEqual([`| 1 | 第五条 | 第五条 ${OLD_FIFTH} | 第五条 **${NEW_FIFTH}**<br>${OLD_FIFTH} | 1 |`]);
    const at = redline.findIndex((p) => p.startsWith('第五条'));
    expect(redline.slice(at, at + 2)).toEqual([`第五条 **${NEW_FIFTH}**〔意见1〕`, OLD_FIFTH]);
  });

  it('行政许可法 第三十四条’s first 款 rewritten into two, the old one nearly kept: its words changed marked, the rest not', () => {
    const comment = `建议将第三十四条第一款修改为：“行政机关应当依法及时审查。”“行政机关应当对申请人提交的全部申请材料进行审查。”`;
    const { rows, redline } = outputs(XUKE, ...edits(XUKE, comment));
    expect(rows[0]).toBe(`| 1 | 第三十四条 | 第三十四条 ${OLD_34} | 第三十四条 **行政机关应当依法及时审查。**<br>行政机关应当对申请人提交的**全部**申请材料进行审查。 | 1 |`);
    const at = redline.findIndex((p) => p.startsWith('第三十四条'));
    expect(redline.slice(at, at + 2)).toEqual(['第三十四条 **行政机关应当依法及时审查。**〔意见1〕', '行政机关应当对申请人提交的**全部**申请材料进行审查。〔意见1〕']);
  });

  it('any article given a new first 款 by a rewrite that keeps its text: none of its old words struck', () => {
    const tree = clauseTree(XUKE.clauses);
    const names = citableClauses(XUKE.clauses);
    const articles = XUKE.clauses.filter((c) => c.marker?.style === ARTICLE_STYLE && descendants(tree, c).every((d) => d.heading === null));
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((n) => String.fromCharCode(n));
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(han, { minLength: 4, maxLength: 40 }), (at, chars) => {
        const kept = [at.text.trim(), ...descendants(tree, at).map((c) => `${c.marker?.raw ?? ''}${c.text}`.trim())];
        const { rows, redline } = outputs(XUKE, { op: 'rewrite', clause: at.id, text: [`${chars.join('')}。`, ...kept].join('\n') });
        const row = rows.find((r) => r.startsWith(`| 1 | ${cite(names, at.id)} |`))!;
        expect(row.split(' | ')[2]).not.toMatch(/~~|<del>/u);
        expect(row.split(' | ')[3]).toContain(`**${chars.join('')}。**`);
        const from = redline.findIndex((p) => p.startsWith(`${at.marker!.raw}**`));
        for (const p of redline.slice(from + 1, from + kept.length + 1)) expect(p).not.toMatch(/~~|<del>|\*\*/u);
      }),
      { numRuns: 30 },
    );
  });
});
