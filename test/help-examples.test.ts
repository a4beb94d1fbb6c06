// Every command's help ends with an example (SPEC: "Every command has `--help`
// with an example"): redline's own, each command, each feedback subcommand and
// the commands git calls. The list is read from the command line as registered,
// so a command added later is checked too.
import { describe, expect, it } from 'vitest';
import { redline, tempDir } from './helpers/cli.js';
import { commandPaths } from './helpers/commands.js';

describe('help', () => {
  it('of redline and of every command and subcommand ends with an example of it', async () => {
    const paths = commandPaths();
    expect(paths.map((p) => p.join(' '))).toEqual(['', 'init', 'import', 'clauses', 'fmt', 'feedback', 'feedback import', 'feedback add', 'feedback edit', 'feedback list', 'propose', 'decide', 'review', 'build', 'check', 'status', 'diff', 'git-setup', 'git-diff', 'git-textconv', 'round', 'blame']);
    const without: string[] = [];
    for (const path of paths) {
      const result = await redline(tempDir(), ...path, '--help');
      expect(result.code).toBe(0);
      const example = new RegExp(`\\nExamples?:\\n(?: {2}[^\\n]+\\n)*? {2}redline ${path.join(' ')}`, 'u');
      if (!example.test(result.stdout)) without.push(['redline', ...path].join(' '));
    }
    expect(without).toEqual([]);
  });

  it('gives redline feedback the examples of its subcommands', async () => {
    expect((await redline(tempDir(), 'feedback', '--help')).stdout).toMatch(
      /\nExamples:\n {2}redline feedback import 住建局意见\.docx --unit 县住建局\n {2}redline feedback add --unit 区人社局 --comment "建议将“开展”改为“基本完成”"\n {2}redline feedback edit 7 --remove 2\n {2}redline feedback list --json\n+$/u,
    );
  });
});
