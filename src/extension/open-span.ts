/** Opens an article at a span: the one way entity mentions, figures and search previews reach the text. */
import * as vscode from 'vscode';
import { uriForPath } from './workspace-uri';
import { Span } from '../core/recognition/types';
import { toRange } from './convert';

/** Command arguments of `sourcemark.openSpan` (JSON-safe, for hover links). */
export interface SpanRef {
  path: string;
  start: number;
  end: number;
}

export const OPEN_SPAN_COMMAND = 'sourcemark.openSpan';

/** Shows the article with the span selected and in view. */
export async function openSpan(
  uri: vscode.Uri,
  span: Span,
  options: { preview?: boolean; preserveFocus?: boolean } = {},
): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const range = toRange(document, span);
  const editor = await vscode.window.showTextDocument(document, { preview: options.preview ?? true, preserveFocus: options.preserveFocus, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerOpenSpan(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SPAN_COMMAND, (ref: SpanRef) => openSpan(uriForPath(ref.path), ref)),
  );
}
