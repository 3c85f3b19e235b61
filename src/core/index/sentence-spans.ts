/**
 * Start offsets of the sentences of a text, ascending, the first being 0. A sentence ends at a line
 * break or at . ! ? followed by space and an upper-case letter, digit or quote — except after
 * abbreviations news text is full of ("Nov. 4", "Rep. Park", "U.S. officials").
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])|\n+/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    if (match[0].startsWith('.') && endsWithAbbreviation(text, match.index)) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** Index of the sentence containing `offset`, given `sentenceStarts` of the text. */
export function sentenceIndexAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'rep', 'sen', 'gen', 'col', 'lt', 'gov', 'pres', 'st', 'no', 'vs', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, dot - 6), dot))?.[1] ?? '';
  // Single capitals are initials or parts of acronyms (U.S., N. Korea).
  return (word.length === 1 && word === word.toUpperCase()) || ABBREVIATIONS.has(word.toLowerCase());
}
