/** Builds the services once and lets each surface register itself (Foam's pattern). */
import * as vscode from 'vscode';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { Recognition } from '../core/recognition/types';
import { AnnotationCommands, registerAnnotationCommands } from './annotation-commands';
import { registerAnnotationDecorations } from './annotation-decorations';
import { AnnotationDiagnostics, registerAnnotationDiagnostics } from './annotation-diagnostics';
import { AnnotationService } from './annotation-service';
import { ArticleRecognition } from './article-recognition';
import { registerArticleStatus } from './article-status';
import { ClaimPickItem, registerClaimSearchPick } from './claim-search-pick';
import { ClaimsTreeProvider, registerClaimsTree } from './claims-tree';
import { registerCopyCitation } from './copy-citation';
import { EntitiesTreeProvider, registerEntitiesTree } from './entities-tree';
import { HighlightKind, registerHighlightDecorations } from './highlight-decorations';
import { createLog } from './log';
import { registerMentionHover } from './mention-hover';
import { registerOpenSpan } from './open-span';
import { registerSampleArticles } from './sample-articles';
import { registerSourceStatus } from './source-status';
import { WorkspaceIndexer } from './workspace-indexer';

/** What the extension exports: used by the integration tests to read live state, as Foam's tests do. */
export interface SourcemarkApi {
  /** The current recognition of an open article, or why it was skipped. */
  articleState(
    document: vscode.TextDocument,
  ): { kind: 'recognized'; recognition: Recognition } | { kind: 'skipped'; message: string } | { kind: 'not-article' };
  /** Why an article file on disk would be skipped, read from its bytes (binary, not UTF-8, too large), or undefined. */
  skipReasonForFile(uri: vscode.Uri): Promise<string | undefined>;
  /** Ranges painted in an editor per kind (`entity.person`, `figure.count`, ...). */
  paintedRanges(editor: vscode.TextEditor): Map<HighlightKind, vscode.Range[]>;
  highlightsEnabled(): boolean;
  /** The status bar item's text for the active article. */
  statusText(): string;
  /** The source status bar item's text for the active article. */
  sourceStatusText(): string;
  /** Resolves once debounced repaints and the initial sidecar scan have run. */
  settled(): Promise<void>;
  annotations: AnnotationService;
  annotationCommands: AnnotationCommands;
  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[];
  /** The workspace index behind the Claims and Entities views, hovers and search. */
  index: WorkspaceIndex;
  /** Resolves when the first build of the index has finished. */
  indexReady: Promise<void>;
  claimsTree: ClaimsTreeProvider;
  entitiesTree: EntitiesTreeProvider;
  /** What the Search Claims quick pick shows for a query. */
  searchClaims(query: string): ClaimPickItem[];
}

export function activate(context: vscode.ExtensionContext): SourcemarkApi {
  const log = createLog(context);
  const articles = new ArticleRecognition(log);
  const annotations = new AnnotationService(log);
  const indexer = new WorkspaceIndexer(articles, annotations, log);
  context.subscriptions.push(articles, annotations, indexer);

  const decorations = registerHighlightDecorations(context, articles);
  const status = registerArticleStatus(context, articles, decorations);
  registerMentionHover(context, articles, indexer.index);
  registerAnnotationDecorations(context, annotations);
  const diagnostics: AnnotationDiagnostics = registerAnnotationDiagnostics(context, annotations);
  const annotationCommands = registerAnnotationCommands(context, annotations, articles);
  const sourceStatus = registerSourceStatus(context, annotations, articles);
  registerOpenSpan(context);
  registerSampleArticles(context, log);
  const claims = registerClaimsTree(context, indexer, annotations);
  const entities = registerEntitiesTree(context, indexer.index);
  registerCopyCitation(context, indexer.index);
  const search = registerClaimSearchPick(context, indexer.index);

  const sidecarsLoaded = annotations.loadWorkspace().catch((error) => log.error('could not load the workspace sidecars', error));
  log.info(`Sourcemark ${context.extension.packageJSON.version as string} activated`);

  return {
    articleState: (document) => articles.stateOf(document),
    skipReasonForFile: (uri) => articles.skipReasonForFile(uri),
    paintedRanges: (editor) => decorations.paintedRanges(editor),
    highlightsEnabled: () => decorations.highlightsEnabled,
    statusText: () => status.text,
    sourceStatusText: () => sourceStatus.text,
    settled: async () => {
      await sidecarsLoaded;
      await decorations.settled();
    },
    annotations,
    annotationCommands,
    diagnostics: (uri) => diagnostics.diagnostics(uri),
    index: indexer.index,
    indexReady: indexer.ready,
    claimsTree: claims.provider,
    entitiesTree: entities.provider,
    searchClaims: (query) => search.items(query),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
