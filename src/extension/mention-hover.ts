/** Hover on a highlighted mention: what it is, spelled out, so meaning never rests on colour alone. */
import * as vscode from 'vscode';
import { describeMention, mentionAt } from '../core/recognition/describe-mention';
import { ArticleRecognition } from './article-recognition';
import { toRange } from './convert';

export class MentionHoverProvider implements vscode.HoverProvider {
  constructor(private readonly articles: ArticleRecognition) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.articles.stateOf(document);
    if (state.kind !== 'recognized') return undefined;
    const mention = mentionAt(state.recognition, document.offsetAt(position));
    if (!mention) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(describeMention(mention)), toRange(document, mention));
  }
}

export function registerMentionHover(context: vscode.ExtensionContext, articles: ArticleRecognition): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }], new MentionHoverProvider(articles)),
  );
}
