import type { Chunk } from '../entities/chunk-line';
import { tokenOwners, type Piece } from '../entities/classify-chunk';
import type { Token } from '../entities/tokenize-line';
import { gazetteers } from './gazetteers';
import { foldName } from './hash';
import { chunkFeatures, isInsideTag, previousTagFeature, TAG_COUNT, TAGGED_TYPES, tagOf, tokenTagFeatures, typeOfTag, type ChunkFeatures } from './tagger-features';

/** Adds the weights of one feature to the scores of every tag. */
export interface TagScorer {
  addScores(feature: number, scores: Float64Array): void;
  /** Score added to the tag a rule piece implies, tuned on held-back articles: how much the rules' guess counts. */
  readonly rulePrior: number;
}

/** What the tagger may change: rule pieces up to this confidence (2 = context cues; 3, lexicon matches, always stay). */
export const OVERRIDABLE_CONFIDENCE = 1;
/**
 * One-word people typed by a context cue are the tagger's to change too: the cues that announce a person ("by X",
 * "X said") also stand before groups in analysts' documents ("claimed by Daesh", "defined by CJTF-OIR"). Longer
 * cue-typed names ("Gen. Mark Hale", a quoted nickname inside) stay the rules': they are people, and tagging them
 * would double the tagger's work.
 */
export const OVERRIDABLE_PERSON_CONFIDENCE = 2;

const SCORES = new Float64Array(TAG_COUNT);
const TRANSITION_SCORES = new Float64Array(TAG_COUNT);
const PREVIOUS_TAG_FEATURES = Array.from({ length: TAG_COUNT }, (_, tag) => previousTagFeature(tag));
/** Per previous tag, the scores of its previous-tag feature: the same for every token, so looked up once per chunk. */
const PREVIOUS_TAG_SCORES = Array.from({ length: TAG_COUNT }, () => new Float64Array(TAG_COUNT));
const TOKEN_TAG_FEATURES = [0, 0];
/** The Viterbi tables, reused from chunk to chunk (grown when a chunk is longer than any before). */
let bestScores = new Float64Array(16 * TAG_COUNT);
let backTags = new Uint8Array(16 * TAG_COUNT);

/**
 * The best-scoring tags of a chunk (Viterbi over the previous tag); an inside tag only continues a name of its own
 * type. Greedy left-to-right decoding commits to a name's first tag before seeing the words after it.
 */
export function decodeChunk(chunk: ChunkFeatures, scorer: TagScorer): number[] {
  const length = chunk.features.length;
  if (bestScores.length < length * TAG_COUNT) {
    bestScores = new Float64Array(length * TAG_COUNT);
    backTags = new Uint8Array(length * TAG_COUNT);
  }
  const best = bestScores.fill(-Infinity, 0, length * TAG_COUNT);
  const back = backTags;
  const scores = SCORES;
  const transition = TRANSITION_SCORES;
  if (length > 1) {
    for (let previous = 0; previous < TAG_COUNT; previous++) {
      scorer.addScores(PREVIOUS_TAG_FEATURES[previous], PREVIOUS_TAG_SCORES[previous].fill(0));
    }
  }
  for (let offset = 0; offset < length; offset++) {
    scores.fill(0);
    const features = chunk.features[offset];
    for (let index = 0; index < features.length; index++) scorer.addScores(features[index], scores);
    scores[chunk.ruleTags[offset]] += scorer.rulePrior;
    const row = offset * TAG_COUNT;
    for (let previous = 0; previous < (offset === 0 ? 1 : TAG_COUNT); previous++) {
      const before = offset === 0 ? 0 : best[row - TAG_COUNT + previous];
      if (before === -Infinity) continue;
      if (offset === 0) {
        transition.fill(0);
        scorer.addScores(PREVIOUS_TAG_FEATURES[0], transition);
      } else {
        transition.set(PREVIOUS_TAG_SCORES[previous]);
      }
      const tokenFeatures = tokenTagFeatures(chunk, offset, previous, TOKEN_TAG_FEATURES);
      scorer.addScores(tokenFeatures[0], transition);
      scorer.addScores(tokenFeatures[1], transition);
      for (let tag = 0; tag < TAG_COUNT; tag++) {
        if (isInsideTag(tag) && typeOfTag(tag) !== typeOfTag(previous)) continue;
        const total = before + scores[tag] + transition[tag];
        if (total > best[row + tag]) {
          best[row + tag] = total;
          back[row + tag] = previous;
        }
      }
    }
  }
  const tags = new Array<number>(length);
  let tag = 0;
  for (let candidate = 1; candidate < TAG_COUNT; candidate++) {
    if (best[(length - 1) * TAG_COUNT + candidate] > best[(length - 1) * TAG_COUNT + tag]) tag = candidate;
  }
  for (let offset = length - 1; offset >= 0; offset--) {
    tags[offset] = tag;
    tag = back[offset * TAG_COUNT + tag];
  }
  return tags;
}

/** Runs of a chunk's tokens the tagger reads: equipment and events are the rules' alone, so they cut runs. */
export function taggedRuns(chunks: readonly Chunk[], owners: readonly (Piece | undefined)[]): Chunk[] {
  const runs: Chunk[] = [];
  for (const chunk of chunks) {
    let first = chunk.first;
    for (let index = chunk.first; index <= chunk.end; index++) {
      const owner = owners[index];
      if (index === chunk.end || (owner !== undefined && !isTaggable(owner))) {
        // A run with no rule piece in it (titles, demonyms, sentence words) could only yield names the tagger may not add.
        if (index > first && overlapsAPiece(owners, first, index)) runs.push({ first, end: index });
        first = index + 1;
      }
    }
  }
  return runs;
}

/**
 * The pieces of a line after the tagger: rule pieces the rules are sure of stay; in the rest of each chunk the
 * tagger's names replace the rules' shape guesses (at confidence 1, so document votes still weigh them lightly),
 * and a guess the tagger reads as no name loses its type but stays for the document pass.
 */
export function tagPieces(line: string, tokens: readonly Token[], chunks: readonly Chunk[], pieces: Piece[], scorer: TagScorer): Piece[] {
  // Most lines' names are all typed surely by the rules (or are equipment and events): nothing to tag.
  if (!pieces.some(isTaggable)) return pieces;
  const owners = tokenOwners(tokens.length, pieces);
  const runs = taggedRuns(chunks, owners);
  if (runs.length === 0) return pieces;
  const tagged: Piece[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const run of runs) {
    const tags = decodeChunk(chunkFeatures(line, tokens, run.first, run.end, owners), scorer);
    covered.fill(1, run.first, run.end);
    for (let offset = 0; offset < tags.length; offset++) {
      if (tags[offset] === 0 || isInsideTag(tags[offset])) continue;
      let last = offset + 1;
      while (last < tags.length && tags[last] === tags[offset] + 1) last++;
      // Words the rules left out of every name (titles, sentence words) stay out at the name's ends too ("Mr Hammond").
      let firstToken = run.first + offset;
      let endToken = run.first + last;
      while (firstToken < endToken && owners[firstToken] === undefined) firstToken++;
      while (endToken > firstToken && owners[endToken - 1] === undefined) endToken--;
      if (firstToken === endToken) continue;
      const tagType = TAGGED_TYPES[typeOfTag(tags[offset])];
      const type = tagType === 'person' && isListedArabicPlace(tokens, firstToken, endToken) ? 'place' : tagType;
      const rule = owners[firstToken];
      if (!overlapsAPiece(owners, firstToken, endToken)) {
        // Words the rules left out of every name (demonyms, titles, sentence words) stay out: the tagger only types and trims names.
        continue;
      }
      const same = rule !== undefined && rule.firstToken === firstToken && rule.endToken === endToken && rule.type === type;
      tagged.push({ firstToken, endToken, start: tokens[firstToken].start, end: tokens[endToken - 1].end, type, confidence: same ? rule.confidence : 1 });
    }
  }
  const result: Piece[] = [];
  for (const piece of pieces) {
    if (!covered[piece.firstToken]) {
      result.push(piece);
    } else if (!tagged.some((name) => name.firstToken < piece.endToken && piece.firstToken < name.endToken)) {
      // Not a name to the tagger: left untyped, so only a surer mention elsewhere in the document can type it.
      result.push({ ...piece, type: null, confidence: 0 });
    }
  }
  result.push(...tagged);
  return result.sort((a, b) => a.start - b.start);
}

const ARABIC_ARTICLES = new Set(['al', 'ar', 'as', 'ash', 'ad', 'an', 'at', 'az', 'el']);

/**
 * "Al Hawijah", "Ar Rutbah": an Arabic article before a name GeoNames lists is a town, not a person called Al. The
 * tagger reads the gazetteer as one feature among many and still calls such names people after a person-like context.
 */
function isListedArabicPlace(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first < 2 || !ARABIC_ARTICLES.has(tokens[first].text.toLowerCase())) return false;
  let name = foldName(tokens[first].text);
  for (let index = first + 1; index < end; index++) name += ' ' + foldName(tokens[index].text);
  return gazetteers().placeBand(name) > 0;
}

/** Whether the tagger may retype or drop a rule piece: equipment and events are the rules' alone. */
function isTaggable(piece: Piece): boolean {
  if (piece.type === 'equipment' || piece.type === 'event') return false;
  const oneWordPerson = piece.type === 'person' && piece.endToken - piece.firstToken === 1;
  return piece.confidence <= (oneWordPerson ? OVERRIDABLE_PERSON_CONFIDENCE : OVERRIDABLE_CONFIDENCE);
}

function overlapsAPiece(owners: readonly (Piece | undefined)[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) {
    if (owners[index] !== undefined) return true;
  }
  return false;
}

/** Tags the positions a training sentence gives: the gold tag of each token of each run. */
export function goldRunTags(runs: readonly Chunk[], tokenTag: (token: number) => number): number[][] {
  return runs.map((run) => {
    const tags: number[] = [];
    for (let index = run.first; index < run.end; index++) {
      let tag = tokenTag(index);
      if (isInsideTag(tag) && (index === run.first || typeOfTag(tags[tags.length - 1]) !== typeOfTag(tag))) tag = tagOf(typeOfTag(tag), false);
      tags.push(tag);
    }
    return tags;
  });
}
