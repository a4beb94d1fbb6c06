// The direction of imports that src/README.md draws: the core never reaches
// the shell, and each layer of the core imports only from the layers below it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const CORE = join(ROOT, 'src/core');
/** Lower numbers sit lower: a module may import from its own layer or a lower one. */
const LAYER: Record<string, number> = { 'text': 0, 'problem.ts': 0, 'yaml-schema.ts': 0, 'yaml-places.ts': 0, 'yaml-library.ts': 0, 'merge-conflict.ts': 0, 'draft': 1, 'edits': 2, 'diff': 2, 'feedback': 3, 'intake': 4, 'revision': 4 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const top = (path: string) => relative(CORE, path).split('/')[0]!.replace(/\.js$/u, '.ts');

describe('the layers of the core', () => {
  const imports = files(CORE).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/gu)].map((m) => ({ file: relative(CORE, file), target: resolve(dirname(file), m[1]!) })),
  );

  it('has every folder and module of the core in a layer', () => {
    expect(readdirSync(CORE).filter((name) => LAYER[name] === undefined)).toEqual([]);
  });

  it('never imports from the shell, and only from its own layer or below', () => {
    const wrong = imports.filter(({ file, target }) => !target.startsWith(CORE) || LAYER[top(target)]! > LAYER[file.split('/')[0]!]!);
    expect(wrong.map(({ file, target }) => `${file} → ${relative(ROOT, target)}`)).toEqual([]);
  });

  it('has no cycle between two folders of one layer', () => {
    const edges = new Set(imports.map(({ file, target }) => `${file.split('/')[0]}→${top(target)}`));
    const both = [...edges].filter((edge) => {
      const [from, to] = edge.split('→') as [string, string];
      return from !== to && edges.has(`${to}→${from}`);
    });
    expect(both).toEqual([]);
  });
});
