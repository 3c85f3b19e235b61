/** Builds the services once and lets each surface register itself (Foam's pattern). */
import * as vscode from 'vscode';
import { ArticleRecognition } from './article-recognition';
import { registerArticleStatus } from './article-status';
import { createLog } from './log';
import { HighlightKind, registerHighlightDecorations } from './highlight-decorations';
import { registerMentionHover } from './mention-hover';
import { Recognition } from '../core/recognition/types';

/** What the extension exports: used by the integration tests to read live state, as Foam's tests do. */
export interface SourcemarkApi {
  /** The current recognition of an open article, or why it was skipped. */
  articleState(document: vscode.TextDocument): { kind: 'recognized'; recognition: Recognition } | { kind: 'skipped'; message: string } | { kind: 'not-article' };
  /** Why an article file on disk would be skipped, read from its bytes (binary, not UTF-8, too large), or undefined. */
  skipReasonForFile(uri: vscode.Uri): Promise<string | undefined>;
  /** Ranges painted in an editor per kind (`entity.person`, `figure.count`, ...). */
  paintedRanges(editor: vscode.TextEditor): Map<HighlightKind, vscode.Range[]>;
  highlightsEnabled(): boolean;
  /** The status bar item's text for the active article. */
  statusText(): string;
  /** Resolves once debounced repaints have run. */
  settled(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): SourcemarkApi {
  const log = createLog(context);
  const articles = new ArticleRecognition(log);
  context.subscriptions.push(articles);
  const decorations = registerHighlightDecorations(context, articles);
  const status = registerArticleStatus(context, articles, decorations);
  registerMentionHover(context, articles);
  log.info(`Sourcemark ${context.extension.packageJSON.version as string} activated`);

  return {
    articleState: (document) => articles.stateOf(document),
    skipReasonForFile: (uri) => articles.skipReasonForFile(uri),
    paintedRanges: (editor) => decorations.paintedRanges(editor),
    highlightsEnabled: () => decorations.highlightsEnabled,
    statusText: () => status.text,
    settled: () => decorations.settled(),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
