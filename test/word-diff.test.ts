import { describe, expect, it } from 'vitest';
import { MARKDOWN_STYLE, PLAIN_STYLE, renderDiff } from '../src/core/diff/render.js';
import { wordDiff } from '../src/core/diff/word-diff.js';

const plain = (a: string, b: string) => renderDiff(wordDiff(a, b), PLAIN_STYLE, 1000);

describe('word diff', () => {
  it('merges a change around one shared CJK character', () => {
    expect(plain('应当在三十日内作出决定', '应当在十五日内作出决定')).toBe('应当在[-三十-]{+十五+}日内作出决定');
  });

  it('diffs Latin text by words', () => {
    expect(plain('The Secretary shall publish a report.', 'The Secretary must promptly publish a report.')).toBe(
      'The Secretary [-shall-]{+must promptly+} publish a report.',
    );
    expect(plain('within 30 days', 'within 45 days')).toBe('within [-30-]{+45+} days');
  });

  it('shows insertions and deletions in Chinese text exactly', () => {
    expect(plain('药品、耗材、设备集中采购', '药品、耗材、集中采购')).toBe('药品、耗材、[-设备-]集中采购');
    expect(plain('区残联)', '区残联、区民政局)')).toBe('区残联{+、区民政局+})');
  });

  it('shortens long unchanged text around the changes', () => {
    const long = '甲'.repeat(100);
    expect(renderDiff(wordDiff(`${long}乙${long}`, `${long}丙${long}`), PLAIN_STYLE, 3)).toBe('…甲甲甲[-乙-]{+丙+}甲甲甲…');
  });

  it('escapes Markdown and HTML in PR comments', () => {
    expect(renderDiff(wordDiff('a | b', 'a | <script>'), MARKDOWN_STYLE)).toBe('a \\| <del>b</del><ins>&lt;script&gt;</ins>');
  });
});
