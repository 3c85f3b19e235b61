import type { AnnotationTarget } from '../sidecar/annotation';
import { approxSearch } from './approx-search';
import { normalizeFragment, normalizeText, type NormalizedText } from './normalize-text';
import { editSimilarity, prefixAgreement, suffixAgreement } from './string-similarity';

/** How an annotation was found: at its stored offsets, as its (normalized) quote, approximately, or not at all. */
export type AnchorStatus = 'exact-offset' | 'quote' | 'fuzzy' | 'orphaned';

/** Where a target lies in the current text. Orphans keep their stored offsets (clamped to the text). */
export interface AnchorResult {
  status: AnchorStatus;
  start: number;
  end: number;
  /** 0..1: weighted similarity of quote, prefix, suffix and position (1 for an exact hit with its context). */
  score: number;
}

/** Fuzzy matches are looked for only this far (normalized characters) around the expected position. */
export const SEARCH_WINDOW = 2048;
/** Below these a candidate is not the annotated text: the annotation becomes an orphan instead of a wrong match. */
export const MIN_TOTAL_SCORE = 0.8;
export const MIN_QUOTE_SCORE = 0.75;
/** Context similarity that counts as "the same surroundings". */
const STRONG_CONTEXT = 0.9;
// Two far-away copies closer than this in score (one or two context characters of 32) are a tie.
const AMBIGUITY_MARGIN = 0.01;
// A verbatim quote this long with one side of its context intact is accepted below the total
// floor: a moved paragraph keeps the context on one side of a quote at its edge.
const MIN_ONE_SIDED_QUOTE = 16;

// Hypothesis' weights: the quote matters most, context next, position only breaks ties.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT;
// Displacements of the last few confident anchors predict where the next one moved to.
const RECENT_DISPLACEMENTS = 7;
// Context edit distances are computed only for the best few exact occurrences of a common quote.
const CONTEXT_CANDIDATES = 8;
const MAX_FUZZY_CANDIDATES = 32;
const MAX_GLOBAL_OCCURRENCES = 4096;
const BOUNDARY_CONTEXT = 8;
const BOUNDARY_SLACK = 3;
const DRIFT_SLACK = 64;

interface Candidate {
  start: number;
  end: number;
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
  score: number;
}

interface Pattern {
  quote: string;
  prefix: string;
  suffix: string;
  /** Normalized position the quote is expected at. */
  expected: number;
}

/**
 * Finds every target in `text`, in document order, so each guess is shifted by how far its
 * neighbours moved. Returns one result per target, in input order; nothing is ever dropped.
 */
export function reanchor(text: string, targets: readonly AnnotationTarget[]): AnchorResult[] {
  const norm = normalizeText(text);
  const order = targets.map((_, i) => i).sort((a, b) => targets[a].start - targets[b].start || targets[a].end - targets[b].end);
  const results: AnchorResult[] = new Array(targets.length);
  const recent: number[] = [];
  for (const i of order) {
    const target = targets[i];
    const base = norm.fromOriginal[clamp(target.start, 0, text.length)];
    const guesses = [median(recent), recent.length > 0 ? recent[recent.length - 1] : 0]
      .map((shift) => clamp(base + shift, 0, norm.text.length));
    const found = anchorOne(text, norm, target, guesses);
    results[i] = found;
    const at = norm.fromOriginal[found.start];
    // A match far from the guess is a moved paragraph (or a copy of a deleted one): it says nothing
    // about where the neighbours went, and in a repetitive text it would lead them to a copy too.
    if (found.status !== 'orphaned' && found.score >= 0.9 && Math.abs(at - guesses[0]) <= SEARCH_WINDOW) {
      recent.push(at - base);
      if (recent.length > RECENT_DISPLACEMENTS) recent.shift();
    }
  }
  return results;
}

// `guesses`: the expected normalized position shifted by the median, then by the latest, displacement;
// the latest follows a drift that grows steadily (CRLF adds one character per line).
function anchorOne(text: string, norm: NormalizedText, target: AnnotationTarget, guesses: number[]): AnchorResult {
  const expected = guesses[0];
  const pattern: Pattern = {
    quote: normalizeFragment(target.quote),
    prefix: normalizeFragment(target.prefix),
    suffix: normalizeFragment(target.suffix),
    expected,
  };
  if (pattern.quote.length === 0) return orphan(text, target);

  // Fast path: the quote is still at its stored offsets with its context around it.
  if (target.quote.length > 0 && text.startsWith(target.quote, target.start)) {
    const at = norm.fromOriginal[target.start];
    if (hasExactContext(norm.text, at, at + pattern.quote.length, pattern)) {
      return { status: 'exact-offset', start: target.start, end: target.end, score: 1 };
    }
  }

  // Second fast path: the normalized quote and context right where the neighbours' shift puts it
  // (re-wrapped lines, CRLF, quote style, text inserted above).
  // A few characters of slack absorb whitespace runs that changed length (CRLF) between anchors;
  // it is kept small so a verbatim copy a paragraph away cannot beat a lightly edited original.
  for (const guess of guesses) {
    for (const at of occurrences(norm.text, pattern.quote, Math.max(0, guess - DRIFT_SLACK), guess + DRIFT_SLACK + 1, MAX_GLOBAL_OCCURRENCES)) {
      if (hasExactContext(norm.text, at, at + pattern.quote.length, pattern)) {
        return located(text, norm, target, { start: at, end: at + pattern.quote.length, quoteScore: 1, score: 1 });
      }
    }
  }
  const lo = Math.max(0, expected - SEARCH_WINDOW);
  const hi = Math.min(norm.text.length, expected + SEARCH_WINDOW);
  if (wasDeletedNear(norm.text, lo, hi, pattern)) return orphan(text, target);
  const exact = occurrences(norm.text, pattern.quote, lo, hi, MAX_GLOBAL_OCCURRENCES);
  const nearby = [...scoreExact(norm.text, exact, pattern, true), ...fuzzyCandidates(norm.text, exact, lo, hi, pattern)];
  let best = pickBest(nearby, pattern);
  // A moved paragraph: its quote, with its context, somewhere else entirely.
  if (!best) best = pickDistinct(scoreExact(norm.text, occurrences(norm.text, pattern.quote, 0, norm.text.length, MAX_GLOBAL_OCCURRENCES), pattern, false), pattern);
  return best ? located(text, norm, target, best) : orphan(text, target);
}

/** Maps a normalized match back to original offsets and names how it was found. */
function located(text: string, norm: NormalizedText, target: AnnotationTarget, match: { start: number; end: number; quoteScore: number; score: number }): AnchorResult {
  const start = norm.starts[match.start];
  const end = match.end > match.start ? norm.ends[match.end - 1] : start;
  const status = start === target.start && end === target.end && text.slice(start, end) === target.quote
    ? 'exact-offset'
    : match.quoteScore === 1 ? 'quote' : 'fuzzy';
  return { status, start, end, score: match.score };
}

function hasExactContext(normText: string, start: number, end: number, pattern: Pattern): boolean {
  return normText.startsWith(pattern.quote, start) && normText.endsWith(pattern.prefix, start) && normText.startsWith(pattern.suffix, end);
}

// When the quote was deleted, its prefix and suffix now touch: that is where it was, so a copy
// elsewhere (a repeated caption, a quoted sentence) is not it. The error budget stays below what
// it costs to skip a surviving, slightly edited quote.
function wasDeletedNear(normText: string, lo: number, hi: number, pattern: Pattern): boolean {
  if (pattern.prefix.length + pattern.suffix.length < 2 * BOUNDARY_CONTEXT) return false;
  const budget = Math.min(4, Math.floor(pattern.quote.length / 4));
  const joined = pattern.prefix + pattern.suffix;
  if (budget === 0) return normText.slice(lo, hi + joined.length).includes(joined);
  return approxSearch(normText.slice(lo, hi + joined.length), joined, budget).length > 0;
}

/** Starts of `needle` in `haystack` from `from` up to (not including) `to`. */
function occurrences(haystack: string, needle: string, from: number, to: number, limit: number): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle, from); at !== -1 && at < to && found.length < limit; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

function positionScore(start: number, expected: number, inWindow: boolean): number {
  return inWindow ? 1 - Math.min(1, Math.abs(start - expected) / SEARCH_WINDOW) : 0;
}

function totalScore(quoteScore: number, prefixScore: number, suffixScore: number, position: number): number {
  return (QUOTE_WEIGHT * quoteScore + CONTEXT_WEIGHT * (prefixScore + suffixScore) + POSITION_WEIGHT * position) / TOTAL_WEIGHT;
}

function contextScores(normText: string, start: number, end: number, pattern: Pattern): [number, number] {
  const before = normText.slice(Math.max(0, start - pattern.prefix.length), start);
  const after = normText.slice(end, end + pattern.suffix.length);
  return [editSimilarity(pattern.prefix, before), editSimilarity(pattern.suffix, after)];
}

// Exact occurrences are ranked first by how much of the context agrees verbatim (cheap), and only
// the best few get an edit-distance context score: common quotes can occur thousands of times.
function scoreExact(normText: string, starts: number[], pattern: Pattern, inWindow: boolean): Candidate[] {
  const ranked = starts
    .map((start) => {
      const end = start + pattern.quote.length;
      const agreement = prefixAgreement(normText, start, pattern.prefix) + suffixAgreement(normText, end, pattern.suffix);
      return { start, end, rank: totalScore(1, agreement / 2, agreement / 2, positionScore(start, pattern.expected, inWindow)) };
    })
    .sort((a, b) => b.rank - a.rank || Math.abs(a.start - pattern.expected) - Math.abs(b.start - pattern.expected))
    .slice(0, CONTEXT_CANDIDATES);
  return ranked.map(({ start, end }) => {
    const [prefixScore, suffixScore] = contextScores(normText, start, end, pattern);
    return { start, end, quoteScore: 1, prefixScore, suffixScore, score: totalScore(1, prefixScore, suffixScore, positionScore(start, pattern.expected, inWindow)) };
  });
}

// approx-string-match reports only the lowest-error matches, so exact copies are masked out
// first: otherwise a verbatim copy nearby would hide the true, lightly edited span.
function fuzzyCandidates(normText: string, exact: number[], lo: number, hi: number, pattern: Pattern): Candidate[] {
  const maxErrors = Math.floor(pattern.quote.length * (1 - MIN_QUOTE_SCORE));
  if (maxErrors === 0) return [];
  // Widened by a quote length each side so a match straddling the window edge is not cut short.
  const from = Math.max(0, lo - pattern.quote.length);
  let window = normText.slice(from, hi + pattern.quote.length);
  if (exact.length > 0) {
    const mask = '\u0000'.repeat(pattern.quote.length);
    for (const at of exact) window = window.slice(0, at - from) + mask + window.slice(at - from + pattern.quote.length);
  }
  return approxSearch(window, pattern.quote, maxErrors)
    .map((m) => snapToContext(normText, from + m.start, from + m.end, m.errors, pattern))
    .sort((a, b) => Math.abs(a.start - pattern.expected) - Math.abs(b.start - pattern.expected))
    .slice(0, MAX_FUZZY_CANDIDATES)
    .map((c) => {
      const [prefixScore, suffixScore] = contextScores(normText, c.start, c.end, pattern);
      return { ...c, prefixScore, suffixScore, score: totalScore(c.quoteScore, prefixScore, suffixScore, positionScore(c.start, pattern.expected, true)) };
    });
}

// Myers' search may put a boundary a character off when the edit touches the quote's ends;
// where the stored context still matches verbatim just beside the match, that is the true boundary.
function snapToContext(normText: string, start: number, end: number, errors: number, pattern: Pattern): { start: number; end: number; quoteScore: number } {
  const prefixTail = pattern.prefix.slice(-BOUNDARY_CONTEXT);
  const suffixHead = pattern.suffix.slice(0, BOUNDARY_CONTEXT);
  let snappedStart = start;
  let snappedEnd = end;
  for (const delta of slack()) {
    if (prefixTail.length > 0 && normText.endsWith(prefixTail, start + delta)) { snappedStart = start + delta; break; }
  }
  for (const delta of slack()) {
    if (suffixHead.length > 0 && normText.startsWith(suffixHead, end + delta)) { snappedEnd = end + delta; break; }
  }
  if (snappedEnd <= snappedStart) return { start, end, quoteScore: 1 - errors / pattern.quote.length };
  const quoteScore = snappedStart === start && snappedEnd === end
    ? 1 - errors / pattern.quote.length
    : editSimilarity(pattern.quote, normText.slice(snappedStart, snappedEnd));
  return { start: snappedStart, end: snappedEnd, quoteScore };
}

function slack(): number[] {
  const deltas = [0];
  for (let d = 1; d <= BOUNDARY_SLACK; d++) deltas.push(-d, d);
  return deltas;
}

function isAcceptable(c: Candidate, pattern: Pattern): boolean {
  if (c.quoteScore >= MIN_QUOTE_SCORE && c.score >= MIN_TOTAL_SCORE) return true;
  return c.quoteScore === 1 && pattern.quote.length >= MIN_ONE_SIDED_QUOTE && Math.max(c.prefixScore, c.suffixScore) >= STRONG_CONTEXT;
}

// Among candidates whose context agrees on both sides (a repeated caption, a copy of the
// sentence), the one nearest the expected position is the original: a one-letter typo in
// the original must not lose to a verbatim copy a paragraph away.
function pickBest(candidates: Candidate[], pattern: Pattern): Candidate | undefined {
  const acceptable = candidates.filter((c) => isAcceptable(c, pattern));
  const strong = acceptable.filter((c) => c.prefixScore >= STRONG_CONTEXT && c.suffixScore >= STRONG_CONTEXT);
  const distance = (c: Candidate) => Math.abs(c.start - pattern.expected);
  if (strong.length > 0) return strong.reduce((a, b) => (distance(b) < distance(a) || (distance(b) === distance(a) && b.score > a.score) ? b : a));
  return highestScoring(acceptable);
}

// Far from the expected position, nearness cannot tell copies apart: the match must beat every
// other occurrence on context, or it is a guess between copies of a repeated passage (a deleted
// paragraph that survives elsewhere, a moved one in a repetitive text) and the annotation is orphaned.
function pickDistinct(candidates: Candidate[], pattern: Pattern): Candidate | undefined {
  const best = highestScoring(candidates.filter((c) => isAcceptable(c, pattern)));
  return best && candidates.every((c) => c === best || c.score <= best.score - AMBIGUITY_MARGIN) ? best : undefined;
}

function highestScoring(candidates: Candidate[]): Candidate | undefined {
  return candidates.reduce<Candidate | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
}

function orphan(text: string, target: AnnotationTarget): AnchorResult {
  const start = clamp(target.start, 0, text.length);
  return { status: 'orphaned', start, end: clamp(target.end, start, text.length), score: 0 };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
