#!/usr/bin/env node
import('../dist/redline.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/redline.js')) {
    process.stderr.write('redline: the CLI is not built yet; run `npm ci` (or `npm run build`) first.\n');
    process.exit(2);
  }
  throw error;
});
