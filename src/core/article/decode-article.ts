/** Turns an article file's bytes into text, or says clearly why it is not an article we can read. */

export type DecodedArticle =
  | { ok: true; text: string }
  | { ok: false; reason: 'binary' | 'invalid-utf8' | 'too-large' | 'unreadable'; message: string };

/** Default size limit for articles: larger files are skipped, not recognized. */
export const DEFAULT_MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 article bytes (BOM stripped); binary, non-UTF-8 and over-size input is refused. */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodedArticle {
  if (bytes.byteLength > maxBytes) {
    return { ok: false, reason: 'too-large', message: tooLargeMessage(bytes.byteLength, maxBytes) };
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

// Same heuristic as git: a NUL byte in the first 8 KB means binary.
function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.byteLength, 8192);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
