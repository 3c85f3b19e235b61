/** `Sourcemark: Export…`: annotations and the figure ledger as W3C Web Annotations, CSV or a Markdown brief. */
import * as vscode from 'vscode';
import { ExportRequest, exportExtension, exportWorkspace } from '../core/export/export-workspace';
import { subjectSummary } from '../core/ledger/build-ledger';
import { LedgerModel } from './ledger-model';
import { uriForPath } from './workspace-uri';
import { Log } from './log';

export const EXPORT_COMMAND = 'sourcemark.export';

interface FormatItem extends vscode.QuickPickItem {
  request: ExportRequest;
  name: string;
}

const FORMATS: FormatItem[] = [
  { label: 'W3C Web Annotations (JSON-LD)', detail: 'Claims and notes with text quote and position selectors, for Hypothesis-style tools.', request: { format: 'jsonld' }, name: 'annotations' },
  { label: 'CSV: claims and notes', detail: 'One row per annotation; tags and entities joined with |.', request: { format: 'csv', table: 'claims' }, name: 'claims' },
  { label: 'CSV: figure reports', detail: 'One row per figure report of the ledger, with its subject and contradictions.', request: { format: 'csv', table: 'figures' }, name: 'figures' },
  { label: 'Markdown brief: workspace', detail: 'Every subject: headline, reports with citations, contradictions.', request: { format: 'markdown' }, name: 'ledger-brief' },
  { label: 'Markdown brief: one subject…', detail: 'Pick a subject of the ledger.', request: { format: 'markdown', subjectId: '' }, name: 'brief' },
];

/** Runs the export for `request` and writes `target`; returns false (after telling the user) when it cannot. */
export async function exportTo(model: LedgerModel, request: ExportRequest, target: vscode.Uri): Promise<boolean> {
  await model.settled();
  const result = exportWorkspace(model.articlesRead, model.ledger, { ...request, sourceIri: (p) => uriForPath(p).toString() });
  if (!result.ok) {
    void vscode.window.showErrorMessage(result.message);
    return false;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  return true;
}

export function registerExportCommand(context: vscode.ExtensionContext, model: LedgerModel, log: Log): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_COMMAND, async (arg?: unknown) => {
      // From a Figures view item (a node) or a link (an id): that subject's brief.
      const subjectId = typeof arg === 'string' ? arg : arg && typeof arg === 'object' && 'subject' in arg ? (arg as { subject: { id: string } }).subject.id : undefined;
      const format = typeof subjectId === 'string' ? FORMATS[4] : await vscode.window.showQuickPick(FORMATS, { title: 'Sourcemark: Export…', placeHolder: 'What to export' });
      if (!format) return;
      const request = { ...format.request };
      if (request.subjectId !== undefined) {
        if (typeof subjectId === 'string') request.subjectId = subjectId;
        else {
          const picked = await vscode.window.showQuickPick(
            model.ledger.subjects.map((s) => ({ label: s.label, description: subjectSummary(s), id: s.id })),
            { placeHolder: 'Brief of which subject?' },
          );
          if (!picked) return;
          request.subjectId = picked.id;
        }
      }
      const active = vscode.window.activeTextEditor?.document.uri;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? (active ? vscode.Uri.joinPath(active, '..') : undefined);
      const suffix = request.subjectId ? `-${request.subjectId.replace(/[^\p{L}\p{N}]+/gu, '-')}` : '';
      const target = await vscode.window.showSaveDialog({
        defaultUri: folder && vscode.Uri.joinPath(folder, `sourcemark-${format.name}${suffix}.${exportExtension(request.format)}`),
        title: 'Export to',
      });
      if (!target) return;
      try {
        if (await exportTo(model, request, target)) {
          const open = await vscode.window.showInformationMessage(`Exported to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
          if (open) await vscode.window.showTextDocument(target);
        }
      } catch (error) {
        log.error(`export to ${target.fsPath} failed`, error);
        const choice = await vscode.window.showErrorMessage(`Sourcemark could not write ${target.fsPath}: ${(error as Error).message}`, 'Show Log');
        if (choice) log.show();
      }
    }),
  );
}
