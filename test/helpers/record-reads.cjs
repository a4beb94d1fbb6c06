// Preloaded with `node -r` by a test: records every file the process reads
// with fs.readFileSync into the file named by RECORD_READS, at exit. (The
// CLI's loader reads each chunk of dist/ this way.)
const fs = require('node:fs');
const read = fs.readFileSync;
const seen = [];
fs.readFileSync = function readFileSync(path, ...rest) {
  if (typeof path === 'string') seen.push(path);
  return read.call(this, path, ...rest);
};
process.on('exit', () => fs.writeFileSync(process.env.RECORD_READS, seen.join('\n')));
