import type { Document } from 'yaml';

/** How the sidecar file was written, so a rewrite keeps its line endings and BOM (no whole-file diff). */
export interface TextStyle {
  crlf: boolean;
  bom: boolean;
}

/** Decodes sidecar bytes (UTF-8, optional BOM) and notes the style to write back. */
export function decodeSidecar(bytes: Uint8Array): { text: string; style: TextStyle } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8').decode(bom ? bytes.subarray(3) : bytes);
  return { text, style: { crlf: text.includes('\r\n'), bom } };
}

/** The Document as sidecar bytes: `[a, b]` lists, and the original line endings and BOM. */
export function serializeSidecar(doc: Document, style: TextStyle = { crlf: false, bom: false }): Uint8Array {
  let text = doc.toString({ flowCollectionPadding: false });
  if (style.crlf) text = text.replace(/\r?\n/g, '\r\n');
  return new TextEncoder().encode(style.bom ? '\uFEFF' + text : text);
}
