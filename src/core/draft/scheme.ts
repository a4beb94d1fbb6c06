// The numbering scheme detected at import: which styles run on across their
// parents (the seed's action items 1–24 continue from section to section)
// rather than restarting at 1. The build renumbers by it.
import type { Clause } from './clause.js';
import type { ContinuousNumbering } from './format.js';

export function detectContinuous(clauses: readonly Clause[]): ContinuousNumbering[] {
  // Runs of siblings of one style at one level, in document order.
  const runs = new Map<string, Array<{ parent: string | null; first: number; last: number }>>();
  for (const clause of clauses) {
    const marker = clause.marker;
    if (!marker || marker.value === null) continue;
    const key = `${marker.style}\u0000${clause.level}`;
    const list = runs.get(key) ?? [];
    const current = list.at(-1);
    if (current && current.parent === clause.parent) current.last = marker.value;
    else list.push({ parent: clause.parent, first: marker.value, last: marker.value });
    runs.set(key, list);
  }
  const continuous: ContinuousNumbering[] = [];
  for (const [key, list] of runs) {
    if (list.length < 2) continue;
    let runOn = 0;
    let restart = 0;
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.first === list[i - 1]!.last + 1) runOn++;
      else if (list[i]!.first === 1) restart++;
    }
    if (runOn > 0 && runOn >= restart) {
      const [style, level] = key.split('\u0000');
      continuous.push({ style: style!, level: Number(level) });
    }
  }
  return continuous;
}
