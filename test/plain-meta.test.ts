// A draft's front matter is read with js-yaml alone where it is plain
// (draft/meta.ts, plainMeta): there the `yaml` library, which reads every
// other front matter, must find no problem and give the same meta. Checked on any
// mix of YAML's lines (never a closing "---" or "..." line: the front
// matter ends there), and on every corpus draft (all of which are plain).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontMatterByYaml } from '../src/core/draft/format.js';
import { plainMeta } from '../src/core/draft/meta.js';
import { importDraft } from '../src/core/intake/draft-import.js';
import { InputError } from '../src/core/problem.js';

const CORPUS = join(import.meta.dirname, 'fixtures/corpus');

/** What the yaml library's reading gives: the meta, or that it refuses or warns. */
function fullMeta(source: string) {
  try {
    const { meta, problems } = frontMatterByYaml(source, 'd.md');
    return problems.length === 0 ? { meta } : { problems: problems.map((p) => p.message) };
  } catch (error) {
    if (error instanceof InputError) return { refused: error.message };
    throw error;
  }
}

const key = fc.constantFrom('title', 'lang', 'version', 'date', 'source', 'numbering', 'continuous', 'consultation', 'from', 'to', 'style', 'level', 'author', 'x_y', '__proto__', '中文', 'a b');
const value = fc.constantFrom(
  '',
  '民法典',
  'en',
  '2018-01-08',
  '2.0',
  '4',
  '~',
  'null',
  'yes',
  '"1."',
  '"a\\"b"',
  "'it''s'",
  "'x'",
  '[]',
  '{}',
  '[a, b]',
  '{a: 1}',
  'a: b',
  'a:b',
  'a #c',
  'a#c',
  '&x v',
  '*x',
  '!!str 5',
  '|',
  '>',
  '- x',
  '@x',
  '`x',
  '%x',
  '\tx',
  'x\t',
  'x ',
  '第一条',
  '（一）',
);
const goodValue = fc.constantFrom('民法典', 'en', 'zh', '2018-01-08', '2.0', '4', '"1."', "'x'", '[]', '第一条', 'a:b', 'a#c', '~', '');
const goodLine = fc.tuple(fc.constantFrom('', '', '', '  '), fc.constantFrom('', '', '- '), key, fc.constantFrom(': ', ':'), goodValue).map((parts) => parts.join(''));
const anyLine = fc.oneof(
  fc.tuple(fc.constantFrom('', '  ', '    ', '\t'), fc.constantFrom('', '- ', '- - '), key, fc.constantFrom(':', ': ', ':  '), value).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom('', '  ', '    '), fc.constantFrom('- ', ''), value).map((parts) => parts.join('')),
  fc.constantFrom('', '# a comment', '  # indented', '-', '? x', 'title: a\\', '%YAML 1.2'),
);
const line = fc.oneof({ arbitrary: goodLine, weight: 8 }, { arbitrary: anyLine, weight: 1 });

describe('a plain front matter reads the same with js-yaml as with the yaml library', () => {
  it('on any mix of lines: where plainMeta answers, the full reading gives the same meta and no problem', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const source = lines.join('\n');
        const quick = plainMeta(source);
        if (quick !== null) expect(fullMeta(source)).toEqual({ meta: quick });
        if (quick !== null) answered++;
      }),
      { numRuns: 3000 },
    );
    // Not a vacuous property: a good share of the mixes are plain.
    expect(answered).toBeGreaterThan(100);
  });

  it('answers for the front matter redline import writes, on every corpus document', () => {
    const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(md|txt)$/u.test(file) && file !== 'SOURCES.md');
    const declined = files.filter((file) => {
      const text = importDraft(readFileSync(join(CORPUS, file), 'utf8'), { format: file.endsWith('.md') ? 'markdown' : 'text' }).text;
      const source = text.slice(4, text.indexOf('\n---\n'));
      const quick = plainMeta(source);
      if (quick !== null) expect(fullMeta(source)).toEqual({ meta: quick });
      return quick === null;
    });
    expect(declined).toEqual([]);
  });

  it('leaves to the full reading what only it can tell: duplicate keys, aliases, tags, flows, a wrong type', () => {
    for (const source of ['title: a\ntitle: b', 'a: &x 1\nb: *x', 'title: !!str 5', 'title: [a, b]', 'title:\n  x: 1', 'lang: "en\\n"', 'title: a # note']) {
      expect(plainMeta(source)).toBeNull();
    }
    expect(plainMeta('title: 民法典\nlang: zh\nnumbering:\n  continuous:\n    - style: "1."\n      level: 3')).toEqual({ title: '民法典', lang: 'zh', numbering: { continuous: [{ style: '1.', level: 3 }] } });
  });
});
