import type { Document } from 'yaml';
import type { SidecarProblem } from './sidecar-problem';

/** How the sidecar file was written, so a rewrite keeps its line endings and BOM (no whole-file diff). */
export interface TextStyle {
  crlf: boolean;
  bom: boolean;
}

export type DecodedSidecar = { ok: true; text: string; style: TextStyle } | { ok: false; error: SidecarProblem };

/** Decodes sidecar bytes (UTF-8, optional BOM) and notes the style to write back; invalid UTF-8 is a positioned error, never U+FFFD. */
export function decodeSidecar(bytes: Uint8Array): DecodedSidecar {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, style: { crlf: text.includes('\r\n'), bom } };
  } catch {
    const at = firstInvalidByte(body);
    const before = new TextDecoder('utf-8').decode(body.subarray(0, at));
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.slice(0, lineStart).split('\n').length;
    const byte = body[at].toString(16).toUpperCase().padStart(2, '0');
    const message = `not valid UTF-8 (byte 0x${byte}); save the sidecar as UTF-8 (it is not written until then)`;
    return { ok: false, error: { message, line, column: before.length - lineStart + 1 } };
  }
}

// Stream-mode fatal decoding of a prefix fails exactly when the prefix holds an invalid sequence (one cut at the
// end is allowed), so a binary search finds where the error shows; a sequence left incomplete there started earlier.
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (decodes(bytes.subarray(0, middle + 1), true)) low = middle + 1;
    else high = middle;
  }
  let start = low;
  if (!decodes(bytes.subarray(0, start), false)) {
    while (start > 0 && (bytes[start - 1] & 0xc0) === 0x80) start--;
    if (start > 0) start--; // the lead byte of the incomplete sequence
  }
  return Math.min(start, bytes.length - 1);
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/** The Document as sidecar bytes: `[a, b]` lists, and the original line endings and BOM. */
export function serializeSidecar(doc: Document, style: TextStyle = { crlf: false, bom: false }): Uint8Array {
  let text = doc.toString({ flowCollectionPadding: false });
  if (style.crlf) text = text.replace(/\r?\n/g, '\r\n');
  return encodeSidecar(text, style);
}

/** Sidecar text as bytes, with the BOM it had. */
export function encodeSidecar(text: string, style: TextStyle): Uint8Array {
  return new TextEncoder().encode(style.bom ? '\uFEFF' + text : text);
}
