// One re-anchoring trial: annotate, edit, re-anchor, and classify the annotation under test.
import { reanchor, type AnchorResult } from '../../../src/core/anchoring/reanchor';
import type { AnnotationTarget } from '../../../src/core/sidecar/annotation';
import { applyEdit, makeRandom, randomTargets, TrackedText, type EditKind } from './simulate-edits';

export type Outcome = 'exact' | 'wrong' | 'orphaned';

export interface TrialResult {
  outcome: Outcome;
  /** True when the edit removed the annotated text, so orphaned is the right answer. */
  quoteDeleted: boolean;
  /** Index of the annotation the edit aimed at, and where its text truly is now. */
  underTest: number;
  truth: { start: number; end: number } | undefined;
  text: string;
  targets: AnnotationTarget[];
  results: AnchorResult[];
}

/** Runs one edit of `kind` on `article` with `annotations` random annotations, deterministic in `seed`. */
export function runTrial(article: string, kind: EditKind, seed: number, annotations: number): TrialResult {
  const random = makeRandom(seed);
  const targets = randomTargets(article, annotations, random);
  const underTest = targets[Math.floor(random() * targets.length)];
  const doc = new TrackedText(article);
  applyEdit(doc, kind, underTest, random, article);
  const results = reanchor(doc.text, targets);
  const truth = doc.trueSpan(underTest.start, underTest.end);
  const found = results[targets.indexOf(underTest)];
  let outcome: Outcome;
  if (found.status === 'orphaned') outcome = 'orphaned';
  else if (truth && found.start === truth.start && found.end === truth.end) outcome = 'exact';
  else outcome = 'wrong';
  return { outcome, quoteDeleted: truth === undefined, underTest: targets.indexOf(underTest), truth, text: doc.text, targets, results };
}
