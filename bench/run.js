// npm run bench: `redline build` and `propose` on the Civil Code (1,260
// articles, ~117k characters) with 1k, 5k and 10k adopted feedback entries,
// each run as a fresh process, against `node -e 0` measured in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/redline.js');
const corpus = join(root, 'test/fixtures/corpus/lawbasecn/minfadian_civil_code.md');
const runs = Number(process.env.BENCH_RUNS ?? 5);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args, cwd) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  }
  return median(samples);
}

/** A workspace with the Civil Code and n adopted entries, each replacing a real phrase of one article. */
function workspace(n) {
  const dir = mkdtempSync(join(tmpdir(), 'redline-bench-'));
  execFileSync(process.execPath, [bin, 'init'], { cwd: dir });
  execFileSync(process.execPath, [bin, 'import', corpus, '--name', 'civil'], { cwd: dir });
  const clauses = JSON.parse(execFileSync(process.execPath, [bin, 'clauses', '--json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 }));
  const articles = clauses.filter((c) => /^第.+条$/.test(c.number) && c.text.length > 20);
  mkdirSync(join(dir, 'feedback/civil'), { recursive: true });
  for (let i = 0; i < n; i++) {
    // Spread over the articles; each article's entries take different words, so most do not overlap.
    const article = articles[(i * 7919) % articles.length];
    const round = Math.floor(i / articles.length);
    const at = Math.min(article.text.length - 4, 2 + round * 5);
    const quote = article.text.slice(at, at + 3);
    const edit = `  - op: replace\n    clause: ${article.id}\n    quote: ${JSON.stringify(quote)}\n    occurrence: ${countBefore(article.text, quote, at) + 1}\n    text: ${JSON.stringify(`${quote}（修改${i}）`)}\n`;
    writeFileSync(
      join(dir, `feedback/civil/${i + 1}.yaml`),
      `id: "${i + 1}"\nunit: 单位${i % 50}\ncomment: 建议修改第${article.number}\nedits:\n${edit}decision:\n  status: adopted\n`,
    );
  }
  return dir;
}

function countBefore(text, quote, at) {
  let n = 0;
  for (let i = text.indexOf(quote); i !== -1 && i < at; i = text.indexOf(quote, i + 1)) n++;
  return n;
}

const baseline = time(['-e', '0'], root);
console.log(`node -e 0: ${baseline.toFixed(0)} ms (median of ${runs})`);
console.log('entries | build ms | beyond node ms | propose --format json ms');
for (const n of [1000, 5000, 10000]) {
  const dir = workspace(n);
  // Some generated entries overlap: their conflicts are listed, the rest published.
  const build = time([bin, 'build', '--allow-unapplied'], dir);
  const propose = time([bin, 'propose', '--format', 'json'], dir);
  console.log(`${String(n).padStart(7)} | ${build.toFixed(0).padStart(8)} | ${(build - baseline).toFixed(0).padStart(14)} | ${propose.toFixed(0).padStart(8)}`);
  rmSync(dir, { recursive: true, force: true });
}
