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
    const state = this.annotations.get(document.uri);
    if (state?.status === 'invalid') {
      // The sidecar does not parse: say so where the analyst looks, and open it on click.
      const problem = state.problems[0];
      this.item.text = '$(warning) Sidecar error';
      this.item.tooltip = [
        `${vscode.workspace.asRelativePath(state.sidecarUri)} cannot be read${problem ? ` (line ${problem.line}, column ${problem.column})` : ''}.`,
        state.fromLastGoodRead ? `Its ${state.data.annotations.length} annotation(s) are shown read-only from the last good read.` : 'Its annotations are hidden until it is fixed.',
        'Click to open it.',
      ].join(' ');
      this.item.command = { command: 'vscode.open', title: 'Open Sidecar', arguments: [state.sidecarUri] };
      this.item.show();
      return;
    }
    this.item.command = 'sourcemark.setSource';
    const source = state?.data.source;
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
