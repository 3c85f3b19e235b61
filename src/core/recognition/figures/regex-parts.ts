/** Regex fragments shared by the figure readers. */

/** Horizontal whitespace only: figures never span a line break. */
export const SP = '[ \\t\\u00a0]';

/** Month names and their abbreviations, longest first so "June" is not read as "Jun". */
export const MONTH_SOURCE =
  'January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

/** Makes each word alternative of a lower-case source also match with a capital initial ("two" → "[Tt]wo"). */
export function anyInitialCase(source: string): string {
  return source.replace(/(^|[|(:])([a-z])/g, (_, before: string, letter: string) => `${before}[${letter.toUpperCase()}${letter}]`);
}

/**
 * Regex source matching any of `words` (plain letters), grouped by first letter ("T(?:wenty|hirty)|t(?:wenty|hirty)"): at each word
 * start the regex engine then tries the words of one letter, not all of them in turn.
 */
export function alternationByFirstLetter(words: Iterable<string>): string {
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const rests = byFirst.get(word[0]) ?? [];
    rests.push(word.slice(1));
    byFirst.set(word[0], rests);
  }
  // Longest first, so "September" is tried before "Sep".
  return [...byFirst].map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`).join('|');
}
