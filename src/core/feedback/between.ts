// 删除“A”和“B”之间的“C”, 在“A”和“B”之间增加“C”: the words from A to the B
// after it (in one sentence) as they stand, and what they become. C goes
// where it alone is between them: taken away where it stands once between
// them, whatever else does; added right after A only where nothing but the
// word that joins A to B (和, 及, 与, 、 …) stands there, which leaves no doubt
// where. Anything else is asked about.
import { occurrences } from '../text/strings.js';

interface Between {
  anchor: string;
  until: string;
  text: string;
  change: 'delete' | 'insert';
}

/** The words A … B stand as (one way wherever they stand) and what they become; `absent` where A is nowhere followed by B. */
type BetweenChange = { old: string; text: string } | { problem: string } | { absent: true };

/** Nothing, or a word that joins A to B: the place right after A is then the one place between them. */
const JOINER = /^(?:和|及|与|或|或者|以及|、|，|,)?$/u;
/** A and B stand in one sentence: their words never run past one. */
const SENTENCE_END = /[。；;！？!?\n]/u;

export function betweenChange(request: Between, texts: readonly string[]): BetweenChange {
  const { anchor: a, until: b, text: c } = request;
  if (a === '' || b === '' || c === '') return { problem: 'a quote is empty' };
  const middles = new Set<string>();
  for (const text of texts) {
    for (const at of occurrences(text, a)) {
      const end = text.indexOf(b, at + a.length);
      const middle = end === -1 ? undefined : text.slice(at + a.length, end);
      if (middle !== undefined && !SENTENCE_END.test(middle)) middles.add(middle);
    }
  }
  if (middles.size === 0) return { absent: true };
  const deleting = request.change === 'delete';
  const fit = [...middles].filter((middle) => (deleting ? occurrences(middle, c).length === 1 : JOINER.test(middle)));
  if (fit.length === 1) {
    const middle = fit[0]!;
    return { old: a + middle + b, text: deleting ? a + middle.replace(c, () => '') + b : a + c + middle + b };
  }
  const words = (fit.length > 0 ? fit : [...middles]).map((middle) => `“${a}${middle}${b}”`).join(', ');
  if (fit.length > 1) return { problem: `“${a}” and “${b}” stand ${fit.length} ways (${words}): quote the words meant` };
  if (!deleting) return { problem: `other words stand between “${a}” and “${b}” (${words}): quote the words “${c}” goes after` };
  const counts = new Set([...middles].map((middle) => occurrences(middle, c).length));
  const times = counts.size === 1 && !counts.has(0) ? `stands ${[...counts][0]} times` : counts.size === 1 ? 'is not' : 'does not stand once';
  return { problem: `“${c}” ${times} between “${a}” and “${b}” (${words}): quote the words to delete` };
}
