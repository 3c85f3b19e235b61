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
  isFirstName(folded: string): boolean;
  isCommonLower(folded: string): boolean;
}

let loaded: Gazetteers | undefined;

export function gazetteers(): Gazetteers {
  if (loaded === undefined) {
    const bands = PLACE_NAMES_BY_POPULATION.map(unpackHashSet);
    const firstNames = unpackHashSet(FIRST_NAMES);
    const commonLower = unpackHashSet(COMMON_LOWER_WORDS);
    const hash = (folded: string): number => hashText(folded) & SET_HASH_MASK;
    loaded = {
      placeBand(folded) {
        const key = hash(folded);
        for (let band = bands.length - 1; band >= 0; band--) {
          if (bands[band].has(key)) return band + 1;
        }
        return 0;
      },
      isFirstName: (folded) => firstNames.has(hash(folded)),
      isCommonLower: (folded) => commonLower.has(hash(folded)),
    };
  }
  return loaded;
}

