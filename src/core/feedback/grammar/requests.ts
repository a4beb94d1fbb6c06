// The grammar: a sentence of tokens becomes the requests it makes, still
// independent of any draft. One rule per verb (the RULES table below; the
// rules are in rules/), each reading the tokens around its verb: what is
// quoted before it (the old text, an anchor, a title), the locator that
// applies, a position (后 / 前 / 末尾 / 中, after / before / at the end), a new
// unit (一条 / 一款 / 一项, new paragraph), 作为第X款, and the quoted new text.
// Why not a parser library (peggy, ohm, chevrotain): comments are prose with
// the request embedded in it, so a grammar of the whole input would need
// "skip anything" rules that backtrack, and a library adds load time to every
// command; reading a few tokens around each verb keeps the pass linear and
// the vocabulary data (vocabulary.ts) that an office can extend.
import type { Reference } from './locator.js';
import { withLeadIns } from './lead-in.js';
import { isWord, SentenceReader } from './sentence.js';
import type { Sentence, Tokenized } from './tokens.js';
import { VERBS, type NewUnit, type Word } from './vocabulary.js';
import { add, insertEnglish } from './rules/additions.js';
import { del, merge, redesignate, replace, reserve, rewrite, substitute } from './rules/text.js';
import { move } from './rules/moves.js';
import { make } from './rules/units.js';

/** Where a request applies: a locator (with the title quoted after it), and an opening quoted inside it. */
export interface Where {
  ref: Reference;
  /** A relative locator (第（七）项, paragraph (6)) is read inside this one. */
  within?: Reference;
  /** A quoted opening that picks a paragraph inside the located clause (“强力实施千百十亿工程。。。”责任单位增加…). */
  opening?: string;
  /** the definition of “Secretary”: the paragraph inside the located clause that defines this term. */
  definition?: string;
  /** 第三十九条中的“A”: the words are said to stand in the unit, so each time they stand there is meant (as amendment decisions mean 中). */
  inUnit?: true;
  /** 建议修改为：“…” with no place in the words: the place given with the comment (a 条款 column), as if named here; without one, this is what is not said. */
  unnamed?: string;
}

interface RequestBase {
  /** The words of the comment the request came from (offsets). */
  start: number;
  end: number;
  where?: Where;
}

export type Request = RequestBase &
  (
    /** atEnd: the words at the clause's end (strike the period at the end and insert “; and”). */
    /** nth: the occurrence of `old` the comment names (第二处“A”), counted through the unit named. */
    /** part: 第四章第二节的节名“A”, 第三章的章名中的“A”: the words in the unit's heading only, not in the units under it. */
    | { op: 'replace'; old: string; text: string; everywhere: boolean; atEnd?: true; nth?: number; part?: 'heading' }
    | { op: 'delete'; old: string; everywhere: boolean; atEnd?: true; nth?: number; part?: 'heading' }
    /** nth: the occurrence of `anchor` the comment names (after the second “A”), in the clause that holds it. */
    | { op: 'insert'; anchor: string; text: string; position: 'before' | 'after'; atEnd?: true; nth?: number }
    /** 删除“A”和“B”之间的“C”, 在“A”和“B”之间增加“C”: C (text) taken from, or added to, the words between A (anchor) and the B after it (until). */
    | { op: 'between'; anchor: string; until: string; text: string; change: 'delete' | 'insert' }
    /** “…卫生计生、。。。”增加食品安全: an item joins the quoted list. */
    | { op: 'list-insert'; anchor: string; item: string }
    /** position: 在第十三条后 / 前增加“…” (a sentence named takes the words after or before it). */
    | { op: 'append'; text: string; atEnd: boolean; position?: 'before' | 'after' }
    /** part: revising paragraph (b) introductory text, the section heading: that part only, the rest kept. */
    | { op: 'rewrite'; text: string; part?: 'introductory' | 'heading' }
    /** defines: add a definition of “Person”: a new definition of this term, put among the unit's definitions in their order. */
    | { op: 'add-clause'; unit: NewUnit | undefined; text: string; relation?: 'before' | 'after' | 'inside'; as?: Reference; defines?: string }
    | { op: 'remove-clause' }
    /** 将第十条移至第八条之后 (to, position), 移至…，作为第九条 (as): the unit named taken to its new place. */
    | { op: 'move'; to?: { ref: Reference; within?: Reference }; position?: 'before' | 'after'; as?: Reference }
    | { op: 'units'; role: 'lead' | 'responsible'; change: 'add' | 'remove' | 'set'; names: string[] }
    /** redesignate paragraphs (5) through (9) as …: follows from renumbering, no edit of its own. */
    | { op: 'redesignate' }
  );

/** A request before the words it came from are known. */
export type RequestFields = Request extends infer R ? (R extends unknown ? Omit<R, 'start' | 'end'> : never) : never;

/** Words of a sentence that ask for something the grammar could not read, and why. */
export interface GrammarProblem {
  start: number;
  end: number;
  reason: string;
}

export interface SentenceReading {
  sentence: Sentence;
  requests: Request[];
  problems: GrammarProblem[];
  /** The sentence asks (？, 如何, please clarify), argues against a change (不建议删除…, we oppose striking …) or remarks without a request. */
  kind: 'request' | 'question' | 'clarify' | 'against' | 'remark';
  /** A locator that heads the sentence before a colon (第十二条：…): the place later sentences speak of. */
  heading?: Reference;
}

/** A rule reads the request around the verb at v and returns the last token it used; one before v: the word was no verb there (should be extended). */
type Rule = (reader: SentenceReader, v: number) => number;

/** Each verb's rule: the grammar's table. */
const RULES: Record<'zh' | 'en', Partial<Record<Word, Rule>>> = {
  zh: { replace, delete: del, add, rewrite, substitute, redesignate, make, merge, move },
  en: { replace, delete: del, add: insertEnglish, rewrite, substitute, redesignate, make, reserve },
};

export function readSentences(tokenized: Tokenized, lang: 'zh' | 'en'): SentenceReading[] {
  // (Chinese numbers a comment's parts with locators, （一）, read by dropListNumber: no lead-ins.)
  const sentences = lang === 'en' ? withLeadIns(tokenized) : tokenized.sentences;
  return sentences.map((sentence) => readSentence(new SentenceReader(tokenized, sentence, lang)));
}

function readSentence(r: SentenceReader): SentenceReading {
  const t = r.t;
  let against = false;
  // Reasons ask for no change of their own (理由：该内容已并入新增的条款; …，因为…已在新增的条款中规定): their
  // verbs are passed over, up to the next request: after 建议 or 并 / 同时 / and, or, for 因为 / 由于, a comma.
  let reasons: 'to-request' | 'to-comma' | undefined;
  for (let v = 0; v < t.length; v++) {
    const token = t[v]!;
    if (token.kind === 'word' && token.word === 'because') {
      const kind = reasonKind(r, v);
      if (kind) {
        reasons = kind;
        continue;
      }
    }
    if (reasons) {
      if (opensRequest(r, v) || (reasons === 'to-comma' && token.kind === 'comma')) reasons = undefined;
      else continue;
    }
    const rule = token.kind === 'word' ? RULES[r.lang][token.word] : undefined;
    if (!rule) continue;
    if (negated(r, v)) {
      against = true;
      continue;
    }
    const before = r.requests.length;
    const end = rule(r, v);
    if (end < v) continue;
    if (r.requests.length === before && r.reportedTo <= t[v]!.start) r.problem(v, end, 'the wording around the verb was not understood');
    v = Math.max(v, end);
    r.from = v + 1;
  }
  const reading: SentenceReading = { sentence: r.sentence, requests: r.requests, problems: r.problems, kind: against && r.requests.length === 0 && r.problems.length === 0 ? 'against' : kindOf(r) };
  const first = t[0];
  if (first?.kind === 'locator' && t[1]?.kind === 'colon' && first.refs.length === 1) reading.heading = first.refs[0]!;
  return reading;
}

/** 建议…, 并将…, 同时删除…, and in section 3 strike: words that open another request (并入, 同时期, the 可 of 许可 do not). */
function opensRequest(r: SentenceReader, v: number): boolean {
  const token = r.t[v]!;
  if (isWord(token, 'suggest')) return /^(?:建议|请|suggest|recommend)/iu.test(r.source.comment.slice(token.start, token.end));
  if (!isWord(token, 'and')) return false;
  const next = r.t[v + 1];
  return next?.kind === 'locator' || (next?.kind === 'word' && (VERBS.has(next.word) || next.word === 'object' || next.word === 'at' || next.word === 'in' || next.word === 'suggest'));
}

/**
 * 理由：… / 理由是… / Rationale: …: reasons that run on to the next request;
 * 因为… / 由于… / because … opening a sentence or a clause: reasons up to the
 * next comma. Elsewhere the words are the text's (无正当理由, 等原因, 由于该原因).
 */
function reasonKind(r: SentenceReader, v: number): 'to-request' | 'to-comma' | undefined {
  const token = r.t[v]!;
  const words = r.source.comment.slice(token.start, token.end);
  if (r.t[v + 1]?.kind === 'colon' || words.endsWith('是')) return 'to-request';
  if (/^(?:因为|由于|because)$/iu.test(words) && (v === 0 || r.t[v - 1]!.kind === 'comma')) return 'to-comma';
  return undefined;
}

/** Words that may stand between a negation and its verb: 不建议将第五条“A”删除, we oppose any proposal to strike. */
const BETWEEN: ReadonlySet<Word> = new Set<Word>(['object', 'suggest', 'noise', 'at', 'in', 'everywhere', 'to', 'of']);
/** English puts a few plain words between them (we oppose any proposal to strike); Chinese none. */
const PLAIN_WORDS = { zh: 0, en: 3 };

/** Whether the verb at v is argued against: 不建议删除, 反对将“A”改为“B”, don't strike, we oppose any proposal to strike. */
function negated(r: SentenceReader, v: number): boolean {
  let plain = 0;
  for (let k = v - 1; k >= 0; k--) {
    const token = r.t[k]!;
    if (token.kind === 'word' && token.word === 'against') return true;
    if (token.kind === 'quote' || token.kind === 'locator' || (token.kind === 'word' && BETWEEN.has(token.word))) continue;
    if (token.kind === 'text' && plain++ < PLAIN_WORDS[r.lang]) continue;
    return false;
  }
  return false;
}

function kindOf(r: SentenceReader): SentenceReading['kind'] {
  const first = (word: Word) => r.t.findIndex((x) => x.kind === 'word' && x.word === word);
  if (r.requests.length > 0 || r.problems.length > 0) return 'request';
  if (r.sentence.question) return 'question';
  // HHS should explain how it will …, 建议明确如何认定: the question word is what to explain (no ？), the sentence asks
  // for clarification; …的范围如何界定 asks before its clarify word, a question.
  const question = first('question');
  const clarify = first('clarify');
  if (clarify !== -1 && (question === -1 || clarify < question)) return 'clarify';
  if (question !== -1) return 'question';
  return 'remark';
}
