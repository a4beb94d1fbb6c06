// build leaves an output that already holds what it makes as it is, its time
// included (make, pandoc and PDF jobs look at times), and writes the others.
import { cpSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline, snapshot, tempDir } from './helpers/cli.js';

const OUTPUTS = ['revised', 'feedback', 'comparison', 'redline'];

async function built(file: string, name: string, comments: string[]): Promise<string> {
  const dir = await corpusWorkspace(file, name);
  for (const comment of comments) expect((await redline(dir, 'feedback', 'add', '--unit', '司法部', '--comment', comment)).code).toBe(0);
  expect((await redline(dir, 'decide', '1', 'adopt', '--date', '2024-01-02', '--by', '甲')).code).toBe(0);
  const first = await redline(dir, 'build');
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout).toBe(OUTPUTS.map((o) => `wrote out/${name}.${o}.md\n`).join(''));
  return dir;
}

const times = (dir: string, name: string) => OUTPUTS.map((o) => statSync(join(dir, `out/${name}.${o}.md`), { bigint: true })).map((s) => `${s.ino}:${s.mtimeNs}`);

describe('build, run again', () => {
  it('leaves outputs that hold what it makes untouched and writes only the ones that change (行政许可法, 专利法实施细则)', async () => {
    for (const [file, name, comments] of [
      ['lawrefbook/xingzheng_xuke_fa_2019.md', 'permits', ['建议将第一条中的“规范”修改为“规范和监督”。', '建议删除第三条第二款。']],
      ['lawrefbook/zhuanli_fa_shishi_xize_2010.md', 'patent', ['建议将第一条中的“根据”修改为“依据”。', '第二条：建议在“专利申请文件”后增加“及其附件”。']],
    ] as const) {
      const dir = await built(file, name, [...comments]);
      const before = times(dir, name);
      const again = await redline(dir, 'build');
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(OUTPUTS.map((o) => `unchanged out/${name}.${o}.md\n`).join(''));
      expect(times(dir, name)).toEqual(before);

      // A second decision changes every output but the one edited by hand back to what the build makes.
      expect((await redline(dir, 'decide', '2', 'reject', '--reason', '不宜', '--date', '2024-01-02', '--by', '甲')).code).toBe(0);
      const revised = join(dir, `out/${name}.revised.md`);
      writeFileSync(revised, `${readFileSync(revised, 'utf8')}（手改）\n`);
      const third = await redline(dir, 'build');
      expect(third.code).toBe(0);
      expect(third.stdout).toBe(OUTPUTS.map((o) => `${o === 'revised' ? 'wrote' : o === 'feedback' ? 'wrote' : 'unchanged'} out/${name}.${o}.md\n`).join(''));
      expect(readFileSync(revised, 'utf8')).not.toContain('手改');
      expect(await redline(dir, 'build', '--check')).toMatchObject({ code: 0 });
    }
  });
});

describe('build, out/ leading outside the workspace', () => {
  it('is refused even where the files there hold what the build makes (行政许可法)', async () => {
    const dir = await built('lawrefbook/xingzheng_xuke_fa_2019.md', 'permits', ['建议将第一条中的“规范”修改为“规范和监督”。']);
    const elsewhere = join(tempDir(), 'out');
    cpSync(join(dir, 'out'), elsewhere, { recursive: true });
    renameSync(join(dir, 'out'), join(dir, 'out-kept'));
    symlinkSync(elsewhere, join(dir, 'out'));
    const before = snapshot(elsewhere);
    const refused = await redline(dir, 'build');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^redline: refusing to write into out: it leads outside the workspace/u);
    expect(refused.stdout).toBe('');
    expect(snapshot(elsewhere)).toEqual(before);
  });
});
