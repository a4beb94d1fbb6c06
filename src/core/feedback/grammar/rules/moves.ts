// The rule for moving a unit: 将第十条移至第八条之后, 调整至第四条之前,
// 移至…，作为第九条. The request names the unit moved (`where`) and its new
// place; resolve.ts says it, and makes no edit of it (MOVE_NOT_MADE). Words
// moved (将“A”移至“B”之后) or a unit moved to a place not named by number are
// requests too: said, never a remark.
import type { Reference } from '../locator.js';
import { isWord, REACH, type SentenceReader } from '../sentence.js';
import type { Token } from '../tokens.js';
import { replace } from './text.js';

type LocatorToken = Extract<Token, { kind: 'locator' }>;

/** 放在, 置于: verbs that move only a unit named by number (应把安全放在首位 moves nothing). */
const PUT = /^(?:放|置)/u;
/** 调整至, 调至: verbs that may also give new words for old (将“一万元”调整至“五万元”). */
const ADJUST = /^调/u;

/** 将第十条移至第八条之后, 将第十条调整至第四条之前，作为第四条, 将第十条移至…，作为第九条. */
export function move(r: SentenceReader, v: number): number {
  const t = r.t;
  const p = r.prev(v);
  const moved = t[p]?.kind === 'locator' && p >= r.from ? p : -1;
  const words = r.isQuote(p) && p >= r.from;
  if (moved === -1 && !words) {
    // 将有关内容移至附则: a move of something not named by number, asked about; 应把安全放在首位 is no move at all.
    const object = t.slice(Math.max(r.from, v - 4), v).some((x) => isWord(x, 'object'));
    return object && !PUT.test(r.text(v, v)) ? r.problem(v, v, 'what to move is neither named by its number (将第十条移至第八条之后) nor quoted') : v - 1;
  }
  // 将“一万元”调整至“五万元”: new words for old, no move.
  if (words && r.isQuote(r.next(v)) && ADJUST.test(r.text(v, v)) && !isWord(t[r.next(r.next(v))], 'after') && !isWord(t[r.next(r.next(v))], 'before')) return replace(r, v);
  // Where it goes: a unit and 之前 / 之后, or the number it takes (，作为第九条; 移至总则，作为第九条).
  const n = r.next(v);
  const to = t[n]?.kind === 'locator' ? n : -1;
  const w = to === -1 ? -1 : r.next(to);
  const position = isWord(t[w], 'after') ? 'after' : isWord(t[w], 'before') ? 'before' : undefined;
  let end = position ? w : to !== -1 ? to : v;
  let m = r.next(end, ['comma']);
  // (移至总则后部，作为第九条: words of a place not named by number, passed over to the number.)
  while (to === -1 && m < t.length && m < v + REACH && t[m]!.kind !== 'locator' && !isWord(t[m], 'as') && !r.isVerbAt(m) && !isWord(t[m], 'and')) m++;
  let as: Reference | undefined;
  if (isWord(t[m], 'as') && t[r.next(m)]?.kind === 'locator') {
    as = (t[r.next(m)] as LocatorToken).refs[0];
    end = r.next(m);
  }
  if (words) return r.problem(p, end, 'moving words is not made into edits: delete them and add them where they go', false);
  const source = t[moved] as LocatorToken;
  if (source.refs.length > 1) return r.problem(moved, end, 'several units moved at once: move each on its own', false);
  if (to === -1 && !as) return r.problem(v, end, 'where to move it is not said: 移至第X条之后 / 之前, or 作为第X条');
  const toRef = to === -1 ? undefined : (t[to] as LocatorToken).refs.length === 1 ? (t[to] as LocatorToken).refs[0] : undefined;
  if (to !== -1 && !position && !as) {
    // 移至第二章: where in it is not said.
    const part = toRef?.parts.at(-1)?.unit;
    const into = part === '编' || part === '分编' || part === '章' || part === '节' || part === '部分';
    return r.problem(v, end, into ? 'where in it is not said: name the article it goes before or after (移至第X条之后), or the number it takes (作为第X条)' : 'whether it goes before or after the unit named is not said (之前 / 之后)');
  }
  if (to !== -1 && !toRef) return r.problem(v, end, 'the place to move it to names several units: name one');
  const within = to === -1 ? undefined : r.outerLocator(to);
  return r.forEachRef(moved, v, end, [], (where) => ({
    op: 'move',
    ...(toRef && position ? { to: { ref: toRef, ...(within ? { within } : {}) }, position } : {}),
    ...(as ? { as } : {}),
    where,
  }));
}
