/**
 * The one hover on a recognized mention: the workspace card of the entity or figure (type, spellings,
 * value, qualifier spelled out, so meaning never rests on colour alone), or the plain description of the
 * mention while the index has not caught up with the text.
 */
import * as vscode from 'vscode';
import { workspaceFileSelector } from './workspace-uri';
import { attributionCardLine } from '../core/attribution/attribution-card';
import { findAttribution } from '../core/attribution/find-attribution';
import { entityCard } from '../core/cards/entity-card';
import { figureCard } from '../core/cards/figure-card';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { describeMention, isFigure, Mention, mentionAt } from '../core/recognition/describe-mention';
import { ArticleRecognition } from './article-recognition';
import { CARD_COMMANDS, cardLinks } from './card-links';
import { trustedMarkdown } from './command-link';
import { toRange } from './convert';
import { ENTITY_DECISION_COMMANDS, EntityDecisionsService } from './entity-decisions';
import { LEDGER_CARD_COMMANDS } from './ledger-model';

/** The figure ledger's section for the figure at an offset (only its subject's reports), if it is in one. */
export type LedgerCardAt = (path: string, offset: number) => string | undefined;

export class MentionHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly articles: ArticleRecognition,
    private readonly index: WorkspaceIndex,
    private readonly decisions?: EntityDecisionsService,
    private readonly ledgerCard?: LedgerCardAt,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.articles.stateOf(document);
    if (state.kind !== 'recognized') return undefined;
    const mention = mentionAt(state.recognition, document.offsetAt(position));
    if (!mention) return undefined;
    let card = this.card(document.uri.fsPath, mention);
    // Who the article says reported the figure ("NIS → lawmakers"), read from the live text.
    const stated = isFigure(mention) ? attributionCardLine(findAttribution(document.getText(), mention, state.recognition)) : '';
    if (stated) card += `\n\n${stated}`;
    return new vscode.Hover(trustedMarkdown(card, [...CARD_COMMANDS, ...ENTITY_DECISION_COMMANDS, ...LEDGER_CARD_COMMANDS]), toRange(document, mention));
  }

  private card(path: string, mention: Mention): string {
    if (isFigure(mention)) {
      const ref = this.index.figureAt(path, mention.start);
      // Offsets agree only when the index has the current text (it trails typing by a moment).
      const current = ref && ref.figure.start === mention.start && ref.figure.text === mention.text;
      if (!current) return describeMention(mention);
      // The ledger's table of the same subject replaces the card's line of every related figure.
      const subject = this.ledgerCard?.(path, mention.start);
      return subject ? `${describeMention(mention)}\n\n---\n\n${subject}` : figureCard(ref, this.index, cardLinks);
    }
    // Keys survive edits, so an entity is found even while the index trails the text.
    const entity = this.index.entityOfKey(path, mention.key);
    if (!entity) return describeMention(mention);
    const decide = this.decisions?.hoverLine(entity, { text: mention.text, path });
    return decide ? `${entityCard(entity, this.index, cardLinks)}\n\n${decide}` : entityCard(entity, this.index, cardLinks);
  }
}

export function registerMentionHover(
  context: vscode.ExtensionContext,
  articles: ArticleRecognition,
  index: WorkspaceIndex,
  decisions?: EntityDecisionsService,
  ledgerCard?: LedgerCardAt,
): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider([...workspaceFileSelector(), { scheme: 'untitled' }], new MentionHoverProvider(articles, index, decisions, ledgerCard)),
  );
}
