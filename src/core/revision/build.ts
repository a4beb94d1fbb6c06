// The build (pure): from a draft and its decided entries to the four files the
// office publishes: the revised text, the feedback-response table, the
// comparison table (修改对照表) and the redline. Same inputs, same bytes.
import { citableClauses, citableTree, cite, type CitableTree } from '../draft/citation.js';
import type { Draft } from '../draft/format.js';
import { ARTICLE_STYLE } from '../draft/hierarchy.js';
import { leadingCaption } from '../draft/title.js';
import { readMarker } from '../draft/numbering.js';
import { chineseNumeral } from '../draft/numerals.js';
import type { PlannedEdit } from '../edits/plan.js';
import { needs } from '../feedback/decision.js';
import type { Entry } from '../feedback/entry.js';
import { answerCampaigns, campaignMembers } from '../feedback/campaign.js';
import { tally } from '../feedback/tally.js';
import { labelsFor, type Labels, type Move } from './labels.js';
import { isBetween } from '../draft/numbering.js';
import { bold, firstChar, lastChar, struck } from './marks.js';
import { cellText, draftLineBreaks, literalAngles, protectParagraph } from '../text/markdown.js';
import { onlyHan } from '../text/strings.js';
import { maskContacts } from '../text/contacts.js';
import { pandocFrontMatter } from '../text/pandoc.js';
import type { Pair } from 'yaml';
import { carriedFrontMatter } from './front-matter.js';
import { revise, type AttributedChange, type RevisedClause, type Revision } from './revise.js';
import { wordDiff, type DiffPart } from '../diff/word-diff.js';
import { addToGroup } from '../text/groups.js';
import { inOrder } from '../text/entry-order.js';
import { mergedBefore, mergedMembers, ownParagraphPairs, pairMembers, type MemberPair } from './rewrite-pairs.js';

export interface BuildOutput {
  /** File name inside the output folder. */
  name: string;
  content: string;
}

export interface BuildResult {
  outputs: BuildOutput[];
  revision: Revision;
}

export function build(draft: Pick<Draft, 'name' | 'meta' | 'clauses'> & Partial<Pick<Draft, 'frontMatter'>>, entries: readonly Entry[], lang?: 'zh' | 'en'): BuildResult {
  const language = lang ?? draft.meta.lang;
  const labels = labelsFor(language);
  const revision = revise(draft, entries);
  const pandocLang = language === 'en' ? 'en-US' : 'zh-CN';
  const names = namesOf(draft, revision.clauses);
  // The author's keys for pandoc (fonts, geometry, author …) go on into the outputs.
  const carried = carriedFrontMatter(draft.meta.authorKeys ? draft.frontMatter : undefined);
  return {
    revision,
    outputs: [
      { name: `${draft.name}.revised.md`, content: revisedText(draft.meta, revision.clauses, pandocLang, carried.revised) },
      { name: `${draft.name}.feedback.md`, content: withUnappliedNote(responseTable(draft.meta.title, entries, labels, pandocLang, carried.tables), revision.unapplied, labels, language) },
      { name: `${draft.name}.comparison.md`, content: comparisonTable(draft.meta.title, revision.clauses, labels, pandocLang, names, carried.tables) },
      { name: `${draft.name}.redline.md`, content: redlineText(draft.meta.title, revision.clauses, labels, pandocLang, carried.tables) },
    ],
  };
}

function block(clause: RevisedClause, body: string): string {
  return clause.heading !== null ? `${'#'.repeat(clause.heading)} ${literalAngles(body)}` : literalAngles(body);
}

function revisedText(meta: Draft['meta'], clauses: readonly RevisedClause[], lang: string, carried: readonly Pair[]): string {
  const parts = [pandocFrontMatter({ title: meta.title, date: meta.date, lang }, carried)];
  for (const clause of clauses) {
    if (clause.status === 'removed') continue;
    const text = clause.markerAfter + clause.textAfter;
    parts.push(block(clause, clause.heading !== null ? text : protectParagraph(text)));
  }
  return `${parts.join('\n\n')}\n`;
}

function responseTable(title: string, given: readonly Entry[], labels: Labels, lang: string, carried: readonly Pair[]): string {
  // A campaign is answered once: its first comment's row, with the count; the others follow its decision.
  const entries = answerCampaigns(given);
  const members = campaignMembers(given);
  const following = new Set([...members.values()].flat().map((e) => e.id));
  const counts = tally(entries).byStatus;
  const lines = [row([labels.number, labels.unit, labels.comment, labels.decision, labels.reason]), row(['---', '---', '---', '---', '---'])];
  for (const entry of entries) {
    if (following.has(entry.id)) continue;
    const reason = needs(entry.decision.status).includes('reason') ? entry.decision.reason ?? '' : '';
    const group = members.get(entry.id);
    // Masked here as well as at import: an entry added by hand, from an office's table or by an older
    // import may still hold a phone or ID number, and this table is what gets published.
    const said = maskContacts(placedComment(entry, labels), labels.contactRemoved).text;
    const comment = group ? `${said}${labels.campaign(group.length + 1)}` : said;
    const decision = decisionCell(entry.decision, labels);
    lines.push(row([entry.id, entry.unit, comment, decision, reason].map(cellText)));
  }
  return [pandocFrontMatter({ title: labels.responseTitle(title), lang }, carried), labels.summary(counts, entries.length), lines.join('\n')].join('\n\n') + '\n';
}

/**
 * The comment as the table shows it: with its place before it where the
 * office gave the place beside the comment (a 条款 column: 建议删除本条 says
 * nothing of which article without it). A place the comment itself names, each
 * part of it (the import takes 第15页；18项“…” from the words), adds nothing.
 */
function placedComment(entry: Entry, labels: Labels): string {
  const locator = entry.locator?.trim();
  if (!locator) return entry.comment;
  const plain = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');
  const said = plain(entry.comment);
  const parts = locator.split(/[；;]/u).map(plain).filter((part) => part !== '');
  return parts.every((part) => said.includes(part)) ? entry.comment : labels.placed(locator, entry.comment);
}

/**
 * 采纳, 部分采纳…, or 采纳 with the note a clerk gave (采纳。已在第十八项中修改). A
 * note that only fills the cell (/, 无, —) is none; one that says 采纳 itself
 * (an imported 予以采纳并修改) is the decision in the office's own words.
 */
function decisionCell({ status, reason }: Entry['decision'], labels: Labels): string {
  const note = reason?.trim() ?? '';
  if (status !== 'adopted' || /^(?:[\p{P}\p{S}\s]*|无|none|n\/a)$/iu.test(note)) return labels.statuses[status];
  return note.toLowerCase().includes(labels.statuses.adopted.toLowerCase()) ? note : labels.adoptedWithNote(note);
}

/**
 * The response table never says 采纳 of a change that is not in the text
 * unnoticed: adopted edits the build could not apply are listed below it
 * (the build refuses to write them at all without --allow-unapplied).
 */
function withUnappliedNote(table: string, unapplied: readonly PlannedEdit[], labels: Labels, language: 'zh' | 'en'): string {
  if (unapplied.length === 0) return table;
  const reason = (p: PlannedEdit) => {
    const others = p.conflictsWith.map((r) => r.entry).join(language === 'en' ? ', ' : '、');
    if (language === 'en') return p.state === 'conflict' ? `conflicts with comment ${others}` : p.state === 'stale' ? 'the quoted text is no longer there' : 'the quoted text occurs more than once';
    return p.state === 'conflict' ? `与意见${others}的修改冲突` : p.state === 'stale' ? '所引原文已不在修改稿中' : '所引原文出现多处';
  };
  const note = labels.unapplied(unapplied.map((p) => ({ entry: p.ref.entry, index: p.ref.index, reason: reason(p) })));
  return `${table}\n${cellText(note)}\n`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c || ' ').join(' | ')} |`;
}

/**
 * The comparison table (修改对照表) a legislative office prints: one row per
 * unit that changed, named in full (第十七条第二款, 新增第十四条), the old and
 * the new text side by side with the changes marked, and the entries behind
 * it. Units that only moved are not repeated: one line lists them.
 */
function comparisonTable(title: string, clauses: readonly RevisedClause[], labels: Labels, lang: string, names: Names, carried: readonly Pair[]): string {
  const members = new Map<string, RevisedClause[]>();
  for (const clause of clauses) if (clause.partOf !== undefined) addToGroup(members, clause.partOf, clause);
  const changed = clauses.filter((c) => (c.status !== 'unchanged' || members.has(c.id)) && c.partOf === undefined);
  // Articles that had more than one 款: a change to the text of the first alone is named 第X条第一款.
  const paragraphed = new Set(clauses.filter((c) => c.paragraphBefore !== undefined && c.parent !== null).map((c) => c.parent!));
  const rows = changed.flatMap((clause) => [clause, ...(clause.promoted?.status === 'changed' ? [clause.promoted] : [])]).map((clause, i) => {
    let original = labels.added;
    let revised = labels.removed;
    const merged = mergedMembers(clause, members.get(clause.id) ?? []);
    const moved = merged ? undefined : ownParagraphPairs(clause, members.get(clause.id) ?? []);
    if (moved) {
      // Its own old paragraph kept as another 款: each side's paragraphs in order, the kept one unmarked.
      original = moved.filter((p) => p.removed).map((p) => ownPairText(clause, p, 'original')).join('<br>');
      revised = moved.filter((p) => p.added).map((p) => ownPairText(clause, p, 'revised')).join('<br>');
    } else if (clause.ownParagraphRemoved) {
      // 第五条第一款 removed: the 款 that moved up into the article is the same text, not a change.
      original = struck(clause.textBefore);
    } else if (merged) {
      original = mergedText(clause, merged, 'original');
      revised = mergedText(clause, merged, 'revised');
    } else if (clause.status !== 'added' && clause.status !== 'removed') {
      original = markedText(clause, 'original', labels);
      revised = markedText(clause, 'revised', labels);
    } else if (clause.status === 'added') {
      revised = bold(clause.markerAfter + clause.textAfter);
    } else {
      original = struck(clause.markerBefore + clause.textBefore);
    }
    // What went or came with it: a removed article's 款 and 项, a rewrite's old and new paragraphs (those kept shown as they are).
    for (const { removed, added } of merged || moved ? [] : pairMembers(members.get(clause.id) ?? [])) {
      if (removed && added) {
        original += `<br>${pairedText(removed, added, 'original')}`;
        revised += `<br>${pairedText(removed, added, 'revised')}`;
      } else if (removed) original += `<br>${struck(removed.markerBefore + removed.textBefore)}`;
      else if (added) revised += `<br>${bold(added.markerAfter + added.textAfter)}`;
    }
    const name = clause.status === 'added'
      ? addedName(clause, names, labels)
      : clause.ownParagraphRemoved || (paragraphed.has(clause.id) && !members.has(clause.id))
        ? labels.firstParagraph(cite(names.before, clause.id), clause.original?.marker?.style === ARTICLE_STYLE)
        : cite(names.before, clause.id);
    // (A table of contents' line renumbered is the contents followed, not a cross-reference.)
    const references = (clause.changes.some((c) => c.reference && !c.contents) ? labels.referencesRenumbered : '') + (clause.changes.some((c) => c.contents) ? labels.contentsFollowed : '');
    // The 款 that moved up has its own row (where it changed): this one names the entries that removed the first.
    // (A new first 款's row names the entries that changed the old one kept after it too.)
    const entries = clause.promoted ? clause.changes[0]!.entries : clause.newFirstParagraph && clause.ownParagraphKept ? [...new Set([...clause.entries, ...clause.ownParagraphKept.entries])] : clause.entries;
    return row([String(i + 1), cellText(name), original, revised, cellText(labels.entryList(inOrder(entries)) + references)]);
  });
  const moves = renumberedUnits(clauses, names);
  // The dashes give pandoc's PDF the column widths (GFM ignores them): the two texts side by side, wide.
  const table = changed.length
    ? [row([labels.number, labels.provision, labels.original, labels.revised, labels.entries]), row(['--', '------', '--------------------', '--------------------', '----']), ...rows].join('\n')
    : labels.noChanges;
  const parts = [pandocFrontMatter({ title: labels.comparisonTitle(title), lang }, carried), table];
  if (moves.length > 0) parts.push(cellText(labels.renumbered(moves)));
  return `${parts.join('\n\n')}\n`;
}

/** A new unit named under its parent as the draft numbered it (第二十条新增第（三）项), or by its new number (新增第十四条). */
function addedName(clause: RevisedClause, names: Names, labels: Labels): string {
  const own = cite(names.after, clause.id);
  const parent = clause.parent === null ? undefined : names.before.byId.get(clause.parent);
  if (!parent || parent.heading !== null) return labels.addedUnit(own);
  const parentAfter = cite(names.after, parent.id);
  // A decimal number holds its parent's already (5.2.5 under 5.2): named alone, not 5.2新增.5.
  if (!own.startsWith(parentAfter) || own === parentAfter || /^[.．]/u.test(own.slice(parentAfter.length))) return labels.addedUnit(own);
  // An item of the article's own first 款 is named with it (第十二条第一款第（四）项): the 款 is where it was added.
  const [, paragraph = '', unit = own.slice(parentAfter.length)] = FIRST_PARAGRAPH_ITEM.exec(own.slice(parentAfter.length)) ?? [];
  return labels.addedUnder(cite(names.before, parent.id) + paragraph, unit);
}

const FIRST_PARAGRAPH_ITEM = /^(第一款)(第.+)$/u;

interface Names {
  before: CitableTree;
  after: CitableTree;
}

/** The units of the draft and of the revised draft, to name them in full (the revised ones only when asked for). */
function namesOf(draft: Pick<Draft, 'clauses'>, clauses: readonly RevisedClause[]): Names {
  let after: CitableTree | undefined;
  const revised = () =>
    citableTree(
      clauses
        .filter((c) => c.status !== 'removed')
        .map((c) => ({ id: c.id, parent: c.parent, heading: c.heading, marker: readMarker(c.markerAfter + c.textAfter), title: c.original?.title ?? '', text: c.textAfter })),
    );
  return {
    before: citableClauses(draft.clauses),
    get after() {
      return (after ??= revised());
    },
  };
}

/** Runs of units that moved by one step each (原第十五条至第二十七条 → 第十四条至第二十六条), in reading order. */
function renumberedUnits(clauses: readonly RevisedClause[], names: Names): Move[] {
  // 第三十七条之一 moves with 第三十七条 (原第三十七条至第一百二十条依次改为…): it is not named apart.
  const moved = clauses.filter(
    (c) => c.renumbered && c.status !== 'removed' && c.original?.marker?.value != null && c.valueAfter !== null && !isBetween(c.original.marker),
  );
  // Articles run on through the items that move between them: one run per sequence.
  const runs: RevisedClause[][] = [];
  const open = new Map<string, RevisedClause[]>();
  for (const clause of moved) {
    const style = clause.original!.marker!.style;
    const key = style === ARTICLE_STYLE ? style : `${style}\u0000${clause.parent ?? ''}`;
    const run = open.get(key);
    const previous = run?.at(-1);
    const continues =
      previous !== undefined &&
      clause.original!.marker!.value === previous.original!.marker!.value! + 1 &&
      clause.valueAfter! - clause.original!.marker!.value! === previous.valueAfter! - previous.original!.marker!.value!;
    if (continues) run!.push(clause);
    else {
      const fresh = [clause];
      runs.push(fresh);
      open.set(key, fresh);
    }
  }
  const numbered = runs.map((run) => {
    const [first, last] = [run[0]!, run.at(-1)!];
    const move = run.length === 1
      ? { before: [movedName(first, 'before', names, false)], after: [movedName(first, 'after', names, false)], count: 1 }
      : { before: [movedName(first, 'before', names, false), movedName(last, 'before', names, true)], after: [movedName(first, 'after', names, false), movedName(last, 'after', names, true)], count: run.length };
    return { at: clauses.indexOf(first), move };
  });
  return [...numbered, ...movedParagraphs(clauses, names)].sort((a, b) => a.at - b.at).map((m) => m.move);
}

/**
 * The 款 that moved in their article (a 款 added or removed before them), in
 * runs as articles are: 原第六十九条第二款至第四款依次改为第三款至第五款. (They have
 * no number of their own to mark, so no row of the table shows them.)
 */
function movedParagraphs(clauses: readonly RevisedClause[], names: Names): Array<{ at: number; move: Move }> {
  const runs: RevisedClause[][] = [];
  // In reading order, with the 款 that moved up into an article whose first 款 went (its 第一款 now) after the article.
  const at = new Map<RevisedClause, number>();
  clauses.forEach((clause, i) => {
    at.set(clause, i);
    if (clause.promoted) at.set(clause.promoted, i);
  });
  // An article's old own paragraph kept after a new first 款 (ownParagraphKept) was its 第一款: it moved down too (原第一款改为第二款).
  const keptFrom = new Map(clauses.filter((c) => c.ownParagraphKept && c.status !== 'removed').map((c) => [c.ownParagraphKept!, c]));
  const was = (clause: RevisedClause) => (keptFrom.has(clause) ? 1 : clause.paragraphBefore);
  for (const clause of at.keys()) {
    const [before, after] = [was(clause), clause.paragraphAfter];
    if (((clause.status === 'removed' || clause.status === 'added') && !keptFrom.has(clause)) || before === undefined || after === undefined || before === after) continue;
    const previous = runs.at(-1)?.at(-1);
    const continues = previous !== undefined && previous.parent === clause.parent && was(previous)! + 1 === before && previous.paragraphAfter! + 1 === after;
    if (continues) runs.at(-1)!.push(clause);
    else runs.push([clause]);
  }
  const paragraph = (n: number) => `第${chineseNumeral(n)}款`;
  return runs.map((run) => {
    const [first, last] = [run[0]!, run.at(-1)!];
    const article = keptFrom.get(first);
    const firstName = article ? `${cite(names.before, article.id)}${paragraph(1)}` : cite(names.before, first.id);
    const before = [firstName, ...(run.length > 1 ? [paragraph(was(last)!)] : [])];
    const after = [paragraph(first.paragraphAfter!), ...(run.length > 1 ? [paragraph(last.paragraphAfter!)] : [])];
    return { at: at.get(first)!, move: { before, after, count: run.length } };
  });
}

/**
 * A moved unit as the line under the table names it, both sides alike: a
 * statute's by the number it is cited by (原第十五条至第二十七条依次改为第十四条至
 * 第二十六条, 原第二十条第（三）项改为第（二）项); any other's in full as it is
 * cited (原三、（四）改为三、（三）; former section 6 is now section 7), the far
 * end of a run by its own marker or designation (一、（三）17.至21.; section
 * 304(3) to (12)).
 */
function movedName(clause: RevisedClause, when: 'before' | 'after', names: Names, end: boolean): string {
  const full = cite(when === 'before' ? names.before : names.after, clause.id);
  if (cite(names.before, clause.id).startsWith('第')) return !end && when === 'before' ? full : ownNumber(clause, when, names);
  if (!end) return full;
  // English: the far end's own designation (former section 304(3) to (12); section 308 to 314).
  if (/^(?:[A-Za-z]|§)/u.test(full)) return /(?:\([^()]+\)|[0-9A-Za-z.-]+)$/u.exec(full)?.[0] ?? full;
  return (when === 'before' ? clause.markerBefore : clause.markerAfter).trim() || full;
}

/** A moved unit's own number as cited (第十四条, 第（七）项, 18): the first name of a run carries its article. */
function ownNumber(clause: RevisedClause, when: 'before' | 'after', names: Names): string {
  const style = clause.original!.marker!.style;
  const value = when === 'before' ? clause.original!.marker!.value! : clause.valueAfter!;
  if (style === ARTICLE_STYLE) return `第${chineseNumeral(value)}条`;
  if (style === '（一）') return `第（${chineseNumeral(value)}）项`;
  const marker = when === 'before' ? clause.markerBefore : clause.markerAfter;
  return readMarker(marker)?.number ?? marker.trim() ?? cite(names.before, clause.id);
}

/**
 * A clause's text with its changes marked, straight from the applied changes
 * (no diff needed): the original shows deletions, the revised text insertions,
 * the redline both with the entries behind each change. A unit list rewritten
 * whole still shows only the units that changed.
 */
function markedText(clause: RevisedClause, view: 'original' | 'revised' | 'redline', labels: Labels): string {
  const redline = view === 'redline';
  const escape = redline ? (t: string) => t : draftCell;
  const segments = markerSegments(clause, view, escape);
  let at = 0;
  const shown = shownChanges(clause);
  shown.forEach(({ start, end, parts, entries }, i) => {
    segments.push({ kind: 'raw', text: escape(clause.textBefore.slice(at, start)) });
    segments.push(...shownParts(parts, view, draftCell));
    at = end;
    // (A rewrite that leaves the words as they were changes nothing here to attribute.)
    if (redline && entries.length > 0 && parts.some((part) => part.kind !== 'equal')) {
      // A change at the end of a quotation is attributed after its closing mark (as applicable,”[#12]), not inside it.
      const close = CLOSING_QUOTE.exec(clause.textBefore.slice(end, shown[i + 1]?.start ?? clause.textBefore.length))?.[0] ?? '';
      if (close) segments.push({ kind: 'raw', text: close });
      at = end + close.length;
      segments.push({ kind: 'raw', text: labels.attribution(entries) });
    }
  });
  segments.push({ kind: 'raw', text: escape(clause.textBefore.slice(at)) });
  return render(segments);
}

/** A unit's number as one view shows it: as it is, or, renumbered, the old struck and the new marked. */
function markerSegments(clause: RevisedClause, view: 'original' | 'revised' | 'redline', escape: (text: string) => string): Segment[] {
  if (!clause.renumbered) return [{ kind: 'raw', text: escape(view === 'original' ? clause.markerBefore : clause.markerAfter) }];
  if (view === 'original') return [{ kind: 'delete', text: clause.markerBefore }];
  if (view === 'revised') return [{ kind: 'insert', text: clause.markerAfter }];
  return [
    { kind: 'delete', text: clause.markerBefore.trim() },
    { kind: 'insert', text: clause.markerAfter.trim() },
    { kind: 'raw', text: clause.markerAfter.slice(clause.markerAfter.trimEnd().length) },
  ];
}

/**
 * A unit whose rewrite merged its paragraphs into one (mergedMembers): the old
 * paragraphs together against the new text, the original showing where each
 * old paragraph began.
 */
function mergedText(clause: RevisedClause, merged: readonly RevisedClause[], view: 'original' | 'revised' | 'redline'): string {
  const escape = view === 'redline' ? (t: string) => t : draftCell;
  const segments = markerSegments(clause, view, escape);
  // Where each merged paragraph began in the old text run together.
  const breaks: number[] = [];
  let length = clause.textBefore.length;
  for (const m of merged) {
    breaks.push(length);
    length += m.markerBefore.length + m.textBefore.length;
  }
  let at = 0;
  for (const part of wordDiff(mergedBefore(clause, merged), clause.textAfter)) {
    if (part.kind === 'insert') {
      if (view !== 'original') segments.push({ kind: 'insert', text: part.text });
      continue;
    }
    // Equal and deleted words are the old text's: split where a paragraph began (a line break in the original).
    let text = part.text;
    while (breaks.length > 0 && breaks[0]! < at + text.length) {
      const cut = breaks.shift()! - at;
      pushOld(segments, part.kind, text.slice(0, cut), view, escape);
      if (view === 'original') segments.push({ kind: 'raw', text: '<br>' });
      at += cut;
      text = text.slice(cut);
    }
    pushOld(segments, part.kind, text, view, escape);
    at += text.length;
  }
  return render(segments);
}

function pushOld(segments: Segment[], kind: 'equal' | 'delete', text: string, view: 'original' | 'revised' | 'redline', escape: (text: string) => string): void {
  if (kind === 'equal') segments.push({ kind: 'raw', text: escape(text) });
  else if (view !== 'revised') segments.push({ kind: 'delete', text });
}

/** A unit removed or added whole, in the redline: struck or bold, and the entries behind it. */
function wholeBlock(clause: RevisedClause, labels: Labels): string {
  const text = clause.status === 'removed' ? struck(clause.markerBefore + clause.textBefore, ' ', '〔') : bold(clause.markerAfter + clause.textAfter, ' ', '〔');
  return block(clause, `${text}${labels.attribution(inOrder(clause.entries))}`);
}

/**
 * A paragraph of a row whose unit's own old paragraph was kept as another
 * (ownParagraphPairs) as one view shows it: the unit's number as markedText
 * shows it, where the unit's own paragraph is on that side, a member's as it
 * is; the words of a paragraph kept unmarked, a new or removed one's marked whole.
 */
function ownPairText(clause: RevisedClause, { removed, added }: MemberPair, view: 'original' | 'revised' | 'redline'): string {
  const escape = view === 'redline' ? (t: string) => t : draftCell;
  const shownSide = view === 'original' ? (removed ?? added)! : (added ?? removed)!;
  const marker = shownSide === clause ? markerSegments(clause, view, escape) : [{ kind: 'raw' as const, text: escape(view === 'original' ? shownSide.markerBefore : shownSide.markerAfter) }];
  const parts: DiffPart[] = removed && added ? wordDiff(removed.textBefore, added.textAfter) : removed ? [{ kind: 'delete', text: removed.textBefore }] : [{ kind: 'insert', text: added!.textAfter }];
  // 第三十四条（审查）given a new first 款: the caption stays on the article's line, neither new nor struck from the 款 kept.
  const caption = clause.newFirstParagraph && clause.original?.marker?.style === ARTICLE_STYLE ? leadingCaption(clause.textBefore) : '';
  if (caption && added === clause && !removed && added.textAfter.startsWith(caption)) {
    return render([...marker, ...shownParts([{ kind: 'equal', text: caption }, { kind: 'insert', text: added.textAfter.slice(caption.length) }], view, escape)]);
  }
  if (caption && removed === clause && added && added !== clause) {
    const kept = wordDiff(removed.textBefore.slice(caption.length), added.textAfter);
    return render([...marker, ...shownParts(view === 'original' ? [{ kind: 'equal', text: caption }, ...kept] : kept, view, escape)]);
  }
  return render([...marker, ...shownParts(parts, view, escape)]);
}

/** An old paragraph and the new one in its place, their differences marked (its number's too). */
function pairedText(removed: RevisedClause, added: RevisedClause, view: 'original' | 'revised' | 'redline'): string {
  const parts = [...wordDiff(removed.markerBefore, added.markerAfter), ...wordDiff(removed.textBefore, added.textAfter)];
  return render(shownParts(parts, view, view === 'redline' ? (t) => t : draftCell));
}

/** A diff's parts as one view shows them: the original without insertions, the revised text without deletions, the redline both. */
function shownParts(parts: readonly DiffPart[], view: 'original' | 'revised' | 'redline', equal: (text: string) => string): Segment[] {
  const segments: Segment[] = [];
  for (const part of parts) {
    if (part.kind === 'equal') segments.push({ kind: 'raw', text: equal(part.text) });
    else if (part.kind === 'delete' && view !== 'revised') segments.push({ kind: 'delete', text: part.text });
    else if (part.kind === 'insert' && view !== 'original') segments.push({ kind: 'insert', text: part.text });
  }
  return segments;
}

/** The draft's text in a table cell: its hard breaks as the line breaks they are. */
function draftCell(text: string): string {
  return cellText(draftLineBreaks(text));
}

/** A change as shown: where it stands in the clause's text, its word diff, the entries behind it in order. */
interface ShownChange {
  start: number;
  end: number;
  parts: DiffPart[];
  entries: string[];
}

/** Closing quotation marks right after a change. */
const CLOSING_QUOTE = /^[”’」』"]+/u;

/** What lies between two numbers of one citation (本法第二百一十一条第一项至第五项): numbers rewritten in it are one change. */
const CITATION_GAP = /^[第条款项目之至、和或者及以零〇一二三四五六七八九十百千两（）()\d]*$/u;

// A clause is shown three times (original, revised, redline): its changes are laid out once.
const shownByClause = new WeakMap<RevisedClause, ShownChange[]>();

/**
 * A clause's changes as shown: a change by its word diff; the numbers
 * renumbered in one citation as one change, its old and new text whole, its
 * entries after it.
 */
function shownChanges(clause: RevisedClause): ShownChange[] {
  let shown = shownByClause.get(clause);
  if (shown) return shown;
  shown = [];
  const text = clause.textBefore;
  let citation: { start: number; end: number; changes: AttributedChange[] } | undefined;
  const close = () => {
    if (!citation) return;
    const { start, end, changes } = citation;
    let after = '';
    let at = start;
    for (const change of changes) {
      after += text.slice(at, change.start) + change.text;
      at = change.end;
    }
    const parts: DiffPart[] = [{ kind: 'delete', text: text.slice(start, end) }, { kind: 'insert', text: after + text.slice(at, end) }];
    shown!.push({ start, end, parts, entries: inOrder([...new Set(changes.flatMap((c) => c.entries))]) });
    citation = undefined;
  };
  let at = 0;
  clause.changes.forEach((change, i) => {
    const { start, end } = shownSpan(text, change, at, clause.changes[i + 1]?.start ?? text.length);
    if (change.reference && citation && CITATION_GAP.test(text.slice(citation.end, start))) {
      citation.end = end;
      citation.changes.push(change);
    } else {
      close();
      if (change.reference) citation = { start, end, changes: [change] };
      else shown!.push({ start, end, parts: wholeTerm(wordDiff(text.slice(start, end), change.text)), entries: inOrder(change.entries) });
    }
    at = end;
  });
  close();
  shownByClause.set(clause, shown);
  return shown;
}

/**
 * A term replaced by another that happens to share its first or last
 * character (国务院税务主管部门 → 国家税务总局) is shown replaced whole, as an
 * office marks it: 国~~务院税务主管部门~~**家税务总局** cuts both words. A change
 * of one or two characters keeps its edge (~~三十~~**十五**日, 不满~~六~~**五**年).
 * Where the shared character ends a longer stretch kept as it was (a whole
 * article rewritten: 本预案由国务院办公厅负责 → 本预案由国家发展改革委负责), it
 * goes with the change only where it begins a word on both sides (国务院,
 * 国家), not where it ends one (工作|指挥部 → 工作|领导小组). ICU's dictionary
 * reads words, not terms (报上|一级, 指挥|部下|设): where either side does not
 * say so, the character stays where it is, as before.
 */
function wholeTerm(parts: DiffPart[]): DiffPart[] {
  const head = parts[0]?.kind === 'equal' ? parts[0] : undefined;
  const tail = parts.length > 1 && parts.at(-1)!.kind === 'equal' ? parts.at(-1) : undefined;
  const inner = parts.slice(head ? 1 : 0, tail ? -1 : undefined);
  if (inner.length === 0 || inner.some((p) => p.kind === 'equal')) return parts;
  const old = inner.filter((p) => p.kind === 'delete').map((p) => p.text).join('');
  const added = inner.filter((p) => p.kind === 'insert').map((p) => p.text).join('');
  if (old.length < 3 || added.length < 3) return parts;
  const lead = head ? sharedEdge(head.text, 'end', old, added) : '';
  const trail = tail ? sharedEdge(tail.text, 'start', old, added) : '';
  if (!lead && !trail) return parts;
  const kept = (edge: DiffPart | undefined, text: string): DiffPart[] => (edge && text ? [{ kind: 'equal', text }] : []);
  return [
    ...kept(head, head?.text.slice(0, head.text.length - lead.length) ?? ''),
    { kind: 'delete', text: lead + old + trail },
    { kind: 'insert', text: lead + added + trail },
    ...kept(tail, tail?.text.slice(trail.length) ?? ''),
  ];
}

/** Characters read on each side of a boundary to tell words there. */
const WORD_WINDOW = 4;

/** The Han character at one end of a kept stretch that belongs with the change beside it ('' for none). */
function sharedEdge(kept: string, end: 'start' | 'end', old: string, added: string): string {
  const char = end === 'end' ? kept.slice(-1) : kept.slice(0, 1);
  if (!char || !onlyHan(char)) return '';
  if (kept.length === 1) return char;
  if (end === 'end') {
    const before = kept.slice(-WORD_WINDOW);
    const across = (text: string) => wordAcross(before + text.slice(0, WORD_WINDOW), before.length);
    return across(old) && across(added) ? char : '';
  }
  const after = kept.slice(0, WORD_WINDOW);
  const across = (text: string) => wordAcross(text.slice(-WORD_WINDOW) + after, Math.min(text.length, WORD_WINDOW));
  return across(old) && across(added) ? char : '';
}

let words: Intl.Segmenter | undefined;

/** Whether one word of `text` (ICU's dictionary) holds both the characters before and at `at`. */
function wordAcross(text: string, at: number): boolean {
  for (const { index, segment } of (words ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(text)) {
    if (index >= at) return false;
    if (index + segment.length > at) return true;
  }
  return false;
}

/** The unit a Chinese cross-reference ends in (第十二条, 第三款, 第（二）项). */
const REFERENCE_UNIT = /^[编章节条款项目]$/u;
/** An article inserted between numbers (第二百一十九条之一): one reference with its base article. */
const SUB_ARTICLE = /^之[零一二三四五六七八九十]+/u;
/** The designations an English cross-reference goes on with after its number (section 314(d)(2)). */
const DESIGNATIONS = /^(?:\([A-Za-z0-9]{1,6}\))+/u;

/**
 * Where a change is shown. A renumbered cross-reference is shown whole, with
 * its 第, brackets and unit, as a renumbered article is (本法~~第十二条~~**第十三条**,
 * ~~第（三）项~~**第（二）项**; section ~~314(d)~~**315(d)**), not as the digit that
 * differs (第十~~二~~**三**条, which reads as another number), and its entries
 * follow the whole reference. Only characters no other change touches are taken in.
 */
function shownSpan(text: string, change: AttributedChange, from: number, next: number): { start: number; end: number } {
  if (!change.reference) return change;
  let [start, end] = [change.start, change.end];
  const bracketed = start - 1 > from && '（('.includes(text[start - 1]!) && '）)'.includes(text[end] ?? '') && end < next;
  if (bracketed) [start, end] = [start - 1, end + 1];
  if (start > from && text[start - 1] === '第') start--;
  if (end < next && REFERENCE_UNIT.test(text[end] ?? '')) end = Math.min(next, end + 1 + (SUB_ARTICLE.exec(text.slice(end + 1, next))?.[0].length ?? 0));
  else if (!bracketed) end = Math.min(next, end + (DESIGNATIONS.exec(text.slice(end, next))?.[0].length ?? 0));
  return { start, end };
}

interface Segment {
  kind: 'raw' | 'delete' | 'insert';
  /** Raw segments are written as they are; marked ones are escaped by the mark. */
  text: string;
}

/** Writes segments, each mark knowing the characters around it (so that it opens and closes in every reader). */
function render(segments: readonly Segment[]): string {
  let out = '';
  // The last character written, kept apart: reading it from `out` would flatten the growing string at every mark.
  let last = ' ';
  // (A loop, not filter and forEach: a build renders some 30,000 of these.)
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    let text = segment.text;
    if (text === '') continue;
    if (segment.kind !== 'raw') {
      let next: Segment | undefined;
      for (let j = i + 1; j < segments.length && next === undefined; j++) if (segments[j]!.text !== '') next = segments[j];
      const after = next === undefined ? ' ' : next.kind === 'raw' ? firstChar(next.text) : '~';
      text = segment.kind === 'delete' ? struck(text, last, after) : bold(text, last, after);
    }
    out += text;
    if (text !== '') last = lastChar(text);
  }
  return out;
}

function redlineText(title: string, clauses: readonly RevisedClause[], labels: Labels, lang: string, carried: readonly Pair[]): string {
  const parts = [pandocFrontMatter({ title: labels.redlineTitle(title), lang }, carried), labels.redlineNote];
  const members = new Map<string, RevisedClause[]>();
  for (const clause of clauses) if (clause.partOf !== undefined) addToGroup(members, clause.partOf, clause);
  const shown = new Set<RevisedClause>();
  for (const clause of clauses) {
    if (shown.has(clause)) continue;
    // A rewrite's old and new paragraphs, paired: one kept as it was is no change.
    const group = clause.partOf !== undefined ? members.get(clause.partOf)! : [];
    if (group.some((m) => m.status === 'added') && group.some((m) => m.status === 'removed')) {
      for (const { removed, added } of pairMembers(group)) {
        if (removed && added) {
          const same = removed.markerBefore === added.markerAfter && removed.textBefore === added.textAfter;
          const body = same ? added.markerAfter + added.textAfter : `${pairedText(removed, added, 'redline')}${labels.attribution(inOrder(added.entries))}`;
          parts.push(block(added, protectParagraph(body)));
        } else parts.push(wholeBlock((removed ?? added)!, labels));
      }
      group.forEach((m) => shown.add(m));
      continue;
    }
    if (clause.promoted) {
      const items = members.get(clause.id) ?? [];
      parts.push(...withoutOwnParagraph(clause, items, labels));
      items.forEach((m) => shown.add(m));
      continue;
    }
    if (clause.status === 'removed' || clause.status === 'added') {
      parts.push(wholeBlock(clause, labels));
      continue;
    }
    // (As the 对照表 reads them: merged paragraphs first, then an own 款 kept among new ones.)
    const merged = mergedMembers(clause, members.get(clause.id) ?? []);
    const moved = merged ? undefined : ownParagraphPairs(clause, members.get(clause.id) ?? []);
    if (moved) {
      for (const pair of moved) {
        const shownClause = (pair.added ?? pair.removed)!;
        const kept = pair.removed && pair.added && pair.removed.textBefore === pair.added.textAfter && pair.added !== clause;
        const body = `${ownPairText(clause, pair, 'redline')}${kept ? '' : labels.attribution(inOrder(shownClause.entries))}`;
        parts.push(block(shownClause, shownClause.heading !== null || (shownClause === clause && clause.renumbered) ? body : protectParagraph(body)));
      }
      (members.get(clause.id) ?? []).forEach((m) => shown.add(m));
      continue;
    }
    if (merged) merged.forEach((m) => shown.add(m));
    const body = merged ? `${mergedText(clause, merged, 'redline')}${labels.attribution(inOrder(clause.entries))}` : markedText(clause, 'redline', labels);
    parts.push(block(clause, clause.heading !== null || clause.renumbered ? body : protectParagraph(body)));
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * An article whose first 款 an edit removed: that paragraph struck on the
 * article's line, the items it led in struck after it, then the 款 that moved
 * up in its own paragraph as it was, marked only where edits of its own
 * changed it (the revised text is where it opens the article).
 */
function withoutOwnParagraph(clause: RevisedClause, items: readonly RevisedClause[], labels: Labels): string[] {
  const removal = `${render([...markerSegments(clause, 'redline', (t) => t), { kind: 'delete', text: clause.textBefore }])}${labels.attribution(inOrder(clause.changes[0]!.entries))}`;
  const next = clause.promoted!;
  return [
    block(clause, clause.heading !== null || clause.renumbered ? removal : protectParagraph(removal)),
    ...items.map((item) => wholeBlock(item, labels)),
    block(next, protectParagraph(markedText(next, 'redline', labels))),
  ];
}
