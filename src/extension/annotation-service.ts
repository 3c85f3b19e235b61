/**
 * The analyst's annotations for every article in the workspace: loaded from sidecars, re-anchored
 * against the current text, kept in step with edits, and written back only through the safe store.
 */
import * as vscode from 'vscode';
import { fileStore } from './platform';
import { isWorkspaceFileUri, uriForPath } from './workspace-uri';
import { anchorInText } from '../core/anchoring/anchor-updates';
import { createTarget } from '../core/anchoring/create-target';
import { reanchor } from '../core/anchoring/reanchor';
import { shiftTargets } from '../core/anchoring/shift-targets';
import { Annotation, AnnotationKind, SidecarData, SourceMetadata } from '../core/sidecar/annotation';
import { newAnnotationId } from '../core/sidecar/annotation-id';
import { addAnnotation, AnnotationPatch, deleteAnnotation, setAnchors, setSourceMetadata, updateAnnotation } from '../core/sidecar/sidecar-edits';
import { articlePathFor, sidecarPathFor } from '../core/sidecar/sidecar-paths';
import { SidecarProblem } from '../core/sidecar/sidecar-problem';
import { SidecarEdit, SidecarStore, UpdateResult } from '../core/sidecar/sidecar-store';
import { isArticleUri } from './article-uri';
import { Log } from './log';
import { openDocumentFor, readArticleText } from './read-article-text';

/** One article's annotations as the editor shows them: targets hold the live positions. */
export interface ArticleAnnotations {
  articleUri: vscode.Uri;
  sidecarUri: vscode.Uri;
  status: 'ok' | 'missing' | 'invalid';
  readOnly: boolean;
  /** Parse or schema errors (invalid) and warnings (read-only, unknown fields...), with positions in the sidecar. */
  problems: SidecarProblem[];
  data: SidecarData;
  /** True when the article file itself is gone but its sidecar is still there. */
  articleMissing: boolean;
}

const emptyData = (): SidecarData => ({ version: 1, annotations: [] });

export class AnnotationService implements vscode.Disposable {
  private readonly store = new SidecarStore(fileStore);
  private readonly articles = new Map<string, ArticleAnnotations>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [this.changeEmitter];
  /** Fires with the article's URI whenever its annotations, positions or sidecar state changed. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.sourcemark.yaml');
    const reloadFromSidecar = (uri: vscode.Uri) => {
      const article = articlePathFor(uri.fsPath);
      if (article) void this.load(uriForPath(article));
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(reloadFromSidecar),
      watcher.onDidChange(reloadFromSidecar),
      watcher.onDidDelete(reloadFromSidecar),
      vscode.workspace.onDidChangeTextDocument((event) => this.followEdits(event)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.persistPositions(document)),
      vscode.workspace.onDidOpenTextDocument((document) => {
        // Text may have changed on disk since we anchored (git pull while closed): anchor against what opened.
        // An article opened before the workspace scan reached it gets its sidecar now, not after the scan.
        // Only the file itself (isArticleUri): a git: or diff document of the same path holds another text.
        if (isArticleUri(document.uri)) void this.load(document.uri);
      }),
      vscode.workspace.onDidRenameFiles((event) => void this.moveSidecars(event.files)),
      vscode.workspace.onDidDeleteFiles((event) => this.markArticlesDeleted(event.files)),
    );
  }

  /** Loads every sidecar in the workspace (activation, in the background). */
  async loadWorkspace(token?: vscode.CancellationToken): Promise<void> {
    // Articles already open (the one that activated us) first: the analyst is looking at them.
    const open = vscode.workspace.textDocuments.filter((document) => isArticleUri(document.uri)).map((document) => document.uri);
    for (const uri of open) await this.load(uri);
    const sidecars = await vscode.workspace.findFiles('**/*.sourcemark.yaml', '**/node_modules/**', undefined, token);
    const loaded = new Set(open.map((uri) => uri.fsPath));
    for (const sidecar of sidecars) {
      if (token?.isCancellationRequested) return;
      const article = articlePathFor(sidecar.fsPath);
      if (article && !loaded.has(article)) await this.load(uriForPath(article));
    }
  }

  get(articleUri: vscode.Uri): ArticleAnnotations | undefined {
    return this.articles.get(articleUri.fsPath);
  }

  all(): ArticleAnnotations[] {
    return [...this.articles.values()];
  }

  /** Every tag used in the workspace, most used first. */
  knownTags(): string[] {
    const counts = new Map<string, number>();
    for (const article of this.articles.values()) {
      for (const annotation of article.data.annotations) for (const tag of annotation.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
  }

  /** Every attribution used in the workspace. */
  knownAttributions(): string[] {
    return [...new Set(this.all().flatMap((article) => article.data.annotations.map((a) => a.attribution ?? '').filter(Boolean)))];
  }

  /** (Re)reads an article's sidecar and anchors its annotations against the current text. */
  async load(articleUri: vscode.Uri): Promise<ArticleAnnotations> {
    const articlePath = articleUri.fsPath;
    const loaded = await this.store.load(articlePath);
    const state: ArticleAnnotations = {
      articleUri,
      sidecarUri: uriForPath(sidecarPathFor(articlePath)),
      status: loaded.status,
      readOnly: loaded.status === 'ok' && loaded.sidecar.readOnly,
      problems: loaded.status === 'invalid' ? loaded.errors : loaded.status === 'ok' ? loaded.sidecar.warnings : [],
      data: loaded.status === 'ok' ? structuredClone(loaded.sidecar.data) : emptyData(),
      articleMissing: false,
    };
    const text = await readArticleText(articleUri);
    if (text === undefined) state.articleMissing = loaded.status !== 'missing';
    else if (state.data.annotations.length > 0) await this.anchor(state, text);
    if (loaded.status === 'missing') this.articles.delete(articlePath);
    else this.articles.set(articlePath, state);
    this.changeEmitter.fire(articleUri);
    return state;
  }

  /** Adds a claim or note for a span of an open article; returns the new annotation or undefined if refused. */
  async add(
    document: vscode.TextDocument,
    span: { start: number; end: number },
    kind: AnnotationKind,
    fields: Pick<Annotation, 'text' | 'attribution' | 'tags' | 'entities' | 'figures'>,
  ): Promise<Annotation | undefined> {
    const now = new Date().toISOString();
    const target = createTarget(document.getText(), span.start, span.end);
    const result = await this.write(document.uri, (doc, data) => {
      const annotation: Annotation = {
        id: newAnnotationId(kind, new Set(data.annotations.map((a) => a.id))),
        kind,
        text: fields.text,
        attribution: fields.attribution,
        tags: fields.tags,
        entities: fields.entities?.length ? fields.entities : undefined,
        figures: fields.figures?.length ? fields.figures : undefined,
        created: now,
        updated: now,
        target,
      };
      addAnnotation(doc, annotation);
      return annotation;
    });
    return result.ok ? result.value : undefined;
  }

  /** Changes an annotation's fields; `updated` moves only if something really changed. */
  async update(articleUri: vscode.Uri, id: string, patch: AnnotationPatch): Promise<boolean> {
    const result = await this.write(articleUri, (doc) => updateAnnotation(doc, id, patch, new Date().toISOString()));
    return result.ok && result.value;
  }

  /** Removes an annotation; returns it so the caller can offer to restore it. */
  async delete(articleUri: vscode.Uri, id: string): Promise<Annotation | undefined> {
    const result = await this.write(articleUri, (doc) => deleteAnnotation(doc, id));
    return result.ok ? result.value : undefined;
  }

  /** Puts back an annotation removed by `delete` (undo). */
  async restore(articleUri: vscode.Uri, annotation: Annotation): Promise<boolean> {
    const result = await this.write(articleUri, (doc, data) => {
      if (data.annotations.some((a) => a.id === annotation.id)) return false;
      addAnnotation(doc, annotation);
      return true;
    });
    return result.ok && result.value;
  }

  async setSource(articleUri: vscode.Uri, patch: Partial<SourceMetadata>): Promise<boolean> {
    const result = await this.write(articleUri, (doc) => setSourceMetadata(doc, patch));
    return result.ok;
  }

  /** Anchors an (orphaned) annotation to a new span of the open article. */
  async reattach(document: vscode.TextDocument, id: string, span: { start: number; end: number }): Promise<boolean> {
    const target = createTarget(document.getText(), span.start, span.end);
    const result = await this.write(document.uri, (doc) => {
      const changed = updateAnnotation(doc, id, { target }, new Date().toISOString());
      setAnchors(doc, [{ id, start: span.start, end: span.end, orphaned: false }]);
      return changed;
    });
    return result.ok;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** Applies an edit through the store, reports refusals to the user, and reloads the article's state. */
  private async write<T>(articleUri: vscode.Uri, edit: SidecarEdit<T>): Promise<UpdateResult<T>> {
    const result = await this.store.update(articleUri.fsPath, edit);
    if (!result.ok) {
      const where = result.errors[0] ? ` (line ${result.errors[0].line}, column ${result.errors[0].column})` : '';
      this.log.warn(`not written: ${result.message}`);
      void vscode.window.showErrorMessage(`Sourcemark did not change the sidecar: ${result.message}${where}`, 'Open Sidecar').then((choice) => {
        if (choice) void vscode.window.showTextDocument(uriForPath(sidecarPathFor(articleUri.fsPath)));
      });
    }
    await this.load(articleUri);
    return result;
  }

  /** Re-anchors against `text`; writes positions back only when they changed and the text is what is on disk. */
  private async anchor(state: ArticleAnnotations, text: string): Promise<void> {
    const { data, changed } = anchorInText(text, state.data);
    state.data = data;
    const open = openDocumentFor(state.articleUri);
    if (changed.length === 0 || state.readOnly || state.status !== 'ok' || open?.isDirty) return;
    const result = await this.store.update(state.articleUri.fsPath, (doc) => setAnchors(doc, changed));
    if (result.ok) this.log.info(`re-anchored ${changed.length} annotation(s) in ${state.sidecarUri.fsPath}`);
  }

  private followEdits(event: vscode.TextDocumentChangeEvent): void {
    if (!isWorkspaceFileUri(event.document.uri)) return;
    const state = this.articles.get(event.document.uri.fsPath);
    if (!state || event.contentChanges.length === 0 || state.data.annotations.length === 0) return;
    const live = state.data.annotations.filter((a) => !a.orphaned);
    const shifted = shiftTargets(
      live.map((a) => a.target),
      event.contentChanges,
    );
    // Typing after every annotation moves none of them: nothing to tell the views, index and diagnostics.
    const moved = live.filter((annotation, i) => shifted[i].start !== annotation.target.start || shifted[i].end !== annotation.target.end);
    live.forEach((annotation, i) => (annotation.target = shifted[i]));
    // A span whose whole text was replaced (a reload from disk, a paste over it) is looked for again.
    const collapsed = live.filter((a) => a.target.start === a.target.end && a.target.quote.length > 0);
    if (collapsed.length > 0) {
      const results = reanchor(
        event.document.getText(),
        collapsed.map((a) => ({ ...a.target, end: a.target.start + a.target.quote.length })),
      );
      collapsed.forEach((annotation, i) => {
        if (results[i].status === 'orphaned') annotation.orphaned = true;
        else annotation.target = { ...annotation.target, start: results[i].start, end: results[i].end };
      });
    }
    if (moved.length > 0) this.changeEmitter.fire(event.document.uri);
    // Not dirty after a change means the text is the file's (reloaded from disk, or undone to it).
    if (!event.document.isDirty) void this.persistPositions(event.document);
  }

  /** On save the live positions match the file: store them (and a quote edited in place). */
  private async persistPositions(document: vscode.TextDocument): Promise<void> {
    const state = this.articles.get(document.uri.fsPath);
    if (!state || state.status !== 'ok' || state.readOnly || state.data.annotations.length === 0) return;
    const text = document.getText();
    const now = new Date().toISOString();
    await this.store.update(document.uri.fsPath, (doc, stored) => {
      const live = new Map(state.data.annotations.map((a) => [a.id, a]));
      // Only annotations whose stored quote is still the one we loaded: a sidecar changed on disk meanwhile
      // (git pull) wins, and is re-read and re-anchored by load() below.
      const followed = stored.annotations
        .map((annotation) => ({ annotation, current: live.get(annotation.id) }))
        .filter(
          (pair): pair is { annotation: Annotation; current: Annotation } =>
            !!pair.current && !pair.current.orphaned && pair.current.target.quote === pair.annotation.target.quote && pair.current.target.start !== pair.current.target.end,
        );
      for (const { annotation, current } of followed) {
        const { start, end } = current.target;
        // The analyst edited inside the quote: the quote follows the text it annotates.
        if (text.slice(start, end) !== annotation.target.quote) updateAnnotation(doc, annotation.id, { target: createTarget(text, start, end) }, now);
      }
      setAnchors(
        doc,
        followed.map(({ current }) => ({ id: current.id, start: current.target.start, end: current.target.end, orphaned: false })),
      );
    });
    // Collapsed spans (their text deleted) are re-anchored, which orphans them if the quote is gone.
    await this.load(document.uri);
  }

  private async moveSidecars(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const oldSidecar = uriForPath(sidecarPathFor(oldUri.fsPath));
      const newSidecar = uriForPath(sidecarPathFor(newUri.fsPath));
      try {
        await vscode.workspace.fs.stat(oldSidecar);
      } catch {
        continue; // no sidecar to move
      }
      try {
        await vscode.workspace.fs.rename(oldSidecar, newSidecar, { overwrite: false });
        this.articles.delete(oldUri.fsPath);
        this.changeEmitter.fire(oldUri);
        await this.load(newUri);
        this.log.info(`moved ${oldSidecar.fsPath} to ${newSidecar.fsPath}`);
      } catch (error) {
        this.log.error(`could not move ${oldSidecar.fsPath}`, error);
        void vscode.window.showWarningMessage(
          `Sourcemark could not move the annotations of ${vscode.workspace.asRelativePath(oldUri)} with it: ${newSidecar.fsPath} already exists or cannot be written.`,
        );
      }
    }
  }

  private markArticlesDeleted(files: readonly vscode.Uri[]): void {
    for (const uri of files) {
      const state = this.articles.get(uri.fsPath);
      if (!state) continue;
      state.articleMissing = true;
      this.changeEmitter.fire(uri);
    }
  }
}
