/** The one place where core's UTF-16 offsets become VS Code ranges and back. */
import * as vscode from 'vscode';
import { Span } from '../core/recognition/types';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
