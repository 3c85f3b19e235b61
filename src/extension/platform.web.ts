/** The web worker extension host's platform (browser bundle only; see platform.ts): no Node, files through workspace.fs. */
import * as vscode from 'vscode';
import type { FileStore } from '../core/sidecar/file-store';
import { WorkspaceFileStore } from './workspace-file-store';
import { uriForPath } from './workspace-uri';

export const fileStore: FileStore = new WorkspaceFileStore(vscode.workspace.fs, uriForPath);
