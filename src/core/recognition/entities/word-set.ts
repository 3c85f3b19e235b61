/** Builds a lookup set from a space- or `|`-separated word list, lower-cased. */
export function wordSet(list: string): Set<string> {
  const separator = list.includes('|') ? '|' : /\s+/;
  return new Set(list.split(separator).map((word) => word.trim().toLowerCase()).filter((word) => word.length > 0));
}
