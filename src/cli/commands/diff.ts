import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { MARKDOWN_STYLE, renderDiff } from '../../core/diff/render.js';
import { diffDrafts, type ClauseDiff } from '../../core/diff/draft-diff.js';
import { parseDraft } from '../../core/draft/format.js';
import { InputError } from '../../core/problem.js';
import { colorsFor } from '../color.js';
import type { Context, Io } from '../io.js';
import { UsageError } from '../report.js';
import { terminalDiffStyle } from '../proposal-view.js';

type Format = 'ansi' | 'markdown' | 'json';

export function registerDiff(program: Command, context: Context): void {
  const { io } = context;
  program
    .command('diff')
    .description('clause-aligned diff of two drafts, matched by clause ID: renumbering shows as renumbering')
    .argument('<old>', 'a draft file, or git-rev:path (e.g. HEAD~1:drafts/seed.md)')
    .argument('<new>', 'a draft file, or git-rev:path')
    .addOption(new Option('--format <format>', 'ansi, markdown (PR comment) or json').choices(['ansi', 'markdown', 'json']).default('ansi'))
    .addHelpText('after', '\nExamples:\n  redline diff main:drafts/seed.md drafts/seed.md\n  redline diff old.md new.md --format json\n')
    .action((oldArg: string, newArg: string, flags: { format: Format }) => {
      const before = readVersion(io, oldArg);
      const after = readVersion(io, newArg);
      const changes = diffDrafts(before, after);
      if (flags.format === 'json') {
        io.stdout(`${JSON.stringify(changes.map(({ diff: _diff, ...rest }) => rest), null, 2)}\n`);
        return;
      }
      if (changes.length === 0) {
        io.stdout('no clause changed\n');
        return;
      }
      const color = colorsFor(io);
      const ansi = terminalDiffStyle(color);
      const lines = changes.map((c) =>
        flags.format === 'markdown'
          ? `- \`${c.id}\` ${label(c)}${c.change === 'renumbered' ? '' : `: ${renderDiff(c.diff, MARKDOWN_STYLE)}`}`
          : `${c.id} ${label(c)}${c.change === 'renumbered' ? '' : `\n    ${renderDiff(c.diff, ansi)}`}`,
      );
      io.stdout(`${lines.join('\n')}\n`);
    });
}

function label(c: ClauseDiff): string {
  const numbers = c.oldNumber !== c.newNumber && c.oldNumber && c.newNumber ? ` ${c.oldNumber} → ${c.newNumber}` : ` ${c.newNumber ?? c.oldNumber ?? ''}`.trimEnd();
  return `${c.change}${numbers}`;
}

/** A draft from a file, or from git ("HEAD~1:drafts/seed.md"). */
function readVersion(io: Io, spec: string) {
  const path = resolve(io.cwd, spec);
  let text: string;
  if (existsSync(path)) text = readFileSync(path, 'utf8');
  else {
    const m = /^([^:]+):(.+)$/.exec(spec);
    if (!m) throw new UsageError(`${spec}: no such file (use a path, or git-rev:path)`);
    try {
      text = execFileSync('git', ['show', `${m[1]}:${m[2]}`], { cwd: io.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
    } catch (error) {
      throw new UsageError(`${spec}: git cannot show it (${String((error as { stderr?: string }).stderr ?? '').trim().split('\n')[0]})`);
    }
  }
  const parsed = parseDraft(text, spec, basename(spec, '.md'));
  const errors = parsed.problems.filter((p) => p.fatal !== false);
  if (errors.length > 0) throw new InputError(errors);
  return parsed.draft.clauses;
}
