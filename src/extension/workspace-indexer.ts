/**
 * Keeps one WorkspaceIndex of every article: built in the background at activation, then patched one
 * article at a time from file events, editor edits and annotation changes.
 */
import * as vscode from 'vscode';
import { isWorkspaceFileUri } from './workspace-uri';
import { decodeArticle } from '../core/article/decode-article';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { recognize } from '../core/recognition/recognize';
import { AnnotationService } from './annotation-service';
import { ArticleRecognition } from './article-recognition';
import { isArticleUri } from './article-uri';
import { readConfig } from './config';
import { Log } from './log';
import { openDocumentFor } from './read-article-text';

/** Above this many articles the first build shows a cancellable notification instead of a spinner. */
const NOTIFY_ABOVE = 200;
/** Typing in an article re-indexes it this long after the last keystroke. */
const EDIT_DELAY_MS = 300;

export class WorkspaceIndexer implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  /** Resolves when the first build has finished (or was cancelled). */
  readonly ready: Promise<void>;
  /** Debounced index updates per article (edits) and per sidecar (moved annotations). */
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private watcher: vscode.Disposable;
  /** The document version last put in the index, per open article. */
  private readonly indexedVersions = new Map<string, number>();

  constructor(
    private readonly articles: ArticleRecognition,
    private readonly annotations: AnnotationService,
    private readonly log: Log,
  ) {
    this.watcher = this.watchArticles();
    this.subscriptions.push(
      articles.onDidChange((document) => this.scheduleEdit(document)),
      annotations.onDidChange((uri) => this.scheduleSidecar(uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('sourcemark.articles')) return;
        // The watcher's glob is fixed when it is created: follow the new setting with a new one.
        this.watcher.dispose();
        this.watcher = this.watchArticles();
        void this.build();
      }),
    );
    this.ready = this.build();
  }

  dispose(): void {
    this.watcher.dispose();
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.index.dispose();
  }

  private removeArticle(path: string): void {
    this.index.removeArticle(path);
    this.indexedVersions.delete(path);
  }

  /** Watches the files matched by `sourcemark.articles.include` and indexes each one as it changes. */
  private watchArticles(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(readConfig().articlesInclude);
    return vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((uri) => void this.indexFile(uri)),
      watcher.onDidChange((uri) => void this.indexFile(uri)),
      watcher.onDidDelete((uri) => this.removeArticle(uri.fsPath)),
    );
  }

  /** Indexes every article file; files no longer matched by the settings leave the index. */
  private async build(): Promise<void> {
    const started = performance.now();
    const exclude = '{**/node_modules/**,**/*.sourcemark.yaml}';
    const files = (await vscode.workspace.findFiles(readConfig().articlesInclude, exclude)).filter(isArticleUri);
    const wanted = new Set(files.map((uri) => uri.fsPath));
    for (const stale of this.index.paths().filter((p) => !wanted.has(p))) this.removeArticle(stale);
    const location = files.length > NOTIFY_ABOVE ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress(
      { location, title: 'Sourcemark: indexing articles', cancellable: location === vscode.ProgressLocation.Notification },
      async (progress, token) => {
        for (const [i, uri] of files.entries()) {
          if (token.isCancellationRequested) {
            this.log.warn(`indexing cancelled after ${i} of ${files.length} articles`);
            return;
          }
          await this.indexFile(uri);
          progress.report({ message: `${i + 1}/${files.length}`, increment: 100 / files.length });
          // Recognition is synchronous: give the extension host's event loop a turn between files.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      },
    );
    this.log.info(`indexed ${files.length} articles in ${(performance.now() - started).toFixed(0)} ms`);
  }

  /** (Re)indexes one article: from its open editor when it has one (the live text wins), else from disk. */
  private async indexFile(uri: vscode.Uri): Promise<void> {
    if (!isArticleUri(uri)) return;
    const open = openDocumentFor(uri);
    if (open && this.indexDocument(open)) return;
    const { maxFileSizeBytes } = readConfig(uri);
    try {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), maxFileSizeBytes);
      if (!decoded.ok) {
        this.log.info(`not indexed ${uri.fsPath}: ${decoded.message}`);
        this.removeArticle(uri.fsPath);
        return;
      }
      this.index.setArticle(uri.fsPath, decoded.text, recognize(decoded.text), this.annotations.get(uri)?.data);
      this.indexedVersions.delete(uri.fsPath);
    } catch (error) {
      this.log.warn(`could not read ${uri.fsPath} to index it`, error);
    }
  }

  /** Indexes an open article from the editor's live recognition; false when it has none. */
  private indexDocument(document: vscode.TextDocument): boolean {
    const state = this.articles.stateOf(document);
    if (state.kind !== 'recognized') return false;
    // Saving fires the file watcher for text the edits already indexed: skip an unchanged version.
    if (this.indexedVersions.get(document.uri.fsPath) === document.version) return true;
    this.index.setArticle(document.uri.fsPath, document.getText(), state.recognition, this.annotations.get(document.uri)?.data);
    this.indexedVersions.set(document.uri.fsPath, document.version);
    return true;
  }

  /** Annotations move with every keystroke before them: hand the index their positions once typing pauses. */
  private scheduleSidecar(uri: vscode.Uri): void {
    this.debounce(`sidecar:${uri.fsPath}`, () => this.index.setSidecar(uri.fsPath, this.annotations.get(uri)?.data));
  }

  private debounce(key: string, run: () => void): void {
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        run();
      }, EDIT_DELAY_MS),
    );
  }

  private scheduleEdit(document: vscode.TextDocument): void {
    if (!isWorkspaceFileUri(document.uri)) return;
    const key = document.uri.fsPath;
    this.debounce(key, () => {
      if (!this.indexDocument(document) && this.articles.stateOf(document).kind === 'skipped') this.removeArticle(key);
    });
  }
}
