/** Spelled-out English numbers ("three", "twenty-five", "two hundred thousand") and their values. */

import { SP } from './regex-parts';

const SMALL_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};

/** Multipliers that may follow a number ("3.5 million", "two hundred"). */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const DIGIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
// Longest alternatives first: "seventeen" must not stop at "seven".
const SMALL = `(?:(?:${TENS})(?:[- ](?:${DIGIT_WORDS})\\b)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|${DIGIT_WORDS})`;
const SCALE = '(?:hundred|thousand|million|billion|trillion)';

/** Regex source for a spelled number: "two", "twenty-five", "three hundred and fifty thousand", "two dozen". */
export const SPELLED_NUMBER_SOURCE =
  `${SMALL}\\b(?:${SP}+(?:${SCALE}|dozen)\\b(?:${SP}+(?:and${SP}+)?${SMALL}\\b)?)*`;

/** Regex source for the words that can start a spelled number (vague amounts such as "thousands" are not figures). */
export const NUMBER_WORD_START_SOURCE = `${TENS}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|${DIGIT_WORDS}|hundred|thousand|million|billion|trillion|dozen`;

/** Value of a spelled number phrase matched by SPELLED_NUMBER_SOURCE. */
export function spelledNumberValue(phrase: string): number {
  let total = 0;
  let current = 0;
  for (const word of phrase.toLowerCase().split(/[^a-z]+/)) {
    if (word === '' || word === 'and' || word === 'a' || word === 'an') continue;
    if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word in SCALE_WORDS) {
      total += (current || 1) * SCALE_WORDS[word];
      current = 0;
    } else current += SMALL_NUMBERS[word] ?? 0;
  }
  return total + current;
}
