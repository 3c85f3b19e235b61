/**
 * Who the text says said something, read from the cues news prose uses: "according to X", "X said",
 * "said X", "X told Y", "X was quoted as saying by Y", "…, citing X", "who spoke on condition of anonymity".
 *
 * The scope of a span is its sentence, with quotations opaque: a span inside a quotation takes the
 * quotation's frame however many sentences the quotation runs, and a quotation with no cue of its own
 * continues the previous sentence's speaker. Chains run from the original source to the relay
 * ("lawmakers said, citing the NIS" → NIS → lawmakers). Pronoun speakers ("it said") resolve to the speaker
 * named before. Quality is measured on test/fixtures/attribution by bench/attribution-quality.ts.
 */
import { sentenceStarts } from '../index/sentence-spans';
import { recognize } from '../recognition/recognize';
import type { Recognition, Span } from '../recognition/types';
import type { Attribution, AttributionSource } from './attribution-types';
import {
  GENERIC_AUDIENCES,
  LABEL_DETERMINERS,
  PHRASE_STOPS,
  POSTMODIFIER_STARTS,
  PRONOUNS,
  REPORTING_VERBS,
  ROLE_HEADS,
  TELLING_VERBS,
} from './attribution-words';

interface Token extends Span {
  text: string;
  lower: string;
  word: boolean;
}

interface RankedSource extends Span {
  /** 1 is the original source; relays count up. */
  rank: number;
}

/** One attribution the text states: a cue with its sources. */
interface Frame {
  sources: RankedSource[];
  cues: Span[];
  /** The main cue, for nearness to the span. */
  at: Span;
  /** Index in `sources` of the one who speaks (a pronoun resolves to this one of an earlier frame). */
  speaker: number;
}

/** A paragraph read once: quotations masked, sentences found, tokens. */
interface Paragraph extends Span {
  tokens: Token[];
  /** Token index where each sentence starts, ascending. */
  sentenceTokens: number[];
  quotes: Span[];
}

const ABBREVIATIONS = new Set([
  'rep', 'sen', 'gen', 'brig', 'col', 'lt', 'maj', 'adm', 'dr', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'gov', 'prof', 'capt',
  'sgt', 'cmdr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'co', 'corp',
  'inc', 'ltd', 'vs',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'two', 'three', 'four', 'several', 'some', 'many', 'other']);
const ADVERBS_BEFORE_VERB = new Set(['also', 'further', 'later', 'earlier', 'again', 'separately', 'publicly', 'repeatedly', 'previously', 'has', 'have', 'had']);
const PARTICIPLE_CUES = new Set(['saying', 'adding', 'noting', 'warning', 'stating']);
const RELAY_NOUNS = new Set(['lawmakers', 'legislators', 'parliament', 'congress', 'senators', 'mps', 'the committee']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
const ANONYMITY_VERBS = new Set(['spoke', 'speaking', 'spoken', 'talked', 'talking']);
const NOT_BEFORE_VERB = new Set(['to', 'the', 'a', 'an', 'of', 'for', 'in', 'be', 'not', 'previously', 'widely', 'its', 'their', 'his', 'her', 'our']);
/** Lower-case heads of phrases that can be cited as sources. */
const SOURCE_HEADS = new Set([
  'officials', 'official', 'sources', 'source', 'documents', 'document', 'agency', 'ministry', 'report', 'reports', 'data',
  'intelligence', 'lawmakers', 'police', 'military', 'government', 'statement', 'draft', 'analysts', 'experts', 'people',
  'residents', 'witnesses', 'diplomats', 'spokesperson', 'spokesman', 'spokeswoman', 'figures', 'estimates', 'survey', 'records',
  'executives', 'investigators', 'prosecutors', 'doctors', 'lawyers', 'scientists', 'researchers', 'activists', 'monitors', 'observers',
]);
/** Irregular past forms that end a sentence's subject ("The central bank left …"). */
const COMMON_VERBS = new Set([
  'left', 'met', 'held', 'made', 'took', 'gave', 'went', 'came', 'put', 'set', 'cut', 'kept', 'sent', 'won', 'lost', 'saw',
  'began', 'ran', 'became', 'brought', 'built', 'fell', 'rose', 'led', 'paid', 'sold', 'struck', 'spent', 'is', 'are', 'was', 'were', 'has', 'have', 'had',
]);
/** Nouns that attribute with "from" / "by" after them ("confirmation from X that …"). */
const NOMINAL_CUES = new Set(['confirmation', 'statement', 'statements', 'assessment', 'announcement', 'warning', 'testimony']);
const MAX_PHRASE_TOKENS = 14;
const PRONOUN_LOOKBACK_PARAGRAPHS = 2;

const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*|\S/gu;

let cached: { text: string; recognition: Recognition } | undefined;

/**
 * Finds the attribution of `span` in `text` where the text states one; undefined when it does not.
 * `recognition` (the article's entities) keeps names whole; it is computed (and kept for the next call) when omitted.
 */
export function findAttribution(text: string, span: Span, recognition?: Recognition): Attribution | undefined {
  return attributionsIn(text, recognition)(span);
}

/** One finder for many spans of one text (a ledger, a tree): paragraphs are read once and shared. */
export function attributionsIn(text: string, recognition?: Recognition): (span: Span) => Attribution | undefined {
  const reader = new AttributionReader(text, (recognition ?? recognitionOf(text)).entities);
  return (span) => (span.start < 0 || span.end > text.length || span.start > span.end ? undefined : reader.attributionOf(span));
}

function recognitionOf(text: string): Recognition {
  if (cached?.text !== text) cached = { text, recognition: recognize(text) };
  return cached.recognition;
}

class AttributionReader {
  private readonly paragraphs = new Map<number, Paragraph>();
  /** Frames per paragraph and sentence range: pronouns look back at the same sentences for many spans. */
  private readonly frames = new Map<string, Frame[]>();

  constructor(
    private readonly text: string,
    private readonly entities: readonly Span[],
  ) {}

  attributionOf(span: Span): Attribution | undefined {
    const paragraph = this.paragraphAt(span.start);
    const first = this.sentenceIndexAt(paragraph, span.start);
    const last = this.sentenceIndexAt(paragraph, Math.max(span.start, Math.min(span.end, paragraph.end) - 1));
    let frames = this.framesIn(paragraph, first, last);
    if (frames.length === 0 && first > 0 && this.isQuoted(paragraph, first, span)) {
      // A quotation with no cue of its own continues the speaker of the sentence before it.
      frames = this.framesIn(paragraph, first - 1, first - 1).slice(-1);
    }
    if (frames.length === 0) return undefined;
    const frame = frames.reduce((best, candidate) => (distance(candidate.at, span) < distance(best.at, span) ? candidate : best));
    return this.build(frame, paragraph);
  }

  private build(frame: Frame, paragraph: Paragraph): Attribution | undefined {
    const sources: AttributionSource[] = [];
    const ranks: number[] = [];
    const ordered = [...frame.sources].sort((a, b) => a.rank - b.rank || a.start - b.start);
    for (const source of ordered) {
      const resolved = this.resolvePronoun(source, paragraph, 0);
      if (sources.some((s) => s.start === resolved.start && s.end === resolved.end)) continue;
      sources.push({ start: resolved.start, end: resolved.end, text: this.text.slice(resolved.start, resolved.end) });
      ranks.push(source.rank);
    }
    if (sources.length === 0) return undefined;
    const cues = [...frame.cues]
      .sort((a, b) => a.start - b.start)
      .map((cue) => ({ start: cue.start, end: cue.end, text: this.text.slice(cue.start, cue.end) }));
    const groups: string[] = [];
    sources.forEach((source, i) => {
      const label = displayName(source.text);
      if (i > 0 && ranks[i] === ranks[i - 1]) groups[groups.length - 1] += ` & ${label}`;
      else groups.push(label);
    });
    return { sources, cues, label: groups.join(' → ') };
  }

  /** A pronoun speaker is the speaker of the nearest earlier frame, else the first name of the sentence before. */
  private resolvePronoun(source: RankedSource, paragraph: Paragraph, depth: number): Span {
    if (!PRONOUNS.has(this.text.slice(source.start, source.end).toLowerCase()) || depth > 2) return source;
    let current = paragraph;
    let sentence = this.sentenceIndexAt(paragraph, source.start) - 1;
    for (let hops = 0; hops <= PRONOUN_LOOKBACK_PARAGRAPHS; hops++) {
      for (; sentence >= 0; sentence--) {
        const earlier = this.framesIn(current, sentence, sentence).filter((frame) => frame.at.start < source.start);
        const named = earlier.filter((frame) => !PRONOUNS.has(this.text.slice(frame.sources[frame.speaker].start, frame.sources[frame.speaker].end).toLowerCase()));
        const frame = named[named.length - 1] ?? earlier[earlier.length - 1];
        if (frame) return this.resolvePronoun({ ...frame.sources[frame.speaker], rank: 1 }, current, depth + 1);
        if (hops === 0 && sentence === this.sentenceIndexAt(paragraph, source.start) - 1) {
          const subject = this.sentenceSubject(current, sentence);
          if (subject) return subject;
        }
      }
      if (current.start === 0) break;
      current = this.paragraphAt(current.start - 1);
      sentence = current.sentenceTokens.length - 1;
    }
    return source;
  }

  /** The name a sentence opens with ("Tom Fletcher, the U.N. …, called on"), when it opens with one. */
  private sentenceSubject(paragraph: Paragraph, sentence: number): Span | undefined {
    const startToken = paragraph.sentenceTokens[sentence];
    const token = paragraph.tokens[startToken];
    if (!token) return undefined;
    const entity = this.entities.find((e) => e.start >= token.start && e.start <= token.start + 4);
    if (entity && !/^[“"]/.test(this.text.slice(token.start))) return entity;
    const phrase = this.forwardPhrase(paragraph, startToken, this.firstVerbLike(paragraph, startToken, this.sentenceEnd(paragraph, sentence)));
    return phrase && isCapitalized(this.text.slice(phrase[0].start, phrase[0].end)) && !PRONOUNS.has(this.text.slice(phrase[0].start, phrase[0].end).toLowerCase())
      ? phrase[0]
      : undefined;
  }

  /** The first token from `from` that reads as the sentence's verb ("condemned", "left"), else `hi`. */
  private firstVerbLike(paragraph: Paragraph, from: number, hi: number): number {
    for (let m = from + 1; m < hi; m++) {
      const token = paragraph.tokens[m];
      if (token.word && !this.inEntity(token.start) && (isParticiple(token) || COMMON_VERBS.has(token.lower))) return m;
    }
    return hi;
  }

  private isQuoted(paragraph: Paragraph, sentence: number, span: Span): boolean {
    const first = paragraph.tokens[paragraph.sentenceTokens[sentence]];
    return paragraph.quotes.some((quote) => quote.start <= span.start && quote.end >= span.start) || (!!first && /^[“"]/.test(first.text));
  }

  /** Every frame whose cue lies in sentences `first`..`last` of a paragraph, quotations excluded. */
  private framesIn(paragraph: Paragraph, first: number, last: number): Frame[] {
    const key = `${paragraph.start}:${first}:${last}`;
    const known = this.frames.get(key);
    if (known) return known;
    const found = this.readFrames(paragraph, first, last);
    this.frames.set(key, found);
    return found;
  }

  private readFrames(paragraph: Paragraph, first: number, last: number): Frame[] {
    const tokens = paragraph.tokens;
    const lo = paragraph.sentenceTokens[first];
    const hi = this.sentenceEnd(paragraph, last);
    const frames: Frame[] = [];
    const lastFrame = (): Frame | undefined => frames[frames.length - 1];
    let pendingCited: { cited: Span[]; cue: Span; sentence: number } | undefined;
    for (let i = lo; i < hi; i++) {
      const token = tokens[i];
      if (!token.word || this.inQuote(paragraph, token.start)) continue;
      const next = tokens[i + 1]?.lower;
      const sentenceStart = paragraph.sentenceTokens[this.sentenceOfToken(paragraph, i)];
      if (token.lower === 'according' && next === 'to') {
        const phrase = this.forwardPhrase(paragraph, i + 2, hi);
        if (!phrase) continue;
        const sources = (phrase.length === 1 && this.appositiveName(paragraph, phrase[0], hi)) || phrase;
        const frame: Frame = { sources: sources.map((s) => ({ ...s, rank: 1 })), cues: [spanOf(token, tokens[i + 1])], at: token, speaker: 0 };
        frames.push(frame);
        // Words inside the source phrase ("according to a statement from X") state no frame of their own.
        i = this.lastTokenOf(paragraph, phrase[phrase.length - 1], i + 1);
        continue;
      }
      if (NOMINAL_CUES.has(token.lower) && (next === 'from' || next === 'by')) {
        // "followed confirmation from South Korea and the U.S. that …"
        const sources = this.forwardPhrase(paragraph, i + 2, hi);
        if (!sources || !this.looksLikeSource(sources[0])) continue;
        frames.push({ sources: sources.map((s) => ({ ...s, rank: 1 })), cues: [spanOf(token, tokens[i + 1])], at: token, speaker: 0 });
        i = this.lastTokenOf(paragraph, sources[sources.length - 1], i + 1);
        continue;
      }
      if (PASSIVE_AUXILIARIES.has(token.lower) && next === 'quoted') {
        const subject = this.backwardPhrase(paragraph, i - 1, sentenceStart);
        let by = -1;
        let stopAs = false;
        if (tokens[i + 2]?.lower === 'as' && tokens[i + 3]?.lower === 'saying' && tokens[i + 4]?.lower === 'by') by = i + 4;
        else if (tokens[i + 2]?.lower === 'by') {
          by = i + 2;
          stopAs = true;
        }
        const relay = by > 0 ? this.forwardPhrase(paragraph, by + 1, hi, stopAs ? 'as' : undefined) : undefined;
        if (!subject && !relay) continue;
        const sources: RankedSource[] = [...(subject ?? []).map((s) => ({ ...s, rank: 1 })), ...(relay ?? []).map((s) => ({ ...s, rank: 2 }))];
        frames.push({ sources, cues: [spanOf(token, tokens[by > 0 ? by : i + 1])], at: token, speaker: 0 });
        i = by > 0 ? by : i + 1;
        continue;
      }
      if ((REPORTING_VERBS.has(token.lower) || token.lower === 'shared') && next === 'by' && PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) {
        const sources = this.forwardPhrase(paragraph, i + 2, hi);
        if (!sources) continue;
        frames.push({ sources: sources.map((s) => ({ ...s, rank: 1 })), cues: [spanOf(token, tokens[i + 1])], at: token, speaker: 0 });
        i += 1;
        continue;
      }
      if (token.lower === 'citing' || token.lower === 'quoting') {
        const cited = this.forwardPhrase(paragraph, i + 1, hi);
        if (!cited || !this.looksLikeSource(cited[0])) continue;
        const frame = lastFrame();
        const sentence = this.sentenceOfToken(paragraph, i);
        if (frame && this.sentenceIndexAt(paragraph, frame.at.start) === sentence) addCited(frame, cited, token);
        // "The Nikkei, quoting executives, said …": the frame comes after.
        else if (tokens[i - 1]?.text === ',') pendingCited = { cited, cue: token, sentence };
        i = this.lastTokenOf(paragraph, cited[cited.length - 1], i);
        continue;
      }
      if (token.lower === 'condition' && tokens[i - 1]?.lower === 'on' && next === 'of' && tokens[i + 2]?.lower === 'anonymity') {
        let from = i - 1;
        if (ANONYMITY_VERBS.has(tokens[from - 1]?.lower ?? '')) from--;
        if (tokens[from - 1]?.lower === 'who') from--;
        const cue = spanOf(tokens[from], tokens[i + 2]);
        const frame = lastFrame();
        if (frame) frame.cues.push(cue);
        else {
          const subject = this.backwardPhrase(paragraph, tokens[from - 1]?.text === ',' ? from - 2 : from - 1, sentenceStart);
          if (subject) frames.push({ sources: subject.map((s) => ({ ...s, rank: 1 })), cues: [cue], at: cue, speaker: 0 });
        }
        i += 2;
        continue;
      }
      if (!REPORTING_VERBS.has(token.lower)) continue;
      const frame = this.verbFrame(paragraph, i, sentenceStart, hi);
      if (!frame) continue;
      if (pendingCited && pendingCited.sentence === this.sentenceOfToken(paragraph, i)) addCited(frame, pendingCited.cited, pendingCited.cue);
      pendingCited = undefined;
      frames.push(frame);
    }
    return frames;
  }

  /** "X said", "said X", "X told Y", "X quoted Y as saying", ", saying". */
  private verbFrame(paragraph: Paragraph, i: number, sentenceStart: number, hi: number): Frame | undefined {
    const tokens = paragraph.tokens;
    const verb = tokens[i];
    const previous = tokens[i - 1];
    if (previous && NOT_BEFORE_VERB.has(previous.lower)) return undefined;
    if (PARTICIPLE_CUES.has(verb.lower) && previous?.text === ',') {
      const subject = this.forwardPhrase(paragraph, sentenceStart, this.firstVerbLike(paragraph, sentenceStart, i));
      return subject ? { sources: subject.map((s) => ({ ...s, rank: 1 })), cues: [verb], at: verb, speaker: 0 } : undefined;
    }
    let j = i - 1;
    while (j >= sentenceStart && ADVERBS_BEFORE_VERB.has(tokens[j].lower)) j--;
    // "were never disclosed", "it is estimated": a passive states no source.
    if (j >= sentenceStart && PASSIVE_AUXILIARIES.has(tokens[j].lower)) return undefined;
    const inverted = this.invertedSpeaker(paragraph, i, hi);
    if (inverted) return { sources: inverted.map((s) => ({ ...s, rank: 1 })), cues: [verb], at: verb, speaker: 0 };
    j = this.skipApposition(paragraph, j, sentenceStart);
    const pronoun = j >= sentenceStart && PRONOUNS.has(tokens[j].lower) ? [tokens[j] as Span] : undefined;
    const subject = pronoun ?? (j >= sentenceStart && (tokens[j].word || tokens[j].text === ')') ? this.backwardPhrase(paragraph, j, sentenceStart) : undefined);
    if (subject) {
      const sources: RankedSource[] = subject.map((s) => ({ ...s, rank: 1 }));
      if (TELLING_VERBS.has(verb.lower) || verb.lower === 'quoted') {
        const audience = this.forwardPhrase(paragraph, i + 1, hi, verb.lower === 'quoted' ? 'as' : undefined);
        if (verb.lower === 'quoted') {
          if (!audience) return undefined;
          // "X quoted Y as saying": Y said it, X relays.
          return { sources: [...audience.map((s) => ({ ...s, rank: 1 })), ...subject.map((s) => ({ ...s, rank: 2 }))], cues: [verb], at: verb, speaker: 0 };
        }
        if (audience && this.isRelay(audience[0])) sources.push(...audience.map((s) => ({ ...s, rank: 2 })));
      }
      return { sources, cues: [verb], at: verb, speaker: 0 };
    }
    return undefined;
  }

  /** `"…," said X.` and `…, said X, who …`: a speaker after the verb, closed by punctuation. */
  private invertedSpeaker(paragraph: Paragraph, i: number, hi: number): Span[] | undefined {
    const tokens = paragraph.tokens;
    const before = tokens[i - 1];
    if (TELLING_VERBS.has(tokens[i].lower)) return undefined;
    if (before && before.text !== ',' && !/[”"]/.test(before.text) && !this.inQuote(paragraph, before.start)) return undefined;
    const speaker = this.forwardPhrase(paragraph, i + 1, hi);
    if (!speaker) return undefined;
    // The speaker's phrase (postmodifiers included) must close the clause: `said X.`, `said X, …`, `said X who …`.
    let end = i + 1;
    while (end < hi && end - i <= MAX_PHRASE_TOKENS && this.canJoinPhrase(paragraph, end)) end++;
    const after = tokens[end];
    if (after && after.word && !['who', 'whose'].includes(after.lower)) return undefined;
    const head = this.text.slice(speaker[0].start, speaker[0].end);
    return isCapitalized(head) || DETERMINERS.has(head.split(/\s/)[0].toLowerCase()) ? speaker : undefined;
  }

  /** Before "X, head of …, told": steps over the role in apposition to the name before it. */
  private skipApposition(paragraph: Paragraph, j: number, sentenceStart: number): number {
    const tokens = paragraph.tokens;
    while (tokens[j]?.text === ',') {
      let k = j - 1;
      while (k > sentenceStart && tokens[k].text !== ',' && !/[“”"]/.test(tokens[k].text)) k--;
      if (k <= sentenceStart || tokens[k].text !== ',' || this.inQuote(paragraph, tokens[k].start)) return j - 1;
      const first = tokens[k + 1];
      const segment = tokens.slice(k + 1, j);
      const role = !isCapitalized(first.text) || DETERMINERS.has(first.lower) || /['’]s$/.test(first.text);
      // A name in apposition is the source ("An army spokesman, Brig. Gen. Nabil Abdallah, said").
      if (!role || segment.some((t) => REPORTING_VERBS.has(t.lower))) return j - 1;
      j = k;
    }
    return j;
  }

  /** Index of the last token inside `span`, from `from` on. */
  private lastTokenOf(paragraph: Paragraph, span: Span, from: number): number {
    let index = from;
    while (index + 1 < paragraph.tokens.length && paragraph.tokens[index + 1].end <= span.end) index++;
    return index;
  }

  /** "according to the country's disaster agency, AFAD.": the name closing a role phrase. */
  private appositiveName(paragraph: Paragraph, phrase: Span, hi: number): Span[] | undefined {
    const tokens = paragraph.tokens;
    const comma = tokens.findIndex((token) => token.start >= phrase.end);
    const head = tokens.find((token) => token.end === phrase.end);
    if (comma < 0 || tokens[comma].text !== ',' || !head || isCapitalized(head.text)) return undefined;
    let end = comma;
    while (end + 1 < hi && tokens[end + 1].word && isCapitalized(tokens[end + 1].text)) end++;
    const closer = tokens[end + 1];
    if (end === comma || (closer && ![',', '.', ';'].includes(closer.text))) return undefined;
    return [spanOf(tokens[comma + 1], tokens[end])];
  }

  /** A name, or a phrase whose head names people or documents ("local officials", "documents"): not "concerns". */
  private looksLikeSource(phrase: Span): boolean {
    const words = this.text.slice(phrase.start, phrase.end).split(/\s+/);
    if (this.inEntity(phrase.start) || words.some((w) => isCapitalized(w))) return true;
    const preposition = words.findIndex((w, i) => i > 0 && ['of', 'for', 'from', 'at'].includes(w.toLowerCase()));
    return SOURCE_HEADS.has(words[preposition > 0 ? preposition - 1 : words.length - 1].toLowerCase());
  }

  private isRelay(audience: Span): boolean {
    const text = this.text.slice(audience.start, audience.end);
    const words = text.split(/\s+/);
    if (RELAY_NOUNS.has(text.toLowerCase())) return true;
    const first = words.length > 1 && DETERMINERS.has(words[0].toLowerCase()) ? words[1] : words[0];
    return isCapitalized(first) && !GENERIC_AUDIENCES.has(first.toLowerCase());
  }

  /** The source phrases read leftward from token `j` (coordinated names give several). */
  private backwardPhrase(paragraph: Paragraph, j: number, sentenceStart: number): Span[] | undefined {
    const tokens = paragraph.tokens;
    let from = j + 1;
    for (let k = j; k >= sentenceStart && j - k < MAX_PHRASE_TOKENS; k--) {
      // "a translator consulted by The Insider noted": the agent belongs to a participle, read through it.
      const throughBy = tokens[k].lower === 'by' && isParticiple(tokens[k - 1]);
      if (!throughBy && !this.canJoinPhrase(paragraph, k)) break;
      from = k;
    }
    if (from > j) return undefined;
    return this.phrases(paragraph, from, j);
  }

  /** The source phrases read rightward from token `k`, up to `hi` or the word `stop`. */
  private forwardPhrase(paragraph: Paragraph, k: number, hi: number, stop?: string): Span[] | undefined {
    let to = k - 1;
    for (let m = k; m < hi && m - k < MAX_PHRASE_TOKENS; m++) {
      if (paragraph.tokens[m].lower === stop || !this.canJoinPhrase(paragraph, m)) break;
      to = m;
    }
    if (to < k) return undefined;
    return this.phrases(paragraph, k, to);
  }

  private canJoinPhrase(paragraph: Paragraph, k: number): boolean {
    const token = paragraph.tokens[k];
    if (this.inEntity(token.start)) return true;
    if (token.word) {
      // After a determiner a reporting word is a noun: "the report", "a statement".
      const noun = REPORTING_VERBS.has(token.lower) && DETERMINERS.has(paragraph.tokens[k - 1]?.lower ?? '');
      if (PHRASE_STOPS.has(token.lower) || PRONOUNS.has(token.lower) || (REPORTING_VERBS.has(token.lower) && !noun) || token.lower === 'according' || token.lower === 'citing') return false;
      if (token.lower === 'and' || token.lower === 'or') {
        // Coordinated names: "Maersk and Hapag-Lloyd", "South Korea and the U.S.".
        const after = paragraph.tokens[k + 1];
        const named = (t: Token | undefined) => !!t && isCapitalized(t.text);
        return named(after) || (!!after && DETERMINERS.has(after.lower) && named(paragraph.tokens[k + 2]));
      }
      return !this.inQuote(paragraph, token.start);
    }
    return token.text === '(' || token.text === ')' || token.text === '&';
  }

  /** Splits a token run at coordinations, trims each conjunct to its source phrase. */
  private phrases(paragraph: Paragraph, from: number, to: number): Span[] | undefined {
    const tokens = paragraph.tokens;
    const conjuncts: [number, number][] = [];
    let start = from;
    for (let m = from; m <= to; m++) {
      if ((tokens[m].lower === 'and' || tokens[m].lower === 'or') && !this.inEntity(tokens[m].start)) {
        if (m > start) conjuncts.push([start, m - 1]);
        start = m + 1;
      }
    }
    if (start <= to) conjuncts.push([start, to]);
    const spans = conjuncts.map(([a, b]) => this.trimPhrase(paragraph, a, b)).filter((s): s is Span => !!s);
    return spans.length > 0 ? spans : undefined;
  }

  /** Cuts postmodifiers ("officials familiar with …", "Rep. Lee of the ruling party"); keeps "for/of/from/at X" after a common noun. */
  private trimPhrase(paragraph: Paragraph, a: number, b: number): Span | undefined {
    const tokens = paragraph.tokens;
    while (a <= b && !tokens[a].word && tokens[a].text !== '(') a++;
    let end = b;
    let keptPreposition = false;
    for (let m = a + 1; m <= b; m++) {
      const token = tokens[m];
      const participle = isParticiple(token) && !DETERMINERS.has(tokens[m - 1].lower);
      if (!participle && !POSTMODIFIER_STARTS.has(token.lower) && token.lower !== 'for') continue;
      if (this.inEntity(token.start) && this.inEntity(tokens[m - 1].start)) continue;
      const head = tokens[m - 1];
      const commonHead = !isCapitalized(head.text) || (m - 1 === a && !this.inEntity(head.start) && !/['’]s$/.test(head.text));
      const preposition = ['of', 'for', 'from', 'at'].includes(token.lower);
      if (preposition && !keptPreposition && (commonHead || (token.lower === 'for' && ROLE_HEADS.has(head.lower)))) {
        keptPreposition = true;
        continue;
      }
      if (token.lower === 'for' && !preposition) continue;
      end = m - 1;
      break;
    }
    while (end >= a && !tokens[end].word && tokens[end].text !== ')') end--;
    if (end < a) return undefined;
    const words = tokens.slice(a, end + 1).filter((t) => t.word);
    if (words.length === 0 || words.every((t) => DETERMINERS.has(t.lower))) return undefined;
    return { start: tokens[a].start, end: tokens[end].end };
  }

  private inEntity(offset: number): boolean {
    let low = 0;
    let high = this.entities.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const entity = this.entities[middle];
      if (offset < entity.start) high = middle - 1;
      else if (offset >= entity.end) low = middle + 1;
      else return true;
    }
    return false;
  }

  private inQuote(paragraph: Paragraph, offset: number): boolean {
    return paragraph.quotes.some((quote) => quote.start < offset && offset < quote.end);
  }

  private sentenceEnd(paragraph: Paragraph, sentence: number): number {
    return paragraph.sentenceTokens[sentence + 1] ?? paragraph.tokens.length;
  }

  private sentenceOfToken(paragraph: Paragraph, token: number): number {
    let index = 0;
    while (index + 1 < paragraph.sentenceTokens.length && paragraph.sentenceTokens[index + 1] <= token) index++;
    return index;
  }

  private sentenceIndexAt(paragraph: Paragraph, offset: number): number {
    const tokenIndex = paragraph.tokens.findIndex((token) => token.end > offset);
    return this.sentenceOfToken(paragraph, tokenIndex === -1 ? paragraph.tokens.length - 1 : tokenIndex);
  }

  private paragraphAt(offset: number): Paragraph {
    const start = this.text.lastIndexOf('\n', offset - 1) + 1;
    const known = this.paragraphs.get(start);
    if (known) return known;
    const newline = this.text.indexOf('\n', offset);
    const end = newline === -1 ? this.text.length : newline;
    const paragraph = readParagraph(this.text, start, end);
    this.paragraphs.set(start, paragraph);
    return paragraph;
  }
}

/** Tokens, quotations and sentences of one line; sentence ends inside quotations do not count. */
function readParagraph(text: string, start: number, end: number): Paragraph {
  const slice = text.slice(start, end);
  const quotes = findQuotations(slice).map((q) => ({ start: q.start + start, end: q.end + start }));
  let masked = '';
  let last = 0;
  for (const quote of quotes) {
    const open = quote.start - start;
    const close = quote.end - start - 1;
    // Keep the quotation's first and last characters: a capital after the opening mark may start a sentence,
    // a full stop before the closing one ends it, a comma does not.
    const inner = Math.min(open + 2, close);
    const tail = Math.max(inner, close - 1);
    masked += slice.slice(last, inner) + slice.slice(inner, tail).replace(/\S/g, 'x') + slice.slice(tail, close + 1);
    last = close + 1;
  }
  masked += slice.slice(last);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(slice); match; match = TOKEN.exec(slice)) {
    let tokenEnd = match.index + match[0].length;
    const word = /[\p{L}\p{N}]/u.test(match[0][0]);
    const raw = match[0];
    if (word && slice[tokenEnd] === '.' && (ABBREVIATIONS.has(raw.toLowerCase()) || /^\p{Lu}$/u.test(raw) || raw.includes('.'))) {
      tokenEnd++;
      TOKEN.lastIndex = tokenEnd;
    }
    const tokenText = slice.slice(match.index, tokenEnd);
    tokens.push({ start: match.index + start, end: tokenEnd + start, text: tokenText, lower: tokenText.toLowerCase(), word });
  }
  const sentenceTokens: number[] = [];
  let t = 0;
  for (const sentenceStart of sentenceStarts(masked)) {
    while (t < tokens.length && tokens[t].start - start < sentenceStart) t++;
    // Titles the shared splitter does not know ("Brig. Gen. Nabil Abdallah") do not end a sentence.
    const before = tokens[t - 1];
    if (before && before.text.endsWith('.') && ABBREVIATIONS.has(before.lower.slice(0, -1))) continue;
    if (t < tokens.length && sentenceTokens[sentenceTokens.length - 1] !== t) sentenceTokens.push(t);
  }
  if (sentenceTokens.length === 0 || sentenceTokens[0] !== 0) sentenceTokens.unshift(0);
  return { start, end, tokens, sentenceTokens, quotes };
}

/** Quotation spans (marks included) of one line: curly pairs, straight quotes toggling; an unclosed one runs to the end. */
function findQuotations(line: string): Span[] {
  const quotes: Span[] = [];
  let open = -1;
  let straight = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (open < 0 && (c === '“' || c === '"')) {
      open = i;
      straight = c === '"';
    } else if (open >= 0 && ((straight && c === '"') || (!straight && c === '”'))) {
      quotes.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: line.length });
  return quotes;
}

/** A lower-case past participle or past tense ("consulted", "condemned"). */
function isParticiple(token: Token | undefined): boolean {
  return !!token && token.word && token.lower === token.text && token.lower.length > 4 && token.lower.endsWith('ed');
}

/** Cited sources come first in the chain; the frame's own sources become relays. */
function addCited(frame: Frame, cited: Span[], cue: Span): void {
  for (const source of frame.sources) source.rank += 1;
  frame.sources.push(...cited.map((s) => ({ ...s, rank: 1 })));
  frame.cues.push(cue);
}

function spanOf(first: Span, last: Span): Span {
  return { start: first.start, end: last.end };
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^[\p{N}]/u.test(word);
}

/** "the NIS" → "NIS": the chain reads like a byline. */
function displayName(text: string): string {
  const [first, ...rest] = text.split(/\s+/);
  return rest.length > 0 && LABEL_DETERMINERS.has(first.toLowerCase()) ? rest.join(' ') : text;
}
