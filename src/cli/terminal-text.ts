// Text from drafts, feedback and the command line is never written raw to a
// terminal: C0 and C1 control characters (escape sequences), and the bidi
// controls that make text display in another order than it is stored, are
// shown as visible escapes instead.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** For one piece of text inside a line: every control becomes `\u{…}`. */
export function safeText(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

// The last line of defence, on everything a command prints. Colors (SGR
// sequences) pass when the output has colors on; any other control becomes
// `\uXXXX`, which reads the same in text and is a valid escape inside a JSON
// string (JSON.stringify leaves C1 and bidi controls raw).
const OUTPUT_CONTROL = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function safeOutput(text: string, colors: boolean): string {
  return text.replace(OUTPUT_CONTROL, (match) => {
    if (match.length > 1) return colors ? match : `\\u001b${match.slice(1)}`;
    return `\\u${match.codePointAt(0)!.toString(16).padStart(4, '0')}`;
  });
}

/** Parts of a listing's line joined by · , those left empty (an entry without a unit) left out. */
export function dotted(...parts: string[]): string {
  return parts.filter((part) => part.trim() !== '').join(' · ');
}
