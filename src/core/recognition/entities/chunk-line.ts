import { EVENT_STARTS } from './event-words';
import { CALENDAR_WORDS, DEMONYMS, NAME_PARTICLES, OF_CONNECTORS, POSSESSIVE_NAME_WORDS } from './ordinary-words';
import { COMPANY_HEADS, ORGANIZATION_HEADS, ORGANIZATION_NAMES, ORGANIZATION_STARTS } from './organization-words';
import { TITLES } from './person-words';
import { CONNECTED_PLACE_WORDS, PLACE_NAMES, PLACE_OF_STARTS } from './place-names';
import type { Token } from './tokenize-line';

/** A run of name-like tokens `[first, end)` that may hold one or more entities. */
export interface Chunk {
  first: number;
  end: number;
}

/** Groups capitalized tokens joined by single spaces (and "of", "for", particles inside names) into chunks. */
export function chunkLine(tokens: readonly Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!startsChunk(tokens, index)) {
      index++;
      continue;
    }
    const end = extendChunk(tokens, index);
    chunks.push({ first: index, end });
    index = end;
  }
  return chunks;
}

function startsChunk(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token.ordinal) {
    const next = tokens[index + 1];
    return next !== undefined && next.gap === ' ' && next.capitalized;
  }
  return isNameToken(token);
}

// Heads that name nothing alone, so after a possessive they end one name: "Attorney General's Office", "Queen Ingrid's Hospital".
const OWNED_INSTITUTION_HEADS = new Set(['office', 'hospital', 'alliance', 'association', 'bureau', 'directorate', 'secretariat', 'clinic']);

/** True when the token at `index` is such a head and the name ends with it ("Russia's Office of Naval Research" goes on). */
function isOwnedInstitutionHead(tokens: readonly Token[], index: number): boolean {
  const head = tokens[index];
  const after = tokens[index + 1];
  return head !== undefined && head.gap === ' ' && head.capitalized && OWNED_INSTITUTION_HEADS.has(head.lower) && !(after !== undefined && after.gap === ' ' && (isNameToken(after) || after.lower === 'of' || after.lower === 'for'));
}

function isNameToken(token: Token): boolean {
  return (token.capitalized || token.designator) && !CALENDAR_WORDS.has(token.lower);
}

function extendChunk(tokens: readonly Token[], first: number): number {
  let end = first + 1;
  let sawOf = false;
  while (end < tokens.length) {
    const previous = tokens[end - 1];
    if (previous.possessive && !POSSESSIVE_NAME_WORDS.has(previous.lower) && !isOwnedInstitutionHead(tokens, end)) {
      break;
    }
    if (previous.text.charCodeAt(previous.text.length - 1) === 46 && !TITLES.has(previous.lower) && previous.text.length > 2) {
      break;
    }
    const next = tokens[end];
    if (next.gap === ' & ' && isNameToken(next)) {
      // "Rothschild & Co", "Procter & Gamble": an ampersand between names joins one firm's name.
      end++;
      continue;
    }
    const surname = nicknameEnd(tokens, end);
    if (surname > 0) {
      // John "J.D." Dorrian: a quoted nickname between given name and surname is part of the name.
      end = surname + 1;
      continue;
    }
    if (next.ordinal && (tokens[end + 1]?.lower === 'class' || tokens[end + 1]?.lower === 'rank') && isSpace(next.gap) && isSpace(tokens[end + 1].gap)) {
      // "Petty Officer 2nd Class Ana Lopez", "Captain 1st Rank Ivan Orlov": the rank's grade is part of the title the classifier strips.
      end += 2;
      continue;
    }
    if (next.gap === ', ' && next.capitalized && PLACE_NAMES.has(`${previous.lower}, ${next.lower}`)) {
      // "Washington, D.C.": a listed place whose name holds a comma.
      end++;
      continue;
    }
    if (!isSpace(next.gap)) {
      break;
    }
    if (isNameToken(next)) {
      end++;
      continue;
    }
    const skip = connectorLength(tokens, first, end, sawOf);
    if (skip === 0) {
      break;
    }
    sawOf ||= OF_CONNECTORS.has(next.lower);
    end += skip + 1;
  }
  return end;
}

/** Number of lower-case connector tokens at `at` that lead to another name token, or 0 when the chunk must stop. */
function connectorLength(tokens: readonly Token[], first: number, at: number, sawOf: boolean): number {
  const word = tokens[at].lower;
  let length = 0;
  if (NAME_PARTICLES.has(word)) {
    length = NAME_PARTICLES.has(tokens[at + 1]?.lower ?? '') ? 2 : 1;
  } else if (OF_CONNECTORS.has(word) && (sawOf || opensOfPhrase(tokens[at - 1].lower) || opensQualifiedStateOf(tokens, first, at))) {
    // Once an institution's name has its "of"/"for", later ones belong to it too ("Office for the Coordination of Humanitarian Affairs").
    length = tokens[at + 1]?.lower === 'the' ? 2 : 1;
  } else if ((word === 'of' || word === 'and') && CONNECTED_PLACE_WORDS.has(`${tokens[at - 1].lower} ${word} ${tokens[at + 1]?.lower}`)) {
    // "Horn of Africa", "Jammu and Kashmir", "Bosnia and Herzegovina": a listed place's name goes on after its connector.
    length = 1;
  } else if (word === 'and' && sawOf) {
    // "Islamic State of Iraq and the Levant": after "of", "and the" joins one last name word, no more ("... and the Army said").
    length = joinsLastNameWord(tokens, at) ? 2 : 1;
  } else if (word === 'and' && joinsInstitutionFields(tokens, first, at)) {
    length = 1;
  }
  const after = tokens[at + length];
  if (length === 0 || after === undefined || !isNameToken(after) || !isSpace(after.gap)) {
    return 0;
  }
  for (let index = at + 1; index < at + length; index++) {
    if (!isSpace(tokens[index].gap)) {
      return 0;
    }
  }
  return length;
}

/** "Ministry of", "Institute for", "Secretary of", "Battle of", "Gulf of": the word before names an institution, office, event or place. */
function opensOfPhrase(word: string): boolean {
  return ORGANIZATION_STARTS.has(word) || ORGANIZATION_HEADS.has(word) || EVENT_STARTS.has(word) || TITLES.has(word) || PLACE_OF_STARTS.has(word);
}

/**
 * "Islamic State of", "Free State of": "State" opens an of-phrase when a name word qualifies it; a chunk starting with it
 * ("State of emergency", "the State of Israel") does not change.
 */
function opensQualifiedStateOf(tokens: readonly Token[], first: number, at: number): boolean {
  return tokens[at].lower === 'of' && at - 1 > first && tokens[at - 1].lower === 'state' && tokens[at - 2].lower !== 'the';
}

/**
 * "of Iraq and the Levant": "and the" after a listed place joins one last name word that is no institution of its own;
 * "Ministry of Defence and the Army", "Secretary of State and the President" stay two names.
 */
function joinsLastNameWord(tokens: readonly Token[], at: number): boolean {
  const last = tokens[at + 2];
  return (
    tokens[at + 1]?.lower === 'the' && last !== undefined && PLACE_NAMES.has(tokens[at - 1].lower) && !continuesName(tokens, at + 3) &&
    !ORGANIZATION_HEADS.has(last.lower) && !TITLES.has(last.lower)
  );
}

const MAX_FIELD_WORDS_BEFORE_HEAD = 2;

/**
 * "Spanish Air and Space Force", "Kanak and Socialist National Liberation Front", "Trade and Industry Ministry": "and"
 * joins two fields of one institution when a short run of name words after it ends the chunk with an institution's head.
 * Names of their own on either side ("Ukraine and Russian Forces", "Army and Republican Party") and firms stay apart;
 * so do names not led by "the", where a person often stands before "and" ("Sanchez and Defence Ministry officials").
 */
function joinsInstitutionFields(tokens: readonly Token[], first: number, at: number): boolean {
  const before = tokens[at - 1].lower;
  const after = tokens[at + 1]?.lower ?? '';
  if (!followsDefiniteArticle(tokens, first) || isListedName(before) || ORGANIZATION_HEADS.has(before) || isListedName(after) || ORGANIZATION_HEADS.has(after)) {
    return false;
  }
  let words = after;
  for (let index = at + 2; index <= at + 1 + MAX_FIELD_WORDS_BEFORE_HEAD && continuesName(tokens, index); index++) {
    words += ` ${tokens[index].lower}`;
    const head = tokens[index].lower;
    if (ORGANIZATION_HEADS.has(head) && !continuesName(tokens, index + 1)) {
      return !COMPANY_HEADS.has(head) && !ORGANIZATION_NAMES.has(words);
    }
  }
  return false;
}

/** "the Spanish Air ...", "The Kanak ...": the chunk opens with, or right after, a definite article. */
function followsDefiniteArticle(tokens: readonly Token[], first: number): boolean {
  return tokens[first].lower === 'the' || (tokens[first - 1]?.lower === 'the' && isSpace(tokens[first].gap));
}

function isListedName(lower: string): boolean {
  return PLACE_NAMES.has(lower) || ORGANIZATION_NAMES.has(lower) || DEMONYMS.has(lower) || TITLES.has(lower);
}

/** Whether a name token spaced from the previous one sits at `index`, continuing a chunk. */
function continuesName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && isSpace(token.gap) && isNameToken(token);
}

const OPENING_QUOTES = new Set([' "', ' “']);
const CLOSING_QUOTES = new Set(['" ', '” ']);

const MAX_NICKNAME_WORDS = 3;

/**
 * Index of the surname after a quoted nickname of up to three name words starting at `at`, each quote against its word
 * ("John "J.D." Dorrian", "Ahmad “Abu Bakr” Samir"), or -1.
 */
function nicknameEnd(tokens: readonly Token[], at: number): number {
  if (!OPENING_QUOTES.has(tokens[at].gap) || !tokens[at - 1].capitalized) {
    return -1;
  }
  for (let index = at; index < at + MAX_NICKNAME_WORDS && index < tokens.length && isNameToken(tokens[index]); index++) {
    const after = tokens[index + 1];
    if (after !== undefined && CLOSING_QUOTES.has(after.gap) && isNameToken(after)) {
      return index + 1;
    }
    if (after === undefined || !isSpace(after.gap)) {
      return -1;
    }
  }
  return -1;
}

function isSpace(gap: string): boolean {
  return gap === ' ' || gap === '\u00a0';
}
