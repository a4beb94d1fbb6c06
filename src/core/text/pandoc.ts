// The front matter of the PDF-ready outputs, written with the `yaml` library
// (its quoting is what pandoc reads back). Apart from markdown.ts, whose
// escapes the quick commands use without loading YAML.
import { stringify } from 'yaml';

/** YAML front matter that pandoc reads: title, date, lang. */
export function pandocFrontMatter(fields: Record<string, string | undefined>): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
  return `---\n${stringify(present, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---`;
}
