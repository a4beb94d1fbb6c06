// Every command as the command line knows it, in the order of `redline --help`:
// its arguments, options and help text, how they become the command's typed
// options, and the module that runs it (imported only when it runs). This file
// and what it imports stay light: it is read at every start.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { define, type Registration } from './command-definition.js';
import type { BlameOptions } from './commands/blame.js';
import type { BuildOptions } from './commands/build.js';
import type { CheckOptions } from './commands/check.js';
import type { ClausesOptions } from './commands/clauses.js';
import type { DecideFlags, DecideOptions } from './commands/decide.js';
import type { Format as DiffFormat, DiffOptions } from './commands/diff.js';
import { registerFeedback } from './commands/feedback/index.js';
import type { FmtOptions } from './commands/fmt.js';
import type { GitDiffOptions, GitSetupOptions } from './commands/git-setup.js';
import type { GitTextconvOptions } from './commands/git-textconv.js';
import type { ImportFlags, ImportOptions } from './commands/import.js';
import type { InitOptions } from './commands/init.js';
import type { Format as ProposeFormat, ProposeOptions } from './commands/propose.js';
import type { ReviewOptions } from './commands/review.js';
import type { RoundFlags, RoundOptions } from './commands/round.js';
import type { Format as StatusFormat, StatusOptions } from './commands/status.js';
import { chosenFormat, colorOption, formatOption, jsonOption } from './format.js';
import type { Context } from './io.js';
import { SHOWN_BEFORE_SUMMARY, SUMMARY_AFTER } from './report.js';

/** The name of redline's git diff driver, in .gitattributes and .git/config (see commands/git-setup.ts). */
export const DRIVER = 'redline';

const init = define({
  name: 'init',
  usage: (command) =>
    command
      .description('create a workspace: a commented redline.yaml, drafts/ and feedback/')
      .argument('[dir]', 'folder to make a workspace of', '.')
      .addHelpText('after', '\nExample:\n  redline init consultation-2018 && cd consultation-2018\n'),
  options: ([dir]: [string]): InitOptions => ({ dir }),
  load: async () => (await import('./commands/init.js')).initCommand,
});

const importDraft = define({
  name: 'import',
  usage: (command) =>
    command
      .description(
        'read a draft (Word .docx, plain text or Markdown; UTF-8 or GB18030) into drafts/<name>.md with clause IDs, and the feedback table that follows it into feedback/<name>/',
      )
      .argument('<file>', 'the draft, or a whole consultation page holding it')
      .option('--name <draft>', 'name of the draft in the workspace (default: the file name)')
      .addOption(new Option('--encoding <encoding>', 'force the encoding instead of detecting it').choices(['utf-8', 'gb18030']))
      .addOption(new Option('--format <format>', 'how to read the file (default: by extension)').choices(['text', 'markdown', 'docx']))
      .option('--force', 'replace an existing draft of that name (its entries are kept; rows of the page not yet imported are added)')
      .addHelpText('after', '\nExamples:\n  redline import 征求意见稿.docx --name draft\n  redline import test/fixtures/seed-page.txt --name seed\n'),
  options: ([file]: [string], flags: ImportFlags): ImportOptions => ({ file, ...flags }),
  load: async () => (await import('./commands/import.js')).importCommand,
});

const clauses = define({
  name: 'clauses',
  usage: (command) =>
    command
      .description('list the clauses of a draft: id, number, level, title, units')
      .argument('[draft]', 'draft name (default: the only draft)')
      .option('--json', 'print JSON: [{id, number, level, title, parent, text, units}]')
      .addHelpText('after', '\nExamples:\n  redline clauses\n  redline clauses seed --json | jq \'.[] | select(.number == "18")\'\n'),
  options: ([draft]: [string | undefined], flags: { json?: boolean }): ClausesOptions => ({ draft, ...flags }),
  load: async () => (await import('./commands/clauses.js')).clausesCommand,
});

const fmt = define({
  name: 'fmt',
  usage: (command) =>
    command
      .description('rewrite drafts and feedback entries in canonical form (IDs for new clauses); formatting twice changes nothing')
      .option('--check', 'change nothing; exit 1 and name the files that fmt would change')
      .addHelpText('after', '\nExamples:\n  redline fmt\n  redline fmt --check   # in CI\n'),
  options: (_args: [], flags: FmtOptions) => flags,
  load: async () => (await import('./commands/fmt.js')).fmtCommand,
});

const propose = define({
  name: 'propose',
  usage: (command) =>
    command
      .description("show each entry's edits as word-level diffs in their clause, with stale / ambiguous / conflict marked")
      .argument('[entries...]', 'entry ids (default: all)')
      .option('--draft <name>', 'the draft (default: the only draft)')
      .addOption(formatOption(['ansi', 'markdown', 'json'], 'ansi', 'ansi for a terminal, markdown for a PR comment or job summary (under 65,536 characters), json for scripts'))
      .addOption(jsonOption())
      .addOption(colorOption(true))
      .addOption(colorOption(false))
      .addHelpText('after', '\nExamples:\n  redline propose\n  redline propose 3 6 --format markdown > comment.md\n  redline propose --json | jq \'.[].edits[] | select(.state != "ok")\'\n'),
  options: ([entries]: [string[]], flags: { draft?: string; format: ProposeFormat; json?: boolean }, command): ProposeOptions => ({
    entries,
    format: chosenFormat(command, flags),
    ...(flags.draft !== undefined ? { draft: flags.draft } : {}),
  }),
  load: async () => (await import('./commands/propose.js')).proposeCommand,
});

const decide = define({
  name: 'decide',
  usage: (command) =>
    command
      .description('record the decision on one or more entries: adopt, partial (with --edits), reject; a reason is required for partial and reject')
      .argument('<entries-and-decision...>', 'entry ids, then adopt | partial | reject (or pending, to undo)')
      .option('--all-pending', 'decide every pending entry')
      .option('--edits <numbers>', 'for partial: the adopted edits, as `propose` numbers them (e.g. 1,3)')
      .option('--reason <text>', 'why (未采纳原因); required for partial and reject')
      .option('--by <name>', "who decides (default: git's user.name)")
      .option('--date <date>', 'date of the decision (default: today)')
      .option('--draft <name>', 'the draft (default: the only draft)')
      .addHelpText(
        'after',
        '\nExamples:\n  redline decide 1 2 adopt\n  redline decide 3 partial --edits 1,3,4,5,6 --reason "应由区科技局牵头抓总"\n  redline decide 6 reject --reason "以市下达指标为准"\n  redline decide --all-pending adopt\n',
      ),
  // The decision comes last: `decide 1 2 adopt`.
  options: ([words]: [string[]], flags: DecideFlags): DecideOptions => ({ entries: words.slice(0, -1), decision: words.at(-1)!, ...flags }),
  load: async () => (await import('./commands/decide.js')).decideCommand,
});

const review = define({
  name: 'review',
  usage: (command) =>
    command
      .description('walk the pending entries: the colored proposal, then adopt / partial / reject / skip, with a reason from a prompt or $EDITOR')
      .option('--draft <name>', 'the draft (default: the only draft)')
      .option('--by <name>', 'who decides')
      .option('--answers <file>', 'scripted answers (YAML list of {action, edits, reason}) instead of prompts')
      .addHelpText('after', '\nExamples:\n  redline review\n  redline review --answers answers.yaml   # [{action: adopt}, {action: reject, reason: …}]\n'),
  options: (_args: [], flags: ReviewOptions) => flags,
  load: async () => (await import('./commands/review.js')).reviewCommand,
});

// build and check: a long list of problems is summarised unless asked for in full.
const VERBOSE_HELP = `list every problem (past ${SUMMARY_AFTER}, only the first ${SHOWN_BEFORE_SUMMARY} and a count by kind are printed)`;
const REPORT_HELP = 'also write every problem to <file>, one per line';

const build = define({
  name: 'build',
  usage: (command) =>
    command
      .description('write per draft the revised text, the feedback-response table, the comparison table (修改对照表) and the redline')
      .option('--out <dir>', 'output folder (default: `out` in redline.yaml, or out/)')
      .option('--check', 'write nothing; exit 1 and name the files that differ from what a build would write')
      .addOption(new Option('--lang <lang>', "labels of the outputs (default: the draft's lang)").choices(['zh', 'en']))
      .option('--pdf', 'also write <draft>.<output>.pdf for each output, through pandoc and xelatex with a CJK font (see README: PDF)')
      .option('--docx', 'also write <draft>.<output>.docx for each output (Word), through pandoc, the marks as Word strikethrough and bold')
      .addOption(new Option('--round <n>', 'build a closed round again (feedback/<draft>/round-<n>/): out/<draft>.round-<n>.*').argParser(roundNumber))
      .option('--allow-unapplied', 'write the outputs even when adopted edits cannot be applied (the response table lists them)')
      .option('--verbose', VERBOSE_HELP)
      .option('--report <file>', REPORT_HELP)
      .addHelpText(
        'after',
        '\nExamples:\n  redline build\n  redline build --out dist --lang en\n  redline build --check   # in CI\n  redline build --pdf     # also out/<draft>.<output>.pdf\n  redline build --docx    # also out/<draft>.<output>.docx (Word)\n\nPDF (Debian: apt-get install pandoc texlive-xetex texlive-lang-chinese fonts-noto-cjk):\n  pandoc out/seed.revised.md -o seed.pdf --pdf-engine=xelatex -V CJKmainfont="Noto Serif CJK SC" -V babel-lang=chinese-hans\n',
      ),
  options: (_args: [], flags: BuildOptions) => flags,
  load: async () => (await import('./commands/build.js')).buildCommand,
});

const check = define({
  name: 'check',
  usage: (command) =>
    command
      .description('everything CI needs: drafts parse, IDs are unique, entries are valid, every edit applies, no adopted edits conflict, reasons present')
      .option('--final', 'also require every entry to be decided')
      .option('--verbose', VERBOSE_HELP)
      .option('--report <file>', REPORT_HELP)
      .addHelpText('after', '\nExamples:\n  redline check\n  redline check --final   # before publishing; GitHub annotations under Actions\n'),
  options: (_args: [], flags: CheckOptions) => flags,
  load: async () => (await import('./commands/check.js')).checkCommand,
});

const status = define({
  name: 'status',
  usage: (command) =>
    command
      .description('per draft: entries by decision and by unit, stale edits, the consultation window')
      .addOption(formatOption(['text', 'markdown', 'json'], 'text', 'text, markdown (PR comment or job summary) or json: [{draft, entries, byStatus, byUnit, stale, window?: {from, to, open}}]'))
      .addOption(jsonOption())
      .option('--today <date>', 'the date the window is judged on (default: today)')
      .addHelpText('after', '\nExamples:\n  redline status\n  redline status --json\n  redline status --format markdown >> "$GITHUB_STEP_SUMMARY"\n'),
  options: (_args: [], flags: { format: StatusFormat; json?: boolean; today?: string }, command): StatusOptions => ({
    format: chosenFormat(command, flags),
    ...(flags.today !== undefined ? { today: flags.today } : {}),
  }),
  load: async () => (await import('./commands/status.js')).statusCommand,
});

const diff = define({
  name: 'diff',
  usage: (command) =>
    command
      .description('clause-aligned diff of two drafts, matched by clause ID (by number and text where a side has none): renumbering shows as renumbering')
      .argument('<old>', 'a draft file, or git-rev:path (e.g. HEAD~1:drafts/seed.md)')
      .argument('<new>', 'a draft file, or git-rev:path; a built out/<draft>.revised.md or a pasted text is aligned by number and text')
      .addOption(formatOption(['ansi', 'markdown', 'json'], 'ansi', 'ansi, markdown (PR comment) or json'))
      .addOption(jsonOption())
      .addOption(colorOption(true))
      .addOption(colorOption(false))
      .addHelpText(
        'after',
        '\nExamples:\n  redline diff main:drafts/seed.md drafts/seed.md\n  redline diff drafts/seed.md out/seed.revised.md   # no IDs on one side: aligned by number and text\n  redline diff old.md new.md --json\n',
      ),
  options: ([oldArg, newArg]: [string, string], flags: { format: DiffFormat; json?: boolean }, command): DiffOptions => ({
    old: oldArg,
    new: newArg,
    format: chosenFormat(command, flags),
  }),
  load: async () => (await import('./commands/diff.js')).diffCommand,
});

const gitSetup = define({
  name: 'git-setup',
  usage: (command) =>
    command
      .description('install the git diff driver for drafts: `git diff`, `git log -p` and `git show` show clause-aligned word diffs')
      .option('--command <command>', 'how git should run redline (default: this redline, by absolute path)')
      .addHelpText(
        'after',
        `
Writes "drafts/*.md diff=${DRIVER}" to .gitattributes and, in .git/config:
  diff.${DRIVER}.command   <redline> git-diff       (git diff; git log -p --ext-diff)
  diff.${DRIVER}.textconv  <redline> git-textconv   (git log -p, git show: one line per clause)

Examples:
  redline git-setup
  redline git-setup --command "npx redline"
`,
      ),
  options: (_args: [], flags: GitSetupOptions) => flags,
  load: async () => (await import('./commands/git-setup.js')).gitSetupCommand,
});

const gitDiff = define({
  name: 'git-diff',
  hidden: true,
  usage: (command) =>
    command
      .description('called by git as the external diff of drafts: path old-file old-hex old-mode new-file new-hex new-mode')
      .argument('<args...>')
      .addHelpText('after', '\nExample:\n  redline git-diff drafts/seed.md /tmp/seed-old.md 1a2b3c4 100644 drafts/seed.md 5d6e7f8 100644   # as git diff calls it\n'),
  options: ([args]: [string[]]): GitDiffOptions => ({ args }),
  load: async () => (await import('./commands/git-setup.js')).gitDiffCommand,
});

const gitTextconv = define({
  name: 'git-textconv',
  hidden: true,
  usage: (command) =>
    command
      .description('called by git: a draft as one line per clause')
      .argument('<file>')
      .addHelpText('after', '\nExample:\n  redline git-textconv drafts/seed.md   # as git log -p and git show call it\n'),
  options: ([file]: [string]): GitTextconvOptions => ({ file }),
  load: async () => (await import('./commands/git-textconv.js')).gitTextconvCommand,
});

const round = define({
  name: 'round',
  usage: (command) =>
    command
      .description('start the next consultation round: the revised text becomes the draft with the same clause IDs; decided entries are archived with their round, pending ones carried over and re-anchored')
      .argument('[draft]', 'the draft (default: the only draft)')
      .option('--name <next>', "name of the next round's draft (default: the same name)")
      .option('--date <date>', 'the date the round closes (default: today)')
      .option('--json', 'print JSON: {round, next, draft, archived, carried: [{entry, edits: [{index, state, occurrence?}]}], added: [{id, entries}]}')
      .addHelpText(
        'after',
        '\nThe closed round is kept in feedback/<draft>/round-<n>/: its draft (draft.md), its entries as they stood (pending ones too), round.json.\n`redline build --round <n>` builds its outputs again; `redline diff feedback/<draft>/round-1/draft.md drafts/<draft>.md` is exact.\n\nExamples:\n  redline round seed\n  redline round seed --name seed-2\n',
      ),
  options: ([draft]: [string | undefined], flags: RoundFlags): RoundOptions => ({ draft, ...flags }),
  load: async () => (await import('./commands/round.js')).roundCommand,
});

const blame = define({
  name: 'blame',
  usage: (command) =>
    command
      .description('per clause: the entries whose adopted edits changed it, with unit, decision date, round and (in git) the commit that recorded the decision')
      .argument('[draft]', 'the draft (default: the only draft; then `redline blame c48` names the clause)')
      .argument('[clause]', 'a clause ID (c48) or display number (18); default: every changed clause')
      .option('--json', 'print JSON: [{clause, number, title, changes: [{round, entry, unit, change (changed, added, removed, references: only cross-references renumbered), moving? (for references: added, removed), decision, date?, by?, commit?: {hash, date, subject}}]}]')
      .addHelpText('after', '\nExamples:\n  redline blame seed c48\n  redline blame c48\n  redline blame seed --json\n'),
  options: ([draft, clause]: [string | undefined, string | undefined], flags: { json?: boolean }): BlameOptions => ({ draft, clause, ...flags }),
  load: async () => (await import('./commands/blame.js')).blameCommand,
});

/** The commands in the order `redline --help` lists them (git-diff and git-textconv are hidden). */
export const COMMANDS: readonly Registration[] = [init, importDraft, clauses, fmt, registerFeedback, propose, decide, review, build, check, status, diff, gitSetup, gitDiff, gitTextconv, round, blame];

/**
 * Gives commander the command that `first` (the first word on the command
 * line) names, or every command when it names none (`--help`, a typo that
 * commander answers with the names it knows): reading every command's usage
 * is most of a start's work in commander.
 */
export function registerCommands(program: Command, context: Context, first?: string): void {
  const named = COMMANDS.find((register) => register.commandName === first);
  for (const register of named ? [named] : COMMANDS) register(program, context);
}

function roundNumber(value: string): number {
  if (!/^[1-9]\d{0,3}$/u.test(value)) throw new InvalidArgumentError('a round is a number from 1');
  return Number(value);
}
