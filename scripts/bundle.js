// Bundles the CLI into one file: resolving many small ESM files costs more at
// startup than the code itself (GUIDE: ~206 ms unbundled vs ~90 ms bundled).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/redline.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // Some dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  // exceljs (Excel import only) is large: loaded from node_modules when a workbook is read, not at every start.
  external: ['exceljs'],
});
