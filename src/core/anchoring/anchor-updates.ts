/** Turns re-anchoring results into sidecar anchor updates: shared by the editor and `sourcemark check --fix`. */
import type { Annotation, SidecarData } from '../sidecar/annotation';
import type { AnchorUpdate } from '../sidecar/sidecar-edits';
import { reanchor, type AnchorResult } from './reanchor';

/** One update per annotation, in order: the new offsets, or orphaned (offsets then as stored, clamped). */
export function anchorUpdates(annotations: readonly Annotation[], results: readonly AnchorResult[]): AnchorUpdate[] {
  return annotations.map((annotation, i) => ({
    id: annotation.id,
    start: results[i].start,
    end: results[i].end,
    orphaned: results[i].status === 'orphaned',
  }));
}

/** The updates that differ from what the annotations store: only these are worth a write. */
export function changedAnchors(annotations: readonly Annotation[], updates: readonly AnchorUpdate[]): AnchorUpdate[] {
  return updates.filter(
    (update, i) =>
      update.orphaned !== !!annotations[i].orphaned ||
      (!update.orphaned && (update.start !== annotations[i].target.start || update.end !== annotations[i].target.end)),
  );
}

/**
 * A sidecar's annotations anchored in `text` (new offsets where found, `orphaned` where not), and the updates
 * that differ from what was stored. The input is not modified.
 */
export function anchorInText(text: string, data: SidecarData): { data: SidecarData; changed: AnchorUpdate[] } {
  const updates = anchorUpdates(data.annotations, reanchor(text, data.annotations.map((a) => a.target)));
  const annotations = data.annotations.map((annotation, i): Annotation => {
    const { orphaned, start, end } = updates[i];
    const anchored = { ...annotation, orphaned: orphaned || undefined };
    return orphaned ? anchored : { ...anchored, target: { ...annotation.target, start, end } };
  });
  return { data: { ...data, annotations }, changed: changedAnchors(data.annotations, updates) };
}
