import {
  CODE_FOLLOWERS,
  CODE_NOUNS,
  DESIGNATION_CLASS_NOUNS,
  EQUIPMENT_CLASS_HEADS,
  EQUIPMENT_MODIFIERS,
  GENERIC_WEAPON_HEADS,
  GENERIC_WEAPON_MODIFIERS,
  MODIFIED_NOUNS,
  NOUN_PHRASE_ENDS,
  VESSEL_NOUNS,
} from './equipment-words';
import { DEMONYM_EVENT_NOUNS, EVENT_ADJECTIVES, EVENT_FOLLOWERS, EXERCISE_ADJECTIVES, EXERCISE_NOUNS } from './event-words';
import { NAME_PARTICLES, OF_CONNECTORS } from './ordinary-words';
import { EMPLOYEE_NOUNS, GROUP_FOLLOWERS, ORGANIZATION_CUE_NOUNS } from './organization-words';
import { PERSON_FOLLOWERS, ROLE_NOUNS, SPEECH_VERBS } from './person-words';
import { PLACE_FOLLOWERS, PLACE_OF_NOUNS, PLACE_PREPOSITIONS } from './place-names';

/**
 * Every lower-case word some rule looks at. The tokenizer makes tokens only of these, names and ordinals:
 * most words of a line are ordinary lower-case words, and skipping them is most of the recognizer's speed.
 * A rule that starts looking at another lower-case word must add its list here.
 */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  'the',
  'and',
  ...OF_CONNECTORS,
  ...NAME_PARTICLES,
  ...SPEECH_VERBS,
  ...ROLE_NOUNS,
  ...PERSON_FOLLOWERS,
  ...PLACE_FOLLOWERS,
  ...PLACE_PREPOSITIONS,
  ...PLACE_OF_NOUNS,
  ...EVENT_ADJECTIVES,
  ...EVENT_FOLLOWERS,
  ...DEMONYM_EVENT_NOUNS,
  ...EXERCISE_NOUNS,
  ...EXERCISE_ADJECTIVES,
  ...EQUIPMENT_MODIFIERS,
  ...EQUIPMENT_CLASS_HEADS.keys(),
  ...MODIFIED_NOUNS,
  ...GROUP_FOLLOWERS,
  ...VESSEL_NOUNS,
  ...DESIGNATION_CLASS_NOUNS,
  ...GENERIC_WEAPON_HEADS,
  ...CODE_NOUNS,
  ...CODE_FOLLOWERS,
  ...GENERIC_WEAPON_MODIFIERS,
  ...NOUN_PHRASE_ENDS,
  ...ORGANIZATION_CUE_NOUNS,
  ...EMPLOYEE_NOUNS,
]);
