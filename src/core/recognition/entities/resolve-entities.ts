import type { EntityType } from '../types';
import type { EntityCandidate } from './find-line-entities';
import type { NameVotes } from './name-votes';
import { canonicalName } from './normalize-name';

/** The candidates of one line. */
export interface LineCandidates {
  entities: readonly EntityCandidate[];
  /** Whether a candidate defines an abbreviation (has a `longForm`). */
  defines: boolean;
}

/** What a name resolves to: its type and key. */
export interface Resolution {
  type: EntityType;
  key: string;
}

/** A candidate's resolution as last computed, with what it depends on besides the document. */
interface Memo {
  name: string;
  acronym: string | null;
  listed: boolean;
  resolution: Resolution | null;
}

/**
 * The document pass: gives each name the type its strongest mentions agree on, links surnames to the full person
 * name ("Choe" → "choe son hui") and ships' names to their prefixed form ("Sierra Madre" → "brp sierra madre"), expands defined abbreviations ("NIS" → "national intelligence service"), drops
 * names no line could type (null), and builds keys. Resolutions are kept between passes, so after an edit the
 * caller re-places only the lines whose names now resolve differently.
 */
export class EntityResolver {
  // Lexicon matches (confidence 3) are not read as surnames, and acronyms may expand: a resolution depends on the
  // name, on being listed and on the acronym letters, so each combination is resolved once per pass.
  private readonly listed = new Map<string, Memo>();
  private readonly unlisted = new Map<string, Memo>();
  private votes: NameVotes | undefined;
  private surnames: ReadonlyMap<string, string> = new Map();
  private vessels: ReadonlyMap<string, string> = new Map();
  private definitions: ReadonlyMap<string, EntityCandidate | null> = new Map();

  /**
   * Starts a pass over `lines`, whose candidates `votes` counts exactly: re-resolves the names of earlier passes and
   * returns those whose resolution changed (names no longer in the document are forgotten).
   */
  update(lines: readonly LineCandidates[], votes: NameVotes): ReadonlySet<string> {
    this.votes = votes;
    this.surnames = votes.surnames();
    this.vessels = votes.vesselNames();
    this.definitions = collectDefinitions(lines);
    const changed = new Set<string>();
    for (const memos of [this.listed, this.unlisted]) {
      for (const [key, memo] of memos) {
        if (!votes.has(memo.name)) {
          memos.delete(key);
          continue;
        }
        const resolution = this.compute(memo);
        if (resolution?.key !== memo.resolution?.key) {
          memo.resolution = resolution;
          changed.add(memo.name);
        }
      }
    }
    return changed;
  }

  /** The candidate's type and key in the current pass, or null when it is not an entity. */
  resolve(candidate: EntityCandidate): Resolution | null {
    const listed = candidate.confidence === 3;
    const memos = listed ? this.listed : this.unlisted;
    const key = candidate.acronym === null ? candidate.name : `${candidate.acronym}\u0000${candidate.name}`;
    let memo = memos.get(key);
    if (memo === undefined) {
      memo = { name: candidate.name, acronym: candidate.acronym, listed, resolution: null };
      memo.resolution = this.compute(memo);
      memos.set(key, memo);
    }
    return memo.resolution;
  }

  private compute({ name, acronym, listed }: Memo): Resolution | null {
    const votes = this.votes;
    if (votes === undefined) {
      throw new Error('resolving before the first update');
    }
    if (acronym !== null && this.definitions.has(acronym)) {
      const longForm = this.definitions.get(acronym) ?? null;
      if (longForm === null) {
        return null;
      }
      const type = votes.typeOf(longForm.name) ?? longForm.type;
      return type === null ? null : resolution(type, longForm.name);
    }
    if (!listed) {
      const fullName = this.surnames.get(name);
      if (fullName !== undefined) {
        return resolution('person', fullName);
      }
      const vessel = this.vessels.get(name);
      if (vessel !== undefined) {
        return resolution('equipment', vessel);
      }
    }
    const type = votes.typeOf(name);
    if (type === 'person' && !listed && !name.includes(' ') && votes.onlyGuessedPerson(name)) {
      // A lone capitalized word that nothing in the document cues as a person (no title, given name, speech verb
      // or full name it is the surname of) is more often a firm, a group or a small place ("a gun from Leonardo",
      // "the Bobrowniki crossing") than a person named by one word only.
      return null;
    }
    return type === null ? null : resolution(type, name);
  }
}

function resolution(type: EntityType, name: string): Resolution {
  return { type, key: `${type}:${canonicalName(name, type)}` };
}

/** Acronym letters → the long form defined for them in parentheses; the first definition wins. */
function collectDefinitions(lines: readonly LineCandidates[]): Map<string, EntityCandidate | null> {
  const definitions = new Map<string, EntityCandidate | null>();
  for (const line of lines) {
    if (!line.defines) {
      continue;
    }
    for (const candidate of line.entities) {
      if (candidate.acronym !== null && candidate.longForm !== undefined && !definitions.has(candidate.acronym)) {
        definitions.set(candidate.acronym, candidate.longForm);
      }
    }
  }
  return definitions;
}
