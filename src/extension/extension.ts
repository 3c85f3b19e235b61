/** Builds the services once and lets each surface register itself (Foam's pattern). */
import * as vscode from 'vscode';
import { findAttribution } from '../core/attribution/find-attribution';
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
import { EntityDecisionsService, registerEntityDecisions } from './entity-decisions';
import { registerExportCommand } from './export-command';
import { FiguresTreeProvider, registerFiguresTree } from './figures-tree';
import { HighlightKind, registerHighlightDecorations } from './highlight-decorations';
import { LedgerDiagnostics } from './ledger-diagnostics';
import { LedgerModel, subjectCardAt } from './ledger-model';
import { LedgerPanel } from './ledger-panel';
import { createLog } from './log';
import { registerMentionHover } from './mention-hover';
import { registerOpenSpan } from './open-span';
import { registerSampleArticles } from './sample-articles';
import { registerSourceStatus } from './source-status';
import { WorkspaceIndexer } from './workspace-indexer';

/**
 * What the extension exports to its integration tests (live state, as Foam's tests read it). Only in a test
 * run (`ExtensionMode.Test`): other extensions get nothing, least of all the services that write sidecars.
 */
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
  /** The analyst's entity decisions (.sourcemark/entities.yaml) in effect, and the commands' service. */
  entityDecisions: EntityDecisionsService;
  /** The figure ledger behind the Figures view, the ledger panel and the contradiction diagnostics. */
  ledger: LedgerModel;
  /** Resolves when the first ledger has been built (after the index and the sidecars). */
  ledgerReady: Promise<void>;
  ledgerPanel: LedgerPanel;
  figuresTree: FiguresTreeProvider;
  ledgerDiagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[];
}

export function activate(context: vscode.ExtensionContext): SourcemarkApi | undefined {
  const log = createLog(context);
  const articles = new ArticleRecognition(log);
  const annotations = new AnnotationService(log);
  const indexer = new WorkspaceIndexer(articles, annotations, log);
  context.subscriptions.push(articles, annotations, indexer);

  const decorations = registerHighlightDecorations(context, articles);
  const status = registerArticleStatus(context, articles, decorations);
  const entityDecisions = registerEntityDecisions(context, articles, indexer.index, log);
  // The ledger is built below; the hover asks it only once a person hovers.
  registerMentionHover(context, articles, indexer.index, entityDecisions, (path, offset) => subjectCardAt(ledger, path, offset));
  registerAnnotationDecorations(context, annotations);
  const diagnostics: AnnotationDiagnostics = registerAnnotationDiagnostics(context, annotations);
  const annotationCommands = registerAnnotationCommands(context, annotations, articles);
  const sourceStatus = registerSourceStatus(context, annotations, articles);
  registerOpenSpan(context);
  registerSampleArticles(context, log);
  const claims = registerClaimsTree(context, indexer, annotations);
  const entities = registerEntitiesTree(context, indexer.index, (entity) => entityDecisions.isDecided(entity));
  registerCopyCitation(context, indexer.index);
  const search = registerClaimSearchPick(context, indexer.index);
  const ledger = new LedgerModel(indexer.index, annotations, log, findAttribution);
  const ledgerPanel = new LedgerPanel(context.extensionUri, ledger);
  const ledgerDiagnostics = new LedgerDiagnostics(ledger);
  context.subscriptions.push(ledger, ledgerPanel, ledgerDiagnostics);
  const figures = registerFiguresTree(context, ledger, ledgerPanel);
  registerExportCommand(context, ledger, log);

  const sidecarsLoaded = annotations.loadWorkspace().catch((error) => log.error('could not load the workspace sidecars', error));
  const ledgerReady = Promise.all([indexer.ready, sidecarsLoaded]).then(() => ledger.start());
  log.info(`Sourcemark ${context.extension.packageJSON.version as string} activated`);
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;

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
    entityDecisions,
    ledger,
    ledgerReady,
    ledgerPanel,
    figuresTree: figures.provider,
    ledgerDiagnostics: (uri) => ledgerDiagnostics.diagnostics(uri),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
