import { wordSet } from './word-set';

/** Capitalized heads that end an event name ("Korean War", "Eurasian Women's Forum", "Munich Security Conference"). */
export const EVENT_HEADS = wordSet(
  'war summit forum conference olympics games election elections revolution uprising offensive counteroffensive massacre ' +
    'festival expo cup championship championships crisis talks dialogue genocide invasion intifada spring siege battle ' +
    'exercise exercises drills convention rally marathon airshow'
);

/** Lower-case nouns that turn a preceding place, organization or compound into an event ("Russia-Ukraine war", "G20 summit"). */
export const EVENT_FOLLOWERS = wordSet('war conflict summit talks election elections invasion offensive crisis meeting');

/** Lower-case nouns after which an untyped name is an exercise's name ("Han Kuang exercises"); the noun stays outside. */
export const EXERCISE_NOUNS = wordSet('exercise exercises drill drills maneuvers manoeuvres wargames mission operation');

/** Exercise nouns after which a lone acronym names the body that runs it ("the UNMISS mission"), not an operation. */
export const BODY_MISSION_NOUNS = wordSet('mission operation');

/** Lower-case adjectives allowed between an exercise's name and its noun ("Han Kuang military exercises"). */
export const EXERCISE_ADJECTIVES = wordSet('military naval joint annual live-fire large-scale air amphibious combined');

/** Lower-case adjectives allowed between a name and its event noun ("U.S. presidential election"). */
export const EVENT_ADJECTIVES = wordSet(
  'presidential parliamentary general legislative civil local midterm municipal snap ministerial extraordinary emergency'
);

/** Lower-case nouns that make a demonym before them, with event adjectives between, an event ("Ukrainian war", "Syrian civil war"). */
export const DEMONYM_EVENT_NOUNS = wordSet('war conflict election elections');

/** Capitalized words that start an event name ("Operation Desert Storm", "Battle of Kursk", "Exercise Cold Response"). */
export const EVENT_STARTS = wordSet('operation battle siege exercise');

/** Event names that do not follow a pattern. */
export const EVENT_NAMES = wordSet(
  'world war i|world war ii|world war one|world war two|cold war|holocaust|arab spring|nakba|brexit|euromaidan|maidan|' +
    'october 7|9/11|korean war|vietnam war|gulf war|iraq war|six-day war|yom kippur war'
);
