// redline.yaml: read and checked. A module of its own, which the bundle
// loads on first use (scripts/bundle.js): checking the settings takes the
// YAML readers and the schema library, which a served \`status\` never needs
// (issue 17).
import { isAbsolute, resolve, sep } from 'node:path';
import * as v from 'valibot';
import { InputError, problem } from '../core/problem.js';
import { yaml } from '../core/yaml-library.js';
import { placeFindings, textScalars } from '../core/yaml-places.js';
import { checkData, mapping, plainData, text } from '../core/yaml-schema.js';
import { readTextFile } from './text-file.js';
import { checkNesting } from './yaml-nesting.js';

export interface WorkspaceConfig {
  out: string;
}

/** What redline.yaml may set (an empty file sets nothing). */
const ConfigSchema = v.nullable(mapping({ out: text('out') }, 'redline.yaml must be a mapping of settings'));

/** The settings of the workspace at `root` from its redline.yaml (`path`, shown as `shown`); a problem in it is an InputError at its line. */
export function readConfig(root: string, path: string, shown: string): WorkspaceConfig {
  const source = readTextFile(path, shown, { within: root });
  checkNesting(source, shown);
  return { out: outFolder(root, source, shown) };
}

/**
 * The output folder that redline.yaml names. A plain file whose settings
 * check clean is read with js-yaml alone; any other is read with the yaml
 * library, which places each problem at its line.
 */
function outFolder(root: string, source: string, file: string): string {
  const plain = plainData(source);
  const quick = plain === undefined ? undefined : checkData(ConfigSchema, plain.data);
  if (quick && quick.findings.length === 0) {
    const out = quick.output?.out?.trim() ? quick.output.out : 'out';
    if (isInside(root, out)) return out;
  }
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { prettyErrors: false, lineCounter, customTags: textScalars });
  const place = { file, rule: 'config' };
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new InputError(problem(error.message.split('\n')[0]!, { ...place, line: error.linePos?.[0]?.line, column: error.linePos?.[0]?.col }));
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    throw new InputError(problem((error as Error).message, { ...place, line: 1 }));
  }
  const { output, findings } = checkData(ConfigSchema, data);
  // Unknown keys (warnings) are passed over: a command has no place to say them before it runs.
  const errors = placeFindings(document, lineCounter, findings, place).filter((p) => p.fatal !== false);
  if (errors.length > 0) throw new InputError(errors);
  const out = output?.out?.trim() ? output.out : 'out';
  if (!isInside(root, out)) {
    const [outside] = placeFindings(document, lineCounter, [{ path: ['out'], message: `out: "${out}" is outside the workspace; the output folder must be a folder inside it, such as out` }], place);
    throw new InputError(outside!);
  }
  return out;
}

/** redline.yaml may arrive in a pull request: its output folder stays inside the workspace (and is not the workspace itself). */
function isInside(root: string, out: string): boolean {
  const outPath = resolve(root, out);
  return !isAbsolute(out) && outPath.startsWith(root + sep);
}
