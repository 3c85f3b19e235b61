import { ENTITY_TYPES, type EntityMention, type EntityType } from '../types';
import type { Confidence } from './classify-chunk';
import type { EntityCandidate } from './find-line-entities';
import { canonicalName } from './normalize-name';

/** The candidates of one line and the document offset of that line. */
export interface PlacedCandidates {
  start: number;
  candidates: readonly EntityCandidate[];
}

/** The strongest evidence seen for one name across the document. */
interface Vote {
  confidence: Confidence;
  /** Mentions per type at that confidence, indexed like `ENTITY_TYPES`. */
  counts: number[];
  mentions: number;
}

const TYPE_INDEX = new Map<EntityType, number>(ENTITY_TYPES.map((type, index) => [type, index]));

/** What a name resolves to: its type and key. */
interface Resolution {
  type: EntityType;
  key: string;
}

/**
 * The document pass: gives each name the type its strongest mentions agree on, links surnames to the full
 * person name ("Choe" → "choe son hui"), expands defined abbreviations ("NIS" → "national intelligence service"),
 * drops names no line could type, and builds keys. Cheap enough to rerun on every edit.
 */
export function resolveEntities(lines: readonly PlacedCandidates[]): EntityMention[] {
  const votes = collectVotes(lines);
  const surnames = collectSurnames(votes);
  const definitions = collectDefinitions(lines);
  // Mentions of one name resolve alike, except that lexicon matches (confidence 3) are not read as surnames;
  // so each resolution is computed once per name and pass.
  const resolutions = new Map<string, Resolution | null>();
  const listedResolutions = new Map<string, Resolution | null>();
  const mentions: EntityMention[] = [];
  for (const line of lines) {
    for (const candidate of line.candidates) {
      const memo = candidate.confidence === 3 ? listedResolutions : resolutions;
      let resolved = memo.get(candidate.name);
      if (resolved === undefined) {
        resolved = resolve(candidate, votes, surnames, definitions);
        memo.set(candidate.name, resolved);
      }
      if (resolved !== null) {
        mentions.push({
          start: line.start + candidate.start,
          end: line.start + candidate.end,
          text: candidate.text,
          type: resolved.type,
          key: resolved.key,
        });
      }
    }
  }
  return mentions;
}

function resolve(
  candidate: EntityCandidate,
  votes: ReadonlyMap<string, Vote>,
  surnames: ReadonlyMap<string, string>,
  definitions: ReadonlyMap<string, EntityCandidate | null>,
): Resolution | null {
  if (candidate.acronym !== null && definitions.has(candidate.acronym)) {
    const longForm = definitions.get(candidate.acronym) ?? null;
    if (longForm === null) {
      return null;
    }
    const type = bestType(votes.get(longForm.name)) ?? longForm.type;
    return type === null ? null : resolution(type, longForm.name);
  }
  if (candidate.confidence < 3) {
    const fullName = surnames.get(candidate.name);
    if (fullName !== undefined) {
      return resolution('person', fullName);
    }
  }
  const type = bestType(votes.get(candidate.name));
  return type === null ? null : resolution(type, candidate.name);
}

function resolution(type: EntityType, name: string): Resolution {
  return { type, key: `${type}:${canonicalName(name, type)}` };
}

function collectVotes(lines: readonly PlacedCandidates[]): Map<string, Vote> {
  const votes = new Map<string, Vote>();
  for (const line of lines) {
    for (const { name, type, confidence } of line.candidates) {
      let vote = votes.get(name);
      if (vote === undefined) {
        vote = { confidence: 0, counts: [0, 0, 0, 0, 0], mentions: 0 };
        votes.set(name, vote);
      }
      vote.mentions++;
      if (type === null || confidence === 0 || confidence < vote.confidence) {
        continue;
      }
      if (confidence > vote.confidence) {
        vote.confidence = confidence;
        vote.counts.fill(0);
      }
      vote.counts[TYPE_INDEX.get(type) ?? 0]++;
    }
  }
  return votes;
}

/** Most frequent type among the strongest mentions; a tie goes to the type listed first in `ENTITY_TYPES`. */
function bestType(vote: Vote | undefined): EntityType | null {
  let best: EntityType | null = null;
  let bestCount = 0;
  vote?.counts.forEach((count, index) => {
    if (count > bestCount) {
      best = ENTITY_TYPES[index];
      bestCount = count;
    }
  });
  return best;
}

/** First and last word of each multi-word person name → that name; the most mentioned name wins a shared word. */
function collectSurnames(votes: ReadonlyMap<string, Vote>): Map<string, string> {
  const owners = new Map<string, { name: string; mentions: number }>();
  for (const [name, vote] of votes) {
    if (!name.includes(' ') || bestType(vote) !== 'person') {
      continue;
    }
    const words = name.split(' ');
    for (const word of [words[0], words[words.length - 1]]) {
      const owner = owners.get(word);
      if (word.length > 1 && (owner === undefined || owner.mentions < vote.mentions)) {
        owners.set(word, { name, mentions: vote.mentions });
      }
    }
  }
  const surnames = new Map<string, string>();
  for (const [word, owner] of owners) {
    surnames.set(word, owner.name);
  }
  return surnames;
}

/** Acronym letters → the long form defined for them in parentheses; the first definition wins. */
function collectDefinitions(lines: readonly PlacedCandidates[]): Map<string, EntityCandidate | null> {
  const definitions = new Map<string, EntityCandidate | null>();
  for (const line of lines) {
    for (const candidate of line.candidates) {
      if (candidate.acronym !== null && candidate.longForm !== undefined && !definitions.has(candidate.acronym)) {
        definitions.set(candidate.acronym, candidate.longForm);
      }
    }
  }
  return definitions;
}
