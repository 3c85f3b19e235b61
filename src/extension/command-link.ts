/** The one helper that builds `command:` links for trusted Markdown (GitLens' pattern). */
import * as vscode from 'vscode';

/**
 * `command:id?args` with JSON arguments, safe inside a Markdown link target: encodeURIComponent leaves
 * parentheses alone, and a `)` from an id or a path would end the link there.
 */
export function commandUri(command: string, ...args: unknown[]): string {
  const query = args.length > 0 ? `?${encodeURIComponent(JSON.stringify(args)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}` : '';
  return `command:${command}${query}`;
}

/** Markdown that may run only the listed commands. */
export function trustedMarkdown(text: string, enabledCommands: string[]): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(text, true);
  markdown.isTrusted = { enabledCommands };
  return markdown;
}
