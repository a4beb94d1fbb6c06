import { build } from 'esbuild';
const r = await build({ entryPoints: { bin: 'src/cli/bin.ts', main: 'src/cli/main.ts' }, outdir: 'distmeta', outExtension: { '.js': '.cjs' }, chunkNames: 'chunks/[name]-[hash]', bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', external: ['exceljs'], metafile: true, write: false, define: { __REDLINE_BUILD__: '"x"' } });
const outs = r.metafile.outputs;
const start = Object.keys(outs).find((k) => new RegExp(`chunks/${process.argv[2]}-`).test(k));
const seen = new Set(); const stack = [start];
while (stack.length) { const k = stack.pop(); if (seen.has(k)) continue; seen.add(k); for (const i of outs[k]?.imports ?? []) if (i.kind === 'import-statement') stack.push(i.path); }
for (const k of seen) { const o = outs[k]; if (!o) { continue; } console.log(k.split('/').pop(), o.bytes, Object.keys(o.inputs).map(f=>f.replace(/node_modules\/((@[^/]+\/)?[^/]+).*/, 'nm:$1')).filter((v,i,a)=>a.indexOf(v)===i).join(' ').slice(0, 700)); }
