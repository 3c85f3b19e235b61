/** Shows annotated spans in the editor (outline and gutter mark) with a hover card and command links. */
import * as vscode from 'vscode';
import { workspaceFileSelector } from './workspace-uri';
import { Annotation } from '../core/sidecar/annotation';
import { annotationCard } from '../core/cards/annotation-card';
import { attributionCardLine } from '../core/attribution/attribution-card';
import { findAttribution } from '../core/attribution/find-attribution';
import { AnnotationService, ArticleAnnotations } from './annotation-service';
import { commandUri, trustedMarkdown } from './command-link';
import { toRange } from './convert';

export const ANNOTATION_LINK_COMMANDS = ['sourcemark.editAnnotation', 'sourcemark.retagAnnotation', 'sourcemark.deleteAnnotation', 'sourcemark.openSidecar'];

/** Arguments of the commands that act on one annotation (from hovers, tree items and links). */
export interface AnnotationRef {
  article: string;
  id: string;
}

export function annotationRef(articleUri: vscode.Uri, id: string): AnnotationRef {
  return { article: articleUri.toString(), id };
}

/** The hover card of an annotation, with its actions as command links. */
function annotationHover(document: vscode.TextDocument, annotation: Annotation, state: ArticleAnnotations): string {
  const ref = annotationRef(document.uri, annotation.id);
  // Who the article says said it, next to the attribution the analyst recorded.
  const stated = annotation.kind === 'claim' && !annotation.orphaned ? attributionCardLine(findAttribution(document.getText(), annotation.target)) : '';
  return annotationCard(
    annotation,
    state.data.source,
    {
      edit: commandUri('sourcemark.editAnnotation', ref),
      retag: commandUri('sourcemark.retagAnnotation', ref),
      delete: commandUri('sourcemark.deleteAnnotation', ref),
      openSidecar: commandUri('sourcemark.openSidecar', ref),
    },
    { textChanged: state.textChanged.has(annotation.id), stated },
  );
}

export class AnnotationDecorations implements vscode.Disposable, vscode.HoverProvider {
  private readonly claimType: vscode.TextEditorDecorationType;
  private readonly noteType: vscode.TextEditorDecorationType;
  private readonly claimGutterType: vscode.TextEditorDecorationType;
  private readonly noteGutterType: vscode.TextEditorDecorationType;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly annotations: AnnotationService,
    extensionUri: vscode.Uri,
  ) {
    const span = (color: string): vscode.DecorationRenderOptions => ({
      border: '1px dashed',
      borderColor: new vscode.ThemeColor(color),
      borderRadius: '2px',
      overviewRulerColor: new vscode.ThemeColor(color),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    // The gutter mark is a separate type painted at the span's start only: one mark per annotation,
    // not one per wrapped line.
    const gutter = (icon: string): vscode.DecorationRenderOptions => ({
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', icon),
      gutterIconSize: '80%',
    });
    this.claimType = vscode.window.createTextEditorDecorationType(span('sourcemark.claimBorder'));
    this.noteType = vscode.window.createTextEditorDecorationType(span('sourcemark.noteBorder'));
    this.claimGutterType = vscode.window.createTextEditorDecorationType(gutter('claim.svg'));
    this.noteGutterType = vscode.window.createTextEditorDecorationType(gutter('note.svg'));
    this.subscriptions.push(
      this.claimType,
      this.noteType,
      this.claimGutterType,
      this.noteGutterType,
      annotations.onDidChange((uri) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.fsPath === uri.fsPath) this.paint(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.paint(editor))),
    );
    vscode.window.visibleTextEditors.forEach((editor) => this.paint(editor));
  }

  /** Annotations whose live span contains the offset. */
  annotationsAt(document: vscode.TextDocument, offset: number): Annotation[] {
    const state = this.annotations.get(document.uri);
    return (state?.data.annotations ?? []).filter((a) => !a.orphaned && a.target.start <= offset && offset <= a.target.end);
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = this.annotationsAt(document, document.offsetAt(position));
    const state = this.annotations.get(document.uri);
    if (found.length === 0 || !state) return undefined;
    const markdown = trustedMarkdown(found.map((a) => annotationHover(document, a, state)).join('\n\n---\n\n'), ANNOTATION_LINK_COMMANDS);
    return new vscode.Hover(markdown, toRange(document, found[0].target));
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private paint(editor: vscode.TextEditor): void {
    const state = this.annotations.get(editor.document.uri);
    const live = (state?.data.annotations ?? []).filter((a) => !a.orphaned);
    const ranges = (kind: string) => live.filter((a) => a.kind === kind).map((a) => toRange(editor.document, a.target));
    const starts = (ranges: vscode.Range[]) => ranges.map((range) => new vscode.Range(range.start, range.start));
    const claims = ranges('claim');
    const notes = ranges('note');
    editor.setDecorations(this.claimType, claims);
    editor.setDecorations(this.noteType, notes);
    editor.setDecorations(this.claimGutterType, starts(claims));
    editor.setDecorations(this.noteGutterType, starts(notes));
  }
}

export function registerAnnotationDecorations(
  context: vscode.ExtensionContext,
  annotations: AnnotationService,
): AnnotationDecorations {
  const decorations = new AnnotationDecorations(annotations, context.extensionUri);
  context.subscriptions.push(decorations, vscode.languages.registerHoverProvider(workspaceFileSelector(), decorations));
  return decorations;
}
