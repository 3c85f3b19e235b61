import { EVENT_ADJECTIVES } from './event-words';
import type { Token } from './tokenize-line';

/** Most event adjectives a name and its event noun have between them ("emergency ministerial meeting"). */
const MAX_EVENT_ADJECTIVES = 2;

/**
 * Index of the lower-case event noun from `nouns` at `index`, after at most two event adjectives ("war", "presidential
 * election", "civil war"), or -1.
 */
export function findEventNoun(tokens: readonly Token[], index: number, nouns: ReadonlySet<string>): number {
  let at = index;
  while (at - index < MAX_EVENT_ADJECTIVES && isLowerCaseWord(tokens[at]) && EVENT_ADJECTIVES.has(tokens[at].lower)) {
    at++;
  }
  const noun = tokens[at];
  return isLowerCaseWord(noun) && nouns.has(noun.lower) ? at : -1;
}

function isLowerCaseWord(token: Token | undefined): token is Token {
  return token !== undefined && token.gap === ' ' && !token.capitalized;
}
