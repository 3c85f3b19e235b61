import type { AnnotationTarget } from '../sidecar/annotation';

/** Characters of context kept on each side of a quote (Hypothesis keeps 32). */
export const CONTEXT_LENGTH = 32;

/** Builds the quote/position selector for `text[start, end)` with 32 characters of context each side. */
export function createTarget(text: string, start: number, end: number): AnnotationTarget {
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`createTarget: span [${start}, ${end}) outside text of length ${text.length}`);
  }
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
