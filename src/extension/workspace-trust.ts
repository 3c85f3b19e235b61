/**
 * Restricted Mode (an untrusted workspace): highlighting, hovers and the views work read-only; anything
 * that writes a sidecar needs the analyst to trust the folder first.
 */
import * as vscode from 'vscode';

export const MANAGE_TRUST = 'Manage Workspace Trust';

/** True when sidecars may be written; otherwise says why not and offers to manage trust. */
export function canWriteSidecars(action: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window
    .showInformationMessage(
      `Sourcemark cannot ${action} in Restricted Mode: annotations are read-only until you trust this workspace.`,
      MANAGE_TRUST,
    )
    .then((choice) => {
      if (choice === MANAGE_TRUST) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  return false;
}
