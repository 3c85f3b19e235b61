/** Copy as Citation: “quote” — outlet, date, URL, ready to paste into a report. */
import * as vscode from 'vscode';
import { IndexedClaim } from '../core/index/index-types';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { AnnotationRef } from './annotation-decorations';

/** “quote” — outlet (or the article's name), published date, URL; missing parts are left out. */
export function claimCitation(claim: IndexedClaim): string {
  const quote = claim.annotation.target.quote.replace(/\s+/g, ' ').trim();
  const source = claim.source;
  const where = [source?.outlet ?? claim.article, source?.published, source?.url].filter(Boolean).join(', ');
  return `“${quote}” — ${where}`;
}

export function registerCopyCitation(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    // Tree items pass themselves (with a `ref`); links pass an AnnotationRef.
    vscode.commands.registerCommand('sourcemark.copyCitation', async (arg?: { ref?: AnnotationRef } & Partial<AnnotationRef>) => {
      const ref = arg?.ref ?? (arg?.article && arg.id ? { article: arg.article, id: arg.id } : undefined);
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
