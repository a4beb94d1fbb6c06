// `feedback add --id <id>` with an id an entry already has is refused as such:
// the entry exists (named with its file), with the next free id and the command
// that changes it; not as a file "in the way" that is "not a readable entry".
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redline, seedWorkspace, snapshot } from './helpers/cli.js';

const COMMENT = '建议将“开展机关事业单位养老保险制度改革”改为“基本完成机关事业单位养老保险制度改革”';

/** `feedback add --id <id>` in `dir` is refused, naming the entry's file and the next free id, and changes no file. */
async function refusedAs(dir: string, id: string, unit: string, file: string, next: number): Promise<void> {
  const before = snapshot(dir);
  const result = await redline(dir, 'feedback', 'add', '--id', id, '--unit', unit, '--comment', COMMENT);
  expect(result).toEqual({
    code: 2,
    stdout: '',
    stderr: `redline: entry ${id} exists already (${file}): give another --id (the next free one is ${next}), or change entry ${id} with \`redline feedback edit ${id}\`; no file was changed\n`,
  });
  expect(snapshot(dir)).toEqual(before);
}

describe('feedback add with an id that an entry has', () => {
  it('says that entry 3 of the seed exists already, and changes no file', async () => {
    const dir = await seedWorkspace(); // the page's table gives entries 1–6
    await refusedAs(dir, '3', '区人社局', 'feedback/seed/3.yaml', 7);
  });

  it('finds the entry in a file of another name (7.yml), rather than writing a second entry 7 beside it', async () => {
    const dir = await seedWorkspace();
    expect((await redline(dir, 'feedback', 'add', '--unit', '区人社局', '--comment', COMMENT)).code).toBe(0);
    renameSync(join(dir, 'feedback/seed/7.yaml'), join(dir, 'feedback/seed/7.yml'));
    await refusedAs(dir, '7', '区民政局', 'feedback/seed/7.yml', 8);
  });
});
