import search from 'approx-string-match';

/** A fuzzy occurrence of a pattern: [start, end) in the searched text with its edit count. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Myers' bit-parallel search (approx-string-match): the lowest-error occurrences of `pattern` within `maxErrors`. */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  return search(text, pattern, maxErrors);
}
