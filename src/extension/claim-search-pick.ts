/**
 * Search Claims: a quick pick fed by ClaimSearch as the analyst types, previewing each result's span
 * while moving through them (quickinput-sample's quickOpen.ts pattern).
 */
import * as vscode from 'vscode';
import { uriForPath } from './workspace-uri';
import { sourceLabel } from '../core/cards/source-label';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { ClaimSearch, FieldMatch, SearchHit } from '../core/search/claim-search';
import { annotationRef } from './annotation-decorations';
import { SEARCH_CLAIMS_COMMAND } from './card-links';
import { openSpan } from './open-span';

export interface ClaimPickItem extends vscode.QuickPickItem {
  hit: SearchHit;
}

const RESULT_LIMIT = 50;
/** Typing fast should not search for every keystroke. */
const SEARCH_DELAY_MS = 40;
const CONTEXT_CHARS = 40;

export class ClaimSearchPick implements vscode.Disposable {
  private readonly search: ClaimSearch;

  constructor(private readonly index: WorkspaceIndex) {
    this.search = new ClaimSearch(index);
  }

  /** The items the quick pick shows for `query`, best first (also what the integration tests read). */
  items(query: string): ClaimPickItem[] {
    return this.search.search(query, RESULT_LIMIT).map((hit) => {
      const { annotation } = hit.claim;
      const shown = hit.matches.find((match) => match.field !== 'text');
      return {
        label: `${annotation.orphaned ? '$(warning) ' : ''}${annotation.text}`,
        description: [annotation.attribution, sourceLabel(hit.claim.path, this.index)].filter(Boolean).join(' · '),
        detail: shown ? `$(search) ${shown.field}: ${excerpt(shown)}` : `“${annotation.target.quote.replace(/\s+/g, ' ')}”`,
        // VS Code would filter and re-sort our ranked results by its own matching otherwise.
        alwaysShow: true,
        hit,
      };
    });
  }

  /** Opens the quick pick, optionally prefilled (the hover card's "Search claims" link). */
  show(query?: string): void {
    const previous = vscode.window.activeTextEditor;
    const previousSelection = previous?.selection;
    const pick = vscode.window.createQuickPick<ClaimPickItem>();
    pick.title = 'Search Claims';
    pick.placeholder = 'Claim, quote, attribution, entity (any spelling), tag or outlet';
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    let timer: NodeJS.Timeout | undefined;
    let accepted = false;
    let previewed = false;
    const update = () => {
      pick.busy = true;
      clearTimeout(timer);
      timer = setTimeout(() => {
        pick.items = this.items(pick.value);
        pick.busy = false;
      }, SEARCH_DELAY_MS);
    };
    const listeners = [
      pick.onDidChangeValue(update),
      pick.onDidChangeActive(([item]) => {
        const claim = item?.hit.claim;
        if (!claim || claim.annotation.orphaned) return;
        previewed = true;
        void openSpan(uriForPath(claim.path), claim.annotation.target, { preview: true, preserveFocus: true });
      }),
      pick.onDidAccept(() => {
        const item = pick.selectedItems[0] ?? pick.activeItems[0];
        if (!item) return;
        accepted = true;
        pick.hide();
        void vscode.commands.executeCommand('sourcemark.revealClaim', annotationRef(uriForPath(item.hit.claim.path), item.hit.claim.annotation.id));
      }),
      pick.onDidHide(() => {
        clearTimeout(timer);
        for (const listener of listeners) listener.dispose();
        pick.dispose();
        // Escape: put the analyst back where they were before the previews.
        if (!accepted && previewed && previous) {
          void vscode.window.showTextDocument(previous.document, { viewColumn: previous.viewColumn, selection: previousSelection });
        }
      }),
    ];
    pick.value = query ?? '';
    pick.show();
    if (pick.value) update();
  }

  dispose(): void {
    this.search.dispose();
  }
}

/** The matched part of a field with a little context on each side. */
function excerpt(match: FieldMatch): string {
  const [start, end] = match.ranges[0];
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(match.value.length, end + CONTEXT_CHARS);
  const body = match.value.slice(from, to).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${body}${to < match.value.length ? '…' : ''}`;
}

export function registerClaimSearchPick(context: vscode.ExtensionContext, index: WorkspaceIndex): ClaimSearchPick {
  const pick = new ClaimSearchPick(index);
  context.subscriptions.push(
    pick,
    vscode.commands.registerCommand(SEARCH_CLAIMS_COMMAND, (query?: unknown) => pick.show(typeof query === 'string' ? query : undefined)),
  );
  return pick;
}
