/** The Entities view: merged entities by type with their spellings, each expanding to its mentions across articles. */
import * as vscode from 'vscode';
import { entityAccessibility, entityTypeAccessibility, mentionAccessibility } from './tree-accessibility';
import { uriForPath } from './workspace-uri';
import { sentenceAround } from '../core/article/sentence-around';
import { articleName } from '../core/index/article-name';
import { MentionRef, MergedEntity } from '../core/index/index-types';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { escapeMarkdown } from '../core/recognition/describe-mention';
import { ENTITY_TYPES, EntityType } from '../core/recognition/types';
import { SHOW_ENTITY_MENTIONS_COMMAND } from './card-links';
import { openSpan } from './open-span';
import { readArticleText } from './read-article-text';
import { RowsRefresh, treeItemsSignature } from './rows-refresh';
import { TYPE_ICONS } from './type-icons';

interface TypeNode {
  kind: 'type';
  type: EntityType;
  entities: EntityNode[];
}

export interface EntityNode {
  kind: 'entity';
  entity: MergedEntity;
  parent: TypeNode;
}

interface MentionNode {
  kind: 'mention';
  mention: MentionRef;
  /** Which of the entity's mentions in the article it is: still right after typing moves the offsets. */
  ordinal: number;
  /** The sentence around the mention, shortened. */
  snippet: string;
  parent: EntityNode;
}

export type EntitiesTreeNode = TypeNode | EntityNode | MentionNode;

/** Arguments of the mention rows' click command: found in the index when clicked, not where it was drawn. */
export interface EntityMentionRef {
  entity: string;
  path: string;
  ordinal: number;
}

export const OPEN_ENTITY_MENTION_COMMAND = 'sourcemark.openEntityMention';

const REFRESH_DELAY_MS = 300;
const SNIPPET_LENGTH = 100;

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<EntitiesTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  /** Assembled on first need after a change: merging every entity is the costly part. */
  private roots: TypeNode[] | undefined;
  private readonly rowsRefresh = new RowsRefresh((group) => this.rowsSignature(group), () => this.changeEmitter.fire(undefined), REFRESH_DELAY_MS);
  private readonly subscription: { dispose(): void };

  /** `isDecided` tells entities the analyst decided about (entities.yaml) from those proposed by the variant matcher. */
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly isDecided: (entity: MergedEntity) => boolean = () => false,
  ) {
    this.subscription = index.onDidChange(() => {
      this.roots = undefined;
      this.rowsRefresh.schedule();
    });
  }

  refresh(): void {
    this.roots = undefined;
    this.rowsRefresh.refreshNow();
  }

  getTreeItem(node: EntitiesTreeNode): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(capitalize(node.type), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `type:${node.type}`;
      item.description = `${node.entities.length}`;
      item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type]);
      item.accessibilityInformation = entityTypeAccessibility(capitalize(node.type), node.entities.length);
      return item;
    }
    if (node.kind === 'entity') {
      const { entity } = node;
      const item = new vscode.TreeItem(entity.canonical, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${entity.id}`;
      const count = `${entity.mentions.length} ${entity.mentions.length === 1 ? 'mention' : 'mentions'}`;
      const decided = this.isDecided(entity);
      const shown = entity.spellings.length > 1 ? `${count} — ${entity.spellings.join(' · ')}` : count;
      item.description = decided ? `${shown} · decided` : shown;
      const status = decided
        ? 'Decided by you (.sourcemark/entities.yaml).'
        : entity.spellings.length > 1
          ? 'Spellings proposed as one entity: confirm, split, merge or rename it from the context menu.'
          : 'Merge, rename or change its type from the context menu.';
      item.tooltip = new vscode.MarkdownString(
        [`**${escapeMarkdown(entity.canonical)}** — ${entity.type}`, '', `Spellings: ${entity.spellings.map(escapeMarkdown).join(' · ')}`, '', `${count}, ${entity.claims.length} claims`, '', status].join('\n'),
      );
      item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[entity.type]);
      // entity.decided / entity.proposed / entity: the menus offer Confirm and Split only where they mean something.
      item.contextValue = decided ? 'entity.decided' : entity.spellings.length > 1 ? 'entity.proposed' : 'entity';
      item.accessibilityInformation = entityAccessibility(entity.canonical, entity.type, entity.mentions.length, entity.claims.length, entity.spellings);
      return item;
    }
    const { mention } = node;
    const item = new vscode.TreeItem(this.index.articleTitle(mention.path) ?? articleName(mention.path));
    item.id = `mention:${node.parent.entity.id}:${mention.path}:${node.ordinal}`;
    item.description = `${mention.text} — ${node.snippet}`;
    item.tooltip = node.snippet;
    item.accessibilityInformation = mentionAccessibility(mention.text, String(item.label), node.snippet);
    item.resourceUri = uriForPath(mention.path);
    item.iconPath = vscode.ThemeIcon.File;
    item.contextValue = 'entityMention';
    const ref: EntityMentionRef = { entity: node.parent.entity.id, path: mention.path, ordinal: node.ordinal };
    item.command = { command: OPEN_ENTITY_MENTION_COMMAND, title: 'Open Mention', arguments: [ref] };
    return item;
  }

  async getChildren(node?: EntitiesTreeNode): Promise<EntitiesTreeNode[]> {
    if (node?.kind === 'mention') return [];
    const group = groupOf(node);
    const children = (await this.childrenOf(group)) ?? [];
    this.rowsRefresh.drew(group, treeItemsSignature(children.map((child) => this.getTreeItem(child))));
    return children;
  }

  getParent(node: EntitiesTreeNode): EntitiesTreeNode | undefined {
    return node.kind === 'type' ? undefined : node.parent;
  }

  /** The node of an entity (by merged id, key or spelling), for `reveal`. */
  find(idOrName: string): EntityNode | undefined {
    const entity = this.index.findEntity(idOrName);
    return entity && this.typeNodes().flatMap((type) => type.entities).find((node) => node.entity.id === entity.id);
  }

  /** The mention a row's click means now: the same entity's n-th mention in the article. */
  mentionOf(ref: EntityMentionRef): MentionRef | undefined {
    return this.index.findEntity(ref.entity)?.mentions.filter((m) => m.path === ref.path)[ref.ordinal];
  }

  dispose(): void {
    this.rowsRefresh.dispose();
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }

  private typeNodes(): TypeNode[] {
    if (this.roots) return this.roots;
    const byType = new Map<EntityType, MergedEntity[]>();
    for (const entity of this.index.entities()) byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity]);
    this.roots = ENTITY_TYPES.filter((type) => byType.has(type)).map((type) => {
      const node: TypeNode = { kind: 'type', type, entities: [] };
      const sorted = byType.get(type)!.sort((a, b) => b.mentions.length - a.mentions.length || a.canonical.localeCompare(b.canonical));
      node.entities = sorted.map((entity) => ({ kind: 'entity', entity, parent: node }));
      return node;
    });
    return this.roots;
  }

  /**
   * The rows of a group as they are now, also when the view asks with a node drawn before the index changed;
   * undefined when the group is gone.
   */
  private async childrenOf(group: string): Promise<EntitiesTreeNode[] | undefined> {
    if (group === '') return this.typeNodes();
    const [kind, key] = [group.slice(0, group.indexOf(':')), group.slice(group.indexOf(':') + 1)];
    if (kind === 'type') return this.typeNodes().find((type) => type.type === key)?.entities;
    const entity = this.typeNodes()
      .flatMap((type) => type.entities)
      .find((node) => node.entity.id === key);
    return entity && this.mentionNodes(entity);
  }

  private async rowsSignature(group: string): Promise<string | undefined> {
    const children = await this.childrenOf(group);
    return children && treeItemsSignature(children.map((child) => this.getTreeItem(child)));
  }

  private async mentionNodes(parent: EntityNode): Promise<MentionNode[]> {
    const { entity } = parent;
    const texts = new Map<string, string | undefined>();
    for (const path of new Set(entity.mentions.map((m) => m.path))) texts.set(path, await readArticleText(uriForPath(path)));
    const ordinals = new Map<string, number>();
    return entity.mentions.map((mention) => {
      const ordinal = ordinals.get(mention.path) ?? 0;
      ordinals.set(mention.path, ordinal + 1);
      return { kind: 'mention', mention, ordinal, parent, snippet: snippetAround(texts.get(mention.path), mention) };
    });
  }
}


/** The view's key of the rows under a node: '' for the roots, `type:person`, `entity:<merged id>`. */
function groupOf(node: TypeNode | EntityNode | undefined): string {
  if (!node) return '';
  return node.kind === 'type' ? `type:${node.type}` : `entity:${node.entity.id}`;
}

/** The sentence holding the mention, cut to about SNIPPET_LENGTH characters around it. */
function snippetAround(text: string | undefined, mention: MentionRef): string {
  if (text === undefined) return '';
  const sentence = sentenceAround(text, mention.start);
  const from = Math.max(sentence.start, mention.start - SNIPPET_LENGTH / 2);
  const to = Math.min(sentence.end, Math.max(mention.end, from + SNIPPET_LENGTH));
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > sentence.start ? '…' : ''}${body}${to < sentence.end ? '…' : ''}`;
}

function capitalize(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

export function registerEntitiesTree(
  context: vscode.ExtensionContext,
  index: WorkspaceIndex,
  isDecided?: (entity: MergedEntity) => boolean,
): { provider: EntitiesTreeProvider; view: vscode.TreeView<EntitiesTreeNode> } {
  const provider = new EntitiesTreeProvider(index, isDecided);
  const view = vscode.window.createTreeView('sourcemark.entities', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand(OPEN_ENTITY_MENTION_COMMAND, async (ref: EntityMentionRef) => {
      const mention = provider.mentionOf(ref);
      if (mention) await openSpan(uriForPath(mention.path), mention);
      else void vscode.window.showInformationMessage('Sourcemark: that mention is no longer in the article.');
    }),
    vscode.commands.registerCommand(SHOW_ENTITY_MENTIONS_COMMAND, async (idOrName: string) => {
      const node = typeof idOrName === 'string' ? provider.find(idOrName) : undefined;
      if (!node) {
        void vscode.window.showInformationMessage('Sourcemark: that entity is no longer in the index.');
        return;
      }
      await view.reveal(node, { select: true, focus: true, expand: true });
    }),
  );
  return { provider, view };
}
