// A line holding only characters that show nothing (lawrefbook's statutes
// space their headings with lines of one U+200B) is a blank line at import,
// in Markdown and in plain text (a Word draft is read as text): no clause,
// so no invisible 款 for a comment to count or delete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/core/draft/format.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { isInvisible } from '../src/core/text/strings.js';
import { CORPUS } from './helpers/cli.js';
import { unit } from './helpers/drafts.js';

function imported(file: string, format: 'markdown' | 'text') {
  const result = importDraft(readFileSync(join(CORPUS, file), 'utf8'), { format });
  return { result, draft: parseDraft(result.text, 'draft.md', 'draft').draft };
}

const paragraphs = (text: string) => text.split('\n\n').length;

describe.each(['markdown', 'text'] as const)('read as %s', (format) => {
  it('民事诉讼法 (2023): its 89 lines of U+200B make no clause; 第十七条 is one 款, 第三十五条 one', () => {
    const { result, draft } = imported('lawrefbook/minshi_susong_fa_2023.md', format);
    expect(result.clauses.filter((c) => isInvisible(c.text))).toEqual([]);
    expect(result.text).not.toContain('\u200B');
    expect(unit(draft, 17).text).toBe('民族自治地方的人民代表大会根据宪法和本法的原则，结合当地民族的具体情况，可以制定变通或者补充的规定。自治区的规定，报全国人民代表大会常务委员会批准。自治州、自治县的规定，报省或者自治区的人民代表大会常务委员会批准，并报全国人民代表大会常务委员会备案。');
    expect(draft.clauses.filter((c) => c.parent === unit(draft, 17).id)).toEqual([]);
    expect(draft.clauses.filter((c) => c.parent === unit(draft, 35).id)).toEqual([]);
  });

  it('公司法 (2023): its 42 lines of U+200B make no clause; 第二十八条 has its two 款 and no third', () => {
    const { result, draft } = imported('lawrefbook/gongsi_fa_2023.md', format);
    expect(result.clauses.filter((c) => isInvisible(c.text))).toEqual([]);
    expect(result.text).not.toContain('\u200B');
    const article = unit(draft, 28);
    expect(draft.clauses.filter((c) => c.parent === article.id).map((c) => c.text)).toEqual([
      '股东会、董事会决议被人民法院宣告无效、撤销或者确认不成立的，公司根据该决议与善意相对人形成的民事法律关系不受影响。',
    ]);
    expect(paragraphs(article.text)).toBe(1);
  });
});

describe.each(['markdown', 'text'] as const)('年节放假办法 (2024) with lines that show nothing put in, read as %s', (format) => {
  const file = 'lawrefbook/nianjie_fangjia_banfa_2024.md';
  const source = readFileSync(join(CORPUS, file), 'utf8');
  // After 第一条 a line of U+FEFF; under 第二条（一） a word joiner between spaces, with no
  // blank line before it (a lazy continuation line in Markdown); after 第六条 zero-width non-joiner and joiner.
  const spaced = source
    .replace('制定本办法。\n', '制定本办法。\n\n\uFEFF\n')
    .replace('（一）元旦，放假1天（1月1日）；\n', '（一）元旦，放假1天（1月1日）；\n \u2060 \n')
    .replace(/(第六条[^\n]*\n)/u, '$1\n\u200C\u200D\n');

  it('makes the same clauses as the text without them', () => {
    expect(spaced.split('\n').length).toBe(source.split('\n').length + 5);
    const shape = (text: string) => importDraft(text, { format }).clauses.map((c) => [c.number, c.level, c.text]);
    expect(shape(spaced)).toEqual(shape(source));
    expect(shape(spaced).filter(([, , text]) => isInvisible(String(text)))).toEqual([]);
  });
});
