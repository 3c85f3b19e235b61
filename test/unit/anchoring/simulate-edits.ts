// Edit simulator shared by the re-anchoring property test and bench/anchoring.ts: it applies
// realistic edits to an article while tracking where every original character went, so the
// true new span of each annotation is known exactly (substitutions keep a character's identity).
import { createTarget } from '../../../src/core/anchoring/create-target';
import type { AnnotationTarget } from '../../../src/core/sidecar/annotation';

export const EDIT_KINDS = [
  'insert-paragraph', 'delete-paragraph', 're-wrap', 'typo-in-quote', 'CRLF', 'quote-style',
  'duplicate-paragraph', 'move-paragraph', 'delete-quote',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** Deterministic PRNG (mulberry32) so a failing fast-check seed replays the same edits. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Text plus, for each character, the offset it had in the original (-1 for inserted text). */
export class TrackedText {
  text: string;
  private origin: number[];

  constructor(text: string) {
    this.text = text;
    this.origin = Array.from({ length: text.length }, (_, i) => i);
  }

  /** Replaces `length` characters at `at`; a same-length replacement keeps identities (a substitution). */
  replace(at: number, length: number, insert: string, keepIdentity = insert.length === length): void {
    const origins = keepIdentity ? this.origin.slice(at, at + length) : new Array<number>(insert.length).fill(-1);
    this.text = this.text.slice(0, at) + insert + this.text.slice(at + length);
    this.origin.splice(at, length, ...origins);
  }

  /** Moves `length` characters from `from` to `to` (an offset in the current text outside the moved range). */
  move(from: number, length: number, to: number): void {
    const chunk = this.text.slice(from, from + length);
    const origins = this.origin.slice(from, from + length);
    const target = to > from ? to - length : to;
    this.text = this.text.slice(0, from) + this.text.slice(from + length);
    this.origin.splice(from, length);
    this.text = this.text.slice(0, target) + chunk + this.text.slice(target);
    this.origin.splice(target, 0, ...origins);
  }

  /** Rewrites every character through `map` (one character to one or more), keeping identities. */
  mapCharacters(map: (ch: string) => string): void {
    const parts: string[] = [];
    const origins: number[] = [];
    for (let i = 0; i < this.text.length; i++) {
      const out = map(this.text[i]);
      parts.push(out);
      // A character that became several ("\n" → "\r\n") keeps its identity on the last one.
      for (let k = 0; k < out.length; k++) origins.push(k === out.length - 1 ? this.origin[i] : -1);
    }
    this.text = parts.join('');
    this.origin = origins;
  }

  /** Where the original span [start, end) is now, or undefined when all of it was deleted. */
  trueSpan(start: number, end: number): { start: number; end: number } | undefined {
    let first = -1;
    let last = -1;
    for (let i = 0; i < this.origin.length; i++) {
      const o = this.origin[i];
      if (o >= start && o < end) {
        if (first === -1) first = i;
        last = i;
      }
    }
    return first === -1 ? undefined : { start: first, end: last + 1 };
  }
}

/** Offsets where paragraphs start (after each newline), plus the text's end. */
export function paragraphBoundaries(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  if (out[out.length - 1] !== text.length) out.push(text.length);
  return out;
}

/** The whole paragraphs that [start, end) touches, newline included. */
function paragraphsAround(text: string, start: number, end: number): { start: number; end: number } {
  const newline = text.indexOf('\n', Math.max(start, end - 1));
  return { start: text.lastIndexOf('\n', start - 1) + 1, end: newline === -1 ? text.length : newline + 1 };
}

/** Random annotations on whole words: a sentence or a run of 1–40 words, 5–300 characters. */
export function randomTargets(text: string, count: number, random: () => number): AnnotationTarget[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const targets: AnnotationTarget[] = [];
  while (targets.length < count) {
    const first = Math.floor(random() * words.length);
    const span = Math.floor(random() * 40);
    const last = Math.min(words.length - 1, first + span);
    let start = words[first].start;
    let end = words[last].end;
    // Trim punctuation at the edges, as an analyst's selection usually is.
    while (end > start && /[.,;:"'”’)]/.test(text[end - 1])) end--;
    while (start < end && /["'“‘(]/.test(text[start])) start++;
    if (end - start < 5 || end - start > 300) continue;
    targets.push(createTarget(text, start, end));
  }
  return targets;
}

function wordSalad(corpus: string, random: () => number, words: number): string {
  const vocabulary = corpus.split(/\s+/).filter((w) => w.length > 0);
  return Array.from({ length: words }, () => pick(random, vocabulary)).join(' ');
}

/** A paragraph edit away from `avoid` (the span under test): insert new text or delete a paragraph. */
function unrelatedParagraphEdit(doc: TrackedText, avoid: { start: number; end: number }, random: () => number, corpus: string): void {
  const bounds = paragraphBoundaries(doc.text);
  const choices = bounds.filter((b) => b <= avoid.start || b >= avoid.end);
  if (random() < 0.5) {
    doc.replace(pick(random, choices), 0, wordSalad(corpus, random, 20 + Math.floor(random() * 60)) + '\n');
    return;
  }
  unrelatedDelete(doc, avoid, random);
}

function rewrap(doc: TrackedText, paragraph: { start: number; end: number }, random: () => number): void {
  const width = 50 + Math.floor(random() * 40);
  let column = 0;
  for (let i = paragraph.start; i < paragraph.end - 1; i++) {
    const ch = doc.text[i];
    if (ch === ' ' && column >= width) {
      doc.replace(i, 1, '\n');
      column = 0;
    } else if (ch === '\n') {
      doc.replace(i, 1, ' ');
      column++;
    } else {
      column++;
    }
  }
}

function typo(doc: TrackedText, span: { start: number; end: number }, random: () => number): void {
  // Strictly inside the quote, so the true span's ends are unambiguous.
  const at = span.start + 1 + Math.floor(random() * Math.max(1, span.end - span.start - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) doc.replace(at, 1, doc.text[at] === 'e' ? 'a' : 'e', true);
  else if (kind === 1) doc.replace(at, 1, '', false);
  else doc.replace(at, 0, 'x');
}

function toggleQuoteStyle(doc: TrackedText, random: () => number): void {
  if (random() < 0.5) {
    doc.mapCharacters((ch) => (ch === '‘' || ch === '’' ? "'" : ch === '“' || ch === '”' ? '"' : ch));
  } else {
    let open = true;
    doc.mapCharacters((ch) => {
      if (ch === "'") return '’';
      if (ch !== '"') return ch;
      open = !open;
      return open ? '”' : '“';
    });
  }
}

/**
 * Applies one edit of `kind` aimed at `target` (its current span) plus two unrelated paragraph edits.
 * `corpus` supplies words for inserted paragraphs.
 */
export function applyEdit(doc: TrackedText, kind: EditKind, target: AnnotationTarget, random: () => number, corpus: string): void {
  const span = { start: target.start, end: target.end };
  const paragraph = paragraphsAround(doc.text, span.start, span.end);
  switch (kind) {
    case 'insert-paragraph': {
      const before = paragraphBoundaries(doc.text).filter((b) => b <= paragraph.start);
      doc.replace(pick(random, before), 0, wordSalad(corpus, random, 20 + Math.floor(random() * 60)) + '\n');
      break;
    }
    case 'delete-paragraph': unrelatedDelete(doc, paragraph, random); break;
    case 're-wrap': rewrap(doc, paragraphsAround(doc.text, span.start, span.start), random); break;
    case 'typo-in-quote': typo(doc, span, random); break;
    case 'CRLF': doc.mapCharacters((ch) => (ch === '\n' ? '\r\n' : ch)); break;
    case 'quote-style': toggleQuoteStyle(doc, random); break;
    case 'duplicate-paragraph': {
      // Not between the paragraphs of a multi-paragraph quote: that would be an insertion into it.
      const copy = doc.text.slice(paragraph.start, paragraph.end);
      const outside = paragraphBoundaries(doc.text).filter((b) => b <= paragraph.start || b >= paragraph.end);
      doc.replace(pick(random, outside), 0, copy.endsWith('\n') ? copy : copy + '\n');
      break;
    }
    case 'move-paragraph': {
      const elsewhere = paragraphBoundaries(doc.text).filter((b) => b < paragraph.start || b > paragraph.end);
      if (elsewhere.length > 0 && doc.text.endsWith('\n', paragraph.end)) {
        doc.move(paragraph.start, paragraph.end - paragraph.start, pick(random, elsewhere));
      }
      break;
    }
    case 'delete-quote': doc.replace(span.start, span.end - span.start, '', false); break;
  }
  // Later edits must not touch the span under test, wherever it is now.
  for (let i = 0; i < 2; i++) {
    const now = doc.trueSpan(target.start, target.end) ?? { start: 0, end: 0 };
    unrelatedParagraphEdit(doc, paragraphsAround(doc.text, now.start, now.end), random, corpus);
  }
}

function unrelatedDelete(doc: TrackedText, keep: { start: number; end: number }, random: () => number): void {
  const bounds = paragraphBoundaries(doc.text);
  const paragraphs = bounds.slice(0, -1).map((b, i) => ({ start: b, end: bounds[i + 1] }))
    .filter((p) => p.end <= keep.start || p.start >= keep.end);
  if (paragraphs.length === 0) return;
  const p = pick(random, paragraphs);
  doc.replace(p.start, p.end - p.start, '');
}
