/** Information diagnostics on figure spans that contradict another report of the same subject (own collection). */
import * as vscode from 'vscode';
import { toRange } from './convert';
import { LedgerModel } from './ledger-model';
import { openDocumentFor } from './read-article-text';

const LEDGER_DIAGNOSTIC_SOURCE = 'Sourcemark ledger';

/** Offsets to a position in a text that is not open in an editor (an open document converts through toRange). */
function positionIn(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return new vscode.Position(line, offset - lineStart);
}

export class LedgerDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourcemark-ledger');
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: LedgerModel) {
    this.subscription = model.onDidChange(() => this.refresh());
    this.refresh();
  }

  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  refresh(): void {
    const byPath = new Map<string, vscode.Diagnostic[]>();
    for (const subject of this.model.ledger.subjects) {
      if (subject.excluded) continue;
      for (const c of subject.contradictions) {
        for (const [mine, theirs] of [c.reports, [c.reports[1], c.reports[0]]]) {
          const report = subject.reports[mine];
          const other = subject.reports[theirs];
          const range = spanRange(this.model, report.path, report.start, report.end);
          const otherLocation = spanRange(this.model, other.path, other.start, other.end);
          if (!range) continue;
          const diagnostic = new vscode.Diagnostic(range, `${subject.label}: ${c.reason}`, vscode.DiagnosticSeverity.Information);
          diagnostic.source = LEDGER_DIAGNOSTIC_SOURCE;
          diagnostic.code = 'figure-contradiction';
          if (otherLocation) {
            diagnostic.relatedInformation = [
              new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.file(other.path), otherLocation), `“${other.text}” — ${this.model.sourceName(other)}`),
            ];
          }
          const list = byPath.get(report.path) ?? [];
          list.push(diagnostic);
          byPath.set(report.path, list);
        }
      }
    }
    this.collection.clear();
    for (const [path, diagnostics] of byPath) this.collection.set(vscode.Uri.file(path), diagnostics);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

/** The range of a span: from the open document when there is one, else from the text the ledger read. */
function spanRange(model: LedgerModel, path: string, start: number, end: number): vscode.Range | undefined {
  const document = openDocumentFor(vscode.Uri.file(path));
  if (document) return toRange(document, { start, end });
  const text = model.textOf(path);
  return text === undefined ? undefined : new vscode.Range(positionIn(text, start), positionIn(text, end));
}
