// A plan's 目录 lists its headings: when adopted edits retitle, renumber,
// remove or add a heading, its line follows (a probe of the 国家粮食应急预案
// found 1.4 renamed with its 目录 line left as it was), credited to the
// entries behind the heading's change; on the 粮食应急预案 and the 立法法
// 2015 with the 目录 it was published with (its own chapter and section
// headings, listed before the text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import { proposeEdits } from '../src/core/feedback/wording.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { blame } from '../src/core/revision/blame.js';
import type { Draft } from '../src/core/draft/format.js';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const PLAN = corpusDraft('gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt');

/** The 立法法 2015 with a 目录 of its own chapter and section headings before its first chapter. */
function lifaWithContents(): Draft {
  const text = readFileSync(join(import.meta.dirname, 'fixtures/corpus/lawrefbook/lifa_fa_2015.md'), 'utf8');
  const headings = [...text.matchAll(/^#{2,3} (.+)$/gmu)].map((m) => m[1]!);
  const at = text.indexOf('## 第一章');
  const withContents = `${text.slice(0, at)}目录\n\n${headings.join('\n\n')}\n\n${text.slice(at)}`;
  return parseDraft(importDraft(withContents, { format: 'markdown' }).text, 'lifa.md', 'draft').draft;
}

/** The revised text and outputs once each comment is adopted as an entry of its own (1, 2, …). */
function built(draft: Draft, ...comments: string[]) {
  const entries = comments.map((comment, i) => {
    const { edits, unparsed } = proposeEdits(comment, draft.clauses, 'zh');
    expect(unparsed).toEqual([]);
    return adopted(String(i + 1), ...edits);
  });
  const { text, result } = revisedBody(draft, ...entries);
  expect(result.revision.unapplied).toEqual([]);
  const output = (end: string) => result.outputs.find((o) => o.name.endsWith(end))!.content;
  return { text, comparison: output('comparison.md'), redline: output('redline.md'), entries };
}

/** The lines of the 目录 block in a text, without their hard breaks. */
function contents(text: string): string[] {
  const start = text.search(/^目\s*录\\$/mu);
  return text.slice(start, text.indexOf('\n\n', start)).split('\n').map((line) => line.replace(/\\$/u, ''));
}

describe('国家粮食应急预案: the 目录 follows the headings', () => {
  const comments = ['建议将1.4修改为：“1.4 工作原则与要求”', '建议删除5.3', '建议在1.1后增加一项：“1.2 适用原则”'];

  it('a title changed, a heading added (those after it renumbered) and one removed, each line as the heading reads', () => {
    const { text } = built(PLAN, ...comments);
    const lines = contents(text);
    expect(lines.slice(0, 8)).toEqual(['目  录', '1 总则', '1.1 编制目的及依据', '1.2 适用原则', '1.3 等级划分', '1.4 适用范围', '1.5 工作原则与要求', '2 组织机构和职责']);
    expect(lines.slice(lines.indexOf('5 应急保障'), lines.indexOf('6 后期处置'))).toEqual(['5 应急保障', '5.1 粮食储备', '5.2 粮食应急保障系统', '5.3 通信保障', '5.4 培训演练']);
    expect(lines).toHaveLength(29);
    // Each listed heading stands in the text as its line says (4.2 and 4.3 in other widths: see below).
    for (const line of lines.slice(1).filter((l) => !l.includes('('))) expect(text).toMatch(new RegExp(`\\n(?:## )?${line.replace(/[.()]/gu, '\\$&')}\\n`, 'u'));
  });

  it('the 对照表 row credits the entries and says the 目录 followed; the redline marks each line; blame says so', () => {
    const { comparison, redline, entries } = built(PLAN, ...comments);
    const row = comparison.split('\n').find((line) => line.includes('目  录'))!;
    expect(row.endsWith('| 1、2、3（目录相应调整） |')).toBe(true);
    expect(row).toContain('<br>~~1.4~~ 工作原则<br>');
    expect(row).toContain('<br>**1.5** 工作原则**与要求**<br>');
    expect(redline).toContain('\n1.1 编制目的及依据<br>**1.2 适用原则**〔意见3〕\\\n~~1.2~~**1.3** 等级划分〔意见3〕\\\n');
    expect(redline).toContain('\n5.2 粮食应急保障系统<br>~~5.3 应急设施建设和维护~~〔意见2〕\\\n~~5.4~~**5.3** 通信保障〔意见2〕\\\n');
    const contentsBlame = blame([{ round: 1, draft: PLAN, entries, added: [] }]).get('c7')!;
    expect(contentsBlame.map((a) => [a.entry, a.change]).sort()).toEqual([['1', 'contents'], ['2', 'contents'], ['3', 'contents']]);
  });

  it('a 目录 line an entry edits itself is left as that entry made it', () => {
    const title = proposeEdits('建议将1.4修改为：“1.4 工作原则与要求”', PLAN.clauses, 'zh').edits;
    const own = adopted('2', { op: 'replace', clause: 'c7', quote: '1.4 工作原则', text: '1.4 原则' });
    const { text } = revisedBody(PLAN, adopted('1', ...title), own);
    expect(contents(text)[5]).toBe('1.4 原则');
    expect(text).toContain('\n1.4 工作原则与要求\n');
  });
});

describe('立法法 2015 with its 目录: chapter and section titles', () => {
  const LIFA = lifaWithContents();

  it('a 节名 and a 章名 changed', () => {
    const { text } = built(LIFA, '建议将第二章第一节的节名修改为：“立法权限和范围”', '建议将第二章修改为：“法律的制定”');
    expect(contents(text).slice(0, 5)).toEqual(['目录', '第一章 总则', '第二章 法律的制定', '第一节 立法权限和范围', '第二节 全国人民代表大会立法程序']);
    expect(text).toContain('\n## 第二章 法律的制定\n\n### 第一节 立法权限和范围\n');
  });
});

// A walk: 4.2 and 4.3 are listed as 4.2 国家级(Ⅰ级)应急响应, half-width brackets where their headings have full-width
// ones, and their lines stayed as they were when the headings changed.
describe('国家粮食应急预案: a 目录 line that writes its brackets in another width still follows, in its own widths', () => {
  it('4.2 retitled, 4.3 renumbered by a new 4.3 before it', () => {
    const { text } = built(PLAN, '建议将4.2修改为：“4.2 国家级（Ⅰ级）粮食应急响应”', '建议在4.2后增加一项：“4.3 区域应急响应”');
    const lines = contents(text);
    expect(lines.slice(lines.indexOf('4 应急响应'), lines.indexOf('5 应急保障'))).toEqual([
      '4 应急响应',
      '4.1 应急响应程序',
      '4.2 国家级(Ⅰ级)粮食应急响应',
      '4.3 区域应急响应',
      '4.4 省级(Ⅱ级)应急响应',
      '4.5 应急终止',
    ]);
    expect(text).toContain('\n4.2 国家级（Ⅰ级）粮食应急响应\n');
    expect(text).toContain('\n4.4 省级（Ⅱ级）应急响应\n');
  });
});
