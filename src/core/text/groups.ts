// Grouping by key: appending in place, since copying the group on every
// member (`[...group, x]`) is quadratic, and a campaign can have thousands.

/** Adds `value` to the group under `key`, making the group when it is the first. */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
