// npm run bench: redline's start-up, build, propose and diff on the Civil Code
// (1,260 articles, ~117k characters) and on a ten-times draft (~1.2M
// characters), each run as a fresh process, beside baselines measured in the
// same run: `node -e 0`, git's word diff of the same pair, and the previous
// commit's build of redline (BENCH_BASE=<rev>, default HEAD~1) where it runs.
// Every figure is the median of BENCH_RUNS runs (default 5), after one
// untimed warm-up run of each job (which fills the OS's file cache and
// redline's entry cache, as any second run on a clerk's machine finds them;
// the 10k build is also timed without the entry cache, as a fresh clone's);
// peak memory is the largest maximum resident set seen.
//
// The environment is part of every figure: NODE_EXTRA_CA_CERTS makes each
// node start read and parse that certificate file before any script runs
// (about 60 ms per start on the development VM, where it is set), and
// NODE_OPTIONS can add flags. Where either is set, the bench says so and
// times `node -e 0` without them too; BENCH_CLEAN_ENV=1 runs every job
// without them, as on a usual machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/redline.js');
const corpus = join(root, 'test/fixtures/corpus/lawbasecn/minfadian_civil_code.md');
const seedPage = join(root, 'test/fixtures/seed-page.txt');
const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const scratch = mkdtempSync(join(tmpdir(), 'redline-bench-'));
/** Variables that change what every node start costs, whatever the script. */
const STARTUP_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'].filter((name) => process.env[name]);
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !STARTUP_VARIABLES.includes(name)));
const jobEnv = process.env.BENCH_CLEAN_ENV === '1' ? cleanEnv : process.env;
const hasTime = existsSync('/usr/bin/time');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One timed run: wall time (ms) and peak RSS (MB). */
function once({ command, args, cwd, okCodes = [0, 1], env, replaceEnv = false }) {
  const [file, argv] = hasTime ? ['/usr/bin/time', ['-f', '%M', command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, env: replaceEnv ? env : env ? { ...jobEnv, ...env } : jobEnv });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!okCodes.includes(result.status)) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(-500)}`);
  return { ms, mb: hasTime ? Number(/(\d+)\s*$/.exec(String(result.stderr))?.[1] ?? 0) / 1024 : 0 };
}

/**
 * Median wall time and peak memory of each job, the jobs interleaved round by
 * round so that a change in the machine's load falls on all of them alike.
 * A missing job (no previous commit) gives undefined.
 */
function measure(...jobs) {
  const samples = jobs.map(() => []);
  const peaks = jobs.map(() => 0);
  for (const job of jobs) if (job) once(job);
  for (let i = 0; i < runs; i++) {
    jobs.forEach((job, k) => {
      if (!job) return;
      const { ms, mb } = once(job);
      samples[k].push(ms);
      peaks[k] = Math.max(peaks[k], mb);
    });
  }
  return jobs.map((job, k) => (job ? { ms: median(samples[k]), mb: peaks[k] } : undefined));
}

const nodeJob = (args, cwd, okCodes) => ({ command: process.execPath, args, cwd, ...(okCodes ? { okCodes } : {}) });
const ANY = [0, 1, 2];
const run = (cliBin, args, cwd) => execFileSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });

/** The previous commit's CLI, bundled in a detached worktree that shares node_modules. */
function baseBin() {
  const rev = process.env.BENCH_BASE ?? 'HEAD~1';
  const dir = join(scratch, 'base');
  try {
    execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', '--quiet', dir, rev], { stdio: 'ignore' });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    execFileSync(process.execPath, [join(dir, 'scripts/bundle.js')], { cwd: dir, stdio: 'ignore' });
    const sha = execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    return { bin: join(dir, 'bin/redline.js'), label: `${rev} (${sha})`, dir };
  } catch {
    return undefined;
  }
}

function removeBase(base) {
  if (!base) return;
  spawnSync('git', ['-C', root, 'worktree', 'remove', '--force', base.dir], { stdio: 'ignore' });
}

/** A workspace with one draft imported from `source` and n adopted entries, each replacing a real phrase of one article. */
function workspace(name, source, n, cliBin = bin) {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  run(cliBin, ['init'], dir);
  run(cliBin, ['import', source, '--name', 'civil'], dir);
  const clauses = JSON.parse(run(cliBin, ['clauses', '--json'], dir));
  const articles = clauses.filter((c) => /^第.+条$/.test(c.number) && c.text.length > 20);
  mkdirSync(join(dir, 'feedback/civil'), { recursive: true });
  // Slots that never overlap: round r takes three characters at 2 + 5r of every article long enough.
  const slots = [];
  for (let round = 0; slots.length < n && round < 1000; round++) {
    for (const article of articles) if (2 + round * 5 + 3 <= article.text.length - 1) slots.push({ article, at: 2 + round * 5 });
  }
  for (let i = 0; i < n; i++) {
    const { article, at } = slots[i];
    const quote = article.text.slice(at, at + 3);
    const edit = `  - op: replace\n    clause: ${article.id}\n    quote: ${JSON.stringify(quote)}\n    occurrence: ${countBefore(article.text, quote, at) + 1}\n    text: ${JSON.stringify(`${quote}（修改${i}）`)}\n`;
    writeFileSync(
      join(dir, `feedback/civil/${i + 1}.yaml`),
      `id: "${i + 1}"\nunit: 单位${i % 50}\ncomment: 建议修改${article.number}\nedits:\n${edit}decision:\n  status: adopted\n`,
    );
  }
  // The entry cache stores no file written in the last two seconds (its mtime could yet repeat): wait them out.
  if (n > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
  return dir;
}

function countBefore(text, quote, at) {
  let n = 0;
  for (let i = text.indexOf(quote); i !== -1 && i < at; i = text.indexOf(quote, i + 1)) n++;
  return n;
}

/** The Civil Code ten times over, each copy under its own top heading: about 1.2M characters. */
function tenfoldSource() {
  const text = readFileSync(corpus, 'utf8').replace(/^# .*\n/u, '');
  const copies = Array.from({ length: 10 }, (_, i) => `# 第${'一二三四五六七八九十'[i]}卷\n\n${text.replace(/^(#+) /gmu, '#$1 ')}`);
  const path = join(scratch, 'civil-x10.md');
  writeFileSync(path, `# 民法典（十卷）\n\n${copies.join('\n\n')}`);
  return path;
}

/** A copy of a draft file with `count` articles changed (one character inserted), for diffs. */
function changedCopy(draftFile, count, out) {
  const lines = readFileSync(draftFile, 'utf8').split('\n');
  const articles = lines.map((l, i) => (/^(\*\*)?第.+条/u.test(l) ? i : -1)).filter((i) => i >= 0);
  const step = Math.max(1, Math.floor(articles.length / count));
  let changed = 0;
  for (let k = 0; k < articles.length && changed < count; k += step, changed++) {
    const i = articles[k];
    const line = lines[i];
    const at = Math.floor(line.length / 2);
    lines[i] = `${line.slice(0, at)}应当${line.slice(at + 1)}`;
  }
  writeFileSync(out, lines.join('\n'));
  return changed;
}

/** A copy of a draft file with `count` clauses removed and as many new ones added elsewhere, spread over the draft. */
function addedAndRemoved(draftFile, count, out) {
  const text = readFileSync(draftFile, 'utf8');
  const start = text.indexOf('\n<!-- #') + 1;
  const units = text.slice(start).split(/\n(?=<!-- #)/u);
  const step = Math.floor(units.length / (2 * count + 1));
  for (let k = 2 * count; k >= 1; k--) {
    if (k % 2 === 0) units.splice(k * step, 1);
    else units.splice(k * step, 0, `<!-- #added${k} -->\n新增的条文${k}。\n`);
  }
  writeFileSync(out, text.slice(0, start) + units.join('\n'));
  return count;
}

const gitWordDiff = (a, b) => ({ command: 'git', args: ['diff', '--no-index', '--no-color', '--word-diff=plain', '--word-diff-regex=.', a, b], cwd: scratch, okCodes: [0, 1] });

const rows = [];
const fmt = (m) => (m === undefined ? '—' : `${m.ms.toFixed(0)} ms`);
function row(figure, current, base, baselineNote, goal) {
  rows.push({ figure, current, base, baselineNote, goal });
  console.log(`${figure.padEnd(44)} ${fmt(current).padStart(9)} ${(current?.mb ? `${current.mb.toFixed(0)} MB` : '').padStart(7)} ${fmt(base).padStart(9)}   ${baselineNote ?? ''}${goal ? `  [goal ${goal}]` : ''}`);
}

const base = process.env.BENCH_BASE === 'none' ? undefined : baseBin();
try {
  console.log(`redline bench: medians of ${runs} fresh processes; previous = ${base?.label ?? 'not available'}`);
  if (STARTUP_VARIABLES.length > 0) console.log(`environment: ${STARTUP_VARIABLES.join(', ')} ${jobEnv === cleanEnv ? 'removed for every job (BENCH_CLEAN_ENV=1)' : 'set, as given, for every job (BENCH_CLEAN_ENV=1 removes them)'}`);
  console.log(`${'figure'.padEnd(44)} ${'now'.padStart(9)} ${'peak'.padStart(7)} ${'previous'.padStart(9)}   baseline`);

  // Start-up, each figure beside node -e 0 measured in the same rounds.
  const seedDir = join(scratch, 'seed');
  mkdirSync(seedDir);
  run(bin, ['init'], seedDir);
  run(bin, ['import', seedPage, '--name', 'seed'], seedDir);
  // Status keeps its counts only for files settled two seconds (as the entry cache): wait them out, so that the warm-up run keeps them, as a clerk's earlier status did.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
  let nodeZero;
  for (const [figure, args, factor, env] of [
    ['redline --version', ['--version'], 1.5],
    ['redline --help', ['--help'], 1.5],
    ['redline status (seed)', ['status'], 2],
    ['redline status (seed), no cache', ['status'], undefined, { REDLINE_CACHE: 'off' }],
  ]) {
    const job = (cliBin, okCodes) => ({ ...nodeJob([cliBin, ...args], seedDir, okCodes), ...(env ? { env } : {}) });
    const [zero, now, before] = measure(nodeJob(['-e', '0'], seedDir), job(bin), base && job(base.bin, ANY));
    if (!nodeZero) {
      row('node -e 0', zero, undefined, '(the floor)');
      if (STARTUP_VARIABLES.length > 0 && jobEnv !== cleanEnv) {
        const [clean] = measure({ ...nodeJob(['-e', '0'], seedDir), env: cleanEnv, replaceEnv: true });
        row(`node -e 0 without ${STARTUP_VARIABLES.join(', ')}`, clean, undefined, `each start here costs ${(zero.ms - clean.ms).toFixed(0)} ms more with them`);
      }
    }
    nodeZero ??= zero;
    row(figure, now, before, `${(now.ms / zero.ms).toFixed(2)}× node -e 0 (${zero.ms.toFixed(0)} ms in these rounds)`, factor ? `≤ ${factor}×` : 'REDLINE_CACHE=off: the first status after a change');
  }

  // Build at 1k and 10k entries on the Civil Code, and 1k on the ten-times draft.
  const builds = {};
  for (const n of [1000, 10000]) {
    const dir = workspace(`civil-${n}`, corpus, n);
    const [now, before] = measure(nodeJob([bin, 'build'], dir), base && nodeJob([base.bin, 'build'], dir, ANY));
    builds[n] = now;
    row(`build, Civil Code + ${n} entries`, builds[n], before, `${(builds[n].ms - nodeZero.ms).toFixed(0)} ms beyond node`, n === 10000 ? '≤ 500 ms, ≤ 300 MB' : undefined);
    if (n === 10000) {
      // A first build on a fresh clone finds no entry cache: every entry file is parsed.
      const cold = { ...nodeJob([bin, 'build'], dir), env: { REDLINE_CACHE: 'off' } };
      const [uncached] = measure(cold);
      row(`build, ${n} entries, no entry cache`, uncached, undefined, `REDLINE_CACHE=off: a fresh clone's first build`);
      const [propose, proposeBefore] = measure(nodeJob([bin, 'propose', '--format', 'json'], dir), base && nodeJob([base.bin, 'propose', '--format', 'json'], dir, ANY));
      row(`propose --format json, ${n} entries`, propose, proposeBefore);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const tenfold = tenfoldSource();
  const bigDir = workspace('civil-x10-1000', tenfold, 1000);
  const [bigBuild] = measure(nodeJob([bin, 'build'], bigDir));
  row('build, 10× draft + 1000 entries', bigBuild, undefined);

  // Diffs against git's word diff of the same pair.
  const civilDraft = join(bigDir, '..', 'civil-pair');
  mkdirSync(civilDraft);
  const small = workspace('civil-diff', corpus, 0);
  const smallOld = join(small, 'drafts/civil.md');
  const smallNew = join(civilDraft, 'civil-changed.md');
  const changedSmall = changedCopy(smallOld, 1000, smallNew);
  const [smallZero, smallGit, smallDiff, smallDiffBefore] = measure(
    nodeJob(['-e', '0'], small),
    gitWordDiff(smallOld, smallNew),
    nodeJob([bin, 'diff', smallOld, smallNew], small),
    base && nodeJob([base.bin, 'diff', smallOld, smallNew], small, ANY),
  );
  row(`diff, Civil Code, ${changedSmall} articles changed`, smallDiff, smallDiffBefore, `git word-diff ${smallGit.ms.toFixed(0)} ms, node -e 0 ${smallZero.ms.toFixed(0)} ms`, `≤ node + 2× git = ${(smallZero.ms + 2 * smallGit.ms).toFixed(0)} ms`);
  const bigOld = join(bigDir, 'drafts/civil.md');
  const bigNew = join(civilDraft, 'civil-x10-changed.md');
  const changedBig = changedCopy(bigOld, 1000, bigNew);
  const [bigGit, bigDiff, bigDiffBefore] = measure(gitWordDiff(bigOld, bigNew), nodeJob([bin, 'diff', bigOld, bigNew], bigDir), base && nodeJob([base.bin, 'diff', bigOld, bigNew], bigDir, ANY));
  row(`diff, 10× draft, ${changedBig} articles changed`, bigDiff, bigDiffBefore, `git word-diff ${bigGit.ms.toFixed(0)} ms`, `≤ 2× git = ${(2 * bigGit.ms).toFixed(0)} ms`);
  // The same, with clauses added and removed too: the IDs no longer line up one to one.
  const bigAdded = join(civilDraft, 'civil-x10-added.md');
  const added = addedAndRemoved(bigNew, 10, bigAdded);
  const [addedGit, addedDiff, addedDiffBefore] = measure(gitWordDiff(bigOld, bigAdded), nodeJob([bin, 'diff', bigOld, bigAdded], bigDir), base && nodeJob([base.bin, 'diff', bigOld, bigAdded], bigDir, ANY));
  row(`diff, 10× draft, also ${added} added, ${added} removed`, addedDiff, addedDiffBefore, `git word-diff ${addedGit.ms.toFixed(0)} ms`);

  // Comment wording on one huge comment: 128 KB and 1 MB (the Civil Code pasted in, unclosed quotes, runs of numerals).
  const civilText = readFileSync(join(root, 'test/fixtures/corpus/lawbasecn/minfadian_civil_code.txt'), 'utf8');
  const hugeComment = `${civilText.repeat(9)}${'“第三条改为'.repeat(20_000)}${'一'.repeat(50_000)}`;
  const commentTimes = {};
  for (const [label, size] of [['128 KB', 1 << 17], ['1 MB', 1 << 20]]) {
    const dir = workspace(`comment-${size}`, corpus, 0);
    writeFileSync(join(dir, 'comments.csv'), `序号,单位,意见\n1,某单位,"${hugeComment.slice(0, size).replace(/"/gu, '""')}"\n`);
    // Each run imports into a fresh copy of the entry folder: the same row twice would be skipped as known.
    const [took] = measure({ command: 'bash', args: ['-c', `rm -rf feedback/civil && ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} feedback import comments.csv`], cwd: dir });
    commentTimes[size] = took;
    row(`feedback import, one ${label} comment`, took, undefined, `${(took.ms - nodeZero.ms).toFixed(0)} ms beyond node`, size === 1 << 20 ? '1 MB well under 1 s of parsing' : undefined);
  }

  console.log('\nscaling');
  console.log(`  8× comment (128 KB → 1 MB): feedback import × ${((commentTimes[1 << 20].ms - nodeZero.ms) / (commentTimes[1 << 17].ms - nodeZero.ms)).toFixed(2)} beyond node  [linear is 8×]`);
  console.log(`  10× entries (1k → 10k): build time × ${((builds[10000].ms - nodeZero.ms) / (builds[1000].ms - nodeZero.ms)).toFixed(2)} beyond node  [goal ≤ 10×]`);
  console.log(`  10× draft (1k entries):  build time × ${((bigBuild.ms - nodeZero.ms) / (builds[1000].ms - nodeZero.ms)).toFixed(2)} beyond node  [goal ≤ 10×]`);
} finally {
  removeBase(base);
  rmSync(scratch, { recursive: true, force: true });
}
