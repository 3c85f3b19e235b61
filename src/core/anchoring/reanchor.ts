import type { AnnotationTarget } from '../sidecar/annotation';
import { approxSearch } from './approx-search';
import { CONTEXT_LENGTH } from './create-target';
import { isSpace, normalizeFragment, normalizeText, type NormalizedText } from './normalize-text';
import { editSimilarity, prefixAgreement, suffixAgreement } from './string-similarity';

/**
 * How an annotation was found: at its stored offsets, as its (normalized) quote elsewhere, with its
 * text changed ('fuzzy': `textChanged` is then true), or not at all.
 */
export type AnchorStatus = 'exact-offset' | 'quote' | 'fuzzy' | 'orphaned';

/** Where a target lies in the current text. Orphans keep their stored offsets (clamped to the text). */
export interface AnchorResult {
  status: AnchorStatus;
  start: number;
  end: number;
  /** 0..1: weighted similarity of quote, prefix, suffix and position (1 for an exact hit with its context). */
  score: number;
  /**
   * True when the text found differs from the stored quote even after normalization (whitespace,
   * quote style, dashes, Markdown markup): the quoted words were edited (a figure changed, a typo fixed),
   * so the claim needs checking and the stored quote updating. Always false for orphans.
   */
  textChanged: boolean;
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
// A quote this long found verbatim once in the whole text, near its old place, is taken whatever
// surrounds it; shorter ones ("North Korea", "on Monday") recur by chance, in a replaced article too.
const MIN_UNIQUE_QUOTE = 16;
// How far (normalized characters) a swapped neighbour sentence can move the quote.
const SWAP_REACH = 1000;
// A whole sentence this long, once within reach, is taken as moved: shorter ones are credit lines.
const MIN_SWAPPED_QUOTE = 8;
// Share of a stored context side that, found verbatim beside a copy, marks the copy as a repeat.
const REPEAT_AGREEMENT = 0.25;
// Below this the text between intact contexts is something else put where the quote was.
const MIN_BRACKET_QUOTE_SCORE = 0.4;
// Normalized context characters needed on each side to bracket an edited quote.
const MIN_BRACKET_CONTEXT = 16;

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
  /** The normalized quote from its first to its last word: no space at either end. */
  quote: string;
  prefix: string;
  suffix: string;
  /** The stored quote's characters before and after its normalized words (markup, whitespace). */
  lead: string;
  trail: string;
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
  const pattern = patternOf(target, expected);
  if (pattern.quote.length === 0) return orphan(text, target);

  // Fast path: the quote is still at its stored offsets with its context around it.
  if (text.startsWith(target.quote, target.start)) {
    const at = norm.fromOriginal[target.start + pattern.lead.length];
    if (hasExactContext(norm.text, at, at + pattern.quote.length, pattern)) {
      return { status: 'exact-offset', start: target.start, end: target.end, score: 1, textChanged: false };
    }
  }

  // Second fast path: the normalized quote and context right where the neighbours' shift puts it
  // (re-wrapped lines, CRLF, quote style, text inserted above).
  // A few characters of slack absorb whitespace runs that changed length (CRLF) between anchors;
  // it is kept small so a verbatim copy a paragraph away cannot beat a lightly edited original.
  for (const guess of guesses) {
    for (const at of occurrences(norm.text, pattern.quote, Math.max(0, guess - DRIFT_SLACK), guess + DRIFT_SLACK + 1, MAX_GLOBAL_OCCURRENCES)) {
      if (hasExactContext(norm.text, at, at + pattern.quote.length, pattern)) {
        return located(text, norm, target, pattern, { start: at, end: at + pattern.quote.length, score: 1 });
      }
    }
  }
  const lo = Math.max(0, expected - SEARCH_WINDOW);
  const hi = Math.min(norm.text.length, expected + SEARCH_WINDOW);
  const deleted = wasDeletedNear(norm.text, lo, hi, pattern, contextEdges(target));
  if (deleted) {
    const swapped = swappedNearby(norm.text, pattern, target);
    return swapped ? located(text, norm, target, pattern, swapped) : orphan(text, target);
  }
  const exact = occurrences(norm.text, pattern.quote, lo, hi, MAX_GLOBAL_OCCURRENCES);
  const nearby = [...scoreExact(norm.text, exact, pattern, true), ...fuzzyCandidates(norm.text, exact, lo, hi, pattern)];
  const best = pickBest(nearby, pattern);
  // Its old surroundings on both sides: the annotated text itself, even if its words were edited
  // and a verbatim copy of the old words survives elsewhere (a figure repeated in the summary).
  if (best && hasStrongContext(best)) return located(text, norm, target, pattern, best);
  // The only verbatim occurrence wins over approximate ones nearby; far away, only when there are none
  // (a boilerplate block with a typo fixed here, printed unchanged in another article further on).
  const everywhere = occurrences(norm.text, pattern.quote, 0, norm.text.length, MAX_GLOBAL_OCCURRENCES);
  const unique = uniqueOccurrence(norm.text, everywhere, pattern);
  if (unique && (!best || Math.abs(unique.start - expected) <= SEARCH_WINDOW)) return located(text, norm, target, pattern, unique);
  // A verbatim occurrence before the bracketed gap, which holds the quote's words only approximately.
  const chosen = (best?.quoteScore === 1 ? best : undefined) ?? betweenContext(norm.text, lo, hi, pattern) ?? best ??
    // A moved paragraph: its quote, with its context, somewhere else entirely.
    pickDistinct(scoreExact(norm.text, everywhere, pattern, false), pattern);
  return chosen ? located(text, norm, target, pattern, chosen) : orphan(text, target);
}

// A whitespace run at the quote's edge (a line selected with its line break, an AP "___" separator
// line before a byline) goes with the context: matches then run from word to word, where the text's
// own runs cannot be mistaken for part of the quote, and `located` adds the run back.
function patternOf(target: AnnotationTarget, expected: number): Pattern {
  const quote = normalizeText(target.quote);
  const from = quote.text.startsWith(' ') ? 1 : 0;
  const to = Math.max(from, quote.text.endsWith(' ') ? quote.text.length - 1 : quote.text.length);
  const prefix = normalizeFragment(target.prefix);
  const suffix = normalizeFragment(target.suffix);
  return {
    quote: quote.text.slice(from, to),
    prefix: from > 0 && !prefix.endsWith(' ') ? `${prefix} ` : prefix,
    suffix: to < quote.text.length && !suffix.startsWith(' ') ? ` ${suffix}` : suffix,
    lead: from < to ? target.quote.slice(0, quote.starts[from]) : '',
    trail: from < to ? target.quote.slice(quote.ends[to - 1]) : '',
    expected,
  };
}

function hasStrongContext(c: Candidate): boolean {
  return c.prefixScore >= STRONG_CONTEXT && c.suffixScore >= STRONG_CONTEXT;
}

// The only verbatim (normalized) occurrence of a quote long enough not to be a coincidence is the
// annotated text wherever it went nearby, whatever now surrounds it (a sentence inserted on both
// sides, two sentences swapped, the article re-pasted): only a deleted quote with a copy elsewhere
// fools it, and `wasDeletedNear` has ruled out that its context now touches. Far away it needs the
// usual evidence (a paragraph moved keeps its context on one side): a byline deleted here and
// still printed three paragraphs on, with new text where it was, is not it.
function uniqueOccurrence(normText: string, found: number[], pattern: Pattern): Candidate | undefined {
  if (found.length !== 1) return undefined;
  const inWindow = Math.abs(found[0] - pattern.expected) <= SEARCH_WINDOW;
  const [candidate] = scoreExact(normText, found, pattern, inWindow);
  return (inWindow && pattern.quote.length >= MIN_UNIQUE_QUOTE) || isAcceptable(candidate, pattern) ? candidate : undefined;
}

// Sentences move as units; a part of one cannot have been swapped away from both its neighbours.
// A whole sentence starts with a capital after a sentence end (or a line break, or the text's
// start) and ends with its own punctuation or just before it (analysts often leave the period out).
const SENTENCE_START = /^["'“‘(\[]?\p{Lu}/u;
// (An initial's period, as in "N. Korean", ends no sentence; "U.S." may.)
const AFTER_SENTENCE_END = /(?:^|(?<!(?:^|\s)\p{Lu})[.!?]["'”’)\]]?\s+|\n\s*)$/u;
const SENTENCE_END = /[.!?]["'”’)\]]?$/u;
const BEFORE_SENTENCE_END = /^(?:$|[.!?]|\s*\n)/u;

function isWholeSentence(target: AnnotationTarget): boolean {
  const quote = target.quote.trim();
  return SENTENCE_START.test(quote) && AFTER_SENTENCE_END.test(target.prefix) &&
    (SENTENCE_END.test(quote) || BEFORE_SENTENCE_END.test(target.suffix));
}

// Swapping the quoted sentence with its neighbour also joins its old prefix and suffix, as a
// deletion does, but the quote then sits a sentence away, verbatim, with new text on both sides.
// A copy whose context agrees with the stored one is a repeat of the deleted passage (a caption
// printed twice) and does not count.
function swappedNearby(normText: string, pattern: Pattern, target: AnnotationTarget): Candidate | undefined {
  if (!isWholeSentence(target)) return undefined;
  const found = occurrences(normText, pattern.quote, Math.max(0, pattern.expected - SWAP_REACH), pattern.expected + SWAP_REACH, 2);
  if (found.length !== 1 || pattern.quote.length < MIN_SWAPPED_QUOTE) return undefined;
  const start = found[0];
  const end = start + pattern.quote.length;
  // An empty side (the text's start or end) says nothing either way.
  const agreement = Math.max(
    pattern.prefix.length >= BOUNDARY_CONTEXT ? prefixAgreement(normText, start, pattern.prefix) : 0,
    pattern.suffix.length >= BOUNDARY_CONTEXT ? suffixAgreement(normText, end, pattern.suffix) : 0,
  );
  if (agreement >= REPEAT_AGREEMENT) return undefined;
  const [prefixScore, suffixScore] = contextScores(normText, start, end, pattern);
  return { start, end, quoteScore: 1, prefixScore, suffixScore, score: totalScore(1, prefixScore, suffixScore, positionScore(start, pattern.expected, true)) };
}

// Both sides of the stored context still there verbatim, with other text between them: the quote's
// own words were edited (a figure changed, a name respelled) beyond what approximate matching allows.
// The gap must be of a comparable length, or it is not the same passage.
function betweenContext(normText: string, lo: number, hi: number, pattern: Pattern): Candidate | undefined {
  if (pattern.prefix.length < MIN_BRACKET_CONTEXT || pattern.suffix.length < MIN_BRACKET_CONTEXT) return undefined;
  const minGap = Math.ceil(pattern.quote.length / 2);
  const maxGap = 2 * pattern.quote.length + MIN_BRACKET_CONTEXT;
  let best: Candidate | undefined;
  for (const at of occurrences(normText, pattern.prefix, Math.max(0, lo - pattern.prefix.length), hi, CONTEXT_CANDIDATES)) {
    const start = at + pattern.prefix.length;
    const after = normText.slice(start + minGap, start + maxGap + pattern.suffix.length).indexOf(pattern.suffix);
    if (after === -1) continue;
    const end = start + minGap + after;
    if (best && Math.abs(best.start - pattern.expected) <= Math.abs(start - pattern.expected)) continue;
    const gap = normText.slice(start, end);
    const quoteScore = editSimilarity(pattern.quote, gap);
    // A figure keeps its shape when edited ("11,000" → "9,850"): compared with digits alike too.
    if (Math.max(quoteScore, editSimilarity(digitsAlike(pattern.quote), digitsAlike(gap))) < MIN_BRACKET_QUOTE_SCORE) continue;
    best = { start, end, quoteScore, prefixScore: 1, suffixScore: 1, score: totalScore(quoteScore, 1, 1, positionScore(start, pattern.expected, true)) };
  }
  return best;
}

/** Maps a normalized match back to original offsets and names how it was found. */
function located(text: string, norm: NormalizedText, target: AnnotationTarget, pattern: Pattern, match: { start: number; end: number; score: number }): AnchorResult {
  const wordsStart = norm.starts[match.start];
  const wordsEnd = match.end > match.start ? norm.ends[match.end - 1] : wordsStart;
  const start = extendOverEdge(text, wordsStart, pattern.lead, false);
  const end = extendOverEdge(text, wordsEnd, pattern.trail, true);
  const textChanged = norm.text.slice(match.start, match.end) !== pattern.quote;
  const status = textChanged ? 'fuzzy'
    : start === target.start && end === target.end && text.slice(start, end) === target.quote ? 'exact-offset' : 'quote';
  return { status, start, end, score: match.score, textChanged };
}

// A match runs from word to word; a quote selected with markup or whitespace at its edge
// ("**11,000 troops**", a line with its line break, "___" and a byline) gets that edge back from
// `at` outwards (backwards for the lead) where the text has it: all of it or none, markup
// character for character, a whitespace run as far as the text's own goes (CRLF as one break).
function extendOverEdge(text: string, at: number, edge: string, forward: boolean): number {
  const tokens = edge.match(/\s+|\S/g) ?? [];
  if (!forward) tokens.reverse();
  const step = forward ? 1 : -1;
  const next = (pos: number) => (forward ? pos : pos - 1);
  let pos = at;
  for (const token of tokens) {
    if (!/\s/.test(token)) {
      if (text[next(pos)] !== token) return at;
      pos += step;
      continue;
    }
    const from = pos;
    for (let breaks = token.replace(/\r\n/g, '\n').length; breaks > 0 && isSpace(text.charCodeAt(next(pos))); breaks--) {
      pos += (forward ? text.startsWith('\r\n', pos) : text.endsWith('\r\n', pos)) ? 2 * step : step;
    }
    if (pos === from) return at;
  }
  return pos;
}

function hasExactContext(normText: string, start: number, end: number, pattern: Pattern): boolean {
  return normText.startsWith(pattern.quote, start) && normText.endsWith(pattern.prefix, start) && normText.startsWith(pattern.suffix, end);
}

function digitsAlike(text: string): string {
  return text.replace(/\d/g, '0');
}

/** Whether the stored context ends at the start / the end of the text (less than a full context there). */
function contextEdges(target: AnnotationTarget): { atStart: boolean; atEnd: boolean } {
  return {
    atStart: target.prefix.length < CONTEXT_LENGTH && target.start === target.prefix.length,
    atEnd: target.suffix.length < CONTEXT_LENGTH,
  };
}

// When the quote was deleted, its prefix and suffix now touch: that is where it was, so a copy
// elsewhere (a repeated caption, a quoted sentence) is not it. The error budget stays below what
// it costs to skip a surviving, slightly edited quote, or to skip either side of the context: a
// side too short to tell is unknown, not a match, unless it is the text's start or end, where the
// other side must then be found.
function wasDeletedNear(normText: string, lo: number, hi: number, pattern: Pattern, edges: { atStart: boolean; atEnd: boolean }): boolean {
  const budget = Math.min(4, Math.floor(pattern.quote.length / 4));
  // Whitespace on both sides of a deleted quote is one run now.
  const joined = pattern.prefix + (pattern.prefix.endsWith(' ') && pattern.suffix.startsWith(' ') ? pattern.suffix.slice(1) : pattern.suffix);
  const touches = (from: number, to: number) => {
    const region = normText.slice(Math.max(0, from), Math.max(0, to));
    return budget === 0 ? region.includes(joined) : approxSearch(region, joined, budget).length > 0;
  };
  const prefixKnown = pattern.prefix.length >= BOUNDARY_CONTEXT;
  const suffixKnown = pattern.suffix.length >= BOUNDARY_CONTEXT;
  if (prefixKnown && suffixKnown) return touches(lo, hi + joined.length);
  if (suffixKnown && edges.atStart) return touches(0, joined.length + budget);
  if (prefixKnown && edges.atEnd) return touches(normText.length - joined.length - budget, normText.length);
  return false;
}

/** Starts of `needle` in `haystack` from `from` up to (not including) `to`. */
function occurrences(haystack: string, needle: string, from: number, to: number, limit: number): number[] {
  // Searched within the range only: indexOf on the whole text would scan to its end for every miss.
  const start = Math.max(0, from);
  const region = to + needle.length - 1 < haystack.length ? haystack.slice(start, to + needle.length - 1) : haystack;
  const offset = region === haystack ? 0 : start;
  const found: number[] = [];
  for (let at = region.indexOf(needle, start - offset); at !== -1 && at + offset < to && found.length < limit; at = region.indexOf(needle, at + 1)) {
    found.push(at + offset);
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
  const maxErrors = errorBudget(pattern);
  if (maxErrors === 0) return [];
  // Widened by a quote length each side so a match straddling the window edge is not cut short.
  const from = Math.max(0, lo - pattern.quote.length);
  let window = normText.slice(from, hi + pattern.quote.length);
  if (exact.length > 0) {
    const mask = '\u0000'.repeat(pattern.quote.length);
    for (const at of exact) window = window.slice(0, at - from) + mask + window.slice(at - from + pattern.quote.length);
  }
  const wordEdges = quoteWordEdges(pattern);
  return approxSearch(window, pattern.quote, maxErrors)
    .map((m) => snapToContext(normText, from + m.start, from + m.end, m.errors, pattern, wordEdges))
    .sort((a, b) => Math.abs(a.start - pattern.expected) - Math.abs(b.start - pattern.expected))
    .slice(0, MAX_FUZZY_CANDIDATES)
    .map((c) => {
      const [prefixScore, suffixScore] = contextScores(normText, c.start, c.end, pattern);
      return { ...c, prefixScore, suffixScore, score: totalScore(c.quoteScore, prefixScore, suffixScore, positionScore(c.start, pattern.expected, true)) };
    });
}

function errorBudget(pattern: Pattern): number {
  return Math.floor(pattern.quote.length * (1 - MIN_QUOTE_SCORE));
}

// Myers' search may put a boundary a character off when the edit touches the quote's ends;
// where the stored context still matches verbatim just beside the match, that is the true boundary.
// Where it does not (no context at the text's first or last words, or the context edited), a quote
// that began or ended with a whole word likely still does: with equal errors, Myers cuts an edited
// last figure short ("2026" → "2966" found as "296").
function snapToContext(normText: string, start: number, end: number, errors: number, pattern: Pattern, wordEdges: WordEdges): { start: number; end: number; quoteScore: number } {
  const prefixTail = pattern.prefix.slice(-BOUNDARY_CONTEXT);
  const suffixHead = pattern.suffix.slice(0, BOUNDARY_CONTEXT);
  let contextStart: number | undefined;
  let contextEnd: number | undefined;
  for (const delta of slack()) {
    if (prefixTail.length > 0 && normText.endsWith(prefixTail, start + delta)) { contextStart = start + delta; break; }
  }
  for (const delta of slack()) {
    if (suffixHead.length > 0 && normText.startsWith(suffixHead, end + delta)) { contextEnd = end + delta; break; }
  }
  const snappedEnd = contextEnd ?? (wordEdges.end ? wordBoundaryNear(normText, contextStart ?? start, end, pattern, true) : end);
  const snappedStart = contextStart ?? (wordEdges.start ? wordBoundaryNear(normText, start, snappedEnd, pattern, false) : start);
  if (snappedEnd <= snappedStart) return { start, end, quoteScore: 1 - errors / pattern.quote.length };
  const quoteScore = snappedStart === start && snappedEnd === end
    ? 1 - errors / pattern.quote.length
    : editSimilarity(pattern.quote, normText.slice(snappedStart, snappedEnd));
  return { start: snappedStart, end: snappedEnd, quoteScore };
}

interface WordEdges {
  /** The quote starts with a whole word (its first character a word's first), or ends with one. */
  start: boolean;
  end: boolean;
}

function quoteWordEdges(pattern: Pattern): WordEdges {
  const before = pattern.prefix + pattern.quote;
  const after = pattern.quote + pattern.suffix;
  return {
    start: isWordStart(before, pattern.prefix.length),
    end: isWordEnd(after, pattern.quote.length),
  };
}

// Letters and digits, and the separators inside a figure ("11,000", "53.7").
function isWordCharacter(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === undefined) return false;
  if (ch === ',' || ch === '.') return isDigit(text[at - 1]) && isDigit(text[at + 1]);
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isWordStart(text: string, at: number): boolean {
  return isWordCharacter(text, at) && !isWordCharacter(text, at - 1);
}

function isWordEnd(text: string, at: number): boolean {
  return isWordCharacter(text, at - 1) && !isWordCharacter(text, at);
}

// The word boundary nearest the match's end (or start) on either side, within the error budget, that
// leaves the match most like the quote. The position stays if it is a boundary already, or if the
// quote's last (first) word is whole there: then the text has run on past the word ("Networkex").
function wordBoundaryNear(normText: string, start: number, end: number, pattern: Pattern, atEnd: boolean): number {
  const at = atEnd ? end : start;
  const isBoundary = (pos: number) => (atEnd ? isWordEnd(normText, pos) : isWordStart(normText, pos));
  if (isBoundary(at)) return at;
  const word = atEnd ? lastWord(pattern.quote) : firstWord(pattern.quote);
  if (atEnd ? normText.endsWith(word, at) : normText.startsWith(word, at)) return at;
  let best = at;
  let bestScore = -1;
  for (const step of [1, -1]) {
    for (let pos = at + step; Math.abs(pos - at) <= errorBudget(pattern) && pos >= 0 && pos <= normText.length; pos += step) {
      // A start must stay before the end, an end after the start.
      if (atEnd ? pos <= start : pos >= end) break;
      if (!isBoundary(pos)) continue;
      const score = editSimilarity(pattern.quote, atEnd ? normText.slice(start, pos) : normText.slice(pos, end));
      if (score > bestScore) {
        best = pos;
        bestScore = score;
      }
      break;
    }
  }
  return best;
}

function firstWord(text: string): string {
  let end = 0;
  while (isWordCharacter(text, end)) end++;
  return text.slice(0, end);
}

function lastWord(text: string): string {
  let start = text.length;
  while (isWordCharacter(text, start - 1)) start--;
  return text.slice(start);
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
  return { status: 'orphaned', start, end: clamp(target.end, start, text.length), score: 0, textChanged: false };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
