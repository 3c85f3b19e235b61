/**
 * The Claims view: every claim of the workspace grouped by article, entity or tag, filterable, each
 * opening its exact span. Notes are left out on purpose: the view lists what sources state (the index
 * holds claims only); notes are the analyst's own remarks and stay with their span in the editor.
 */
import * as vscode from 'vscode';
import { claimAccessibility, claimGroupAccessibility } from './tree-accessibility';
import { uriForPath } from './workspace-uri';
import { IndexedClaim } from '../core/index/index-types';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { annotationDetails } from '../core/cards/annotation-card';
import { attributionDescription, attributionTooltipLine } from '../core/attribution/attribution-card';
import { escapeMarkdown } from '../core/recognition/describe-mention';
import { gradeCode } from '../core/sidecar/source-grade';
import { AnnotationRef, annotationRef } from './annotation-decorations';
import { AnnotationService } from './annotation-service';
import { openSpan } from './open-span';
import { RowsRefresh } from './rows-refresh';
import { StatedAttributions } from './stated-attributions';
import { WorkspaceIndexer } from './workspace-indexer';

export type ClaimsGrouping = 'article' | 'entity' | 'tag';

export interface ClaimGroupNode {
  kind: 'group';
  id: string;
  label: string;
  description?: string;
  icon: vscode.ThemeIcon;
  claims: IndexedClaim[];
}

export interface ClaimNode {
  kind: 'claim';
  id: string;
  claim: IndexedClaim;
  parent: ClaimGroupNode;
  /** Lets the annotation commands take the node itself from view/item/context menus. */
  ref: AnnotationRef;
}

interface ClearFilterNode {
  kind: 'clearFilter';
}

export type ClaimsTreeNode = ClaimGroupNode | ClaimNode | ClearFilterNode;

const GROUPING_LABELS: Record<ClaimsGrouping, string> = { article: 'Article', entity: 'Entity', tag: 'Tag' };
/** Index events arrive per article and per keystroke; the tree is rebuilt at most this often. */
const REFRESH_DELAY_MS = 150;

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ClaimsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private grouping: ClaimsGrouping = 'article';
  private filter = '';
  private roots: ClaimGroupNode[] | undefined;
  // One group: the whole tree (every group is expanded unless the analyst collapsed it).
  private readonly rowsRefresh = new RowsRefresh(() => this.rowsSignature(), () => this.changeEmitter.fire(undefined), REFRESH_DELAY_MS);
  private readonly subscription: { dispose(): void };
  private readonly statedSubscription: { dispose(): void } | undefined;

  /** `stated`: the attribution the article's text states, shown when the analyst recorded none. */
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly stated?: StatedAttributions,
  ) {
    this.subscription = index.onDidChange(() => {
      // Fresh nodes for the next getChildren (positions moved); the rows on screen stay unless they read differently.
      this.roots = undefined;
      this.rowsRefresh.schedule();
    });
    this.statedSubscription = stated?.onDidChange(() => this.changeEmitter.fire(undefined));
  }

  get currentGrouping(): ClaimsGrouping {
    return this.grouping;
  }

  get currentFilter(): string {
    return this.filter;
  }

  /** "by article · “nis”": shown as the view's description. */
  get description(): string {
    const by = `by ${this.grouping}`;
    return this.filter ? `${by} · “${this.filter}”` : by;
  }

  setGrouping(grouping: ClaimsGrouping): void {
    this.grouping = grouping;
    this.refresh();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    this.refresh();
  }

  refresh(): void {
    this.roots = undefined;
    this.rowsRefresh.refreshNow();
  }

  getTreeItem(node: ClaimsTreeNode): vscode.TreeItem {
    if (node.kind === 'clearFilter') {
      const item = new vscode.TreeItem(`Filtered by “${this.filter}” — clear filter`);
      item.id = 'clear-filter';
      item.iconPath = new vscode.ThemeIcon('clear-all');
      item.command = { command: 'sourcemark.clearClaimsFilter', title: 'Clear Filter' };
      return item;
    }
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = [node.description, `${node.claims.length}`].filter(Boolean).join(' · ');
      item.iconPath = node.icon;
      item.contextValue = 'claimGroup';
      item.accessibilityInformation = claimGroupAccessibility(node.label, node.description, node.claims.length);
      return item;
    }
    const { annotation } = node.claim;
    const item = new vscode.TreeItem(annotation.text);
    item.id = node.id;
    // Only a claim without a recorded attribution shows the stated one in its row (read in the background).
    const stated = annotation.orphaned || annotation.attribution ? undefined : this.stated?.of(node.claim.path, annotation.target, annotation.target.quote);
    const figures = this.figuresOf(node.claim);
    const attribution = attributionDescription(annotation.attribution, stated);
    item.description = [attribution, ...figures].filter(Boolean).join(' · ');
    item.accessibilityInformation = claimAccessibility(annotation.text, attribution, figures, Boolean(annotation.orphaned));
    item.tooltip = claimTooltip(node.claim);
    item.iconPath = new vscode.ThemeIcon(annotation.orphaned ? 'warning' : 'comment-discussion');
    item.contextValue = annotation.orphaned ? 'orphanedClaim' : 'claim';
    item.command = { command: 'sourcemark.revealClaim', title: 'Open Claim', arguments: [node.ref] };
    return item;
  }

  /** The tooltip's "Stated in text" line, found when the row is hovered: no refresh of the whole tree. */
  async resolveTreeItem(item: vscode.TreeItem, node: ClaimsTreeNode): Promise<vscode.TreeItem> {
    if (node.kind !== 'claim' || node.claim.annotation.orphaned || !this.stated || !(item.tooltip instanceof vscode.MarkdownString)) return item;
    const { path, annotation } = node.claim;
    const line = attributionTooltipLine(await this.stated.find(path, annotation.target, annotation.target.quote));
    if (line) item.tooltip.appendMarkdown(`\n\n${escapeMarkdown(line)}`);
    return item;
  }

  getChildren(node?: ClaimsTreeNode): ClaimsTreeNode[] {
    if (!node) {
      this.roots ??= this.buildGroups();
      this.rowsRefresh.drew('', this.rowsSignature());
      return this.filter ? [{ kind: 'clearFilter' }, ...this.roots] : this.roots;
    }
    if (node.kind !== 'group') return [];
    // The node may be one drawn before the index changed: list the group's claims as they are now.
    const group = (this.roots ??= this.buildGroups()).find((current) => current.id === node.id) ?? node;
    return group.claims.map((claim) => ({
      kind: 'claim',
      id: `${group.id}/${claim.path}#${claim.annotation.id}`,
      claim,
      parent: group,
      ref: annotationRef(uriForPath(claim.path), claim.annotation.id),
    }));
  }

  getParent(node: ClaimsTreeNode): ClaimsTreeNode | undefined {
    return node.kind === 'claim' ? node.parent : undefined;
  }

  dispose(): void {
    this.rowsRefresh.dispose();
    this.subscription.dispose();
    this.statedSubscription?.dispose();
    this.changeEmitter.dispose();
  }

  /**
   * What the rows read (ids, labels, descriptions, states), from the claims rather than the tree items: a claim
   * opens by id wherever it moved, and its stated attribution arrives with its own refresh.
   */
  private rowsSignature(): string {
    this.roots ??= this.buildGroups();
    return JSON.stringify(
      this.roots.map((group) => [
        group.id,
        group.label,
        group.description,
        group.claims.map(({ annotation, path }) => [path, annotation.id, annotation.text, annotation.attribution, annotation.orphaned, annotation.target.quote, annotation.tags]),
        group.claims.map((claim) => this.figuresOf(claim)),
      ]),
    );
  }

  private buildGroups(): ClaimGroupNode[] {
    const claims = this.index.claims().filter((claim) => matchesFilter(claim, this.filter));
    const anchored = claims.filter((claim) => !claim.annotation.orphaned);
    const groups =
      this.grouping === 'article' ? this.articleGroups(anchored) : this.grouping === 'entity' ? this.entityGroups(anchored) : tagGroups(anchored);
    const orphaned = claims.filter((claim) => claim.annotation.orphaned);
    if (orphaned.length > 0) {
      groups.push({
        kind: 'group',
        id: 'orphaned',
        label: 'Orphaned',
        description: 'quote no longer in the article',
        icon: new vscode.ThemeIcon('warning'),
        claims: orphaned,
      });
    }
    return groups;
  }

  private articleGroups(claims: IndexedClaim[]): ClaimGroupNode[] {
    const groups = groupBy(claims, (claim) => [claim.path]);
    return [...groups]
      .map(([path, members]): ClaimGroupNode => {
        const source = this.index.source(path);
        return {
          kind: 'group',
          id: `article:${path}`,
          label: this.index.articleTitle(path) ?? members[0].article,
          description: [source?.outlet, source?.published, source && gradeCode(source)].filter(Boolean).join(' · '),
          icon: vscode.ThemeIcon.File,
          claims: members,
        };
      })
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  private entityGroups(claims: IndexedClaim[]): ClaimGroupNode[] {
    // Ids come from the cluster table without assembling each merged entity; only group heads are assembled.
    const groups = groupBy(claims, (claim) => {
      const ids = claim.entityKeys.map((key) => this.index.entityIdOfKey(claim.path, key)).filter((id): id is string => !!id);
      return ids.length > 0 ? [...new Set(ids)] : [''];
    });
    return [...groups]
      .map(([id, members]): ClaimGroupNode => {
        const head = members[0];
        const key = head.entityKeys.find((k) => this.index.entityIdOfKey(head.path, k) === id);
        const entity = key ? this.index.entityOfKey(head.path, key) : undefined;
        return {
          kind: 'group',
          id: `entity:${id}`,
          label: entity?.canonical ?? 'No entity named',
          description: entity?.type,
          icon: new vscode.ThemeIcon(entity ? 'symbol-class' : 'circle-slash'),
          claims: members,
        };
      })
      .sort((a, b) => Number(a.id === 'entity:') - Number(b.id === 'entity:') || b.claims.length - a.claims.length || a.label.localeCompare(b.label));
  }

  /** Figures the claim states: those the analyst recorded, else those recognized inside its span. */
  private figuresOf(claim: IndexedClaim): string[] {
    const { figures, target } = claim.annotation;
    if (figures && figures.length > 0) return figures;
    const recognized = this.index.recognition(claim.path)?.figures ?? [];
    return recognized.filter((figure) => figure.start >= target.start && figure.end <= target.end).map((figure) => figure.text);
  }
}

function tagGroups(claims: IndexedClaim[]): ClaimGroupNode[] {
  const groups = groupBy(claims, (claim) => (claim.annotation.tags.length > 0 ? claim.annotation.tags : ['']));
  return [...groups]
    .map(([tag, members]): ClaimGroupNode => ({
      kind: 'group',
      id: `tag:${tag}`,
      label: tag ? `#${tag}` : 'Untagged',
      icon: new vscode.ThemeIcon(tag ? 'tag' : 'circle-slash'),
      claims: members,
    }))
    .sort((a, b) => Number(a.id === 'tag:') - Number(b.id === 'tag:') || b.claims.length - a.claims.length || a.label.localeCompare(b.label));
}

/** Claims under each key, in article order and by position inside an article. */
function groupBy(claims: IndexedClaim[], keysOf: (claim: IndexedClaim) => string[]): Map<string, IndexedClaim[]> {
  const sorted = [...claims].sort((a, b) => a.path.localeCompare(b.path) || a.annotation.target.start - b.annotation.target.start);
  const groups = new Map<string, IndexedClaim[]>();
  for (const claim of sorted) {
    for (const key of keysOf(claim)) {
      const list = groups.get(key) ?? [];
      list.push(claim);
      groups.set(key, list);
    }
  }
  return groups;
}

/** Every word of the filter appears in the claim's text, quote, attribution, tags, article or outlet. */
function matchesFilter(claim: IndexedClaim, filter: string): boolean {
  if (!filter) return true;
  const { annotation, source } = claim;
  const haystack = [annotation.text, annotation.target.quote, annotation.attribution, ...annotation.tags, claim.article, source?.outlet]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase();
  return filter
    .toLocaleLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

function claimTooltip(claim: IndexedClaim): vscode.MarkdownString {
  const { annotation, source } = claim;
  const where = [source?.outlet, source?.published].filter(Boolean).join(', ');
  const lines = [
    `**${escapeMarkdown(annotation.text)}**`,
    '',
    `> ${escapeMarkdown(annotation.target.quote.replace(/\s+/g, ' '))}`,
    ...annotationDetails(annotation),
    '',
    `$(file) ${escapeMarkdown(claim.article)}${where ? ` (${escapeMarkdown(where)})` : ''}`,
  ];
  return new vscode.MarkdownString(lines.join('\n'), true);
}

/** Opens a claim's span; an orphaned claim has none, so its sidecar entry opens instead. */
async function revealClaim(annotations: AnnotationService, ref: AnnotationRef): Promise<void> {
  const articleUri = vscode.Uri.parse(ref.article);
  const annotation = annotations.get(articleUri)?.data.annotations.find((a) => a.id === ref.id);
  if (!annotation) return;
  if (annotation.orphaned) await vscode.commands.executeCommand('sourcemark.openSidecar', ref);
  else await openSpan(articleUri, annotation.target);
}

async function pickGrouping(provider: ClaimsTreeProvider): Promise<ClaimsGrouping | undefined> {
  const items = (Object.keys(GROUPING_LABELS) as ClaimsGrouping[]).map((grouping) => ({
    label: `Group by ${GROUPING_LABELS[grouping]}`,
    description: grouping === provider.currentGrouping ? 'current' : undefined,
    grouping,
  }));
  return (await vscode.window.showQuickPick(items, { title: 'Group Claims' }))?.grouping;
}

export function registerClaimsTree(
  context: vscode.ExtensionContext,
  indexer: WorkspaceIndexer,
  annotations: AnnotationService,
): { provider: ClaimsTreeProvider; view: vscode.TreeView<ClaimsTreeNode> } {
  const stated = new StatedAttributions(indexer.index);
  context.subscriptions.push(stated);
  const provider = new ClaimsTreeProvider(indexer.index, stated);
  const view = vscode.window.createTreeView('sourcemark.claims', { treeDataProvider: provider, showCollapseAll: true });
  // Context keys drive the view title buttons and the welcome content.
  const updateState = () => {
    view.description = provider.description;
    void vscode.commands.executeCommand('setContext', 'sourcemark.claimsGrouping', provider.currentGrouping);
    void vscode.commands.executeCommand('setContext', 'sourcemark.claimsFiltered', provider.currentFilter !== '');
  };
  const updateCounts = () => {
    void vscode.commands.executeCommand('setContext', 'sourcemark.hasArticles', indexer.index.paths().length > 0);
    void vscode.commands.executeCommand('setContext', 'sourcemark.hasClaims', indexer.index.claims().length > 0);
  };
  const setGrouping = (grouping: ClaimsGrouping) => {
    provider.setGrouping(grouping);
    updateState();
  };
  const setFilter = (filter: string) => {
    provider.setFilter(filter);
    updateState();
  };
  updateState();
  void indexer.ready.then(() => {
    updateCounts();
    void vscode.commands.executeCommand('setContext', 'sourcemark.indexReady', true);
  });
  context.subscriptions.push(
    provider,
    view,
    provider.onDidChangeTreeData(updateCounts),
    vscode.commands.registerCommand('sourcemark.revealClaim', (ref: AnnotationRef) => revealClaim(annotations, ref)),
    vscode.commands.registerCommand('sourcemark.groupClaims', async () => {
      const grouping = await pickGrouping(provider);
      if (grouping) setGrouping(grouping);
    }),
    vscode.commands.registerCommand('sourcemark.groupClaimsByArticle', () => setGrouping('article')),
    vscode.commands.registerCommand('sourcemark.groupClaimsByEntity', () => setGrouping('entity')),
    vscode.commands.registerCommand('sourcemark.groupClaimsByTag', () => setGrouping('tag')),
    vscode.commands.registerCommand('sourcemark.filterClaims', async () => {
      const filter = await vscode.window.showInputBox({
        title: 'Filter Claims',
        prompt: 'Words that must all appear in the claim, quote, attribution, tags, article or outlet',
        value: provider.currentFilter,
      });
      if (filter !== undefined) setFilter(filter);
    }),
    vscode.commands.registerCommand('sourcemark.clearClaimsFilter', () => setFilter('')),
  );
  return { provider, view };
}
