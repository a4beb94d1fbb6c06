// The help pages rendered when the CLI was built (see help-pages.ts). Run
// from source there are none and commander renders every help; in the bundle
// this module is replaced by one that loads dist/help-pages.cjs
// (scripts/bundle.js, scripts/help-pages.js).
import type { HelpPages } from './help-pages.js';

export function builtHelp(): HelpPages | undefined {
  return undefined;
}
