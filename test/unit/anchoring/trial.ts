// One re-anchoring trial: annotate, edit, re-anchor, and classify the annotation under test.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { reanchor, type AnchorResult } from '../../../src/core/anchoring/reanchor';
import type { AnnotationTarget } from '../../../src/core/sidecar/annotation';
import { applyEdit, chooseTargetUnderTest, makeRandom, pick, randomTargets, TrackedText, type EditKind } from './simulate-edits';

export type Outcome = 'exact' | 'wrong' | 'orphaned';

/** Articles to annotate and edit, and the articles that may replace one ('replace-article'). */
export interface Corpus {
  articles: readonly string[];
  replacements: readonly string[];
}

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

/** Article texts (trailing whitespace trimmed) of the `.txt` files in `dir`, by name; `keep` filters names. */
export function readArticles(dir: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && keep(name))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8').trimEnd());
}

/**
 * The two corpora the property test and the bench use, from the repository `root`: the five seed
 * articles joined into one document, and the seeds plus the gold-set articles one at a time.
 */
export function standardCorpora(root: string): { joined: Corpus; separate: Corpus } {
  const seeds = readArticles(path.join(root, 'seeds'));
  // The gold set repeats the seeds under the same names; only its own articles are added, and only the
  // first ones (1xx, 2xx): the recognizer's later dev articles would change the property test's random sample.
  const gold = readArticles(path.join(root, 'test/fixtures/gold'), (name) => name.startsWith('1') || name.startsWith('2'));
  const separate = [...seeds, ...gold];
  return { joined: { articles: [seeds.join('\n')], replacements: gold }, separate: { articles: separate, replacements: separate } };
}

/** Runs one edit of `kind` on an article of `corpus` with `annotations` random annotations, deterministic in `seed`. */
export function runTrial(corpus: Corpus, kind: EditKind, seed: number, annotations: number): TrialResult {
  const random = makeRandom(seed);
  const article = pick(random, corpus.articles);
  const targets = randomTargets(article, annotations, random);
  const underTest = chooseTargetUnderTest(kind, article, targets, random);
  const replacement = pick(random, corpus.replacements.filter((other) => other !== article));
  const doc = new TrackedText(article);
  applyEdit(doc, kind, underTest, random, article, replacement);
  const results = reanchor(doc.text, targets);
  const truth = doc.trueSpan(underTest.start, underTest.end);
  const found = results[targets.indexOf(underTest)];
  let outcome: Outcome;
  if (found.status === 'orphaned') outcome = 'orphaned';
  else if (truth && found.start === truth.start && found.end === truth.end) outcome = 'exact';
  else outcome = 'wrong';
  return { outcome, quoteDeleted: truth === undefined, underTest: targets.indexOf(underTest), truth, text: doc.text, targets, results };
}
