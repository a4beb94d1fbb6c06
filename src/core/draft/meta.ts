// A draft's front matter as redline reads it: the keys it knows (title,
// version, date, lang, source, the consultation window, the numbering that
// runs on across sections), checked against a schema. Any other key is the
// author's (pandoc's, say) and passes.
import * as v from 'valibot';
import { checkData, isRecord, plainData, type Finding } from '../yaml-schema.js';

export interface ContinuousNumbering {
  style: string;
  level: number;
}

export interface DraftMeta {
  title: string;
  version?: string;
  date?: string;
  lang: 'zh' | 'en';
  consultation?: { from: string; to: string };
  numbering: { continuous: ContinuousNumbering[] };
  source?: string;
  /** The front matter has keys of the author's (pandoc's): the build carries them into its outputs. */
  authorKeys?: true;
}

const metaText = (key: string) => v.optional(v.nullable(v.string(`front matter: "${key}" should be text`)));

/** The keys redline reads and writes itself, each with its check. */
const OWN_ENTRIES = {
  title: metaText('title'),
  version: metaText('version'),
  date: metaText('date'),
  lang: metaText('lang'),
  source: metaText('source'),
  // The consultation window and the numbering are redline's own notes: one it cannot read is left aside.
  consultation: v.fallback(v.optional(v.looseObject({ from: v.string(), to: v.string() })), undefined),
  numbering: v.fallback(
    v.optional(v.looseObject({ continuous: v.optional(v.array(v.fallback(v.nullable(v.looseObject({ style: v.string(), level: v.pipe(v.string(), v.transform(Number), v.integer()) })), null))) })),
    undefined,
  ),
};

/** redline's own keys; any other is the author's (see revision/front-matter.ts). */
export const OWN_KEYS: ReadonlySet<string> = new Set(Object.keys(OWN_ENTRIES));

const MetaSchema = v.nullable(v.pipe(v.custom<Record<string, unknown>>(isRecord, 'the front matter must be a mapping of keys to values'), v.looseObject(OWN_ENTRIES)));

/** The meta of the front matter's data (every scalar read as text), and what the check found. */
export function metaOf(data: unknown): { meta: DraftMeta; findings: Finding[] } {
  const { output, findings } = checkData(MetaSchema, data);
  const read = output ?? {};
  const meta: DraftMeta = {
    title: read.title ?? '',
    lang: read.lang?.startsWith('en') ? 'en' : 'zh',
    numbering: { continuous: (read.numbering?.continuous ?? []).flatMap((c) => (c ? [{ style: c.style, level: c.level }] : [])) },
  };
  if (read.version) meta.version = read.version;
  if (read.date) meta.date = read.date;
  if (read.source) meta.source = read.source;
  if (read.consultation?.from && read.consultation.to) meta.consultation = { from: read.consultation.from, to: read.consultation.to };
  if (Object.keys(read).some((key) => !OWN_KEYS.has(key))) meta.authorKeys = true;
  return { meta, findings };
}


/**
 * The meta of a plain front matter (plainData in yaml-schema.ts) where the
 * check finds nothing: on such text js-yaml and the `yaml` library agree
 * (test/plain-meta.test.ts), so the usual draft is read without the latter,
 * several times faster, and the quick diff does not even load it.
 * null: the yaml library's reading (format.ts) decides.
 */
export function plainMeta(source: string): DraftMeta | null {
  const plain = plainData(source);
  if (plain === undefined) return null;
  const { meta, findings } = metaOf(plain.data);
  return findings.length === 0 ? meta : null;
}
