// The core says what is wrong; the shell says which command or flag mends it.
import type { Problem } from '../core/problem.js';

/** How to mend a problem of each rule from the command line. */
const HINTS = new Map<string, string>([
  ['missing-id', '`redline fmt` assigns one'],
  ['unknown-encoding', 'pass --encoding if you know it'],
]);

/** The problem's reason, with the command that mends it where there is one. */
export function reasonWithHint(problem: Problem): string {
  const hint = problem.ruleId ? HINTS.get(problem.ruleId) : undefined;
  return hint ? `${problem.reason}; ${hint}` : problem.reason;
}
