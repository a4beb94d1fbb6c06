// A term replaced by another that happens to share a character at one end is
// marked replaced whole in the redline and the comparison table, as an office
// marks it; a short change keeps its shared edge (个人所得税法实施条例,
// 行政许可法; from a clerk's walk).
import { describe, expect, it } from 'vitest';
import { adopted, corpusDraft, revisedBody } from './helpers/drafts.js';

const outputs = (file: string, quote: string, text: string) => {
  const { result } = revisedBody(corpusDraft(file), adopted('13', { op: 'replace-all', clause: '*', quote, text }));
  expect(result.revision.unapplied).toEqual([]);
  const content = (suffix: string) => result.outputs.find((o) => o.name.endsWith(suffix))!.content;
  return { redline: content('.redline.md'), comparison: content('.comparison.md') };
};

describe('a term replaced throughout', () => {
  it.each([
    { file: 'gov_cn_policies/guoling_707_geren_suodeshui_fa_shishi_tiaoli_2018.txt', quote: '国务院税务主管部门', text: '国家税务总局', old: '~~国务院税务主管部门~~', added: '**国家税务总局**', cut: /国~~务院|国\*\*家/u },
    // 上 shared at the start, 机关 (two characters) kept as they are.
    { file: 'lawrefbook/xingzheng_xuke_fa_2019.md', quote: '上级行政机关', text: '上一级主管机关', old: '~~上级行政~~', added: '**上一级主管**', cut: /上~~级|上\*\*一/u },
  ])('is marked whole where it shares one character at an end ($quote)', ({ file, quote, text, old, added, cut }) => {
    const { redline, comparison } = outputs(file, quote, text);
    expect(redline).toContain(`${old}${added}`);
    expect(redline).not.toMatch(cut);
    expect(comparison).toContain(old);
    expect(comparison).toContain(added);
    expect(comparison).not.toMatch(cut);
  });

  it('keeps a shared edge next to a change of one or two characters (二十日 → 十五日, 行政许可法)', () => {
    const { redline } = outputs('lawrefbook/xingzheng_xuke_fa_2019.md', '二十日', '十五日');
    expect(redline).toContain('~~二十~~**十五**日〔意见13〕');
    expect(redline).not.toContain('~~二十日~~');
  });
});

describe('a clause rewritten whole', () => {
  const rewritten = (file: string, clause: (text: string) => boolean, from: string, to: string) => {
    const draft = corpusDraft(file);
    const target = draft.clauses.find((c) => clause(c.text))!;
    const { result } = revisedBody(draft, adopted('7', { op: 'rewrite', clause: target.id, text: target.text.replace(from, to) }));
    expect(result.revision.unapplied).toEqual([]);
    const content = (suffix: string) => result.outputs.find((o) => o.name.endsWith(suffix))!.content;
    return { redline: content('.redline.md'), comparison: content('.comparison.md') };
  };

  // A clerk's walk: 7.2 rewritten showed 本预案由国~~务院办公厅~~**家发展改革委**负责解释.
  it('marks a term whole where the shared character begins a word on both sides (国务院办公厅 → 国家发展改革委, 粮食应急预案)', () => {
    const { redline, comparison } = rewritten('gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt', (t) => t.includes('本预案由国务院办公厅负责解释'), '国务院办公厅', '国家发展改革委');
    expect(redline).toContain('7.2 本预案由~~国务院办公厅~~**国家发展改革委**负责解释。〔意见7〕');
    expect(comparison).toContain('本预案由~~国务院办公厅~~负责解释');
    expect(comparison).toContain('本预案由**国家发展改革委**负责解释');
  });

  it('keeps a shared character that ends the word before the change (工作|指挥部 → 工作|领导小组, 粮食应急预案)', () => {
    const { redline } = rewritten('gov_cn_policies/guobanhan_2005_57_guojia_liangshi_yingji_yuan.txt', (t) => t.startsWith('国家粮食应急工作指挥部下设办公室'), '国家粮食应急工作指挥部下设办公室', '国家粮食应急工作领导小组下设办公室');
    expect(redline).toContain('国家粮食应急工作~~指挥部~~**领导小组**下设办公室');
  });

  it('marks a term whole in a rewritten article of a State Council regulation too (国务院税务主管部门 → 国家税务总局, 个人所得税法实施条例)', () => {
    const { redline } = rewritten('gov_cn_policies/guoling_707_geren_suodeshui_fa_shishi_tiaoli_2018.txt', (t) => t.includes('由国务院税务主管部门'), '由国务院税务主管部门', '由国家税务总局');
    expect(redline).toContain('由~~国务院税务主管部门~~**国家税务总局**');
    expect(redline).not.toMatch(/国~~务院|国\*\*家/u);
  });
});
