/** Status bar item for the active article: counts, or why it was skipped; click lists the mentions. */
import * as vscode from 'vscode';
import { isFigure, Mention, summarizeFigure } from '../core/recognition/describe-mention';
import { ArticleRecognition, ArticleState } from './article-recognition';
import { isArticleUri } from './article-uri';
import { toRange } from './convert';
import { HighlightDecorations } from './highlight-decorations';
import { TYPE_ICONS } from './type-icons';

const SHOW_MENTIONS_COMMAND = 'sourcemark.showMentions';

export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourcemark.articleStatus', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly articles: ArticleRecognition,
    private readonly decorations: HighlightDecorations,
  ) {
    this.item.name = 'Sourcemark Article';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.update()),
      articles.onDidChange((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sourcemark')) this.update();
      }),
    );
    this.update();
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void this.showUnopenableArticle();
      return;
    }
    this.show(this.articles.stateOf(editor.document));
  }

  /** VS Code shows binary files without a text editor: still say why we skipped the active article. */
  private async showUnopenableArticle(): Promise<void> {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (!(input instanceof vscode.TabInputText) || !isArticleUri(input.uri)) {
      this.item.hide();
      return;
    }
    const reason = await this.articles.skipReasonForFile(input.uri);
    if (vscode.window.activeTextEditor) return; // the user moved on meanwhile
    if (reason) this.show({ kind: 'skipped', message: reason });
    else this.item.hide();
  }

  private show(state: ArticleState): void {
    if (state.kind === 'not-article') {
      this.item.hide();
      return;
    }
    if (state.kind === 'skipped') {
      this.item.text = '$(warning) Sourcemark: skipped';
      this.item.tooltip = `Sourcemark skipped this file: ${state.message}`;
      this.item.command = undefined;
      this.item.accessibilityInformation = { label: `Sourcemark skipped this file: ${state.message}` };
    } else {
      const { entities, figures } = state.recognition;
      const off = this.decorations.highlightsEnabled ? '' : ' $(eye-closed)';
      this.item.text = `$(symbol-field) ${entities.length} entities · ${figures.length} figures${off}`;
      this.item.tooltip = new vscode.MarkdownString(
        `Sourcemark: ${entities.length} entity and ${figures.length} figure mentions in this article. Click to list them.` +
          (off ? '\n\nHighlights are off (Sourcemark: Toggle Highlights).' : ''),
      );
      this.item.command = { command: SHOW_MENTIONS_COMMAND, title: 'List Mentions' };
      // A screen reader would not hear the eye-closed icon: say it.
      this.item.accessibilityInformation = { label: `Sourcemark: ${entities.length} entities and ${figures.length} figures in this article${off ? ', highlights off' : ''}; activate to list them` };
    }
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

interface MentionItem extends vscode.QuickPickItem {
  mention: Mention;
}

/** Quick pick of the active article's mentions; moving previews, accepting selects the span. */
async function showMentions(articles: ArticleRecognition): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const state = editor ? articles.stateOf(editor.document) : undefined;
  if (!editor || state?.kind !== 'recognized') {
    void vscode.window.showInformationMessage('Sourcemark: open an article to list its entities and figures.');
    return;
  }
  const document = editor.document;
  const mentions: Mention[] = [...state.recognition.entities, ...state.recognition.figures].sort((a, b) => a.start - b.start);
  const items: MentionItem[] = mentions.map((mention) => ({
    label: `$(${TYPE_ICONS[mention.type]}) ${mention.text}`,
    description: isFigure(mention) ? summarizeFigure(mention) : mention.type,
    detail: `line ${document.positionAt(mention.start).line + 1}`,
    mention,
  }));
  const originalSelection = editor.selection;
  const pick = vscode.window.createQuickPick<MentionItem>();
  pick.items = items;
  pick.matchOnDescription = true;
  pick.placeholder = `${state.recognition.entities.length} entities, ${state.recognition.figures.length} figures: type to filter`;
  const reveal = (item: MentionItem | undefined) => {
    if (!item) return;
    const range = toRange(document, item.mention);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  let accepted = false;
  pick.onDidChangeActive((active) => reveal(active[0]));
  pick.onDidAccept(() => {
    accepted = true;
    reveal(pick.selectedItems[0]);
    pick.hide();
  });
  pick.onDidHide(() => {
    if (!accepted) editor.selection = originalSelection;
    pick.dispose();
  });
  pick.show();
}

export function registerArticleStatus(
  context: vscode.ExtensionContext,
  articles: ArticleRecognition,
  decorations: HighlightDecorations,
): ArticleStatus {
  const status = new ArticleStatus(articles, decorations);
  context.subscriptions.push(status, vscode.commands.registerCommand(SHOW_MENTIONS_COMMAND, () => showMentions(articles)));
  return status;
}
