/** 1 − Levenshtein distance / longer length; 1 for two empty strings. Meant for 32-character contexts. */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - levenshtein(a, b) / longer;
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Share of `prefix` that ends exactly at `text[at]` (its longest matching tail / its length). */
export function prefixAgreement(text: string, at: number, prefix: string): number {
  if (prefix.length === 0) return 1;
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n / prefix.length;
}

/** Share of `suffix` that starts exactly at `text[at]` (its longest matching head / its length). */
export function suffixAgreement(text: string, at: number, suffix: string): number {
  if (suffix.length === 0) return 1;
  let n = 0;
  while (n < suffix.length && at + n < text.length && text.charCodeAt(at + n) === suffix.charCodeAt(n)) n++;
  return n / suffix.length;
}
