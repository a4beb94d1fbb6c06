// A rewrite that makes a unit's paragraphs one (民事诉讼法 2023 merged
// 第一百九十八条's two 款): the comparison table shows the old paragraphs
// with their words as they were, line by line, beside the one new paragraph,
// and the redline the merged paragraph, only the words that changed marked.
// The words kept were struck and added again. On 民事诉讼法 2021 and 行政许可法.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline } from './helpers/cli.js';

async function built(file: string, name: string, comment: string): Promise<{ comparison: string[]; redline: string }> {
  const dir = await corpusWorkspace(file, name);
  expect((await redline(dir, 'feedback', 'add', '--unit', '法工委', '--comment', comment)).stdout).toMatch(/^added entry 1 with 1 edit\(s\)/u);
  expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
  expect((await redline(dir, 'build')).code).toBe(0);
  const comparison = readFileSync(join(dir, `out/${name}.comparison.md`), 'utf8').split('\n').filter((l) => l.startsWith('| 1 |'));
  return { comparison, redline: readFileSync(join(dir, `out/${name}.redline.md`), 'utf8') };
}

describe('paragraphs merged by a rewrite', () => {
  it('民事诉讼法 第一百九十八条: two 款 made one, word for word', async () => {
    const { comparison, redline: marked } = await built(
      'lawrefbook/minshi_susong_fa_2021.md',
      'ms',
      '建议将第一百九十八条修改为：“申请认定财产无主，由公民、法人或者其他组织向财产所在地基层人民法院提出。申请书应当写明财产的种类、数量以及要求认定财产无主的根据。”',
    );
    expect(comparison).toEqual([
      '| 1 | 第一百九十八条 | 第一百九十八条 申请认定财产无主，由公民、法人或者其他组织向财产所在地基层人民法院提出。<br>申请书应当写明财产的种类、数量以及要求认定财产无主的根据。 | 第一百九十八条 申请认定财产无主，由公民、法人或者其他组织向财产所在地基层人民法院提出。申请书应当写明财产的种类、数量以及要求认定财产无主的根据。 | 1 |',
    ]);
    expect(marked).toContain('\n\n第一百九十八条 申请认定财产无主，由公民、法人或者其他组织向财产所在地基层人民法院提出。申请书应当写明财产的种类、数量以及要求认定财产无主的根据。〔意见1〕\n\n第一百九十九条');
  });

  it('行政许可法 第八十三条: two 款 made one, with words changed in each', async () => {
    const { comparison, redline: marked } = await built(
      'lawrefbook/xingzheng_xuke_fa_2019.md',
      'xk',
      '建议将第八十三条修改为：“本法自2004年7月1日起施行，本法施行前有关行政许可的规定，制定机关应当依照本法规定予以清理。”',
    );
    expect(comparison).toEqual([
      '| 1 | 第八十三条 | 第八十三条 本法自2004年7月1日起施行<del>。</del><br>本法施行前有关行政许可的规定，制定机关应当依照本法规定予以清理<del>；不符合本法规定的，自本法施行之日起停止执行</del>。 | 第八十三条 本法自2004年7月1日起施行<strong>，</strong>本法施行前有关行政许可的规定，制定机关应当依照本法规定予以清理。 | 1 |',
    ]);
    expect(marked).toContain('\n\n第八十三条 本法自2004年7月1日起施行<del>。</del><strong>，</strong>本法施行前有关行政许可的规定，制定机关应当依照本法规定予以清理<del>；不符合本法规定的，自本法施行之日起停止执行</del>。〔意见1〕\n');
    expect(marked).not.toMatch(/(?:~~|<del>)本法施行前/u);
  });
});
