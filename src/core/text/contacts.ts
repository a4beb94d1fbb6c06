// Contact details in a comment's own words (pure): the one rule that the
// import (which moves them to the entry's `contact`) and every published
// output (the feedback-response table) go through, so a comment typed in by
// hand, taken from an office's table or imported by an older redline is
// masked the same way as a fresh public one.
//
// What counts, and why each form is shaped as it is:
// - an 18-character 居民身份证号 (region, birth date, serial, check digit or X),
//   also written in groups 6-8-4: a date of birth inside keeps amounts,
//   statute and document numbers (which have none) out;
// - a mobile number, 11 digits from 13–19, bare or grouped 3-4-4 by spaces or
//   hyphens, with +86 / 86 before it or not. Wherever it stands: 13912345678元
//   and 第13912345678号 are masked too, since a phone is far likelier there
//   than an amount or document number of that shape, and publishing a phone
//   is the worse mistake (第56号, 〔2019〕4号 and 100000元 have no such shape);
// - a landline with its area code (0551-62345678, 0551 62345678), the code
//   also in brackets ((0551)62345678, （0551）6234 5678), the number grouped
//   4-4 or not;
// - a North American phone number, written with its separators ((305)
//   555-0142, 305-555-0142, 305.555.0142, +1 202 555 0100);
// - an e-mail address;
// - a QQ or WeChat account, only after the word QQ / 微信 (a bare 9-digit
//   number could be anything);
// - a home address, only after a marker that says it is one (家住, 住址：,
//   地址：, 我住在 …) and up to the end of that clause: 经营者的名称、地址 in a
//   statute has no marker and stays.
// Names are not masked: whether a commenter's name is published is the
// office's decision (the unit column), not this rule's.

/** Digits of one ID number or mobile, not glued to other digits or a decimal point. */
const ID = String.raw`(?<![\d.])[1-9]\d{5}[ -]?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ -]?\d{3}[\dXx](?![\dXx]|\.\d)`;
const MOBILE = String.raw`(?:(?<![\d.])\+?86[ -]?|(?<![\d.]))1[3-9]\d(?:\d{8}|[ -]\d{4}[ -]\d{4})(?!\d|\.\d)`;
const LANDLINE = String.raw`(?:(?<![\d.])0\d{2,3}[ -]|[(（]0\d{2,3}[)）][ -]?)(?:\d{7,8}|\d{3,4}[ -]\d{4})(?!\d|\.\d)`;
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** A North American number: (305) 555-0142, 305-555-0142, 305.555.0142, +1 202 555 0100, 1-800-555-0100; separators always, area and exchange not 0 or 1. */
const NANP_AREA = String.raw`(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .\-–])`;
const NANP = String.raw`(?:(?<![\w.+\-–])\+?1[ .\-–]?(?=[(2-9])|(?<![\w.(+\-–]))${NANP_AREA}[2-9]\d{2}[ .\-–]\d{4}(?!\w|[.\-–]\d)`;
/** The number or account itself, the marker before it kept in the text. */
const DIGITS = new RegExp(`${ID}|${MOBILE}|${LANDLINE}|${NANP}|${EMAIL}`, 'gu');
// (An account of letters holds a digit or _ (wx_abc123): “WeChat official accounts” names none.)
const ACCOUNT = /((?<![A-Za-z])[Qq]{2}(?:号码?)?|微信号?|WeChat(?: ID)?)(\s*(?:是|为)?\s*[:：]?\s*)([1-9]\d{4,11}|[A-Za-z](?=[-\w]*[\d_])[-\w]{5,19})(?![-\w])/gu;
// (家住 begins a word or follows 我 / 本人 / 他…, 我住在 begins one: 国家住房城乡建设部, 专家住宿 are no address; 住址 says one with a colon only, 以住址为准 none;
// an address never runs past a closing quotation mark.)
const ADDRESS = /((?<![^我人他她其\P{Script=Han}])家住|(?:家庭|通讯|联系|现)?(?:住址|地址)(?:是|为)?\s*[:：]|(?<!\p{Script=Han})我(?:家)?住在)(\s*)([^，,。；;！!？?\n”’」』》"']+)/gu;

/** What stands where a detail was: the office's wording, in each language. */
export const CONTACT_REMOVED = { zh: '〔联系方式已隐去〕', en: '[contact details removed]' } as const;

export interface Masked {
  /** The text with each contact detail replaced. */
  text: string;
  /** The details found, in the order they stand (an account or address with its marker). */
  found: string[];
}

/**
 * The text with every contact detail replaced by `removed` (〔联系方式已隐去〕),
 * and what was found. Quoted words are left as written: they are the draft's
 * words or the words proposed for it (增加“监督电话：12320，010-68792114”),
 * which an edit is made of, not the commenter's own details.
 */
export function maskContacts(text: string, removed: string): Masked {
  // Most comments hold none of what any detail needs (a digit, @, an account's or an address's word): the table
  // masks every comment of a build, 10,000 of them in the benchmark's.
  if (!MAY_HOLD.test(text)) return { text, found: [] };
  const found: Array<{ at: number; said: string }> = [];
  let out = '';
  let at = 0;
  for (const quote of text.matchAll(QUOTED)) {
    out += maskPart(text.slice(at, quote.index), removed, found, at) + quote[0];
    at = quote.index + quote[0].length;
  }
  out += maskPart(text.slice(at), removed, found, at);
  return { text: out, found: found.sort((a, b) => a.at - b.at).map((f) => f.said) };
}

/** What every contact detail holds one of: a digit (ID, phone), @ (e-mail), 住 / 址 (an address), QQ, 微信 / WeChat (an account). */
const MAY_HOLD = /[\d@住址微]|WeChat|[Qq]{2}/u;

/** A quotation, closed: “…”, 「…」, "…". */
const QUOTED = /“[^“”]*”|「[^「」]*」|"[^"\n]*"/gu;

/** maskContacts on words outside quotation marks, starting at `offset` of the whole. */
function maskPart(text: string, removed: string, found: Array<{ at: number; said: string }>, offset: number): string {
  // Addresses first: the numbers inside one (100号, a phone after it) go with it.
  let out = text.replace(ADDRESS, (_all, marker: string, space: string, place: string, at: number) => {
    found.push({ at: offset + at, said: `${marker}${space}${place}`.trim() });
    return `${marker}${space}${removed}`;
  });
  out = out.replace(ACCOUNT, (_all, marker: string, between: string, account: string, at: number) => {
    found.push({ at: offset + at, said: `${marker} ${account}` });
    return `${marker}${between}${removed}`;
  });
  // (Offsets are of successive texts; close enough to keep the order of the words in most comments.)
  return out.replace(DIGITS, (said: string, at: number) => {
    found.push({ at: offset + at, said });
    return removed;
  });
}
