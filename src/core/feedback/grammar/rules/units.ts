// Rules for the unit lists of a plan's items (the seed's 责任单位增加X、Y,
// 牵头单位“A”改为“B”; add X to the responsible units of item 3, make X the lead unit).
import { englishNames, isWord, type SentenceReader } from '../sentence.js';

/** make Treasury the lead unit of section 2 */
export function make(r: SentenceReader, v: number): number {
  const role = r.findRole(v + 1);
  if (role === -1 || !isWord(r.t[role], 'role-lead')) return v;
  const names = englishNames(r.text(v + 1, role - 1));
  const end = r.locatorAfter(role);
  r.push({ op: 'units', role: 'lead', change: 'set', names }, v, end, []);
  return end;
}

/** 责任单位增加X、Y, 增加责任单位“X”, 删除配合单位X. */
export function units(r: SentenceReader, v: number, role: 'lead' | 'responsible', change: 'add' | 'remove', from: number): number {
  const names = r.namesFrom(from);
  if (!names || names.names.length === 0) return r.problem(v, from, 'the units are not named');
  r.push({ op: 'units', role, change, names: names.names }, r.roleStart(v), names.end, []);
  return names.end;
}

/** add Commerce and Interior to the responsible units of section 2. */
export function unitsEnglish(r: SentenceReader, v: number, from: number): number {
  const role = r.findRole(from);
  const names = englishNames(r.text(from, role - 1).replace(/\s+(?:to|as)(?:\s+the)?$/iu, ''));
  const end = r.locatorAfter(role);
  r.push({ op: 'units', role: isWord(r.t[role], 'role-lead') ? 'lead' : 'responsible', change: 'add', names }, v, end, []);
  return end;
}
