/** The links hover cards offer, as `command:` URIs, and the commands a card may run. */
import { CardLinks } from '../core/cards/card-links';
import { commandUri } from './command-link';
import { OPEN_SPAN_COMMAND, SpanRef } from './open-span';

export const SHOW_ENTITY_MENTIONS_COMMAND = 'sourcemark.showEntityMentions';
export const SEARCH_CLAIMS_COMMAND = 'sourcemark.searchClaims';

/** Everything a card link may run: listed in the hover's `isTrusted.enabledCommands`. */
export const CARD_COMMANDS = [SHOW_ENTITY_MENTIONS_COMMAND, SEARCH_CLAIMS_COMMAND, 'sourcemark.addClaim', OPEN_SPAN_COMMAND];

export const cardLinks: CardLinks = {
  showMentions: (entity) => commandUri(SHOW_ENTITY_MENTIONS_COMMAND, entity.id),
  searchClaims: (entity) => commandUri(SEARCH_CLAIMS_COMMAND, entity.canonical),
  addClaim: () => commandUri('sourcemark.addClaim'),
  openFigure: (ref) => commandUri(OPEN_SPAN_COMMAND, { path: ref.path, start: ref.figure.start, end: ref.figure.end } satisfies SpanRef),
  openMention: (mention) => commandUri(OPEN_SPAN_COMMAND, { path: mention.path, start: mention.start, end: mention.end } satisfies SpanRef),
};
