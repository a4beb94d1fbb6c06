// An article that opens with a caption, 第一条(立法目的)为了…, keeps it when a
// comment rewrites the article with its words alone: the caption names the
// article, and without it 第一条为了… is no longer read as one (厦门经济特区
// 社会信用条例 as published for comment; 行政许可法 with captions, as local
// regulations write them; from a clerk's walk).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS, corpusWorkspace, redline } from './helpers/cli.js';
import { adopted, corpusDraft, paragraph, revisedBody } from './helpers/drafts.js';

describe('a rewrite of an article with a caption', () => {
  it('keeps the caption, and the article is read as one again (厦门, through the CLI)', async () => {
    const dir = await corpusWorkspace('cn_gov_pages_excerpts/xiamen_shehui_xinyong_tiaoli_caoan_xiugai_ergao_zhengqiu_yijian_gao_EXCERPT.txt', 'xm');
    const added = await redline(dir, 'feedback', 'add', '--unit', '市委政法委', '--comment', '建议将第一条修改为：“为了规范社会信用管理，提高社会信用水平，结合厦门经济特区实际，制定本条例。”');
    expect(added.code, added.stderr).toBe(0);
    expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
    expect((await redline(dir, 'build')).code).toBe(0);
    const revised = readFileSync(join(dir, 'out/xm.revised.md'), 'utf8');
    expect(revised).toContain('\n第一条(立法目的)为了规范社会信用管理，提高社会信用水平，结合厦门经济特区实际，制定本条例。\n');
    // The revised text read back has the article where it was, changed, not removed.
    const diff = await redline(dir, 'diff', 'drafts/xm.md', 'out/xm.revised.md');
    expect(diff.stdout).not.toMatch(/removed 第一条/u);
    expect(diff.stdout).toMatch(/changed/u);
  });

  it('keeps it in 行政许可法 written with captions; a new text that gives its own caption has that one', () => {
    const source = readFileSync(join(CORPUS, 'lawrefbook/xingzheng_xuke_fa_2019.md'), 'utf8')
      .replace(/^第一条 /mu, '第一条（立法目的）')
      .replace(/^第二条 /mu, '第二条（定义）');
    const draft = parseDraft(importDraft(source, { format: 'markdown' }).text, 'captions.md', 'draft').draft;
    const first = draft.clauses.find((c) => c.number === '第一条')!;
    const second = draft.clauses.find((c) => c.number === '第二条')!;
    expect(first.title).toBe('立法目的');
    const rewrite = (comment: string) => proposeEdits(comment, draft.clauses, 'zh').edits;
    const edits = [...rewrite('将第一条修改为：“为了规范行政许可的设定和实施，制定本法。”'), ...rewrite('将第二条修改为：“（适用范围）本法所称行政许可，是指行政机关依法准予特定活动的行为。”')];
    expect(edits.map((e) => e.clause)).toEqual([first.id, second.id]);
    const { text, result } = revisedBody(draft, adopted('1', ...edits));
    expect(result.revision.unapplied).toEqual([]);
    expect(paragraph(text, '第一条')).toBe('第一条（立法目的）为了规范行政许可的设定和实施，制定本法。');
    expect(paragraph(text, '第二条')).toBe('第二条（适用范围）本法所称行政许可，是指行政机关依法准予特定活动的行为。');
  });

  it('takes no caption from an article whose whole text is （删去） (刑法 第一百九十九条), nor from an item', () => {
    const law = corpusDraft('lawrefbook/xingfa_criminal_law.md');
    const removed = law.clauses.find((c) => c.number === '第一百九十九条')!;
    expect(removed.text.trim()).toBe('（删去）');
    const { text, result } = revisedBody(law, adopted('1', { op: 'rewrite', clause: removed.id, text: '以非法占有为目的，使用诈骗方法非法集资，数额特别巨大的，处无期徒刑。' }));
    expect(result.revision.unapplied).toEqual([]);
    expect(paragraph(text, '第一百九十九条')).toBe('第一百九十九条 以非法占有为目的，使用诈骗方法非法集资，数额特别巨大的，处无期徒刑。');
  });
});
