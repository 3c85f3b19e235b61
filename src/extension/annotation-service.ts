/**
 * The analyst's annotations for every article in the workspace: loaded from sidecars, re-anchored
 * against the current text, kept in step with edits, and written back only through the safe store.
 */
import * as vscode from 'vscode';
import { anchorInText, changedAnchors } from '../core/anchoring/anchor-updates';
import { fileStore } from './platform';
import { isWorkspaceFileUri, uriForPath } from './workspace-uri';
import { createTarget } from '../core/anchoring/create-target';
import { reanchor } from '../core/anchoring/reanchor';
import { normalizeFragment } from '../core/anchoring/normalize-text';
import { shiftTargets, TextChange } from '../core/anchoring/shift-targets';
import { Annotation, AnnotationKind, AnnotationTarget, SidecarData, SourceMetadata } from '../core/sidecar/annotation';
import { newAnnotationId } from '../core/sidecar/annotation-id';
import { AnchorUpdate, addAnnotation, AnnotationPatch, deleteAnnotation, setAnchors, setSourceMetadata, updateAnnotation } from '../core/sidecar/sidecar-edits';
import { articlePathFor, sidecarPathFor } from '../core/sidecar/sidecar-paths';
import { SidecarProblem } from '../core/sidecar/sidecar-problem';
import { SidecarEdit, SidecarStore, UpdateResult } from '../core/sidecar/sidecar-store';
import { isArticleUri } from './article-uri';
import { Log } from './log';
import { openDocumentFor, readArticleFile } from './read-article-text';
import { canWriteSidecars } from './workspace-trust';

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
  /**
   * The version of the open document the live positions are anchored in; undefined when they were anchored
   * in the file on disk (article not open) or an edit was missed (a reload is under way).
   */
  version: number | undefined;
  /** Annotations whose text at their span is no longer their stored quote (edited in the editor, or found changed). */
  textChanged: ReadonlySet<string>;
  /** The sidecar is invalid: these are the annotations of its last good read, shown read-only until it is fixed. */
  fromLastGoodRead: boolean;
}

const emptyData = (): SidecarData => ({ version: 1, annotations: [] });

/** The span no longer holds the quote (whitespace, quote style and dashes aside): the text was edited. */
export function quoteTextChanged(text: string, target: AnnotationTarget): boolean {
  return normalizeFragment(text.slice(target.start, target.end)) !== normalizeFragment(target.quote);
}

function sameQuote(a: AnnotationTarget, b: AnnotationTarget): boolean {
  return a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix;
}

/**
 * Spans collapsed to nothing (their whole text deleted or replaced) are looked for again in `text` by their
 * quote, or orphaned. Changes the annotations in place; returns how many there were.
 */
function refindCollapsed(live: Annotation[], text: string): number {
  const collapsed = live.filter((a) => a.target.start === a.target.end && a.target.quote.length > 0);
  if (collapsed.length === 0) return 0;
  const results = reanchor(text, collapsed.map((a) => ({ ...a.target, end: a.target.start + a.target.quote.length })));
  collapsed.forEach((annotation, i) => {
    if (results[i].status === 'orphaned') annotation.orphaned = true;
    else annotation.target = { ...annotation.target, start: results[i].start, end: results[i].end };
  });
  return collapsed.length;
}

/** Loads of one article run one after another; a load not yet started covers every request made meanwhile. */
interface LoadQueue {
  tail: Promise<unknown>;
  waiting?: Promise<ArticleAnnotations>;
}

export class AnnotationService implements vscode.Disposable {
  private readonly store = new SidecarStore(fileStore);
  private readonly articles = new Map<string, ArticleAnnotations>();
  private readonly loads = new Map<string, LoadQueue>();
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
      vscode.workspace.onDidSaveTextDocument((document) => this.persistPositions(document)),
      vscode.workspace.onDidOpenTextDocument((document) => {
        // Text may have changed on disk since we anchored (git pull while closed): anchor against what opened.
        // An article opened before the workspace scan reached it gets its sidecar now, not after the scan.
        // Only the file itself (isArticleUri): a git: or diff document of the same path holds another text.
        if (isArticleUri(document.uri)) void this.load(document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // Its versions end with it: a reopened document starts again at 1 (and is anchored again when it opens).
        // Closed with unsaved edits, which are gone: anchor in the file again.
        const state = this.articles.get(document.uri.fsPath);
        if (!state || !isWorkspaceFileUri(document.uri) || state.version === undefined) return;
        state.version = undefined;
        if (document.isDirty) void this.load(document.uri);
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        for (const state of this.all()) void this.load(state.articleUri);
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
  load(articleUri: vscode.Uri): Promise<ArticleAnnotations> {
    const key = articleUri.fsPath;
    let queue = this.loads.get(key);
    // Not started yet: it reads the sidecar and the text after this request, so it covers it.
    if (queue?.waiting) return queue.waiting;
    if (!queue) this.loads.set(key, (queue = { tail: Promise.resolve() }));
    const current = queue;
    const waiting = current.tail.then(() => {
      current.waiting = undefined;
      return this.loadNow(articleUri);
    });
    current.waiting = waiting;
    current.tail = waiting.catch((error) => this.log.error(`could not load the annotations of ${key}`, error));
    return waiting;
  }

  private async loadNow(articleUri: vscode.Uri): Promise<ArticleAnnotations> {
    const articlePath = articleUri.fsPath;
    const loaded = await this.store.load(articlePath);
    // The file is read only while the article is not open; the open document's text needs no await.
    const diskText = openDocumentFor(articleUri) ? undefined : await readArticleFile(articleUri);
    // No await from here until the state is installed: the text, its version and the anchors agree, and
    // every later edit event applies to exactly this state (followEdits).
    const document = openDocumentFor(articleUri);
    const text = document ? document.getText() : diskText;
    const previous = this.articles.get(articlePath);
    const state: ArticleAnnotations = {
      articleUri,
      sidecarUri: uriForPath(sidecarPathFor(articlePath)),
      status: loaded.status,
      readOnly: loaded.status === 'ok' && loaded.sidecar.readOnly,
      problems: loaded.status === 'invalid' ? loaded.errors : loaded.status === 'ok' ? loaded.sidecar.warnings : [],
      data: loaded.status === 'ok' ? structuredClone(loaded.sidecar.data) : emptyData(),
      articleMissing: false,
      version: document?.version,
      textChanged: new Set(),
      fromLastGoodRead: false,
    };
    let changed: AnchorUpdate[] = [];
    if (loaded.status === 'invalid' && previous && (previous.status === 'ok' || previous.fromLastGoodRead)) {
      // Keep showing what the analyst had (read-only, positions still following the editor) instead of nothing.
      Object.assign(state, { data: previous.data, version: previous.version, textChanged: previous.textChanged, fromLastGoodRead: true, readOnly: true });
    } else if (text === undefined) state.articleMissing = loaded.status !== 'missing';
    else if (state.data.annotations.length > 0) changed = this.anchor(state, text, previous);
    if (loaded.status === 'missing') this.articles.delete(articlePath);
    else this.articles.set(articlePath, state);
    if (loaded.status === 'invalid' && previous?.status !== 'invalid') this.reportInvalid(state);
    this.changeEmitter.fire(articleUri);
    // Positions are stored only when they refer to the file as it is on disk.
    if (changed.length > 0 && !document?.isDirty) await this.storeAnchors(state, changed, 're-anchored');
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

  /** The analyst accepts the text now at an annotation's span as its quote (the "text changed" quick fix). */
  async updateQuote(document: vscode.TextDocument, id: string): Promise<boolean> {
    const state = this.articles.get(document.uri.fsPath);
    const annotation = state?.data.annotations.find((a) => a.id === id);
    if (!state || !annotation || annotation.orphaned || state.version !== document.version) return false;
    const target = createTarget(document.getText(), annotation.target.start, annotation.target.end);
    const result = await this.write(document.uri, (doc) => updateAnnotation(doc, id, { target }, new Date().toISOString()));
    return result.ok;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** Applies an edit through the store, reports refusals to the user, and reloads the article's state. */
  private async write<T>(articleUri: vscode.Uri, edit: SidecarEdit<T>): Promise<UpdateResult<T>> {
    if (!canWriteSidecars('change annotations')) {
      return { ok: false, reason: 'read-only', message: 'the workspace is not trusted (Restricted Mode)', errors: [] };
    }
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

  /**
   * Anchors the loaded annotations in `text` (synchronously) and returns the positions worth storing. An
   * annotation the previous state has been following in this very document version keeps its live position:
   * it is exact, where searching again could settle a character off next to text being typed.
   */
  private anchor(state: ArticleAnnotations, text: string, previous: ArticleAnnotations | undefined): AnchorUpdate[] {
    const following = previous && previous.version !== undefined && previous.version === state.version && !previous.fromLastGoodRead;
    const live = new Map(following ? previous.data.annotations.map((a) => [a.id, a]) : []);
    const followed = state.data.annotations.map((a) => {
      const current = live.get(a.id);
      return current && sameQuote(current.target, a.target) ? current : undefined;
    });
    const searched = anchorInText(text, { ...state.data, annotations: state.data.annotations.filter((_, i) => !followed[i]) }).data.annotations;
    let next = 0;
    const stored = state.data.annotations;
    state.data = {
      ...state.data,
      annotations: stored.map((annotation, i) => {
        const current = followed[i];
        if (!current) return searched[next++];
        return { ...annotation, orphaned: current.orphaned, target: { ...annotation.target, start: current.target.start, end: current.target.end } };
      }),
    };
    state.textChanged = new Set(state.data.annotations.filter((a) => !a.orphaned && quoteTextChanged(text, a.target)).map((a) => a.id));
    const updates = state.data.annotations.map((a) => ({ id: a.id, start: a.target.start, end: a.target.end, orphaned: !!a.orphaned }));
    return changedAnchors(stored, updates);
  }

  /**
   * Writes positions (computed beforehand, against the file's text) to the sidecar. Offsets only: an
   * annotation whose stored quote changed meanwhile (edited by hand, git pull) is left to the next load.
   */
  private async storeAnchors(state: ArticleAnnotations, updates: AnchorUpdate[], what: string): Promise<void> {
    if (updates.length === 0 || state.readOnly || state.status !== 'ok' || !vscode.workspace.isTrusted) return;
    const quotes = new Map(state.data.annotations.map((a) => [a.id, a.target.quote]));
    const result = await this.store.update(state.articleUri.fsPath, (doc, stored) =>
      setAnchors(doc, updates.filter((update) => stored.annotations.some((a) => a.id === update.id && a.target.quote === quotes.get(update.id)))),
    );
    if (result.ok && result.value.length > 0) this.log.info(`${what}: stored ${result.value.length} position(s) in ${state.sidecarUri.fsPath}`);
    else if (!result.ok) this.log.warn(`positions not stored in ${state.sidecarUri.fsPath}: ${result.message}`);
  }

  private followEdits(event: vscode.TextDocumentChangeEvent): void {
    if (!isWorkspaceFileUri(event.document.uri) || event.contentChanges.length === 0) return;
    const state = this.articles.get(event.document.uri.fsPath);
    if (!state) return;
    const version = event.document.version;
    // Each change event is one version: an older one is already in the text the state was anchored in; a
    // gap (or a state anchored in the file on disk) means the positions cannot be followed: anchor again.
    if (state.version !== undefined && version <= state.version) return;
    if (state.version === undefined || version !== state.version + 1) {
      state.version = undefined;
      void this.load(event.document.uri);
      return;
    }
    state.version = version;
    if (state.data.annotations.length > 0) this.shiftAnnotations(state, event.document, event.contentChanges);
    // Not dirty after a change means the text is the file's (reloaded from disk, or undone to it).
    if (!event.document.isDirty) this.persistPositions(event.document);
  }

  private shiftAnnotations(state: ArticleAnnotations, document: vscode.TextDocument, changes: readonly TextChange[]): void {
    const live = state.data.annotations.filter((a) => !a.orphaned);
    const before = live.map((a) => a.target);
    const shifted = shiftTargets(before, changes);
    // Typing after every annotation moves none of them: nothing to tell the views, index and diagnostics.
    let moved = live.some((annotation, i) => shifted[i] !== annotation.target);
    live.forEach((annotation, i) => (annotation.target = shifted[i]));
    // The whole text only when needed: copying a long article on every keystroke would slow typing.
    let wholeText: string | undefined;
    const text = () => (wholeText ??= document.getText());
    // A span whose whole text was replaced (a reload from disk, a paste over it) is looked for again.
    const collapsed = live.some((a) => a.target.start === a.target.end) ? refindCollapsed(live, text()) : 0;
    // Only spans an edit touched can have changed text.
    const touched = live.filter((_, i) => changes.some((c) => c.rangeOffset <= before[i].end && c.rangeOffset + c.rangeLength >= before[i].start));
    if (touched.length > 0) {
      const flagged = new Set(state.textChanged);
      for (const annotation of touched) {
        const was = flagged.has(annotation.id);
        const is = !annotation.orphaned && quoteTextChanged(text(), annotation.target);
        if (was === is) continue;
        if (is) flagged.add(annotation.id);
        else flagged.delete(annotation.id);
        moved = true;
      }
      state.textChanged = flagged;
    }
    if (moved || collapsed > 0) this.changeEmitter.fire(document.uri);
  }

  /**
   * On save the live positions match the file: store them. Offsets only, taken now (not after the store's
   * awaits, when more typing may have moved them); a span whose text differs from its stored quote keeps the
   * quote and is flagged "text changed" until the analyst updates it.
   */
  private persistPositions(document: vscode.TextDocument): void {
    const state = this.articles.get(document.uri.fsPath);
    if (!state || state.status !== 'ok' || state.readOnly || state.data.annotations.length === 0) return;
    // Not following this document (a reload is under way): that load anchors in the saved text and stores it.
    if (state.version !== document.version) return;
    const text = document.getText();
    // Spans whose text was deleted collapsed to nothing: find their quote again, or orphan them.
    const collapsed = refindCollapsed(state.data.annotations.filter((a) => !a.orphaned), text);
    const textChanged = new Set(state.data.annotations.filter((a) => !a.orphaned && quoteTextChanged(text, a.target)).map((a) => a.id));
    const flagsChanged = textChanged.size !== state.textChanged.size || [...textChanged].some((id) => !state.textChanged.has(id));
    state.textChanged = textChanged;
    if (flagsChanged || collapsed > 0) this.changeEmitter.fire(document.uri);
    const updates = state.data.annotations.map((a) => ({ id: a.id, start: a.target.start, end: a.target.end, orphaned: !!a.orphaned }));
    void this.storeAnchors(state, updates, 'saved');
  }

  /** One message when a sidecar turns invalid: its annotations are not silently gone. */
  private reportInvalid(state: ArticleAnnotations): void {
    const problem = state.problems[0];
    const where = problem ? ` (line ${problem.line}, column ${problem.column}: ${problem.message})` : '';
    const shown = state.fromLastGoodRead
      ? `Its ${state.data.annotations.length} annotation(s) are shown read-only from the last good read until it is fixed.`
      : 'Its annotations cannot be shown until it is fixed.';
    this.log.warn(`invalid sidecar ${state.sidecarUri.fsPath}${where}`);
    void vscode.window
      .showWarningMessage(`Sourcemark cannot read ${vscode.workspace.asRelativePath(state.sidecarUri)}${where}. ${shown} It will not be written.`, 'Open Sidecar')
      .then((choice) => {
        if (choice) void vscode.window.showTextDocument(state.sidecarUri);
      });
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
