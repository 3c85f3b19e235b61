/** Copy as Citation: “quote” — outlet, date, URL, ready to paste into a report. */
import * as vscode from 'vscode';
import { claimCitation } from '../core/cards/annotation-card';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { asRef } from './annotation-commands';

export function registerCopyCitation(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    // Tree items pass themselves (with a `ref`); links pass an AnnotationRef.
    vscode.commands.registerCommand('sourcemark.copyCitation', async (arg?: unknown) => {
      const ref = asRef(arg);
      const claim = ref && index.articleClaims(vscode.Uri.parse(ref.article).fsPath).find((c) => c.annotation.id === ref.id);
      if (!claim) {
        void vscode.window.showInformationMessage('Sourcemark: pick a claim in the Claims view to copy it as a citation.');
        return;
      }
      await vscode.env.clipboard.writeText(claimCitation(claim));
      vscode.window.setStatusBarMessage('$(check) Citation copied', 3000);
    }),
  );
}
