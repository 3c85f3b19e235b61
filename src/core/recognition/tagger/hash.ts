/**
 * FNV-1a over the UTF-16 code units of `text[start, end)`: the one string hash of the tagger and its gazetteers.
 * `hash` continues the hash of a text before this one, so a name of several words is hashed word by word.
 */
export function hashText(text: string, start = 0, end = text.length, hash = 0x811c9dc5): number {
  for (let index = start; index < end; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/** A feature's hash: which template it comes from mixed with the hash of its value. */
export function featureHash(template: number, value: number): number {
  let hash = Math.imul(value ^ Math.imul(template + 1, 0x9e3779b1), 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** Lower case without diacritics and with straight apostrophes ("Rifā‘" → "rifa'"): how gazetteer names are matched. */
export function foldName(text: string): string {
  const lower = text.toLowerCase();
  for (let index = 0; index < lower.length; index++) {
    if (lower.charCodeAt(index) > 127) return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʼʻ`´]/g, "'");
  }
  return lower;
}
