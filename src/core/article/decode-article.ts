/** Turns an article file's bytes into text, or says clearly why it is not an article we can read. */

export type DecodedArticle =
  | { ok: true; text: string }
  | { ok: false; reason: 'binary' | 'utf-16' | 'invalid-utf8' | 'too-large' | 'unreadable'; message: string };

/** Default size limit for articles: larger files are skipped, not recognized. */
export const DEFAULT_MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 article bytes (BOM stripped); binary, UTF-16, non-UTF-8 and over-size input is refused. */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodedArticle {
  if (bytes.byteLength > maxBytes) {
    return { ok: false, reason: 'too-large', message: tooLargeMessage(bytes.byteLength, maxBytes) };
  }
  // Before the binary test: UTF-16 text is full of NUL bytes, but it is text the analyst can re-save.
  if (looksUtf16(bytes)) {
    return { ok: false, reason: 'utf-16', message: 'UTF-16 text; save it as UTF-8' };
  }
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'binary', message: 'binary file, not an article' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'invalid-utf8', message: 'not valid UTF-8 text' };
  }
}

/** "too large to recognize (5.2 MB, limit 4.0 MB)". */
export function tooLargeMessage(bytes: number, maxBytes: number): string {
  return `too large to recognize (${formatBytes(bytes)}, limit ${formatBytes(maxBytes)})`;
}

/** Tells whether already-decoded text is binary (the editor hands us text, not bytes). */
export function textLooksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

// A UTF-16 byte-order mark, or (without one) NUL in nearly every high byte of the first 8 KB and almost no NUL
// in the low bytes: the shape of mostly-Latin text in UTF-16LE or BE.
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const pairs = Math.floor(Math.min(bytes.byteLength, 8192) / 2);
  if (pairs < 2) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  const mostly = (n: number) => n >= 0.9 * pairs;
  const rarely = (n: number) => n <= 0.1 * pairs;
  return (mostly(oddNuls) && rarely(evenNuls)) || (mostly(evenNuls) && rarely(oddNuls));
}

// Same heuristic as git: a NUL byte in the first 8 KB means binary.
function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.byteLength, 8192);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
