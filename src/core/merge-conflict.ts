// The lines git leaves in a file it could not merge (<<<<<<< ours, =======,
// >>>>>>> theirs). In a draft they read as text (a clause holding both
// versions, a "=======" under a line turning it into a heading) and would be
// published as they are; in an entry's comment they pass unseen. So every
// reader of a draft or an entry refuses them first, at the first marker.
import { lineAt, problem, type Problem } from './problem.js';

// A marker line: seven of <, > or | (diff3's base) and then a space or the line's end, or
// git's separator alone, ======= (left behind when the rest was cleared; under a line of a
// draft it would make that line a heading). No real document of the corpus has one.
const MARKER = /^(?:(?:<{7}|>{7}|\|{7})(?: |\r?$)|={7}\r?$)/mu;

/** The problem of an unresolved merge in `text` (with "\n" or "\r\n" newlines), or undefined. */
export function mergeConflict(text: string, file: string): Problem | undefined {
  // (Two native searches settle nearly every file.)
  if (!text.includes('<<<<<<<') && !text.includes('>>>>>>>') && !text.includes('=======')) return undefined;
  const match = MARKER.exec(text);
  if (!match) return undefined;
  return problem('an unresolved merge conflict: git left its <<<<<<<, ======= and >>>>>>> lines here; keep one version, delete the marker lines, then run redline again', {
    file,
    line: lineAt(text, match.index),
    rule: 'merge-conflict',
  });
}
