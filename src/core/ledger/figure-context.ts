/**
 * What the words around a figure say about its subject: whose it is ("North Korean" soldiers,
 * "Russia's" troops), which part of it ("the first group of" 1,500), and whether it is expected
 * rather than current ("expects 12,000 soon").
 */
import type { FigureMention } from '../recognition/types';

/** Words around a figure that locate its subject, read from its clause. */
export interface FigureContext {
  /** Capitalized modifier naming the owner as written ("North Korean"), or undefined. */
  owner?: string;
  /** A part of the whole ("first group", "additional"), or undefined for the whole. */
  facet?: string;
  forecast: boolean;
}

const CLAUSE_BREAK = /[.;:!?()"“”\n]/;
const PHRASE_CHARS = 80;
/** Longest partitive phrase ("the latest deployment of around "). */
const PARTITIVE_CHARS = 48;

const PARTITIVE_BEFORE =
  /\b(first|second|third|initial|latest|new|next|last|final|fresh)\s+(group|batch|wave|contingent|unit|round|tranche|deployment|rotation)\s+of\s+(?:about\s+|some\s+|around\s+)?$/i;
const ADDITIVE_BEFORE = /\b(another|additional|a further|an additional|an extra|extra)\s+$/i;
const FORECAST_BEFORE =
  /\b(expects?|expected|expecting|forecasts?|forecasted|projects?|projected|predicts?|predicted|likely to|set to|poised to|plans? to|will|would|could|may|might|to reach)\b/;
// Within the figure's own clause: "by late October" after a comma usually dates a past event.
const FORECAST_AFTER = /^[^.;!?,]*?\b(by (?:the end of |early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|next|this year|year-end|20\d\d)|soon)\b/i;
/** A hyphenated size word glued to the number ("11,000-strong", "500-member"). */
const SIZE_SUFFIX = /^-(?:strong|member|man|person)\b/i;
const CAPITALIZED = /^[A-Z][\p{L}.'’-]*$/u;
const POSSESSIVE_OWNER_BEFORE = /((?:[A-Z][\p{L}.-]*\s+){0,3}[A-Z][\p{L}.-]*)['’]s\s+$/u;
const OWNER_AFTER_UNIT = /^\s*(?:[a-z][\p{L}-]*\s+){1,3}(?:from|of)\s+(?:the\s+)?([A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,3})/u;

/** Reads the clause around `figure` in `text`; `sentenceStart` bounds how far back it looks. */
export function readFigureContext(text: string, figure: FigureMention, sentenceStart: number): FigureContext {
  const before = clauseBefore(text, figure.start, sentenceStart);
  const after = clauseAfter(text, figure.end);
  // Anchored at the end: matching only the tail keeps the regex from scanning the whole clause.
  const tail = before.slice(-PARTITIVE_CHARS);
  const facetMatch = PARTITIVE_BEFORE.exec(tail);
  const facet = facetMatch ? `${facetMatch[1].toLowerCase()} ${facetMatch[2].toLowerCase()}` : ADDITIVE_BEFORE.test(tail) ? 'additional' : undefined;
  const forecast = FORECAST_BEFORE.test(before) || FORECAST_AFTER.test(text.slice(figure.end, figure.end + PHRASE_CHARS));
  return { owner: ownerAfter(after) ?? POSSESSIVE_OWNER_BEFORE.exec(before)?.[1], facet, forecast };
}

function clauseBefore(text: string, end: number, sentenceStart: number): string {
  const from = Math.max(sentenceStart, end - PHRASE_CHARS * 2);
  const window = text.slice(from, end);
  let cut = 0;
  for (let i = window.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(window[i])) {
      cut = i + 1;
      break;
    }
  }
  return window.slice(cut);
}

function clauseAfter(text: string, start: number): string {
  const window = text.slice(start, start + PHRASE_CHARS);
  const stop = window.search(CLAUSE_BREAK);
  return stop === -1 ? window : window.slice(0, stop);
}

/** Capitalized words right after the number ("11,000 North Korean soldiers"), or "troops from North Korea". */
function ownerAfter(after: string): string | undefined {
  const phrase = after.replace(SIZE_SUFFIX, '');
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  const owner: string[] = [];
  for (let i = 0; i < words.length && CAPITALIZED.test(words[i]); i++) owner.push(words[i]);
  if (owner.length > 0) return owner.join(' ');
  return OWNER_AFTER_UNIT.exec(phrase)?.[1];
}

const IRREGULAR_DEMONYMS: Record<string, string> = {
  chinese: 'china', french: 'france', british: 'britain', dutch: 'netherlands', swiss: 'switzerland', turkish: 'turkey',
  american: 'united states', u: 'united states', 'u.s': 'united states', us: 'united states', filipino: 'philippines',
  iraqi: 'iraq', israeli: 'israel', pakistani: 'pakistan', afghan: 'afghanistan', yemeni: 'yemen', kuwaiti: 'kuwait',
};

/** One key for "North Korean", "North Korea" and "North Korea's": each word cut to its first five letters. */
export function ownerKey(owner: string): string {
  const folded = owner.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  if (IRREGULAR_DEMONYMS[folded]) return IRREGULAR_DEMONYMS[folded].replace(/\s+/g, '-');
  return folded
    .split(/\s+/)
    .map((word) => IRREGULAR_DEMONYMS[word] ?? word.replace(/[^\p{L}\p{N}]/gu, '').slice(0, 5))
    .filter(Boolean)
    .join('-');
}
