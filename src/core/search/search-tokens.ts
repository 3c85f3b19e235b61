/** One word of a field or query, folded for search, with its offsets in the original text. */
export interface SearchToken {
  term: string;
  start: number;
  end: number;
}

const WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;

/**
 * Lower-cases and strips diacritics without changing the length, so offsets found in the folded
 * text are offsets in the original (for highlighting). Typographic apostrophes and dashes become ASCII.
 */
export function foldForSearch(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  let folded = '';
  for (const c of lower) {
    const base = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (/[\u2018\u2019\u02bc`]/.test(c)) folded += "'";
    else if (/[\u2010-\u2015]/.test(c)) folded += '-';
    else folded += base.length === c.length ? base : c;
  }
  return folded;
}

/**
 * Words of a text: "Choe Son-hui's" gives choe, son, hui and the joined sonhui, so a query written
 * with spaces, hyphens or neither finds it. A possessive 's is dropped.
 */
export function searchTokens(text: string): SearchToken[] {
  const folded = foldForSearch(text);
  const tokens: SearchToken[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    const start = match.index ?? 0;
    if (!/['-]/.test(word)) {
      tokens.push({ term: word, start, end: start + word.length });
      continue;
    }
    const parts: SearchToken[] = [];
    let offset = start;
    for (const piece of word.split(/(['-])/)) {
      const isPossessive = piece === 's' && folded[offset - 1] === "'";
      if (piece !== '-' && piece !== "'" && !isPossessive) parts.push({ term: piece, start: offset, end: offset + piece.length });
      offset += piece.length;
    }
    tokens.push(...parts);
    if (parts.length > 1) tokens.push({ term: parts.map((p) => p.term).join(''), start, end: parts[parts.length - 1].end });
  }
  return tokens;
}
