/** The one helper that builds `command:` links for trusted Markdown (GitLens' pattern). */
import * as vscode from 'vscode';

/** `command:id?args` with JSON arguments, safe inside a Markdown link target. */
export function commandUri(command: string, ...args: unknown[]): string {
  const query = args.length > 0 ? `?${encodeURIComponent(JSON.stringify(args))}` : '';
  return `command:${command}${query}`;
}

/** Markdown that may run only the listed commands. */
export function trustedMarkdown(text: string, enabledCommands: string[]): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(text, true);
  markdown.isTrusted = { enabledCommands };
  return markdown;
}
