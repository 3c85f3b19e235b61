/** Status bar item with the active article's outlet and Admiralty grade; click to set them. */
import * as vscode from 'vscode';
import { escapeMarkdown } from '../core/recognition/describe-mention';
import { describeGrade, gradeCode } from '../core/sidecar/source-grade';
import { ArticleRecognition } from './article-recognition';
import { AnnotationService } from './annotation-service';

export class SourceStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourcemark.sourceStatus', vscode.StatusBarAlignment.Right, 101);
  private readonly subscriptions: vscode.Disposable[] = [this.item];

  constructor(
    private readonly annotations: AnnotationService,
    private readonly articles: ArticleRecognition,
  ) {
    this.item.name = 'Sourcemark Source';
    this.item.command = 'sourcemark.setSource';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      annotations.onDidChange(() => this.update()),
    );
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.articles.isArticle(document)) {
      this.item.hide();
      return;
    }
    const source = this.annotations.get(document.uri)?.data.source;
    const code = source && gradeCode(source);
    // The outlet in the status text too: `$(...)` in it would render as an icon.
    const outlet = source?.outlet?.replace(/\$\(/g, '$\u200b(');
    this.item.text = outlet || code ? `$(shield) ${[outlet, code].filter(Boolean).join(' · ')}` : '$(shield) Set source';
    // Every field comes from the sidecar, written by anyone: escaped, so it shows as text and never as a link or image.
    const lines = source
      ? [
          `**${escapeMarkdown(source.outlet ?? 'Unknown outlet')}**`,
          source.author && `by ${escapeMarkdown(source.author)}`,
          source.published && `published ${escapeMarkdown(String(source.published))}`,
          source.url && escapeMarkdown(source.url),
          `Grade: ${escapeMarkdown(describeGrade(source))}`,
        ]
      : ['No source metadata for this article yet.'];
    this.item.tooltip = new vscode.MarkdownString([...lines.filter(Boolean), '', 'Click to set outlet, URL, author, date and grade.'].join('\n\n'));
    this.item.accessibilityInformation = { label: `Source: ${source?.outlet ?? 'no outlet set'}, grade ${describeGrade(source ?? {})}; activate to set the source and grade` };
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export function registerSourceStatus(
  context: vscode.ExtensionContext,
  annotations: AnnotationService,
  articles: ArticleRecognition,
): SourceStatus {
  const status = new SourceStatus(annotations, articles);
  context.subscriptions.push(status);
  return status;
}
