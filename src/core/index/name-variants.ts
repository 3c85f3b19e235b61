import { editDistance } from './edit-distance';
import { foldText } from './fold-text';

/**
 * Decides whether two spellings name one entity across articles (Choe Son Hui = Choi Sun-hee,
 * Zelenskyy = Zelensky, NIS = National Intelligence Service) without merging different people
 * who share a surname (Kim Jong Un ≠ Kim Yo Jong). Precision and recall are measured on
 * test/fixtures/variants/pairs.tsv by test/unit/index/name-variants.test.ts.
 */

/** A spelling reduced once to the keys the comparison needs. */
export interface NameProfile {
  /** Phonetic key of the first word, then of the remaining words joined (given names are written apart, hyphenated or joined). */
  tokens: string[];
  /** Phonetic keys of all words joined. */
  concat: string;
  /** Initials of the significant words of a multi-word name, or the letters of an acronym ("nis"). */
  initials: string;
  /** True when the spelling is an all-capitals acronym (NIS, U.N.). */
  isAcronym: boolean;
  /** Callers compare only names sharing one of these (see profileName). */
  blockKeys: string[];
}

/** Korean surnames have several established romanizations that share no edit-distance neighbourhood (Lee / Yi / Rhee). */
const KOREAN_SURNAMES: Record<string, string> = {};
for (const group of [
  ['lee', 'yi', 'rhee', 'ri', 'rhie', 'i'],
  ['park', 'pak', 'bak'],
  ['choe', 'choi', 'chwe'],
  ['kim', 'gim'],
  ['jung', 'jeong', 'chung', 'chong'],
  ['kang', 'gang'],
  ['yoon', 'yun'],
  ['shin', 'sin'],
  ['lim', 'im', 'rim'],
  ['roh', 'noh'],
  ['moon', 'mun'],
  ['kwon', 'gwon'],
  ['choo', 'chu'],
  ['hyon', 'hyun', 'hyeon'],
]) {
  for (const spelling of group) KOREAN_SURNAMES[spelling] = group[0];
}

/** Arabic articles and English determiners that some outlets write and others drop. */
const DROPPED_PARTICLES = new Set(['al', 'el', 'the']);
/** Words skipped when forming the initials an acronym stands for. */
const ACRONYM_STOPWORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'la', 'du']);

/** Rewrites applied in order; they fold the transliteration choices that differ between outlets. */
const PHONETIC_RULES: [RegExp, string][] = [
  [/x/g, 'ks'],
  [/ph/g, 'f'],
  [/sch/g, 'sh'],
  [/(?<=[a-z])y/g, 'i'], // y inside or at the end of a word is a vowel: Zelenskyy, Shoygu, Sergey
  [/^ye(?![oh])/, 'e'], // Yevgeny / Evgeny, but not Korean Yeo- or Arabic Yeh-
  [/kh/g, 'h'],
  [/dh/g, 'd'],
  [/gh/g, 'g'],
  [/zh/g, 'j'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/c(?!h)/g, 'k'],
  [/ee|ui|ie/g, 'i'], // Hee / Hui / Jie
  [/eo/g, 'o'], // Seon / Son (Revised / McCune-Reischauer romanization)
  [/eu/g, 'u'],
  [/oo|ou/g, 'u'],
  [/oi|oe/g, 'oe'], // Choi / Choe, Shoigu / Shoygu
  [/u/g, 'o'], // Sun / Son, Jung / Jong
  [/(.)\1+/g, '$1'], // Odessa / Odesa
];

/** Phonetic key of one lower-case ASCII word. */
export function phoneticKey(word: string): string {
  let key = word;
  for (const [pattern, replacement] of PHONETIC_RULES) key = key.replace(pattern, replacement);
  return key;
}

/** Builds the comparison keys of one spelling. */
export function profileName(name: string): NameProfile {
  const dotless = name.replace(/\./g, '').trim();
  const isAcronym = /^[A-Z]{2,6}$/.test(dotless);
  const folded = foldText(name)
    .replace(/'s\b|s'(?=\s|$)/g, '')
    .replace(/'/g, '');
  let words = folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  if (words.length > 1) words = words.filter((w) => !DROPPED_PARTICLES.has(w));
  if (words.length > 1) words[0] = KOREAN_SURNAMES[words[0]] ?? words[0];
  const keys = words.map(phoneticKey);
  const tokens = keys.length > 1 ? [keys[0], keys.slice(1).join('')] : keys;
  const concat = keys.join('');
  const initials = isAcronym
    ? dotless.toLowerCase()
    : words.length > 1
      ? words.filter((w) => !ACRONYM_STOPWORDS.has(w)).map((w) => w[0]).join('')
      : '';
  // Blocks keep comparisons near-linear: two variants almost always agree exactly on one of their
  // words' keys (or, for one-word names, on the first two letters); pairs that differ in every word
  // (Volodymyr Zelenskyy / Vladimir Zelenskiy) are left to areNameVariants callers.
  const blockKeys =
    tokens.length > 1
      ? [`f|${tokens[0]}|${firstClass(tokens[1])}`, `l|${tokens[1]}|${firstClass(tokens[0])}`]
      : [`p|${firstClass(concat)}${concat.charAt(1)}`];
  blockKeys.push(`c|${concat}`);
  if (initials) blockKeys.push(`a|${initials}`);
  return { tokens, concat, initials, isAcronym, blockKeys };
}

/** True when two spellings probably name the same entity (the caller checks the entity type). */
export function areNameVariants(a: string, b: string): boolean {
  return profilesAreVariants(profileName(a), profileName(b));
}

/** `areNameVariants` on prepared profiles, for callers comparing one name against many. */
export function profilesAreVariants(a: NameProfile, b: NameProfile): boolean {
  if (a.concat.length === 0 || b.concat.length === 0) return false;
  if (a.concat === b.concat) return true;
  if (a.isAcronym !== b.isAcronym) return (a.isAcronym ? a : b).initials === (a.isAcronym ? b : a).initials;
  if (a.isAcronym) return false;
  if (a.tokens.length !== b.tokens.length) return false;
  return a.tokens.every((token, i) => tokensAreVariants(token, b.tokens[i]));
}

function tokensAreVariants(a: string, b: string): boolean {
  if (a === b) return true;
  if (firstClass(a) !== firstClass(b)) return false;
  // A word and its derivative are different entities (Korea / Korean, Russia / Russian); a plural is not.
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && long.slice(short.length) !== 's') return false;
  if (Math.abs(a.length - b.length) <= 2) {
    const skeleton = consonants(a);
    if (skeleton.length >= 3 && skeleton === consonants(b)) return true; // Hezbollah / Hizballah
  }
  const max = Math.min(a.length, b.length) <= 4 ? 0 : Math.min(a.length, b.length) <= 7 ? 1 : 2;
  return editDistance(a, b, max) <= max;
}

/** Initials that transliterations swap between voiced and unvoiced (Gaddafi / Qaddafi, Park / Bak). */
function firstClass(key: string): string {
  const first = key.charAt(0);
  if ('kgcq'.includes(first)) return 'k';
  if ('bp'.includes(first)) return 'p';
  if ('dt'.includes(first)) return 't';
  return first;
}

function consonants(key: string): string {
  return key.replace(/[aeiouy]/g, '');
}
