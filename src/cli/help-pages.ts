// Help pages rendered once, when the CLI is built (like man's cat pages), so
// that `redline --help` and `redline <command> --help` need not load commander
// and every command's definition (issue 17: start-up). A page is only served
// where it is byte for byte what commander would print: at 80 columns (output
// that is not a terminal, or an 80-column one) and on a terminal wide enough
// that commander wraps nothing. Elsewhere commander renders it as before.
// scripts/help-pages.js renders the pages with commander itself.

/** One command's help: as printed at 80 columns, and unwrapped (printed as is from `wideFrom` columns on). */
export interface HelpPage {
  at80: string;
  unwrapped: string;
  wideFrom: number;
}

/** Pages by command path: '' for redline itself, 'build', 'feedback add'. */
export type HelpPages = Record<string, HelpPage>;

/** The width commander gives help when the output is not a terminal. */
export const DEFAULT_HELP_WIDTH = 80;

/** The rendered help that `argv` asks for at `width` columns, or undefined where commander must render it; the pages are loaded only for a help request. */
export function renderedHelp(load: () => HelpPages | undefined, argv: readonly string[], width: number): string | undefined {
  const last = argv.at(-1);
  if (last !== '--help' && last !== '-h') return undefined;
  const pages = load();
  if (!pages) return undefined;
  // Only a plain path of command names: an option or argument before --help is commander's to read.
  const path = argv.slice(0, -1);
  if (path.some((word) => !/^[a-z][a-z-]*$/u.test(word))) return undefined;
  const page = Object.hasOwn(pages, path.join(' ')) ? pages[path.join(' ')] : undefined;
  if (!page) return undefined;
  if (width === DEFAULT_HELP_WIDTH) return page.at80;
  return width >= page.wideFrom ? page.unwrapped : undefined;
}
