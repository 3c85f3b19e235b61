/** Paints entities (background) and figures (underline) per type in visible article editors. */
import * as vscode from 'vscode';
import { ENTITY_TYPES, EntityType, FIGURE_TYPES, FigureType, Recognition } from '../core/recognition/types';
import { ArticleRecognition } from './article-recognition';
import { readConfig, setHighlightsEnabled } from './config';
import { toRange } from './convert';

export type HighlightKind = `entity.${EntityType}` | `figure.${FigureType}`;

function createDecorationTypes(): Map<HighlightKind, vscode.TextEditorDecorationType> {
  const types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  for (const type of ENTITY_TYPES) {
    const color = new vscode.ThemeColor(`sourcemark.${type}Background`);
    types.set(
      `entity.${type}`,
      vscode.window.createTextEditorDecorationType({
        backgroundColor: color,
        borderRadius: '3px',
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
  }
  for (const type of FIGURE_TYPES) {
    types.set(
      `figure.${type}`,
      vscode.window.createTextEditorDecorationType({
        borderColor: new vscode.ThemeColor(`sourcemark.${type}Underline`),
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        fontWeight: '600',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
  }
  return types;
}

/** Groups a recognition's mentions into ranges per highlight kind. */
function rangesByKind(document: vscode.TextDocument, recognition: Recognition): Map<HighlightKind, vscode.Range[]> {
  const ranges = new Map<HighlightKind, vscode.Range[]>();
  const add = (kind: HighlightKind, range: vscode.Range) => {
    const list = ranges.get(kind);
    if (list) list.push(range);
    else ranges.set(kind, [range]);
  };
  for (const entity of recognition.entities) add(`entity.${entity.type}`, toRange(document, entity));
  for (const figure of recognition.figures) add(`figure.${figure.type}`, toRange(document, figure));
  return ranges;
}

export class HighlightDecorations implements vscode.Disposable {
  private readonly decorationTypes = createDecorationTypes();
  /** What was last painted per editor, so tests and the status bar can read it back. */
  private readonly painted = new WeakMap<vscode.TextEditor, Map<HighlightKind, vscode.Range[]>>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private enabled = readConfig().highlightsEnabled;

  constructor(private readonly articles: ArticleRecognition) {
    this.subscriptions.push(
      articles.onDidChange((document) => this.schedule(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.paint(editor))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sourcemark.highlights')) {
          this.enabled = readConfig().highlightsEnabled;
          this.paintAll();
        }
      }),
    );
    this.paintAll();
  }

  get highlightsEnabled(): boolean {
    return this.enabled;
  }

  async toggle(): Promise<void> {
    await setHighlightsEnabled(!this.enabled);
  }

  /** The ranges currently painted in an editor, per kind (empty when highlights are off). */
  paintedRanges(editor: vscode.TextEditor): Map<HighlightKind, vscode.Range[]> {
    return this.painted.get(editor) ?? new Map();
  }

  /** Resolves when no repaint is waiting for its debounce. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const type of this.decorationTypes.values()) type.dispose();
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    // While typing, VS Code already shifts the painted ranges with the text; repaint once typing pauses.
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.paint(editor);
      }, readConfig(document.uri).highlightsDelayMs),
    );
  }

  private paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  private paint(editor: vscode.TextEditor): void {
    const state = this.articles.stateOf(editor.document);
    const ranges =
      this.enabled && state.kind === 'recognized' ? rangesByKind(editor.document, state.recognition) : new Map<HighlightKind, vscode.Range[]>();
    if (state.kind === 'not-article' && !this.painted.has(editor)) return;
    for (const [kind, type] of this.decorationTypes) editor.setDecorations(type, ranges.get(kind) ?? []);
    this.painted.set(editor, ranges);
  }
}

export function registerHighlightDecorations(context: vscode.ExtensionContext, articles: ArticleRecognition): HighlightDecorations {
  const decorations = new HighlightDecorations(articles);
  context.subscriptions.push(
    decorations,
    vscode.commands.registerCommand('sourcemark.toggleHighlights', () => decorations.toggle()),
  );
  return decorations;
}
