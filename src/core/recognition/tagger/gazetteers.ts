import { COMMON_LOWER_WORDS, FIRST_NAMES, PLACE_NAMES_BY_POPULATION } from '../model/gazetteer-data';
import { hashText } from './hash';
import { SET_HASH_MASK, unpackHashSet } from './packed-set';

/**
 * Open-data name lists the tagger reads as features (never as hard matches): GeoNames places in population bands,
 * English first names, and words that are common in lower case. Unpacked on first use.
 */
export interface Gazetteers {
  /** Population band of a place name (1 small town … 3 large city), 0 when unlisted. */
  placeBand(folded: string): number;
  /** `placeBand` of the name whose `hashText` is `hash`. */
  placeBandOfHash(hash: number): number;
  isFirstName(folded: string): boolean;
  isCommonLower(folded: string): boolean;
}

let loaded: Gazetteers | undefined;

export function gazetteers(): Gazetteers {
  if (loaded === undefined) {
    // The highest band listing each hash, so a name is looked up once rather than once per band.
    const bandOf = new Map<number, number>();
    PLACE_NAMES_BY_POPULATION.forEach((packed, band) => {
      for (const key of unpackHashSet(packed)) bandOf.set(key, band + 1);
    });
    const firstNames = unpackHashSet(FIRST_NAMES);
    const commonLower = unpackHashSet(COMMON_LOWER_WORDS);
    const hash = (folded: string): number => hashText(folded) & SET_HASH_MASK;
    loaded = {
      placeBand: (folded) => bandOf.get(hash(folded)) ?? 0,
      placeBandOfHash: (nameHash) => bandOf.get(nameHash & SET_HASH_MASK) ?? 0,
      isFirstName: (folded) => firstNames.has(hash(folded)),
      isCommonLower: (folded) => commonLower.has(hash(folded)),
    };
  }
  return loaded;
}

