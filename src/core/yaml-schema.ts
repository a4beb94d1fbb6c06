// The files redline reads as YAML (entries, a draft's front matter,
// redline.yaml) are checked against valibot schemas. This module holds the
// field schemas they share and the check, which gives findings by their path
// in the data (yaml-places.ts puts them at file:line:col). Keys a schema does
// not know are warnings, never copied into the data (a `__proto__` key
// reaches no object). Only js-yaml and valibot here: the quick paths that
// read plain files never load the `yaml` library.
import jsyaml from 'js-yaml';
import * as v from 'valibot';

export type Path = Array<string | number>;

/** What a check found, placed later by its path in the YAML tree. */
export interface Finding {
  path: Path;
  message: string;
  warning?: boolean;
  /** Point at the key rather than its value (unknown and missing keys). */
  atKey?: boolean;
}

/** The data as the schema gives it, when nothing but warnings was found; and every finding. */
export function checkData<S extends v.GenericSchema>(schema: S, data: unknown): { output?: v.InferOutput<S>; findings: Finding[] } {
  const findings: Finding[] = [];
  const keys = knownKeys(schema);
  if (keys) unknownKeys(keys, data, [], findings);
  const result = v.safeParse(schema, data);
  if (result.success) return { output: result.output, findings };
  const seen = new Set<string>();
  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    // A list where a mapping belongs misses every key: one message says so.
    const atKey = issue.path?.at(-1)?.origin === 'key';
    const place = JSON.stringify([atKey ? path.slice(0, -1) : path, issue.message]);
    if (seen.has(place)) continue;
    seen.add(place);
    findings.push({ path, message: issue.message, ...(atKey ? { atKey: true } : {}) });
  }
  return { findings };
}

type AnySchema = v.GenericSchema & { type: string; wrapped?: AnySchema; entries?: Record<string, AnySchema>; item?: AnySchema; pipe?: readonly AnySchema[] };

/** The keys a schema's mappings know, worked out once per schema (thousands of entries are read). */
interface KnownKeys {
  /** For a mapping: its keys, each with what its value holds (null: a scalar). */
  keys?: Map<string, KnownKeys | null>;
  /** For a list: what its items hold. */
  items?: KnownKeys | null;
}

const known = new WeakMap<v.GenericSchema, KnownKeys | null>();

function knownKeys(schema: v.GenericSchema): KnownKeys | null {
  let keys = known.get(schema);
  if (keys === undefined) known.set(schema, (keys = keysOf(shapeOf(schema as AnySchema))));
  return keys;
}

function keysOf(shape: AnySchema): KnownKeys | null {
  // Loose objects take any key.
  if (shape.type === 'object' && shape.entries) return { keys: new Map(Object.entries(shape.entries).map(([key, value]) => [key, keysOf(shapeOf(value))])) };
  if (shape.type === 'array' && shape.item) return { items: keysOf(shapeOf(shape.item)) };
  return null;
}

/** Keys of the data that the schema's mappings do not name; `path` is where the value is. */
function unknownKeys(known: KnownKeys, value: unknown, path: Path, findings: Finding[]): void {
  if (known.keys && isRecord(value)) {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const inner = known.keys.get(key);
      if (inner === undefined) {
        findings.push({ path: [...path, key], message: `unknown key "${key}" (known: ${[...known.keys.keys()].join(', ')})`, warning: true, atKey: true });
      } else if (inner) {
        path.push(key);
        unknownKeys(inner, value[key], path, findings);
        path.pop();
      }
    }
  } else if (known.items && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      unknownKeys(known.items, value[i], path, findings);
      path.pop();
    }
  }
}

/** The mapping or list a schema checks, through optional, nullable and pipes. */
function shapeOf(given: AnySchema): AnySchema {
  let schema = given;
  while (schema.wrapped) schema = schema.wrapped;
  if (schema.entries || schema.item || !schema.pipe) return schema;
  for (const item of schema.pipe) {
    if (item.kind !== 'schema') continue;
    const shape = shapeOf(item);
    if (shape.entries || shape.item) return shape;
  }
  return schema;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ── Reading: every scalar is text, but null. What is a number (an occurrence,
// a row) the schema says and converts, so `id: 007` stays "007" and a
// well-formed file takes the cheapest path through each check.

/** js-yaml's schema for redline's files: only null (~, null, an empty value) is resolved (textScalars in yaml-places.ts is the same for the `yaml` library). */
export const TEXT_SCALARS = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [(jsyaml as unknown as { types: { null: jsyaml.Type } }).types.null] });


/**
 * The data of a plain YAML text (lines of `key: value`, `- item` and
 * comments, no flows, anchors, tags, escapes or tabs) as js-yaml reads it;
 * undefined for any other text, which the `yaml` library reads with places
 * for its problems. On plain text the two read alike (test/plain-meta.test.ts).
 */
export function plainData(source: string): { data: unknown } | undefined {
  if (!source.split('\n').every((line) => PLAIN_LINE.test(line))) return undefined;
  try {
    return { data: jsyaml.load(source, { schema: TEXT_SCALARS }) };
  } catch {
    return undefined;
  }
}

// A plain front matter's lines: empty, a comment, or `key: value`, `- value`,
// `- key: value`, where a value is plain (no YAML indicator at its start, no
// ": " or " #" inside), quoted without escapes, or an empty [] or {}.
const PLAIN_VALUE = String.raw`(?:[^\s\-?:,[\]{}#&*!|>'"%@${'`'}](?:[^:#\t]|:(?! |$)|(?<! )#)*|"[^"\\\t]*"|'[^'\t]*'|\[\]|\{\})`;
const PLAIN_LINE = new RegExp(String.raw`^(?: *(?:#.*)?| *(?:- +)*(?:[A-Za-z_][A-Za-z0-9_-]*:(?: +${PLAIN_VALUE})?|${PLAIN_VALUE}))$`, 'u');

// ── Fields. Empty text means "not given": the reader of the output leaves it out.

/** Text that may be left out (null or ""). */
export function text(key: string) {
  return v.optional(v.nullable(v.string(`"${key}" must be text`)));
}

/** Text that must be given and not empty. */
export function requiredText(key: string) {
  return v.pipe(
    v.string((issue) => (issue.input === null || issue.input === undefined ? `"${key}" is required` : `"${key}" must be text`)),
    v.nonEmpty(`"${key}" is required`),
  );
}

/** A whole number from 1 (a line, a row, an occurrence). */
export function wholeNumber(key: string) {
  return number((n) => Number.isInteger(n) && n >= 1, `${key} is a whole number from 1`);
}

/** A number from 0 to 1 (a confidence). */
export function fraction(key: string) {
  return number((n) => n >= 0 && n <= 1, `${key} is a number from 0 to 1`);
}

function number(ok: (n: number) => boolean, message: string) {
  return v.optional(
    v.nullable(
      v.pipe(
        v.string(message),
        v.check((digits) => digits.trim() !== '' && Number.isFinite(Number(digits)) && ok(Number(digits)), message),
        v.transform(Number),
      ),
    ),
  );
}

/** The given values of a mapping's output: null, undefined and "" left out. */
export function given<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const field = value[key];
    if (field !== null && field !== undefined && field !== '') out[key] = field;
  }
  return out as { [K in keyof T]?: Exclude<T[K], null> };
}

/**
 * A YAML mapping with these keys (in the order messages list them); `message`
 * says what it should be when it is something else. A key that is not
 * optional and missing is `"key" is required`.
 */
export function mapping<E extends v.ObjectEntries>(entries: E, message: string) {
  // A list passes valibot's test for an object: it is told apart here, by its missing keys.
  return v.object(entries, (issue) => (issue.type === 'object' && issue.expected?.startsWith('"') && !Array.isArray(issue.path?.[0]?.input) ? `${issue.expected} is required` : message));
}
