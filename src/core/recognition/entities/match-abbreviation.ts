/**
 * Finds where the long form of an abbreviation starts in the text just before it (Schwartz & Hearst, 2003):
 * letters are matched right to left, and the first letter must start a word.
 * Returns the offset of the long form's first character in `before`, or -1.
 */
export function matchAbbreviation(letters: string, before: string): number {
  const short = letters.toLowerCase();
  const long = before.toLowerCase();
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s];
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1])))) {
      l--;
    }
    if (l < 0) {
      return -1;
    }
    s--;
    l--;
  }
  return l + 1;
}
