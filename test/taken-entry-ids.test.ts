// `feedback add --id <id>` with an id an entry already has is refused as such:
// the entry exists (named with its file), with the next free id and the command
// that changes it; not as a file "in the way" that is "not a readable entry".
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redline, seedWorkspace, snapshot } from './helpers/cli.js';

const COMMENT = '建议将“开展机关事业单位养老保险制度改革”改为“基本完成机关事业单位养老保险制度改革”';

describe('feedback add with an id that an entry has', () => {
  it('says that entry 3 of the seed exists already, and changes no file', async () => {
    const dir = await seedWorkspace(); // the page's table gives entries 1–6
    const before = snapshot(dir);
    const result = await redline(dir, 'feedback', 'add', '--id', '3', '--unit', '区人社局', '--comment', COMMENT);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'redline: entry 3 exists already (feedback/seed/3.yaml): give another --id (the next free one is 7), or change entry 3 with `redline feedback edit 3`; no file was changed\n',
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('finds the entry in a file of another name (7.yml), rather than writing a second entry 7 beside it', async () => {
    const dir = await seedWorkspace();
    expect((await redline(dir, 'feedback', 'add', '--unit', '区人社局', '--comment', COMMENT)).code).toBe(0);
    renameSync(join(dir, 'feedback/seed/7.yaml'), join(dir, 'feedback/seed/7.yml'));
    const before = snapshot(dir);
    const result = await redline(dir, 'feedback', 'add', '--id', '7', '--unit', '区民政局', '--comment', COMMENT);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'redline: entry 7 exists already (feedback/seed/7.yml): give another --id (the next free one is 8), or change entry 7 with `redline feedback edit 7`; no file was changed\n',
    });
    expect(snapshot(dir)).toEqual(before);
  });
});
