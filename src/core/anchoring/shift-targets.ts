import type { AnnotationTarget } from '../sidecar/annotation';

/** One edit as VS Code reports it: `rangeLength` characters at `rangeOffset` replaced by `text`. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * Moves start/end through the edits of one change event (offsets refer to the text before the
 * event, as in VS Code's `contentChanges`). Text typed inside a span widens it, text typed at its
 * edges stays outside; a span whose whole text was replaced or deleted collapses to zero length
 * at the edit, where `reanchor` will flag it. Quotes are left as stored.
 */
export function shiftTargets(targets: readonly AnnotationTarget[], changes: readonly TextChange[]): AnnotationTarget[] {
  // Applying the last edit first keeps every earlier offset valid for the next one.
  const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  return targets.map((target) => {
    let { start, end } = target;
    for (const change of ordered) [start, end] = shiftSpan(start, end, change);
    return start === target.start && end === target.end ? target : { ...target, start, end };
  });
}

function shiftSpan(start: number, end: number, change: TextChange): [number, number] {
  const editStart = change.rangeOffset;
  const editEnd = change.rangeOffset + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  if (editStart >= end) return [start, end];
  if (editEnd <= start) return [start + delta, end + delta];
  if (editStart <= start && editEnd >= end) return [editStart, editStart];
  const newStart = editStart < start ? editStart + change.text.length : start;
  const newEnd = editEnd > end ? editStart : end + delta;
  return [newStart, Math.max(newStart, newEnd)];
}
