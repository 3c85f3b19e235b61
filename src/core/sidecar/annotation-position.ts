import { isMap, isSeq, type Node } from 'yaml';
import type { ParsedSidecarOk } from './parse-sidecar';

/** 1-based line/column where annotation `id` starts in the sidecar source (1:1 if not found). */
export function annotationPosition(sidecar: ParsedSidecarOk, id: string): { line: number; column: number } {
  const list = sidecar.doc.get('annotations', true);
  const node = isSeq(list) ? (list.items.find((item) => isMap(item) && item.get('id') === id) as Node | undefined) : undefined;
  const { line, col } = sidecar.lineCounter.linePos(node?.range?.[0] ?? 0);
  return { line, column: col };
}
