// The `yaml` library (a file's tree with its comments and the place of every
// node), reached through a function rather than imported: the usual run
// reads its files with js-yaml alone, and in the bundle this module becomes
// one that loads dist/yaml.cjs when first called (scripts/bundle.js), so a
// command that never needs the tree never compiles the library (issue 17:
// about 12 ms of every `status`, `check`, `propose`).
import * as library from 'yaml';

export type YamlLibrary = typeof library;

export function yaml(): YamlLibrary {
  return library;
}
