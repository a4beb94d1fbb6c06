// build --check names an output that was deleted as missing, not as one that
// "is not what a build would write" (which sent the clerk looking for a change).
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWorkspace, redline, snapshot } from './helpers/cli.js';

describe('build --check with an output deleted', () => {
  for (const [file, name, comment] of [
    ['lawrefbook/samr_mingma_biaojia_2022.md', 'x', '建议将第三条中的“诚实信用”修改为“诚信”。'],
    ['lawrefbook/gongsi_fa_2018.md', 'gongsi', '建议将第十条中的“主要办事机构所在地”修改为“登记的住所”。'],
  ] as const) {
    it(`${file}: the deleted one is missing, the edited one differs, exit 1, nothing written`, async () => {
      const dir = await corpusWorkspace(file, name);
      writeFileSync(join(dir, 'r1.csv'), `序号,单位,主要意见\n1,市发改委,${comment}\n`);
      expect((await redline(dir, 'feedback', 'import', 'r1.csv')).code).toBe(0);
      expect((await redline(dir, 'decide', '1', 'adopt')).code).toBe(0);
      expect((await redline(dir, 'build')).code).toBe(0);
      expect(await redline(dir, 'build', '--check')).toEqual({ code: 0, stdout: '', stderr: '' });
      rmSync(join(dir, `out/${name}.redline.md`));
      appendFileSync(join(dir, `out/${name}.feedback.md`), '\n');
      const before = snapshot(dir);
      expect(await redline(dir, 'build', '--check')).toEqual({
        code: 1,
        stdout: `out/${name}.feedback.md is not what a build would write\nout/${name}.redline.md is missing: a build would write it\n`,
        stderr: '',
      });
      expect(snapshot(dir)).toEqual(before);
    });
  }
});
