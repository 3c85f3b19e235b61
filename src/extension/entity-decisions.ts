/**
 * Analyst-controlled entities: the commands behind the Entities view's menus and the entity hover's links
 * (confirm, merge, split, rename, type, not an entity), and the service that keeps `.sourcemark/entities.yaml`
 * applied to the editor's recognition and the index at once. Core decides (src/core/entities); this file asks.
 */
import * as vscode from 'vscode';
import { entityDecisionLine, type EntityDecisionLinks } from '../core/entities/entity-decision-links';
import { EntityDecisionTable, NO_ENTITY_DECISIONS, type EntityDecisions } from '../core/entities/entity-decisions';
import { ENTITY_DECISIONS_PATH, entityRefOf, markNotEntity, mergeEntities, rejectProposal, splitEntity, upsertEntity } from '../core/entities/entity-decisions-file';
import { EntityDecisionsStore } from '../core/entities/entity-decisions-store';
import { withAbsolutePaths } from '../core/entities/workspace-decisions';
import { foldName } from '../core/index/entity-clusters';
import type { MergedEntity } from '../core/index/index-types';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { mentionAt } from '../core/recognition/describe-mention';
import { ENTITY_TYPES, type EntityType } from '../core/recognition/types';
import { fileStore } from './platform';
import { uriForPath } from './workspace-uri';
import { ArticleRecognition } from './article-recognition';
import { commandUri } from './command-link';
import type { EntitiesTreeNode } from './entities-tree';
import { Log } from './log';

export const CONFIRM_ENTITY_COMMAND = 'sourcemark.confirmEntity';
export const REJECT_ENTITY_COMMAND = 'sourcemark.rejectEntityProposal';
export const MERGE_ENTITY_COMMAND = 'sourcemark.mergeEntity';
export const SPLIT_ENTITY_COMMAND = 'sourcemark.splitEntity';
export const RENAME_ENTITY_COMMAND = 'sourcemark.renameEntity';
export const SET_ENTITY_TYPE_COMMAND = 'sourcemark.setEntityType';
export const MARK_NOT_ENTITY_COMMAND = 'sourcemark.markNotEntity';
export const OPEN_ENTITY_DECISIONS_COMMAND = 'sourcemark.openEntityDecisions';

/** What a hover's decision links may run: add to the hover's `isTrusted.enabledCommands`. */
export const ENTITY_DECISION_COMMANDS = [
  CONFIRM_ENTITY_COMMAND,
  REJECT_ENTITY_COMMAND,
  MERGE_ENTITY_COMMAND,
  SPLIT_ENTITY_COMMAND,
  RENAME_ENTITY_COMMAND,
  SET_ENTITY_TYPE_COMMAND,
  MARK_NOT_ENTITY_COMMAND,
];

/** A span text to mark as not an entity: from a hover link, a mention node, or the editor. */
export interface NotEntityTarget {
  text: string;
  path: string;
}

type EntityArg = EntitiesTreeNode | string | undefined;
type Scope = 'everywhere' | 'article';

export const entityDecisionLinks: EntityDecisionLinks = {
  confirm: (entity) => commandUri(CONFIRM_ENTITY_COMMAND, entity.id),
  reject: (entity) => commandUri(REJECT_ENTITY_COMMAND, entity.id),
  merge: (entity) => commandUri(MERGE_ENTITY_COMMAND, entity.id),
  split: (entity) => commandUri(SPLIT_ENTITY_COMMAND, entity.id),
  rename: (entity) => commandUri(RENAME_ENTITY_COMMAND, entity.id),
  setType: (entity) => commandUri(SET_ENTITY_TYPE_COMMAND, entity.id),
  notEntity: (text, filePath) => commandUri(MARK_NOT_ENTITY_COMMAND, { text, path: filePath } satisfies NotEntityTarget),
};

export class EntityDecisionsService implements vscode.Disposable {
  private table = new EntityDecisionTable();
  private readonly store: EntityDecisionsStore | undefined;
  private readonly folder: vscode.Uri | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Problems of the file, in the Problems panel like a broken sidecar's. */
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('sourcemark.entities');
  /** Fires after the decisions in effect changed (and were applied everywhere). */
  readonly onDidChange = this.changeEmitter.event;
  /** Resolves when the file has been read at activation. */
  readonly ready: Promise<void>;

  constructor(
    private readonly articles: ArticleRecognition,
    private readonly index: WorkspaceIndex,
    private readonly log: Log,
  ) {
    this.folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (this.folder) {
      const file = vscode.Uri.joinPath(this.folder, ENTITY_DECISIONS_PATH).fsPath;
      this.store = new EntityDecisionsStore(fileStore, file, async (folder) => vscode.workspace.fs.createDirectory(uriForPath(folder)));
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.folder, ENTITY_DECISIONS_PATH));
      this.subscriptions.push(
        watcher,
        watcher.onDidChange(() => void this.load()),
        watcher.onDidCreate(() => void this.load()),
        watcher.onDidDelete(() => {
          this.diagnostics.clear();
          this.use(NO_ENTITY_DECISIONS);
        }),
      );
    }
    this.subscriptions.push(this.changeEmitter, this.diagnostics);
    this.ready = this.load();
  }

  get decisions(): EntityDecisionTable {
    return this.table;
  }

  /** True when the analyst has decided about this entity (it is listed in the file). */
  isDecided(entity: MergedEntity): boolean {
    return this.table.entityNamed(entity.canonical) !== undefined;
  }

  /** The hover's decision line for an entity under the pointer. */
  hoverLine(entity: MergedEntity, mention: NotEntityTarget): string {
    return entityDecisionLine(entity, mention, this.isDecided(entity), entityDecisionLinks);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  async confirm(arg: EntityArg): Promise<void> {
    const entity = this.resolve(arg);
    if (entity) await this.edit((doc) => upsertEntity(doc, entityRefOf(entity)), `Confirmed ${entity.canonical} (${entity.spellings.join(' · ')})`);
  }

  /** The proposal was wrong: each name is its own entity. */
  async reject(arg: EntityArg): Promise<void> {
    const entity = this.resolve(arg);
    if (!entity) return;
    const ref = entityRefOf(entity);
    if (new Set(ref.spellings.map(foldName)).size < 2) {
      void vscode.window.showInformationMessage(`Sourcemark: ${entity.canonical} has one name; there is no proposal to reject.`);
      return;
    }
    await this.edit((doc) => rejectProposal(doc, ref), `Rejected: ${ref.spellings.join(' · ')} are different entities`);
  }

  async merge(arg: EntityArg, otherArg?: string): Promise<void> {
    const entity = this.resolve(arg);
    if (!entity) return;
    const other = otherArg ? this.index.findEntity(otherArg) : await this.pickOther(entity);
    if (!other) return;
    if (other.id === entity.id) {
      void vscode.window.showInformationMessage(`Sourcemark: ${entity.canonical} is already one entity.`);
      return;
    }
    await this.edit((doc) => mergeEntities(doc, entityRefOf(entity), entityRefOf(other)), `Merged ${other.canonical} into ${entity.canonical}`);
  }

  async split(arg: EntityArg, moved?: string[], newName?: string): Promise<void> {
    const entity = this.resolve(arg);
    if (!entity) return;
    const ref = entityRefOf(entity);
    // Spellings that differ only in case, hyphens or spaces are one name: they cannot be split apart.
    const names = [...new Map(ref.spellings.map((spelling) => [foldName(spelling), spelling])).values()];
    if (names.length < 2) {
      void vscode.window.showInformationMessage(`Sourcemark: ${entity.canonical} has one name; there is nothing to split.`);
      return;
    }
    const picked =
      moved ??
      (
        await vscode.window.showQuickPick(
          names.map((spelling) => ({ label: spelling })),
          { canPickMany: true, title: `Split ${entity.canonical}`, placeHolder: 'The spellings that name a different entity' },
        )
      )?.map((item) => item.label);
    if (!picked || picked.length === 0) return;
    const movedNames = new Set(picked.map(foldName));
    if (names.every((name) => movedNames.has(foldName(name)))) {
      void vscode.window.showInformationMessage('Sourcemark: leave at least one spelling with the entity.');
      return;
    }
    const name = newName ?? (await vscode.window.showInputBox({ title: 'Name of the new entity', value: picked[0], validateInput: nonEmpty }));
    if (!name) return;
    await this.edit((doc) => splitEntity(doc, ref, picked, name.trim()), `Split ${picked.join(' · ')} from ${entity.canonical}`);
  }

  async rename(arg: EntityArg, newName?: string): Promise<void> {
    const entity = this.resolve(arg);
    if (!entity) return;
    const name = newName ?? (await vscode.window.showInputBox({ title: `Rename ${entity.canonical}`, value: entity.canonical, validateInput: nonEmpty }));
    if (!name || name.trim() === entity.canonical) return;
    await this.edit((doc) => upsertEntity(doc, { ...entityRefOf(entity), name: name.trim() }), `Renamed ${entity.canonical} to ${name.trim()}`);
  }

  async setType(arg: EntityArg, type?: EntityType): Promise<void> {
    const entity = this.resolve(arg);
    if (!entity) return;
    const chosen =
      type ??
      ((
        await vscode.window.showQuickPick(
          ENTITY_TYPES.map((t) => ({ label: t, description: t === entity.type ? 'current' : undefined })),
          { title: `Type of ${entity.canonical}` },
        )
      )?.label as EntityType | undefined);
    if (!chosen || chosen === entity.type) return;
    await this.edit((doc) => upsertEntity(doc, { ...entityRefOf(entity), type: chosen }), `${entity.canonical} is now a ${chosen}`);
  }

  async markNotEntity(arg: NotEntityTarget | EntitiesTreeNode | undefined, scope?: Scope): Promise<void> {
    const target = this.notEntityTarget(arg);
    if (!target) {
      void vscode.window.showInformationMessage('Sourcemark: put the cursor on a highlighted entity, or pick a mention in the Entities view.');
      return;
    }
    const article = vscode.workspace.asRelativePath(target.path, false);
    const where =
      scope ??
      (
        await vscode.window.showQuickPick(
          [
            { label: `Everywhere`, description: `“${target.text}” is never an entity`, scope: 'everywhere' as const },
            { label: `Only in ${article}`, scope: 'article' as const },
          ],
          { title: `Not an entity: ${target.text}` },
        )
      )?.scope;
    if (!where) return;
    await this.edit((doc) => markNotEntity(doc, target.text, where === 'article' ? article : undefined), `“${target.text}” marked as not an entity`);
  }

  async open(): Promise<void> {
    if (!this.store) {
      void vscode.window.showInformationMessage('Sourcemark: entity decisions live in a workspace folder; open one first.');
      return;
    }
    const uri = uriForPath(this.store.path);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      void vscode.window.showInformationMessage(`Sourcemark: no entity decisions yet; ${ENTITY_DECISIONS_PATH} is written with the first one.`);
      return;
    }
    await vscode.window.showTextDocument(uri);
  }

  /** Reads the file and applies it; a broken file is reported and the decisions in effect stay. */
  private async load(): Promise<void> {
    if (!this.store) return;
    try {
      const loaded = await this.store.load();
      const uri = vscode.Uri.file(this.store.path);
      const problems = loaded.status === 'invalid' ? loaded.errors : loaded.status === 'ok' ? loaded.warnings : [];
      this.diagnostics.set(
        uri,
        problems.map((problem) => {
          const at = new vscode.Position(problem.line - 1, problem.column - 1);
          const severity = loaded.status === 'invalid' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
          const diagnostic = new vscode.Diagnostic(new vscode.Range(at, at), problem.message, severity);
          diagnostic.source = 'Sourcemark';
          return diagnostic;
        }),
      );
      if (loaded.status === 'invalid') {
        const first = loaded.errors[0];
        this.log.warn(`${this.store.path}: ${loaded.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
        void this.offerToOpen(`Sourcemark: ${ENTITY_DECISIONS_PATH} line ${first.line}, column ${first.column}: ${first.message} Entity decisions are not applied until it is fixed.`);
        return;
      }
      if (loaded.status === 'ok' && loaded.readOnly) this.log.warn(loaded.warnings[0]?.message ?? `${this.store.path} is read-only`);
      this.use(loaded.decisions);
    } catch (error) {
      this.log.error(`could not read ${this.store.path}`, error);
    }
  }

  private async edit(change: Parameters<EntityDecisionsStore['update']>[0], done: string): Promise<void> {
    if (!this.store) {
      void vscode.window.showWarningMessage('Sourcemark: entity decisions need a workspace folder to be saved in.');
      return;
    }
    try {
      const result = await this.store.update(change);
      if (!result.ok) {
        this.log.warn(result.message);
        void this.offerToOpen(`Sourcemark: ${result.message}`);
        return;
      }
      this.use(result.decisions);
      vscode.window.setStatusBarMessage(`$(check) ${done} — ${ENTITY_DECISIONS_PATH}`, 4000);
    } catch (error) {
      this.log.error(`could not write ${this.store.path}`, error);
      void vscode.window.showErrorMessage(`Sourcemark could not save the entity decision: ${error instanceof Error ? error.message : String(error)}`, 'Show Log').then((choice) => {
        if (choice) this.log.show();
      });
    }
  }

  /** Makes `decisions` the ones in effect: editor recognition, index (views, hovers, search), open articles. */
  private use(decisions: EntityDecisions): void {
    const next = new EntityDecisionTable(this.folder ? withAbsolutePaths(decisions, (relative) => vscode.Uri.joinPath(this.folder!, relative).fsPath) : decisions);
    if (JSON.stringify(next.decisions) === JSON.stringify(this.table.decisions)) return;
    this.table = next;
    this.articles.setEntityDecisions(next);
    this.index.setEntityDecisions(next);
    // Open articles were indexed from the editor's recognition under the old decisions: hand them over again.
    for (const document of vscode.workspace.textDocuments) {
      const state = document.uri.scheme === 'file' ? this.articles.stateOf(document) : undefined;
      if (state?.kind === 'recognized' && this.index.recognition(document.uri.fsPath)) {
        this.index.setArticle(document.uri.fsPath, document.getText(), state.recognition);
      }
    }
    this.changeEmitter.fire();
  }

  private async offerToOpen(message: string): Promise<void> {
    const choice = await vscode.window.showWarningMessage(message, 'Open File', 'Show Log');
    if (choice === 'Open File' && this.store) await vscode.window.showTextDocument(uriForPath(this.store.path));
    if (choice === 'Show Log') this.log.show();
  }

  /** The entity a command is about: a tree node, an id or name (hover links), else the one under the cursor. */
  private resolve(arg: EntityArg): MergedEntity | undefined {
    let entity: MergedEntity | undefined;
    if (typeof arg === 'string') entity = this.index.findEntity(arg);
    else if (arg?.kind === 'entity') entity = this.index.findEntity(arg.entity.id) ?? arg.entity;
    else if (arg?.kind === 'mention') entity = this.index.findEntity(arg.parent.entity.id);
    else entity = this.entityAtCursor();
    if (!entity) void vscode.window.showInformationMessage('Sourcemark: put the cursor on a highlighted entity, or pick one in the Entities view.');
    return entity;
  }

  private entityAtCursor(): MergedEntity | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const state = this.articles.stateOf(editor.document);
    if (state.kind !== 'recognized') return undefined;
    const mention = mentionAt({ entities: state.recognition.entities, figures: [] }, editor.document.offsetAt(editor.selection.active));
    return mention && 'key' in mention ? this.index.entityOfKey(editor.document.uri.fsPath, mention.key) : undefined;
  }

  private notEntityTarget(arg: NotEntityTarget | EntitiesTreeNode | undefined): NotEntityTarget | undefined {
    if (arg && 'text' in arg && 'path' in arg && typeof arg.text === 'string') return { text: arg.text, path: arg.path };
    if (arg && 'kind' in arg && arg.kind === 'mention') return { text: arg.mention.text, path: arg.mention.path };
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const state = this.articles.stateOf(editor.document);
    if (state.kind !== 'recognized') return undefined;
    const mention = mentionAt({ entities: state.recognition.entities, figures: [] }, editor.document.offsetAt(editor.selection.active));
    return mention && 'key' in mention ? { text: mention.text, path: editor.document.uri.fsPath } : undefined;
  }

  private async pickOther(entity: MergedEntity): Promise<MergedEntity | undefined> {
    // Likely duplicates first: same type and a word in common (Kyrylo Budanov / Kirill Budanov), then by mentions.
    const words = new Set(entity.spellings.flatMap((spelling) => foldName(spelling).split(' ')));
    const shared = (other: MergedEntity) => other.spellings.some((spelling) => foldName(spelling).split(' ').some((word) => word.length > 2 && words.has(word)));
    const rank = (other: MergedEntity) => Number(other.type === entity.type) * 2 + Number(shared(other));
    const others = this.index
      .entities()
      .filter((other) => other.id !== entity.id)
      .sort((a, b) => rank(b) - rank(a) || b.mentions.length - a.mentions.length || a.canonical.localeCompare(b.canonical));
    const picked = await vscode.window.showQuickPick(
      others.map((other) => ({ label: other.canonical, description: `${other.type} · ${other.mentions.length} mentions`, detail: other.spellings.join(' · '), other })),
      { title: `Merge with ${entity.canonical}`, placeHolder: 'The entity that is the same as this one', matchOnDetail: true },
    );
    return picked?.other;
  }
}


function nonEmpty(value: string): string | undefined {
  return value.trim() === '' ? 'A name cannot be empty.' : undefined;
}

export function registerEntityDecisions(
  context: vscode.ExtensionContext,
  articles: ArticleRecognition,
  index: WorkspaceIndex,
  log: Log,
): EntityDecisionsService {
  const service = new EntityDecisionsService(articles, index, log);
  context.subscriptions.push(
    service,
    vscode.commands.registerCommand(CONFIRM_ENTITY_COMMAND, (arg?: EntityArg) => service.confirm(arg)),
    vscode.commands.registerCommand(REJECT_ENTITY_COMMAND, (arg?: EntityArg) => service.reject(arg)),
    vscode.commands.registerCommand(MERGE_ENTITY_COMMAND, (arg?: EntityArg, other?: string) => service.merge(arg, other)),
    vscode.commands.registerCommand(SPLIT_ENTITY_COMMAND, (arg?: EntityArg, moved?: string[], name?: string) => service.split(arg, moved, name)),
    vscode.commands.registerCommand(RENAME_ENTITY_COMMAND, (arg?: EntityArg, name?: string) => service.rename(arg, name)),
    vscode.commands.registerCommand(SET_ENTITY_TYPE_COMMAND, (arg?: EntityArg, type?: EntityType) => service.setType(arg, type)),
    vscode.commands.registerCommand(MARK_NOT_ENTITY_COMMAND, (arg?: NotEntityTarget | EntitiesTreeNode, scope?: Scope) => service.markNotEntity(arg, scope)),
    vscode.commands.registerCommand(OPEN_ENTITY_DECISIONS_COMMAND, () => service.open()),
  );
  return service;
}
