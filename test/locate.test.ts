// Structural references resolve to exactly one clause, on real texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import { clauseTree, locate, type Step } from '../src/core/draft/locate.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { CORPUS, SEED_PAGE } from './helpers/cli.js';

function draftOf(path: string, format: 'text' | 'markdown') {
  return parseDraft(importDraft(readFileSync(path, 'utf8'), { format }).text, 'd.md', 'd').draft;
}

const article = (value: number): Step => ({ kind: 'number', style: '第一条', value });
const paragraph = (value: number): Step => ({ kind: 'paragraph', value });
const item = (value: number): Step => ({ kind: 'number', style: '（一）', value });

function textAt(tree: ReturnType<typeof clauseTree>, steps: Step[]): string {
  const found = locate(tree, steps);
  if (!('clause' in found)) throw new Error(found.message);
  return `${found.clause.number}|${found.clause.text}`;
}

describe('locate', () => {
  const samr = clauseTree(draftOf(join(CORPUS, 'lawrefbook/samr_mingma_biaojia_2022.md'), 'markdown').clauses);

  it('finds an article, its 款 and its 项 on the 明码标价 rule', () => {
    expect(textAt(samr, [article(3)])).toMatch(/^第三条\|经营者应当遵循公开、公平/);
    expect(textAt(samr, [article(5), paragraph(1)])).toMatch(/^第五条\|经营者销售、收购商品和提/);
    expect(textAt(samr, [article(5), paragraph(3)])).toMatch(/^\|设区的市级以上市场监督管理/);
    expect(textAt(samr, [article(19), item(7)])).toMatch(/^（七）\|通过积分、礼券、兑换券、代金券等折抵价款时/);
  });

  it('says what is missing or ambiguous instead of guessing', () => {
    expect(locate(samr, [article(5), paragraph(4)])).toMatchObject({ problem: 'not-found', message: '第五条 has 3 款, not 4' });
    expect(locate(samr, [article(99)])).toMatchObject({ problem: 'not-found' });
    expect(locate(samr, [item(1)])).toMatchObject({ problem: 'ambiguous' });
  });

  it('finds the seed’s running item numbers and a section’s sub-item', () => {
    const seed = clauseTree(draftOf(SEED_PAGE, 'text').clauses);
    expect(textAt(seed, [{ kind: 'number', value: 18 }])).toMatch(/^18\|建立更加健全社会保障体系/);
    expect(textAt(seed, [{ kind: 'number', style: '一、', value: 2 }, { kind: 'number', value: 1 }])).toMatch(/^1\|/);
  });
});
