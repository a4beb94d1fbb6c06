import { build } from 'esbuild';
const r = await build({ entryPoints: { bin: 'src/cli/bin.ts', main: 'src/cli/main.ts' }, outdir: 'distmeta', outExtension: { '.js': '.cjs' }, chunkNames: 'chunks/[name]-[hash]', bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', external: ['exceljs'], metafile: true, write: false, define: { __REDLINE_BUILD__: '"x"' } });
const ins = r.metafile.inputs;
const target = process.argv[2];
const importers = Object.entries(ins).filter(([f, v]) => v.imports.some((i) => i.path.includes(target))).map(([f, v]) => f + ' ' + v.imports.filter(i=>i.path.includes(target)).map(i=>i.kind).join(','));
console.log(importers.join('\n'));
