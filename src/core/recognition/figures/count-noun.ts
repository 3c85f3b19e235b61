/** The noun a count applies to: "11,000 North Korean soldiers" → "soldiers". */

// Designators such as "F-16V", "Type 055", "155mm" and "U.S." are words too, so a count reaches the noun after them ("40 Type 055 destroyers").
// A closing quote may sit between a quoted number and its noun ('ordered "more than 4 million" members').
const WORD = /["”]?[ \t\u00a0]+([A-Za-z0-9]+(?:(?:['’/,-]|\.(?=[A-Za-z0-9]))[A-Za-z0-9]+)*(?:(?<=[A-Za-z]\.[A-Za-z])\.)?)/y;
// Adjectives, demonyms and designators allowed between the number and its noun before we give up ("three KJ-500 airborne early warning aircraft").
const MAX_WORDS_BEFORE_NOUN = 5;

const STOP_WORDS = new Set(
  ('a an the and or but nor of in on at to for from by with without into onto about as than that which who whom whose where when while ' +
    'is are was were be been being have has had will would could can may might must shall should do does did not no per each this these those ' +
    'its their his her our my your it they them he she we you more less most least other such so if then also already still only just over ' +
    'under after before during since until between among across against through up down out off near including according said says say ' +
    'reportedly respectively total apiece all both there here what how why now ago later earlier away again every some any many much few ' +
    'one two three four five six seven eight nine ten hundred thousand million billion percent per')
    .split(' '),
);
const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'whom', 'which']);
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'personnel', 'police', 'staff', 'aircraft', 'cattle', 'livestock', 'crew', 'militia', 'infantry', 'youth', 'civilians']);
const COLLECTIVE_NOUNS = new Set(['force', 'forces', 'contingent', 'army', 'unit', 'battalion', 'brigade', 'division', 'regiment', 'corps', 'crew', 'delegation', 'team', 'group', 'workforce', 'militia', 'garrison', 'crowd']);
// "fishermen", "servicemen", but not "specimen", "abdomen" or "Yemen".
const MEN_PLURAL = /[^io]men$/;
const NOT_PLURAL = new Set(['this', 'its', 'was', 'has', 'does', 'is', 'thus', 'always', 'perhaps', 'besides', 'news', 'series', 'species', 'towards', 'afterwards', 'overseas', 'unless', 'whereas', 'sometimes', 'nevertheless', 'nonetheless']);

/** True for a word that reads as a plural noun ("troops", "people", "Marines"). */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower) || (MEN_PLURAL.test(lower) && lower !== 'yemen')) return true;
  return lower.length >= 4 && /^[a-z]/.test(lower) && /[^siu'’]s$/.test(lower) && !NOT_PLURAL.has(lower) && !STOP_WORDS.has(lower);
}

// Adjectives a count may carry before its noun ("10 more Patriot batteries"); they are not part of the unit.
const COUNT_ADJECTIVES = new Set(['more', 'additional', 'further', 'extra', 'other', 'new', 'remaining', 'surviving', 'missing', 'former', 'senior', 'young', 'elite', 'special']);
// Lower-case words that are adjectives by their ending ("military", "wounded", "ballistic", "urban"); a noun modifier has none.
// Capital-initial words (demonyms, names, designations) never enter the unit.
const ADJECTIVE_ENDING = /(?:al|ary|ic|ed|ive|ous|ful|less|able|ible|ish|an|ese)$/;
const MILITARY_COLLECTIVES = new Set(['force', 'forces', 'contingent', 'army', 'battalion', 'brigade', 'division', 'regiment', 'corps', 'garrison', 'militia', 'unit']);

/** The noun that follows a count ending at `end`, lower-case, or null; `singular` accepts "1 soldier", "an 11,000-strong force". */
export function countNounAfter(text: string, end: number, singular: boolean): string | null {
  let pos = end;
  let afterOf = false;
  let lastWord: string | null = null;
  // Words between the number and its noun that may belong to the unit as modifiers ("coast guard vessels").
  const modifiers: string[] = [];
  while (modifiers.length < MAX_WORDS_BEFORE_NOUN) {
    WORD.lastIndex = pos;
    const match = WORD.exec(text);
    if (!match) break;
    const lower = match[1].toLowerCase();
    pos = WORD.lastIndex;
    if (lower === 'of' && modifiers.length === 0 && !afterOf) {
      afterOf = true;
      continue;
    }
    if (afterOf && modifiers.length === 0 && DETERMINERS.has(lower)) continue;
    if (modifiers.length === 0 && COUNT_ADJECTIVES.has(lower)) continue;
    if (STOP_WORDS.has(lower)) break;
    if (isPluralNoun(match[1])) {
      const noun = widenToLastPlural(text, pos, lower);
      return noun === lower ? compoundUnit(modifiers, noun) : noun;
    }
    // "an 11,000-strong force" counts the members of the force: troops for a military unit.
    if (singular && COLLECTIVE_NOUNS.has(lower)) return MILITARY_COLLECTIVES.has(lower) ? 'troops' : 'people';
    modifiers.push(match[1]);
    if (/^[a-z]/.test(lower)) lastWord = lower;
  }
  return singular ? lastWord : null;
}

// "four landing ships", "12 coast guard vessels", but "North Korean troops", "wounded patients", "Shahed-type drones". Designations are
// equipment of their own, not part of what is counted: "two Patriot systems" counts systems, as "40 F-35 fighter jets" counts fighter jets.
function compoundUnit(modifiers: string[], noun: string): string {
  let first = modifiers.length;
  while (first > 0 && isNounModifier(modifiers[first - 1])) first--;
  return [...modifiers.slice(first).map((word) => word.toLowerCase()), noun].join(' ');
}

function isNounModifier(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[a-z]+$/.test(word) && !ADJECTIVE_ENDING.test(lower) && !COUNT_ADJECTIVES.has(lower) && !isPluralNoun(word);
}

// "special forces soldiers": the noun is the last of consecutive lower-case plurals.
function widenToLastPlural(text: string, pos: number, noun: string): string {
  WORD.lastIndex = pos;
  const next = WORD.exec(text);
  if (next && /^[a-z]/.test(next[1]) && isPluralNoun(next[1])) return widenToLastPlural(text, WORD.lastIndex, next[1]);
  return noun;
}
