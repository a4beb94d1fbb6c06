// Entry ids in their natural order (2 before 10), as the response table lists
// them, for every output that names entries (build's attributions, blame).

let naturalOrder: Intl.Collator | undefined;

const PLAIN = /^\d{1,15}$/u;

/** Two entry ids compared in their natural order: plain numbers by value, others by a numeric collation. */
export function compareEntryIds(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return Number(a) - Number(b);
  return (naturalOrder ??= new Intl.Collator('en', { numeric: true })).compare(a, b);
}

/** Entry ids in their natural order (2 before 10), as the response table lists them: a change's entries come in the order they touched it. */
export function inOrder(ids: readonly string[]): string[] {
  if (ids.length < 2) return [...ids];
  const plain = ids.every((id) => PLAIN.test(id));
  return [...ids].sort((a, b) => (plain ? Number(a) - Number(b) : (naturalOrder ??= new Intl.Collator('en', { numeric: true })).compare(a, b)));
}
