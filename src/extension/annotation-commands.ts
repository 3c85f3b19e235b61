/** Commands that create and change annotations and source metadata: palette, context menu, hover links, tree. */
import * as vscode from 'vscode';
import { isWorkspaceFileUri } from './workspace-uri';
import { sentenceAround } from '../core/article/sentence-around';
import { Annotation, AnnotationKind, Credibility, Reliability, SourceMetadata } from '../core/sidecar/annotation';
import { describeGrade, CREDIBILITY_LABELS, RELIABILITY_LABELS } from '../core/sidecar/source-grade';
import { ArticleRecognition } from './article-recognition';
import { AnnotationRef } from './annotation-decorations';
import { AnnotationInput, askForAnnotation } from './annotation-input';
import { AnnotationService } from './annotation-service';
import { toSpan } from './convert';
import { openDocumentFor } from './read-article-text';
import { canWriteSidecars } from './workspace-trust';

interface Resolved {
  articleUri: vscode.Uri;
  annotation: Annotation;
}

export class AnnotationCommands {
  constructor(
    private readonly annotations: AnnotationService,
    private readonly articles: ArticleRecognition,
  ) {}

  /**
   * Adds a claim or note for the selection (or the sentence at the cursor). With `preset` (from a
   * keybinding's or another extension's arguments) nothing is asked.
   */
  async add(kind: AnnotationKind, preset?: AnnotationInput): Promise<Annotation | undefined> {
    if (!canWriteSidecars(`add a ${kind}`)) return undefined;
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.articles.isArticle(editor.document) || !isWorkspaceFileUri(editor.document.uri)) {
      void vscode.window.showInformationMessage('Sourcemark: open an article file and select the text the claim rests on.');
      return undefined;
    }
    const document = editor.document;
    const text = document.getText();
    let span = toSpan(document, editor.selection);
    if (span.start === span.end) span = sentenceAround(text, span.start);
    if (span.start === span.end) {
      void vscode.window.showInformationMessage('Sourcemark: select the text the claim rests on.');
      return undefined;
    }
    const state = this.articles.stateOf(document);
    const inside = <T extends { start: number; end: number }>(mentions: T[]) => mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    const entities = state.kind === 'recognized' ? inside(state.recognition.entities) : [];
    const figures = state.kind === 'recognized' ? inside(state.recognition.figures) : [];
    const sources = entities.filter((e) => e.type === 'organization' || e.type === 'person').map((e) => e.text);
    const label = kind === 'claim' ? 'Claim' : 'Note';
    const input = preset ?? (await askForAnnotation({
      kind,
      title: `Add ${label}`,
      initial: { text: text.slice(span.start, span.end).replace(/\s+/g, ' ').trim(), tags: [] },
      knownTags: this.annotations.knownTags(),
      suggestedAttributions: [...sources, ...this.annotations.knownAttributions()],
    }));
    if (!input) return undefined;
    const added = await this.annotations.add(document, span, kind, {
      ...input,
      entities: [...new Set(entities.map((e) => e.key))],
      figures: [...new Set(figures.map((f) => f.text))],
    });
    if (added) vscode.window.setStatusBarMessage(`$(check) ${label} ${added.id} saved to ${vscode.workspace.asRelativePath(this.annotations.get(document.uri)!.sidecarUri)}`, 4000);
    return added;
  }

  async edit(ref?: AnnotationRef): Promise<void> {
    if (!canWriteSidecars('edit annotations')) return;
    const found = await this.resolve(ref, 'edit');
    if (!found) return;
    const { articleUri, annotation } = found;
    const input = await askForAnnotation({
      kind: annotation.kind,
      title: `Edit ${annotation.kind === 'claim' ? 'Claim' : 'Note'} ${annotation.id}`,
      initial: { text: annotation.text, attribution: annotation.attribution, tags: annotation.tags },
      knownTags: this.annotations.knownTags(),
      suggestedAttributions: this.annotations.knownAttributions(),
    });
    if (input) await this.annotations.update(articleUri, annotation.id, { text: input.text, attribution: input.attribution, tags: input.tags });
  }

  async retag(ref?: AnnotationRef): Promise<void> {
    if (!canWriteSidecars('retag annotations')) return;
    const found = await this.resolve(ref, 'retag');
    if (!found) return;
    const known = [...new Set([...found.annotation.tags, ...this.annotations.knownTags()])];
    const picked = await vscode.window.showQuickPick(
      known.map((tag) => ({ label: tag, picked: found.annotation.tags.includes(tag) })),
      { canPickMany: true, title: `Tags of ${found.annotation.id}`, placeHolder: 'Pick tags (use Edit to type new ones)' },
    );
    if (picked) await this.annotations.update(found.articleUri, found.annotation.id, { tags: picked.map((item) => item.label) });
  }

  /** Asks first; afterwards offers Undo, which restores the block. */
  async delete(ref?: AnnotationRef): Promise<void> {
    if (!canWriteSidecars('delete annotations')) return;
    const found = await this.resolve(ref, 'delete');
    if (!found) return;
    const { articleUri, annotation } = found;
    const kind = annotation.kind === 'claim' ? 'claim' : 'note';
    const confirmed = await vscode.window.showWarningMessage(
      `Delete the ${kind} "${shorten(annotation.text)}"?`,
      { modal: true, detail: 'It is removed from the sidecar file. You can undo right after.' },
      'Delete',
    );
    if (confirmed !== 'Delete') return;
    const removed = await this.annotations.delete(articleUri, annotation.id);
    if (!removed) return;
    const choice = await vscode.window.showInformationMessage(`Deleted ${kind} ${removed.id}.`, 'Undo');
    if (choice === 'Undo') await this.annotations.restore(articleUri, removed);
  }

  async openSidecar(ref?: AnnotationRef): Promise<void> {
    const articleUri = ref ? vscode.Uri.parse(ref.article) : vscode.window.activeTextEditor?.document.uri;
    const state = articleUri && this.annotations.get(articleUri);
    if (!state) {
      void vscode.window.showInformationMessage('Sourcemark: this article has no sidecar yet. Add a claim or set its source to create one.');
      return;
    }
    const document = await vscode.workspace.openTextDocument(state.sidecarUri);
    const editor = await vscode.window.showTextDocument(document);
    const index = ref ? document.getText().search(new RegExp(`id:\\s*['"]?${ref.id.replace(/[^\w-]/g, '')}\\b`)) : -1;
    if (index >= 0) {
      const position = document.positionAt(index);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }
  }

  /** Anchors an orphaned annotation to the current selection. */
  async reattach(ref?: AnnotationRef): Promise<void> {
    if (!canWriteSidecars('re-attach annotations')) return;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage('Sourcemark: select the text in the article that the annotation should point to, then re-attach it.');
      return;
    }
    const state = this.annotations.get(editor.document.uri);
    const orphans = (state?.data.annotations ?? []).filter((a) => a.orphaned);
    let id = ref?.id;
    if (!id) {
      const picked = await vscode.window.showQuickPick(
        orphans.map((a) => ({ label: shorten(a.text), description: a.id, detail: `was: “${shorten(a.target.quote)}”`, id: a.id })),
        { title: 'Re-attach which orphaned annotation to the selection?' },
      );
      id = picked?.id;
    }
    if (!id) return;
    await this.annotations.reattach(editor.document, id, toSpan(editor.document, editor.selection));
  }

  /** Takes the text now at an annotation's span as its quote (the quick fix of a "text changed" problem). */
  async updateQuote(ref?: AnnotationRef): Promise<void> {
    if (!canWriteSidecars('update quotes')) return;
    const found = await this.resolve(ref, 'update the quote of');
    if (!found) return;
    const document = openDocumentFor(found.articleUri) ?? (await vscode.workspace.openTextDocument(found.articleUri));
    if (found.annotation.orphaned || !(await this.annotations.updateQuote(document, found.annotation.id))) {
      void vscode.window.showInformationMessage(`Sourcemark: the quote of ${found.annotation.id} was not updated: its span is not in the open article (orphaned or still loading).`);
    }
  }

  /** Asks for each source field in turn, prefilled; an empty answer clears the field. */
  async setSource(): Promise<void> {
    if (!canWriteSidecars('set the source of an article')) return;
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.articles.isArticle(editor.document) || !isWorkspaceFileUri(editor.document.uri)) {
      void vscode.window.showInformationMessage('Sourcemark: open an article to set its source.');
      return;
    }
    const articleUri = editor.document.uri;
    const current: SourceMetadata = this.annotations.get(articleUri)?.data.source ?? {};
    const patch: Partial<SourceMetadata> = {};
    const fields: [keyof SourceMetadata, string, ((value: string) => string | undefined)?][] = [
      ['outlet', 'Outlet (e.g. Yonhap, The Korea Times)'],
      ['url', 'URL of the article', (v) => (!v || /^https?:\/\/\S+$/.test(v) ? undefined : 'Enter an http(s) URL or leave empty.')],
      ['author', 'Author(s)'],
      ['published', 'Publication date (YYYY-MM-DD)', (v) => (!v || /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : 'Use YYYY-MM-DD or leave empty.')],
      ['language', 'Language (e.g. en, ko, uk)'],
    ];
    const steps = fields.length + 2;
    for (const [index, [key, prompt, validateInput]] of fields.entries()) {
      const value = await vscode.window.showInputBox({
        title: `Source of ${vscode.workspace.asRelativePath(articleUri)} (${index + 1}/${steps})`,
        prompt,
        value: current[key] === undefined ? '' : String(current[key]),
        ignoreFocusOut: true,
        validateInput,
      });
      if (value === undefined) return;
      (patch as Record<string, string | undefined>)[key] = value.trim() || undefined;
    }
    const reliability = await vscode.window.showQuickPick(
      (Object.keys(RELIABILITY_LABELS) as Reliability[]).map((grade) => ({ label: grade, description: RELIABILITY_LABELS[grade], picked: grade === current.reliability })),
      { title: `Source reliability (${steps - 1}/${steps})`, placeHolder: `Admiralty scale: how reliable is the source? (now: ${current.reliability ?? 'not graded'})`, ignoreFocusOut: true },
    );
    if (!reliability) return;
    const credibility = await vscode.window.showQuickPick(
      (Object.keys(CREDIBILITY_LABELS).map(Number) as Credibility[]).map((grade) => ({ label: String(grade), description: CREDIBILITY_LABELS[grade] })),
      { title: `Information credibility (${steps}/${steps})`, placeHolder: `Admiralty scale: how credible is the information? (now: ${current.credibility ?? 'not graded'})`, ignoreFocusOut: true },
    );
    if (!credibility) return;
    patch.reliability = reliability.label as Reliability;
    patch.credibility = Number(credibility.label) as Credibility;
    if (await this.annotations.setSource(articleUri, patch)) {
      vscode.window.setStatusBarMessage(`$(check) Source saved: ${describeGrade(patch)}`, 4000);
    }
  }

  /** An annotation from command arguments, from the cursor, or picked from the active article's list. */
  private async resolve(ref: AnnotationRef | undefined, verb: string): Promise<Resolved | undefined> {
    if (ref?.article && ref.id) {
      const articleUri = vscode.Uri.parse(ref.article);
      const annotation = this.annotations.get(articleUri)?.data.annotations.find((a) => a.id === ref.id);
      if (annotation) return { articleUri, annotation };
      void vscode.window.showWarningMessage(`Sourcemark: annotation ${ref.id} no longer exists.`);
      return undefined;
    }
    const editor = vscode.window.activeTextEditor;
    const state = editor && this.annotations.get(editor.document.uri);
    if (!editor || !state || state.data.annotations.length === 0) {
      void vscode.window.showInformationMessage(`Sourcemark: nothing to ${verb}: this article has no annotations.`);
      return undefined;
    }
    const offset = editor.document.offsetAt(editor.selection.active);
    const under = state.data.annotations.filter((a) => !a.orphaned && a.target.start <= offset && offset <= a.target.end);
    if (under.length === 1) return { articleUri: editor.document.uri, annotation: under[0] };
    const candidates = under.length > 1 ? under : state.data.annotations;
    const picked = await vscode.window.showQuickPick(
      candidates.map((a) => ({ label: shorten(a.text), description: `${a.kind} ${a.id}${a.orphaned ? ' (orphaned)' : ''}`, detail: a.attribution, annotation: a })),
      { title: `Which annotation to ${verb}?` },
    );
    return picked && { articleUri: editor.document.uri, annotation: picked.annotation };
  }
}

/** One line of at most `length` characters, whitespace collapsed. */
export function shorten(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

export function registerAnnotationCommands(
  context: vscode.ExtensionContext,
  annotations: AnnotationService,
  articles: ArticleRecognition,
): AnnotationCommands {
  const commands = new AnnotationCommands(annotations, articles);
  context.subscriptions.push(
    vscode.commands.registerCommand('sourcemark.addClaim', (preset?: AnnotationInput) => commands.add('claim', asInput(preset))),
    vscode.commands.registerCommand('sourcemark.addNote', (preset?: AnnotationInput) => commands.add('note', asInput(preset))),
    vscode.commands.registerCommand('sourcemark.editAnnotation', (ref?: AnnotationRef) => commands.edit(asRef(ref))),
    vscode.commands.registerCommand('sourcemark.retagAnnotation', (ref?: AnnotationRef) => commands.retag(asRef(ref))),
    vscode.commands.registerCommand('sourcemark.deleteAnnotation', (ref?: AnnotationRef) => commands.delete(asRef(ref))),
    vscode.commands.registerCommand('sourcemark.openSidecar', (ref?: AnnotationRef) => commands.openSidecar(asRef(ref))),
    vscode.commands.registerCommand('sourcemark.reattachAnnotation', (ref?: AnnotationRef) => commands.reattach(asRef(ref))),
    vscode.commands.registerCommand('sourcemark.setSource', () => commands.setSource()),
    vscode.commands.registerCommand('sourcemark.updateQuote', (ref?: AnnotationRef) => commands.updateQuote(asRef(ref))),
  );
  return commands;
}

/** Preset fields are accepted only when they have the right shape (arguments come from keybindings.json). */
function asInput(value: unknown): AnnotationInput | undefined {
  const candidate = value as Partial<AnnotationInput> | undefined;
  if (typeof candidate?.text !== 'string' || !candidate.text.trim()) return undefined;
  const tags = Array.isArray(candidate.tags) ? candidate.tags.filter((tag): tag is string => typeof tag === 'string') : [];
  const attribution = typeof candidate.attribution === 'string' && candidate.attribution.trim() ? candidate.attribution : undefined;
  return { text: candidate.text.trim(), attribution, tags };
}

/** Tree items pass themselves; links and code actions pass an AnnotationRef. */
export function asRef(value: unknown): AnnotationRef | undefined {
  const candidate = value as { ref?: AnnotationRef } & Partial<AnnotationRef>;
  if (candidate?.ref) return candidate.ref;
  return candidate?.article && candidate.id ? { article: candidate.article, id: candidate.id } : undefined;
}

