import { ENTITY_TYPES, type EntityType } from '../types';
import { VESSEL_PREFIXES } from './equipment-words';
import type { EntityCandidate } from './find-line-entities';

/** Mentions of one name per confidence 1–3 and type (`counts[(confidence - 1) * 5 + type]`), and in all. */
interface Vote {
  counts: number[];
  mentions: number;
}

const TYPE_INDEX = new Map<EntityType, number>(ENTITY_TYPES.map((type, index) => [type, index]));
const TYPES = ENTITY_TYPES.length;

/**
 * The document pass's type votes: for each name, how many mentions say which type how surely. Counted, not
 * collected, so an edit adds its new lines' candidates and removes the old ones instead of recounting the document.
 */
export class NameVotes {
  private readonly votes = new Map<string, Vote>();

  /** Votes counting the candidates of every line. */
  static of(lines: readonly (readonly EntityCandidate[])[]): NameVotes {
    const votes = new NameVotes();
    for (const candidates of lines) {
      votes.add(candidates);
    }
    return votes;
  }

  /** Counts the candidates of one line. */
  add(candidates: readonly EntityCandidate[]): void {
    for (const { name, type, confidence } of candidates) {
      let vote = this.votes.get(name);
      if (vote === undefined) {
        vote = { counts: new Array<number>(3 * TYPES).fill(0), mentions: 0 };
        this.votes.set(name, vote);
      }
      vote.mentions++;
      if (type !== null && confidence > 0) {
        vote.counts[(confidence - 1) * TYPES + (TYPE_INDEX.get(type) ?? 0)]++;
      }
    }
  }

  /** Uncounts the candidates of a line that `add` counted. */
  remove(candidates: readonly EntityCandidate[]): void {
    for (const { name, type, confidence } of candidates) {
      const vote = this.votes.get(name);
      if (vote === undefined) {
        throw new Error(`removing an uncounted name "${name}"`);
      }
      if (--vote.mentions === 0) {
        this.votes.delete(name);
      } else if (type !== null && confidence > 0) {
        vote.counts[(confidence - 1) * TYPES + (TYPE_INDEX.get(type) ?? 0)]--;
      }
    }
  }

  /** Whether some line mentions the name. */
  has(name: string): boolean {
    return this.votes.has(name);
  }

  /** Most frequent type among the name's strongest typed mentions; a tie goes to the type listed first in `ENTITY_TYPES`. */
  typeOf(name: string): EntityType | null {
    const vote = this.votes.get(name);
    if (vote === undefined) {
      return null;
    }
    for (let level = 2 * TYPES; level >= 0; level -= TYPES) {
      let best = -1;
      for (let index = 0; index < TYPES; index++) {
        if (vote.counts[level + index] > (best < 0 ? 0 : vote.counts[level + best])) {
          best = index;
        }
      }
      if (best >= 0) {
        return ENTITY_TYPES[best];
      }
    }
    return null;
  }

  /**
   * Whether every mention typing the name a person is a guess (confidence 1: the shape or the tagger) and no mention
   * is surer of another type either: no title, given name or speech cue anywhere in the document.
   */
  onlyGuessedPerson(name: string): boolean {
    const vote = this.votes.get(name);
    if (vote === undefined || vote.counts[TYPE_INDEX.get('person') ?? 0] === 0) {
      return false;
    }
    for (let index = TYPES; index < 3 * TYPES; index++) {
      if (vote.counts[index] > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * First and last word of each multi-word person name → that name, and of a longer name its last two words too (a
   * hyphenated or two-word surname: "Dema-ala" of "Louie Dema-ala", "al-Burhan" of "Abdel Fattah al-Burhan"). The most
   * mentioned name wins a shared word, then the alphabetically first, so the result does not depend on the order lines
   * were counted in.
   */
  surnames(): Map<string, string> {
    const owners = new Map<string, { name: string; mentions: number }>();
    for (const [name, vote] of this.votes) {
      if (!name.includes(' ') || this.typeOf(name) !== 'person') {
        continue;
      }
      const words = name.split(' ');
      const last = words.length - 1;
      for (const word of last >= 2 ? [words[0], words[last], `${words[last - 1]} ${words[last]}`] : [words[0], words[last]]) {
        const owner = owners.get(word);
        if (word.length > 1 && (owner === undefined || owner.mentions < vote.mentions || (owner.mentions === vote.mentions && name < owner.name))) {
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

  /**
   * Name without its ship prefix → the prefixed ship's name ("sierra madre" → "brp sierra madre"): articles name a ship
   * with its prefix once and without it after ("the Sierra Madre").
   */
  vesselNames(): Map<string, string> {
    const vessels = new Map<string, string>();
    for (const name of this.votes.keys()) {
      const space = name.indexOf(' ');
      if (space > 0 && VESSEL_PREFIXES.has(name.slice(0, space)) && this.typeOf(name) === 'equipment') {
        const bare = name.slice(space + 1);
        const owner = vessels.get(bare);
        if (owner === undefined || name < owner) {
          vessels.set(bare, name);
        }
      }
    }
    return vessels;
  }
}
