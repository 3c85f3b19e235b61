/**
 * Problems panel entries for sidecars (parse and schema errors, read-only versions, missing articles), orphaned
 * annotations (quick fix: re-attach to the selection) and annotations whose text changed (quick fix: update the quote).
 */
import * as vscode from 'vscode';
import { uriForPath, workspaceFileSelector } from './workspace-uri';
import { sidecarPathFor } from '../core/sidecar/sidecar-paths';
import { AnnotationService, ArticleAnnotations } from './annotation-service';
import { shorten } from './annotation-commands';
import { annotationRef } from './annotation-decorations';
import { openDocumentFor } from './read-article-text';

const SOURCE = 'Sourcemark';
const ORPHAN_CODE = 'orphaned-annotation';
const TEXT_CHANGED_CODE = 'quote-text-changed';
export const UPDATE_QUOTE_TITLE = 'Update quote to the current text';

function problemRange(line: number, column: number): vscode.Range {
  const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  return new vscode.Range(position, position.translate(0, 1));
}

/** Diagnostics for one article and its sidecar, from the annotation state alone. */
function diagnosticsFor(state: ArticleAnnotations, article: vscode.TextDocument | undefined): { sidecar: vscode.Diagnostic[]; article: vscode.Diagnostic[] } {
  const sidecar: vscode.Diagnostic[] = state.problems.map((problem) => {
    const diagnostic = new vscode.Diagnostic(
      problemRange(problem.line, problem.column),
      state.status === 'invalid' ? `${problem.message} ${invalidConsequence(state)}` : problem.message,
      state.status === 'invalid' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = SOURCE;
    return diagnostic;
  });
  if (state.articleMissing) {
    const diagnostic = new vscode.Diagnostic(
      problemRange(1, 1),
      `The article ${vscode.workspace.asRelativePath(state.articleUri)} is gone: these annotations are kept but orphaned. Restore or rename the article back, or move this file beside it.`,
      vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = SOURCE;
    sidecar.push(diagnostic);
  }
  const orphans: vscode.Diagnostic[] = [];
  for (const annotation of state.data.annotations) {
    if (!annotation.orphaned && state.textChanged.has(annotation.id) && article) {
      const range = new vscode.Range(article.positionAt(annotation.target.start), article.positionAt(annotation.target.end));
      const diagnostic = new vscode.Diagnostic(
        range,
        `Text changed under ${annotation.kind} ${annotation.id}: it now reads “${shorten(article.getText(range), 80)}”, its stored quote is “${shorten(annotation.target.quote, 80)}”. The quote is kept until you update it.`,
        vscode.DiagnosticSeverity.Information,
      );
      diagnostic.source = SOURCE;
      diagnostic.code = TEXT_CHANGED_CODE;
      orphans.push(diagnostic);
    }
    if (!annotation.orphaned) continue;
    // Where the quote used to be (clamped by positionAt); the first line when the article is not open.
    const line = article ? article.positionAt(annotation.target.start).line : 0;
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(line, 0, line, 0),
      `Orphaned ${annotation.kind} ${annotation.id} "${annotation.text}": its quote “${annotation.target.quote.slice(0, 80)}” is no longer in the article. Select the text it refers to and use the quick fix to re-attach it.`,
      vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = SOURCE;
    diagnostic.code = ORPHAN_CODE;
    orphans.push(diagnostic);
  }
  return { sidecar, article: orphans };
}

function invalidConsequence(state: ArticleAnnotations): string {
  const kept = state.fromLastGoodRead ? ` Its ${state.data.annotations.length} annotation(s) are shown read-only from the last good read.` : '';
  return `Sourcemark will not write to this file until it is fixed.${kept}`;
}

export class AnnotationDiagnostics implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('sourcemark');
  private readonly subscriptions: vscode.Disposable[] = [this.collection];

  constructor(private readonly annotations: AnnotationService) {
    this.subscriptions.push(annotations.onDidChange((uri) => this.refresh(uri)));
    for (const state of annotations.all()) this.refresh(state.articleUri);
  }

  refresh(articleUri: vscode.Uri): void {
    const state = this.annotations.get(articleUri);
    const sidecarUri = uriForPath(sidecarPathFor(articleUri.fsPath));
    if (!state) {
      this.collection.delete(articleUri);
      this.collection.delete(sidecarUri);
      return;
    }
    const { sidecar, article } = diagnosticsFor(state, openDocumentFor(articleUri));
    this.collection.set(state.sidecarUri, sidecar);
    this.collection.set(articleUri, article);
  }

  /**
   * On an annotation whose text changed, offer to take the current text as its quote; with text selected in an
   * article that has orphans, offer to re-attach each of them there.
   */
  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const state = this.annotations.get(document.uri);
    if (!state) return [];
    const diagnostics = this.collection.get(document.uri) ?? [];
    const changed = state.data.annotations.filter((a) => !a.orphaned && state.textChanged.has(a.id));
    const actions = changed
      .filter((a) => range.intersection(new vscode.Range(document.positionAt(a.target.start), document.positionAt(a.target.end))))
      .map((annotation) => {
        const action = new vscode.CodeAction(UPDATE_QUOTE_TITLE, vscode.CodeActionKind.QuickFix);
        action.command = { command: 'sourcemark.updateQuote', title: UPDATE_QUOTE_TITLE, arguments: [annotationRef(document.uri, annotation.id)] };
        action.diagnostics = diagnostics.filter((d) => d.code === TEXT_CHANGED_CODE && d.message.includes(annotation.id));
        action.isPreferred = true;
        return action;
      });
    const orphans = state.data.annotations.filter((a) => a.orphaned);
    if (orphans.length === 0 || range.isEmpty) return actions;
    return actions.concat(orphans.map((annotation) => {
      const action = new vscode.CodeAction(`Re-attach ${annotation.kind} "${annotation.text.slice(0, 50)}" to the selection`, vscode.CodeActionKind.QuickFix);
      action.command = { command: 'sourcemark.reattachAnnotation', title: 'Re-attach', arguments: [annotationRef(document.uri, annotation.id)] };
      action.diagnostics = diagnostics.filter((d) => d.code === ORPHAN_CODE && d.message.includes(annotation.id));
      return action;
    }));
  }

  /** The current diagnostics of a file (for tests). */
  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export function registerAnnotationDiagnostics(context: vscode.ExtensionContext, annotations: AnnotationService): AnnotationDiagnostics {
  const diagnostics = new AnnotationDiagnostics(annotations);
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerCodeActionsProvider(workspaceFileSelector(), diagnostics, {
      providedCodeActionKinds: AnnotationDiagnostics.providedCodeActionKinds,
    }),
  );
  return diagnostics;
}
