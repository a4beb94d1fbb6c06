// One problem type for the whole core: a vfile-message carries the reason, the
// file, the place (line/column) and a rule id, and one reporter prints it.
import { VFileMessage } from 'vfile-message';

export type Problem = VFileMessage;

export interface ProblemPlace {
  file?: string;
  line?: number;
  column?: number;
  rule?: string;
  warning?: boolean;
}

export function problem(reason: string, place: ProblemPlace = {}): Problem {
  const message = new VFileMessage(reason, {
    place: place.line ? { line: place.line, column: place.column ?? 1 } : undefined,
    ruleId: place.rule,
    source: 'redline',
  });
  if (place.file) message.file = place.file;
  message.fatal = place.warning ? false : true;
  return message;
}

/** Thrown by the core when an input cannot be used at all; carries the problems. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem | Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.reason).join('; '));
    this.name = 'InputError';
    this.problems = list;
  }
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
