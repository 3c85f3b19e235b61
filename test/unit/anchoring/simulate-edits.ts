// Edit simulator shared by the re-anchoring property test and bench/anchoring.ts: it applies
// realistic edits to an article while tracking where every original character went, so the
// true new span of each annotation is known exactly (substitutions keep a character's identity).
import { createTarget } from '../../../src/core/anchoring/create-target';
import type { AnnotationTarget } from '../../../src/core/sidecar/annotation';

export const EDIT_KINDS = [
  'insert-paragraph', 'delete-paragraph', 're-wrap', 'typo-in-quote', 'CRLF', 'quote-style',
  'duplicate-paragraph', 'move-paragraph', 'insert-sentence', 'change-figure', 'new-boilerplate',
  'markdown-markup', 'swap-sentences', 'hyphen-in-name', 'edge-of-article', 'delete-quote', 'replace-article',
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

/** Random annotations, 5–300 characters: a whole sentence (as claims often are) or a run of 1–40 words. */
export function randomTargets(text: string, count: number, random: () => number): AnnotationTarget[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const bounds = paragraphBoundaries(text);
  const sentences = bounds.slice(0, -1).flatMap((b, i) => sentencesIn(text, { start: b, end: bounds[i + 1] }));
  const targets: AnnotationTarget[] = [];
  while (targets.length < count) {
    if (random() < 0.4) {
      const sentence = pick(random, sentences);
      if (sentence.end - sentence.start >= 5 && sentence.end - sentence.start <= 300) targets.push(createTarget(text, sentence.start, sentence.end));
      continue;
    }
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

/** Sentences of the paragraph [start, end): spans without the whitespace between them. */
function sentencesIn(text: string, paragraph: { start: number; end: number }): { start: number; end: number }[] {
  const body = text.slice(paragraph.start, paragraph.end).replace(/\s+$/, '');
  const out: { start: number; end: number }[] = [];
  // Indentation and list bullets' spaces are not part of the first sentence.
  const indent = /^\s*/.exec(body)?.[0].length ?? 0;
  // A sentence ends at . ! ? (maybe closed by a quote or bracket) followed by space and a capital or a quote.
  const boundary = /[.!?]["'”’)]?(\s+)(?=["“‘A-Z])/g;
  let from = indent;
  for (const m of body.matchAll(boundary)) {
    out.push({ start: paragraph.start + from, end: paragraph.start + m.index + m[0].length - m[1].length });
    from = m.index + m[0].length;
  }
  if (from < body.length) out.push({ start: paragraph.start + from, end: paragraph.start + body.length });
  return out;
}

function insertSentence(doc: TrackedText, span: { start: number; end: number }, paragraph: { start: number; end: number }, random: () => number, corpus: string): void {
  // Anywhere between sentences of the quote's paragraph, but not inside the quote (that would change it).
  const sentences = sentencesIn(doc.text, paragraph);
  const slots = [sentences[0].start, ...sentences.map((s) => s.end)].filter((at) => at <= span.start || at >= span.end);
  if (slots.length === 0) return;
  const at = pick(random, slots);
  const words = wordSalad(corpus, random, 6 + Math.floor(random() * 25)).replace(/[.!?]+$/, '');
  const sentence = words.charAt(0).toUpperCase() + words.slice(1) + '.';
  doc.replace(at, 0, at === sentences[0].start ? `${sentence} ` : ` ${sentence}`);
}

// A figure edited in place ("11,000" → "12,500"): digits substituted (same identity), a digit
// added or dropped inside the run when its length changes, so the quote's ends stay where they were.
function changeFigure(doc: TrackedText, span: { start: number; end: number }, random: () => number): void {
  const runs = [...doc.text.slice(span.start, span.end).matchAll(/\d+/g)];
  if (runs.length === 0) return;
  const run = pick(random, runs);
  const at = span.start + run.index;
  const digits = run[0];
  let replacement = digits;
  while (replacement === digits) {
    replacement = Array.from(digits, (_, i) => String(Math.floor(random() * (i === 0 && digits.length > 1 ? 9 : 10)) + (i === 0 && digits.length > 1 ? 1 : 0))).join('');
  }
  doc.replace(at, digits.length, replacement, true);
  const change = random();
  if (change < 0.15) doc.replace(at + 1, 0, String(Math.floor(random() * 10)));
  else if (change < 0.3 && digits.length >= 3) doc.replace(at + 1, 1, '', false);
}

const BOILERPLATE = [
  'Skip to main content', 'Sign in | Subscribe', 'Advertisement', 'Share this article', 'Listen to this article · 4 min',
  'Share on Facebook   Share on X   Copy link', 'Most Read', 'Related Coverage', 'Sign up for our newsletter',
  '© 2026 All rights reserved.', 'Reporting by staff; Editing by the desk', 'Read more:', 'Comments (12)',
  'Follow us on social media', 'This article was updated.', 'Photo: file image',
];

// The article copied again from another page: its short header/footer lines replaced by others.
function newBoilerplate(doc: TrackedText, keep: { start: number; end: number }, random: () => number): void {
  const lines = (count: number) => Array.from({ length: count }, () => pick(random, BOILERPLATE)).join('\n');
  // Drop up to three short leading/trailing lines that do not hold the annotation under test.
  for (let n = Math.floor(random() * 4); n > 0; n--) {
    const end = doc.text.indexOf('\n') + 1;
    if (end <= 0 || end > 80 || end > keep.start) break;
    doc.replace(0, end, '', false);
    keep = { start: keep.start - end, end: keep.end - end };
  }
  for (let n = Math.floor(random() * 4); n > 0; n--) {
    const start = doc.text.lastIndexOf('\n', doc.text.length - 2) + 1;
    if (start <= 0 || doc.text.length - start > 80 || start < keep.end) break;
    doc.replace(start, doc.text.length - start, '', false);
  }
  const top = 1 + Math.floor(random() * 4);
  const bottom = 1 + Math.floor(random() * 4);
  doc.replace(0, 0, `${lines(top)}\n${random() < 0.5 ? '\n' : ''}`);
  doc.replace(doc.text.length, 0, `${doc.text.endsWith('\n') ? '' : '\n'}${random() < 0.5 ? '\n' : ''}${lines(bottom)}\n`);
}

const MARKUP: readonly [string, string][] = [['**', '**'], ['__', '__'], ['*', '*'], ['_', '_'], ['`', '`'], ['[', '](https://example.org/story/1)']];

// Markdown emphasis, code spans and links added to a few word runs of the quote's paragraph: one
// around the whole quote or a part of it, the others anywhere (across the quote's edges too).
function addMarkdown(doc: TrackedText, span: { start: number; end: number }, paragraph: { start: number; end: number }, random: () => number): void {
  const words = [...doc.text.slice(paragraph.start, paragraph.end).matchAll(/[^\s.,;:!?"“”()]+(?:[ ][^\s.,;:!?"“”()]+)*/g)]
    .flatMap((m) => [...m[0].matchAll(/\S+/g)].map((w) => ({ start: paragraph.start + m.index + w.index, end: paragraph.start + m.index + w.index + w[0].length })));
  if (words.length === 0) return;
  const runs: { start: number; end: number }[] = [];
  const inQuote = words.filter((w) => w.start >= span.start && w.end <= span.end);
  const choice = random();
  if (choice < 0.4) runs.push({ start: span.start, end: span.end });
  else if (choice < 0.8 && inQuote.length > 0) {
    const first = Math.floor(random() * inQuote.length);
    runs.push({ start: inQuote[first].start, end: inQuote[Math.min(inQuote.length - 1, first + Math.floor(random() * 3))].end });
  }
  for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
    const first = Math.floor(random() * words.length);
    runs.push({ start: words[first].start, end: words[Math.min(words.length - 1, first + Math.floor(random() * 4))].end });
  }
  // Non-overlapping runs within one paragraph (Markdown markup does not span a blank line),
  // applied from the end so earlier offsets stay valid.
  const valid = runs.filter((r) => !/\n[ \t]*\n/.test(doc.text.slice(r.start, r.end))).sort((a, b) => a.start - b.start);
  const kept: { start: number; end: number }[] = [];
  for (const run of valid) if (kept.length === 0 || run.start >= kept[kept.length - 1].end) kept.push(run);
  for (const run of kept.reverse()) {
    const [open, close] = pick(random, MARKUP);
    doc.replace(run.end, 0, close);
    doc.replace(run.start, 0, open);
  }
}

function swapSentences(doc: TrackedText, span: { start: number; end: number }, paragraph: { start: number; end: number }, random: () => number): void {
  const sentences = sentencesIn(doc.text, paragraph);
  if (sentences.length < 2) return;
  const holding = sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);
  let first: number;
  if (holding >= 0) {
    // The quote's sentence with a neighbour.
    first = holding === 0 ? 0 : holding === sentences.length - 1 ? holding - 1 : holding - (random() < 0.5 ? 1 : 0);
  } else {
    // A quote spanning sentences: swap the nearest pair outside it (its context changes).
    const outside = sentences.map((_, i) => i).filter((i) => i + 1 < sentences.length &&
      (sentences[i + 1].end <= span.start || sentences[i].start >= span.end));
    if (outside.length === 0) return;
    first = outside.reduce((a, b) => (Math.abs(sentences[b].start - span.start) < Math.abs(sentences[a].start - span.start) ? b : a));
  }
  const a = sentences[first];
  const b = sentences[first + 1];
  // "A sep B" → "B A sep" → "B sep A".
  doc.move(b.start, b.end - b.start, a.start);
  doc.move(a.start + (b.end - b.start) + (a.end - a.start), b.start - a.end, a.start + (b.end - b.start));
}

const NAME_PAIR = /\b[A-Z][a-z]+([ -])([A-Za-z])[a-z]+\b/g;

// A name's spelling changed everywhere ("Choe Son Hui" ↔ "Choe Son-hui"), as a style edit does:
// the space becomes a hyphen (the next letter sometimes lower-cased) or the hyphen a space.
function toggleNameHyphen(doc: TrackedText, span: { start: number; end: number }, paragraph: { start: number; end: number }, random: () => number): void {
  const names = [...doc.text.slice(paragraph.start, paragraph.end).matchAll(NAME_PAIR)]
    .map((m) => ({ at: paragraph.start + m.index + m[0].indexOf(m[1], 1), name: m[0], separator: m[1], letter: m[2] }));
  if (names.length === 0) return;
  const inside = names.filter((n) => n.at > span.start && n.at < span.end - 1);
  const chosen = inside.length > 0 ? pick(random, inside) : names.reduce((a, b) => (Math.abs(b.at - span.start) < Math.abs(a.at - span.start) ? b : a));
  const split = chosen.name.indexOf(chosen.separator, 1);
  const letter = chosen.separator === ' ' && random() < 0.5 ? chosen.letter.toLowerCase()
    : chosen.separator === '-' && random() < 0.5 ? chosen.letter.toUpperCase() : chosen.letter;
  const respelled = chosen.name.slice(0, split) + (chosen.separator === ' ' ? '-' : ' ') + letter + chosen.name.slice(split + 2);
  for (let at = doc.text.indexOf(chosen.name); at !== -1; at = doc.text.indexOf(chosen.name, at + respelled.length)) {
    doc.replace(at, chosen.name.length, respelled, true);
  }
}

const EDGE_EDITS: readonly EditKind[] = [
  'insert-paragraph', 'delete-paragraph', 're-wrap', 'typo-in-quote', 'insert-sentence', 'change-figure',
  'new-boilerplate', 'markdown-markup', 'swap-sentences', 'hyphen-in-name',
];

/**
 * The annotation an edit of `kind` is aimed at. Edits about figures and names prefer annotations
 * holding one; at the article's edges an annotation is made there (first or last words, no context
 * on that side); boilerplate changes aim at the annotation nearest the top or bottom.
 */
export function chooseTargetUnderTest(kind: EditKind, text: string, targets: AnnotationTarget[], random: () => number): AnnotationTarget {
  const any = () => targets[Math.floor(random() * targets.length)];
  const among = (test: (t: AnnotationTarget) => boolean) => {
    const eligible = targets.filter(test);
    return eligible.length > 0 ? pick(random, eligible) : any();
  };
  switch (kind) {
    case 'change-figure': return among((t) => /\d/.test(t.quote));
    case 'hyphen-in-name': return among((t) => new RegExp(NAME_PAIR.source).test(t.quote));
    case 'new-boilerplate': {
      const top = random() < 0.5;
      return targets.reduce((a, b) => (top ? (b.start < a.start ? b : a) : (b.end > a.end ? b : a)));
    }
    case 'edge-of-article': {
      const words = [...text.matchAll(/\S+/g)];
      const count = 1 + Math.floor(random() * 12);
      const target = random() < 0.5
        ? createTarget(text, 0, words[Math.min(words.length, count) - 1].index + words[Math.min(words.length, count) - 1][0].length)
        : createTarget(text, words[Math.max(0, words.length - count)].index, text.length);
      targets.push(target);
      return target;
    }
    default: return any();
  }
}

/**
 * Applies one edit of `kind` aimed at `target` (its current span) plus two unrelated paragraph edits.
 * `corpus` supplies words for inserted text; `replacement` is the article that replaces this one.
 */
export function applyEdit(doc: TrackedText, kind: EditKind, target: AnnotationTarget, random: () => number, corpus: string, replacement = ''): void {
  const span = { start: target.start, end: target.end };
  const paragraph = paragraphsAround(doc.text, span.start, span.end);
  if (kind === 'edge-of-article') kind = pick(random, EDGE_EDITS.filter((k) => k !== 'change-figure' || /\d/.test(target.quote)));
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
    case 'insert-sentence': insertSentence(doc, span, paragraph, random, corpus); break;
    case 'change-figure': changeFigure(doc, span, random); break;
    case 'new-boilerplate': newBoilerplate(doc, span, random); break;
    case 'markdown-markup': addMarkdown(doc, span, paragraph, random); break;
    case 'swap-sentences': swapSentences(doc, span, paragraph, random); break;
    case 'hyphen-in-name': toggleNameHyphen(doc, span, paragraph, random); break;
    case 'replace-article': doc.replace(0, doc.text.length, replacement, false); break;
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
