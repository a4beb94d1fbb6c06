// Preloaded with `node -r` by a test: records every file the process reads
// with fs.readFileSync or opens with fs.openSync into the file named by
// RECORD_READS, at exit, and every lstatSync as lstat:<path>. (The CLI's loader reads each chunk of dist/ with the
// first; drafts and entries are opened with the second.)
const fs = require('node:fs');
const read = fs.readFileSync;
const seen = [];
fs.readFileSync = function readFileSync(path, ...rest) {
  if (typeof path === 'string') seen.push(path);
  return read.call(this, path, ...rest);
};
const open = fs.openSync;
fs.openSync = function openSync(path, ...rest) {
  if (typeof path === 'string') seen.push(path);
  return open.call(this, path, ...rest);
};
const lstat = fs.lstatSync;
fs.lstatSync = function lstatSync(path, ...rest) {
  if (typeof path === 'string') seen.push(`lstat:${path}`);
  return lstat.call(this, path, ...rest);
};
process.on('exit', () => fs.writeFileSync(process.env.RECORD_READS, seen.join('\n')));
