/** Typed access to the `sourcemark.*` settings declared in package.json. */
import * as vscode from 'vscode';
import { DEFAULT_CONTRADICTION_OPTIONS } from '../core/ledger/find-contradictions';

export interface SourcemarkConfig {
  /** Glob of article files, relative to the workspace folder. */
  articlesInclude: string;
  /** Articles larger than this are skipped. */
  maxFileSizeBytes: number;
  highlightsEnabled: boolean;
  /** Delay after the last keystroke before highlights are refreshed. */
  highlightsDelayMs: number;
  /** Publication dates further apart than this are not compared in the figure ledger. */
  ledgerWindowDays: number;
}

export function readConfig(scope?: vscode.ConfigurationScope): SourcemarkConfig {
  const config = vscode.workspace.getConfiguration('sourcemark', scope);
  return {
    articlesInclude: config.get<string>('articles.include', '**/*.{txt,md}'),
    maxFileSizeBytes: Math.round(config.get<number>('articles.maxFileSizeMB', 4) * 1024 * 1024),
    highlightsEnabled: config.get<boolean>('highlights.enabled', true),
    highlightsDelayMs: config.get<number>('highlights.delay', 150),
    ledgerWindowDays: Math.max(0, config.get<number>('ledger.windowDays', DEFAULT_CONTRADICTION_OPTIONS.windowDays)),
  };
}

export async function setHighlightsEnabled(enabled: boolean): Promise<void> {
  const config = vscode.workspace.getConfiguration('sourcemark');
  const inspected = config.inspect<boolean>('highlights.enabled');
  // Keep the toggle where the user set it: workspace if set there, otherwise user settings.
  const target =
    inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('highlights.enabled', enabled, target);
}
