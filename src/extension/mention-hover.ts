/**
 * The one hover on a recognized mention: the workspace card of the entity or figure (type, spellings,
 * value, qualifier spelled out, so meaning never rests on colour alone), or the plain description of the
 * mention while the index has not caught up with the text.
 */
import * as vscode from 'vscode';
import { workspaceFileSelector } from './workspace-uri';
import { entityCard } from '../core/cards/entity-card';
import { figureCard } from '../core/cards/figure-card';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { describeMention, isFigure, Mention, mentionAt } from '../core/recognition/describe-mention';
import { ArticleRecognition } from './article-recognition';
import { CARD_COMMANDS, cardLinks } from './card-links';
import { trustedMarkdown } from './command-link';
import { toRange } from './convert';
import { ENTITY_DECISION_COMMANDS, EntityDecisionsService } from './entity-decisions';

export class MentionHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly articles: ArticleRecognition,
    private readonly index: WorkspaceIndex,
    private readonly decisions?: EntityDecisionsService,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.articles.stateOf(document);
    if (state.kind !== 'recognized') return undefined;
    const mention = mentionAt(state.recognition, document.offsetAt(position));
    if (!mention) return undefined;
    return new vscode.Hover(trustedMarkdown(this.card(document.uri.fsPath, mention), [...CARD_COMMANDS, ...ENTITY_DECISION_COMMANDS]), toRange(document, mention));
  }

  private card(path: string, mention: Mention): string {
    if (isFigure(mention)) {
      const ref = this.index.figureAt(path, mention.start);
      // Offsets agree only when the index has the current text (it trails typing by a moment).
      const current = ref && ref.figure.start === mention.start && ref.figure.text === mention.text;
      return current ? figureCard(ref, this.index, cardLinks) : describeMention(mention);
    }
    // Keys survive edits, so an entity is found even while the index trails the text.
    const entity = this.index.entityOfKey(path, mention.key);
    if (!entity) return describeMention(mention);
    const decide = this.decisions?.hoverLine(entity, { text: mention.text, path });
    return decide ? `${entityCard(entity, this.index, cardLinks)}\n\n${decide}` : entityCard(entity, this.index, cardLinks);
  }
}

export function registerMentionHover(context: vscode.ExtensionContext, articles: ArticleRecognition, index: WorkspaceIndex, decisions?: EntityDecisionsService): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider([...workspaceFileSelector(), { scheme: 'untitled' }], new MentionHoverProvider(articles, index, decisions)),
  );
}
