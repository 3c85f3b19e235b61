/**
 * The one way the tree views (Claims, Entities, Figures) decide to refresh. A refresh re-renders every row and
 * disposes the click commands of the rows on screen, so a click landing then only selects. Index changes
 * arrive per keystroke and mostly leave the rows as they were: refresh only when a row would read differently.
 */
import * as vscode from 'vscode';

export class RowsRefresh implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What each group of rows the view drew (the children of one node, by the view's key) read when drawn. */
  private readonly drawn = new Map<string, string>();
  /** Comparisons run one at a time: reading a group's rows may wait for article texts. */
  private queue: Promise<void> = Promise.resolve();

  /**
   * `rowsOf`: what a group's rows would read now, from the view's current data (undefined: the group is gone).
   * `fire`: the view's change event.
   */
  constructor(
    private readonly rowsOf: (group: string) => string | undefined | Promise<string | undefined>,
    private readonly fire: () => void,
    private readonly delayMs: number,
  ) {}

  /** A getChildren handed the view these rows: they are on screen until the next refresh. */
  drew(group: string, signature: string): void {
    this.drawn.set(group, signature);
  }

  /** The data changed: once it has been quiet for the delay, refresh if a row on screen reads differently. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A group that cannot be read (an article gone mid-read) refreshes: stale rows would be worse.
      this.queue = this.queue.then(() => this.compare()).catch(() => this.refreshNow());
    }, this.delayMs);
  }

  /** The rows certainly read differently (a filter, a grouping, a decision): refresh now. */
  refreshNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // The view asks again for the children of the root and of every expanded node, and they are drawn anew.
    this.drawn.clear();
    this.fire();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private async compare(): Promise<void> {
    for (const [group, before] of [...this.drawn]) {
      if ((await this.rowsOf(group)) === before) continue;
      this.refreshNow();
      return;
    }
  }
}

/**
 * What a row shows and does, to compare rebuilt rows with those on screen: label, description, tooltip, icon,
 * state and the click command with its arguments (a row whose click would open another span reads differently).
 */
export function treeItemsSignature(items: readonly vscode.TreeItem[]): string {
  return JSON.stringify(
    items.map((item) => [
      item.id,
      item.label,
      item.description,
      item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip,
      item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : String(item.iconPath),
      item.contextValue,
      item.collapsibleState,
      item.resourceUri?.toString(),
      item.accessibilityInformation?.label,
      item.command?.command,
      item.command?.arguments,
    ]),
  );
}
