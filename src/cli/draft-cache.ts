// Parsed drafts kept between runs (issue 17). Reading the Civil Code's 2,264
// blocks into clauses costs a fresh process about 100 ms, most of it the
// reader's code not yet compiled; the same clauses read back as JSON take
// about 10. A large draft read without any problem is kept in
// .redline/cache/ with the SHA-256 of its text, and served only for that very
// text, read anew at every run: whatever changed the file, and however its
// times were set, a changed draft is parsed again. A draft with problems
// (warnings included) is not kept: it is parsed, and its problems reported,
// every time.
import { relative } from 'node:path';
import { draftFromReading, draftReading, parseDraft, type DraftReading, type ParsedDraft } from '../core/draft/format.js';
import { afterSuccess } from './after-success.js';
import { BUILD, cacheOff, cachePath, readCacheFile, sha256, writeCacheFile } from './cache-folder.js';

/** Smaller drafts are parsed directly: the cache would save a few milliseconds. */
export const DRAFT_CACHE_MIN_CHARS = 30_000;

const FORMAT = 1;

interface CacheFile {
  format: number;
  build: string;
  /** The draft's path in the workspace, its name, and the hash of its text. */
  draft: string;
  name: string;
  hash: string;
  /** The draft as read: its meta, blocks and clauses. */
  reading: DraftReading;
}

/** The draft in `text` (the file at `path`, shown as `display`), as parseDraft reads it, from the cache when it holds this text. */
export function parseDraftCached(text: string, path: string, display: string, name: string, root: string): ParsedDraft {
  if (text.length < DRAFT_CACHE_MIN_CHARS || cacheOff(process.env)) return parseDraft(text, display, name);
  const draft = relative(root, path);
  const hash = sha256(text);
  const file = cachePath(root, 'draft', draft);
  const stored = readCacheFile(file, root) as Partial<CacheFile> | undefined;
  if (stored?.format === FORMAT && stored.build === BUILD && stored.draft === draft && stored.name === name && stored.hash === hash && isReading(stored.reading)) {
    return draftFromReading(stored.reading, text, display, name);
  }
  const parsed = parseDraft(text, display, name);
  const reading = draftReading(parsed);
  // Written only if the command succeeds: a command that fails leaves every file as it was, caches included.
  if (reading) afterSuccess(() => writeCacheFile(file, { format: FORMAT, build: BUILD, draft, name, hash, reading } satisfies CacheFile));
  return parsed;
}

/** A reading of the cache's shape: a torn or foreign file is parsed as no cache. */
function isReading(reading: unknown): reading is DraftReading {
  if (typeof reading !== 'object' || reading === null) return false;
  const { meta, blocks, clauses } = reading as Partial<DraftReading>;
  return typeof meta === 'object' && meta !== null && Array.isArray(blocks) && Array.isArray(clauses) && blocks.length === clauses.length;
}
