import { isMap, isSeq, type Node } from 'yaml';
import type { ParsedSidecarOk } from './parse-sidecar';

/** 1-based line/column where each annotation (by id) starts in the sidecar source, in one pass. */
export function annotationPositions(sidecar: ParsedSidecarOk): Map<string, { line: number; column: number }> {
  const positions = new Map<string, { line: number; column: number }>();
  const list = sidecar.doc.get('annotations', true);
  for (const item of isSeq(list) ? list.items : []) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id !== 'string' || positions.has(id)) continue;
    const { line, col } = sidecar.lineCounter.linePos((item as Node).range?.[0] ?? 0);
    positions.set(id, { line, column: col });
  }
  return positions;
}

