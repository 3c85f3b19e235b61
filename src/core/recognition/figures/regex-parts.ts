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
