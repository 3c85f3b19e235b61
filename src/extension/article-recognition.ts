/** Keeps every open article's recognition up to date, incrementally, from the editor's own change events. */
import * as vscode from 'vscode';
import { decodeArticle, textLooksBinary, tooLargeMessage } from '../core/article/decode-article';
import { applyEntityDecisions, EntityDecisionTable } from '../core/entities/entity-decisions';
import { DocumentRecognizer } from '../core/recognition/document-recognizer';
import { Recognition } from '../core/recognition/types';
import { isArticleUri } from './article-uri';
import { readConfig } from './config';
import { Log } from './log';

export type ArticleState =
  | { kind: 'recognized'; recognition: Recognition }
  | { kind: 'skipped'; message: string }
  | { kind: 'not-article' };

interface Tracked {
  recognizer: DocumentRecognizer;
  /** UTF-16 length of the text, kept from the change events. */
  length: number;
}

export class ArticleRecognition implements vscode.Disposable {
  private readonly tracked = new Map<string, Tracked>();
  private readonly skipped = new Map<string, string>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private decisions = new EntityDecisionTable();
  /** The recognizer's result with the entity decisions applied, per result object (results are replaced, never mutated). */
  private applied = new WeakMap<Recognition, Recognition>();
  /** Fires after a document's recognition (or skipped state) changed. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly log: Log) {
    this.subscriptions.push(
      this.changeEmitter,
      vscode.workspace.onDidChangeTextDocument((event) => this.applyChanges(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sourcemark.articles')) this.reset();
      }),
    );
  }

  /** Articles are the files matched by `sourcemark.articles.include`, never sidecars or node_modules. */
  isArticle(document: vscode.TextDocument): boolean {
    if (!isArticleUri(document.uri)) return false;
    const include = readConfig(document.uri).articlesInclude;
    return vscode.languages.match({ pattern: include }, document) > 0;
  }

  /** The current recognition of an article, computed on first use; skipped and non-articles say why. */
  stateOf(document: vscode.TextDocument): ArticleState {
    if (!this.isArticle(document)) return { kind: 'not-article' };
    const key = document.uri.toString();
    const skippedMessage = this.skipped.get(key);
    if (skippedMessage !== undefined) return { kind: 'skipped', message: skippedMessage };
    const tracked = this.tracked.get(key) ?? this.track(document);
    if (!tracked) return { kind: 'skipped', message: this.skipped.get(key) ?? 'skipped' };
    return { kind: 'recognized', recognition: this.withDecisions(tracked.recognizer.result, document.uri.fsPath) };
  }

  /** Applies the analyst's entity decisions to every article from now on, and repaints the open ones. */
  setEntityDecisions(decisions: EntityDecisionTable): void {
    this.decisions = decisions;
    this.applied = new WeakMap();
    for (const document of vscode.workspace.textDocuments) if (this.tracked.has(document.uri.toString())) this.changeEmitter.fire(document);
  }

  private withDecisions(result: Recognition, path: string): Recognition {
    let applied = this.applied.get(result);
    if (!applied) {
      applied = applyEntityDecisions(result, this.decisions, path);
      this.applied.set(result, applied);
    }
    return applied;
  }

  /** Why a file on disk would be skipped (binary, not UTF-8, too large), read from its bytes; undefined if readable. */
  async skipReasonForFile(uri: vscode.Uri): Promise<string | undefined> {
    const { maxFileSizeBytes } = readConfig(uri);
    try {
      const { size } = await vscode.workspace.fs.stat(uri);
      if (size > maxFileSizeBytes) return tooLargeMessage(size, maxFileSizeBytes);
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), maxFileSizeBytes);
      return decoded.ok ? undefined : decoded.message;
    } catch (error) {
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private track(document: vscode.TextDocument): Tracked | undefined {
    const key = document.uri.toString();
    const text = document.getText();
    const reason = this.skipReason(document, text);
    if (reason) {
      this.skip(document, reason);
      return undefined;
    }
    const started = performance.now();
    const tracked = { recognizer: new DocumentRecognizer(text), length: text.length };
    this.tracked.set(key, tracked);
    this.log.debug(`recognized ${document.uri.fsPath} in ${(performance.now() - started).toFixed(1)} ms`);
    // Replacement characters may come from invalid UTF-8 on disk: check the bytes once, off the typing path.
    if (text.includes('\uFFFD') && document.uri.scheme !== 'untitled') void this.checkEncoding(document);
    return tracked;
  }

  private skipReason(document: vscode.TextDocument, text: string): string | undefined {
    const { maxFileSizeBytes } = readConfig(document.uri);
    // UTF-16 length is a lower bound of the UTF-8 size: cheap and good enough for a limit.
    if (text.length > maxFileSizeBytes) {
      return `${tooLargeMessage(text.length, maxFileSizeBytes)}: see the setting sourcemark.articles.maxFileSizeMB`;
    }
    if (textLooksBinary(text)) return 'binary file, not an article';
    return undefined;
  }

  private async checkEncoding(document: vscode.TextDocument): Promise<void> {
    try {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(document.uri), Number.MAX_SAFE_INTEGER);
      if (!decoded.ok) this.skip(document, decoded.message);
    } catch (error) {
      this.log.warn(`could not read ${document.uri.fsPath} to check its encoding`, error);
    }
  }

  private skip(document: vscode.TextDocument, message: string): void {
    const key = document.uri.toString();
    this.tracked.delete(key);
    if (this.skipped.get(key) === message) return;
    this.skipped.set(key, message);
    this.log.info(`skipped ${document.uri.fsPath}: ${message}`);
    this.changeEmitter.fire(document);
  }

  private applyChanges(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    if (this.skipped.has(key)) {
      // Only a deletion can make a skipped file an article again (a huge paste undone, NUL bytes removed).
      if (!event.contentChanges.some((change) => change.rangeLength > 0)) return;
      this.skipped.delete(key);
      if (this.stateOf(event.document).kind === 'recognized') this.changeEmitter.fire(event.document);
      return;
    }
    const tracked = this.tracked.get(key);
    if (!tracked || event.contentChanges.length === 0) return;
    // Checked on the changes, not the whole text: no copy of a large document per keystroke.
    tracked.length += event.contentChanges.reduce((sum, change) => sum + change.text.length - change.rangeLength, 0);
    const { maxFileSizeBytes } = readConfig(event.document.uri);
    if (tracked.length > maxFileSizeBytes || event.contentChanges.some((change) => change.text.includes('\u0000'))) {
      const reason = this.skipReason(event.document, event.document.getText());
      if (reason) {
        this.skip(event.document, reason);
        return;
      }
    }
    // Changes in one event do not overlap and refer to the old text: apply from the end backwards.
    const changes = [...event.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
    for (const change of changes) {
      tracked.recognizer.applyEdit(change.rangeOffset, change.rangeOffset + change.rangeLength, change.text);
    }
    this.changeEmitter.fire(event.document);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.tracked.delete(key);
    this.skipped.delete(key);
  }

  private reset(): void {
    this.tracked.clear();
    this.skipped.clear();
    for (const document of vscode.workspace.textDocuments) this.changeEmitter.fire(document);
  }
}
